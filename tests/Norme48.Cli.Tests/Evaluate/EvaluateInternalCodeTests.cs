using System;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.Json;
using Xunit;

namespace Norme48.Cli.Tests.Evaluate;

/// <summary>
/// <c>internal-code</c> answers: NS48-DATA-INTERNAL-CODE on the NIR and card vectors of RULES.md ("Identifiers"), and
/// the masked <c>value</c> (one <c>*</c> per normalised character except the last 4; absent for 4 or fewer).
/// </summary>
public class EvaluateInternalCodeTests
{
    /// <summary>The value as written inside the JSON string, the verdict, and the masked value ("" when absent).</summary>
    private static readonly (string Value, string Verdict, string Masked)[] Codes =
    [
        // Valid NIRs (RULES.md vectors), in every separator style the normalisation removes.
        ("255081416802538", "denied", "***********2538"),
        ("2 84 05 88 321 025 32", "denied", "***********2532"),
        ("2 84 05 2A 321 025 52", "denied", "***********2552"),
        ("2 84 05 2a 321 025 52", "denied", "***********2552"),
        ("2 84 05 2B 321 025 79", "denied", "***********2579"),
        ("255082A16802597", "denied", "***********2597"),
        ("2 94 03 75 120 005 91", "denied", "***********0591"),
        ("1 53 12 45 007 231 60", "denied", "***********3160"),
        ("2\\u00A084\\u00A005\\u00A088\\u00A0321\\u00A0025\\u00A032", "denied", "***********2532"),
        ("2.84.05.2B.321.025.79", "denied", "***********2579"),
        ("2-84-05-2A-321-025-52", "denied", "***********2552"),

        // Temporary numbers (sex digit 7 or 8); months and departments are not range-checked (keys computed by hand).
        ("755081416802579", "denied", "***********2579"),
        ("8 84 05 88 321 025 23", "denied", "***********2523"),
        ("1 85 99 99 123 456 56", "denied", "***********5656"),
        ("2 85 42 97 512 345 05", "denied", "***********4505"),
        ("1 85 20 99 001 002 93", "denied", "***********0293"),
        ("3 55 08 14 168 025 85", "allowed", "***********2585"),

        // Wrong NIR keys (none passes the card check): allowed.
        ("255081416802539", "allowed", "***********2539"),
        ("2 55 08 14 168 025 00", "allowed", "***********2500"),
        ("2 84 05 88 321 025 30", "allowed", "***********2530"),

        // Card numbers: 12 to 19 ASCII digits passing Luhn.
        ("6123451234567893", "denied", "************7893"),
        ("6123 4512 3456 7893", "denied", "************7893"),
        ("6123-4512-3456-7893", "denied", "************7893"),
        ("6123451234567894", "allowed", "************7894"),
        ("4111 1111 1111 1111", "denied", "************1111"),
        ("123456789015", "denied", "********9015"),
        ("1234567890123456785", "denied", "***************6785"),
        ("12345678903", "allowed", "*******8903"),
        ("12345678901234567894", "allowed", "****************7894"),
        ("\uFF16\uFF11\uFF12\uFF13\uFF14\uFF15\uFF11\uFF12\uFF13\uFF14\uFF15\uFF16\uFF17\uFF18\uFF19\uFF13", "allowed", "************\uFF17\uFF18\uFF19\uFF13"),

        // Codes of one's own; masking counts normalised Unicode scalar values and shows them upper-cased.
        ("CLT-000042", "allowed", "*****0042"),
        ("clt.abc.def", "allowed", "*****CDEF"),
        ("abcde", "allowed", "*BCDE"),
        ("a\\tb c\\u202Fd\\u2010e\\u2011f", "allowed", "**CDEF"),
        ("x\\uD835\\uDFD8yz w", "allowed", "*\U0001D7D8YZW"),
        ("éléphant", "allowed", "****HANT"),
        ("ab.cd", "allowed", ""),
        ("Zq9x", "allowed", ""),
        ("q", "allowed", ""),
    ];

    /// <summary>Bad lines that carry a NIR or card value: the error must not show it.</summary>
    private static readonly string[] ErrorsWithAValue =
    [
        """{"ask":"internal-code","value":"255081416802538","colour":1}""",
        """{"ask":"internal-code","value":"6123451234567893","sector":"helth"}""",
        """{"ask":"internal-code","value":"255081416802538","edition":"ref-2022"}""",
        """{"ask":"internal-code","value":"6123451234567893","edition":"ns48-2016","sector":"bankin"}""",
        """{"ask":"internal-code","value":"6123451234567893","edition":"in-force"}""",
        """{"ask":"internal-code","value":"6123451234567893","value":"6123451234567893"}""",
        """{"ask":"internal-code","value":"255081416802538","sectorConfirmed":"yes"}""",
    ];

