using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;
using NodaTime.TimeZones;
using Norme48.Retention;
using Xunit;

namespace Norme48.Tests.Retention;

/// <summary>
/// <see cref="ZoneTransitionTable"/> built afresh (Europe/Paris' own table is built once per process): over a decade of
/// Europe/Paris it answers what NodaTime's zone answers, and for a zone with a day of two changes, or a change off the
/// whole second, it declines those days, as its remarks say.
/// </summary>
public sealed class ZoneTransitionTableTests
{
    private static readonly DateTimeZone Paris = DateTimeZoneProviders.Tzdb["Europe/Paris"];
    private static readonly Instant Start = Instant.FromUtc(1990, 1, 1, 0, 0);
    private static readonly Instant End = Instant.FromUtc(2000, 1, 1, 0, 0);
    private static readonly Instant Day0 = Instant.FromUtc(2030, 1, 1, 0, 0);

    [Fact]
    public void Build_ParisOverADecade_RangeAndKinds()
    {
        var table = ZoneTransitionTable.Build(Paris, Start, End);

        Assert.Equal(Start.ToUnixTimeSeconds(), table.FirstSecond);
        Assert.Equal((End - Start).TotalSeconds, table.LengthSeconds);
        // Since 1981 Paris changes at 01:00 UTC: quiet winter and summer days, the change days of spring and autumn, and
        // the days next to a change (or to an end of the table), in winter and in summer, are six kinds.
        Assert.Equal(6, table.KindCount);
    }

    [Fact]
    public void TryGetOffset_ParisEveryChangeAndEveryHourOfADecade_EqualsZoneOffset()
    {
        var table = ZoneTransitionTable.Build(Paris, Start, End);
        var changes = Paris.GetZoneIntervals(Start, End).Skip(1).Select(i => i.Start).ToArray();
        var instants = changes.SelectMany(c => new[] { c - Duration.FromSeconds(1), c, c + Duration.FromSeconds(1) })
            .Concat(Enumerable.Range(0, (int)(End - Start).TotalHours).Select(h => Start + Duration.FromMinutes((60 * h) + 7)))
            .Append(Start)
            .Append(End - Duration.FromSeconds(1));
        var mismatches = new List<string>();

        foreach (var instant in instants)
        {
            var found = table.TryGetOffset(instant.ToUnixTimeSeconds(), out var offset);
            if (!found || offset != Paris.GetUtcOffset(instant).Seconds)
            {
                mismatches.Add($"{instant}: {(found ? offset : "none")}");
            }
        }

        Assert.Equal(20, changes.Length);
        Assert.Empty(mismatches.Take(20));
        Assert.False(table.TryGetOffset(Start.ToUnixTimeSeconds() - 1, out var before));
        Assert.Equal(0, before);
        Assert.False(table.TryGetOffset(End.ToUnixTimeSeconds(), out _));
    }

    // "Quiet: one whose offset holds all day, as it does all the day before and all the day after."
    [Fact]
    public void TryGetQuietOffset_ParisEveryHourOfADecade_QuietOnlyFarFromChangesAndEnds()
    {
        var table = ZoneTransitionTable.Build(Paris, Start, End);
        var changeDays = Paris.GetZoneIntervals(Start, End).Skip(1).Select(i => DayOf(i.Start)).ToHashSet();
        var wrong = new List<string>();
        var quiet = 0;

        for (var instant = Start; instant < End; instant += Duration.FromMinutes(61))
        {
            var day = DayOf(instant);
            var changesNearby = changeDays.Contains(day - 1) || changeDays.Contains(day) || changeDays.Contains(day + 1)
                || day == DayOf(Start) || day == DayOf(End) - 1;
            var isQuiet = table.TryGetQuietOffset(instant.ToUnixTimeSeconds(), out var offset);
            quiet += isQuiet ? 1 : 0;
            if (isQuiet == changesNearby || (isQuiet && offset != Paris.GetUtcOffset(instant).Seconds))
            {
                wrong.Add($"{instant}: quiet {isQuiet} with {offset} s");
            }
        }

        Assert.Empty(wrong.Take(20));
        Assert.True(quiet > 0);
        Assert.False(table.TryGetQuietOffset(Start.ToUnixTimeSeconds() - 1, out _));
    }

