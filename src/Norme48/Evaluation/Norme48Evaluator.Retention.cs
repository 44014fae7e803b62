using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using NodaTime;
using Norme48.Decisions;
using Norme48.Retention;
using Norme48.Rules;
using Norme48.Vocabulary;

namespace Norme48.Evaluation;

/// <content>Retention: keep, archive or purge a field's data at an instant.</content>
public sealed partial class Norme48Evaluator
{
    private readonly RetentionOutcomes retention;
    private readonly IReadOnlyList<RetentionPolicy> policies;
    private readonly Period proofArchivePeriod;
    private readonly Period prospectPeriod;
    private readonly int maxUnansweredSolicitations;
    private readonly Period clientProspectingPeriod;
    private readonly bool advisesProspectDurations;

    /// <summary>
    /// Why the two <c>DecideRetention</c> overloads may both take optional parameters (RS0026): they differ in a required
    /// parameter, an <see cref="Instant"/> or an <see cref="IClock"/>, so no call can be ambiguous, and the optional
    /// proof and sector arguments read the same in both.
    /// </summary>
    private const string OverloadsDifferInTheirClock =
        "The overloads differ in a required parameter (Instant now or IClock clock), so no call binds ambiguously; the optional arguments are the same in both.";

    /// <summary>Gets the earliest instant the evaluators accept: 0001-01-01T00:00:00Z.</summary>
    public static Instant EarliestInstant => ParisCalendar.MinInstant;

    /// <summary>Gets the latest instant the evaluators accept: 9989-12-31T23:59:59Z, so that every due instant stays in NodaTime's range.</summary>
    public static Instant LatestInstant => ParisCalendar.MaxInstant;

    /// <summary>Gets the norm's retention policies under <see cref="Edition"/>: the data the retention decisions follow.</summary>
    public IReadOnlyList<RetentionPolicy> RetentionPolicies => policies;

    /// <summary>Decides what to do with a field's data at the instant the clock reads.</summary>
    /// <param name="field">The field.</param>
    /// <param name="subject">The person the data are about.</param>
    /// <param name="clock">The clock that gives <c>now</c> (the library never reads the system clock itself).</param>
    /// <param name="proof">Whether the field is kept as proof of a right or a contract (meaningless for a prospect).</param>
    /// <param name="proofFrom">The date of the document or contract the field proves; only with <paramref name="proof"/>.</param>
    /// <param name="sector">The controller's sector; <see cref="Sector.General"/> when <see langword="null"/>.</param>
    /// <returns>The decision, as <see cref="DecideRetention(DataField, Subject, Instant, bool, Instant?, Sector?)"/> gives it.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="clock"/> is <see langword="null"/>.</exception>
    [SuppressMessage("ApiDesign", "RS0026:Do not add multiple public overloads with optional parameters", Justification = OverloadsDifferInTheirClock)]
    public RetentionDecision DecideRetention(DataField field, Subject subject, IClock clock, bool proof = false, Instant? proofFrom = null, Sector? sector = null)
    {
        ArgumentNullException.ThrowIfNull(clock);
        return DecideRetention(field, subject, clock.GetCurrentInstant(), proof, proofFrom, sector);
    }

