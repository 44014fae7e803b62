using System;
using System.Collections.Generic;
using System.Linq;
using Norme48.Declarations;
using Norme48.Rules;
using Norme48.Vocabulary;
using Xunit;

namespace Norme48.Tests.Rules;

/// <summary>The rulebooks of <c>ns48-2016</c> and <c>ref-2021</c>, against the edition table of RULES.md.</summary>
public sealed class LaterEditionRulebookTests
{
    // The edition table of RULES.md, column ns48-2016, in catalogue order (RuleId order): the 2005 rules without
    // NS48-RET-PROSPECT-1Y, NS48-RET-PROSPECT-2-UNANSWERED ("dropped"), NS48-PROSP-EXCEPTION-OBJECTION, NS48-SEC and
    // NS48-TRANSFER-OUTSIDE-EU ("replaced by"), then the later ids the column ticks.
    private static readonly string[] Ns2016Ids =
    [
        "NS48-SCOPE-SECTOR", "NS48-SCOPE-EXCLUDED-USE", "NS48-DATA-NIR", "NS48-DATA-CONNECTION-STATS-ONLY", "NS48-DATA-LISTED",
        "NS48-DATA-INTERNAL-CODE", "NS48-RCPT-ACCESS", "NS48-RCPT-PUBLIC-BODIES", "NS48-RCPT-DEBT-RECOVERY", "NS48-RCPT-UNKNOWN",
        "NS48-TRANSFER-INTERNAL-CODE", "NS48-TRANSFER-IDENTITY-SITUATION", "NS48-TRANSFER-OBJECTION",
        "NS48-TRANSFER-SENSITIVE-CONSENT", "NS48-TRANSFER-RELATIONSHIP-CONSENT", "NS48-TRANSFER-OTHER", "NS48-RET-CLIENT",
        "NS48-RET-CLIENT-PROOF", "NS48-RET-PROSPECT-NECESSARY", "NS48-INFO-NOTICE", "NS48-INFO-PROSPECTING-OBJECTION",
        "NS48-PROSP-E-CONSENT", "NS48-PROSP-CHECKBOX", "NS48-PROSP-OBJECTED", "NS48-PROSP-OPT-OUT", "NS48-INFO-COOKIES",
        "NS48-RET-PROSPECT-3Y", "NS48-RET-PROSPECT-RECONTACT", "NS48-RET-CLIENT-PROSPECTING-3Y", "NS48-RET-CARD-TRANSACTION",
        "NS48-RET-CARD-DISPUTE", "NS48-RET-CARD-CVV", "NS48-RET-CARD-CONSENT", "NS48-RET-TRACKER-13M",
        "NS48-RET-OBJECTION-LIST-3Y", "NS48-PROSP-SOFT-OPT-IN", "NS48-PROSP-B2B", "NS48-SEC-AUTH", "NS48-SEC-PASSWORDS",
        "NS48-SEC-TRANSIT", "NS48-SEC-PAYMENT-TRACE", "NS48-TRANSFER-ABROAD-BASIS",
    ];

    // Column ref-2021: as ns48-2016 without NS48-INFO-COOKIES and NS48-RET-TRACKER-13M ("outside the référentiel"), with
    // NS48-RET-ACCOUNT-INACTIVE-2Y and NS48-PROSP-PHONE-CONSENT.
    private static readonly string[] Ref2021Ids =
    [
        "NS48-SCOPE-SECTOR", "NS48-SCOPE-EXCLUDED-USE", "NS48-DATA-NIR", "NS48-DATA-CONNECTION-STATS-ONLY", "NS48-DATA-LISTED",
        "NS48-DATA-INTERNAL-CODE", "NS48-RCPT-ACCESS", "NS48-RCPT-PUBLIC-BODIES", "NS48-RCPT-DEBT-RECOVERY", "NS48-RCPT-UNKNOWN",
        "NS48-TRANSFER-INTERNAL-CODE", "NS48-TRANSFER-IDENTITY-SITUATION", "NS48-TRANSFER-OBJECTION",
        "NS48-TRANSFER-SENSITIVE-CONSENT", "NS48-TRANSFER-RELATIONSHIP-CONSENT", "NS48-TRANSFER-OTHER", "NS48-RET-CLIENT",
        "NS48-RET-CLIENT-PROOF", "NS48-RET-PROSPECT-NECESSARY", "NS48-INFO-NOTICE", "NS48-INFO-PROSPECTING-OBJECTION",
        "NS48-PROSP-E-CONSENT", "NS48-PROSP-CHECKBOX", "NS48-PROSP-OBJECTED", "NS48-PROSP-OPT-OUT",
        "NS48-RET-PROSPECT-3Y", "NS48-RET-PROSPECT-RECONTACT", "NS48-RET-CLIENT-PROSPECTING-3Y", "NS48-RET-CARD-TRANSACTION",
        "NS48-RET-CARD-DISPUTE", "NS48-RET-CARD-CVV", "NS48-RET-CARD-CONSENT", "NS48-RET-OBJECTION-LIST-3Y",
        "NS48-RET-ACCOUNT-INACTIVE-2Y", "NS48-PROSP-SOFT-OPT-IN", "NS48-PROSP-B2B", "NS48-PROSP-PHONE-CONSENT",
        "NS48-SEC-AUTH", "NS48-SEC-PASSWORDS", "NS48-SEC-TRANSIT", "NS48-SEC-PAYMENT-TRACE", "NS48-TRANSFER-ABROAD-BASIS",
    ];

