using System;
using System.Globalization;
using System.Linq;
using FsCheck.Xunit;
using Norme48.Identifiers;
using Xunit;

namespace Norme48.Tests.Identifiers;

public class NirTests
{
    [Fact]
    public void IsValid_Null_ThrowsArgumentNullException()
    {
        string value = null!;

        ArgumentNullException exception = Assert.Throws<ArgumentNullException>(() => Nir.IsValid(value));

        Assert.Equal("value", exception.ParamName);
    }

    [Fact]
    public void IsValid_Empty_ThrowsArgumentExceptionForValue()
    {
        string value = string.Empty;

        ArgumentException exception = Assert.Throws<ArgumentException>(() => Nir.IsValid(value));

        Assert.Equal("value", exception.ParamName);
    }

    [Theory]
    [InlineData("   ")]
    [InlineData("- . -")]
    [InlineData("\t\u00A0\u202F\u2010\u2011")]
    public void IsValid_SeparatorsOnly_ThrowsArgumentExceptionWithoutTheValue(string value)
    {
        ArgumentException exception = Assert.Throws<ArgumentException>(() => Nir.IsValid(value));

        Assert.Equal("value", exception.ParamName);
        Assert.DoesNotContain(value, exception.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("255081416802538")]
    [InlineData("2 84 05 88 321 025 32")]
    [InlineData("2 84 05 2A 321 025 52")]
    [InlineData("2 84 05 2a 321 025 52")]
    [InlineData("2 84 05 2B 321 025 79")]
    [InlineData("255082A16802597")]
    [InlineData("2 94 03 75 120 005 91")]
    [InlineData("1 53 12 45 007 231 60")]
    public void IsValid_KnownValidNumber_ReturnsTrue(string value)
    {
        bool valid = Nir.IsValid(value);

        Assert.True(valid);
    }

    [Theory]
    [InlineData("2\u00A084\u00A005\u00A088\u00A0321\u00A0025\u00A032")]
    [InlineData("2\u202F84\u202F05\u202F88\u202F321\u202F025\u202F32")]
    [InlineData("2.84.05.88.321.025.32")]
    [InlineData("2\u201084\u201005\u201088\u2010321\u2010025\u201032")]
    [InlineData("2\u201184\u201105\u201188\u2011321\u2011025\u201132")]
    [InlineData("2-84-05-88-321-025-32")]
    [InlineData("\t2 84\t05 2b.321-025 79 ")]
    public void IsValid_OtherSeparators_ReturnsTrue(string value)
    {
        bool valid = Nir.IsValid(value);

        Assert.True(valid);
    }

    [Theory]
    [InlineData("255081416802539")]
    [InlineData("2 55 08 14 168 025 00")]
    [InlineData("2 84 05 88 321 025 30")]
    [InlineData("2 84 05 2A 321 025 79")]
    [InlineData("2 84 05 2B 321 025 52")]
    public void IsValid_WrongKey_ReturnsFalse(string value)
    {
        bool valid = Nir.IsValid(value);

        Assert.False(valid);
    }

    [Theory]
    [InlineData("2550814168025")]
    [InlineData("2 84 05 88 321 025")]
    public void IsValid_BodyWithoutKey_ReturnsFalse(string value)
    {
        bool valid = Nir.IsValid(value);

        Assert.False(valid);
    }

    [Theory]
    [InlineData('0')]
    [InlineData('3')]
    [InlineData('4')]
    [InlineData('9')]
    public void IsValid_FirstDigitNotOneTwoSevenOrEight_ReturnsFalse(char first)
    {
        string body = first + "550814168025";
        string value = body + IdentifierOracles.NirKey(body).ToString("D2", CultureInfo.InvariantCulture);

        bool valid = Nir.IsValid(value);

        Assert.False(valid);
    }

    [Theory]
    [InlineData("2550814168025380")]
    [InlineData("0255081416802538")]
    [InlineData("25508141680253")]
    public void IsValid_WrongLength_ReturnsFalse(string value)
    {
        bool valid = Nir.IsValid(value);

        Assert.False(valid);
    }

    [Theory]
    [InlineData(0x0660)]
    [InlineData(0x06F0)]
    [InlineData(0xFF10)]
    public void IsValid_NonAsciiDigits_ReturnsFalse(int zero)
    {
        string value = new("255081416802538".Select(c => (char)(zero + (c - '0'))).ToArray());

        bool valid = Nir.IsValid(value);

        Assert.False(valid);
    }

    [Fact]
    public void IsValid_OneNonAsciiDigitInKey_ReturnsFalse()
    {
        string value = "2550814168025\u06603";

        bool valid = Nir.IsValid(value);

        Assert.False(valid);
    }

    [Theory]
    [InlineData("2 84 05 2C 321 025 52")]
    [InlineData("2 84 05 3A 321 025 52")]
    [InlineData("2 84 05 A2 321 025 52")]
    [InlineData("2 84 2A 19 321 025 52")]
    public void IsValid_LettersOutsideCorsicanDepartment_ReturnsFalse(string value)
    {
        bool valid = Nir.IsValid(value);

        Assert.False(valid);
    }

    [Theory]
    [InlineData("2 84 05 88 321 025 98")]
    [InlineData("2 84 05 88 321 025 99")]
    public void IsValid_KeyAboveNinetySeven_ReturnsFalse(string value)
    {
        bool valid = Nir.IsValid(value);

        Assert.False(valid);
    }

    [Fact]
    public void IsValid_UnrangedMonthAndDepartment_ReturnsTrue()
    {
        string body = "1009900000000";
        string value = body + IdentifierOracles.NirKey(body).ToString("D2", CultureInfo.InvariantCulture);

        bool valid = Nir.IsValid(value);

        Assert.True(valid);
    }

    [Property(Arbitrary = new[] { typeof(Arbitraries) })]
    public bool IsValid_SeparatorsInserted_IsUnchanged(NirCandidate candidate, SeparatorPlan plan)
    {
        string separated = plan.InsertInto(candidate.Value);

        bool withSeparators = Nir.IsValid(separated);

        return withSeparators == Nir.IsValid(candidate.Value);
    }

    [Property(Arbitrary = new[] { typeof(Arbitraries) })]
    public void IsValid_BodyWithEachKey_OnlyComputedKeyIsValid(NirBody body)
    {
        int expectedKey = IdentifierOracles.NirKey(body.Value);

        int[] validKeys = Enumerable.Range(0, 100)
            .Where(key => Nir.IsValid(body.Value + key.ToString("D2", CultureInfo.InvariantCulture)))
            .ToArray();

        Assert.Equal([expectedKey], validKeys);
        Assert.InRange(expectedKey, 1, 97);
    }

    [Property(Arbitrary = new[] { typeof(Arbitraries) })]
    public bool IsValid_LowerCaseBodyWithComputedKey_ReturnsTrue(NirBody body)
    {
        string value = body.Value.ToLowerInvariant()
            + IdentifierOracles.NirKey(body.Value).ToString("D2", CultureInfo.InvariantCulture);

        bool valid = Nir.IsValid(value);

        return valid;
    }
}
