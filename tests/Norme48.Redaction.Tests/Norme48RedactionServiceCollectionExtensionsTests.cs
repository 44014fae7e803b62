using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Extensions.Compliance.Redaction;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Norme48.Vocabulary;
using Xunit;

namespace Norme48.Redaction.Tests;

/// <summary>Logs <see cref="Customer"/> through a generated <c>[LogProperties]</c> method and reads what the logger received.</summary>
public sealed class Norme48RedactionServiceCollectionExtensionsTests
{
    [Fact]
    public void AddNorme48Redaction_LoggedCustomer_CardNumberAndNirAppearNowhere()
    {
        var record = LogOneCustomer(services => services.AddNorme48Redaction());

        AssertAbsent(record, Customer.SyntheticCardNumber);
        AssertAbsent(record, Customer.SyntheticNir);
        Assert.Equal(string.Empty, record.GetStructuredStateValue("customer.CardNumber"));
        Assert.Equal(string.Empty, record.GetStructuredStateValue("customer.SocialSecurityNumber"));
        Assert.Equal("Order SO-1042 placed", record.Message);
        Assert.Equal("731", record.GetStructuredStateValue("customer.Id"));
        Assert.Equal("web-shop", record.GetStructuredStateValue("customer.Channel"));
        Assert.Equal(string.Empty, record.GetStructuredStateValue("customer.Email")); // Microsoft.Extensions.Compliance's own fallback erases
    }

    [Fact]
    public void AddNorme48Redaction_FallbackThatKeepsValues_OtherCategoriesAppearButCardAndNirDoNot()
    {
        var record = LogOneCustomer(services => services
            .AddRedaction(b => b.SetFallbackRedactor<NullRedactor>())
            .AddNorme48Redaction());

        AssertAbsent(record, Customer.SyntheticCardNumber);
        AssertAbsent(record, Customer.SyntheticNir);
        AssertInClear(record, "customer.Email", "client.test@example.org");
        AssertInClear(record, "customer.LastName", "Exempleton");
        AssertInClear(record, "customer.Profession", "luthier-de-test");
    }

    [Fact]
    public void AddNorme48Redaction_FallbackSetAfterwards_CardAndNirStayErased()
    {
        var record = LogOneCustomer(services => services
            .AddNorme48Redaction()
            .AddRedaction(b => b.SetFallbackRedactor<NullRedactor>()));

        AssertAbsent(record, Customer.SyntheticCardNumber);
        AssertAbsent(record, Customer.SyntheticNir);
        AssertInClear(record, "customer.Email", "client.test@example.org");
    }

    [Fact]
    public void AddNorme48Redaction_RedactorChosenForIdentity_AppliesToEveryIdentityFieldOnly()
    {
        var record = LogOneCustomer(services => services
            .AddRedaction(b => b.SetFallbackRedactor<NullRedactor>())
            .AddNorme48Redaction(o => o.Redact<TagRedactor>(DataCategory.Identity)));

        AssertAbsent(record, "client.test@example.org");
        AssertAbsent(record, "Exempleton");
        Assert.Equal(TagRedactor.Tag, record.GetStructuredStateValue("customer.Email"));
        Assert.Equal(TagRedactor.Tag, record.GetStructuredStateValue("customer.LastName"));
        AssertInClear(record, "customer.Profession", "luthier-de-test");
        Assert.Equal(string.Empty, record.GetStructuredStateValue("customer.CardNumber"));
    }

    [Fact]
    public void AddNorme48Redaction_PaymentMeansGivenAnotherRedactor_UsesIt()
    {
        var record = LogOneCustomer(services => services.AddNorme48Redaction(o => o.Redact<TagRedactor>(DataCategory.PaymentMeans)));

        AssertAbsent(record, Customer.SyntheticCardNumber);
        Assert.Equal(TagRedactor.Tag, record.GetStructuredStateValue("customer.CardNumber"));
        Assert.Equal(string.Empty, record.GetStructuredStateValue("customer.SocialSecurityNumber"));
    }

    [Fact]
    public void AddNorme48Redaction_ApplicationSetsPaymentMeansRedactorAfterwards_TheLaterSettingWins()
    {
        var record = LogOneCustomer(services => services
            .AddNorme48Redaction()
            .AddRedaction(b => b.SetRedactor<TagRedactor>(Norme48Classifications.PaymentMeans)));

        Assert.Equal(TagRedactor.Tag, record.GetStructuredStateValue("customer.CardNumber"));
        Assert.Equal(string.Empty, record.GetStructuredStateValue("customer.SocialSecurityNumber"));
    }