    // A day with two changes, and a day whose change falls off the whole second, are irregular: the table declines
    // them (and their neighbours are not quiet); every other day reads the zone's offset.
    [Fact]
    public void TryGetOffset_DaysTheTableCannotDescribe_Declined()
    {
        var zone = new SyntheticZone(
            (Day0 + Duration.FromHours(24 * 3 + 1), 7200),
            (Day0 + Duration.FromHours(24 * 3 + 20), 3600),
            (Day0 + Duration.FromHours(24 * 6 + 10) + Duration.FromMilliseconds(500), 7200),
            (Day0 + Duration.FromHours(24 * 9 + 2), 3600));
        var table = ZoneTransitionTable.Build(zone, Day0, Day0 + Duration.FromDays(12));

        var offsets = Enumerable.Range(0, 12 * 24).Select(h => table.TryGetOffset((Day0 + Duration.FromMinutes((60 * h) + 30)).ToUnixTimeSeconds(), out var offset) ? offset : (int?)null).ToArray();

        Assert.All(Enumerable.Range(0, 12 * 24), h =>
        {
            var instant = Day0 + Duration.FromMinutes((60 * h) + 30);
            var irregular = h / 24 is 3 or 6;
            Assert.Equal(irregular ? null : zone.GetUtcOffset(instant).Seconds, offsets[h]);
        });
        Assert.False(table.TryGetQuietOffset((Day0 + Duration.FromHours(24 * 3 + 12)).ToUnixTimeSeconds(), out _));
        Assert.False(table.TryGetQuietOffset((Day0 + Duration.FromHours(24 * 2 + 12)).ToUnixTimeSeconds(), out _));
        Assert.False(table.TryGetQuietOffset((Day0 + Duration.FromHours(24 * 4 + 12)).ToUnixTimeSeconds(), out _));
        Assert.False(table.TryGetQuietOffset((Day0 + Duration.FromHours(24 * 5 + 12)).ToUnixTimeSeconds(), out _));
        Assert.False(table.TryGetQuietOffset((Day0 + Duration.FromHours(24 * 7 + 12)).ToUnixTimeSeconds(), out _));
        Assert.True(table.TryGetQuietOffset((Day0 + Duration.FromHours(24 * 1 + 12)).ToUnixTimeSeconds(), out var quietOffset));
        Assert.Equal(3600, quietOffset);
        // Day 9 changes at 02:00 UTC: before it the offset of day 8, after it the new one; its neighbours are not quiet.
        Assert.Equal(7200, offsets[(24 * 9) + 1]);
        Assert.Equal(3600, offsets[(24 * 9) + 2]);
        Assert.False(table.TryGetQuietOffset((Day0 + Duration.FromHours(24 * 10 + 12)).ToUnixTimeSeconds(), out _));
        Assert.False(table.TryGetQuietOffset((Day0 + Duration.FromHours(24 * 11 + 12)).ToUnixTimeSeconds(), out _));
    }

    // A change on the first second of a day: the whole day has the new offset, and the day before keeps the old one.
    [Fact]
    public void TryGetOffset_ChangeAtMidnight_NewOffsetFromTheFirstSecond()
    {
        var zone = new SyntheticZone((Day0 + Duration.FromDays(2), 7200));
        var table = ZoneTransitionTable.Build(zone, Day0, Day0 + Duration.FromDays(5));

        Assert.True(table.TryGetOffset((Day0 + Duration.FromDays(2)).ToUnixTimeSeconds() - 1, out var before));
        Assert.True(table.TryGetOffset((Day0 + Duration.FromDays(2)).ToUnixTimeSeconds(), out var at));
        Assert.Equal((3600, 7200), (before, at));
    }

    // One byte per day indexes the kinds of day, one value marking irregular days: more kinds than that is an error.
    [Fact]
    public void Build_MoreKindsOfDayThanAByteIndexes_Throws()
    {
        var changes = Enumerable.Range(0, 300).Select(d => (Day0 + Duration.FromDays(d) + Duration.FromSeconds(100 + d), d % 2 == 0 ? 7200 : 3600)).ToArray();
        var zone = new SyntheticZone(changes);

        var exception = Assert.Throws<InvalidOperationException>(() => ZoneTransitionTable.Build(zone, Day0, Day0 + Duration.FromDays(300)));

        Assert.Equal("More kinds of day than the table can index.", exception.Message);
    }

