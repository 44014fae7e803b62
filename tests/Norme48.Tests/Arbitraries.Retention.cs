using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using Norme48.Prospecting;
using Norme48.Retention;
using Norme48.Tests.Retention;
using Norme48.Vocabulary;

namespace Norme48.Tests;

/// <summary>
/// Generators of retention and prospecting timelines. Instants cluster where the norm's arithmetic is delicate
/// (RULES.md, "Retention", time arithmetic): every Europe/Paris transition from 2000 to 2040 and the local instant one
/// year before it (so that a one-year period lands on it), every leap day and the day before it — minutes, days or
/// months away — so that the fall-back hour, the spring gap and the month-end clamp all occur.
/// </summary>
public static partial class Arbitraries
{
    private static readonly DateTimeZone ParisZone = ParisInstants.Zone;

    private static readonly Instant[] Centres = ParisInstants.Centres;

    private static readonly SubjectEventType[] ContactTypes =
    [
        SubjectEventType.Order, SubjectEventType.DocumentationRequest, SubjectEventType.TrialRequest, SubjectEventType.Reply,
        SubjectEventType.LinkClick, SubjectEventType.InboundMessage,
    ];

    private static readonly Gen<SubjectEventType> EventTypes = Gen.Frequency(
        (3, Gen.Elements(ContactTypes)),
        (3, Gen.Constant(SubjectEventType.Solicitation)),
        (2, Gen.Constant(SubjectEventType.EmailOpen)),
        (1, Gen.Constant(SubjectEventType.RelationshipStart)),
        (1, Gen.Constant(SubjectEventType.RelationshipEnd)));

    // A property, not a field: Bools is initialised in another part of this partial class, in an order C# leaves open.
    private static Gen<ProspectingFacts> ProspectingFactSets =>
        from consent in Bools
        from objected in Gen.Frequency((3, Gen.Constant(false)), (1, Gen.Constant(true)))
        from offered in Bools
        select new ProspectingFacts(consent: consent, objected: objected, objectionOfferedAtCollection: offered);

    private static readonly Gen<ProspectingChannel> Channels = Gen.Elements(
        ProspectingChannel.Email, ProspectingChannel.Sms, ProspectingChannel.Fax, ProspectingChannel.AutomatedCall, ProspectingChannel.Phone, ProspectingChannel.Postal);

    private static readonly Gen<Audience> Audiences = Gen.Elements(Audience.Consumer, Audience.Professional);

    private static readonly Gen<Sector?> RetentionSectors = Gen.Frequency(
        (6, Gen.Constant<Sector?>(null)),
        (2, Gen.Elements<Sector?>(Sector.General, Sector.OnlineGambling, Sector.FromName("mail-order"))),
        (1, Gen.Elements<Sector?>(Sector.Health, Sector.Education, Sector.Banking, Sector.Insurance)));

    /// <summary>Any valid timeline, client or prospect.</summary>
    public static Arbitrary<Timeline> Timelines() => Arb.From(TimelineGen(prospectsOnly: false));

    public static Arbitrary<LaterNow> LaterNows() => Arb.From(
        from timeline in TimelineGen(prospectsOnly: false)
        from minutes in Gen.Frequency((3, Gen.Choose(0, 180)), (2, Gen.Choose(0, 3 * 1440)), (2, Gen.Choose(0, 4000 * 1440)))
        let wanted = timeline.Now + Duration.FromMinutes(minutes)
        let next = timeline.Events.Where(e => e.At > timeline.Now).Select(e => (Instant?)e.At).Min()
        select new LaterNow(timeline, next is { } first && first <= wanted ? first - Duration.Epsilon : wanted));

    public static Arbitrary<LaterContact> LaterContacts() => Arb.From(
        from timeline in TimelineGen(prospectsOnly: true)
        from contact in Gen.Elements(ContactTypes)
        from delay in Gen.Frequency((5, Gen.Choose(1, 180)), (2, Gen.Choose(1, 3 * 1440)), (1, Gen.Choose(1, 400 * 1440)))
        select new LaterContact(timeline, contact, delay));

    public static Arbitrary<ShuffledTimeline> ShuffledTimelines() => Arb.From(
        from timeline in TimelineGen(prospectsOnly: false)
        from seed in Gen.Choose(0, int.MaxValue)
        select new ShuffledTimeline(timeline, seed));

    public static Arbitrary<WithEmailOpen> EmailOpens() => Arb.From(
        from timeline in TimelineGen(prospectsOnly: false)
        from opened in Gen.Frequency((3, InstantNear(timeline.Now)), (2, InstantNear(timeline.CollectedAt ?? timeline.Now)), (2, CentredInstants))
        from channel in Channels
        from audience in Audiences
        from sector in RetentionSectors
        select new WithEmailOpen(timeline, opened, channel, audience, sector));

    public static Arbitrary<ObjectedSolicitation> ObjectedSolicitations() => Arb.From(
        from channel in Channels
        from audience in Audiences
        from status in Gen.Elements(SubjectStatus.Client, SubjectStatus.Prospect)
        from consent in Bools
        from offered in Bools
        from sector in RetentionSectors
        select new ObjectedSolicitation(channel, audience, status, new ProspectingFacts(consent: consent, objected: true, objectionOfferedAtCollection: offered), sector));

    private static Gen<Instant> CentredInstants =>
        from centre in Gen.Elements(Centres)
        from instant in InstantNear(centre)
        select instant;

    private static Gen<Instant> InstantNear(Instant centre) => ParisInstants.Near(centre);

    private static Gen<Timeline> TimelineGen(bool prospectsOnly) =>
        from status in prospectsOnly ? Gen.Constant(SubjectStatus.Prospect) : Gen.Frequency((3, Gen.Constant(SubjectStatus.Prospect)), (2, Gen.Constant(SubjectStatus.Client)))
        from centre in Gen.Elements(Centres)
        from hasCollection in Gen.Frequency((5, Gen.Constant(true)), (1, Gen.Constant(false)))
        from collectedAt in InstantNear(centre)
        from count in Gen.Choose(0, 8)
        from types in Gen.ArrayOf(EventTypes, count)
        from instants in Gen.ArrayOf(InstantNear(centre), count)
        from now in Gen.Frequency(
            (3, InstantNear(centre + Duration.FromDays(365))),
            (2, InstantNear(centre)),
            (1, from days in Gen.Choose(0, 2000) select centre + Duration.FromDays(days)))
        from prospecting in ProspectingFactSets
        select Valid(status, hasCollection ? collectedAt : null, types.Zip(instants, (type, at) => new SubjectEvent(type, at)).ToArray(), prospecting, now);

    /// <summary>Makes a generated timeline valid input: the collection is not after now; a prospect has an anchor.</summary>
    private static Timeline Valid(SubjectStatus status, Instant? collectedAt, SubjectEvent[] events, ProspectingFacts prospecting, Instant now)
    {
        if (collectedAt > now)
        {
            now = collectedAt.Value;
        }

        if (status == SubjectStatus.Prospect && collectedAt is null && !events.Any(e => e.IsContactFromPerson && e.At <= now))
        {
            collectedAt = events.Select(e => e.At).Append(now).Min();
        }

        return new Timeline(status, collectedAt, events, prospecting, now);
    }
}