    // "Every ns48-2016 rule is mandatory, being a condition of the norm, except NS48-RET-PROSPECT-RECONTACT, recommended."
    private static readonly string[] Ns2016Recommended = ["NS48-RET-PROSPECT-RECONTACT"];

    // "Every ref-2021 rule is recommended, the référentiel being guidance — except those that restate a statute, which stay
    // mandatory."
    private static readonly string[] Ref2021Mandatory =
    [
        "NS48-TRANSFER-OBJECTION", "NS48-PROSP-OBJECTED", "NS48-PROSP-E-CONSENT", "NS48-PROSP-SOFT-OPT-IN", "NS48-PROSP-B2B",
        "NS48-PROSP-OPT-OUT", "NS48-PROSP-PHONE-CONSENT",
    ];

    // The rules whose later content is the 2005 list, "lists unconfirmed" in the edition table.
    private static readonly string[] UnconfirmedListIds =
    [
        "NS48-DATA-LISTED", "NS48-RCPT-ACCESS", "NS48-RCPT-PUBLIC-BODIES", "NS48-RCPT-DEBT-RECOVERY", "NS48-RCPT-UNKNOWN",
        "NS48-TRANSFER-INTERNAL-CODE", "NS48-TRANSFER-IDENTITY-SITUATION", "NS48-TRANSFER-SENSITIVE-CONSENT",
        "NS48-TRANSFER-RELATIONSHIP-CONSENT", "NS48-TRANSFER-OTHER",
    ];

    public static TheoryData<string> LaterEditionIds => ["ns48-2016", "ref-2021"];

    [Fact]
    public void For_Ns2016_HoldsTheRulesOfItsColumnInCatalogueOrder()
    {
        var rulebook = Rulebook.For(Edition.Ns2016);

        Assert.Same(Edition.Ns2016, rulebook.Edition);
        Assert.Equal(Ns2016Ids, rulebook.Rules.Select(r => r.Code));
    }

    [Fact]
    public void For_Ref2021_HoldsTheRulesOfItsColumnInCatalogueOrder()
    {
        var rulebook = Rulebook.For(Edition.Ref2021);

        Assert.Same(Edition.Ref2021, rulebook.Edition);
        Assert.Equal(Ref2021Ids, rulebook.Rules.Select(r => r.Code));
    }

    [Fact]
    public void For_EveryEdition_ReturnsItsOwnRulebookEachTime()
    {
        var rulebooks = Edition.All.Select(Rulebook.For).ToArray();

        Assert.Equal(Edition.All, rulebooks.Select(b => b.Edition));
        Assert.Equal(rulebooks.Length, rulebooks.Distinct().Count());
        Assert.All(Edition.All, edition => Assert.Same(Rulebook.For(edition), Rulebook.For(edition)));
    }

    [Fact]
    public void For_Null_ThrowsArgumentNullException()
    {
        var exception = Assert.Throws<ArgumentNullException>(() => Rulebook.For(null!));

        Assert.Equal("edition", exception.ParamName);
    }

