using System;
using Norme48.Annotations;

namespace Norme48.Samples.Crm.Model;

/// <summary>An order placed by a customer.</summary>
public sealed class Order
{
    public int Id { get; set; }

    /// <summary>Whose order it is: the customer's internal code.</summary>
    [Ns48Field("internal-client-code")]
    public string CustomerCode { get; set; } = string.Empty;

    [Ns48Field("product-purchased")]
    public string ProductReference { get; set; } = string.Empty;

    [Ns48Field("quantity")]
    public int Quantity { get; set; }

    [Ns48Field("amount")]
    public decimal Amount { get; set; }

    [Ns48Field("delivery-address")]
    public string DeliveryAddress { get; set; } = string.Empty;

    [Ns48Field("payment-terms")]
    public string PaymentTerms { get; set; } = "card, on order";

    /// <summary>
    /// "Code" is a word of the norm's field table, so the model scan asks about this member; it names the shop's
    /// warehouse, which says nothing about the customer.
    /// </summary>
    [NotPersonalData("the shop's warehouse that ships the order, the same for every customer")]
    public string WarehouseCode { get; set; } = "WH-NORD";

    public DateTimeOffset PlacedAt { get; set; }
}
