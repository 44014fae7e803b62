using System;
using System.Linq;
using Norme48.Vocabulary;
using Xunit;

namespace Norme48.Annotations.Tests;

public sealed class Ns48TaxonomyTests
{
    [Fact]
    public void TaxonomyName_Always_IsNorme48()
    {
        Assert.Equal("Norme48", Ns48Taxonomy.TaxonomyName);
    }

    [Fact]
    public void For_EveryCategory_IsTheNorme48ClassificationValuedByTheCategoryId()
    {
        var classifications = Ns48Spec.CategoryIds.Select(id => Ns48Taxonomy.For(DataCategory.Parse(id))).ToArray();

        Assert.All(classifications, c => Assert.Equal("Norme48", c.TaxonomyName));
        Assert.Equal(Ns48Spec.CategoryIds, classifications.Select(c => c.Value));
        Assert.Equal(Ns48Spec.CategoryIds.Length, classifications.Distinct().Count());
    }

    [Fact]
    public void For_PaymentMeans_ReadsAsTaxonomyColonValue()
    {
        var classification = Ns48Taxonomy.For(DataCategory.PaymentMeans);

        Assert.Equal("Norme48:payment-means", classification.ToString());
    }

    [Fact]
    public void For_NullCategory_ThrowsArgumentNullException()
    {
        var exception = Assert.Throws<ArgumentNullException>(() => Ns48Taxonomy.For(null!));

        Assert.Equal("category", exception.ParamName);
    }
}