    /// <summary>Decides what to do with a field's data at an instant (NS48-RET-*).</summary>
    /// <param name="field">The field.</param>
    /// <param name="subject">The person the data are about.</param>
    /// <param name="now">The instant of the decision.</param>
    /// <param name="proof">Whether the field is kept as proof of a right or a contract (meaningless for a prospect).</param>
    /// <param name="proofFrom">The date of the document or contract the field proves; only with <paramref name="proof"/>.</param>
    /// <param name="sector">The controller's sector; <see cref="Sector.General"/> when <see langword="null"/>.</param>
    /// <returns>
    /// <list type="bullet">
    /// <item>outside the norm's sectors: <see cref="RetentionVerdict.OutOfScope"/>, NS48-SCOPE-SECTOR alone;</item>
    /// <item>the NIR or an excluded field: purge, NS48-DATA-NIR alone, no <c>since</c>;</item>
    /// <item>a client whose relationship lasts: keep, NS48-RET-CLIENT (until a scheduled end, when one is given);</item>
    /// <item>a relationship that ended: purge since the end (NS48-RET-CLIENT); a proof field is archived until ten years
    /// after <paramref name="proofFrom"/> (or after the end), then purged (NS48-RET-CLIENT-PROOF);</item>
    /// <item>a prospect: keep until one year after the later of collection and the last contact from the person
    /// (NS48-RET-PROSPECT-1Y); purge once that is past or two successive solicitations went unanswered, citing every
    /// due recommendation, since the earliest known due instant; with recommendations in advisory mode, keep under
    /// NS48-RET-PROSPECT-NECESSARY with one advisory per due recommendation.</item>
    /// </list>
    /// From <c>ns48-2016</c> on: a prospect is kept until D, three years after the later of collection and the last
    /// contact from the person (NS48-RET-PROSPECT-3Y; an e-mail open is not a contact); from D the verdict is
    /// <see cref="RetentionVerdict.AskBeforePurge"/> (NS48-RET-PROSPECT-RECONTACT) until W, the end of the answer window
    /// (<see cref="ProspectingFacts.AnswerWindowDays"/> from D, or from a re-confirmation request sent at or after D and
    /// before D + window); from W, purge since W citing both rules. A client's identity, situation and
    /// commercial-relationship data used for prospecting are kept three years after the relationship ends
    /// (NS48-RET-CLIENT-PROSPECTING-3Y). The card number and, under <c>ns48-2016</c>, connection data run on their own
    /// clocks: ask <see cref="DecideCardRetention"/> and <see cref="DecideTrackerRetention"/>. Under <c>ns48-2016</c> an
    /// instant before 2016-09-14 adds an <c>edition-note</c> advisory.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="field"/> or <paramref name="subject"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An instant lies outside 0001-01-01T00:00:00Z … 9989-12-31T23:59:59Z.</exception>
    /// <exception cref="ArgumentException">
    /// The subject's log holds a re-confirmation event under <c>ns48-2005</c>, which has none;
    /// <paramref name="proofFrom"/> is given without <paramref name="proof"/>, or lies after <paramref name="now"/> for a
    /// client; the subject's collection, or a prospect's last contact, lies after <paramref name="now"/>; or a prospect
    /// has neither a collection instant nor a contact from the person at <paramref name="now"/>; from <c>ns48-2016</c>, a
    /// prospect past D has no <see cref="ProspectingFacts.AnswerWindowDays"/>, or <paramref name="field"/> is the card
    /// number (or, under <c>ns48-2016</c>, connection data). Facts a status does not
    /// use (a client's last contact, a prospect's proof) are otherwise ignored.
    /// </exception>
    [SuppressMessage("ApiDesign", "RS0026:Do not add multiple public overloads with optional parameters", Justification = OverloadsDifferInTheirClock)]
    public RetentionDecision DecideRetention(DataField field, Subject subject, Instant now, bool proof = false, Instant? proofFrom = null, Sector? sector = null)
    {
        ArgumentNullException.ThrowIfNull(field);
        ArgumentNullException.ThrowIfNull(subject);
        ParisCalendar.CheckRange(now, nameof(now));
        ParisCalendar.CheckRange(proofFrom, nameof(proofFrom));
        if (proofFrom is { } from)
        {
            if (!proof)
            {
                throw new ArgumentException("proofFrom is the date of the document a proof field proves: give it only with proof.", nameof(proofFrom));
            }

            if (from > now && subject.Status == SubjectStatus.Client)
            {
                throw new ArgumentException("proofFrom lies after now.", nameof(proofFrom));
            }
        }

        CheckSubject(subject, now);
        var derived = default(RetentionFacts);
        ref readonly var facts = ref subject.FactsAt(now, ref derived);
        if (!HasAnchor(subject, facts))
        {
            throw new ArgumentException(
                "A prospect's retention runs from the collection or the last contact from the person: give CollectedAt or a contact.", nameof(subject));
        }

        return DecideField(field, subject, facts, now, proof, proofFrom, sector);
    }

