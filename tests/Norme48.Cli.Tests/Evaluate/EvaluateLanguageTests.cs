using System;
using System.Linq;
using System.Text.Json;
using Xunit;

namespace Norme48.Cli.Tests.Evaluate;

/// <summary>
/// <c>--lang</c>: messages of reasons, obligations and errors follow it (default <c>en</c>); decisions, rule ids,
/// strengths and sources do not.
/// </summary>
public class EvaluateLanguageTests
{
    private static readonly string[] Questions =
    [
        """{"id":"collect","ask":"collect","field":"last-name","purpose":"orders"}""",
        """{"id":"nir","ask":"collect","field":"nir","purpose":"orders"}""",
        """{"id":"contracted","ask":"share","field":"delivery-address","recipient":"contracted-companies","basis":"contract-execution"}""",
        """{"id":"transfer","ask":"transfer","field":"purchase-history","mode":"cession","acquirerCommitment":true,"expressConsent":true}""",
        """{"id":"denied-transfer","ask":"transfer","field":"mobile-phone","mode":"cession","objected":true}""",
        """{"id":"acquirer","ask":"share","field":"last-name","recipient":"file-acquirer"}""",
        """{"id":"card","ask":"internal-code","value":"6123451234567893"}""",
        """{"id":"sector","ask":"collect","field":"last-name","purpose":"orders","sector":"health"}""",
        """{"id":"unknown-key","ask":"collect","field":{"id":"loyalty-tier","category":"commercial-relationship","colour":"red"},"purpose":"orders"}""",
        """{"id":"vocabulary","ask":"collect","field":"last-name","purpose":"ordering"}""",
        """{"id":"look-alike","ask":"collect","field":"last-name","purpose":"orders","sector":"santé"}""",
        """{"id":"unsupported","ask":"notice","items":["purposes"]}""",
        """{"id":"edition","ask":"collect","field":"last-name","purpose":"orders","edition":"ns48-2017"}""",
        """{"id":"window","ask":"retention","field":"last-name","subject":{"status":"prospect","collectedAt":"2020-01-15T09:00:00Z"},"now":"2025-06-01T00:00:00Z","edition":"ns48-2016"}""",
        """{"id":"empty-value","ask":"internal-code","value":" . "}""",
        """{"id":"wrong-type","ask":"transfer","field":"last-name","mode":"cession","objected":"no"}""",
        """{"ask":"collect",""",
    ];

    /// <summary>Words that a French sentence of these messages contains and an English one does not.</summary>
    private static readonly string[] FrenchWords = [" le ", " la ", " les ", " de ", " des ", " du ", " une ", " un ", " est ", " ne ", " pas ", " doit ", " ou ", " : ", " ; "];

    private static readonly Lazy<CliResult> Default = new(() => CliRunner.EvaluateLines(Questions));

    private static readonly Lazy<CliResult> English = new(() => CliRunner.EvaluateLines(Questions, "--lang", "en"));

    private static readonly Lazy<CliResult> French = new(() => CliRunner.EvaluateLines(Questions, "--lang", "fr"));

    public static TheoryData<int> LineNumbers => new(Enumerable.Range(1, Questions.Length));

    [Fact]
    public void Evaluate_LangOmitted_SameOutputAsLangEn()
    {
        CliResult omitted = Default.Value;

        CliResult english = English.Value;

        Assert.Equal(english.Stdout, omitted.Stdout);
        Assert.Equal(english.ExitCode, omitted.ExitCode);
        Assert.Equal(Questions.Length, english.Answers.Count);
    }

    [Theory]
    [MemberData(nameof(LineNumbers))]
    public void Evaluate_LangFr_SameDecisionInFrench(int line)
    {
        JsonElement english = English.Value.AnswerForLine(line);

        JsonElement french = French.Value.AnswerForLine(line);

        Assert.Equal(Facts(english), Facts(french));
        string[] englishMessages = Messages(english);
        string[] frenchMessages = Messages(french);
        Assert.Equal(englishMessages.Length, frenchMessages.Length);
        Assert.NotEmpty(frenchMessages);
        for (int i = 0; i < frenchMessages.Length; i++)
        {
            Assert.NotEqual(englishMessages[i], frenchMessages[i]);
            string padded = " " + frenchMessages[i].ToLowerInvariant() + " ";
            Assert.True(FrenchWords.Any(word => padded.Contains(word, StringComparison.Ordinal)), $"Not French: {frenchMessages[i]}");
        }
    }

