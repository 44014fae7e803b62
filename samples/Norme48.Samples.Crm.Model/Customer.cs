using System;
using System.Collections.Generic;
using Norme48.Annotations;

namespace Norme48.Samples.Crm.Model;

/// <summary>A client or prospect of a small (fictitious) online bookshop. Every member that holds personal data names its NS-48 field.</summary>
public sealed class Customer
{
    /// <summary>The shop's own code for the person, never the NIR nor a card number (NS48-DATA-INTERNAL-CODE).</summary>
    [Ns48Field("internal-client-code")]
    public string ClientCode { get; set; } = string.Empty;

    [Ns48Field("last-name")]
    public string LastName { get; set; } = string.Empty;

    [Ns48Field("first-names")]
    public string FirstNames { get; set; } = string.Empty;

    [Ns48Field("email-address")]
    public string Email { get; set; } = string.Empty;

    [Ns48Field("mobile-phone")]
    public string? MobilePhone { get; set; }

    [Ns48Field("postal-address")]
    public string? PostalAddress { get; set; }

    /// <summary>A field of the shop's own, in a category of the norm: every rule of the category applies to it.</summary>
    [Ns48Field("loyalty-tier", "commercial-relationship")]
    public string LoyaltyTier { get; set; } = "standard";

    /// <summary>Whether the person ticked the (unticked) newsletter box: what NS48-PROSP-E-CONSENT asks before any e-mail.</summary>
    public bool NewsletterConsent { get; set; }

    /// <summary>Whether the person objected to prospecting: then nobody solicits them, on any channel.</summary>
    public bool ObjectedToProspecting { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public IList<Order> Orders { get; } = [];
}
