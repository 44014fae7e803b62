using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Norme48.Rules;
using Norme48.Vocabulary;
using Xunit;

namespace Norme48.Tests.Rules;

public sealed partial class RulebookTests
{
    private static readonly Rulebook Ns2005 = Rulebook.For(Edition.Ns2005);

    [Fact]
    public void For_Ns2005_HoldsThe31RulesOnceEachInCatalogueOrder()
    {
        var codes = Ns2005.Rules.Select(r => r.Code).ToArray();

        Assert.Same(Edition.Ns2005, Ns2005.Edition);
        Assert.Equal(31, codes.Length);
        Assert.Equal(Ns2005Spec.RuleIds, codes);
        Assert.Equal(codes.Length, codes.Distinct(StringComparer.Ordinal).Count());
    }

    // "NS48-RET-PROSPECT-1Y and NS48-RET-PROSPECT-2-UNANSWERED are recommended; every other ns48-2005 rule is mandatory,
    // interpretations included."
    [Fact]
    public void Indexer_EveryNs2005Rule_HasItsStrengthASourceAndBothLanguages()
    {
        var codes = Ns2005Spec.RuleIds;

        Assert.All(codes, code =>
        {
            var rule = Ns2005[RuleIds.Parse(code)];
            var recommended = Ns2005Spec.RecommendedRuleIds.Contains(code, StringComparer.Ordinal);
            Assert.Equal(code, rule.Code);
            Assert.True((recommended ? RuleStrength.Recommended : RuleStrength.Mandatory) == rule.Strength, $"{code} is {rule.Strength}");
            Assert.Same(Edition.Ns2005, rule.Edition);
            Assert.False(string.IsNullOrWhiteSpace(rule.Source), code);
            Assert.False(string.IsNullOrWhiteSpace(rule.Statement.English), code);
            Assert.False(string.IsNullOrWhiteSpace(rule.Statement.French), code);
        });
    }

    [Fact]
    public void Contains_IdOfALaterEdition_IsFalse()
    {
        var later = RuleIds.All.Where(id => !Ns2005Spec.RuleIds.Contains(id.ToId(), StringComparer.Ordinal)).ToArray();

        Assert.NotEmpty(later);
        Assert.All(later, id => Assert.False(Ns2005.Contains(id)));
        Assert.All(later, id => Assert.Throws<KeyNotFoundException>(() => Ns2005[id]));
    }

