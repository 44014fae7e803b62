using System;
using System.Linq;
using Norme48.Vocabulary;
using Xunit;

namespace Norme48.Tests.Vocabulary;

public sealed class DataCategoryTests
{
    [Fact]
    public void All_Always_HoldsTheSevenCategoriesOfTheNormInItsOrder()
    {
        var ids = DataCategory.All.Select(c => c.Id).ToArray();

        Assert.Equal(Ns2005Spec.CategoryIds, ids);
    }

    [Fact]
    public void Parse_EveryCategoryId_RoundTripsAsKebabCase()
    {
        var categories = DataCategory.All;

        Assert.All(categories, category =>
        {
            Assert.Matches(DataFieldTests.KebabCase(), category.Id);
            Assert.Same(category, DataCategory.Parse(category.Id));
            Assert.Same(category, DataCategory.Parse(category.ToString()));
        });
    }

    [Fact]
    public void Parse_UnknownId_ThrowsFormatExceptionListingAcceptedIds()
    {
        var exception = Assert.Throws<FormatException>(() => DataCategory.Parse("sensitive"));

        Assert.All(Ns2005Spec.CategoryIds, id => Assert.Contains(id, exception.Message, StringComparison.Ordinal));
    }
}
