using System;
using System.Linq;
using Norme48.Decisions;
using Norme48.Evaluation;
using Norme48.Retention;
using Norme48.Rules;
using Norme48.Vocabulary;
using Xunit;
using static Norme48.Tests.Evaluation.RetentionAssert;

namespace Norme48.Tests.Decisions;

/// <summary>
/// <see cref="RetentionDecision"/> as a person reads it: the verdict's name, the edition, the instants (<c>until</c>,
/// <c>since</c>), one line per rule with its source and message, and the advisories. Scenarios follow RULES.md,
/// "Retention"; expected instants are worked out in Europe/Paris local time (CET = UTC+1, CEST = UTC+2).
/// </summary>
public sealed class RetentionDecisionTests
{
    private static readonly Norme48Evaluator Ns2005 = new();
    private static readonly Norme48Evaluator Advising = new(Edition.Ns2005, RecommendationMode.Advise);

    private static readonly RetentionVerdict[] Verdicts =
        [RetentionVerdict.Keep, RetentionVerdict.Archive, RetentionVerdict.Purge, RetentionVerdict.OutOfScope, RetentionVerdict.AskBeforePurge];

    // The JSON contract's names (README, RULES.md "retention answers").
    [Theory]
    [InlineData(RetentionVerdict.Keep, "keep")]
    [InlineData(RetentionVerdict.Archive, "archive")]
    [InlineData(RetentionVerdict.Purge, "purge")]
    [InlineData(RetentionVerdict.OutOfScope, "out-of-scope")]
    [InlineData(RetentionVerdict.AskBeforePurge, "ask-before-purge")]
    public void VerdictName_English_IsTheContractName(RetentionVerdict verdict, string name)
    {
        Assert.Equal(name, RetentionDecision.VerdictName(verdict, Language.English));
    }

    // A French reader gets five distinct French names, none of them the English one.
    [Fact]
    public void VerdictName_French_DistinctAndTranslated()
    {
        var french = Verdicts.Select(v => RetentionDecision.VerdictName(v, Language.French)).ToArray();

        Assert.All(french, name => Assert.False(string.IsNullOrWhiteSpace(name)));
        Assert.Equal(Verdicts.Length, french.Distinct(StringComparer.Ordinal).Count());
        Assert.All(Verdicts, v => Assert.NotEqual(RetentionDecision.VerdictName(v, Language.English), RetentionDecision.VerdictName(v, Language.French)));
    }

    // NS48-RET-CLIENT: relationship ended, field not proof → purge since the end; no until.
    [Fact]
    public void Explain_ClientPurge_WritesSinceTheEndAndTheRule()
    {
        var client = new Subject(SubjectStatus.Client, relationshipEndedAt: At("2024-09-30T22:00:00Z"));
        var decision = Ns2005.DecideRetention(DataField.LastName, client, At("2025-06-01T12:00:00Z"));

        var english = Lines(decision.Explain(Language.English));
        var french = Lines(decision.Explain(Language.French));

        Assert.Equal("purge (ns48-2005) since 2024-09-30T22:00:00Z", english[0]);
        Assert.Equal($"{RetentionDecision.VerdictName(RetentionVerdict.Purge, Language.French)} (ns48-2005) depuis le 2024-09-30T22:00:00Z", french[0]);
        var reason = Assert.Single(decision.Reasons);
        Assert.Equal($"  NS48-RET-CLIENT [{reason.Source}]: {reason.Message.English}", english[1]);
        Assert.Equal($"  NS48-RET-CLIENT [{reason.Source}]: {reason.Message.French}", french[1]);
        Assert.Equal(2, english.Length);
    }

    // NS48-RET-PROSPECT-1Y: a prospect collected 2024-07-01 10:00 CEST is kept until a year later, 2025-07-01T08:00Z.
    [Fact]
    public void Explain_ProspectKept_WritesUntilTheDueInstant()
    {
        var prospect = new Subject(SubjectStatus.Prospect, collectedAt: At("2024-07-01T08:00:00Z"));
        var decision = Ns2005.DecideRetention(DataField.LastName, prospect, At("2025-01-01T00:00:00Z"));

        Assert.Equal("keep (ns48-2005) until 2025-07-01T08:00:00Z", Lines(decision.Explain(Language.English))[0]);
        Assert.Equal(
            $"{RetentionDecision.VerdictName(RetentionVerdict.Keep, Language.French)} (ns48-2005) jusqu'au 2025-07-01T08:00:00Z",
            Lines(decision.Explain(Language.French))[0]);
        Assert.Equal("keep until 2025-07-01T08:00:00Z (NS48-RET-PROSPECT-1Y)", decision.ToString());
    }

    // In advisory mode a due recommendation is reported as an advisory after the rule that decided
    // (NS48-RET-PROSPECT-NECESSARY): collected 2024-03-30 13:00 CET, a year later is 2025-03-30 13:00 CEST = 11:00Z.
    [Fact]
    public void Explain_AdvisoryMode_WritesOneLinePerAdvisory()
    {
        var prospect = new Subject(SubjectStatus.Prospect, collectedAt: At("2024-03-30T12:00:00Z"));
        var decision = Advising.DecideRetention(DataField.LastName, prospect, At("2025-03-30T11:00:00Z"));

        var lines = Lines(decision.Explain(Language.English));

        Assert.Equal("keep (ns48-2005)", lines[0]);
        Assert.StartsWith("  NS48-RET-PROSPECT-NECESSARY [", lines[1], StringComparison.Ordinal);
        var advisory = Assert.Single(decision.Advisories);
        Assert.Equal($"  advisory NS48-RET-PROSPECT-1Y: {advisory.Message.English}", lines[2]);
        Assert.Equal(3, lines.Length);
    }

