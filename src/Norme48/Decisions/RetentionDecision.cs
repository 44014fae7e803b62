using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Text;
using NodaTime;
using NodaTime.Text;
using Norme48.Rules;
using Norme48.Vocabulary;

namespace Norme48.Decisions;

/// <summary>What to do with a field's data now.</summary>
public enum RetentionVerdict
{
    /// <summary>Keep the data.</summary>
    Keep = 1,

    /// <summary>Move the data to an intermediate archive (proof of a right or a contract).</summary>
    Archive = 2,

    /// <summary>Delete the data.</summary>
    Purge = 3,

    /// <summary>The controller's sector is outside the norm: the norm gives no verdict (NS48-SCOPE-SECTOR).</summary>
    OutOfScope = 4,

    /// <summary>Ask the prospect whether they still want solicitations before purging (from <c>ns48-2016</c>).</summary>
    AskBeforePurge = 5,
}

/// <summary>The verdict, rules and messages shared by every retention decision of one kind.</summary>
internal sealed class RetentionOutcome
{
    public RetentionOutcome(RetentionVerdict verdict, Edition edition, Reason[] reasons)
    {
        Verdict = verdict;
        Edition = edition;
        Reasons = Array.AsReadOnly(reasons);
        Rules = Array.AsReadOnly(reasons.Select(r => r.RuleId).ToArray());
        RuleIndexes = [.. reasons.Select(r => (int)r.RuleId)];
        ConnectionVariant = this;
    }

    /// <summary>Gets the rules as integers, for the purge plan's counting without an interface enumerator.</summary>
    public int[] RuleIndexes { get; }

    /// <summary>Gets the same outcome for connection data (itself when the edition adds no note for them).</summary>
    public RetentionOutcome ConnectionVariant { get; private set; }

    /// <summary>Records the connection-data variant of this outcome, once, while the edition's outcomes are built.</summary>
    public void PairWith(RetentionOutcome connection) => ConnectionVariant = connection;

    public RetentionVerdict Verdict { get; }

    public Edition Edition { get; }

    public IReadOnlyList<Reason> Reasons { get; }

    public IReadOnlyList<RuleId> Rules { get; }
}

