using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using NodaTime.TimeZones;
using Norme48.Retention;
using Norme48.Tests;

namespace Norme48.EntityFrameworkCore.Tests;

/// <summary>A contact's facts, as generated.</summary>
public sealed record GeneratedContact(
    SubjectStatus Status, Instant? CollectedAt, Instant? EndedAt, Instant? LastContactAt, int Unanswered, Instant? InvoiceDate, bool Archived, bool UsedForProspecting)
{
    public Contact ToEntity() => new()
    {
        Status = Status,
        CollectedAt = CollectedAt?.ToDateTimeOffset(),
        RelationshipEndedAt = EndedAt?.ToDateTimeOffset(),
        LastContactAt = LastContactAt?.ToDateTimeOffset(),
        Unanswered = Unanswered,
        Email = "contact@example.invalid",
        Phone = "+33 6 00 00 00 00",
        InvoiceAmount = InvoiceDate is null ? null : 120m,
        InvoiceDate = InvoiceDate?.ToDateTimeOffset(),
        Archived = Archived,
        UsedForProspecting = UsedForProspecting,
    };

    public IEnumerable<Instant> Facts() =>
        new[] { CollectedAt, EndedAt, LastContactAt, InvoiceDate }.Where(i => i is not null).Select(i => i!.Value);
}

/// <summary>Contacts saved together, and an instant at or after the latest of their facts.</summary>
public sealed record ContactBatch(IReadOnlyList<GeneratedContact> Contacts, Instant Now)
{
    public override string ToString() => $"now {Now}: " + string.Join("; ", Contacts);
}

/// <summary>
/// Generators of contacts whose instants cluster where the norm's arithmetic is delicate (as in
/// <c>tests/Norme48.Tests/Arbitraries.Retention.cs</c>): every Europe/Paris transition from 2000 to 2040 and the local
/// instant one year before it, every leap day and the day before it — minutes, days or months away.
/// </summary>
public static class Arbitraries
{
    private static readonly DateTimeZone ParisZone = ParisInstants.Zone;

    private static readonly Instant[] Centres = ParisInstants.Centres;

    public static Arbitrary<ContactBatch> ContactBatches() => Arb.From(
        from centre in Gen.Elements(Centres)
        from count in Gen.Choose(1, 12)
        from contacts in Gen.ArrayOf(ContactNear(centre), count)
        from now in NowAfter(contacts.SelectMany(c => c.Facts()).DefaultIfEmpty(centre).Max())
        select new ContactBatch(contacts, now));

    /// <summary>
    /// An instant at or after the latest fact: minutes, days or years later, or around one or three calendar years
    /// later (the prospect durations), up to the end of a 30-day answer window.
    /// </summary>
    private static Gen<Instant> NowAfter(Instant latest) => Gen.Frequency(
        (3, from minutes in Gen.Choose(0, 180) select latest + Duration.FromMinutes(minutes)),
        (2, from minutes in Gen.Choose(0, 3 * 1440) select latest + Duration.FromMinutes(minutes)),
        (3, from minutes in Gen.Choose(0, 4000 * 1440) select latest + Duration.FromMinutes(minutes)),
        (3, from years in Gen.Elements(1, 3)
            from minutes in Gen.Frequency((1, Gen.Choose(-180, 180)), (1, Gen.Choose(-3 * 1440, 35 * 1440)))
            let later = latest.InZone(ParisZone).LocalDateTime.PlusYears(years).InZone(ParisZone, Resolvers.LenientResolver).ToInstant()
                + Duration.FromMinutes(minutes)
            select later < latest ? latest : later));

    private static Gen<GeneratedContact> ContactNear(Instant centre) =>
        from status in Gen.Frequency((3, Gen.Constant(SubjectStatus.Prospect)), (2, Gen.Constant(SubjectStatus.Client)))
        from collected in Maybe(5, 1, InstantNear(centre))
        from ended in Maybe(2, 1, InstantNear(centre))
        from contact in Maybe(1, 1, InstantNear(centre))
        from unanswered in Gen.Choose(0, 3)
        from invoice in Maybe(1, 1, InstantNear(centre))
        from archived in Gen.Frequency((3, Gen.Constant(false)), (1, Gen.Constant(true)))
        from usedForProspecting in Gen.Elements(false, true)
        select new GeneratedContact(
            status,
            // A prospect's retention runs from its collection or last contact: it has one of them.
            status == SubjectStatus.Prospect && collected is null && contact is null ? centre : collected,
            status == SubjectStatus.Client ? ended : null,
            contact,
            unanswered,
            invoice,
            archived,
            usedForProspecting);

    private static Gen<Instant?> Maybe(int some, int none, Gen<Instant> instants) =>
        Gen.Frequency((some, instants.Select(i => (Instant?)i)), (none, Gen.Constant<Instant?>(null)));

    private static Gen<Instant> InstantNear(Instant centre) => ParisInstants.Near(centre);
}
