using System;
using System.Collections.Generic;

namespace Norme48.Vocabulary;

/// <summary>
/// A category of personal data named by the norm (« données concernées »). Every field belongs to one category,
/// and every rule stated for a category applies to its fields, custom ones included.
/// </summary>
public sealed class DataCategory : IEquatable<DataCategory>
{
    /// <summary>Identity of the client (« identité du client »).</summary>
    // Stryker disable all : static initialiser, run once per test process before any mutant is active (README, Mutation testing)
    public static readonly DataCategory Identity = new(0, "identity", "identity", "identité du client");

    /// <summary>Means of payment (« données relatives aux moyens de paiement »).</summary>
    public static readonly DataCategory PaymentMeans = new(1, "payment-means", "means of payment", "moyens de paiement");

    /// <summary>Family, economic and financial situation (« situation familiale, économique et financière »).</summary>
    public static readonly DataCategory Situation = new(2, "situation", "family, economic and financial situation", "situation familiale, économique et financière");

    /// <summary>The commercial relationship (« données relatives à la relation commerciale »).</summary>
    public static readonly DataCategory CommercialRelationship = new(3, "commercial-relationship", "commercial relationship", "relation commerciale");

    /// <summary>Settlement of invoices (« données relatives aux règlements des factures »).</summary>
    public static readonly DataCategory InvoiceSettlement = new(4, "invoice-settlement", "settlement of invoices", "règlement des factures");

    /// <summary>Connection data of an online service (« données de connexion »).</summary>
    public static readonly DataCategory ConnectionData = new(5, "connection-data", "connection data", "données de connexion");

    /// <summary>Data the norm excludes (« données exclues »): the NIR.</summary>
    public static readonly DataCategory Excluded = new(6, "excluded", "excluded data", "données exclues");

    private static readonly DataCategory[] AllCategories =
        [Identity, PaymentMeans, Situation, CommercialRelationship, InvoiceSettlement, ConnectionData, Excluded];
    // Stryker restore all


    private static System.Collections.ObjectModel.ReadOnlyCollection<DataCategory>? AllCategoriesView;

    private DataCategory(int index, string id, string englishName, string frenchName)
    {
        Index = index;
        Id = id;
        EnglishName = englishName;
        FrenchName = frenchName;
    }

    /// <summary>Gets every category, in the order of the norm.</summary>
    public static IReadOnlyList<DataCategory> All => AllCategoriesView ??= Array.AsReadOnly(AllCategories);

    /// <summary>Gets the stable kebab-case id, such as <c>commercial-relationship</c>.</summary>
    public string Id { get; }

    /// <summary>Gets the category's name in English.</summary>
    public string EnglishName { get; }

    /// <summary>Gets the category's name in French, as the norm words it.</summary>
    public string FrenchName { get; }

    /// <summary>Gets the built-in fields of the category, in the order of the norm.</summary>
    public IReadOnlyList<DataField> Fields => DataField.BuiltInOf(this);

    internal int Index { get; }

    internal const int Count = 7;

    /// <summary>Parses a category id.</summary>
    /// <param name="id">The kebab-case category id.</param>
    /// <returns>The category.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is <see langword="null"/>.</exception>
    /// <exception cref="FormatException"><paramref name="id"/> is not a category id; the message lists the accepted ids.</exception>
    public static DataCategory Parse(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        return TryParse(id, out var category) ? category : throw Terms.UnknownId("data category", id, AllCategories, c => c.Id);
    }

    /// <summary>Tries to parse a category id.</summary>
    /// <param name="id">The kebab-case category id.</param>
    /// <param name="category">The category, when the id is known.</param>
    /// <returns><see langword="true"/> when <paramref name="id"/> is a category id.</returns>
    public static bool TryParse(string? id, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out DataCategory? category)
    {
        category = Array.Find(AllCategories, c => string.Equals(c.Id, id, StringComparison.Ordinal));
        return category is not null;
    }

    /// <inheritdoc/>
    public bool Equals(DataCategory? other) => ReferenceEquals(this, other);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => ReferenceEquals(this, obj);

    /// <inheritdoc/>
    public override int GetHashCode() => Index;

    /// <summary>Returns the category id.</summary>
    /// <returns>The kebab-case id.</returns>
    public override string ToString() => Id;
}