    /// <summary>Whether a controller of this sector is outside the norm under <see cref="Edition"/> (every field then out of scope).</summary>
    internal bool IsOutsideNorm(Sector? sector) => sector is not null && sector.IsOutsideNorm(set);

    /// <summary>
    /// Whether a field's retention is decided by something else than the subject's status: an excluded field (the NIR),
    /// or, from <c>ns48-2016</c>, a field <see cref="EnsureGeneralRetention"/> refuses.
    /// </summary>
    internal bool HasOwnRetention(DataField field) =>
        HasOwnRetention(field.Category) || (CardHasOwnRetention && ReferenceEquals(field, DataField.BankCardNumber));

    /// <summary>
    /// Whether every field of a category has its retention decided by something else than the subject's status: the
    /// excluded category, or connection data when the edition runs them on the tracker clock.
    /// </summary>
    internal bool HasOwnRetention(DataCategory category) =>
        ReferenceEquals(category, DataCategory.Excluded)
            || (later && ReferenceEquals(category, DataCategory.ConnectionData) && Rulebook.Contains(RuleId.RetentionTracker13Months));

    /// <summary>Gets a value indicating whether the card number runs on its own clock (from <c>ns48-2016</c>).</summary>
    internal bool CardHasOwnRetention => later;

    /// <summary>
    /// The facts of a subject at <paramref name="now"/>, when <see cref="DecideRetention(DataField, Subject, Instant, bool, Instant?, Sector?)"/>
    /// would accept the subject and <paramref name="now"/> (<paramref name="accepted"/>; otherwise it would throw): the
    /// subject's own facts when they hold, read in place, or facts derived into <paramref name="derived"/>.
    /// </summary>
    internal ref readonly RetentionFacts FactsForRetention(Subject subject, Instant now, ref RetentionFacts derived, out bool accepted)
    {
        accepted = false;
        if (now < ParisCalendar.MinInstant || now > ParisCalendar.MaxInstant || subject.CollectedAt > now
            || (subject.LastContactAt > now && subject.Status == SubjectStatus.Prospect) || HasEventsOutsideEdition(subject))
        {
            return ref derived;
        }

        ref readonly var facts = ref subject.FactsAt(now, ref derived);
        accepted = HasAnchor(subject, facts);
        return ref facts;
    }

    /// <summary>
    /// The decision for a field that is neither excluded nor has its own retention (<see cref="HasOwnRetention(DataField)"/>), of a
    /// subject whose facts are valid, for a controller inside the norm; for connection data, take
    /// <see cref="RetentionDecision.ForConnectionData"/> of it.
    /// </summary>
    internal RetentionDecision DecideGeneralField(Subject subject, in RetentionFacts facts, Instant now, bool proof, Instant? proofFrom, bool forProspecting)
    {
        if (!later)
        {
            return subject.Status == SubjectStatus.Client
                ? DecideClient(facts, now, proof, proofFrom, 0, forProspecting: false)
                : DecideProspect(facts, now, 0);
        }

        var decision = subject.Status == SubjectStatus.Client
            ? DecideClient(facts, now, proof, proofFrom, 0, forProspecting)
            : DecideProspectLater(subject, facts, now, 0);
        return WithEditionNote(decision, now);
    }

    /// <summary>Whether, from <c>ns48-2016</c>, a field of this category is kept for prospecting (NS48-RET-CLIENT-PROSPECTING-3Y) when the subject's data are used for it.</summary>
    internal bool KeptForProspecting(Subject subject, DataCategory category) =>
        KeepsForProspecting(subject) && IsKeptForProspecting(category);

