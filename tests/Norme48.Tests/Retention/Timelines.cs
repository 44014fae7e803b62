using System;
using System.Linq;
using NodaTime;
using NodaTime.Text;
using Norme48.Prospecting;
using Norme48.Retention;
using Norme48.Vocabulary;

namespace Norme48.Tests.Retention;

/// <summary>
/// A generated subject: its status, collection instant, activity log and prospecting facts, with the instant of the
/// decision. Always valid input for <c>DecideRetention</c>: the collection is not after <see cref="Now"/>, and a prospect
/// has a collection instant or a contact at or before <see cref="Now"/>.
/// </summary>
public sealed record Timeline(SubjectStatus Status, Instant? CollectedAt, SubjectEvent[] Events, ProspectingFacts Prospecting, Instant Now)
{
    public Subject Subject => Subject.FromEvents(Status, Events, CollectedAt, Prospecting);

    /// <summary>The anchor of NS48-RET-PROSPECT-1Y at <see cref="Now"/>: the later of the collection and the last contact from the person.</summary>
    public Instant? ProspectAnchor
    {
        get
        {
            var contacts = Events.Where(e => e.IsContactFromPerson && e.At <= Now).Select(e => (Instant?)e.At);
            return contacts.Append(CollectedAt).Max();
        }
    }

    public Timeline WithEvent(SubjectEvent added) => this with { Events = [.. Events, added] };

    public override string ToString() =>
        $"{Status} collected {Format(CollectedAt)}, now {Format(Now)}, {Prospecting}, events [{string.Join("; ", Events.Select(e => $"{e.Type} {Format(e.At)}"))}]";

    internal static string Format(Instant? instant) => instant is { } value ? InstantPattern.ExtendedIso.Format(value) : "-";
}

/// <summary>A timeline and a later instant with no event in between: the same subject decided later.</summary>
public sealed record LaterNow(Timeline Timeline, Instant Later)
{
    public override string ToString() => $"{Timeline} — later {Timeline.Format(Later)}";
}

/// <summary>A prospect's timeline and a contact from the person <see cref="DelayMinutes"/> after its anchor (at most at now).</summary>
public sealed record LaterContact(Timeline Timeline, SubjectEventType Contact, int DelayMinutes)
{
    public override string ToString() => $"{Timeline} — {Contact} {DelayMinutes} min after the anchor";
}

/// <summary>A timeline whose events will be handed over in an order drawn from <see cref="Seed"/>.</summary>
public sealed record ShuffledTimeline(Timeline Timeline, int Seed)
{
    public SubjectEvent[] ShuffledEvents()
    {
        var events = Timeline.Events.ToArray();
        new Random(Seed).Shuffle(events);
        return events;
    }

    public override string ToString() => $"{Timeline} — seed {Seed}";
}

/// <summary>A timeline and an e-mail open at any instant (before, between or after its events, after now included).</summary>
public sealed record WithEmailOpen(Timeline Timeline, Instant OpenedAt, ProspectingChannel Channel, Audience Audience, Sector? Sector)
{
    public override string ToString() => $"{Timeline} — email-open {Timeline.Format(OpenedAt)}, {Channel} to {Audience} in {Sector?.Name ?? "(no sector)"}";
}

/// <summary>A solicitation of a person who objected.</summary>
public sealed record ObjectedSolicitation(ProspectingChannel Channel, Audience Audience, SubjectStatus Status, ProspectingFacts Prospecting, Sector? Sector)
{
    public override string ToString() => $"{Channel} to {Audience}, {Status}, {Prospecting}, in {Sector?.Name ?? "(no sector)"}";
}
