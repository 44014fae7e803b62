using System;
using Microsoft.Extensions.Compliance.Redaction;
using Norme48.Annotations;
using Norme48.Redaction;
using Norme48.Vocabulary;

// The extension methods live in the namespace of IServiceCollection, as Microsoft.Extensions packages do, so that
// they show up without a using directive.
namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the redaction of NS-48 data with an <see cref="IServiceCollection"/> or an <see cref="IRedactionBuilder"/>.</summary>
public static class Norme48RedactionServiceCollectionExtensions
{
    /// <summary>
    /// Registers Microsoft.Extensions.Compliance redaction (<c>AddRedaction</c>) with a redactor for the Norme48
    /// classifications: payment-means and excluded data erased by default, the other categories as
    /// <paramref name="configure"/> chooses.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Chooses redactors per category; it runs once, during this call. <see langword="null"/> keeps the defaults.</param>
    /// <returns><paramref name="services"/>, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="configure"/> gave a category an invalid redactor (see <see cref="Norme48RedactionOptions.Redact{TRedactor}(DataCategory)"/>).</exception>
    /// <remarks>
    /// <para>
    /// Data are classified with <see cref="Ns48FieldAttribute"/> (or an attribute derived from it): its classification is
    /// the field's category, such as <c>Norme48:payment-means</c> for <c>bank-card-number</c>. Logs are redacted only
    /// when logging redaction is on as well, <c>services.AddLogging(b => b.EnableRedaction())</c>
    /// (Microsoft.Extensions.Telemetry), for <c>[LoggerMessage]</c> methods whose parameters or <c>[LogProperties]</c>
    /// objects carry the attributes. That logging source generator creates each classification attribute it meets
    /// through a parameterless constructor, so the members of a logged type carry a parameterless attribute derived
    /// from <see cref="Ns48FieldAttribute"/>, such as
    /// <c>sealed class BankCardNumberAttribute() : Ns48FieldAttribute("bank-card-number");</c>.
    /// </para>
    /// <para>
    /// This is <c>services.AddRedaction(b => b.SetNorme48Redactors(configure))</c>: the redactors are set as
    /// <see cref="IRedactionBuilder.SetRedactor{T}"/> sets them, so the application's other redaction settings stay as
    /// they are, its fallback redactor included (the categories given no redactor here use it). A fallback that does
    /// not erase, such as <c>SetFallbackRedactor&lt;NullRedactor&gt;()</c>, leaves payment-means and excluded data
    /// erased all the same. As with any two redaction settings for one classification, the one registered last wins: an
    /// application's own <c>AddRedaction(b => b.SetRedactor&lt;T&gt;(Norme48Classifications.PaymentMeans))</c> called
    /// after this method replaces the erasing redactor of payment-means data, and one called before is replaced by it.
    /// </para>
    /// <para>
    /// Calling this method again adds its redactors: for a category that both calls name, the later call's redactor
    /// is used, and each call's defaults apply again.
    /// </para>
    /// </remarks>
    public static IServiceCollection AddNorme48Redaction(this IServiceCollection services, Action<Norme48RedactionOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);

        var options = Configure(configure);
        return services.AddRedaction(options.ApplyTo);
    }

    /// <summary>
    /// Sets a redactor for the Norme48 classifications: payment-means and excluded data erased by default, the other
    /// categories as <paramref name="configure"/> chooses.
    /// </summary>
    /// <param name="builder">The redaction builder of <c>services.AddRedaction(builder => …)</c>.</param>
    /// <param name="configure">Chooses redactors per category; it runs once, during this call. <see langword="null"/> keeps the defaults.</param>
    /// <returns><paramref name="builder"/>, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="builder"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="configure"/> gave a category an invalid redactor (see <see cref="Norme48RedactionOptions.Redact{TRedactor}(DataCategory)"/>).</exception>
    /// <remarks>
    /// For an application that configures its redaction in one place:
    /// <c>services.AddRedaction(b => b.SetFallbackRedactor&lt;NullRedactor&gt;().SetNorme48Redactors())</c>. See
    /// <see cref="AddNorme48Redaction"/> for how these settings combine with others.
    /// </remarks>
    public static IRedactionBuilder SetNorme48Redactors(this IRedactionBuilder builder, Action<Norme48RedactionOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);

        Configure(configure).ApplyTo(builder);
        return builder;
    }

    private static Norme48RedactionOptions Configure(Action<Norme48RedactionOptions>? configure)
    {
        var options = new Norme48RedactionOptions();
        configure?.Invoke(options);
        return options;
    }
}