    // The documented summary: "purge since 2026-03-01T09:00:00Z (NS48-RET-PROSPECT-1Y)". NS48-RET-CLIENT: the
    // relationship ended 2024-09-30T22:00Z, so the purge is due since then.
    [Fact]
    public void ToString_Purge_WritesSinceThenTheRule()
    {
        var client = new Subject(SubjectStatus.Client, relationshipEndedAt: At("2024-09-30T22:00:00Z"));

        var decision = Ns2005.DecideRetention(DataField.LastName, client, At("2025-06-01T12:00:00Z"));

        Assert.Equal("purge since 2024-09-30T22:00:00Z (NS48-RET-CLIENT)", decision.ToString());
    }

    // Both prospect durations due (a year since collection, two unanswered solicitations): the purge cites both
    // rules, in catalogue order, comma-separated.
    [Fact]
    public void ToString_PurgeByTwoRules_ListsBothIdsCommaSeparated()
    {
        var prospect = new Subject(SubjectStatus.Prospect, collectedAt: At("2023-01-10T10:00:00Z"), unansweredSolicitations: 2);

        var decision = Ns2005.DecideRetention(DataField.LastName, prospect, At("2025-06-01T12:00:00Z"));

        Assert.Equal([RuleId.RetentionProspectOneYear, RuleId.RetentionProspectTwoUnanswered], decision.Rules);
        Assert.StartsWith("purge since ", decision.ToString(), StringComparison.Ordinal);
        Assert.EndsWith(" (NS48-RET-PROSPECT-1Y, NS48-RET-PROSPECT-2-UNANSWERED)", decision.ToString(), StringComparison.Ordinal);
    }

    // Equality: "the same verdict, rules, instants and advisories". Two prospects kept under NS48-RET-PROSPECT-1Y
    // until different instants (a year after their collection) are different decisions.
    [Fact]
    public void Equals_SameOutcomeDifferentUntil_NotEqual()
    {
        var now = At("2025-01-01T00:00:00Z");
        var first = Ns2005.DecideRetention(DataField.LastName, new Subject(SubjectStatus.Prospect, collectedAt: At("2024-07-01T08:00:00Z")), now);
        var second = Ns2005.DecideRetention(DataField.LastName, new Subject(SubjectStatus.Prospect, collectedAt: At("2024-08-01T08:00:00Z")), now);

        Assert.Equal(RetentionVerdict.Keep, first.Verdict);
        Assert.Equal(first.Rules, second.Rules);
        Assert.NotEqual(first.Until, second.Until);
        Assert.False(first.Equals(second));
        Assert.False(first == second);
        Assert.True(first != second);
    }

    // A client still in a relationship is kept open-ended (NS48-RET-CLIENT); outside the norm's sectors there is no
    // verdict (NS48-SCOPE-SECTOR). Neither has an instant or an advisory, yet they differ by verdict and rules.
    [Fact]
    public void Equals_DifferentOutcomesNoInstants_NotEqual()
    {
        var now = At("2025-01-01T00:00:00Z");
        var client = new Subject(SubjectStatus.Client, collectedAt: At("2024-01-01T00:00:00Z"));
        var kept = Ns2005.DecideRetention(DataField.LastName, client, now);
        var outOfScope = Ns2005.DecideRetention(DataField.LastName, client, now, sector: Sector.Banking);

        Assert.Equal(RetentionVerdict.Keep, kept.Verdict);
        Assert.Equal(RetentionVerdict.OutOfScope, outOfScope.Verdict);
        Assert.Null(kept.Until);
        Assert.Null(kept.Since);
        Assert.Null(outOfScope.Until);
        Assert.Null(outOfScope.Since);
        Assert.False(kept.Equals(outOfScope));
        Assert.False(kept.Equals((object)outOfScope));
    }

    // In advisory mode, two prospects past their year (NS48-RET-PROSPECT-1Y advised, NS48-RET-PROSPECT-NECESSARY
    // keeps) get the same verdict, rules and instants; their advisories are due since different instants, so the
    // decisions differ.
    [Fact]
    public void Equals_SameAdvisoryRuleDueSinceDifferentInstants_NotEqual()
    {
        var now = At("2025-06-01T12:00:00Z");
        var first = Advising.DecideRetention(DataField.LastName, new Subject(SubjectStatus.Prospect, collectedAt: At("2024-03-30T12:00:00Z")), now);
        var second = Advising.DecideRetention(DataField.LastName, new Subject(SubjectStatus.Prospect, collectedAt: At("2024-02-01T12:00:00Z")), now);

        Assert.Equal(first.Verdict, second.Verdict);
        Assert.Equal(first.Rules, second.Rules);
        Assert.Equal(first.Until, second.Until);
        Assert.Equal(first.Since, second.Since);
        Assert.Equal(RuleId.RetentionProspectOneYear, Assert.Single(first.Advisories).Rule.Id);
        Assert.Equal(RuleId.RetentionProspectOneYear, Assert.Single(second.Advisories).Rule.Id);
        Assert.NotEqual(first.Advisories[0].Since, second.Advisories[0].Since);
        Assert.False(first.Equals(second));
    }

    [Fact]
    public void Equals_SameSubjectAndInstant_EqualWithEqualHashCodes()
    {
        var now = At("2025-06-01T12:00:00Z");
        var prospect = new Subject(SubjectStatus.Prospect, collectedAt: At("2024-03-30T12:00:00Z"));

        var first = Advising.DecideRetention(DataField.LastName, prospect, now);
        var second = Advising.DecideRetention(DataField.LastName, prospect, now);

        Assert.True(first.Equals(second));
        Assert.True(first == second);
        Assert.Equal(first.GetHashCode(), second.GetHashCode());
    }

    private static string[] Lines(string text) => text.Split(Environment.NewLine);
}
