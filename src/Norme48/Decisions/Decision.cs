using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using Norme48.Rules;
using Norme48.Vocabulary;

namespace Norme48.Decisions;

/// <summary>
/// The norm's answer to a collect, share or transfer question: the verdict, the edition it was decided under, and the
/// rules that decided it, each with its strength, source and a message in English and French.
/// </summary>
/// <remarks>
/// A denial cites every rule that denies, in catalogue order, except that NS48-SCOPE-SECTOR (a sector outside the
/// norm) and NS48-DATA-NIR (the NIR or an excluded field) are each cited alone; an allowance cites the one rule that
/// allows it. Decisions are immutable and shared: deciding for a built-in field allocates nothing.
/// </remarks>
public sealed class Decision
{
    // Stryker disable all : static initialiser, run once per test process before any mutant is active (README, Mutation testing)
    private static readonly Obligation[] NoObligations = [];
    private static readonly Advisory[] NoAdvisories = [];
    // Stryker restore all

    private readonly Reason[] reasons;


    private System.Collections.ObjectModel.ReadOnlyCollection<Reason>? reasonsView;
    private readonly RuleId[] rules;

    private System.Collections.ObjectModel.ReadOnlyCollection<RuleId>? rulesView;
    private readonly Obligation[] obligations;

    private System.Collections.ObjectModel.ReadOnlyCollection<Obligation>? obligationsView;
    private readonly Advisory[] advisories;

    private System.Collections.ObjectModel.ReadOnlyCollection<Advisory>? advisoriesView;

    internal Decision(Verdict verdict, Edition edition, Reason[] reasons, Obligation[]? obligations = null, Advisory[]? advisories = null)
    {
        Verdict = verdict;
        Edition = edition;
        this.reasons = reasons;
        rules = reasons.Select(r => r.RuleId).ToArray();
        this.obligations = obligations ?? NoObligations;
        this.advisories = advisories ?? NoAdvisories;
    }

    /// <summary>Gets the verdict.</summary>
    public Verdict Verdict { get; }

    /// <summary>Gets a value indicating whether the norm allows it.</summary>
    public bool IsAllowed => Verdict == Verdict.Allowed;

    /// <summary>Gets the edition the decision was made under.</summary>
    public Edition Edition { get; }

    /// <summary>Gets the ids of the rules that decided, in catalogue order.</summary>
    public IReadOnlyList<RuleId> Rules => rulesView ??= Array.AsReadOnly(rules);

    /// <summary>Gets, per rule that decided, its strength, source and message, in catalogue order.</summary>
    public IReadOnlyList<Reason> Reasons => reasonsView ??= Array.AsReadOnly(reasons);

    /// <summary>Gets the duties that come with an allowed decision (empty for a denial).</summary>
    public IReadOnlyList<Obligation> Obligations => obligationsView ??= Array.AsReadOnly(obligations);

    /// <summary>
    /// Gets the non-blocking notes on the decision, in catalogue order: under <c>ns48-2016</c> and <c>ref-2021</c>, that
    /// the field and recipient lists applied are the 2005 ones (kind <c>unconfirmed</c>), and, under <c>ns48-2016</c>
    /// before 2016-09-14, that the 2012 text lacked the 2016 additions (kind <c>edition-note</c>).
    /// </summary>
    public IReadOnlyList<Advisory> Advisories => advisoriesView ??= Array.AsReadOnly(advisories);

    /// <summary>Throws when the decision is a denial.</summary>
    /// <returns>This decision, when it is an allowance.</returns>
    /// <exception cref="ComplianceException">The decision is a denial; the message explains it.</exception>
    public Decision EnsureAllowed() => IsAllowed ? this : throw new ComplianceException(this);

    /// <summary>Writes the decision out for a person: verdict, rules, messages and obligations.</summary>
    /// <param name="language">The language of the messages.</param>
    /// <returns>A multi-line explanation.</returns>
    public string Explain(Language language)
    {
        var text = new StringBuilder();
        text.Append(Verdict == Verdict.Allowed
            ? language == Language.French ? "autorisé" : "allowed"
            : language == Language.French ? "refusé" : "denied");
        text.Append(" (").Append(Edition.Id).Append(')');
        foreach (var reason in reasons)
        {
            text.AppendLine().Append("  ").Append(reason.Rule.Code).Append(" [")
                .Append(reason.Strength == RuleStrength.Mandatory ? "mandatory" : "recommended").Append("; ")
                .Append(reason.Source).Append("]: ").Append(reason.Message.In(language));
        }

        foreach (var obligation in obligations)
        {
            text.AppendLine().Append("  obligation ").Append(obligation.Id).Append(": ").Append(obligation.Message.In(language));
        }

        foreach (var advisory in advisories)
        {
            text.AppendLine().Append("  ").Append(language == Language.French ? "avis " : "advisory ")
                .Append(advisory.Rule.Code).Append(": ").Append(advisory.Message.In(language));
        }

        return text.ToString();
    }

    /// <summary>Returns a copy of the decision with one more advisory (for notes that depend on the question's instant).</summary>
    internal Decision WithAdvisory(Advisory advisory) =>
        new(Verdict, Edition, reasons, obligations, [.. advisories, advisory]);

    /// <summary>Returns the verdict and the rule ids, such as <c>denied (NS48-DATA-NIR)</c>.</summary>
    /// <returns>A one-line summary.</returns>
    public override string ToString() =>
        $"{(IsAllowed ? "allowed" : "denied")} ({string.Join(", ", rules.Select(r => r.ToId()))})";
}
