using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;
using Xunit;

namespace Norme48.Cli.Tests.Diff;

/// <summary>End-to-end tests of <c>norme48 diff</c>: exit codes, the text lines, the JSON document and errors.</summary>
public sealed partial class DiffCommandTests : IDisposable
{
    private const string ProspectLine =
        "retention prospect: 1 year from last-contact-from-person; at most 2 unanswered solicitations since last-contact-from-person (NS48-RET-PROSPECT-1Y, NS48-RET-PROSPECT-2-UNANSWERED) ⇒ 3 years from last-contact-from-person (NS48-RET-PROSPECT-3Y)";

    private readonly string folder = Directory.CreateTempSubdirectory("norme48-diff-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Theory]
    [InlineData("ns48-2005")]
    [InlineData("ns48-2016")]
    public void Diff_SameEdition_ExitsZeroWithNoChange(string edition)
    {
        var result = CliRunner.Command("diff", "--from", edition, "--to", edition, Samples.SmallShop);

        Assert.True(result.ExitCode == 0, result.Describe());
        Assert.Equal([$"0 decisions change between {edition} and {edition}."], result.Lines);
        Assert.Equal(string.Empty, result.Stderr);
    }

    [Fact]
    public void Diff_SmallShopFrom2005To2016_ExitsOneWithOneLinePerChangeThenTheCount()
    {
        var result = CliRunner.Command("diff", "--from", "ns48-2005", "--to", "ns48-2016", Samples.SmallShop);

        Assert.True(result.ExitCode == 1, result.Describe());
        Assert.Contains(ProspectLine, result.Lines);
        Assert.Contains("retention any-person: not in this edition ⇒ at least 3 years from objection; connection-data: 13 months from tracker-set (NS48-RET-OBJECTION-LIST-3Y, NS48-RET-TRACKER-13M)", result.Lines);
        var changes = result.Lines.Take(result.Lines.Count - 1).ToArray();
        Assert.All(changes, line => Assert.Matches(ChangeLine(), line));
        Assert.Equal($"{changes.Length} decisions change between ns48-2005 and ns48-2016.", result.Lines[^1]);
        var asks = changes.Select(line => Array.IndexOf(Asks, line[..line.IndexOf(' ', StringComparison.Ordinal)])).ToArray();
        Assert.Equal(asks.Order(), asks);
        Assert.Equal(string.Empty, result.Stderr);
    }

    [Fact]
    public void Diff_SharedLoyaltyProgramme_IsDeniedIn2005AndAllowedIn2016()
    {
        var file = Write("shared-loyalty.json", SmallShopWith(
            "\"website-audience-statistics\"\n",
            "\"website-audience-statistics\", \"shared-loyalty-programme\"\n",
            "{ \"field\": \"ip-address\"",
            "{ \"field\": \"landline-phone\", \"purposes\": [\"shared-loyalty-programme\"] },\n    { \"field\": \"ip-address\""));

        var result = CliRunner.Command("diff", "--from", "ns48-2005", "--to", "ns48-2016", file);

        Assert.True(result.ExitCode == 1, result.Describe());
        Assert.Equal(
            "collect landline-phone → shared-loyalty-programme: denied (NS48-SCOPE-EXCLUDED-USE) ⇒ allowed (NS48-DATA-LISTED)",
            result.Lines[0]);
    }

    // A telephone channel to consumers is dated under ref-2021: the comparison decides it as the report does (from
    // 2026-08-11 on), instead of failing for want of an instant.
    [Fact]
    public void Diff_Ref2021ShopWithAPhoneChannel_ComparesItUnderTheConsentRule()
    {
        var result = CliRunner.Command("diff", "--from", "ns48-2005", "--to", "ref-2021", Samples.Ref2021Shop);

        Assert.True(result.ExitCode == 1, result.Describe());
        Assert.Equal(string.Empty, result.Stderr);
        Assert.Contains("solicit phone → consumer client: allowed (NS48-PROSP-OPT-OUT) ⇒ allowed (NS48-PROSP-PHONE-CONSENT)", result.Lines);
        Assert.Contains("conformity declaration: not in this edition ⇒ compliant", result.Lines);
    }

    [Fact]
    public void Diff_Json_HasFromToAndEachChangeWithBothOutcomes()
    {
        var result = CliRunner.Command("diff", "--from", "ns48-2005", "--to", "ns48-2016", "--format", "json", Samples.SmallShop);

        Assert.True(result.ExitCode == 1, result.Describe());
        using var document = JsonDocument.Parse(result.Stdout);
        var root = document.RootElement;
        Assert.Equal("ns48-2005", root.GetProperty("from").GetString());
        Assert.Equal("ns48-2016", root.GetProperty("to").GetString());
        var changes = root.GetProperty("changes").EnumerateArray().ToArray();
        Assert.NotEmpty(changes);
        Assert.All(changes, change => Assert.Equal(["ask", "subject", "before", "after"], change.EnumerateObject().Select(p => p.Name)));
        var prospect = Assert.Single(changes, c => c.GetProperty("ask").GetString() == "retention" && c.GetProperty("subject").GetString() == "prospect");
        var before = prospect.GetProperty("before");
        Assert.Equal("1 year from last-contact-from-person; at most 2 unanswered solicitations since last-contact-from-person", before.GetProperty("verdict").GetString());
        Assert.Equal(["NS48-RET-PROSPECT-1Y", "NS48-RET-PROSPECT-2-UNANSWERED"], before.GetProperty("rules").EnumerateArray().Select(r => r.GetString()));
        Assert.Equal(["NS48-RET-PROSPECT-3Y"], prospect.GetProperty("after").GetProperty("rules").EnumerateArray().Select(r => r.GetString()));
        Assert.Contains("NS48-RET-PROSPECT-3Y", prospect.GetProperty("after").GetProperty("message").GetString(), StringComparison.Ordinal);
        var anyPerson = Assert.Single(changes, c => c.GetProperty("subject").GetString() == "any-person");
        Assert.Equal(JsonValueKind.Null, anyPerson.GetProperty("before").ValueKind);
        Assert.Equal(JsonValueKind.Object, anyPerson.GetProperty("after").ValueKind);
    }

    [Fact]
    public void Diff_JsonSameEdition_ExitsZeroWithNoChanges()
    {
        var result = CliRunner.Command("diff", "--from", "ref-2021", "--to", "ref-2021", "--format", "json", Samples.SmallShop);

        Assert.True(result.ExitCode == 0, result.Describe());
        using var document = JsonDocument.Parse(result.Stdout);
        Assert.Equal(0, document.RootElement.GetProperty("changes").GetArrayLength());
    }

    [Fact]
    public void Diff_French_WritesTheAbsentSideAndTheCountInFrench()
    {
        var result = CliRunner.Command("diff", "--from", "ns48-2005", "--to", "ns48-2016", "--lang", "fr", Samples.SmallShop);

        Assert.True(result.ExitCode == 1, result.Describe());
        Assert.Contains(result.Lines, line => line.StartsWith("retention any-person: absente de cette édition ⇒ ", StringComparison.Ordinal));
        Assert.Equal($"{result.Lines.Count - 1} décisions changent entre ns48-2005 et ns48-2016.", result.Lines[^1]);
    }

    [Fact]
    public void Diff_InvalidFile_ExitsTwoWithThePlaceOfTheError()
    {
        Write("bad.json", "{\n  \"edition\": true\n}");

        var result = CliRunner.CommandIn(folder, "diff", "--from", "ns48-2005", "--to", "ns48-2016", "bad.json");

        Assert.True(result.ExitCode == 2, result.Describe());
        Assert.Contains("bad.json(2,14): $.edition:", result.Stderr, StringComparison.Ordinal);
        Assert.Equal(string.Empty, result.Stdout);
    }

    [Fact]
    public void Diff_MissingFile_ExitsTwo()
    {
        var result = CliRunner.CommandIn(folder, "diff", "--from", "ns48-2005", "--to", "ns48-2016", "missing.json");

        Assert.True(result.ExitCode == 2, result.Describe());
        Assert.Contains("missing.json(1,1): $: The file cannot be read", result.Stderr, StringComparison.Ordinal);
        Assert.Equal(string.Empty, result.Stdout);
    }

    [Theory]
    [InlineData("--to", "ns48-2016")]
    [InlineData("--from", "ns48-2005")]
    [InlineData("--from", "ns48-2005", "--to", "in-force")]
    [InlineData("--from", "ns48-2005", "--to", "ns48-2016", "--format", "markdown")]
    public void Diff_BadUsage_ExitsTwoWithUsage(params string[] options)
    {
        var result = CliRunner.Command(["diff", .. options, Samples.SmallShop]);

        Assert.True(result.ExitCode == 2, result.Describe());
        Assert.Contains("Run 'norme48 --help' for usage.", result.Stderr, StringComparison.Ordinal);
        Assert.Equal(string.Empty, result.Stdout);
    }

    private static readonly string[] Asks = ["collect", "share", "transfer", "solicit", "notice", "retention", "conformity"];

    [GeneratedRegex(@"^(collect|share|transfer|solicit|notice|retention|conformity) [^:]+: .+ ⇒ .+$")]
    private static partial Regex ChangeLine();

    private static string SmallShopWith(params string[] replacements)
    {
        var text = File.ReadAllText(Samples.SmallShop);
        for (var i = 0; i < replacements.Length; i += 2)
        {
            var changed = text.Replace(replacements[i], replacements[i + 1], StringComparison.Ordinal);
            Assert.NotEqual(text, changed);
            text = changed;
        }

        return text;
    }

    private string Write(string name, string text)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllText(path, text);
        return path;
    }
}