    [Theory]
    [InlineData("unknown-key", "field.colour")]
    [InlineData("vocabulary", "purpose")]
    [InlineData("vocabulary", "orders")]
    [InlineData("look-alike", "health")]
    [InlineData("empty-value", "value")]
    [InlineData("wrong-type", "objected")]
    [InlineData("edition", "ns48-2016")]
    [InlineData("edition", "ns48-2017")]
    [InlineData("window", "subject.answerWindowDays")]
    public void Evaluate_LangFr_ErrorStillNamesTheKeyOrValue(string id, string fragment)
    {
        int line = Array.FindIndex(Questions, q => q.Contains($"\"id\":\"{id}\"", StringComparison.Ordinal)) + 1;

        JsonElement french = French.Value.AnswerForLine(line);

        AnswerAssert.Error(french, fragment);
    }

    [Fact]
    public void Evaluate_LangFrMissingAnswerWindow_FrenchErrorNamingTheKey()
    {
        int line = Array.FindIndex(Questions, q => q.Contains("\"id\":\"window\"", StringComparison.Ordinal)) + 1;

        JsonElement english = English.Value.AnswerForLine(line);
        JsonElement french = French.Value.AnswerForLine(line);

        // CONTRACT.md: from ns48-2016 on, answerWindowDays is required once now >= D (here D = 2023-01-15T09:00Z).
        string englishMessage = AnswerAssert.Error(english, "subject.answerWindowDays");
        string frenchMessage = AnswerAssert.Error(french, "subject.answerWindowDays");
        Assert.Equal("window", french.GetProperty("id").GetString());
        Assert.NotEqual(englishMessage, frenchMessage);
        Assert.Contains(" est ", frenchMessage, StringComparison.Ordinal);
        Assert.DoesNotContain(" is ", frenchMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_LangFrShareToFileAcquirer_MessageEndsAdvisingATransfer()
    {
        int line = Array.FindIndex(Questions, q => q.Contains("\"id\":\"acquirer\"", StringComparison.Ordinal)) + 1;

        JsonElement french = French.Value.AnswerForLine(line);

        string message = french.GetProperty("reasons")[0].GetProperty("message").GetString()!;
        string trimmed = message.TrimEnd().TrimEnd('.');
        string lastSentence = trimmed[(trimmed.LastIndexOf(". ", StringComparison.Ordinal) + 1)..];
        Assert.Contains("transfert", lastSentence, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Evaluate_LangFr_SameExitCode()
    {
        CliResult english = English.Value;

        CliResult french = French.Value;

        Assert.Equal(1, english.ExitCode);
        Assert.Equal(english.ExitCode, french.ExitCode);
    }

    /// <summary>Everything of an answer but its messages.</summary>
    private static string Facts(JsonElement answer)
    {
        string Text(string name) => answer.TryGetProperty(name, out JsonElement value) ? value.GetRawText() : "-";
        string Each(string name, params string[] keys) => answer.TryGetProperty(name, out JsonElement array)
            ? string.Join(";", array.EnumerateArray().Select(item => string.Join(",", keys.Select(key => item.GetProperty(key).GetRawText()))))
            : "-";

        return string.Join(
            " | ",
            Text("line"),
            Text("id"),
            Text("edition"),
            Text("verdict"),
            Text("value"),
            Text("rules"),
            answer.TryGetProperty("error", out _) ? "error" : "answer",
            Each("reasons", "rule", "strength", "source"),
            Each("obligations", "id", "rule"));
    }

    /// <summary>The messages of an answer: reasons, obligations, error.</summary>
    private static string[] Messages(JsonElement answer)
    {
        string[] reasons = answer.TryGetProperty("reasons", out JsonElement r)
            ? r.EnumerateArray().Select(item => item.GetProperty("message").GetString()!).ToArray()
            : [];
        string[] obligations = answer.TryGetProperty("obligations", out JsonElement o)
            ? o.EnumerateArray().Select(item => item.GetProperty("message").GetString()!).ToArray()
            : [];
        string[] error = answer.TryGetProperty("error", out JsonElement e) ? [e.GetString()!] : [];
        return [.. reasons, .. obligations, .. error];
    }
}
