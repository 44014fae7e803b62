using System;
using System.Linq;
using System.Reflection;
using Microsoft.Extensions.Compliance.Classification;
using Norme48.Vocabulary;
using Xunit;

namespace Norme48.Annotations.Tests;

public sealed class Ns48FieldAttributeTests
{
    [Fact]
    public void SpecTable_Always_CoversEveryBuiltInFieldOnce()
    {
        var specIds = Ns48Spec.BuiltInFields.Select(row => row.Data.Item1).ToArray();

        Assert.Equal(43, specIds.Length);
        Assert.Equal(DataField.BuiltIn.Select(f => f.Id).Order(StringComparer.Ordinal), specIds.Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Ns48Spec.BuiltInFields), MemberType = typeof(Ns48Spec))]
    public void Constructor_BuiltInField_ClassifiesAsNorme48ValuedByItsCategory(string fieldId, string categoryId)
    {
        var attribute = new Ns48FieldAttribute(fieldId);

        Assert.Equal("Norme48", attribute.Classification.TaxonomyName);
        Assert.Equal(categoryId, attribute.Classification.Value);
        Assert.Equal(fieldId, attribute.FieldId);
        Assert.Null(attribute.Category);
        Assert.False(attribute.MayRevealSensitiveData);
    }

    [Theory]
    [MemberData(nameof(Ns48Spec.BuiltInFields), MemberType = typeof(Ns48Spec))]
    public void ToDataField_BuiltInField_IsTheLibrarysBuiltInField(string fieldId, string categoryId)
    {
        var attribute = new Ns48FieldAttribute(fieldId);

        var field = attribute.ToDataField();

        Assert.Same(DataField.Parse(fieldId), field);
        Assert.True(field.IsBuiltIn);
        Assert.Equal(categoryId, field.Category.Id);
    }

    [Theory]
    [InlineData("loyalty-tier", "commercial-relationship")]
    [InlineData("company-vat-number", "identity")]
    [InlineData("shoe-size", "situation")]
    [InlineData("paypal-account", "payment-means")]
    [InlineData("late-fees", "invoice-settlement")]
    [InlineData("session-cookie", "connection-data")]
    [InlineData("health-card-number", "excluded")]
    public void Constructor_CustomField_ClassifiesWithTheGivenCategory(string fieldId, string categoryId)
    {
        var attribute = new Ns48FieldAttribute(fieldId, categoryId);

        Assert.Equal(new DataClassification("Norme48", categoryId), attribute.Classification);
        Assert.Equal(fieldId, attribute.FieldId);
        Assert.Equal(categoryId, attribute.Category);
    }

    [Theory]
    [InlineData("loyalty-tier", "commercial-relationship")]
    [InlineData("health-card-number", "excluded")]
    public void ToDataField_CustomField_IsTheCustomFieldOfThatCategory(string fieldId, string categoryId)
    {
        var attribute = new Ns48FieldAttribute(fieldId, categoryId);

        var field = attribute.ToDataField();

        Assert.False(field.IsBuiltIn);
        Assert.Equal(fieldId, field.Id);
        Assert.Same(DataCategory.Parse(categoryId), field.Category);
        Assert.False(field.MayRevealSensitiveData);
        Assert.Equal(DataField.Custom(fieldId, DataCategory.Parse(categoryId)), field);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void ToDataField_CommercialCustomFieldWithSensitiveFlag_CarriesTheFlag(bool flag)
    {
        var attribute = new Ns48FieldAttribute("magazine-subscriptions", "commercial-relationship") { MayRevealSensitiveData = flag };

        var field = attribute.ToDataField();

        Assert.Equal(flag, field.MayRevealSensitiveData);
        Assert.Equal(DataField.Custom("magazine-subscriptions", DataCategory.CommercialRelationship, flag), field);
        Assert.Equal("commercial-relationship", attribute.Classification.Value);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void ToDataField_BuiltInFieldWithSensitiveFlag_ThrowsNamingTheProperty(bool flag)
    {
        var attribute = new Ns48FieldAttribute("purchase-history") { MayRevealSensitiveData = flag };

        var exception = Assert.Throws<InvalidOperationException>(attribute.ToDataField);

        Assert.Contains("MayRevealSensitiveData", exception.Message, StringComparison.Ordinal);
        Assert.Contains("purchase-history", exception.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void ToDataField_NonCommercialCustomFieldWithSensitiveFlag_ThrowsWhateverTheValue(bool flag)
    {
        var attribute = new Ns48FieldAttribute("shoe-size", "situation") { MayRevealSensitiveData = flag };

        var exception = Assert.Throws<InvalidOperationException>(attribute.ToDataField);

        Assert.Contains("MayRevealSensitiveData", exception.Message, StringComparison.Ordinal);
        Assert.Contains("situation", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_NullFieldId_ThrowsArgumentNullException()
    {
        Assert.Equal("fieldId", Assert.Throws<ArgumentNullException>(() => new Ns48FieldAttribute(null!)).ParamName);
        Assert.Equal("fieldId", Assert.Throws<ArgumentNullException>(() => new Ns48FieldAttribute(null!, "identity")).ParamName);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Constructor_BlankFieldId_ThrowsArgumentExceptionNamingFieldId(string fieldId)
    {
        var builtIn = Assert.Throws<ArgumentException>(() => new Ns48FieldAttribute(fieldId));
        var custom = Assert.Throws<ArgumentException>(() => new Ns48FieldAttribute(fieldId, "identity"));

        Assert.Equal("fieldId", builtIn.ParamName);
        Assert.Equal("fieldId", custom.ParamName);
        Assert.Contains("FieldId", builtIn.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("emial-address")]
    [InlineData("Email")]
    [InlineData("loyalty-tier")]
    public void Constructor_IdThatIsNoBuiltInField_ThrowsListingTheIdsAndHowToDeclareACustomField(string fieldId)
    {
        var exception = Assert.Throws<ArgumentException>(() => new Ns48FieldAttribute(fieldId));

        Assert.Equal("fieldId", exception.ParamName);
        Assert.Contains($"FieldId '{fieldId}'", exception.Message, StringComparison.Ordinal);
        Assert.Contains("email-address", exception.Message, StringComparison.Ordinal);
        Assert.Contains($"[Ns48Field(\"{fieldId}\", \"commercial-relationship\")]", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_BuiltInIdWithACategory_ThrowsSayingToDropTheCategory()
    {
        var exception = Assert.Throws<ArgumentException>(() => new Ns48FieldAttribute("email-address", "commercial-relationship"));

        Assert.Equal("fieldId", exception.ParamName);
        Assert.Contains("[Ns48Field(\"email-address\")]", exception.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("sensitive")]
    [InlineData("Identity")]
    [InlineData("commercial_relationship")]
    public void Constructor_UnknownCategory_ThrowsListingTheCategories(string category)
    {
        var exception = Assert.Throws<ArgumentException>(() => new Ns48FieldAttribute("loyalty-tier", category));

        Assert.Equal("category", exception.ParamName);
        Assert.Contains($"Category '{category}'", exception.Message, StringComparison.Ordinal);
        Assert.All(Ns48Spec.CategoryIds, id => Assert.Contains(id, exception.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void Constructor_NullOrBlankCategory_ThrowsNamingCategory()
    {
        Assert.Equal("category", Assert.Throws<ArgumentNullException>(() => new Ns48FieldAttribute("loyalty-tier", null!)).ParamName);
        Assert.Equal("category", Assert.Throws<ArgumentException>(() => new Ns48FieldAttribute("loyalty-tier", " ")).ParamName);
    }

    [Theory]
    [InlineData("Loyalty Tier")]
    [InlineData("loyalty_tier")]
    [InlineData("-loyalty")]
    public void Constructor_CustomIdNotKebabCase_ThrowsNamingFieldId(string fieldId)
    {
        var exception = Assert.Throws<ArgumentException>(() => new Ns48FieldAttribute(fieldId, "commercial-relationship"));

        Assert.Equal("fieldId", exception.ParamName);
        Assert.Contains("kebab-case", exception.Message, StringComparison.Ordinal);
        Assert.IsType<ArgumentException>(exception.InnerException);
    }

    [Fact]
    public void AttributeUsage_Always_TargetsPropertiesFieldsAndParametersOncePerMember()
    {
        var usage = typeof(Ns48FieldAttribute).GetCustomAttribute<AttributeUsageAttribute>()!;

        Assert.Equal(AttributeTargets.Property | AttributeTargets.Field | AttributeTargets.Parameter, usage.ValidOn);
        Assert.False(usage.AllowMultiple);
    }
}
