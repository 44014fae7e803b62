using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;

namespace Norme48.Retention;

/// <summary>Whether the person is a client or a prospect.</summary>
public enum SubjectStatus
{
    /// <summary>A client: someone with (or who had) a commercial relationship with the controller.</summary>
    Client = 1,

    /// <summary>A prospect: someone the controller prospects who is not a client.</summary>
    Prospect = 2,
}

/// <summary>What happened in a subject's activity log.</summary>
public enum SubjectEventType
{
    /// <summary>An order: a contact coming from the person.</summary>
    Order = 1,

    /// <summary>A documentation request: a contact coming from the person.</summary>
    DocumentationRequest = 2,

    /// <summary>A trial request: a contact coming from the person.</summary>
    TrialRequest = 3,

    /// <summary>A reply: a contact coming from the person.</summary>
    Reply = 4,

    /// <summary>A click on a link of a message: a contact coming from the person.</summary>
    LinkClick = 5,

    /// <summary>A message the person sent: a contact coming from the person.</summary>
    InboundMessage = 6,

    /// <summary>A positive answer to a re-confirmation request (from <c>ns48-2016</c>): a contact coming from the person.</summary>
    ReconfirmationYes = 7,

    /// <summary>A solicitation sent to the person.</summary>
    Solicitation = 8,

    /// <summary>A re-confirmation request sent to the person (from <c>ns48-2016</c>).</summary>
    ReconfirmationRequest = 9,

    /// <summary>An e-mail the person opened: never a contact coming from the person, in any edition.</summary>
    EmailOpen = 10,

    /// <summary>The start of a commercial relationship.</summary>
    RelationshipStart = 11,

    /// <summary>The end of a commercial relationship; after <c>now</c>, a scheduled end.</summary>
    RelationshipEnd = 12,
}

/// <summary>One entry of a subject's activity log.</summary>
public readonly struct SubjectEvent : IEquatable<SubjectEvent>
{
    /// <summary>Initializes a new instance of the <see cref="SubjectEvent"/> struct.</summary>
    /// <param name="type">What happened.</param>
    /// <param name="at">When it happened.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="type"/> is not a defined <see cref="SubjectEventType"/>.</exception>
    public SubjectEvent(SubjectEventType type, Instant at)
    {
        if (type is < SubjectEventType.Order or > SubjectEventType.RelationshipEnd)
        {
            throw new ArgumentOutOfRangeException(nameof(type), type, "Not a defined event type.");
        }

        Type = type;
        At = at;
    }

    /// <summary>Gets what happened.</summary>
    public SubjectEventType Type { get; }

    /// <summary>Gets when it happened.</summary>
    public Instant At { get; }

    /// <summary>Gets a value indicating whether the event is a contact coming from the person.</summary>
    public bool IsContactFromPerson => Type is >= SubjectEventType.Order and <= SubjectEventType.ReconfirmationYes;

    /// <summary>Compares two events.</summary>
    /// <param name="left">The first event.</param>
    /// <param name="right">The second event.</param>
    /// <returns><see langword="true"/> when both have the same type and instant.</returns>
    public static bool operator ==(SubjectEvent left, SubjectEvent right) => left.Equals(right);

    /// <summary>Compares two events.</summary>
    /// <param name="left">The first event.</param>
    /// <param name="right">The second event.</param>
    /// <returns><see langword="true"/> when they differ in type or instant.</returns>
    public static bool operator !=(SubjectEvent left, SubjectEvent right) => !left.Equals(right);

    /// <inheritdoc/>
    public bool Equals(SubjectEvent other) => Type == other.Type && At == other.At;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is SubjectEvent other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Type, At);

    /// <summary>Returns the type and the instant.</summary>
    /// <returns>Such as <c>Order at 2025-01-01T10:00:00Z</c>.</returns>
    public override string ToString() => $"{Type} at {At}";
}

/// <summary>
/// The person whose data are kept: status, the facts of the relationship and of prospecting, given either as facts
/// (last contact, count of unanswered solicitations, end of the relationship) or as an activity log from which the
/// facts are derived at each decision's instant.
/// </summary>
public sealed class Subject
{
    // Stryker disable all : static initialiser, run once per test process before any mutant is active (README, Mutation testing)
    private static readonly SubjectEvent[] NoEvents = [];
    // Stryker restore all

    private readonly SubjectEvent[]? events;

