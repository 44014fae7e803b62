using System;
using System.Globalization;
using System.Linq;
using FsCheck.Xunit;
using Norme48.Identifiers;
using Xunit;

namespace Norme48.Tests.Identifiers;

public class CardNumberTests
{
    [Fact]
    public void IsValid_Null_ThrowsArgumentNullException()
    {
        string value = null!;

        ArgumentNullException exception = Assert.Throws<ArgumentNullException>(() => CardNumber.IsValid(value));

        Assert.Equal("value", exception.ParamName);
    }

    [Fact]
    public void IsValid_Empty_ThrowsArgumentExceptionForValue()
    {
        string value = string.Empty;

        ArgumentException exception = Assert.Throws<ArgumentException>(() => CardNumber.IsValid(value));

        Assert.Equal("value", exception.ParamName);
    }

    [Theory]
    [InlineData("   ")]
    [InlineData("- . -")]
    [InlineData("\t\u00A0\u202F\u2010\u2011")]
    public void IsValid_SeparatorsOnly_ThrowsArgumentExceptionWithoutTheValue(string value)
    {
        ArgumentException exception = Assert.Throws<ArgumentException>(() => CardNumber.IsValid(value));

        Assert.Equal("value", exception.ParamName);
        Assert.DoesNotContain(value, exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void IsValid_LuhnValidNumber_ReturnsTrue()
    {
        string value = "6123451234567893";

        bool valid = CardNumber.IsValid(value);

        Assert.True(valid);
    }

    [Fact]
    public void IsValid_WrongCheckDigit_ReturnsFalse()
    {
        string value = "6123451234567894";

        bool valid = CardNumber.IsValid(value);

        Assert.False(valid);
    }

    [Theory]
    [InlineData("6123 4512 3456 7893")]
    [InlineData("6123-4512-3456-7893")]
    [InlineData("6123.4512.3456.7893")]
    [InlineData("6123\u00A04512\u202F3456\u20107893")]
    [InlineData("\t6123\u2011451234567893 ")]
    public void IsValid_SeparatedLuhnValidNumber_ReturnsTrue(string value)
    {
        bool valid = CardNumber.IsValid(value);

        Assert.True(valid);
    }

    [Theory]
    [InlineData(12)]
    [InlineData(19)]
    public void IsValid_BoundaryLengthWithCheckDigit_ReturnsTrue(int length)
    {
        string value = WithCheckDigit(new string('4', length - 1));

        bool valid = CardNumber.IsValid(value);

        Assert.True(valid);
    }

    [Theory]
    [InlineData(11)]
    [InlineData(20)]
    public void IsValid_OutOfRangeLengthWithCheckDigit_ReturnsFalse(int length)
    {
        string value = WithCheckDigit(new string('4', length - 1));

        bool valid = CardNumber.IsValid(value);

        Assert.False(valid);
    }

    [Fact]
    public void IsValid_ElevenDigitsWithSeparators_ReturnsFalse()
    {
        string value = "1234 5678 903";

        bool valid = CardNumber.IsValid(value);

        Assert.False(valid);
    }

    [Theory]
    [InlineData(0x0660)]
    [InlineData(0x06F0)]
    [InlineData(0xFF10)]
    public void IsValid_NonAsciiDigits_ReturnsFalse(int zero)
    {
        string value = new("6123451234567893".Select(c => (char)(zero + (c - '0'))).ToArray());

        bool valid = CardNumber.IsValid(value);

        Assert.False(valid);
    }

    [Fact]
    public void IsValid_OneFullWidthDigit_ReturnsFalse()
    {
        string value = "612345123456789\uFF13";

        bool valid = CardNumber.IsValid(value);

        Assert.False(valid);
    }

    [Fact]
    public void IsValid_Letters_ReturnsFalse()
    {
        string value = "6123A51234567893";

        bool valid = CardNumber.IsValid(value);

        Assert.False(valid);
    }

    [Property(Arbitrary = new[] { typeof(Arbitraries) })]
    public bool IsValid_SeparatorsInserted_IsUnchanged(CardCandidate candidate, SeparatorPlan plan)
    {
        string separated = plan.InsertInto(candidate.Value);

        bool withSeparators = CardNumber.IsValid(separated);

        return withSeparators == CardNumber.IsValid(candidate.Value);
    }

    [Property(Arbitrary = new[] { typeof(Arbitraries) })]
    public void IsValid_PrefixWithEachCheckDigit_ExactlyOneIsValid(CardPrefix prefix)
    {
        int expected = IdentifierOracles.LuhnCheckDigit(prefix.Digits);

        int[] validDigits = Enumerable.Range(0, 10)
            .Where(digit => CardNumber.IsValid(prefix.Digits + digit.ToString(CultureInfo.InvariantCulture)))
            .ToArray();

        Assert.Equal([expected], validDigits);
    }

    private static string WithCheckDigit(string digits) =>
        digits + IdentifierOracles.LuhnCheckDigit(digits).ToString(CultureInfo.InvariantCulture);
}