    /// <summary>Values empty once normalised, written inside the JSON string.</summary>
    private static readonly string[] EmptyValues = ["", "   ", " - . ", "\\t", "\\u00A0\\u2010\\u2011", "...", "\\u3000"];

    private static readonly QuestionBatch Batch = new(
    [
        .. Codes.Select(row => Question(row.Value)),
        .. ErrorsWithAValue,
        .. EmptyValues.Select(Question),
    ]);

    public static TheoryData<string, string> VerdictRows => Rows.Of(Codes.Select(row => (row.Value, row.Verdict)));

    public static TheoryData<string, string> MaskRows => Rows.Of(Codes.Select(row => (row.Value, row.Masked)));

    public static TheoryData<string> ValueRows => new(Codes.Select(row => row.Value));

    public static TheoryData<string> ErrorRows => new(ErrorsWithAValue);

    public static TheoryData<string> EmptyRows => new(EmptyValues);

    [Theory]
    [MemberData(nameof(VerdictRows))]
    public void Evaluate_InternalCode_DecidedByNirAndCardChecks(string value, string verdict)
    {
        JsonElement answer = Batch.AnswerTo(Question(value));

        AnswerAssert.Decision(answer, verdict, "NS48-DATA-INTERNAL-CODE");
        Assert.Empty(AnswerAssert.Obligations(answer));
    }

    [Theory]
    [MemberData(nameof(MaskRows))]
    public void Evaluate_InternalCode_ValueMaskedExceptItsLastFourCharacters(string value, string masked)
    {
        JsonElement answer = Batch.AnswerTo(Question(value));

        if (masked.Length == 0)
        {
            Assert.False(answer.TryGetProperty("value", out JsonElement shown), $"A value of 4 characters or fewer is never shown: {shown}");
        }
        else
        {
            Assert.Equal(masked, answer.GetProperty("value").GetString());
        }
    }

    [Theory]
    [MemberData(nameof(ValueRows))]
    public void Evaluate_InternalCode_RawValueNowhereInTheAnswer(string value)
    {
        string raw = Decode(value);
        string normalised = Normalise(raw);

        JsonElement answer = Batch.AnswerTo(Question(value));

        if (normalised.Length >= 4)
        {
            foreach (string text in AnswerAssert.Strings(answer))
            {
                Assert.DoesNotContain(raw, text, StringComparison.Ordinal);
                Assert.DoesNotContain(normalised, text, StringComparison.Ordinal);
            }
        }
    }

    [Theory]
    [MemberData(nameof(ErrorRows))]
    public void Evaluate_BadInternalCodeLine_ErrorDoesNotShowTheValue(string question)
    {
        using JsonDocument document = JsonDocument.Parse(question);
        string raw = document.RootElement.GetProperty("value").GetString()!;

        JsonElement answer = Batch.AnswerTo(question);

        string message = AnswerAssert.Error(answer);
        Assert.DoesNotContain(raw, message, StringComparison.Ordinal);
        Assert.DoesNotContain(raw, answer.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(EmptyRows))]
    public void Evaluate_ValueEmptyOnceNormalised_ErrorNamingValue(string value)
    {
        JsonElement answer = Batch.AnswerTo(Question(value));

        AnswerAssert.Error(answer, "value");
    }

    [Fact]
    public void Evaluate_InternalCodeBatch_OneAnswerPerQuestion()
    {
        CliResult result = Batch.Result;

        Assert.Equal(Enumerable.Range(1, Batch.Count).ToArray(), result.Answers.Select(a => a.GetProperty("line").GetInt32()).ToArray());
    }

    private static string Question(string value) => $$"""{"ask":"internal-code","value":"{{value}}"}""";

    private static string Decode(string jsonStringContent)
    {
        using JsonDocument document = JsonDocument.Parse("\"" + jsonStringContent + "\"");
        return document.RootElement.GetString()!;
    }

    /// <summary>RULES.md normalisation: drop Zs spaces, tabs, full stops and the three hyphens; upper-case.</summary>
    private static string Normalise(string value)
    {
        var builder = new StringBuilder();
        foreach (Rune rune in value.EnumerateRunes())
        {
            bool removed = Rune.GetUnicodeCategory(rune) == UnicodeCategory.SpaceSeparator
                || rune.Value is '\t' or '.' or '-' or 0x2010 or 0x2011;
            if (!removed)
            {
                builder.Append(Rune.ToUpperInvariant(rune).ToString());
            }
        }

        return builder.ToString();
    }
}
