using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using Microsoft.Extensions.Compliance.Classification;
using Norme48.Vocabulary;
using Xunit;

namespace Norme48.Annotations.Tests;

/// <summary>Reads the annotations back from a CRM entity, as an audit or a retention job would.</summary>
public sealed class AnnotatedEntityTests
{
    [Fact]
    public void GetCustomAttribute_AnnotatedProperties_ResolveToTheirFields()
    {
        var fields = typeof(Customer).GetProperties()
            .Select(p => (p.Name, Attribute: p.GetCustomAttribute<Ns48FieldAttribute>()))
            .Where(p => p.Attribute is not null)
            .ToDictionary(p => p.Name, p => p.Attribute!.ToDataField());

        Assert.Equal(
            ["CardNumber", "Email", "LastName", "LoyaltyTier", "Magazines"],
            fields.Keys.Order(StringComparer.Ordinal));
        Assert.Same(DataField.LastName, fields["LastName"]);
        Assert.Same(DataField.EmailAddress, fields["Email"]);
        Assert.Same(DataField.BankCardNumber, fields["CardNumber"]);
        Assert.Equal(DataField.Custom("loyalty-tier", DataCategory.CommercialRelationship, false), fields["LoyaltyTier"]);
        Assert.Equal(DataField.Custom("magazine-subscriptions", DataCategory.CommercialRelationship, true), fields["Magazines"]);
    }

    [Fact]
    public void GetCustomAttribute_AsDataClassificationAttribute_GivesTheCategoryClassification()
    {
        var classifications = typeof(Customer).GetProperties()
            .Select(p => (p.Name, Attribute: p.GetCustomAttribute<DataClassificationAttribute>()))
            .Where(p => p.Attribute is not null)
            .ToDictionary(p => p.Name, p => p.Attribute!.Classification);

        Assert.Equal(new DataClassification("Norme48", "identity"), classifications["LastName"]);
        Assert.Equal(new DataClassification("Norme48", "identity"), classifications["Email"]);
        Assert.Equal(new DataClassification("Norme48", "payment-means"), classifications["CardNumber"]);
        Assert.Equal(new DataClassification("Norme48", "commercial-relationship"), classifications["LoyaltyTier"]);
        Assert.Equal(new DataClassification("Norme48", "commercial-relationship"), classifications["Magazines"]);
    }

    [Fact]
    public void GetCustomAttribute_FieldAndParameter_ResolveToTheirFields()
    {
        var field = typeof(Customer).GetField(nameof(Customer.LastIpAddress))!.GetCustomAttribute<Ns48FieldAttribute>()!;
        var parameter = typeof(Customer).GetMethod(nameof(Customer.Call))!.GetParameters()[0].GetCustomAttribute<Ns48FieldAttribute>()!;

        Assert.Same(DataField.IpAddress, field.ToDataField());
        Assert.Equal("connection-data", field.Classification.Value);
        Assert.Same(DataField.MobilePhone, parameter.ToDataField());
        Assert.Equal("identity", parameter.Classification.Value);
    }

    [Fact]
    public void GetCustomAttribute_MisspeltId_ThrowsWhenTheAttributeIsRead()
    {
        var property = typeof(MisspeltEntity).GetProperty(nameof(MisspeltEntity.Email))!;

        var exception = Assert.Throws<ArgumentException>(() => property.GetCustomAttribute<Ns48FieldAttribute>());

        Assert.Equal("fieldId", exception.ParamName);
        Assert.Contains("emial-address", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void GetCustomAttribute_DerivedParameterlessAttribute_IsTheFieldsAttribute()
    {
        var property = typeof(LoggedCustomer).GetProperty(nameof(LoggedCustomer.CardNumber))!;

        var attribute = property.GetCustomAttribute<Ns48FieldAttribute>();
        var classification = property.GetCustomAttribute<DataClassificationAttribute>();

        Assert.IsType<BankCardNumberAttribute>(attribute);
        Assert.Same(DataField.BankCardNumber, attribute.ToDataField());
        Assert.Equal("bank-card-number", attribute.FieldId);
        Assert.NotNull(classification);
        Assert.IsType<BankCardNumberAttribute>(classification);
        Assert.Equal(new DataClassification("Norme48", "payment-means"), classification.Classification);
    }

    private sealed class BankCardNumberAttribute() : Ns48FieldAttribute("bank-card-number");

    private sealed class LoggedCustomer
    {
        [BankCardNumber]
        public string? CardNumber { get; set; }
    }

    private sealed class Customer
    {
        [Ns48Field("ip-address")]
        public string? LastIpAddress = "192.0.2.1";

        public int Id { get; set; }

        [Ns48Field("last-name")]
        public string LastName { get; set; } = string.Empty;

        [Ns48Field("email-address")]
        public string Email { get; set; } = string.Empty;

        [Ns48Field("bank-card-number")]
        public string? CardNumber { get; set; }

        [Ns48Field("loyalty-tier", "commercial-relationship", MayRevealSensitiveData = false)]
        public string LoyaltyTier { get; set; } = "silver";

        [Ns48Field("magazine-subscriptions", "commercial-relationship", MayRevealSensitiveData = true)]
        public IReadOnlyList<string> Magazines { get; set; } = [];

        public static void Call([Ns48Field("mobile-phone")] string number) => _ = number;
    }

    private sealed class MisspeltEntity
    {
        [Ns48Field("emial-address")]
        public string Email { get; set; } = string.Empty;
    }
}