    [Fact]
    public void Contains_IdOutsideTheColumn_IsFalseAndTheIndexerThrows()
    {
        AssertAbsent(Edition.Ns2016, Ns2016Ids);
        AssertAbsent(Edition.Ref2021, Ref2021Ids);

        static void AssertAbsent(Edition edition, string[] present)
        {
            var rulebook = Rulebook.For(edition);
            var absent = RuleIds.All.Where(id => !present.Contains(id.ToId(), StringComparer.Ordinal)).ToArray();
            Assert.NotEmpty(absent);
            Assert.All(absent, id => Assert.False(rulebook.Contains(id), $"{edition.Id} has {id.ToId()}"));
            Assert.All(absent, id => Assert.Throws<KeyNotFoundException>(() => rulebook[id]));
        }
    }

    [Fact]
    public void Rules_OfNs2016_AreMandatoryExceptTheRecontact()
    {
        var rules = Rulebook.For(Edition.Ns2016).Rules;

        Assert.All(rules, rule =>
        {
            var expected = Ns2016Recommended.Contains(rule.Code, StringComparer.Ordinal) ? RuleStrength.Recommended : RuleStrength.Mandatory;
            Assert.True(expected == rule.Strength, $"{rule.Code} is {rule.Strength}");
        });
    }

    [Fact]
    public void Rules_OfRef2021_AreRecommendedExceptThoseRestatingAStatute()
    {
        var rules = Rulebook.For(Edition.Ref2021).Rules;

        Assert.All(rules, rule =>
        {
            var expected = Ref2021Mandatory.Contains(rule.Code, StringComparer.Ordinal) ? RuleStrength.Mandatory : RuleStrength.Recommended;
            Assert.True(expected == rule.Strength, $"{rule.Code} is {rule.Strength}");
        });
        Assert.All(Ref2021Mandatory, code => Assert.Contains(code, rules.Select(r => r.Code)));
    }

    [Theory]
    [MemberData(nameof(LaterEditionIds))]
    public void Rules_OfALaterEdition_BelongToItAndCarryASourceAndBothLanguages(string editionId)
    {
        var edition = Edition.All.Single(e => e.Id == editionId);

        var rules = Rulebook.For(edition).Rules;

        Assert.All(rules, rule =>
        {
            Assert.Same(edition, rule.Edition);
            Assert.False(string.IsNullOrWhiteSpace(rule.Source), rule.Code);
            Assert.False(string.IsNullOrWhiteSpace(rule.Statement.English), rule.Code);
            Assert.False(string.IsNullOrWhiteSpace(rule.Statement.French), rule.Code);
            Assert.True(rule.Source.Length <= 80, $"{rule.Code}: source too long: {rule.Source}");
        });
    }

    // "A rule id names one obligation: each edition that has it gives it its own source, quote, strength and texts."
    [Fact]
    public void Rules_SharedByTwoEditions_AreDistinctObjectsWithTheirOwnSource()
    {
        var ns2005 = Rulebook.For(Edition.Ns2005);
        var ns2016 = Rulebook.For(Edition.Ns2016);
        var ref2021 = Rulebook.For(Edition.Ref2021);

        foreach (var (earlier, later) in new[] { (ns2005, ns2016), (ns2005, ref2021), (ns2016, ref2021) })
        {
            var shared = earlier.Rules.Where(r => later.Contains(r.Id)).ToArray();
            Assert.NotEmpty(shared);
            Assert.All(shared, rule => Assert.NotSame(rule, later[rule.Id]));
        }

        Assert.NotEqual(ns2005[RuleId.RetentionClient].Source, ns2016[RuleId.RetentionClient].Source);
        Assert.NotEqual(ns2005[RuleId.RetentionClient].Source, ref2021[RuleId.RetentionClient].Source);
        Assert.NotEqual(ns2016[RuleId.RetentionClient].Source, ref2021[RuleId.RetentionClient].Source);
        Assert.Contains("2016", ns2016[RuleId.RetentionClient].Source, StringComparison.Ordinal);
        Assert.Contains("2021", ref2021[RuleId.RetentionClient].Source, StringComparison.Ordinal);
    }

