using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using NodaTime.TimeZones;

namespace Norme48.Tests;

/// <summary>
/// Instants where the norm's arithmetic is delicate, for the generators of every test project that needs them
/// (linked into <c>Norme48.EntityFrameworkCore.Tests</c>): every Europe/Paris transition from 2000 to 2040 and the
/// local instant one year before it (so that a one-year period lands on it), every leap day and the day before it,
/// and instants minutes, days or months away from them.
/// </summary>
internal static class ParisInstants
{
    public static readonly DateTimeZone Zone = DateTimeZoneProviders.Tzdb["Europe/Paris"];

    public static readonly Instant[] Centres = BuildCentres();

    private static readonly Gen<int> OffsetMinutes = Gen.Frequency(
        (5, Gen.Choose(-180, 180)),
        (2, Gen.Choose(-3 * 1440, 3 * 1440)),
        (1, Gen.Choose(-400 * 1440, 400 * 1440)));

    private static readonly Gen<int> OffsetSeconds = Gen.Frequency((4, Gen.Constant(0)), (1, Gen.Choose(0, 59)));

    /// <summary>An instant minutes, days or months from <paramref name="centre"/>, on a whole minute four times in five.</summary>
    public static Gen<Instant> Near(Instant centre) =>
        from minutes in OffsetMinutes
        from seconds in OffsetSeconds
        select centre + Duration.FromMinutes(minutes) + Duration.FromSeconds(seconds);

    private static Instant[] BuildCentres()
    {
        var centres = new List<Instant>();
        var intervals = Zone.GetZoneIntervals(Instant.FromUtc(2000, 1, 1, 0, 0), Instant.FromUtc(2041, 1, 1, 0, 0)).ToArray();
        for (var i = 1; i < intervals.Length; i++)
        {
            var transition = intervals[i].Start;
            var localBefore = transition.WithOffset(intervals[i - 1].WallOffset).LocalDateTime;
            centres.Add(transition);
            centres.Add(localBefore.PlusYears(-1).InZone(Zone, Resolvers.LenientResolver).ToInstant());
        }

        for (var year = 2000; year <= 2040; year += 4)
        {
            centres.Add(new LocalDateTime(year, 2, 29, 0, 0).InZoneStrictly(Zone).ToInstant());
            centres.Add(new LocalDateTime(year, 2, 28, 23, 0).InZoneStrictly(Zone).ToInstant());
        }

        return [.. centres];
    }
}
