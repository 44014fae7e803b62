using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.Json;
using Xunit;

namespace Norme48.Cli.Tests.Evaluate;

/// <summary>CONTRACT.md, "Stream": one answer per non-blank line, in order, with its line number and id; exit codes.</summary>
public class EvaluateStreamTests
{
    private const int OneMebibyte = 1024 * 1024;

    private static readonly string[] EchoedIds =
    [
        "\"q1\"",
        "7",
        "1.50",
        "-0",
        "1e3",
        "1E+3",
        "12345678901234567890123456789",
        "\"x\\u00e9\\\"y\\\\z\"",
        "\"caf\\u00E9 \\/ \\t\"",
        "\"café\"",
        "\"\"",
    ];

    private static readonly string[] WrongTypeIds = ["{\"a\":1}", "[1]", "true", "false"];

    private static readonly string[] NotJsonObjects =
    [
        """{"ask":"collect",""",
        "[1,2]",
        "[]",
        "\"a string\"",
        "42",
        "null",
        """{"ask":"collect","field":"last-name","purpose":"orders"} {"ask":"collect"}""",
        """{'ask':'collect','field':'last-name','purpose':'orders'}""",
        """{"ask":"collect","field":"last-name","purpose":"orders",}""",
        """{"ask":"collect","field":"last-name","purpose":"orders"} // comment""",
        """{"ask":"collect","field":"last-name","purpose":"orders"}}""",
        """{"ask":"collect","field":"last-name","purpose":"orders","sector":""" + new string('[', 200) + new string(']', 200) + "}",
    ];

    private const string NullIdQuestion = """{"id":null,"ask":"collect","field":"last-name","purpose":"orders"}""";

    private const string LateIdQuestion = """{"colour":"red","id":"late","ask":"collect","field":"last-name","purpose":"orders"}""";

    /// <summary>Independent one-line checks, answered by a single run; each bad line is followed by other lines.</summary>
    private static readonly QuestionBatch Batch = new(
    [
        .. EchoedIds.Select(WithId),
        .. WrongTypeIds.Select(WithId),
        NullIdQuestion,
        LateIdQuestion,
        .. NotJsonObjects,
        Collect("batch-end"),
    ]);

    public static TheoryData<string> Ids => new(EchoedIds);

    public static TheoryData<string> WrongIds => new(WrongTypeIds);

    public static TheoryData<string> NotObjects => new(NotJsonObjects);

