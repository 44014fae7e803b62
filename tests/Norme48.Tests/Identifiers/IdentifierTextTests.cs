using System;
using FsCheck;
using FsCheck.Xunit;
using Norme48.Identifiers;
using Xunit;

namespace Norme48.Tests.Identifiers;

public class IdentifierTextTests
{
    [Fact]
    public void Normalize_Null_ThrowsArgumentNullException()
    {
        string value = null!;

        ArgumentNullException exception = Assert.Throws<ArgumentNullException>(() => IdentifierText.Normalize(value));

        Assert.Equal("value", exception.ParamName);
    }

    [Theory]
    [InlineData("ab 12.34-56", "AB123456")]
    [InlineData("2 84 05 2a 321 025 52", "284052A32102552")]
    [InlineData("2\u00A084\u202F05\t2b", "284052B")]
    [InlineData("12\u201034\u201156-78", "12345678")]
    [InlineData("1\u20032\u30003", "123")]
    [InlineData("éß ǆ", "ÉßǄ")]
    public void Normalize_SeparatedText_RemovesSeparatorsAndUpperCases(string value, string expected)
    {
        string normalized = IdentifierText.Normalize(value);

        Assert.Equal(expected, normalized);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("- . -")]
    [InlineData("\t\u00A0\u202F\u2010\u2011")]
    public void Normalize_EmptyOrSeparatorsOnly_ReturnsEmpty(string value)
    {
        string normalized = IdentifierText.Normalize(value);

        Assert.Equal(string.Empty, normalized);
    }

    [Theory]
    [InlineData("a\nb", "A\nB")]
    [InlineData("1_2/3", "1_2/3")]
    [InlineData("1\u22122\u20123", "1\u22122\u20123")]
    public void Normalize_OtherWhitespaceAndPunctuation_KeepsThem(string value, string expected)
    {
        string normalized = IdentifierText.Normalize(value);

        Assert.Equal(expected, normalized);
    }

    [Fact]
    public void Normalize_SupplementaryPlaneLetter_UpperCasesByScalarValue()
    {
        string value = "x\U00010428 \U0001D7D8";

        string normalized = IdentifierText.Normalize(value);

        Assert.Equal("X\U00010400\U0001D7D8", normalized);
    }

    [Fact]
    public void Normalize_UnpairedSurrogates_ReplacesThemWithReplacementCharacter()
    {
        string value = "a\uD800 b\uDC00";

        string normalized = IdentifierText.Normalize(value);

        Assert.Equal("A\uFFFDB\uFFFD", normalized);
    }

    [Fact]
    public void Normalize_UnpairedSurrogatesAroundSeparator_DoNotJoinIntoPair()
    {
        string value = "\uD801 \uDC28";

        string normalized = IdentifierText.Normalize(value);

        Assert.Equal("\uFFFD\uFFFD", normalized);
    }

    [Fact]
    public void Mask_UnpairedSurrogatesAroundSeparator_CountEachAsOne()
    {
        string value = "1\uD801 \uDC28234";

        string? masked = IdentifierText.Mask(value);

        Assert.Equal("**\uFFFD234", masked);
    }

    [Fact]
    public void Mask_Null_ThrowsArgumentNullException()
    {
        string value = null!;

        ArgumentNullException exception = Assert.Throws<ArgumentNullException>(() => IdentifierText.Mask(value));

        Assert.Equal("value", exception.ParamName);
    }

    [Fact]
    public void Mask_SeparatedText_ShowsOnlyLastFour()
    {
        string value = "ab 12.34-56";

        string? masked = IdentifierText.Mask(value);

        Assert.Equal("****3456", masked);
    }

    [Theory]
    [InlineData("1234")]
    [InlineData("12 34")]
    [InlineData("abc")]
    [InlineData("x")]
    [InlineData("\U0001D7D8\U0001D7D8\U0001D7D8\U0001D7D8")]
    public void Mask_FourScalarValuesOrFewer_ReturnsNull(string value)
    {
        string? masked = IdentifierText.Mask(value);

        Assert.Null(masked);
    }