    // A rule carried over from 2005 cites its later edition's text, not the 2005 one — unless it restates a statute.
    [Fact]
    public void Rules_CarriedOverFrom2005_CiteTheirLaterEditionUnlessAStatute()
    {
        var ns2005 = Rulebook.For(Edition.Ns2005);

        foreach (var (edition, marker) in new[] { (Edition.Ns2016, "(2016)"), (Edition.Ref2021, "(2021)") })
        {
            var carried = Rulebook.For(edition).Rules.Where(r => ns2005.Contains(r.Id) && r.Confidence != RuleConfidence.Statute).ToArray();
            Assert.NotEmpty(carried);
            Assert.All(carried, rule =>
            {
                Assert.DoesNotContain("(2005)", rule.Source, StringComparison.Ordinal);
                Assert.Contains(marker, rule.Source, StringComparison.Ordinal);
                Assert.NotEqual(ns2005[rule.Id].Statement, rule.Statement);
            });
        }
    }

    // "Under ns48-2016 and ref-2021, NS48-DATA-LISTED, NS48-RCPT-* and NS48-TRANSFER-* apply the 2005 field and recipient
    // lists" — an interpretation until the articles are read, which the statement says.
    [Theory]
    [MemberData(nameof(LaterEditionIds))]
    public void Rules_ApplyingThe2005Lists_AreInterpretationsThatSaySo(string editionId)
    {
        var rulebook = Rulebook.For(Edition.All.Single(e => e.Id == editionId));

        Assert.All(UnconfirmedListIds, code =>
        {
            var rule = rulebook[RuleIds.Parse(code)];
            Assert.True(rule.Confidence == RuleConfidence.Interpretation, $"{code} is {rule.Confidence}");
            Assert.Contains("2005 list is applied", rule.Statement.English, StringComparison.Ordinal);
            Assert.Contains("liste de 2005 est appliquée", rule.Statement.French, StringComparison.Ordinal);
        });
    }

    // The confidence tags of the later sections: [T] for art. 8 (security) and art. 9 (transfers) of 2016, [C] for the
    // prospect retention; the statutes beside the norm.
    [Fact]
    public void Rules_OfLaterEditions_CarryTheConfidenceOfTheirTag()
    {
        var ns2016 = Rulebook.For(Edition.Ns2016);
        var ref2021 = Rulebook.For(Edition.Ref2021);

        Assert.All(
            new[] { RuleId.SecurityAuthentication, RuleId.SecurityPasswords, RuleId.SecurityTransit, RuleId.SecurityPaymentTrace, RuleId.TransferAbroadBasis, RuleId.InfoNotice },
            id => Assert.Equal(RuleConfidence.OfficialText, ns2016[id].Confidence));
        Assert.All(
            new[] { RuleId.RetentionProspectThreeYears, RuleId.RetentionProspectRecontact, RuleId.RetentionTracker13Months, RuleId.RetentionObjectionListThreeYears },
            id => Assert.Equal(RuleConfidence.ConcordantCopy, ns2016[id].Confidence));
        Assert.All(
            new[] { RuleId.RetentionProspectThreeYears, RuleId.RetentionAccountInactiveTwoYears, RuleId.ScopeExcludedUse },
            id => Assert.Equal(RuleConfidence.ConcordantCopy, ref2021[id].Confidence));
        Assert.All(
            new[] { RuleId.ProspectingPhoneConsent, RuleId.ProspectingSoftOptIn, RuleId.ProspectingElectronicConsent, RuleId.TransferObjection },
            id => Assert.Equal(RuleConfidence.Statute, ref2021[id].Confidence));
        Assert.Contains("L223-1", ref2021[RuleId.ProspectingPhoneConsent].Source, StringComparison.Ordinal);
        Assert.Contains("L34-5", ref2021[RuleId.ProspectingSoftOptIn].Source, StringComparison.Ordinal);
    }

    // RULES.md quotes the norm's French words only for NS48-RET-PROSPECT-RECONTACT under ns48-2016.
    [Fact]
    public void Quotes_OfLaterEditions_AreOnlyTheOneRulesMdGives()
    {
        var quoted = Rulebook.For(Edition.Ns2016).Rules.Concat(Rulebook.For(Edition.Ref2021).Rules).Where(r => r.Quote is not null).ToArray();

        var rule = Assert.Single(quoted);
        Assert.Same(Edition.Ns2016, rule.Edition);
        Assert.Equal(RuleId.RetentionProspectRecontact, rule.Id);
        Assert.Equal("« pourra reprendre contact »", rule.Quote);
    }