    [Fact]
    public void Build_AsManyKindsAsAByteIndexes_Builds()
    {
        // 254 change days at distinct seconds, plus the kind of the quiet-less days before the first change.
        var changes = Enumerable.Range(0, 254).Select(d => (Day0 + Duration.FromDays(d + 1) + Duration.FromSeconds(100 + d), d % 2 == 0 ? 7200 : 3600)).ToArray();
        var zone = new SyntheticZone(changes);

        var table = ZoneTransitionTable.Build(zone, Day0, Day0 + Duration.FromDays(255));

        Assert.Equal(255, table.KindCount);
        Assert.True(table.TryGetOffset((Day0 + Duration.FromDays(254) + Duration.FromSeconds(100 + 253)).ToUnixTimeSeconds(), out var last));
        Assert.Equal(3600, last);
    }

    // CivilDate is the proleptic Gregorian calendar NodaTime's ISO calendar is: every day from 0350-01-01 to 3750-12-31
    // converts both ways as NodaTime's LocalDate does.
    [Fact]
    public void CivilDate_EveryDayFrom350To3750_AsNodaTimesIsoCalendar()
    {
        var epoch = new LocalDate(1970, 1, 1);
        var first = Period.Between(epoch, new LocalDate(350, 1, 1), PeriodUnits.Days).Days;
        var last = Period.Between(epoch, new LocalDate(3750, 12, 31), PeriodUnits.Days).Days;
        var mismatches = new List<string>();
        var date = new LocalDate(350, 1, 1);

        for (long day = first; day <= last; day++, date = date.PlusDays(1))
        {
            CivilDate.FromDays(day, out var year, out var month, out var dayOfMonth);
            var back = CivilDate.ToDays(date.Year, date.Month, date.Day);
            if (year != date.Year || month != date.Month || dayOfMonth != date.Day || back != day)
            {
                mismatches.Add($"{day}: {date} read as {year}-{month}-{dayOfMonth}, written as {back}");
            }
        }

        Assert.Empty(mismatches.Take(20));
    }

    // Of a century year, only one divisible by 400 is a leap year (1600, 2000, 2400; not 1700, 1900, 2100).
    [Fact]
    public void CivilDate_DaysInMonth_EveryMonthOfYears1To5000AsTheGregorianCalendar()
    {
        var mismatches = new List<string>();
        for (var year = 1; year <= 5000; year++)
        {
            for (var month = 1; month <= 12; month++)
            {
                if (CivilDate.DaysInMonth(year, month) != DateTime.DaysInMonth(year, month))
                {
                    mismatches.Add($"{year}-{month}: {CivilDate.DaysInMonth(year, month)}");
                }
            }
        }

        Assert.Empty(mismatches.Take(20));
        Assert.Equal((29, 28, 28, 29), (CivilDate.DaysInMonth(2000, 2), CivilDate.DaysInMonth(1900, 2), CivilDate.DaysInMonth(2100, 2), CivilDate.DaysInMonth(2024, 2)));
    }

    /// <summary>The UTC day of an instant, counted from 1970-01-01.</summary>
    private static long DayOf(Instant instant) => (long)Math.Floor(instant.ToUnixTimeSeconds() / 86_400.0);

    /// <summary>A zone of +01:00 that changes to the given offsets at the given instants.</summary>
    private sealed class SyntheticZone(params (Instant At, int Offset)[] changes)
        : DateTimeZone("Test/Synthetic", false, Offset.FromHours(1), Offset.FromHours(2))
    {
        public override ZoneInterval GetZoneInterval(Instant instant)
        {
            Instant? start = null;
            var offset = 3600;
            foreach (var (at, next) in changes)
            {
                if (at > instant)
                {
                    return new ZoneInterval("T", start, at, Offset.FromSeconds(offset), Offset.Zero);
                }

                start = at;
                offset = next;
            }

            return new ZoneInterval("T", start, null, Offset.FromSeconds(offset), Offset.Zero);
        }
    }
}
