using System;
using Microsoft.Extensions.Compliance.Classification;
using Norme48.Vocabulary;

namespace Norme48.Annotations;

/// <summary>
/// The <c>Norme48</c> data taxonomy: one <see cref="DataClassification"/> per category of personal data the norm names,
/// so that redaction and audit tools can act per category.
/// </summary>
/// <remarks>
/// A classification's value is the category's stable id, such as <c>payment-means</c>; its string form is
/// <c>Norme48:payment-means</c>.
/// </remarks>
public static class Ns48Taxonomy
{
    /// <summary>The taxonomy name, <c>Norme48</c>, shared by every classification of this taxonomy.</summary>
    public const string TaxonomyName = "Norme48";

    /// <summary>Gets the classification of a category's data.</summary>
    /// <param name="category">The category.</param>
    /// <returns>The classification: taxonomy <see cref="TaxonomyName"/>, value the category's id.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="category"/> is <see langword="null"/>.</exception>
    public static DataClassification For(DataCategory category)
    {
        ArgumentNullException.ThrowIfNull(category);
        return new DataClassification(TaxonomyName, category.Id);
    }
}