    /// <summary>Whether, from <c>ns48-2016</c>, the subject's data are used for prospecting, so that some of its categories are kept for it.</summary>
    internal bool KeepsForProspecting(Subject subject) => later && subject.Prospecting.UsedForProspecting;

    /// <summary>Whether a category is one that NS48-RET-CLIENT-PROSPECTING-3Y keeps: identity, situation, commercial relationship.</summary>
    internal static bool IsKeptForProspecting(DataCategory category) =>
        ReferenceEquals(category, DataCategory.Identity) || ReferenceEquals(category, DataCategory.Situation)
            || ReferenceEquals(category, DataCategory.CommercialRelationship);

    /// <summary>Refuses a subject whose collection, or a prospect's last contact, lies after now, or whose log the edition does not know.</summary>
    private void CheckSubject(Subject subject, Instant now)
    {
        if (subject.CollectedAt > now)
        {
            throw new ArgumentException("The subject's CollectedAt lies after now.", nameof(subject));
        }

        if (subject.LastContactAt > now && subject.Status == SubjectStatus.Prospect)
        {
            throw new ArgumentException("The subject's LastContactAt lies after now.", nameof(subject));
        }

        EnsureEventsOfEdition(subject);
    }

    /// <summary>Whether the subject's retention has something to run from: a client's always has; a prospect's needs a collection or a contact.</summary>
    private static bool HasAnchor(Subject subject, in RetentionFacts facts) =>
        subject.Status != SubjectStatus.Prospect || facts.CollectedAt is not null || facts.LastContactAt is not null;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private RetentionDecision DecideField(DataField field, Subject subject, in RetentionFacts facts, Instant now, bool proof, Instant? proofFrom, Sector? sector)
    {
        if (sector is not null && sector.IsOutsideNorm(set))
        {
            return new RetentionDecision(retention.OutOfScope, null, null);
        }

        if (field.IsExcluded)
        {
            return new RetentionDecision(ReferenceEquals(field, DataField.Nir) ? retention.NirPurge : retention.ExcludedPurge, null, null);
        }

        if (later)
        {
            EnsureGeneralRetention(field);
        }

        var connection = ReferenceEquals(field.Category, DataCategory.ConnectionData) ? 1 : 0;
        if (!later)
        {
            return subject.Status == SubjectStatus.Client
                ? DecideClient(facts, now, proof, proofFrom, connection, forProspecting: false)
                : DecideProspect(facts, now, connection);
        }

        var forProspecting = KeptForProspecting(subject, field.Category);
        var decision = subject.Status == SubjectStatus.Client
            ? DecideClient(facts, now, proof, proofFrom, connection, forProspecting)
            : DecideProspectLater(subject, facts, now, connection);
        return WithEditionNote(decision, now);
    }

    private RetentionDecision DecideClient(in RetentionFacts facts, Instant now, bool proof, Instant? proofFrom, int connection, bool forProspecting)
    {
        if (facts.EndedAt is not { } end)
        {
            return new RetentionDecision(retention.ClientKeep[connection], facts.ScheduledEnd, null);
        }

        // From ns48-2016: identity, situation and commercial-relationship data also used for prospecting are kept
        // three years after the relationship ends (NS48-RET-CLIENT-PROSPECTING-3Y); proof rules apply after that.
        Instant? prospectingEnd = null;
        if (forProspecting)
        {
            var until = ParisCalendar.Add(end, clientProspectingPeriod);
            if (now < until)
            {
                return RetentionDecision.HeldUntil(retention.ClientProspectingKeep[connection], until);
            }

            prospectingEnd = until;
        }

        if (!proof)
        {
            return prospectingEnd is { } over
                ? RetentionDecision.DueSince(retention.ClientProspectingPurge[connection], over)
                : RetentionDecision.DueSince(retention.ClientPurge[connection], end);
        }

        var archiveEnd = ParisCalendar.Add(proofFrom ?? end, proofArchivePeriod);
        if (prospectingEnd is { } kept && archiveEnd <= kept)
        {
            return RetentionDecision.DueSince(retention.ClientProspectingPurge[connection], kept);
        }

        if (archiveEnd <= end)
        {
            return RetentionDecision.DueSince(retention.ProofPurge[connection], end);
        }

        return now < archiveEnd
            ? RetentionDecision.HeldUntil((proofFrom is null ? retention.ProofArchiveUpperBound : retention.ProofArchive)[connection], archiveEnd)
            : RetentionDecision.DueSince(retention.ProofPurge[connection], archiveEnd);
    }

