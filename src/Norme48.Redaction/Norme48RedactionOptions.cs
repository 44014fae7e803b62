using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using Microsoft.Extensions.Compliance.Classification;
using Microsoft.Extensions.Compliance.Redaction;
using Norme48.Annotations;
using Norme48.Vocabulary;

namespace Norme48.Redaction;

/// <summary>
/// Chooses the redactor of each NS-48 category for <c>AddNorme48Redaction</c>: payment-means and excluded data are
/// erased unless a category is given another redactor here.
/// </summary>
/// <remarks>
/// A category that is given no redactor here is left to the application's own redaction settings: a redactor it set
/// for the category's classification with <see cref="IRedactionBuilder.SetRedactor{T}"/>, else its fallback redactor
/// (Microsoft.Extensions.Compliance's default fallback erases).
/// </remarks>
public sealed class Norme48RedactionOptions
{
    private readonly Dictionary<DataCategory, Type> redactors = [];
    private readonly ReadOnlyDictionary<DataCategory, Type> redactorsView;
    private readonly Dictionary<DataCategory, Action<IRedactionBuilder, DataClassificationSet>> registrations = [];

    /// <summary>Initializes a new instance of the <see cref="Norme48RedactionOptions"/> class: payment-means and excluded data erased.</summary>
    public Norme48RedactionOptions()
    {
        redactorsView = new ReadOnlyDictionary<DataCategory, Type>(redactors);
        Redact<ErasingRedactor>(DataCategory.PaymentMeans);
        Redact<ErasingRedactor>(DataCategory.Excluded);
    }

    /// <summary>
    /// Gets the redactor type chosen for each category: at first <see cref="ErasingRedactor"/> for
    /// <see cref="DataCategory.PaymentMeans"/> and <see cref="DataCategory.Excluded"/>, then whatever
    /// <see cref="Redact{TRedactor}(DataCategory)"/> set (a read-only view).
    /// </summary>
    public IReadOnlyDictionary<DataCategory, Type> Redactors => redactorsView;

    /// <summary>Redacts the data of a category with <typeparamref name="TRedactor"/>.</summary>
    /// <typeparam name="TRedactor">
    /// A concrete redactor, such as <see cref="HmacRedactor"/> or one of the application's own, created by the service
    /// provider (its constructor's parameters are services).
    /// </typeparam>
    /// <param name="category">The category, such as <see cref="DataCategory.Identity"/>.</param>
    /// <returns>These options, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="category"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">
    /// <typeparamref name="TRedactor"/> is abstract; or it is <see cref="NullRedactor"/>, which logs the value as it is,
    /// and <paramref name="category"/> is <see cref="DataCategory.PaymentMeans"/> or <see cref="DataCategory.Excluded"/>.
    /// </exception>
    /// <remarks>
    /// <para>
    /// The last call for a category wins. Every field of a category has the category's redactor, because the Norme48
    /// classification of <see cref="Ns48FieldAttribute"/> is the field's category.
    /// </para>
    /// <para>
    /// Payment-means data may be given another redactor than the erasing one, such as <see cref="HmacRedactor"/> to
    /// correlate log lines about one card without showing it, but never <see cref="NullRedactor"/>: access to
    /// payment-means data is restricted and, from the 2016 edition, traced (NS48-SEC-PAYMENT-TRACE), which a log line in
    /// clear escapes; excluded data, the NIR first, may not be held at all (NS48-DATA-NIR).
    /// </para>
    /// </remarks>
    public Norme48RedactionOptions Redact<TRedactor>(DataCategory category)
        where TRedactor : Redactor
    {
        ArgumentNullException.ThrowIfNull(category);

        var redactorType = typeof(TRedactor);
        if (redactorType.IsAbstract)
        {
            throw new ArgumentException(
                $"Redact<{redactorType.Name}>({category.Id}): {redactorType.FullName} is abstract; "
                + $"give a concrete redactor, such as {nameof(ErasingRedactor)} or {nameof(HmacRedactor)}.",
                nameof(TRedactor));
        }

        if (redactorType == typeof(NullRedactor)
            && (ReferenceEquals(category, DataCategory.PaymentMeans) || ReferenceEquals(category, DataCategory.Excluded)))
        {
            var why = ReferenceEquals(category, DataCategory.Excluded)
                ? "they may not be held at all (NS48-DATA-NIR)"
                : "access to means of payment is restricted and traced (NS48-SEC-PAYMENT-TRACE)";
            throw new ArgumentException(
                $"Redact<{nameof(NullRedactor)}>({category.Id}): {category.Id} data may never be logged as they are, {why}; "
                + $"keep the default {nameof(ErasingRedactor)}, or choose a redactor that hides the value, such as {nameof(HmacRedactor)}.",
                nameof(TRedactor));
        }

        redactors[category] = redactorType;
        registrations[category] = static (builder, classification) => builder.SetRedactor<TRedactor>(classification);
        return this;
    }

    /// <summary>Sets the chosen redactors on a redaction builder, one per category's Norme48 classification.</summary>
    internal void ApplyTo(IRedactionBuilder builder)
    {
        foreach (var (category, register) in registrations)
        {
            register(builder, Ns48Taxonomy.For(category));
        }
    }
}
