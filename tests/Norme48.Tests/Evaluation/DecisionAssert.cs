using System.Linq;
using Norme48.Decisions;
using Norme48.Rules;
using Norme48.Vocabulary;
using Xunit;

namespace Norme48.Tests.Evaluation;

/// <summary>Checks a decision against what RULES.md says it must be, rule ids written as the norm writes them.</summary>
internal static class DecisionAssert
{
    /// <summary>A denial under ns48-2005 citing exactly <paramref name="rules"/>, in that order, with no obligation.</summary>
    public static void Denied(Decision decision, params string[] rules)
    {
        Assert.Equal(Verdict.Denied, decision.Verdict);
        Assert.False(decision.IsAllowed);
        AssertCites(decision, rules);
        Assert.Empty(decision.Obligations);
    }

    /// <summary>An allowance under ns48-2005 citing exactly <paramref name="rule"/>.</summary>
    public static void Allowed(Decision decision, string rule)
    {
        Assert.Equal(Verdict.Allowed, decision.Verdict);
        Assert.True(decision.IsAllowed);
        AssertCites(decision, rule);
    }

    /// <summary>The decision carries exactly one obligation, <paramref name="id"/>, with a message for the person who must act.</summary>
    public static Obligation SingleObligation(Decision decision, string id)
    {
        var obligation = Assert.Single(decision.Obligations);
        Assert.Equal(id, obligation.Id);
        Assert.False(string.IsNullOrWhiteSpace(obligation.Message.English));
        Assert.False(string.IsNullOrWhiteSpace(obligation.Message.French));
        return obligation;
    }

    /// <summary>Every reason explains itself: a source and a message in both languages.</summary>
    public static void ReasonsAreExplained(Decision decision)
    {
        Assert.NotEmpty(decision.Reasons);
        Assert.All(decision.Reasons, reason =>
        {
            Assert.False(string.IsNullOrWhiteSpace(reason.Source));
            Assert.False(string.IsNullOrWhiteSpace(reason.Message.English));
            Assert.False(string.IsNullOrWhiteSpace(reason.Message.French));
        });
    }

    public static string[] Codes(Decision decision) => decision.Rules.Select(r => r.ToId()).ToArray();

    private static void AssertCites(Decision decision, params string[] rules)
    {
        Assert.Same(Edition.Ns2005, decision.Edition);
        Assert.Equal(rules, Codes(decision));
        Assert.Equal(rules, decision.Reasons.Select(r => r.Rule.Code).ToArray());
        ReasonsAreExplained(decision);

        // RULES.md, "Strength": every ns48-2005 rule a collect, share, transfer or internal-code decision can cite is mandatory.
        Assert.All(decision.Reasons, reason => Assert.Equal(RuleStrength.Mandatory, reason.Strength));
        Assert.All(decision.Reasons, reason => Assert.Same(Edition.Ns2005, reason.Rule.Edition));
    }
}