    private RetentionDecision DecideProspect(in RetentionFacts facts, Instant now, int connection)
    {
        var anchor = Later(facts.CollectedAt, facts.LastContactAt);
        var dueByTime = ParisCalendar.Add(anchor, prospectPeriod);
        var timeDue = now >= dueByTime;
        var countDue = facts.Unanswered >= maxUnansweredSolicitations;

        if (advisesProspectDurations)
        {
            Advisory[]? advisories = null;
            if (timeDue || countDue)
            {
                var list = new List<Advisory>(2);
                if (timeDue)
                {
                    list.Add(new Advisory(Rulebook[RuleId.RetentionProspectOneYear], dueByTime, Messages.ProspectOneYearDue));
                }

                if (countDue)
                {
                    list.Add(new Advisory(Rulebook[RuleId.RetentionProspectTwoUnanswered], facts.SecondUnansweredAt, Messages.ProspectTwoUnansweredDue));
                }

                advisories = [.. list];
            }

            return new RetentionDecision(retention.ProspectNecessary[connection], null, null, advisories);
        }

        if (!timeDue && !countDue)
        {
            return RetentionDecision.HeldUntil(retention.ProspectKeep[connection], dueByTime);
        }

        if (!countDue)
        {
            return RetentionDecision.DueSince(retention.ProspectPurgeOneYear[connection], dueByTime);
        }

        Instant? since = timeDue ? dueByTime : null;
        if (facts.SecondUnansweredAt is { } second && (since is null || second < since))
        {
            since = second;
        }

        var outcome = timeDue ? retention.ProspectPurgeBoth : retention.ProspectPurgeUnanswered;
        return new RetentionDecision(outcome[connection], null, since);
    }

    /// <summary>
    /// A prospect from <c>ns48-2016</c> on: keep until D, three years after the collection or the last contact from the
    /// person; from D ask before purging until W, the end of the answer window (counted from D, or from a
    /// re-confirmation request sent at or after D and before D + window); purge from W.
    /// </summary>
    private RetentionDecision DecideProspectLater(Subject subject, in RetentionFacts facts, Instant now, int connection)
    {
        var due = ParisCalendar.Add(Later(facts.CollectedAt, facts.LastContactAt), prospectPeriod);
        if (now < due)
        {
            return new RetentionDecision(advisesProspectDurations ? retention.ProspectNecessary[connection] : retention.ProspectKeep[connection],
                advisesProspectDurations ? null : due, null);
        }

        var days = AnswerWindowDays(subject, due);

        var windowEnd = AnswerWindowEnd(subject, due, days, now);

        if (advisesProspectDurations)
        {
            Advisory[] advisories = now >= windowEnd
                ? [new Advisory(Rulebook[RuleId.RetentionProspectThreeYears], due, Messages.ProspectThreeYearsDue),
                    new Advisory(Rulebook[RuleId.RetentionProspectRecontact], windowEnd, Messages.ProspectRecontactPurge)]
                : [new Advisory(Rulebook[RuleId.RetentionProspectThreeYears], due, Messages.ProspectThreeYearsDue)];
            return new RetentionDecision(retention.ProspectNecessary[connection], null, null, advisories);
        }

        return now < windowEnd
            ? new RetentionDecision(retention.ProspectAskBeforePurge[connection], windowEnd, null)
            : new RetentionDecision(retention.ProspectRecontactPurge[connection], null, windowEnd);
    }