    /// <summary>The facts of a subject given as facts, at any instant from the end of the relationship on (when one is given).</summary>
    private readonly RetentionFacts given;

    /// <summary>Initializes a new instance of the <see cref="Subject"/> class from facts.</summary>
    /// <param name="status">Client or prospect.</param>
    /// <param name="collectedAt">When the data were collected.</param>
    /// <param name="relationshipEndedAt">
    /// For a client, the end of the commercial relationship; <see langword="null"/> while it lasts. An instant after a
    /// decision's <c>now</c> is a scheduled end: the relationship lasts until then.
    /// </param>
    /// <param name="lastContactAt">The last contact coming from the person (an e-mail open is not one).</param>
    /// <param name="unansweredSolicitations">The number of successive solicitations left unanswered since that contact.</param>
    /// <param name="prospecting">The person's consent and objection to prospecting.</param>
    /// <exception cref="ArgumentOutOfRangeException">
    /// <paramref name="status"/> is not a defined <see cref="SubjectStatus"/>, <paramref name="unansweredSolicitations"/> is
    /// negative, or an instant lies outside 0001-01-01T00:00:00Z … 9989-12-31T23:59:59Z.
    /// </exception>
    public Subject(
        SubjectStatus status,
        Instant? collectedAt = null,
        Instant? relationshipEndedAt = null,
        Instant? lastContactAt = null,
        int unansweredSolicitations = 0,
        ProspectingFacts prospecting = default)
    {
        Status = CheckStatus(status);
        ArgumentOutOfRangeException.ThrowIfNegative(unansweredSolicitations);
        ParisCalendar.CheckRange(collectedAt, nameof(collectedAt));
        ParisCalendar.CheckRange(relationshipEndedAt, nameof(relationshipEndedAt));
        ParisCalendar.CheckRange(lastContactAt, nameof(lastContactAt));
        CollectedAt = collectedAt;
        RelationshipEndedAt = relationshipEndedAt;
        LastContactAt = lastContactAt;
        UnansweredSolicitations = unansweredSolicitations;
        Prospecting = prospecting;
        given = new RetentionFacts(collectedAt, lastContactAt, unansweredSolicitations, secondUnansweredAt: null, endedAt: relationshipEndedAt, scheduledEnd: null);
    }

    private Subject(SubjectStatus status, Instant? collectedAt, SubjectEvent[] events, ProspectingFacts prospecting)
    {
        Status = status;
        CollectedAt = collectedAt;
        this.events = events;
        Prospecting = prospecting;
    }

    /// <summary>Gets whether the person is a client or a prospect.</summary>
    public SubjectStatus Status { get; }

    /// <summary>Gets when the data were collected, when known.</summary>
    public Instant? CollectedAt { get; }

    /// <summary>Gets the end of the relationship given as a fact (<see langword="null"/> when it lasts or when an activity log is given).</summary>
    public Instant? RelationshipEndedAt { get; }

    /// <summary>Gets the last contact from the person given as a fact (<see langword="null"/> when unknown or when an activity log is given).</summary>
    public Instant? LastContactAt { get; }

    /// <summary>Gets the count of unanswered solicitations given as a fact (0 when an activity log is given).</summary>
    public int UnansweredSolicitations { get; }

    /// <summary>Gets the person's consent and objection to prospecting.</summary>
    public ProspectingFacts Prospecting { get; }

    /// <summary>Gets a value indicating whether the facts come from an activity log.</summary>
    public bool HasEvents => events is not null;

    /// <summary>Gets the activity log, sorted by instant (empty when the subject was given as facts).</summary>
    public IReadOnlyList<SubjectEvent> Events => events ?? NoEvents;

    /// <summary>Creates a subject from its activity log; the facts are derived at each decision's instant.</summary>
    /// <param name="status">Client or prospect.</param>
    /// <param name="events">The activity log, in any order; it is copied.</param>
    /// <param name="collectedAt">When the data were collected.</param>
    /// <param name="prospecting">The person's consent and objection to prospecting.</param>
    /// <returns>The subject.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="events"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">
    /// <paramref name="status"/> is not a defined <see cref="SubjectStatus"/>, or an instant lies outside
    /// 0001-01-01T00:00:00Z … 9989-12-31T23:59:59Z.
    /// </exception>
    public static Subject FromEvents(SubjectStatus status, IEnumerable<SubjectEvent> events, Instant? collectedAt = null, ProspectingFacts prospecting = default)
    {
        ArgumentNullException.ThrowIfNull(events);
        ParisCalendar.CheckRange(collectedAt, nameof(collectedAt));
        var sorted = events.ToArray();
        foreach (var e in sorted)
        {
            ParisCalendar.CheckRange(e.At, nameof(events));
        }

        Array.Sort(sorted, static (a, b) => a.At.CompareTo(b.At));
        return new Subject(CheckStatus(status), collectedAt, sorted, prospecting);
    }