    [Fact]
    public void Evaluate_BlankAndWhiteSpaceLines_SkippedButCounted()
    {
        string[] lines = [Collect("a"), "", Collect("b"), "   ", "\t", Collect("c"), " \t ", "", Collect("d")];

        CliResult result = CliRunner.EvaluateLines(lines);

        Assert.Equal([1, 3, 6, 9], result.Answers.Select(a => a.GetProperty("line").GetInt32()).ToArray());
        Assert.Equal(["a", "b", "c", "d"], result.Answers.Select(a => a.GetProperty("id").GetString()).ToArray());
        Assert.Equal(0, result.ExitCode);
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Evaluate_IdAsWritten_EchoedExactly(string id)
    {
        string question = WithId(id);

        JsonElement answer = Batch.AnswerTo(question);

        Assert.False(answer.TryGetProperty("error", out _), answer.ToString());
        Assert.Equal(id, answer.GetProperty("id").GetRawText());
    }

    [Theory]
    [MemberData(nameof(WrongIds))]
    public void Evaluate_IdOfWrongType_ErrorLineWithoutId(string id)
    {
        string question = WithId(id);

        JsonElement answer = Batch.AnswerTo(question);

        AnswerAssert.Error(answer, "id");
        Assert.False(answer.TryGetProperty("id", out _), answer.ToString());
    }

    [Fact]
    public void Evaluate_NullId_AnsweredWithoutId()
    {
        string question = NullIdQuestion;

        JsonElement answer = Batch.AnswerTo(question);

        AnswerAssert.Decision(answer, "allowed", "NS48-DATA-LISTED");
        Assert.False(answer.TryGetProperty("id", out _), answer.ToString());
    }

    [Fact]
    public void Evaluate_ErrorAfterTheId_ErrorLineEchoesId()
    {
        string question = LateIdQuestion;

        JsonElement answer = Batch.AnswerTo(question);

        AnswerAssert.Error(answer, "colour");
        Assert.Equal("late", answer.GetProperty("id").GetString());
    }

    [Theory]
    [MemberData(nameof(NotObjects))]
    public void Evaluate_NotAJsonObject_ErrorLineWithoutId(string line)
    {
        string question = line;

        JsonElement answer = Batch.AnswerTo(question);

        AnswerAssert.Error(answer);
        Assert.False(answer.TryGetProperty("id", out _), answer.ToString());
    }

    [Fact]
    public void Evaluate_BadLinesInABatch_EveryLineAnsweredInOrderAndExitCodeOne()
    {
        CliResult result = Batch.Result;

        Assert.Equal(Enumerable.Range(1, result.Answers.Count).ToArray(), result.Answers.Select(a => a.GetProperty("line").GetInt32()).ToArray());
        Assert.Equal(Batch.Count, result.Answers.Count);
        Assert.Equal("batch-end", result.Answers[^1].GetProperty("id").GetString());
        Assert.Equal(1, result.ExitCode);
    }

    [Fact]
    public void Evaluate_LeadingByteOrderMark_Ignored()
    {
        byte[] input = [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Collect("bom") + "\n" + Collect("second") + "\n")];

        CliResult result = CliRunner.Evaluate(input);

        AnswerAssert.Decision(result.AnswerForLine(1), "allowed", "NS48-DATA-LISTED");
        Assert.Equal("bom", result.AnswerForLine(1).GetProperty("id").GetString());
        Assert.Equal("second", result.AnswerForLine(2).GetProperty("id").GetString());
        Assert.Equal(0, result.ExitCode);
    }

    [Fact]
    public void Evaluate_ByteOrderMarkThenBlankLine_FirstQuestionIsLineTwo()
    {
        byte[] input = [0xEF, 0xBB, 0xBF, (byte)'\n', .. Encoding.UTF8.GetBytes(Collect("after-bom") + "\n")];

        CliResult result = CliRunner.Evaluate(input);

        JsonElement answer = Assert.Single(result.Answers);
        Assert.Equal(2, answer.GetProperty("line").GetInt32());
        AnswerAssert.Decision(answer, "allowed", "NS48-DATA-LISTED");
        Assert.Equal(0, result.ExitCode);
    }

    [Fact]
    public void Evaluate_CrlfLineEndings_AnsweredLikeLf()
    {
        string input = Collect("one") + "\r\n" + "\r\n" + "  \r\n" + Transfer("two") + "\r\n";

        CliResult result = CliRunner.Evaluate(input);

        Assert.Equal([1, 4], result.Answers.Select(a => a.GetProperty("line").GetInt32()).ToArray());
        AnswerAssert.Decision(result.AnswerForLine(1), "allowed", "NS48-DATA-LISTED");
        AnswerAssert.Decision(result.AnswerForLine(4), "allowed", "NS48-TRANSFER-IDENTITY-SITUATION");
        Assert.Equal("two", result.AnswerForLine(4).GetProperty("id").GetString());
        Assert.Equal(0, result.ExitCode);
    }

