using System;
using Norme48.Decisions;
using Norme48.Vocabulary;
using Xunit;

namespace Norme48.Tests.Evaluation;

public sealed partial class Norme48EvaluatorTests
{
    // NS48-DATA-INTERNAL-CODE with the NIR vectors of RULES.md ("Identifiers"). The two purely numeric ones also pass the
    // Luhn check as RULES.md defines it (worked out by hand from the digits), so they match both detectors.
    [Theory]
    [InlineData("255081416802538", IdentifierMatch.NirAndCardNumber)]
    [InlineData("2 84 05 88 321 025 32", IdentifierMatch.NirAndCardNumber)]
    [InlineData("2 84 05 2A 321 025 52", IdentifierMatch.Nir)]
    [InlineData("2 84 05 2a 321 025 52", IdentifierMatch.Nir)]
    [InlineData("2 84 05 2B 321 025 79", IdentifierMatch.Nir)]
    [InlineData("255082A16802597", IdentifierMatch.Nir)]
    [InlineData("2 94 03 75 120 005 91", IdentifierMatch.Nir)]
    [InlineData("1 53 12 45 007 231 60", IdentifierMatch.Nir)]
    public void CheckInternalCode_ValidNir_DeniedUnderInternalCode(string value, IdentifierMatch match)
    {
        var result = Evaluator.CheckInternalCode(value);

        Assert.False(result.IsAllowed);
        DecisionAssert.Denied(result.Decision, "NS48-DATA-INTERNAL-CODE");
        Assert.Equal(match, result.Match);
    }

    [Theory]
    [InlineData("6123451234567893")]
    [InlineData("6123 4512 3456 7893")]
    public void CheckInternalCode_CardNumber_DeniedUnderInternalCode(string value)
    {
        var result = Evaluator.CheckInternalCode(value);

        DecisionAssert.Denied(result.Decision, "NS48-DATA-INTERNAL-CODE");
        Assert.Equal(IdentifierMatch.CardNumber, result.Match);
    }

    // The invalid NIR keys and the invalid card vector are neither a NIR nor pass Luhn: harmless codes.
    [Theory]
    [InlineData("CLIENT-000042")]
    [InlineData("6123451234567894")]
    [InlineData("255081416802539")]
    [InlineData("2 55 08 14 168 025 00")]
    [InlineData("2 84 05 88 321 025 30")]
    public void CheckInternalCode_NeitherNirNorCard_AllowedUnderInternalCode(string value)
    {
        var result = Evaluator.CheckInternalCode(value);

        Assert.True(result.IsAllowed);
        DecisionAssert.Allowed(result.Decision, "NS48-DATA-INTERNAL-CODE");
        Assert.Empty(result.Decision.Obligations);
        Assert.Equal(IdentifierMatch.None, result.Match);
    }

    // "a value is shown as one * per normalised character except the last 4; a value of 4 characters or fewer is never shown"
    [Theory]
    [InlineData("6123 4512 3456 7893", "************7893")]
    [InlineData("2 94 03 75 120 005 91", "***********0591")]
    [InlineData("1.2345", "*2345")]
    public void CheckInternalCode_LongerThanFourCharacters_MasksAllButLastFour(string value, string masked)
    {
        var result = Evaluator.CheckInternalCode(value);

        Assert.Equal(masked, result.MaskedValue);
    }

    [Theory]
    [InlineData("1234")]
    [InlineData("A")]
    public void CheckInternalCode_FourCharactersOrFewer_IsNeverShown(string value)
    {
        var result = Evaluator.CheckInternalCode(value);

        Assert.Null(result.MaskedValue);
    }

    [Fact]
    public void CheckInternalCode_Denied_ExplanationNeverShowsTheValue()
    {
        var result = Evaluator.CheckInternalCode("6123 4512 3456 7893");

        Assert.DoesNotContain("6123451234567893", result.Explain(Norme48.Rules.Language.English), StringComparison.Ordinal);
        Assert.DoesNotContain("6123451234567893", result.Explain(Norme48.Rules.Language.French), StringComparison.Ordinal);
        Assert.DoesNotContain("6123451234567893", result.ToString(), StringComparison.Ordinal);
    }

    // ToString: "the verdict, the rule ids and the masked code" — the decision's summary, then the masked code, or
    // "(not shown)" for a code of four characters or fewer.
    [Theory]
    [InlineData("6123 4512 3456 7893", "denied (NS48-DATA-INTERNAL-CODE) ************7893")]
    [InlineData("CLIENT-000042", "allowed (NS48-DATA-INTERNAL-CODE) ********0042")]
    [InlineData("1234", "allowed (NS48-DATA-INTERNAL-CODE) (not shown)")]
    public void CheckInternalCode_ToString_SummaryThenMaskedCode(string value, string expected)
    {
        var result = Evaluator.CheckInternalCode(value);

        Assert.Equal(expected, result.ToString());
    }

    [Theory]
    [InlineData("")]
    [InlineData(" - .\t")]
    public void CheckInternalCode_EmptyAfterNormalisation_ThrowsArgumentException(string value)
    {
        var exception = Assert.Throws<ArgumentException>(() => Evaluator.CheckInternalCode(value));

        Assert.Equal("value", exception.ParamName);
    }

    [Theory]
    [InlineData("health", "255081416802538")]
    [InlineData("education", "CLIENT-000042")]
    public void CheckInternalCode_SectorOutsideNorm_CitesScopeSectorAlone(string sector, string value)
    {
        var result = Evaluator.CheckInternalCode(value, Sector.FromName(sector));

        Assert.False(result.IsAllowed);
        DecisionAssert.Denied(result.Decision, "NS48-SCOPE-SECTOR");
    }
}