    /// <summary>Gets the events, sorted by instant, without the interface enumerator that <see cref="Events"/> would allocate.</summary>
    internal ReadOnlySpan<SubjectEvent> EventSpan => events ?? NoEvents;

    /// <summary>
    /// The facts retention depends on at <paramref name="now"/>, by reference: a subject given as facts hands out its own,
    /// held ready, unless a relationship end lies after <paramref name="now"/>; otherwise they are derived into
    /// <paramref name="derived"/>. A decision then copies no facts.
    /// </summary>
    internal ref readonly RetentionFacts FactsAt(Instant now, ref RetentionFacts derived)
    {
        if (events is null && !(given.EndedAt is { } end && end > now))
        {
            return ref given;
        }

        derived = FactsAt(now);
        return ref derived;
    }

    /// <summary>Derives the facts retention depends on, as they stand at <paramref name="now"/>.</summary>
    internal RetentionFacts FactsAt(Instant now)
    {
        if (events is null)
        {
            // Before a given end the relationship lasts: the end is scheduled.
            return given.EndedAt is { } end && end > now
                ? new RetentionFacts(CollectedAt, LastContactAt, UnansweredSolicitations, secondUnansweredAt: null, endedAt: null, scheduledEnd: end)
                : given;
        }

        Instant? lastContact = null;
        Instant? latestStart = null;
        Instant? latestEnd = null;
        Instant? scheduledEnd = null;
        foreach (var e in events)
        {
            if (e.At > now)
            {
                if (e.Type == SubjectEventType.RelationshipEnd && scheduledEnd is null)
                {
                    scheduledEnd = e.At;
                }

                continue;
            }

            if (e.IsContactFromPerson)
            {
                lastContact = e.At;
            }
            else if (e.Type == SubjectEventType.RelationshipStart)
            {
                latestStart = e.At;
            }
            else if (e.Type == SubjectEventType.RelationshipEnd)
            {
                latestEnd = e.At;
            }
        }

        var unanswered = 0;
        Instant? second = null;
        foreach (var e in events)
        {
            if (e.At > now)
            {
                break;
            }

            var counts = lastContact is { } contact ? e.At > contact : CollectedAt is not { } collected || e.At >= collected;
            if (e.Type == SubjectEventType.Solicitation && counts)
            {
                unanswered++;
                if (unanswered == 2)
                {
                    second = e.At;
                }
            }
        }

        var ended = latestEnd is { } endAt && (latestStart is not { } startAt || endAt > startAt);
        return new RetentionFacts(CollectedAt, lastContact, unanswered, second, ended ? latestEnd : null, ended ? null : scheduledEnd);
    }

    private static SubjectStatus CheckStatus(SubjectStatus status) =>
        status is SubjectStatus.Client or SubjectStatus.Prospect
            ? status
            : throw new ArgumentOutOfRangeException(nameof(status), status, "Not a defined subject status.");
}

/// <summary>The facts retention depends on, at one instant.</summary>
internal readonly struct RetentionFacts
{
    public RetentionFacts(Instant? collectedAt, Instant? lastContactAt, int unanswered, Instant? secondUnansweredAt, Instant? endedAt, Instant? scheduledEnd)
    {
        CollectedAt = collectedAt;
        LastContactAt = lastContactAt;
        Unanswered = unanswered;
        SecondUnansweredAt = secondUnansweredAt;
        EndedAt = endedAt;
        ScheduledEnd = scheduledEnd;
    }

    public Instant? CollectedAt { get; }

    public Instant? LastContactAt { get; }

    public int Unanswered { get; }

    /// <summary>The instant of the second unanswered solicitation, known only from an activity log.</summary>
    public Instant? SecondUnansweredAt { get; }

    /// <summary>The end of the relationship, when it has ended at the decision's instant.</summary>
    public Instant? EndedAt { get; }

    /// <summary>A relationship end after the decision's instant: the relationship lasts until then.</summary>
    public Instant? ScheduledEnd { get; }
}
