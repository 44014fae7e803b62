using System.Collections.Generic;
using System.Linq;
using System.Text;
using Norme48.Rules;
using Norme48.Vocabulary;

namespace Norme48.Decisions;

/// <summary>Whether a collection form informs the person as the norm requires.</summary>
public enum NoticeVerdict
{
    /// <summary>Nothing is missing.</summary>
    Compliant = 1,

    /// <summary>At least one item, notice or means of consent is missing or wrong.</summary>
    NonCompliant = 2,

    /// <summary>The controller's sector is outside the norm (NS48-SCOPE-SECTOR).</summary>
    OutOfScope = 3,
}

/// <summary>One thing a collection form lacks, under the rule that requires it.</summary>
public sealed class NoticeViolation
{
    internal NoticeViolation(RuleId rule, string item)
    {
        Rule = rule;
        Item = item;
    }

    /// <summary>Gets the rule that requires the item.</summary>
    public RuleId Rule { get; }

    /// <summary>
    /// Gets the item's id: one of the six information items (<c>controller-identity</c>, <c>purposes</c>,
    /// <c>mandatory-or-optional</c>, <c>consequences-of-no-answer</c>, <c>recipients</c>, <c>rights</c>), or
    /// <c>objection-notice</c>, <c>consent-checkbox</c>, <c>trackers-notice</c>.
    /// </summary>
    public string Item { get; }

    /// <summary>Returns the rule id and the item.</summary>
    /// <returns>Such as <c>NS48-INFO-NOTICE: recipients</c>.</returns>
    public override string ToString() => $"{Rule.ToId()}: {Item}";
}

/// <summary>The norm's answer about a collection form: compliant or not, and every violation in catalogue order.</summary>
public sealed class NoticeDecision
{
    internal NoticeDecision(NoticeVerdict verdict, Edition edition, NoticeViolation[] violations, Reason[] reasons, Advisory[]? advisories = null)
    {
        Advisories = System.Array.AsReadOnly(advisories ?? []);
        Verdict = verdict;
        Edition = edition;
        Violations = System.Array.AsReadOnly(violations);
        Reasons = System.Array.AsReadOnly(reasons);
        Rules = System.Array.AsReadOnly(reasons.Select(r => r.RuleId).ToArray());
    }

    /// <summary>Gets the verdict.</summary>
    public NoticeVerdict Verdict { get; }

    /// <summary>Gets a value indicating whether the form is compliant.</summary>
    public bool IsCompliant => Verdict == NoticeVerdict.Compliant;

    /// <summary>Gets the edition the decision was made under.</summary>
    public Edition Edition { get; }

    /// <summary>Gets the violations: the missing items in the norm's order, then the objection notice, the consent checkbox and the trackers notice.</summary>
    public IReadOnlyList<NoticeViolation> Violations { get; }

    /// <summary>Gets the distinct rules of the violations, in catalogue order (NS48-SCOPE-SECTOR alone out of scope; none when compliant).</summary>
    public IReadOnlyList<RuleId> Rules { get; }

    /// <summary>Gets, per rule, its strength, source and a message naming what is missing.</summary>
    public IReadOnlyList<Reason> Reasons { get; }

    /// <summary>
    /// Gets the non-blocking notes, in catalogue order: under <c>ns48-2016</c> and <c>ref-2021</c>, the consequences of
    /// not answering and the recipients missing from the form (the person may be told of them otherwise).
    /// </summary>
    public IReadOnlyList<Advisory> Advisories { get; }

    /// <summary>Writes the decision out for a person.</summary>
    /// <param name="language">The language of the messages.</param>
    /// <returns>A multi-line explanation.</returns>
    public string Explain(Language language)
    {
        var text = new StringBuilder(Verdict switch
        {
            NoticeVerdict.Compliant => language == Language.French ? "conforme" : "compliant",
            NoticeVerdict.NonCompliant => language == Language.French ? "non conforme" : "non-compliant",
            _ => language == Language.French ? "hors du champ de la norme" : "out-of-scope",
        });
        foreach (var reason in Reasons)
        {
            text.AppendLine().Append("  ").Append(reason.Rule.Code).Append(": ").Append(reason.Message.In(language));
        }

        foreach (var advisory in Advisories)
        {
            text.AppendLine().Append("  ").Append(language == Language.French ? "avis " : "advisory ")
                .Append(advisory.Rule.Code).Append(": ").Append(advisory.Message.In(language));
        }

        return text.ToString();
    }

    /// <summary>Returns the verdict and the violations.</summary>
    /// <returns>A one-line summary.</returns>
    public override string ToString() =>
        $"{Verdict} ({string.Join(", ", Violations.Select(v => v.Item))})";
}