    // The catalogue is the bold rule entries under "## Rules of `ns48-2005`", up to the next "## " heading.
    [Fact]
    public void For_Ns2005_HoldsEveryRuleOfRulesMdOnceInItsOrder()
    {
        var specified = Ns2005RuleEntries().Select(e => e.Id).ToArray();

        var codes = Ns2005.Rules.Select(r => r.Code).ToArray();

        Assert.NotEmpty(specified);
        Assert.Equal(specified.Length, specified.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(specified, codes);
    }

    // "Each rule below is tagged: [T] official text read, [C] verbatim or concordant secondary copy"; interpretations and
    // statutes are tagged as such.
    [Fact]
    public void Rules_OfNs2005_CarryTheConfidenceTheirRulesMdTagStates()
    {
        var entries = Ns2005RuleEntries();

        Assert.All(entries, entry =>
        {
            var expected = entry.Tag switch
            {
                _ when entry.Tag.StartsWith("interpretation", StringComparison.Ordinal) => RuleConfidence.Interpretation,
                _ when entry.Tag.StartsWith("law", StringComparison.Ordinal) => RuleConfidence.Statute,
                _ when entry.Tag.StartsWith('C') => RuleConfidence.ConcordantCopy,
                _ => RuleConfidence.OfficialText,
            };
            Assert.True(expected == Ns2005[RuleIds.Parse(entry.Id)].Confidence, $"{entry.Id} [{entry.Tag}]");
        });
    }

    // "Each rule carries its source (edition, section of the norm) and a short French quote where one exists."
    [Fact]
    public void Rules_OfNs2005_CarryTheFrenchQuoteOfRulesMd()
    {
        var quoted = Ns2005RuleEntries().Where(e => e.Quote is not null).ToArray();

        Assert.NotEmpty(quoted);
        Assert.All(quoted, entry => Assert.Equal(entry.Quote, Ns2005[RuleIds.Parse(entry.Id)].Quote));
    }

    private static RuleEntry[] Ns2005RuleEntries()
    {
        var path = SharedFiles.Require(Path.Combine("norme48", "RULES.md"));
        var entries = new List<RuleEntry>();
        var inSection = false;
        foreach (var line in File.ReadLines(path))
        {
            if (line.StartsWith("## ", StringComparison.Ordinal))
            {
                inSection = line.Trim() == "## Rules of `ns48-2005`";
                continue;
            }

            if (!inSection)
            {
                continue;
            }

            foreach (Match match in BoldRuleId().Matches(line))
            {
                var quotes = FrenchQuote().Matches(line).Select(m => m.Value).ToArray();
                entries.Add(new RuleEntry(
                    match.Groups["id"].Value,
                    match.Groups["tag"].Value,
                    quotes.Length == 0 ? null : string.Join(' ', quotes)));
            }
        }

        return [.. entries];
    }

    [GeneratedRegex(@"\*\*(?<id>NS48-[A-Z0-9-]+)\*\*(?: \[(?<tag>[^\]]*)\])?")]
    private static partial Regex BoldRuleId();

    [GeneratedRegex("«[^»]*»")]
    private static partial Regex FrenchQuote();

    private sealed record RuleEntry(string Id, string Tag, string? Quote);

    // Built afresh (the editions' rulebooks are built once per process): the rules in catalogue order whatever the
    // order given, each found by its id, and no other id.
    [Fact]
    public void Constructor_RulesInAnyOrder_SortsAndIndexesThem()
    {
        var last = NewRule(RuleIds.All[^1]);
        var nir = NewRule(RuleId.DataNir);
        var first = NewRule(RuleId.ScopeSector);

        var rulebook = new Rulebook(Edition.Ns2016, [last, nir, first]);

        Assert.Same(Edition.Ns2016, rulebook.Edition);
        Assert.Equal([first, nir, last], rulebook.Rules);
        Assert.Same(nir, rulebook[RuleId.DataNir]);
        Assert.Same(first, rulebook[RuleId.ScopeSector]);
        Assert.Same(last, rulebook[RuleIds.All[^1]]);
        Assert.False(rulebook.Contains(RuleId.DataListed));
        Assert.False(rulebook.TryGet((RuleId)0, out var none));
        Assert.Null(none);
        Assert.False(rulebook.TryGet((RuleId)(RuleIds.All.Count + 1), out _));
        var missing = Assert.Throws<KeyNotFoundException>(() => rulebook[RuleId.DataListed]);
        Assert.Equal("Edition ns48-2016 has no rule NS48-DATA-LISTED.", missing.Message);
        var undefined = Assert.Throws<KeyNotFoundException>(() => rulebook[(RuleId)0]);
        Assert.Equal("Edition ns48-2016 has no rule 0.", undefined.Message);
    }

    [Fact]
    public void Constructor_RuleTwice_ThrowsNamingEditionAndRule()
    {
        var exception = Assert.Throws<InvalidOperationException>(() =>
            new Rulebook(Edition.Ns2005, [NewRule(RuleId.DataNir), NewRule(RuleId.ScopeSector), NewRule(RuleId.DataNir)]));

        Assert.Equal("The rulebook of ns48-2005 defines NS48-DATA-NIR twice.", exception.Message);
    }

    [Fact]
    public void Rules_ReadTwice_SameView()
    {
        var rulebook = Rulebook.For(Edition.Ref2021);

        Assert.Same(rulebook.Rules, rulebook.Rules);
        Assert.Same(Rulebook.For(Edition.Ref2021), rulebook);
        Assert.Same(Edition.Ns2016, Rulebook.For(Edition.Ns2016).Edition);
    }

    private static Rule NewRule(RuleId id) =>
        new(id, Edition.Ns2005, RuleStrength.Mandatory, RuleConfidence.Interpretation, "test", null, new LocalizedText("A rule.", "Une règle."));

    // Each catalogue builds its rules once per process, through its own Rule(…) helper, which gives each rule its
    // edition and strength: called afresh for every rule of the edition, it gives what the rulebook holds (whose
    // strengths the tests above and LaterEditionRulebookTests hold to RULES.md).
    [Theory]
    [InlineData("ns48-2005")]
    [InlineData("ns48-2016")]
    [InlineData("ref-2021")]
    public void CatalogueRuleHelper_EveryRuleOfTheEdition_SameEditionStrengthAndTexts(string editionId)
    {
        var rulebook = Rulebook.For(Edition.Parse(editionId));
        Func<RuleId, RuleConfidence, string, string?, string, string, Rule> helper = editionId switch
        {
            "ns48-2005" => Catalogue2005.Rule,
            "ns48-2016" => Catalogue2016.Rule,
            _ => Catalogue2021.Rule,
        };

        Assert.All(rulebook.Rules, rule =>
        {
            var built = helper(rule.Id, rule.Confidence, rule.Source, rule.Quote, rule.Statement.English, rule.Statement.French);
            Assert.Equal((rule.Id, rule.Edition, rule.Strength, rule.Confidence, rule.Source, rule.Quote), (built.Id, built.Edition, built.Strength, built.Confidence, built.Source, built.Quote));
            Assert.Equal(rule.Statement, built.Statement);
        });
    }
}
