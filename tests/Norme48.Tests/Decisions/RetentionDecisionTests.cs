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

    private static string[] Lines(string text) => text.Split(Environment.NewLine);
}
