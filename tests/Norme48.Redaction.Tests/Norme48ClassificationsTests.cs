using System;
using System.Linq;
using System.Reflection;
using Microsoft.Extensions.Compliance.Classification;
using Norme48.Annotations;
using Xunit;

namespace Norme48.Redaction.Tests;

public sealed class Norme48ClassificationsTests
{
    [Fact]
    public void TaxonomyName_Always_IsNorme48()
    {
        Assert.Equal("Norme48", Norme48Classifications.TaxonomyName);
    }

    [Fact]
    public void Categories_Always_AreTheNorme48ClassificationValuedByTheCategoryId()
    {
        Assert.Equal(new DataClassification("Norme48", "identity"), Norme48Classifications.Identity);
        Assert.Equal(new DataClassification("Norme48", "payment-means"), Norme48Classifications.PaymentMeans);
        Assert.Equal(new DataClassification("Norme48", "situation"), Norme48Classifications.Situation);
        Assert.Equal(new DataClassification("Norme48", "commercial-relationship"), Norme48Classifications.CommercialRelationship);
        Assert.Equal(new DataClassification("Norme48", "invoice-settlement"), Norme48Classifications.InvoiceSettlement);
        Assert.Equal(new DataClassification("Norme48", "connection-data"), Norme48Classifications.ConnectionData);
        Assert.Equal(new DataClassification("Norme48", "excluded"), Norme48Classifications.Excluded);
    }

    [Fact]
    public void All_Always_IsEveryCategoryOnceInSpecificationOrder()
    {
        Assert.Equal(
            ["identity", "payment-means", "situation", "commercial-relationship", "invoice-settlement", "connection-data", "excluded"],
            Norme48Classifications.All.Select(c => c.Value));
        Assert.All(Norme48Classifications.All, c => Assert.Equal("Norme48", c.TaxonomyName));
    }

    [Fact]
    public void ErasedByDefault_Always_IsPaymentMeansAndExcluded()
    {
        Assert.Equal([Norme48Classifications.PaymentMeans, Norme48Classifications.Excluded], Norme48Classifications.ErasedByDefault);
    }

    [Theory]
    [InlineData(nameof(Customer.LastName), "identity")]
    [InlineData(nameof(Customer.Email), "identity")]
    [InlineData(nameof(Customer.CardNumber), "payment-means")]
    [InlineData(nameof(Customer.SocialSecurityNumber), "excluded")]
    [InlineData(nameof(Customer.Profession), "situation")]
    public void Classification_OfAnAnnotatedProperty_IsTheClassificationOfItsCategory(string property, string categoryId)
    {
        var attribute = typeof(Customer).GetProperty(property)!.GetCustomAttribute<DataClassificationAttribute>()!;

        Assert.IsAssignableFrom<Ns48FieldAttribute>(attribute);
        Assert.Equal(Norme48Classifications.All.Single(c => c.Value == categoryId), attribute.Classification);
    }

    [Fact]
    public void Collections_Always_AreReadOnly()
    {
        Assert.Throws<NotSupportedException>(() => ((System.Collections.Generic.IList<DataClassification>)Norme48Classifications.All)[0] = default);
        Assert.Throws<NotSupportedException>(() => ((System.Collections.Generic.IList<DataClassification>)Norme48Classifications.ErasedByDefault)[0] = default);
    }
}
