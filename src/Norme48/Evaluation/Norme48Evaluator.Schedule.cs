using System;
using NodaTime;
using Norme48.Retention;
using Norme48.Rules;
using Norme48.Vocabulary;

namespace Norme48.Evaluation;

/// <content>Retention schedules: when each verdict starts, from the facts alone, for a database to store.</content>
public sealed partial class Norme48Evaluator
{
    /// <summary>
    /// Computes when a field's data are to be archived, the person asked, or the data purged: the instants at which the
    /// retention verdict changes, from the subject's facts alone.
    /// </summary>
    /// <param name="field">The field.</param>
    /// <param name="subject">The person the data are about; every event of its log counts as having happened.</param>
    /// <param name="proof">Whether the field is kept as proof of a right or a contract (meaningless for a prospect).</param>
    /// <param name="proofFrom">The date of the document or contract the field proves; only with <paramref name="proof"/>.</param>
    /// <param name="sector">The controller's sector; <see cref="Sector.General"/> when <see langword="null"/>.</param>
    /// <returns>
    /// The schedule, whose <see cref="RetentionSchedule.VerdictAt"/> equals the verdict of
    /// <see cref="DecideRetention(DataField, Subject, Instant, bool, Instant?, Sector?)"/> at every instant at or after
    /// the latest instant of the facts.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="field"/> or <paramref name="subject"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="proofFrom"/> lies outside the accepted range.</exception>
    /// <exception cref="ArgumentException">
    /// As <see cref="DecideRetention(DataField, Subject, Instant, bool, Instant?, Sector?)"/> would throw: proof date
    /// without proof, a prospect with neither collection nor contact, a re-confirmation event under <c>ns48-2005</c>;
    /// from <c>ns48-2016</c>, a prospect without <see cref="ProspectingFacts.AnswerWindowDays"/>, or the card number
    /// (or, under <c>ns48-2016</c>, connection data), which run on their own clocks.
    /// </exception>
    public RetentionSchedule ScheduleRetention(DataField field, Subject subject, bool proof = false, Instant? proofFrom = null, Sector? sector = null)
    {
        ArgumentNullException.ThrowIfNull(field);
        ArgumentNullException.ThrowIfNull(subject);
        ParisCalendar.CheckRange(proofFrom, nameof(proofFrom));
        if (proofFrom is not null && !proof)
        {
            throw new ArgumentException("proofFrom is the date of the document a proof field proves: give it only with proof.", nameof(proofFrom));
        }

        EnsureEventsOfEdition(subject);

        // The facts once every event has happened: the schedule holds from the latest of them on.
        var facts = subject.FactsAt(ParisCalendar.MaxInstant);
        if (subject.Status == SubjectStatus.Prospect && facts.CollectedAt is null && facts.LastContactAt is null)
        {
            throw new ArgumentException(
                "A prospect's retention runs from the collection or the last contact from the person: give CollectedAt or a contact.", nameof(subject));
        }

        if (sector is not null && sector.IsOutsideNorm(set))
        {
            return new RetentionSchedule(true, null, null, null, null);
        }

        if (field.IsExcluded)
        {
            return new RetentionSchedule(false, null, null, ParisCalendar.MinInstant, RuleId.DataNir);
        }

        if (later)
        {
            EnsureGeneralRetention(field);
        }

        if (subject.Status == SubjectStatus.Client)
        {
            var category = field.Category;
            var forProspecting = later && subject.Prospecting.UsedForProspecting
                && (ReferenceEquals(category, DataCategory.Identity) || ReferenceEquals(category, DataCategory.Situation)
                    || ReferenceEquals(category, DataCategory.CommercialRelationship));
            return ScheduleClient(facts, proof, proofFrom, forProspecting);
        }

        var anchor = Later(facts.CollectedAt, facts.LastContactAt);
        var due = ParisCalendar.Add(anchor, prospectPeriod);
        if (advisesProspectDurations)
        {
            return default;
        }

        if (later)
        {
            var windowEnd = AnswerWindowEnd(subject, due, AnswerWindowDays(subject, due), ParisCalendar.MaxInstant);
            return new RetentionSchedule(false, null, due, windowEnd, RuleId.RetentionProspectThreeYears);
        }

        if (facts.Unanswered < maxUnansweredSolicitations)
        {
            return new RetentionSchedule(false, null, null, due, RuleId.RetentionProspectOneYear);
        }

        // Two unanswered solicitations: due since the second one (unknown for a count, so from the anchor on).
        var second = facts.SecondUnansweredAt ?? anchor;
        return second < due
            ? new RetentionSchedule(false, null, null, second, RuleId.RetentionProspectTwoUnanswered)
            : new RetentionSchedule(false, null, null, due, RuleId.RetentionProspectOneYear);
    }

    private RetentionSchedule ScheduleClient(in RetentionFacts facts, bool proof, Instant? proofFrom, bool forProspecting)
    {
        if (facts.EndedAt is not { } end)
        {
            return default;
        }

        Instant? prospectingEnd = forProspecting ? ParisCalendar.Add(end, clientProspectingPeriod) : null;
        if (!proof)
        {
            return prospectingEnd is { } kept
                ? new RetentionSchedule(false, null, null, kept, RuleId.RetentionClientProspectingThreeYears)
                : new RetentionSchedule(false, null, null, end, RuleId.RetentionClient);
        }

        var archiveEnd = ParisCalendar.Add(proofFrom ?? end, proofArchivePeriod);
        if (prospectingEnd is { } until)
        {
            return archiveEnd <= until
                ? new RetentionSchedule(false, null, null, until, RuleId.RetentionClientProspectingThreeYears)
                : new RetentionSchedule(false, until, null, archiveEnd, RuleId.RetentionClientProof);
        }

        return archiveEnd <= end
            ? new RetentionSchedule(false, null, null, end, RuleId.RetentionClientProof)
            : new RetentionSchedule(false, end, null, archiveEnd, RuleId.RetentionClientProof);
    }
}
