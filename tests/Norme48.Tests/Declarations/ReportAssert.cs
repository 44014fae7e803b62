using System;
using System.Linq;
using Norme48.Declarations;
using Norme48.Rules;
using Norme48.Vocabulary;
using Xunit;

namespace Norme48.Tests.Declarations;

/// <summary>Checks a conformity report against what RULES.md says it must hold, rule ids written as the norm writes them.</summary>
internal static class ReportAssert
{
    /// <summary>Compliant, with no violation.</summary>
    public static void Compliant(ConformityReport report)
    {
        Assert.Equal(ConformityVerdict.Compliant, report.Verdict);
        Assert.True(report.IsCompliant);
        Assert.Empty(report.Violations);
        Assert.Same(Edition.Ns2005, report.Edition);
    }

    /// <summary>Non-compliant with exactly one violation, which is explained in both languages.</summary>
    public static ConformityViolation SingleViolation(ConformityReport report, string rule, DeclarationPart part, string subject)
    {
        Assert.Equal(ConformityVerdict.NonCompliant, report.Verdict);
        Assert.False(report.IsCompliant);
        var violation = Assert.Single(report.Violations);
        Violation(violation, rule, part, subject);
        return violation;
    }

    /// <summary>Non-compliant with exactly these violations, in this order, each explained in both languages.</summary>
    public static void Violations(ConformityReport report, params (string Rule, DeclarationPart Part, string Subject)[] expected)
    {
        Assert.Equal(ConformityVerdict.NonCompliant, report.Verdict);
        Assert.Equal(expected, Triples(report));
        foreach (var violation in report.Violations)
        {
            Explained(violation);
        }
    }

    public static (string Rule, DeclarationPart Part, string Subject)[] Triples(ConformityReport report) =>
        report.Violations.Select(v => (v.Rule.Code, v.Part, v.Subject)).ToArray();

    public static void Violation(ConformityViolation violation, string rule, DeclarationPart part, string subject)
    {
        Assert.Equal(rule, violation.Rule.Code);
        Assert.Equal(part, violation.Part);
        Assert.Equal(subject, violation.Subject);
        Explained(violation);
    }

    /// <summary>
    /// A message and a fix in English and in French, the rule of ns48-2005 with its source, and the strength RULES.md
    /// gives it ("NS48-RET-PROSPECT-1Y and NS48-RET-PROSPECT-2-UNANSWERED are recommended; every other ns48-2005 rule is
    /// mandatory").
    /// </summary>
    public static void Explained(ConformityViolation violation)
    {
        Bilingual(violation.Message);
        Bilingual(violation.Fix);
        Assert.Same(Edition.Ns2005, violation.Rule.Edition);
        Assert.False(string.IsNullOrWhiteSpace(violation.Rule.Source));
        var recommended = Array.IndexOf(Ns2005Spec.RecommendedRuleIds, violation.Rule.Code) >= 0;
        Assert.Equal(recommended ? RuleStrength.Recommended : RuleStrength.Mandatory, violation.Strength);
    }

    /// <summary>Both languages are written, and the French is not the English copied.</summary>
    public static void Bilingual(LocalizedText text)
    {
        Assert.False(string.IsNullOrWhiteSpace(text.English));
        Assert.False(string.IsNullOrWhiteSpace(text.French));
        Assert.NotEqual(text.English, text.French);
    }
}