    [Fact]
    public void AddNorme48Redaction_ApplicationSetsPaymentMeansRedactorBefore_IsReplacedByTheErasingRedactor()
    {
        var record = LogOneCustomer(services => services
            .AddRedaction(b => b.SetRedactor<TagRedactor>(Norme48Classifications.PaymentMeans))
            .AddNorme48Redaction());

        Assert.Equal(string.Empty, record.GetStructuredStateValue("customer.CardNumber"));
    }

    [Fact]
    public void AddNorme48Redaction_CalledTwice_TheLaterCallAndItsDefaultsWin()
    {
        var record = LogOneCustomer(services => services
            .AddRedaction(b => b.SetFallbackRedactor<NullRedactor>())
            .AddNorme48Redaction(o => o.Redact<TagRedactor>(DataCategory.PaymentMeans).Redact<TagRedactor>(DataCategory.Identity))
            .AddNorme48Redaction());

        Assert.Equal(string.Empty, record.GetStructuredStateValue("customer.CardNumber"));
        Assert.Equal(TagRedactor.Tag, record.GetStructuredStateValue("customer.Email"));
    }

    [Fact]
    public void SetNorme48Redactors_OnTheApplicationsBuilder_ErasesCardAndNir()
    {
        var record = LogOneCustomer(services => services.AddRedaction(b => b.SetFallbackRedactor<NullRedactor>().SetNorme48Redactors()));

        AssertAbsent(record, Customer.SyntheticCardNumber);
        AssertAbsent(record, Customer.SyntheticNir);
        AssertInClear(record, "customer.Email", "client.test@example.org");
    }

    [Fact]
    public void LoggedCustomer_FallbackThatKeepsValuesWithoutNorme48_ShowsTheCardNumberAndNir()
    {
        // The control: the same pipeline without AddNorme48Redaction logs them, so the tests above would see a leak.
        var record = LogOneCustomer(services => services.AddRedaction(b => b.SetFallbackRedactor<NullRedactor>()));

        AssertInClear(record, "customer.CardNumber", Customer.SyntheticCardNumber);
        AssertInClear(record, "customer.SocialSecurityNumber", Customer.SyntheticNir);
    }

    [Fact]
    public void AddNorme48Redaction_NullServices_ThrowsArgumentNullException()
    {
        var exception = Assert.Throws<ArgumentNullException>(() => ((IServiceCollection)null!).AddNorme48Redaction());

        Assert.Equal("services", exception.ParamName);
    }

    [Fact]
    public void SetNorme48Redactors_NullBuilder_ThrowsArgumentNullException()
    {
        var exception = Assert.Throws<ArgumentNullException>(() => ((IRedactionBuilder)null!).SetNorme48Redactors());

        Assert.Equal("builder", exception.ParamName);
    }

    [Fact]
    public void AddNorme48Redaction_InvalidChoice_ThrowsDuringTheCall()
    {
        var services = new ServiceCollection();

        var exception = Assert.Throws<ArgumentException>(() => services.AddNorme48Redaction(o => o.Redact<NullRedactor>(DataCategory.Excluded)));

        Assert.Contains("NS48-DATA-NIR", exception.Message, StringComparison.Ordinal);
        Assert.Empty(services);
    }

    private static FakeLogRecord LogOneCustomer(Action<IServiceCollection> configure)
    {
        var services = new ServiceCollection();
        services.AddLogging(b => b.EnableRedaction().AddFakeLogging());
        configure(services);
        using var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        var logger = provider.GetRequiredService<ILogger<Norme48RedactionServiceCollectionExtensionsTests>>();

        var customer = Customer.Synthetic();

        CustomerLog.OrderPlaced(logger, "SO-1042", customer);

        return Assert.Single(provider.GetFakeLogCollector().GetSnapshot());
    }

    /// <summary>
    /// A value that no redactor changed: logging redaction appends the tag name to a classified value before redacting
    /// it (its discriminator, so that a hashing redactor gives different hashes to one value in two fields).
    /// </summary>
    private static void AssertInClear(FakeLogRecord record, string key, string value)
    {
        Assert.Equal($"{value}:{key}", record.GetStructuredStateValue(key));
    }

    private static void AssertAbsent(FakeLogRecord record, string value)
    {
        var texts = new List<string?> { record.Message, record.ToString(), Convert.ToString(record.State, System.Globalization.CultureInfo.InvariantCulture) };
        texts.AddRange((record.StructuredState ?? []).SelectMany(kv => new[] { kv.Key, kv.Value }));

        Assert.All(texts, text => Assert.DoesNotContain(value, text ?? string.Empty, StringComparison.Ordinal));
    }
}