    private int AnswerWindowDays(Subject subject, Instant due) =>
        subject.Prospecting.AnswerWindowDays ?? throw new ArgumentException(
            $"Under {Edition.Id}, a prospect whose three years run (from {NodaTime.Text.InstantPattern.ExtendedIso.Format(due)}) needs ProspectingFacts.AnswerWindowDays: how long the person is given to answer a re-confirmation request.",
            nameof(subject));

    /// <summary>Refuses a log with re-confirmation events under <c>ns48-2005</c>, which has none.</summary>
    private void EnsureEventsOfEdition(Subject subject)
    {
        if (HasEventsOutsideEdition(subject))
        {
            ThrowEventOutsideEdition(FirstEventOutsideEdition(subject)!.Value, nameof(subject));
        }
    }

    [DoesNotReturn]
    private void ThrowEventOutsideEdition(SubjectEventType type, string paramName) =>
        throw new ArgumentException($"The event type {type} is not part of edition {Edition.Id}; it exists in ns48-2016, ref-2021.", paramName);

    private bool HasEventsOutsideEdition(Subject subject) => !later && subject.HasEvents && FirstEventOutsideEdition(subject) is not null;

    private static SubjectEventType? FirstEventOutsideEdition(Subject subject)
    {
        foreach (var e in subject.EventSpan)
        {
            if (e.Type is SubjectEventType.ReconfirmationRequest or SubjectEventType.ReconfirmationYes)
            {
                return e.Type;
            }
        }

        return null;
    }

    /// <summary>The end of a later-edition prospect's answer window: from D, or from a re-confirmation request sent at or after D and before D + window.</summary>
    private static Instant AnswerWindowEnd(Subject subject, Instant due, int days, Instant now)
    {
        var windowEnd = ParisCalendar.AddDays(due, days);
        foreach (var e in subject.EventSpan)
        {
            if (e.At > now || e.At >= windowEnd)
            {
                break;
            }

            if (e.Type == SubjectEventType.ReconfirmationRequest && e.At >= due)
            {
                return ParisCalendar.AddDays(e.At, days);
            }
        }

        return windowEnd;
    }

    private RetentionDecision WithEditionNote(RetentionDecision decision, Instant at)
    {
        if (Edition.AmendedFrom is not { } amended || at.InZone(ParisCalendar.Zone).Date >= amended || decision.Reasons.Count == 0)
        {
            return decision;
        }

        var note = new Advisory(decision.Reasons[0].Rule, null, Messages.EditionNote2012, "edition-note");
        return decision.WithAdvisory(note);
    }

    private static Instant Later(Instant? first, Instant? second) =>
        first is { } a ? (second is { } b ? Instant.Max(a, b) : a) : second!.Value;
}