/// <summary>
/// The norm's answer about a field's retention at an instant: keep, archive, purge (or out of scope), until when or
/// since when, and the rules that decided.
/// </summary>
/// <remarks>
/// <see cref="Until"/> is the instant at which a keep or archive verdict stops holding (absent when open-ended);
/// <see cref="Since"/> is the instant from which a purge was due (absent when unknown). The verdict, rules and
/// messages are shared between decisions: with recommendations enforced, deciding allocates nothing. In advisory mode a
/// decision with due recommendations allocates its advisories.
/// </remarks>
public readonly struct RetentionDecision : IEquatable<RetentionDecision>
{
    // Stryker disable all : static initialiser, run once per test process before any mutant is active (README, Mutation testing)
    private static readonly IReadOnlyList<Advisory> NoAdvisories = Array.AsReadOnly(Array.Empty<Advisory>());
    // Stryker restore all

    /// <summary>
    /// The outcome, or (in advisory mode) an <see cref="Advised"/> holding it with the advisories: one reference, so that
    /// copying a decision (the purge plan streams them) costs one write barrier, not two.
    /// </summary>
    private readonly object state;

    /// <summary>The instant <see cref="Until"/> or <see cref="Since"/> reads, as <see cref="kind"/> says; decisions never carry both.</summary>
    private readonly Instant at;
    private readonly InstantKind kind;

    internal RetentionDecision(RetentionOutcome outcome, Instant? until, Instant? since, Advisory[]? advisories = null)
        : this(outcome, until, since, advisories is null ? null : Array.AsReadOnly(advisories))
    {
    }

    private RetentionDecision(RetentionOutcome outcome, Instant? until, Instant? since, IReadOnlyList<Advisory>? advisories)
    {
        Debug.Assert(until is null || since is null, "A decision holds until an instant or since one, never both.");
        state = advisories is null ? outcome : new Advised(outcome, advisories);
        (at, kind) = until is { } u ? (u, InstantKind.Until) : since is { } s ? (s, InstantKind.Since) : (default, InstantKind.None);
    }

    /// <summary>A decision without advisories, its instant already tagged.</summary>
    private RetentionDecision(RetentionOutcome outcome, Instant at, InstantKind kind)
    {
        state = outcome;
        this.at = at;
        this.kind = kind;
    }

    private enum InstantKind : byte
    {
        None,
        Until,
        Since,
    }

    /// <summary>Gets the verdict.</summary>
    public RetentionVerdict Verdict => Outcome.Verdict;

    /// <summary>Gets the edition the decision was made under.</summary>
    public Edition Edition => Outcome.Edition;

    /// <summary>Gets the instant at which a keep, archive or ask-before-purge verdict stops holding, when it is not open-ended.</summary>
    public Instant? Until => kind == InstantKind.Until ? at : null;

    /// <summary>Gets the instant from which a purge was due, when known.</summary>
    public Instant? Since => kind == InstantKind.Since ? at : null;

    /// <summary>Gets the ids of the rules that decided, in catalogue order.</summary>
    public IReadOnlyList<RuleId> Rules => Outcome.Rules;

    /// <summary>Gets, per rule that decided, its strength, source and message.</summary>
    public IReadOnlyList<Reason> Reasons => Outcome.Reasons;

    /// <summary>Gets the advisories, in catalogue order (empty unless recommendations are in advisory mode and due).</summary>
    public IReadOnlyList<Advisory> Advisories => (state as Advised)?.Advisories ?? NoAdvisories;

    /// <summary>Gets the shared verdict, rules and messages (<see langword="null"/> for a default instance).</summary>
    internal RetentionOutcome Outcome => state as RetentionOutcome ?? ((Advised)state)?.Outcome!;

    private IReadOnlyList<Advisory>? OwnAdvisories => (state as Advised)?.Advisories;

    /// <summary>
    /// Returns the decision a connection-data field gets where this one is for any other field: the same instants and
    /// advisories, with the outcome whose messages carry the edition's note on connection data.
    /// </summary>
    internal RetentionDecision ForConnectionData()
    {
        if (state is RetentionOutcome outcome)
        {
            return ReferenceEquals(outcome.ConnectionVariant, outcome) ? this : new(outcome.ConnectionVariant, at, kind);
        }

        return ReferenceEquals(Outcome.ConnectionVariant, Outcome) ? this : new(Outcome.ConnectionVariant, Until, Since, OwnAdvisories);
    }

    /// <summary>A decision without advisories that holds until an instant.</summary>
    internal static RetentionDecision HeldUntil(RetentionOutcome outcome, Instant until) => new(outcome, until, InstantKind.Until);

    /// <summary>A decision without advisories that applies since an instant.</summary>
    internal static RetentionDecision DueSince(RetentionOutcome outcome, Instant since) => new(outcome, since, InstantKind.Since);

    /// <summary>Returns a copy of the decision with one more advisory (for notes that depend on the question's instant).</summary>
    internal RetentionDecision WithAdvisory(Advisory advisory) => new(Outcome, Until, Since, [.. Advisories, advisory]);

    /// <summary>Compares two decisions.</summary>
    /// <param name="left">The first decision.</param>
    /// <param name="right">The second decision.</param>
    /// <returns><see langword="true"/> when both have the same verdict, rules, instants and advisories.</returns>
    public static bool operator ==(RetentionDecision left, RetentionDecision right) => left.Equals(right);

    /// <summary>Compares two decisions.</summary>
    /// <param name="left">The first decision.</param>
    /// <param name="right">The second decision.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(RetentionDecision left, RetentionDecision right) => !left.Equals(right);

    /// <inheritdoc/>
    public bool Equals(RetentionDecision other) =>
        ReferenceEquals(Outcome, other.Outcome) && Until == other.Until && Since == other.Since
        && Advisories.Count == other.Advisories.Count
        && Advisories.Zip(other.Advisories).All(p => p.First.Rule.Id == p.Second.Rule.Id && p.First.Since == p.Second.Since);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is RetentionDecision other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Outcome, Until, Since);

    /// <summary>Writes the decision out for a person.</summary>
    /// <param name="language">The language of the messages.</param>
    /// <returns>A multi-line explanation.</returns>
    public string Explain(Language language)
    {
        var text = new StringBuilder(VerdictText(Verdict, language));
        text.Append(" (").Append(Edition.Id).Append(')');
        if (Until is { } until)
        {
            text.Append(language == Language.French ? " jusqu'au " : " until ").Append(InstantPattern.ExtendedIso.Format(until));
        }

        if (Since is { } since)
        {
            text.Append(language == Language.French ? " depuis le " : " since ").Append(InstantPattern.ExtendedIso.Format(since));
        }

        foreach (var reason in Reasons)
        {
            text.AppendLine().Append("  ").Append(reason.Rule.Code).Append(" [").Append(reason.Source).Append("]: ").Append(reason.Message.In(language));
        }

        foreach (var advisory in Advisories)
        {
            text.AppendLine().Append("  advisory ").Append(advisory.Rule.Code).Append(": ").Append(advisory.Message.In(language));
        }

        return text.ToString();
    }

    /// <summary>Returns the verdict, the instants and the rule ids.</summary>
    /// <returns>Such as <c>purge since 2026-03-01T09:00:00Z (NS48-RET-PROSPECT-1Y)</c>.</returns>
    public override string ToString()
    {
        if (state is null)
        {
            return "(no decision)";
        }

        var text = new StringBuilder(VerdictText(Verdict, Language.English));
        if (Until is { } until)
        {
            text.Append(" until ").Append(InstantPattern.ExtendedIso.Format(until));
        }

        if (Since is { } since)
        {
            text.Append(" since ").Append(InstantPattern.ExtendedIso.Format(since));
        }

        return text.Append(" (").Append(string.Join(", ", Rules.Select(r => r.ToId()))).Append(')').ToString();
    }

    /// <summary>Gets the name of a verdict, as the JSON contract writes it in English (<c>keep</c>, <c>archive</c>, <c>purge</c>, <c>out-of-scope</c>, <c>ask-before-purge</c>) or in French.</summary>
    /// <param name="verdict">The verdict.</param>
    /// <param name="language">The language.</param>
    /// <returns>The verdict's name.</returns>
    public static string VerdictName(RetentionVerdict verdict, Language language) => VerdictText(verdict, language);

    internal static string VerdictText(RetentionVerdict verdict, Language language) => (verdict, language) switch
    {
        (RetentionVerdict.Keep, Language.French) => "conserver",
        (RetentionVerdict.Archive, Language.French) => "archiver",
        (RetentionVerdict.Purge, Language.French) => "supprimer",
        (RetentionVerdict.OutOfScope, Language.French) => "hors du champ de la norme",
        (RetentionVerdict.AskBeforePurge, Language.French) => "demander avant de supprimer",
        (RetentionVerdict.Keep, _) => "keep",
        (RetentionVerdict.Archive, _) => "archive",
        (RetentionVerdict.Purge, _) => "purge",
        (RetentionVerdict.OutOfScope, _) => "out-of-scope",
        _ => "ask-before-purge",
    };

    /// <summary>An outcome with the advisories of one decision.</summary>
    private sealed class Advised(RetentionOutcome outcome, IReadOnlyList<Advisory> advisories)
    {
        public RetentionOutcome Outcome { get; } = outcome;

        public IReadOnlyList<Advisory> Advisories { get; } = advisories;
    }
}
