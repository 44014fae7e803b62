using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using NodaTime.TimeZones;
using Norme48.Retention;
using Norme48.Tests.Retention;
using Norme48.Vocabulary;

namespace Norme48.Tests;

/// <summary>Generators of Europe/Paris calendar sums: an anchor and a period of years, months, weeks and days.</summary>
public static partial class Arbitraries
{
    /// <summary>Every period the rulebooks of every edition state, the deferred-debit card period (15 months) and answer windows.</summary>
    internal static readonly Period[] RulebookPeriods =
    [
        .. Edition.All.SelectMany(RetentionPolicy.ForEdition).Select(p => p.Period).OfType<Period>().Where(p => !p.Equals(Period.Zero)).Distinct(),
        Period.FromMonths(15),
        Period.FromDays(15),
        Period.FromDays(30),
        Period.FromDays(60),
    ];

    private static readonly Gen<Period> RandomDatePeriods =
        from years in Gen.Frequency((3, Gen.Constant(0)), (2, Gen.Choose(-12, 12)))
        from months in Gen.Frequency((3, Gen.Constant(0)), (2, Gen.Choose(-40, 40)))
        from weeks in Gen.Frequency((5, Gen.Constant(0)), (1, Gen.Choose(-10, 10)))
        from days in Gen.Frequency((3, Gen.Constant(0)), (2, Gen.Choose(-400, 400)))
        select new PeriodBuilder { Years = years, Months = months, Weeks = weeks, Days = days }.Build();

    private static readonly Gen<Period> CalendarPeriods = Gen.Frequency((3, Gen.Elements(RulebookPeriods)), (2, RandomDatePeriods));

    /// <summary>The last local minute of a month and the first of the next, 2000–2040: the month-end clamp (read from ParisInstants: the parts of this class initialise in an order C# leaves open).</summary>
    private static readonly Instant[] MonthEnds = [.. Enumerable.Range(2000 * 12, 41 * 12).SelectMany(MonthEdges)];

    /// <summary>
    /// An anchor near a Europe/Paris transition, a leap day or a month end — or one whose local time shifted by the period
    /// lands near a transition — and a period from the rulebooks or of random years, months, weeks and days. One anchor
    /// in four has a sub-second part.
    /// </summary>
    public static Arbitrary<CalendarSum> CalendarSums() => Arb.From(
        from period in CalendarPeriods
        from centre in Gen.Frequency((3, Gen.Elements(Centres)), (1, Gen.Elements(MonthEnds)))
        from near in ParisInstants.Near(centre)
        from landing in Gen.Elements(false, true)
        from nanoseconds in Gen.Frequency((3, Gen.Constant(0)), (1, Gen.Choose(1, 999_999_999)))
        let anchor = landing ? (near.InZone(ParisZone).LocalDateTime - period).InZone(ParisZone, Resolvers.LenientResolver).ToInstant() : near
        select new CalendarSum(anchor + Duration.FromNanoseconds(nanoseconds), period));

    private static IEnumerable<Instant> MonthEdges(int monthIndex)
    {
        var first = new LocalDateTime(monthIndex / 12, (monthIndex % 12) + 1, 1, 0, 0);
        yield return first.PlusMinutes(-1).InZoneLeniently(ParisInstants.Zone).ToInstant();
        yield return first.InZoneLeniently(ParisInstants.Zone).ToInstant();
    }
}

/// <summary>An anchor and a calendar period to add to it in Europe/Paris.</summary>
public sealed record CalendarSum(Instant Anchor, Period Period);
