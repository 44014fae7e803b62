using System.Linq;
using NodaTime;
using NodaTime.Text;
using Norme48.Decisions;
using Norme48.Rules;
using Norme48.Vocabulary;
using Xunit;

namespace Norme48.Tests.Evaluation;

/// <summary>Checks a retention decision against what RULES.md ("How decisions cite rules", `retention`) says it must be.</summary>
internal static class RetentionAssert
{
    /// <summary>Parses an instant written as RULES.md writes them, such as <c>2026-10-26T01:30:00Z</c>.</summary>
    public static Instant At(string text) => InstantPattern.ExtendedIso.Parse(text).Value;

    /// <summary>A keep under ns48-2005 citing exactly <paramref name="rules"/>, with the given <c>until</c> and no <c>since</c>.</summary>
    public static void Keep(RetentionDecision decision, Instant? until, params string[] rules) =>
        Is(decision, RetentionVerdict.Keep, until, null, rules);

    /// <summary>An archive citing exactly <paramref name="rules"/>, until <paramref name="until"/>.</summary>
    public static void Archive(RetentionDecision decision, Instant until, params string[] rules) =>
        Is(decision, RetentionVerdict.Archive, until, null, rules);

    /// <summary>A purge citing exactly <paramref name="rules"/>, since <paramref name="since"/> (null: unknown).</summary>
    public static void Purge(RetentionDecision decision, Instant? since, params string[] rules) =>
        Is(decision, RetentionVerdict.Purge, null, since, rules);

    /// <summary>
    /// A keep in advisory mode: NS48-RET-PROSPECT-NECESSARY, no <c>until</c>, and one advisory per due recommendation,
    /// in catalogue order, each with the instant it became due.
    /// </summary>
    public static void KeepWithAdvisories(RetentionDecision decision, params (string Rule, Instant? Since)[] advisories)
    {
        Is(decision, RetentionVerdict.Keep, null, null, ["NS48-RET-PROSPECT-NECESSARY"], allowAdvisories: true);
        Assert.Equal(
            advisories.Select(a => (a.Rule, Format(a.Since))).ToArray(),
            decision.Advisories.Select(a => (a.Rule.Code, Format(a.Since))).ToArray());
        Assert.All(decision.Advisories, advisory =>
        {
            Assert.Equal(RuleStrength.Recommended, advisory.Strength);
            Assert.Null(advisory.Kind);
            Assert.False(string.IsNullOrWhiteSpace(advisory.Message.English));
            Assert.False(string.IsNullOrWhiteSpace(advisory.Message.French));
        });
    }

    /// <summary>Out of scope, NS48-SCOPE-SECTOR alone, no instants.</summary>
    public static void OutOfScope(RetentionDecision decision) =>
        Is(decision, RetentionVerdict.OutOfScope, null, null, ["NS48-SCOPE-SECTOR"]);

    public static string[] Codes(RetentionDecision decision) => decision.Rules.Select(r => r.ToId()).ToArray();

    private static void Is(RetentionDecision decision, RetentionVerdict verdict, Instant? until, Instant? since, string[] rules, bool allowAdvisories = false)
    {
        Assert.Equal(
            (verdict, Format(until), Format(since), string.Join(",", rules)),
            (decision.Verdict, Format(decision.Until), Format(decision.Since), string.Join(",", Codes(decision))));
        Assert.Same(Edition.Ns2005, decision.Edition);
        if (!allowAdvisories)
        {
            Assert.Empty(decision.Advisories);
        }

        Assert.Equal(rules, decision.Reasons.Select(r => r.Rule.Code).ToArray());
        Assert.All(decision.Reasons, reason =>
        {
            Assert.False(string.IsNullOrWhiteSpace(reason.Source));
            Assert.False(string.IsNullOrWhiteSpace(reason.Message.English));
            Assert.False(string.IsNullOrWhiteSpace(reason.Message.French));

            // RULES.md, "Strength": NS48-RET-PROSPECT-1Y and NS48-RET-PROSPECT-2-UNANSWERED are recommended, every other rule mandatory.
            var recommended = System.Array.IndexOf(Ns2005Spec.RecommendedRuleIds, reason.Rule.Code) >= 0;
            Assert.Equal(recommended ? RuleStrength.Recommended : RuleStrength.Mandatory, reason.Strength);
        });
    }

    private static string Format(Instant? instant) => instant is { } value ? InstantPattern.ExtendedIso.Format(value) : "(none)";
}
