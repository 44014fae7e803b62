using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Extensions.Compliance.Classification;
using Norme48.Annotations;
using Norme48.Vocabulary;

namespace Norme48.Redaction;

/// <summary>
/// The NS-48 categories of personal data as Microsoft.Extensions.Compliance <see cref="DataClassification"/> values of
/// the <c>Norme48</c> taxonomy: the classifications that <see cref="Ns48FieldAttribute"/> gives a member, to name in
/// redaction settings.
/// </summary>
/// <remarks>
/// Each value is <see cref="Ns48Taxonomy.For(DataCategory)"/> of the category: taxonomy <see cref="TaxonomyName"/>,
/// value the category's id, such as <c>Norme48:payment-means</c>. The attribute on a property and the classification
/// given to a redactor are therefore the same value.
/// </remarks>
public static class Norme48Classifications
{
    /// <summary>The taxonomy name, <c>Norme48</c> (<see cref="Ns48Taxonomy.TaxonomyName"/>).</summary>
    public const string TaxonomyName = Ns48Taxonomy.TaxonomyName;

    /// <summary>Gets the classification of identity data (<c>identity</c>: name, addresses, phone numbers, e-mail address, date of birth, internal client code).</summary>
    public static DataClassification Identity { get; } = Ns48Taxonomy.For(DataCategory.Identity);

    /// <summary>Gets the classification of means of payment (<c>payment-means</c>: bank account details, transaction, cheque and bank card numbers).</summary>
    public static DataClassification PaymentMeans { get; } = Ns48Taxonomy.For(DataCategory.PaymentMeans);

    /// <summary>Gets the classification of family, economic and financial situation data (<c>situation</c>).</summary>
    public static DataClassification Situation { get; } = Ns48Taxonomy.For(DataCategory.Situation);

    /// <summary>Gets the classification of commercial relationship data (<c>commercial-relationship</c>: orders, purchases, correspondence).</summary>
    public static DataClassification CommercialRelationship { get; } = Ns48Taxonomy.For(DataCategory.CommercialRelationship);

    /// <summary>Gets the classification of invoice settlement data (<c>invoice-settlement</c>: payment terms, credits, unpaid invoices, balances).</summary>
    public static DataClassification InvoiceSettlement { get; } = Ns48Taxonomy.For(DataCategory.InvoiceSettlement);

    /// <summary>Gets the classification of connection data (<c>connection-data</c>: connection date and time, IP address, pages visited).</summary>
    public static DataClassification ConnectionData { get; } = Ns48Taxonomy.For(DataCategory.ConnectionData);

    /// <summary>Gets the classification of excluded data (<c>excluded</c>: the NIR, and custom fields declared in this category).</summary>
    /// <remarks>The norm forbids collecting these data at all (NS48-DATA-NIR); they must never reach a log in clear.</remarks>
    public static DataClassification Excluded { get; } = Ns48Taxonomy.For(DataCategory.Excluded);

    /// <summary>Gets the classification of every NS-48 category, in the order of <see cref="DataCategory.All"/>.</summary>
    public static IReadOnlyList<DataClassification> All { get; } = Array.AsReadOnly(DataCategory.All.Select(Ns48Taxonomy.For).ToArray());

    /// <summary>
    /// Gets the classifications that <c>AddNorme48Redaction</c> maps to the erasing redactor unless told otherwise:
    /// <see cref="PaymentMeans"/> and <see cref="Excluded"/>.
    /// </summary>
    public static IReadOnlyList<DataClassification> ErasedByDefault { get; } = Array.AsReadOnly([PaymentMeans, Excluded]);
}