    [Fact]
    public void Mask_FiveCharacters_MasksFirstOnly()
    {
        string value = "ab-cde";

        string? masked = IdentifierText.Mask(value);

        Assert.Equal("*BCDE", masked);
    }

    [Fact]
    public void Mask_SupplementaryPlaneCharacter_CountsAsOne()
    {
        string value = "\U0001D7D8123 4";

        string? masked = IdentifierText.Mask(value);

        Assert.Equal("*1234", masked);
    }

    [Fact]
    public void Mask_SupplementaryPlaneCharacterInLastFour_KeepsItWhole()
    {
        string value = "12345\U0001D7D8\U00010428";

        string? masked = IdentifierText.Mask(value);

        Assert.Equal("***45\U0001D7D8\U00010400", masked);
    }

    [Fact]
    public void Mask_FourSupplementaryPlaneCharactersAndOneMore_MasksOne()
    {
        string value = "a\U0001D7D8\U0001D7D8\U0001D7D8\U0001D7D8";

        string? masked = IdentifierText.Mask(value);

        Assert.Equal("*\U0001D7D8\U0001D7D8\U0001D7D8\U0001D7D8", masked);
    }

    [Fact]
    public void Mask_Empty_ThrowsArgumentExceptionForValue()
    {
        string value = string.Empty;

        ArgumentException exception = Assert.Throws<ArgumentException>(() => IdentifierText.Mask(value));

        Assert.Equal("value", exception.ParamName);
    }

    [Theory]
    [InlineData("   ")]
    [InlineData(" \t\u00A0\u202F")]
    [InlineData("- . -")]
    [InlineData("\u2010\u2011..")]
    public void Mask_SeparatorsOnly_ThrowsArgumentExceptionWithoutTheValue(string value)
    {
        ArgumentException exception = Assert.Throws<ArgumentException>(() => IdentifierText.Mask(value));

        Assert.Equal("value", exception.ParamName);
        Assert.DoesNotContain(value, exception.Message, StringComparison.Ordinal);
    }

    [Property(Arbitrary = new[] { typeof(Arbitraries) })]
    public bool Normalize_IdentifierLikeText_IsIdempotent(IdentifierLikeText text)
    {
        string once = IdentifierText.Normalize(text.Value);

        string twice = IdentifierText.Normalize(once);

        return twice == once;
    }

    [Property]
    public bool Normalize_AnyUnicodeString_IsIdempotent(UnicodeString text)
    {
        string value = text.Get ?? string.Empty;
        string once = IdentifierText.Normalize(value);

        string twice = IdentifierText.Normalize(once);

        return twice == once;
    }

    [Property(Arbitrary = new[] { typeof(Arbitraries) })]
    public bool Normalize_IdentifierLikeText_MatchesScalarWiseReference(IdentifierLikeText text)
    {
        string expected = IdentifierOracles.Normalize(text.Value);

        string normalized = IdentifierText.Normalize(text.Value);

        return normalized == expected;
    }

    [Property(Arbitrary = new[] { typeof(Arbitraries) })]
    public bool Mask_NonEmptyText_KeepsScalarCountAndLastFour(NonEmptyIdentifierText text)
    {
        string? expected = IdentifierOracles.Mask(text.Value);

        string? masked = IdentifierText.Mask(text.Value);

        return masked == expected
            && (masked is null || IdentifierOracles.Scalars(masked).Count
                == IdentifierOracles.Scalars(IdentifierText.Normalize(text.Value)).Count);
    }

    [Property(Arbitrary = new[] { typeof(Arbitraries) })]
    public void Mask_SeparatorsOnly_ThrowsArgumentException(SeparatorPlan plan)
    {
        string value = plan.InsertInto(string.Empty);

        ArgumentException exception = Assert.Throws<ArgumentException>(() => IdentifierText.Mask(value));

        Assert.Equal("value", exception.ParamName);
    }

    [Property]
    public bool Mask_AnyNonEmptyUnicodeString_MatchesReference(UnicodeString text)
    {
        string value = text.Get ?? string.Empty;
        bool isEmpty = IdentifierText.Normalize(value).Length == 0;

        string? masked = isEmpty ? null : IdentifierText.Mask(value);

        return isEmpty || masked == IdentifierOracles.Mask(value);
    }
}
