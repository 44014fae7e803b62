using System;
using System.Linq;
using System.Text.Json;
using Xunit;

namespace Norme48.Cli.Tests.Rulebooks;

/// <summary>End-to-end tests of <c>norme48 rules</c>.</summary>
public sealed class RulesCommandTests
{
    [Fact]
    public void Rules_Json_Lists31RulesOfNs2005WithTheirStrengths()
    {
        var result = CliRunner.Command("rules", "--format", "json");

        using var document = JsonDocument.Parse(result.Stdout);
        var rules = document.RootElement.GetProperty("rules").EnumerateArray().ToArray();
        string Strength(string id) => rules.Single(r => r.GetProperty("id").GetString() == id).GetProperty("strength").GetString()!;
        Assert.True(result.ExitCode == 0, result.Describe());
        Assert.Equal("ns48-2005", document.RootElement.GetProperty("edition").GetString());
        Assert.Equal(31, rules.Length);
        Assert.Equal(31, rules.Select(r => r.GetProperty("id").GetString()).Distinct().Count());
        Assert.Equal(["NS48-RET-PROSPECT-1Y", "NS48-RET-PROSPECT-2-UNANSWERED"], rules.Where(r => r.GetProperty("strength").GetString() == "recommended").Select(r => r.GetProperty("id").GetString()!).Order());
        Assert.Equal(29, rules.Count(r => r.GetProperty("strength").GetString() == "mandatory"));
        Assert.Equal("mandatory", Strength("NS48-DATA-NIR"));
        Assert.All(rules, rule =>
        {
            Assert.False(string.IsNullOrWhiteSpace(rule.GetProperty("source").GetString()));
            Assert.False(string.IsNullOrWhiteSpace(rule.GetProperty("text").GetString()));
        });
    }

    [Fact]
    public void Rules_Json_GivesTheNormsFrenchWordsAndTheEnglishStatement()
    {
        var result = CliRunner.Command("rules", "--format", "json", "--edition", "ns48-2005");

        using var document = JsonDocument.Parse(result.Stdout);
        var sector = document.RootElement.GetProperty("rules").EnumerateArray().Single(r => r.GetProperty("id").GetString() == "NS48-SCOPE-SECTOR");
        Assert.Contains("Santé, éducation, banque, et assurance", sector.GetProperty("quote").GetString(), StringComparison.Ordinal);
        Assert.StartsWith("Health, education, banking and insurance", sector.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Equal("NS-48 (2005), Résumé", sector.GetProperty("source").GetString());
    }

    [Fact]
    public void Rules_Markdown_HasARowPerRule()
    {
        var result = CliRunner.Command("rules");

        Assert.True(result.ExitCode == 0, result.Describe());
        Assert.StartsWith("# Rules of ns48-2005", result.Stdout, StringComparison.Ordinal);
        Assert.Equal(31, result.Lines.Count(line => line.StartsWith("| `NS48-", StringComparison.Ordinal)));
        Assert.Contains("| `NS48-RET-PROSPECT-1Y` | recommended |", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Rules_Ref2021_ListsItsRulebook()
    {
        var result = CliRunner.Command("rules", "--edition", "ref-2021", "--format", "json");

        Assert.True(result.ExitCode == 0, result.Describe());
        using var document = JsonDocument.Parse(result.Stdout);
        Assert.Equal("ref-2021", document.RootElement.GetProperty("edition").GetString());
        var rules = document.RootElement.GetProperty("rules").EnumerateArray().ToArray();
        var ids = rules.Select(r => r.GetProperty("id").GetString()!).ToArray();
        string Strength(string id) => rules.Single(r => r.GetProperty("id").GetString() == id).GetProperty("strength").GetString()!;

        // RULES.md, the edition table: present in ref-2021 ...
        Assert.Contains("NS48-RET-PROSPECT-3Y", ids);
        Assert.Contains("NS48-RET-PROSPECT-RECONTACT", ids);
        Assert.Contains("NS48-RET-CLIENT-PROSPECTING-3Y", ids);
        Assert.Contains("NS48-RET-ACCOUNT-INACTIVE-2Y", ids);
        Assert.Contains("NS48-PROSP-SOFT-OPT-IN", ids);
        Assert.Contains("NS48-PROSP-B2B", ids);
        Assert.Contains("NS48-PROSP-PHONE-CONSENT", ids);

        // ... and dropped, replaced, or outside the référentiel.
        Assert.DoesNotContain("NS48-RET-PROSPECT-1Y", ids);
        Assert.DoesNotContain("NS48-RET-PROSPECT-2-UNANSWERED", ids);
        Assert.DoesNotContain("NS48-PROSP-EXCEPTION-OBJECTION", ids);
        Assert.DoesNotContain("NS48-RET-TRACKER-13M", ids);
        Assert.DoesNotContain("NS48-INFO-COOKIES", ids);
        Assert.DoesNotContain("NS48-SEC", ids);
        Assert.Equal(ids.Length, ids.Distinct().Count());

        // RULES.md, "Strength": ref-2021 is guidance, except the rules restating a statute.
        Assert.Equal("recommended", Strength("NS48-DATA-LISTED"));
        Assert.Equal("mandatory", Strength("NS48-PROSP-OBJECTED"));
        string[] mandatory =
        [
            "NS48-TRANSFER-OBJECTION", "NS48-PROSP-OBJECTED", "NS48-PROSP-E-CONSENT", "NS48-PROSP-SOFT-OPT-IN", "NS48-PROSP-B2B",
            "NS48-PROSP-OPT-OUT", "NS48-PROSP-PHONE-CONSENT",
        ];
        Assert.Equal(mandatory.Order(), rules.Where(r => r.GetProperty("strength").GetString() == "mandatory").Select(r => r.GetProperty("id").GetString()!).Order());
    }

    [Fact]
    public void Rules_Ns2016Markdown_HasItsOwnTitleAndRules()
    {
        var result = CliRunner.Command("rules", "--edition", "ns48-2016");

        Assert.True(result.ExitCode == 0, result.Describe());
        Assert.StartsWith("# Rules of ns48-2016", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("| `NS48-RET-TRACKER-13M` |", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("| `NS48-RET-PROSPECT-RECONTACT` | recommended |", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("| `NS48-RET-PROSPECT-3Y` | mandatory |", result.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("`NS48-RET-PROSPECT-1Y`", result.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("`NS48-RET-ACCOUNT-INACTIVE-2Y`", result.Stdout, StringComparison.Ordinal);
    }
}
