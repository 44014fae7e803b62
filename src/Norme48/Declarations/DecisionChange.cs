using System;
using System.Collections.Generic;
using System.Linq;
using Norme48.Rules;
using Norme48.Vocabulary;

namespace Norme48.Declarations;

/// <summary>The kind of question a declaration implies, in the order an <see cref="EditionComparison"/> asks them.</summary>
public enum DecisionAsk
{
    /// <summary>May a declared field be collected for one of its purposes (<c>collect</c>)?</summary>
    Collect = 1,

    /// <summary>May the data be shared with a declared recipient, on its basis (<c>share</c>)?</summary>
    Share = 2,

    /// <summary>May a field of the declared file transfer be ceded, rented or exchanged (<c>transfer</c>)?</summary>
    Transfer = 3,

    /// <summary>May persons be solicited on a declared channel (<c>solicit</c>)?</summary>
    Solicit = 4,

    /// <summary>Does a declared collection form inform the person (<c>notice</c>)?</summary>
    Notice = 5,

    /// <summary>Which retention policies the norm sets for a subject status (<c>retention</c>).</summary>
    Retention = 6,

    /// <summary>Does the whole declaration comply (<c>conformity</c>)?</summary>
    Conformity = 7,
}

/// <summary>
/// The answer to one question under one edition: a verdict and the ids of the rules that decided it, with the
/// decision's messages.
/// </summary>
/// <remarks>
/// Two outcomes are equal when their verdicts and rule ids are: the same rules deciding the same way under two
/// editions is no change, even when the editions word their messages differently.
/// </remarks>
public sealed class DecisionOutcome : IEquatable<DecisionOutcome>
{
    private readonly RuleId[] rules;

    private System.Collections.ObjectModel.ReadOnlyCollection<RuleId>? rulesView;

    internal DecisionOutcome(Edition edition, string verdict, IEnumerable<RuleId> rules, LocalizedText? message)
    {
        Edition = edition;
        Verdict = verdict;
        this.rules = rules.ToArray();
        Message = message;
    }

    /// <summary>Gets the edition the outcome was decided under.</summary>
    public Edition Edition { get; }

    /// <summary>
    /// Gets the verdict: <c>allowed</c> or <c>denied</c> for collect, share, transfer and solicit; <c>compliant</c>,
    /// <c>non-compliant</c> or <c>out-of-scope</c> for a notice and for the conformity of the declaration; for
    /// retention, the norm's limits for the status in catalogue order of their rules, such as
    /// <c>1 year; at most 2 unanswered solicitations</c>.
    /// </summary>
    public string Verdict { get; }

    /// <summary>Gets the ids of the rules that decided, in catalogue order (for conformity, the distinct rules violated).</summary>
    public IReadOnlyList<RuleId> Rules => rulesView ??= Array.AsReadOnly(rules);

    /// <summary>Gets what the decision says, in English and French, or <see langword="null"/> when it says nothing (a compliant form).</summary>
    public LocalizedText? Message { get; }

    /// <summary>Whether another outcome has the same verdict and rule ids (editions and messages aside).</summary>
    /// <param name="other">The other outcome.</param>
    /// <returns><see langword="true"/> when the verdicts and the rule ids are the same.</returns>
    public bool Equals(DecisionOutcome? other) =>
        other is not null && string.Equals(Verdict, other.Verdict, StringComparison.Ordinal) && rules.AsSpan().SequenceEqual(other.rules);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as DecisionOutcome);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Verdict, StringComparer.Ordinal);
        foreach (var rule in rules)
        {
            hash.Add(rule);
        }

        return hash.ToHashCode();
    }

    /// <summary>Returns the verdict and the rule ids.</summary>
    /// <returns>Such as <c>denied (NS48-SCOPE-EXCLUDED-USE)</c>, or <c>compliant</c> when no rule is cited.</returns>
    public override string ToString() =>
        rules.Length == 0 ? Verdict : $"{Verdict} ({string.Join(", ", rules.Select(r => r.ToId()))})";
}

/// <summary>
/// A question whose answer differs between two editions: what is asked, about what, and the outcome under each
/// edition, or <see langword="null"/> for the edition that does not have the question.
/// </summary>
public sealed class DecisionChange
{
    // Stryker disable all : static initialiser, run once per test process before any mutant is active (README, Mutation testing)
    private static readonly string[] AskIds = ["collect", "share", "transfer", "solicit", "notice", "retention", "conformity"];
    // Stryker restore all

    internal DecisionChange(DecisionAsk ask, string subject, Edition from, Edition to, DecisionOutcome? before, DecisionOutcome? after)
    {
        Ask = ask;
        Subject = subject;
        From = from;
        To = to;
        Before = before;
        After = after;
    }

    /// <summary>Gets the kind of question.</summary>
    public DecisionAsk Ask { get; }

    /// <summary>Gets the question's kebab-case id: <c>collect</c>, <c>share</c>, <c>transfer</c>, <c>solicit</c>, <c>notice</c>, <c>retention</c> or <c>conformity</c>.</summary>
    public string AskId => AskIds[(int)Ask - 1];

    /// <summary>
    /// Gets what the question is about, as the conformity report names it: <c>last-name → orders</c>, a recipient
    /// (with its basis), a transferred field, <c>email → consumer prospect</c>, a form id, a subject status
    /// (<c>client</c>, <c>prospect</c>, <c>any-person</c>), or <c>declaration</c>.
    /// </summary>
    public string Subject { get; }

    /// <summary>Gets the edition compared from.</summary>
    public Edition From { get; }

    /// <summary>Gets the edition compared to.</summary>
    public Edition To { get; }

    /// <summary>Gets the outcome under <see cref="From"/>, or <see langword="null"/> when that edition does not have the question.</summary>
    public DecisionOutcome? Before { get; }

    /// <summary>Gets the outcome under <see cref="To"/>, or <see langword="null"/> when that edition does not have the question.</summary>
    public DecisionOutcome? After { get; }

    /// <summary>Returns the question and both outcomes on one line.</summary>
    /// <returns>Such as <c>collect last-name → shared-loyalty-programme: denied (NS48-SCOPE-EXCLUDED-USE) ⇒ allowed (NS48-DATA-LISTED)</c>.</returns>
    public override string ToString() =>
        $"{AskId} {Subject}: {Before?.ToString() ?? "not in this edition"} ⇒ {After?.ToString() ?? "not in this edition"}";
}
