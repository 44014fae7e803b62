using System;
using NodaTime;
using NodaTime.Text;
using Norme48.Decisions;
using Norme48.Rules;

namespace Norme48.Retention;

/// <summary>
/// When a field's retention verdict changes, for a subject whose facts no longer change: from which instant its data
/// are to be archived, the person asked, or the data purged. A schedule depends on the facts alone, never on
/// <c>now</c>, so a database can store it in indexed columns and find what is due with a plain comparison.
/// </summary>
/// <remarks>
/// The verdict at an instant is <see cref="VerdictAt"/>: purge from <see cref="PurgeFrom"/>, otherwise ask before
/// purging from <see cref="AskFrom"/>, otherwise archive from <see cref="ArchiveFrom"/>, otherwise keep. It equals
/// the verdict <see cref="Evaluation.Norme48Evaluator.DecideRetention(Norme48.Vocabulary.DataField, Subject, Instant, bool, Instant?, Norme48.Vocabulary.Sector?)"/>
/// gives at every instant at or after the latest instant of the facts (collection, last contact, events, end of the
/// relationship, proof date); a new fact makes a new schedule. The CNIL's recommendations in advisory mode never make
/// anything due: the schedule of such a prospect is empty.
/// </remarks>
public readonly struct RetentionSchedule : IEquatable<RetentionSchedule>
{
    internal RetentionSchedule(bool outOfScope, Instant? archiveFrom, Instant? askFrom, Instant? purgeFrom, RuleId? purgeRule)
    {
        IsOutOfScope = outOfScope;
        ArchiveFrom = archiveFrom;
        AskFrom = askFrom;
        PurgeFrom = purgeFrom;
        PurgeRule = purgeRule;
    }

    /// <summary>Gets a value indicating whether the controller's sector is outside the norm (the verdict is always out of scope).</summary>
    public bool IsOutOfScope { get; }

    /// <summary>Gets the instant from which the data are to be moved to an intermediate archive, when they will be.</summary>
    public Instant? ArchiveFrom { get; }

    /// <summary>Gets the instant from which the prospect is to be asked before purging (from <c>ns48-2016</c>), when they will be.</summary>
    public Instant? AskFrom { get; }

    /// <summary>
    /// Gets the instant from which the data are to be purged, when they will be. When a purge is due from the facts
    /// themselves at an unknown instant (two unanswered solicitations given as a count), it is the later of the
    /// collection and the last contact from the person.
    /// </summary>
    public Instant? PurgeFrom { get; }

    /// <summary>Gets the rule that makes the purge due first, when one will.</summary>
    public RuleId? PurgeRule { get; }

    /// <summary>Compares two schedules.</summary>
    /// <param name="left">The first schedule.</param>
    /// <param name="right">The second schedule.</param>
    /// <returns><see langword="true"/> when they are equal.</returns>
    public static bool operator ==(RetentionSchedule left, RetentionSchedule right) => left.Equals(right);

    /// <summary>Compares two schedules.</summary>
    /// <param name="left">The first schedule.</param>
    /// <param name="right">The second schedule.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(RetentionSchedule left, RetentionSchedule right) => !left.Equals(right);

    /// <summary>Gets the verdict at an instant, for facts that did not change since the schedule was made.</summary>
    /// <param name="now">The instant.</param>
    /// <returns>The verdict.</returns>
    public RetentionVerdict VerdictAt(Instant now) =>
        IsOutOfScope ? RetentionVerdict.OutOfScope
        : now >= PurgeFrom ? RetentionVerdict.Purge
        : now >= AskFrom ? RetentionVerdict.AskBeforePurge
        : now >= ArchiveFrom ? RetentionVerdict.Archive
        : RetentionVerdict.Keep;

    /// <inheritdoc/>
    public bool Equals(RetentionSchedule other) =>
        IsOutOfScope == other.IsOutOfScope && ArchiveFrom == other.ArchiveFrom && AskFrom == other.AskFrom
        && PurgeFrom == other.PurgeFrom && PurgeRule == other.PurgeRule;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is RetentionSchedule other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(IsOutOfScope, ArchiveFrom, AskFrom, PurgeFrom, PurgeRule);

    /// <summary>Returns the schedule as text.</summary>
    /// <returns>Such as <c>archive from 2026-01-01T00:00:00Z, purge from 2036-01-01T00:00:00Z (NS48-RET-CLIENT-PROOF)</c>.</returns>
    public override string ToString()
    {
        if (IsOutOfScope)
        {
            return "out-of-scope";
        }

        static string At(Instant? instant) => instant is { } value ? InstantPattern.ExtendedIso.Format(value) : string.Empty;
        var parts = new System.Collections.Generic.List<string>(3);
        if (ArchiveFrom is not null)
        {
            parts.Add("archive from " + At(ArchiveFrom));
        }

        if (AskFrom is not null)
        {
            parts.Add("ask from " + At(AskFrom));
        }

        if (PurgeFrom is not null)
        {
            parts.Add("purge from " + At(PurgeFrom) + (PurgeRule is { } rule ? $" ({rule.ToId()})" : string.Empty));
        }

        return parts.Count == 0 ? "keep" : string.Join(", ", parts);
    }
}
