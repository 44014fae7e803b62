using System;
using System.Linq;
using System.Text.RegularExpressions;
using Norme48.Vocabulary;
using Xunit;

namespace Norme48.Tests.Vocabulary;

public sealed partial class DataFieldTests
{
    [Fact]
    public void BuiltIn_Always_HoldsThe43FieldsOfTheNormInItsOrder()
    {
        var expected = Ns2005Spec.CategoryIds.SelectMany(c => Ns2005Spec.FieldIdsByCategory[c]).ToArray();

        var ids = DataField.BuiltIn.Select(f => f.Id).ToArray();

        Assert.Equal(43, ids.Length);
        Assert.Equal(expected, ids);
        Assert.All(DataField.BuiltIn, f => Assert.True(f.IsBuiltIn));
    }

    [Theory]
    [InlineData("identity", 9)]
    [InlineData("payment-means", 4)]
    [InlineData("situation", 4)]
    [InlineData("commercial-relationship", 13)]
    [InlineData("invoice-settlement", 7)]
    [InlineData("connection-data", 5)]
    [InlineData("excluded", 1)]
    public void BuiltIn_OfACategory_AreTheFieldsRulesMdLists(string category, int count)
    {
        var expected = Ns2005Spec.FieldIdsByCategory[category];

        var ofCategory = DataField.BuiltIn.Where(f => f.Category.Id == category).Select(f => f.Id).ToArray();

        Assert.Equal(count, expected.Length);
        Assert.Equal(expected, ofCategory);
        Assert.Equal(expected, DataCategory.Parse(category).Fields.Select(f => f.Id).ToArray());
    }

    [Fact]
    public void Parse_EveryBuiltInId_RoundTripsToTheSameKebabCaseField()
    {
        var fields = DataField.BuiltIn;

        Assert.All(fields, field =>
        {
            Assert.Matches(KebabCase(), field.Id);
            Assert.Same(field, DataField.Parse(field.Id));
            Assert.Same(field, DataField.Parse(field.ToString()));
            Assert.True(DataField.TryParse(field.Id.AsSpan(), out var fromSpan));
            Assert.Same(field, fromSpan);
        });
    }

    [Theory]
    [InlineData("social-security-number")]
    public void Parse_UnknownId_ThrowsFormatExceptionListingAcceptedIds(string id)
    {
        var exception = Assert.Throws<FormatException>(() => DataField.Parse(id));

        Assert.All(DataField.BuiltIn, f => Assert.Contains(f.Id, exception.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void BuiltIn_Always_RevealNoSensitiveDataByDefault()
    {
        var flagged = DataField.BuiltIn.Where(f => f.MayRevealSensitiveData);

        Assert.Empty(flagged);
    }

    [Theory]
    [InlineData("last-name")]
    [InlineData("nir")]
    public void Custom_BuiltInId_ThrowsNamingId(string id)
    {
        var exception = Assert.Throws<ArgumentException>(() => DataField.Custom(id, DataCategory.Identity));

        Assert.Equal("id", exception.ParamName);
    }

    [Theory]
    [InlineData("Loyalty-Card")]
    [InlineData("loyalty--card")]
    [InlineData("carte-fidélité")]
    public void Custom_NotKebabCase_ThrowsNamingId(string id)
    {
        var exception = Assert.Throws<ArgumentException>(() => DataField.Custom(id, DataCategory.Identity));

        Assert.Equal("id", exception.ParamName);
    }

    // "On other categories the flag is refused, whatever its value (an error, not a silent no-op)."
    [Theory]
    [InlineData("identity", true)]
    [InlineData("payment-means", true)]
    [InlineData("connection-data", false)]
    [InlineData("excluded", true)]
    public void Custom_SensitiveFlagOnAnotherCategory_ThrowsNamingTheFlag(string category, bool mayRevealSensitiveData)
    {
        var exception = Assert.Throws<ArgumentException>(
            () => DataField.Custom("declared-field", DataCategory.Parse(category), mayRevealSensitiveData));

        Assert.Equal("mayRevealSensitiveData", exception.ParamName);
    }

    [Theory]
    [InlineData(null, false)]
    [InlineData(false, false)]
    [InlineData(true, true)]
    public void Custom_CommercialRelationship_AcceptsTheSensitiveFlag(bool? flag, bool expected)
    {
        var field = DataField.Custom("religious-magazine-subscription", DataCategory.CommercialRelationship, flag);

        Assert.Equal(expected, field.MayRevealSensitiveData);
        Assert.False(field.IsBuiltIn);
        Assert.Same(DataCategory.CommercialRelationship, field.Category);
        Assert.Equal("religious-magazine-subscription", field.Id);
    }

    [Fact]
    public void Custom_OfExcludedCategory_IsExcludedLikeTheNir()
    {
        var field = DataField.Custom("health-insurance-number", DataCategory.Excluded);

        Assert.True(field.IsExcluded);
        Assert.True(DataField.Nir.IsExcluded);
        Assert.False(DataField.LastName.IsExcluded);
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    internal static partial Regex KebabCase();

    [Fact]
    public void TryParse_Null_FalseAndNoField()
    {
        Assert.False(DataField.TryParse((string?)null, out var field));
        Assert.Null(field);
    }

    // Equal custom fields have equal hash codes; distinct custom fields do not all share one (a hash set of them stays
    // a hash set).
    [Fact]
    public void GetHashCode_CustomFields_EqualForEqualFieldsAndSpreadOtherwise()
    {
        var fields = Enumerable.Range(1, 20).Select(i => DataField.Custom($"loyalty-{i}", DataCategory.CommercialRelationship)).ToArray();
        var again = Enumerable.Range(1, 20).Select(i => DataField.Custom($"loyalty-{i}", DataCategory.CommercialRelationship)).ToArray();

        Assert.Equal(fields.Select(f => f.GetHashCode()), again.Select(f => f.GetHashCode()));
        Assert.True(fields.Select(f => f.GetHashCode()).Distinct().Count() > 1);
        Assert.DoesNotContain(fields, f => DataField.BuiltIn.Any(b => b.Equals(f)));
    }

    [Fact]
    public void GetHashCode_BuiltInFields_DistinctForEachField()
    {
        var hashes = DataField.BuiltIn.Select(f => f.GetHashCode()).ToArray();

        Assert.Equal(43, hashes.Distinct().Count());
    }

    // Custom fields are equal when their id, category and flag are: each variant differs from the field by one.
    [Fact]
    public void Equals_CustomFieldsDifferingByOneMember_NotEqual()
    {
        var field = DataField.Custom("magazine", DataCategory.CommercialRelationship, mayRevealSensitiveData: true);
        DataField[] variants =
        [
            DataField.Custom("magazines", DataCategory.CommercialRelationship, mayRevealSensitiveData: true),
            DataField.Custom("magazine", DataCategory.CommercialRelationship, mayRevealSensitiveData: false),
            DataField.Custom("magazine", DataCategory.Situation),
        ];

        Assert.True(field.Equals(DataField.Custom("magazine", DataCategory.CommercialRelationship, mayRevealSensitiveData: true)));
        Assert.True(field.Equals((object)DataField.Custom("magazine", DataCategory.CommercialRelationship, mayRevealSensitiveData: true)));
        Assert.All(variants, variant => Assert.False(field.Equals(variant), variant.Id));
        Assert.False(field.Equals((DataField?)null));
        Assert.False(DataField.LastName.Equals(DataField.FirstNames));
        Assert.True(DataField.LastName.Equals(DataField.Parse("last-name")));
    }
}