/// <summary>Every retention outcome of an edition (verdict, rules, messages), built once; index 1 is the connection-data variant.</summary>
internal sealed class RetentionOutcomes
{
    public RetentionOutcomes(Rulebook rulebook)
    {
        var edition = rulebook.Edition;
        var later = !ReferenceEquals(edition, Edition.Ns2005);
        var connectionNote = ReferenceEquals(edition, Edition.Ns2005) ? Messages.ConnectionRetentionNote
            : ReferenceEquals(edition, Edition.Ref2021) ? Messages.ConnectionRetentionNoteRef2021 : null;
        RetentionOutcome One(RetentionVerdict verdict, RuleId rule, LocalizedText message) =>
            new(verdict, edition, [new Reason(rulebook[rule], message)]);

        RetentionOutcome[] Pair(RetentionVerdict verdict, RuleId rule, LocalizedText message)
        {
            var plain = One(verdict, rule, message);
            var connection = connectionNote is null ? plain : One(verdict, rule, Messages.Join(message, connectionNote));
            plain.PairWith(connection);
            return [plain, connection];
        }

        RetentionOutcome[] Two(RetentionVerdict verdict, RuleId first, LocalizedText firstMessage, RuleId second, LocalizedText secondMessage)
        {
            RetentionOutcome Make(LocalizedText? note) => new(verdict, edition,
            [
                new Reason(rulebook[first], note is null ? firstMessage : Messages.Join(firstMessage, note)),
                new Reason(rulebook[second], note is null ? secondMessage : Messages.Join(secondMessage, note)),
            ]);

            var plain = Make(null);
            var connection = connectionNote is null ? plain : Make(connectionNote);
            plain.PairWith(connection);
            return [plain, connection];
        }

        LocalizedText Proof(LocalizedText message) => later ? Messages.Join(message, Messages.ProofFiveYearsNote) : message;

        OutOfScope = One(RetentionVerdict.OutOfScope, RuleId.ScopeSector, Messages.SectorOutsideIn(edition));
        NirPurge = One(RetentionVerdict.Purge, RuleId.DataNir, Messages.NirPurge);
        ExcludedPurge = One(RetentionVerdict.Purge, RuleId.DataNir, Messages.ExcludedPurge);
        ClientKeep = Pair(RetentionVerdict.Keep, RuleId.RetentionClient, Messages.ClientKeep);
        ClientPurge = Pair(RetentionVerdict.Purge, RuleId.RetentionClient, Messages.ClientPurge);
        ProofArchive = Pair(RetentionVerdict.Archive, RuleId.RetentionClientProof, Proof(Messages.ProofArchive));
        ProofArchiveUpperBound = Pair(RetentionVerdict.Archive, RuleId.RetentionClientProof, Proof(Messages.ProofArchiveUpperBound));
        ProofPurge = Pair(RetentionVerdict.Purge, RuleId.RetentionClientProof, Messages.ProofPurge);
        ProspectNecessary = Pair(RetentionVerdict.Keep, RuleId.RetentionProspectNecessary, Messages.ProspectNecessary);
        if (!later)
        {
            ProspectKeep = Pair(RetentionVerdict.Keep, RuleId.RetentionProspectOneYear, Messages.ProspectKeep);
            ProspectPurgeOneYear = Pair(RetentionVerdict.Purge, RuleId.RetentionProspectOneYear, Messages.ProspectOneYearDue);
            ProspectPurgeUnanswered = Pair(RetentionVerdict.Purge, RuleId.RetentionProspectTwoUnanswered, Messages.ProspectTwoUnansweredDue);
            ProspectPurgeBoth = Two(RetentionVerdict.Purge,
                RuleId.RetentionProspectOneYear, Messages.ProspectOneYearDue, RuleId.RetentionProspectTwoUnanswered, Messages.ProspectTwoUnansweredDue);
            ClientProspectingKeep = ClientProspectingPurge = ProspectAskBeforePurge = ProspectRecontactPurge = [];
            return;
        }

        ProspectKeep = Pair(RetentionVerdict.Keep, RuleId.RetentionProspectThreeYears, Messages.ProspectKeepThreeYears);
        ProspectAskBeforePurge = Pair(RetentionVerdict.AskBeforePurge, RuleId.RetentionProspectRecontact, Messages.ProspectAskBeforePurge);
        ProspectRecontactPurge = Two(RetentionVerdict.Purge,
            RuleId.RetentionProspectThreeYears, Messages.ProspectThreeYearsDue, RuleId.RetentionProspectRecontact, Messages.ProspectRecontactPurge);
        ClientProspectingKeep = Pair(RetentionVerdict.Keep, RuleId.RetentionClientProspectingThreeYears, Messages.ClientProspectingKeep);
        ClientProspectingPurge = Pair(RetentionVerdict.Purge, RuleId.RetentionClientProspectingThreeYears, Messages.ClientProspectingPurge);
        ProspectPurgeOneYear = ProspectPurgeUnanswered = ProspectPurgeBoth = [];

        CardTransactionKeep = One(RetentionVerdict.Keep, RuleId.RetentionCardTransaction, Messages.CardTransactionKeep);
        CardDisputeArchive = One(RetentionVerdict.Archive, RuleId.RetentionCardDispute, Messages.CardDisputeArchive);
        CardDisputePurge = One(RetentionVerdict.Purge, RuleId.RetentionCardDispute, Messages.CardDisputePurge);
        CardSecurityCodeKeep = One(RetentionVerdict.Keep, RuleId.RetentionCardCvv, Messages.CardSecurityCodeKeep);
        CardSecurityCodePurge = One(RetentionVerdict.Purge, RuleId.RetentionCardCvv, Messages.CardSecurityCodePurge);
        CardConsentKeep = One(RetentionVerdict.Keep, RuleId.RetentionCardConsent, Messages.CardConsentKeep);
        ObjectionListKeep = One(RetentionVerdict.Keep, RuleId.RetentionObjectionListThreeYears, Messages.ObjectionListKeepMinimum);
        ObjectionListKeepBeyond = One(RetentionVerdict.Keep, RuleId.RetentionObjectionListThreeYears, Messages.ObjectionListKeepBeyond);
        if (rulebook.Contains(RuleId.RetentionTracker13Months))
        {
            TrackerKeep = One(RetentionVerdict.Keep, RuleId.RetentionTracker13Months, Messages.TrackerKeep);
            TrackerPurge = One(RetentionVerdict.Purge, RuleId.RetentionTracker13Months, Messages.TrackerPurge);
        }

        if (rulebook.Contains(RuleId.RetentionAccountInactiveTwoYears))
        {
            AccountKeep = One(RetentionVerdict.Keep, RuleId.RetentionAccountInactiveTwoYears, Messages.AccountKeep);
            AccountWarn = One(RetentionVerdict.AskBeforePurge, RuleId.RetentionAccountInactiveTwoYears, Messages.AccountWarn);
            AccountPurge = One(RetentionVerdict.Purge, RuleId.RetentionAccountInactiveTwoYears, Messages.AccountPurge);
        }
    }

