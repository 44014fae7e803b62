using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using Xunit;

namespace Norme48.Cli.Tests.Audit;

/// <summary>End-to-end tests of <c>norme48 audit</c>: exit codes, errors on standard error, and the text, Markdown and JSON reports.</summary>
public sealed class AuditCommandTests : IDisposable
{
    /// <summary>A declaration with only a recommended violation: prospects kept three years after the last contact.</summary>
    private static readonly Lazy<string> RecommendedOnlyText = new(() =>
    {
        var text = File.ReadAllText(Samples.SmallShop);
        var changed = text.Replace("\"anchor\": \"last-contact-from-person\", \"period\": \"P1Y\"", "\"anchor\": \"last-contact-from-person\", \"period\": \"P3Y\"", StringComparison.Ordinal);
        Assert.NotEqual(text, changed);
        return changed;
    });

    private readonly string folder = Directory.CreateTempSubdirectory("norme48-audit-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void Audit_CompliantSample_ExitsZeroWithACompliantReport()
    {
        var result = CliRunner.Command("audit", Samples.SmallShop);

        Assert.True(result.ExitCode == 0, result.Describe());
        Assert.Contains("— edition ns48-2005", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("Verdict: compliant", result.Stdout, StringComparison.Ordinal);
        Assert.Equal(string.Empty, result.Stderr);
    }

    [Fact]
    public void Audit_NonCompliantSample_ExitsOneAndListsTheViolatedRules()
    {
        var result = CliRunner.Command("audit", Samples.NonCompliantShop);

        Assert.True(result.ExitCode == 1, result.Describe());
        Assert.Contains("NS48-DATA-NIR (mandatory)", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("NS48-RET-PROSPECT-1Y (recommended)", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Audit_OneCompliantAndOneNonCompliantFile_ExitsOneAndReportsBoth()
    {
        var result = CliRunner.Command("audit", Samples.SmallShop, Samples.NonCompliantShop);

        Assert.True(result.ExitCode == 1, result.Describe());
        Assert.Contains("File: " + Samples.SmallShop, result.Stdout, StringComparison.Ordinal);
        Assert.Contains("File: " + Samples.NonCompliantShop, result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Audit_OnlyRecommendedViolations_ExitsOneWhenEnforcedAndZeroWhenAdvised()
    {
        var file = Write("recommended-only.json", RecommendedOnlyText.Value);

        var enforced = CliRunner.Command("audit", file);
        var advised = CliRunner.Command("audit", file, "--recommendations", "advise");

        Assert.True(enforced.ExitCode == 1, enforced.Describe());
        Assert.True(advised.ExitCode == 0, advised.Describe());
        Assert.Contains("NS48-RET-PROSPECT-1Y (recommended)", advised.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Audit_AdvisedButMandatoryViolations_StillExitsOne()
    {
        var result = CliRunner.Command("audit", Samples.OnlinePublisher, "--recommendations", "advise");

        Assert.True(result.ExitCode == 1, result.Describe());
    }

    [Fact]
    public void Audit_InvalidFile_ExitsTwoWithFileLineColumnAndPathOnStandardError()
    {
        Write("bad.json", "{\n  \"edition\": \"ns48-2005\",\n  \"controler\": { \"name\": \"X\" }\n}\n");

        var result = CliRunner.CommandIn(folder, "audit", "bad.json");

        Assert.True(result.ExitCode == 2, result.Describe());
        Assert.Contains("bad.json(3,3): $.controler: Unknown property 'controler'", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("bad.json(1,1): $.controller: The required property 'controller'", result.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Audit_MalformedJson_ExitsTwoWithThePositionOfTheSyntaxError()
    {
        Write("truncated.json", "{\n  \"edition\": \"ns48-2005\",\n  \"purposes\": [\"orders\"");

        var result = CliRunner.CommandIn(folder, "audit", "truncated.json");

        Assert.True(result.ExitCode == 2, result.Describe());
        Assert.Matches(@"^truncated\.json\(3,\d+\): \$\.purposes\[0\]: The file is not valid JSON", result.Stderr);
    }

    [Fact]
    public void Audit_InvalidFileBesideANonCompliantOne_ExitsTwo()
    {
        var bad = Write("bad.json", "[]");

        var result = CliRunner.Command("audit", Samples.NonCompliantShop, bad);

        Assert.True(result.ExitCode == 2, result.Describe());
        Assert.Contains("NS48-DATA-NIR", result.Stdout, StringComparison.Ordinal);
        Assert.Contains(bad + "(1,1): $:", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Audit_MissingFile_ExitsTwoNamingTheFileWithoutAStackTrace()
    {
        var result = CliRunner.CommandIn(folder, "audit", "missing.json");

        Assert.True(result.ExitCode == 2, result.Describe());
        Assert.StartsWith("missing.json(1,1): $: The file cannot be read:", result.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Audit_DeclarationUnderNs2016_IsAuditedUnderThatEdition()
    {
        var file = Write("ns2016.json", File.ReadAllText(Samples.SmallShop).Replace("\"edition\": \"ns48-2005\"", "\"edition\": \"ns48-2016\"", StringComparison.Ordinal));

        var result = CliRunner.Command("audit", file, "--format", "json");

        Assert.True(result.ExitCode is 0 or 1, result.Describe());
        Assert.Equal(string.Empty, result.Stderr);
        var report = Parse(result.Stdout).GetProperty("files")[0];
        Assert.True(report.GetProperty("valid").GetBoolean(), result.Describe());
        Assert.Equal("ns48-2016", report.GetProperty("edition").GetString());
    }

    [Fact]
    public void Audit_2005ShopDeclaredUnderRef2021_ChecksTheArt8MeasuresInsteadOfNs48Sec()
    {
        Write("ref.json", File.ReadAllText(Samples.SmallShop).Replace("\"edition\": \"ns48-2005\"", "\"edition\": \"ref-2021\"", StringComparison.Ordinal));

        var result = CliRunner.CommandIn(folder, "audit", "ref.json");

        Assert.True(result.ExitCode == 1, result.Describe());
        Assert.Contains("— edition ref-2021", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("NS48-SEC-AUTH (recommended) — security individual-authentication", result.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("NS48-SEC (", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("limits unanswered solicitations", result.Stdout, StringComparison.Ordinal);
        Assert.Equal(string.Empty, result.Stderr);
    }

    [Fact]
    public void Audit_EditionOptionLaterForADeclarationWithoutEdition_ChecksUnderThatEdition()
    {
        var file = Write("none.json", WithoutEdition(File.ReadAllText(Samples.SmallShop)));

        var result = CliRunner.Command("audit", file, "--edition", "ns48-2016");

        Assert.True(result.ExitCode == 1, result.Describe());
        Assert.Contains("— edition ns48-2016", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("NS48-SEC-PASSWORDS (mandatory)", result.Stdout, StringComparison.Ordinal);
        Assert.Equal(string.Empty, result.Stderr);
    }

    [Fact]
    public void Audit_DeclarationsOwnEdition_WinsOverTheEditionOption()
    {
        var result = CliRunner.Command("audit", Samples.SmallShop, "--edition", "ref-2021");

        Assert.True(result.ExitCode == 0, result.Describe());
        Assert.Contains("— edition ns48-2005", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Audit_DeclarationWithoutEdition_IsCheckedUnderTheEditionOption()
    {
        var file = Write("none.json", WithoutEdition(File.ReadAllText(Samples.SmallShop)));

        var result = CliRunner.Command("audit", file, "--edition", "ns48-2005", "--format", "json");

        Assert.True(result.ExitCode == 0, result.Describe());
        Assert.Equal("ns48-2005", Parse(result.Stdout).GetProperty("files")[0].GetProperty("edition").GetString());
    }

    [Fact]
    public void Audit_French_WritesTheReportAndErrorsInFrench()
    {
        Write("bad.json", "{\"edition\": \"ns48-2005\", \"colour\": 1}");

        var report = CliRunner.Command("audit", Samples.NonCompliantShop, "--lang", "fr");
        var errors = CliRunner.CommandIn(folder, "audit", "bad.json", "--lang", "fr");

        Assert.Contains("Verdict : non conforme", report.Stdout, StringComparison.Ordinal);
        Assert.Contains("Propriété inconnue", errors.Stderr, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Audit_Markdown_WritesATitledReportNamingTheFileAndTheEdition()
    {
        var result = CliRunner.Command("audit", Samples.NonCompliantShop, "--format", "markdown");

        Assert.True(result.ExitCode == 1, result.Describe());
        Assert.StartsWith("# Conformity of Bazar Imaginaire SAS", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("File: `" + Samples.NonCompliantShop + "`", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("Edition: `ns48-2005`", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("| `NS48-DATA-NIR` | mandatory |", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Audit_Json_GivesPerFileTheEditionVerdictViolationsAndNotes()
    {
        var result = CliRunner.Command("audit", Samples.SmallShop, Samples.NonCompliantShop, "--format", "json");

        var files = Parse(result.Stdout).GetProperty("files");
        var compliant = files[0];
        var failing = files[1];
        var nir = failing.GetProperty("violations").EnumerateArray().Single(v => v.GetProperty("rule").GetString() == "NS48-DATA-NIR");

        Assert.True(result.ExitCode == 1, result.Describe());
        Assert.Equal(2, files.GetArrayLength());
        Assert.Equal("compliant", compliant.GetProperty("verdict").GetString());
        Assert.Equal(0, compliant.GetProperty("violations").GetArrayLength());
        Assert.True(compliant.GetProperty("notes").GetArrayLength() > 0);
        Assert.Equal("ns48-2005", failing.GetProperty("edition").GetString());
        Assert.Equal("non-compliant", failing.GetProperty("verdict").GetString());
        Assert.Equal("mandatory", nir.GetProperty("strength").GetString());
        Assert.Equal("field", nir.GetProperty("part").GetString());
        Assert.Equal("nir", nir.GetProperty("subject").GetString());
        Assert.Equal("The NIR may never be collected.", nir.GetProperty("message").GetString());
        Assert.False(string.IsNullOrWhiteSpace(nir.GetProperty("fix").GetString()));
        Assert.Equal("$.fields[2]", nir.GetProperty("location").GetProperty("path").GetString());
        Assert.Equal(12, nir.GetProperty("location").GetProperty("line").GetInt32());
    }

    [Fact]
    public void Audit_Ref2021Sample_ExitsZeroWithTheFormAdvisoriesAsNotes()
    {
        var result = CliRunner.Command("audit", Samples.Ref2021Shop);

        Assert.True(result.ExitCode == 0, result.Describe());
        Assert.Contains("— edition ref-2021", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("Verdict: compliant", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("- Form newsletter-signup (NS48-INFO-NOTICE, advisory)", result.Stdout, StringComparison.Ordinal);
        Assert.Equal(string.Empty, result.Stderr);
    }

    [Theory]
    [InlineData("\"basis\": \"standard-contractual-clauses\"", "\"basis\": \"article-69-exception\"", "NS48-TRANSFER-ABROAD-BASIS", "transfer-abroad", "article-69-exception", "$.transferAbroad.basis")]
    [InlineData("\"basis\": \"standard-contractual-clauses\"", "\"basis\": null", "NS48-TRANSFER-ABROAD-BASIS", "transfer-abroad", "basis", "$.transferAbroad")]
    [InlineData("\"passwordsNotInClear\": true", "\"passwordsNotInClear\": false", "NS48-SEC-PASSWORDS", "security", "passwords-not-in-clear", "$.security.passwordsNotInClear")]
    [InlineData("\"paymentAccessTraced\": true", "\"paymentAccessTraced\": null", "NS48-SEC-PAYMENT-TRACE", "security", "payment-access-traced", "$.security")]
    [InlineData("\"period\": \"P2Y\"", "\"period\": \"P30M\"", "NS48-RET-ACCOUNT-INACTIVE-2Y", "retention-policy", "any person, every field: P30M from LastActivity, then AskThenPurge", "$.retentionPolicies[5]")]
    public void Audit_Ref2021ViolationOfALaterRule_LocatedInTheFile(string from, string to, string rule, string part, string subject, string path)
    {
        var text = File.ReadAllText(Samples.Ref2021Shop);
        var changed = text.Replace(from, to, StringComparison.Ordinal);
        Assert.NotEqual(text, changed);
        var file = Write("ref-2021-changed.json", changed);

        var result = CliRunner.Command("audit", file, "--format", "json");

        Assert.True(result.ExitCode == 1, result.Describe());
        var violation = Assert.Single(Parse(result.Stdout).GetProperty("files")[0].GetProperty("violations").EnumerateArray());
        Assert.Equal(rule, violation.GetProperty("rule").GetString());
        Assert.Equal(part, violation.GetProperty("part").GetString());
        Assert.Equal(subject, violation.GetProperty("subject").GetString());
        Assert.Equal(path, violation.GetProperty("location").GetProperty("path").GetString());
    }

    [Fact]
    public void Audit_JsonWithAnInvalidFile_ListsItsErrorsAndExitsTwo()
    {
        var bad = Write("bad.json", "{\n  \"edition\": 3\n}");

        var result = CliRunner.Command("audit", bad, "--format", "json");

        var file = Parse(result.Stdout).GetProperty("files")[0];
        var error = file.GetProperty("errors").EnumerateArray().First(e => e.GetProperty("path").GetString() == "$.edition");
        Assert.True(result.ExitCode == 2, result.Describe());
        Assert.False(file.GetProperty("valid").GetBoolean());
        Assert.Equal((2, 14), (error.GetProperty("line").GetInt32(), error.GetProperty("column").GetInt32()));
    }

    [Theory]
    [InlineData("--format", "xml")]
    [InlineData("--lang", "de")]
    [InlineData("--edition", "ns48-1999")]
    [InlineData("--recommendations", "ignore")]
    public void Audit_BadOptionValue_ExitsTwoWithUsage(string option, string value)
    {
        var result = CliRunner.Command("audit", Samples.SmallShop, option, value);

        Assert.True(result.ExitCode == 2, result.Describe());
        Assert.Contains("Run 'norme48 --help' for usage.", result.Stderr, StringComparison.Ordinal);
        Assert.Equal(string.Empty, result.Stdout);
    }

    [Fact]
    public void Audit_NoFile_ExitsTwoWithUsage()
    {
        var result = CliRunner.Command("audit");

        Assert.True(result.ExitCode == 2, result.Describe());
        Assert.Contains("Run 'norme48 --help' for usage.", result.Stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("audit", "--recommendations")]
    [InlineData("rules", "--edition")]
    [InlineData("notice", "--lang")]
    public void Help_OfEachCommand_DescribesItsOptionsAndExitsZero(string command, string option)
    {
        var result = CliRunner.Command(command, "--help");

        Assert.True(result.ExitCode == 0, result.Describe());
        Assert.Contains(option, result.Stdout, StringComparison.Ordinal);
        Assert.Contains("--format", result.Stdout, StringComparison.Ordinal);
    }

    private static string WithoutEdition(string json)
    {
        var changed = json.Replace("\"edition\": \"ns48-2005\",", string.Empty, StringComparison.Ordinal);
        Assert.NotEqual(json, changed);
        return changed;
    }

    private static JsonElement Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.Clone();
    }

    private string Write(string name, string text)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllText(path, text);
        return path;
    }
}