    [Fact]
    public void Evaluate_LastLineWithoutNewline_Answered()
    {
        string input = Collect("first") + "\n" + Collect("last");

        CliResult result = CliRunner.Evaluate(input);

        Assert.Equal(2, result.Answers.Count);
        Assert.Equal("last", result.AnswerForLine(2).GetProperty("id").GetString());
        Assert.EndsWith("\n", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_EmptyInput_NoAnswerAndExitCodeZero()
    {
        CliResult result = CliRunner.Evaluate("\n  \n\t\n");

        Assert.Empty(result.Stdout);
        Assert.Equal(0, result.ExitCode);
    }

    [Fact]
    public void Evaluate_LineLongerThanOneMebibyte_ErrorLineAndFollowingLinesAnswered()
    {
        byte[] input =
        [
            .. Encoding.UTF8.GetBytes(Collect("before") + "\n"),
            .. Padded(Collect("huge"), OneMebibyte + 1), (byte)'\n',
            .. Encoding.UTF8.GetBytes(Collect("after") + "\n"),
            .. Padded(Collect("much-longer"), 6 * OneMebibyte), (byte)'\n',
            .. Padded(Collect("huge-last"), OneMebibyte + 1),
        ];

        CliResult result = CliRunner.Evaluate(input);

        Assert.Equal([1, 2, 3, 4, 5], result.Answers.Select(a => a.GetProperty("line").GetInt32()).ToArray());
        AnswerAssert.Decision(result.AnswerForLine(1), "allowed", "NS48-DATA-LISTED");
        AnswerAssert.Error(result.AnswerForLine(2));
        AnswerAssert.Decision(result.AnswerForLine(3), "allowed", "NS48-DATA-LISTED");
        Assert.Equal("after", result.AnswerForLine(3).GetProperty("id").GetString());
        AnswerAssert.Error(result.AnswerForLine(4));
        AnswerAssert.Error(result.AnswerForLine(5));
        Assert.Equal(1, result.ExitCode);
    }

    [Fact]
    public void Evaluate_LineOfExactlyOneMebibyte_AnsweredNormally()
    {
        byte[] input =
        [
            .. Padded(Collect("exact"), OneMebibyte), (byte)'\n',
            .. Padded(Collect("exact-crlf"), OneMebibyte), (byte)'\r', (byte)'\n',
        ];

        CliResult result = CliRunner.Evaluate(input);

        AnswerAssert.Decision(result.AnswerForLine(1), "allowed", "NS48-DATA-LISTED");
        Assert.Equal("exact", result.AnswerForLine(1).GetProperty("id").GetString());
        AnswerAssert.Decision(result.AnswerForLine(2), "allowed", "NS48-DATA-LISTED");
        Assert.Equal("exact-crlf", result.AnswerForLine(2).GetProperty("id").GetString());
        Assert.Equal(0, result.ExitCode);
    }

    [Fact]
    public void Evaluate_OnlyAnsweredLinesAllowedOrDenied_ExitCodeZero()
    {
        string[] lines =
        [
            Collect("allowed"),
            """{"id":"denied","ask":"collect","field":"nir","purpose":"orders"}""",
            """{"id":"out","ask":"share","field":"last-name","recipient":"commercial-staff","sector":"health"}""",
        ];

        CliResult result = CliRunner.EvaluateLines(lines);

        Assert.Equal(3, result.Answers.Count);
        Assert.Equal("denied", result.AnswerForLine(2).GetProperty("verdict").GetString());
        Assert.Equal(0, result.ExitCode);
    }

    [Fact]
    public void Evaluate_OneErrorLine_ExitCodeOneAndOtherLinesAnswered()
    {
        string[] lines = [Collect("a"), """{"id":"bad","ask":"collect","field":"last-name","purpose":"orders","colour":1}""", Collect("c")];

        CliResult result = CliRunner.EvaluateLines(lines);

        AnswerAssert.Decision(result.AnswerForLine(1), "allowed", "NS48-DATA-LISTED");
        AnswerAssert.Error(result.AnswerForLine(2), "colour");
        AnswerAssert.Decision(result.AnswerForLine(3), "allowed", "NS48-DATA-LISTED");
        Assert.Equal(1, result.ExitCode);
    }

    [Theory]
    [InlineData("--edition", "bogus")]
    [InlineData("--lang", "de")]
    [InlineData("--colour")]
    public void Evaluate_BadUsage_ExitCodeTwoAndNothingOnStdout(params string[] arguments)
    {
        CliResult result = CliRunner.EvaluateLines([Collect("a")], arguments);

        Assert.Equal(2, result.ExitCode);
        Assert.Empty(result.Stdout);
        Assert.False(string.IsNullOrWhiteSpace(result.Stderr));
    }

    [Theory]
    [InlineData("%FF{\"ask\":\"collect\",\"field\":\"last-name\",\"purpose\":\"orders\"}")]
    [InlineData("{\"ask\":\"internal-code\",\"value\":\"ab%FFcd\"}")]
    [InlineData("{\"id\":\"q%C3\",\"ask\":\"collect\",\"field\":\"last-name\",\"purpose\":\"orders\"}")]
    [InlineData("{\"ask\":\"collect\",\"field\":\"last-name\",\"purpose\":\"orders\",\"sector\":\"sant%E9\"}")]
    public void Evaluate_InvalidUtf8_ErrorLineAndNextLinesAnswered(string line)
    {
        byte[] input =
        [
            .. Encoding.UTF8.GetBytes(Collect("before") + "\n"),
            .. WithRawBytes(line), (byte)'\n',
            .. Encoding.UTF8.GetBytes(Collect("after") + "\n"),
        ];

        CliResult result = CliRunner.Evaluate(input);

        Assert.True(result.Answers.Count == 3, "One answer per line expected; " + result.Describe());
        AnswerAssert.Error(result.AnswerForLine(2));
        Assert.Equal("after", result.AnswerForLine(3).GetProperty("id").GetString());
        Assert.Equal(1, result.ExitCode);
    }

    [Theory]
    [InlineData("""{"ask":"internal-code","value":"\uD800abcde"}""")]
    [InlineData("""{"id":"\uDC00","ask":"collect","field":"last-name","purpose":"orders"}""")]
    public void Evaluate_UnpairedSurrogateEscape_LineAnsweredAndNextLinesAnswered(string line)
    {
        string[] lines = [Collect("before"), line, Collect("after")];

        CliResult result = CliRunner.EvaluateLines(lines);

        Assert.True(result.Answers.Count == 3, "One answer per line expected; " + result.Describe());
        Assert.Equal("after", result.AnswerForLine(3).GetProperty("id").GetString());
        Assert.Equal(result.AnswerForLine(2).TryGetProperty("error", out _) ? 1 : 0, result.ExitCode);
    }

    private static string WithId(string id) => $$"""{"id":{{id}},"ask":"collect","field":"last-name","purpose":"orders"}""";

    private static string Collect(string id) => $$"""{"id":"{{id}}","ask":"collect","field":"last-name","purpose":"orders"}""";

    private static string Transfer(string id) =>
        $$"""{"id":"{{id}}","ask":"transfer","field":"email-address","mode":"rental","acquirerCommitment":true}""";

    /// <summary>The question followed by spaces (JSON white space) up to exactly <paramref name="length"/> bytes.</summary>
    private static byte[] Padded(string question, int length)
    {
        byte[] bytes = Encoding.UTF8.GetBytes(question);
        byte[] line = new byte[length];
        bytes.CopyTo(line, 0);
        line.AsSpan(bytes.Length).Fill((byte)' ');
        return line;
    }

    /// <summary>UTF-8 of <paramref name="text"/> where each <c>%XX</c> stands for the raw byte 0xXX.</summary>
    private static byte[] WithRawBytes(string text)
    {
        var bytes = new List<byte>();
        for (int i = 0; i < text.Length; i++)
        {
            if (text[i] == '%')
            {
                bytes.Add(byte.Parse(text.AsSpan(i + 1, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
                i += 2;
            }
            else
            {
                bytes.AddRange(Encoding.UTF8.GetBytes(text[i].ToString()));
            }
        }

        return [.. bytes];
    }
}
