using System;
using Microsoft.Extensions.Compliance.Redaction;
using Norme48.Vocabulary;
using Xunit;

namespace Norme48.Redaction.Tests;

public sealed class Norme48RedactionOptionsTests
{
    [Fact]
    public void Constructor_Always_ErasesPaymentMeansAndExcludedOnly()
    {
        var options = new Norme48RedactionOptions();

        Assert.Equal(2, options.Redactors.Count);
        Assert.Equal(typeof(ErasingRedactor), options.Redactors[DataCategory.PaymentMeans]);
        Assert.Equal(typeof(ErasingRedactor), options.Redactors[DataCategory.Excluded]);
    }

    [Fact]
    public void Redact_OtherCategory_AddsItAndChains()
    {
        var options = new Norme48RedactionOptions();

        var returned = options.Redact<TagRedactor>(DataCategory.Identity).Redact<HmacRedactor>(DataCategory.ConnectionData);

        Assert.Same(options, returned);
        Assert.Equal(typeof(TagRedactor), options.Redactors[DataCategory.Identity]);
        Assert.Equal(typeof(HmacRedactor), options.Redactors[DataCategory.ConnectionData]);
        Assert.Equal(4, options.Redactors.Count);
    }

    [Fact]
    public void Redact_SameCategoryTwice_LastCallWins()
    {
        var options = new Norme48RedactionOptions();

        options.Redact<TagRedactor>(DataCategory.PaymentMeans).Redact<HmacRedactor>(DataCategory.PaymentMeans);

        Assert.Equal(typeof(HmacRedactor), options.Redactors[DataCategory.PaymentMeans]);
    }

    [Fact]
    public void Redact_NullCategory_ThrowsArgumentNullException()
    {
        var exception = Assert.Throws<ArgumentNullException>(() => new Norme48RedactionOptions().Redact<TagRedactor>(null!));

        Assert.Equal("category", exception.ParamName);
    }

    [Fact]
    public void Redact_AbstractRedactor_ThrowsArgumentException()
    {
        var exception = Assert.Throws<ArgumentException>(() => new Norme48RedactionOptions().Redact<Redactor>(DataCategory.Identity));

        Assert.Equal("TRedactor", exception.ParamName);
        Assert.Contains("abstract", exception.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("payment-means", "NS48-SEC-PAYMENT-TRACE")]
    [InlineData("excluded", "NS48-DATA-NIR")]
    public void Redact_NullRedactorForPaymentMeansOrExcluded_ThrowsNamingTheRule(string categoryId, string ruleId)
    {
        var options = new Norme48RedactionOptions();

        var exception = Assert.Throws<ArgumentException>(() => options.Redact<NullRedactor>(DataCategory.Parse(categoryId)));

        Assert.Equal("TRedactor", exception.ParamName);
        Assert.Contains(ruleId, exception.Message, StringComparison.Ordinal);
        Assert.Equal(typeof(ErasingRedactor), options.Redactors[DataCategory.Parse(categoryId)]);
    }

    [Fact]
    public void Redact_NullRedactorForAnotherCategory_IsAllowed()
    {
        var options = new Norme48RedactionOptions();

        options.Redact<NullRedactor>(DataCategory.Identity);

        Assert.Equal(typeof(NullRedactor), options.Redactors[DataCategory.Identity]);
    }

    [Fact]
    public void Redactors_Always_IsAReadOnlyView()
    {
        var options = new Norme48RedactionOptions();
        var redactors = options.Redactors;

        options.Redact<TagRedactor>(DataCategory.Identity);

        Assert.True(redactors.ContainsKey(DataCategory.Identity));
        Assert.Throws<NotSupportedException>(() => ((System.Collections.Generic.IDictionary<DataCategory, Type>)redactors).Remove(DataCategory.PaymentMeans));
    }
}