    public RetentionOutcome OutOfScope { get; }

    public RetentionOutcome NirPurge { get; }

    public RetentionOutcome ExcludedPurge { get; }

    public RetentionOutcome[] ClientKeep { get; }

    public RetentionOutcome[] ClientPurge { get; }

    public RetentionOutcome[] ProofArchive { get; }

    public RetentionOutcome[] ProofArchiveUpperBound { get; }

    public RetentionOutcome[] ProofPurge { get; }

    public RetentionOutcome[] ProspectKeep { get; }

    public RetentionOutcome[] ProspectPurgeOneYear { get; }

    public RetentionOutcome[] ProspectPurgeUnanswered { get; }

    public RetentionOutcome[] ProspectPurgeBoth { get; }

    public RetentionOutcome[] ProspectNecessary { get; }

    public RetentionOutcome[] ProspectAskBeforePurge { get; }

    public RetentionOutcome[] ProspectRecontactPurge { get; }

    public RetentionOutcome[] ClientProspectingKeep { get; }

    public RetentionOutcome[] ClientProspectingPurge { get; }

    public RetentionOutcome? CardTransactionKeep { get; }

    public RetentionOutcome? CardDisputeArchive { get; }

    public RetentionOutcome? CardDisputePurge { get; }

    public RetentionOutcome? CardSecurityCodeKeep { get; }

    public RetentionOutcome? CardSecurityCodePurge { get; }

    public RetentionOutcome? CardConsentKeep { get; }

    public RetentionOutcome? TrackerKeep { get; }

    public RetentionOutcome? TrackerPurge { get; }

    public RetentionOutcome? ObjectionListKeep { get; }

    public RetentionOutcome? ObjectionListKeepBeyond { get; }

    public RetentionOutcome? AccountKeep { get; }

    public RetentionOutcome? AccountWarn { get; }

    public RetentionOutcome? AccountPurge { get; }
}