    // The content paragraphs of RULES.md, edition by edition, in the statements.
    [Fact]
    public void Statements_OfLaterEditions_SayWhatTheirEditionRequires()
    {
        var ns2016 = Rulebook.For(Edition.Ns2016);
        var ref2021 = Rulebook.For(Edition.Ref2021);

        Assert.Contains("3 years", ns2016[RuleId.RetentionProspectThreeYears].Statement.English, StringComparison.Ordinal);
        Assert.Contains("opening an e-mail is not", ns2016[RuleId.RetentionProspectThreeYears].Statement.English, StringComparison.Ordinal);
        Assert.Contains("13 months", ns2016[RuleId.RetentionCardDispute].Statement.English, StringComparison.Ordinal);
        Assert.Contains("15 months", ns2016[RuleId.RetentionCardDispute].Statement.English, StringComparison.Ordinal);
        Assert.Contains("13 months", ns2016[RuleId.RetentionTracker13Months].Statement.English, StringComparison.Ordinal);
        Assert.Contains("120 €", ns2016[RuleId.RetentionClientProof].Statement.English, StringComparison.Ordinal);
        Assert.Contains("5 years", ns2016[RuleId.RetentionClientProof].Statement.English, StringComparison.Ordinal);
        Assert.Contains("online gambling", ns2016[RuleId.ScopeSector].Statement.English, StringComparison.Ordinal);
        Assert.Contains("online gambling", ref2021[RuleId.ScopeSector].Statement.English, StringComparison.Ordinal);
        Assert.Contains("repetitive, massive or structural", ns2016[RuleId.TransferAbroadBasis].Statement.English, StringComparison.Ordinal);

        // Excluded uses: 2016 no longer excludes shared loyalty programmes; ref-2021 adds fraud detection and profiling.
        Assert.DoesNotContain("fraud", ns2016[RuleId.ScopeExcludedUse].Statement.English, StringComparison.Ordinal);
        Assert.Contains("loyalty programme within one or several legal entities is allowed", ns2016[RuleId.ScopeExcludedUse].Statement.English, StringComparison.Ordinal);
        Assert.Contains("fraud detection", ref2021[RuleId.ScopeExcludedUse].Statement.English, StringComparison.Ordinal);
        Assert.Contains("profiling from third-party data", ref2021[RuleId.ScopeExcludedUse].Statement.English, StringComparison.Ordinal);

        Assert.Contains("2 years", ref2021[RuleId.RetentionAccountInactiveTwoYears].Statement.English, StringComparison.Ordinal);
        Assert.Contains("warned", ref2021[RuleId.RetentionAccountInactiveTwoYears].Statement.English, StringComparison.Ordinal);
        Assert.Contains("2026-08-10", ref2021[RuleId.ProspectingOptOut].Statement.English, StringComparison.Ordinal);
        Assert.DoesNotContain("2026", ns2016[RuleId.ProspectingOptOut].Statement.English, StringComparison.Ordinal);
        Assert.Contains("2026-08-11", ref2021[RuleId.ProspectingPhoneConsent].Statement.English, StringComparison.Ordinal);
        Assert.Contains("11 août 2026", ref2021[RuleId.ProspectingPhoneConsent].Statement.French, StringComparison.Ordinal);
    }

    // Every rule of every edition gets a fix; every id of a later edition alone gets its own, not the generic fallback.
    [Fact]
    public void Fixes_ForEveryRuleOfEveryEdition_AreWrittenInBothLanguages()
    {
        var rules = Edition.All.SelectMany(e => Rulebook.For(e).Rules).Select(r => r.Id).Distinct().ToArray();
        var laterOnly = rules.Where(id => !Rulebook.For(Edition.Ns2005).Contains(id)).ToArray();

        Assert.Equal(RuleIds.All, rules.Order());
        Assert.All(rules, id =>
        {
            var fix = Fixes.For(id);
            Assert.False(string.IsNullOrWhiteSpace(fix.English), id.ToId());
            Assert.False(string.IsNullOrWhiteSpace(fix.French), id.ToId());
        });
        Assert.Equal(18, laterOnly.Length);
        Assert.All(laterOnly, id =>
        {
            var fix = Fixes.For(id);
            Assert.DoesNotContain(id.ToId(), fix.English, StringComparison.Ordinal);
            Assert.DoesNotContain(id.ToId(), fix.French, StringComparison.Ordinal);
        });
        Assert.Equal(laterOnly.Length, laterOnly.Select(id => Fixes.For(id).English).Distinct(StringComparer.Ordinal).Count());
    }
}
