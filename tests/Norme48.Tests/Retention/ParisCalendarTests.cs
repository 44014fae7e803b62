using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;
using NodaTime.TimeZones;
using FsCheck.Xunit;
using Norme48.Retention;
using Xunit;

namespace Norme48.Tests.Retention;

/// <summary>
/// RULES.md, "Retention", time arithmetic: "an allocation-free equivalent is welcome when a property test shows it equal
/// to LocalDateTime.InZone(zone, Resolvers.LenientResolver) around every Europe/Paris transition from 2000 to 2040 and
/// on leap days". These tests compare <see cref="ParisCalendar"/> with NodaTime's own path, exhaustively on those
/// windows (every minute, plus the tick on either side of each transition).
/// </summary>
public sealed class ParisCalendarTests
{
    private static readonly DateTimeZone Paris = DateTimeZoneProviders.Tzdb["Europe/Paris"];

    /// <summary>Every Europe/Paris offset change from 2000 to 2040, as (instant, offset before, offset after).</summary>
    private static readonly (Instant At, Offset Before, Offset After)[] Transitions = Paris
        .GetZoneIntervals(Instant.FromUtc(2000, 1, 1, 0, 0), Instant.FromUtc(2041, 1, 1, 0, 0))
        .Zip(Paris.GetZoneIntervals(Instant.FromUtc(2000, 1, 1, 0, 0), Instant.FromUtc(2041, 1, 1, 0, 0)).Skip(1))
        .Select(pair => (pair.Second.Start, pair.First.WallOffset, pair.Second.WallOffset))
        .ToArray();

    private static readonly int[] LeapYears = Enumerable.Range(2000, 41).Where(DateTime.IsLeapYear).ToArray();

    public static TheoryData<string> Periods()
    {
        var data = new TheoryData<string>();
        foreach (var years in new[] { 1, 3, 10 })
        {
            data.Add($"P{years}Y");
        }

        for (var days = 1; days <= 30; days++)
        {
            data.Add($"P{days}D");
        }

        return data;
    }

    [Fact]
    public void Transitions_From2000To2040_AreTheTwoChangesOfEachYear()
    {
        var years = Transitions.Select(t => t.At.InUtc().Year).ToArray();

        Assert.Equal(82, Transitions.Length);
        Assert.All(Enumerable.Range(2000, 41), year => Assert.Equal(2, years.Count(y => y == year)));
        Assert.All(Transitions, t => Assert.Equal(3600, Math.Abs(t.After.Seconds - t.Before.Seconds)));
    }

    [Fact]
    public void Resolve_AroundEveryTransition2000To2040_EqualsLenientResolver()
    {
        var gaps = 0;
        var ambiguities = 0;
        var mismatches = new List<string>();

        foreach (var local in LocalsAroundTransitions())
        {
            var mapping = Paris.MapLocal(local);
            gaps += mapping.Count == 0 ? 1 : 0;
            ambiguities += mapping.Count == 2 ? 1 : 0;
            Compare(local, mismatches);
        }

        Assert.Empty(mismatches.Take(20));
        // Each year: the 60 minutes of the spring gap (and of the autumn's repeated hour), plus one tick inside each edge.
        Assert.Equal(41 * 62, gaps);
        Assert.Equal(41 * 62, ambiguities);
    }

    [Fact]
    public void Resolve_EveryMinuteOfEveryLeapDay2000To2040_EqualsLenientResolver()
    {
        var mismatches = new List<string>();
        var count = 0;

        foreach (var year in LeapYears)
        {
            for (var minute = 0; minute < 24 * 60; minute++)
            {
                Compare(new LocalDateTime(year, 2, 29, 0, 0).PlusMinutes(minute), mismatches);
                count++;
            }
        }

        Assert.Empty(mismatches.Take(20));
        Assert.Equal(11 * 24 * 60, count);
    }

    // The worked examples of RULES.md: "2026-03-29 02:30 → 03:30 CEST = 01:30Z"; an ambiguous time takes the summer-time instant.
    [Theory]
    [InlineData(2026, 3, 29, 2, 30, "2026-03-29T01:30:00Z")]
    [InlineData(2026, 3, 29, 1, 59, "2026-03-29T00:59:00Z")]
    [InlineData(2026, 3, 29, 3, 0, "2026-03-29T01:00:00Z")]
    [InlineData(2025, 10, 26, 2, 30, "2025-10-26T00:30:00Z")]
    [InlineData(2025, 10, 26, 3, 0, "2025-10-26T02:00:00Z")]
    [InlineData(2025, 10, 26, 1, 59, "2025-10-25T23:59:00Z")]
    public void Resolve_GapOrAmbiguity_FollowsRulesMdExamples(int year, int month, int day, int hour, int minute, string expected)
    {
        var local = new LocalDateTime(year, month, day, hour, minute);

        var instant = ParisCalendar.Resolve(local);

        Assert.Equal(NodaTime.Text.InstantPattern.ExtendedIso.Parse(expected).Value, instant);
    }

    [Theory]
    [MemberData(nameof(Periods))]
    public void Add_AnchorsLandingAroundEveryTransition_EqualsNodaTimePath(string periodText)
    {
        var period = NodaTime.Text.PeriodPattern.Roundtrip.Parse(periodText).Value;
        var mismatches = new List<string>();

        foreach (var target in LocalsAroundTransitions())
        {
            // The anchor whose shifted local time is the target, and the anchor at the target itself.
            CompareAdd(Lenient(target - period), period, mismatches);
            CompareAdd(Lenient(target), period, mismatches);
        }

        Assert.Empty(mismatches.Take(20));
    }

    [Theory]
    [MemberData(nameof(Periods))]
    public void Add_AnchorsOnAndLandingAroundLeapDays_EqualsNodaTimePath(string periodText)
    {
        var period = NodaTime.Text.PeriodPattern.Roundtrip.Parse(periodText).Value;
        var mismatches = new List<string>();

        foreach (var year in LeapYears)
        {
            var start = new LocalDateTime(year, 2, 28, 0, 0);
            for (var minutes = 0; minutes < 3 * 24 * 60; minutes += 15)
            {
                var target = start.PlusMinutes(minutes);
                CompareAdd(Lenient(target - period), period, mismatches);
                CompareAdd(Lenient(target), period, mismatches);
            }
        }

        Assert.Empty(mismatches.Take(20));
    }

    // The fast path against NodaTime's own: random anchors near every transition, leap day and month end of 2000–2040
    // (and anchors whose shifted local time lands near one), rulebook and random periods of years, months, weeks and days.
    [Property(Arbitrary = [typeof(Arbitraries)], MaxTest = 20_000)]
    public void TryAddDate_RandomSumsNearTransitionsLeapDaysAndMonthEnds_EqualsNodaTimeLenientSum(CalendarSum sum)
    {
        var expected = Lenient(sum.Anchor.InZone(Paris).LocalDateTime + sum.Period);

        var taken = ParisCalendar.TryAddDate(sum.Anchor, sum.Period.Years, sum.Period.Months, (sum.Period.Weeks * 7L) + sum.Period.Days, out var actual);

        Assert.True(taken, $"{sum.Anchor} + {sum.Period} left the fast path");
        Assert.Equal(expected, actual);
        Assert.Equal(expected, ParisCalendar.Add(sum.Anchor, sum.Period));
    }

    [Property(Arbitrary = [typeof(Arbitraries)], MaxTest = 5_000)]
    public void AddDays_RandomAnchorsNearTransitions_EqualsNodaTimeLenientSum(CalendarSum sum)
    {
        var days = (sum.Period.Days % 90) + sum.Period.Months;

        var actual = ParisCalendar.AddDays(sum.Anchor, days);

        Assert.Equal(Lenient(sum.Anchor.InZone(Paris).LocalDateTime.PlusDays(days)), actual);
    }

    // Exhaustive: for every period the rulebooks state, every anchor minute within two hours of each transition of
    // 2000–2040, and every anchor whose shifted local time is such a minute, on the fast path.
    [Fact]
    public void TryAddDate_EveryMinuteWithinTwoHoursOfEveryTransition_EqualsNodaTimeLenientSum()
    {
        var mismatches = new List<string>();
        var count = 0;

        foreach (var period in Arbitraries.RulebookPeriods)
        {
            foreach (var (at, before, after) in Transitions)
            {
                for (var minutes = -120; minutes <= 120; minutes++)
                {
                    var anchor = at + Duration.FromMinutes(minutes);
                    var target = at.WithOffset(minutes < 0 ? before : after).LocalDateTime.PlusMinutes(minutes);
                    CompareFast(anchor, period, mismatches);
                    CompareFast(Lenient(target - period), period, mismatches);
                    count += 2;
                }
            }
        }

        Assert.Empty(mismatches.Take(20));
        Assert.Equal(Arbitraries.RulebookPeriods.Length * Transitions.Length * 241 * 2, count);
    }

    // Outside the table's years, and for periods with time units, the sum is NodaTime's own.
    [Theory]
    [InlineData("1890-07-01T10:00:00Z", "P1Y")]
    [InlineData("1949-03-01T10:00:00Z", "P1Y")]
    [InlineData("2149-12-31T10:00:00Z", "P1M")]
    [InlineData("2300-03-28T01:30:00Z", "P1Y")]
    [InlineData("9989-12-31T23:59:59Z", "P10Y")]
    [InlineData("2025-03-29T01:30:00Z", "P1YT1H")]
    [InlineData("2025-10-26T00:30:00Z", "P1DT30M")]
    public void Add_OutsideTheTableOrWithTimeUnits_EqualsNodaTimePath(string anchorText, string periodText)
    {
        var anchor = NodaTime.Text.InstantPattern.ExtendedIso.Parse(anchorText).Value;
        var period = NodaTime.Text.PeriodPattern.Roundtrip.Parse(periodText).Value;

        var actual = ParisCalendar.Add(anchor, period);

        Assert.Equal(ParisCalendar.AddByNodaTime(anchor, period), actual);
    }

    // The table against the zone: the offset one second before, at and after every transition it holds, and at noon
    // UTC on every day of its range.
    [Fact]
    public void Transitions_EveryChangeAndEveryDayOfTheTable_EqualsZoneOffset()
    {
        var start = Instant.FromUtc(ParisCalendar.TableFirstYear, 1, 1, 0, 0);
        var end = Instant.FromUtc(ParisCalendar.TableEndYear, 1, 1, 0, 0);
        var mismatches = new List<string>();
        var instants = Paris.GetZoneIntervals(start, end).Skip(1)
            .SelectMany(i => new[] { i.Start - Duration.FromSeconds(1), i.Start, i.Start + Duration.FromSeconds(1) })
            .Concat(Enumerable.Range(0, (int)(end - start).TotalDays).Select(d => start + Duration.FromHours((24 * d) + 12)));

        foreach (var instant in instants)
        {
            var found = ParisCalendar.Transitions.TryGetOffset(instant.ToUnixTimeSeconds(), out var offset);
            if (!found || offset != Paris.GetUtcOffset(instant).Seconds)
            {
                mismatches.Add($"{instant}: {(found ? offset : "none")}");
            }
        }

        Assert.Empty(mismatches.Take(20));
        Assert.False(ParisCalendar.Transitions.TryGetOffset((start - Duration.FromSeconds(1)).ToUnixTimeSeconds(), out _));
        Assert.False(ParisCalendar.Transitions.TryGetOffset(end.ToUnixTimeSeconds(), out _));
    }

    // "Near the end of the accepted range the local result can pass 9999-12-31 … such sums are computed 400 years earlier
    // and shifted back": 9990-01-01T00:30 local (+01:00) plus the 3,652 days to 10000-01-01T00:30 local, which is
    // 9999-12-31T23:30Z.
    [Fact]
    public void AddDays_LocalResultPastTheYear9999_ComputedFourHundredYearsEarlier()
    {
        var anchor = Instant.FromUtc(9989, 12, 31, 23, 30);

        var actual = ParisCalendar.AddDays(anchor, 3_652);

        Assert.Equal(Instant.FromUtc(9999, 12, 31, 23, 30), actual);
        Assert.Equal(Lenient(Instant.FromUtc(9500, 6, 1, 12, 0).InZone(Paris).LocalDateTime.PlusDays(30)), ParisCalendar.AddDays(Instant.FromUtc(9500, 6, 1, 12, 0), 30));
    }

    // Outside the table the sum is NodaTime's own in that year's rules: in 2300 the spring change of the last Sunday of
    // March (and the autumn one of October) lies between the anchor and the result (400 years earlier, in 1900, Paris
    // had no summer time).
    [Theory]
    [InlineData("2300-03-20T12:00:00Z", 10)]
    [InlineData("2300-10-20T12:00:00Z", 10)]
    public void AddDays_OutsideTheTable_EqualsNodaTimeInThatYear(string anchorText, int days)
    {
        var anchor = NodaTime.Text.InstantPattern.ExtendedIso.Parse(anchorText).Value;

        var actual = ParisCalendar.AddDays(anchor, days);

        Assert.Equal(Lenient(anchor.InZone(Paris).LocalDateTime.PlusDays(days)), actual);
        Assert.NotEqual(Paris.GetUtcOffset(anchor), Paris.GetUtcOffset(actual));
    }

    // The table's first and last days have a neighbour it does not describe: sums landing there are NodaTime's. Paris
    // kept +01:00 all year from 1946 to 1975, and keeps it in winter.
    [Theory]
    [InlineData("1950-01-02T12:00:00Z", -1, "1950-01-01T12:00:00Z")]
    [InlineData("1950-01-02T23:30:00Z", -1, "1950-01-01T23:30:00Z")]
    [InlineData("2149-12-30T12:00:00Z", 1, "2149-12-31T12:00:00Z")]
    public void AddDays_LandingOnTheFirstOrLastDayOfTheTable_KeepsTheOffset(string anchorText, int days, string expectedText)
    {
        var anchor = NodaTime.Text.InstantPattern.ExtendedIso.Parse(anchorText).Value;

        var actual = ParisCalendar.AddDays(anchor, days);

        Assert.Equal(NodaTime.Text.InstantPattern.ExtendedIso.Parse(expectedText).Value, actual);
    }

    // NodaTime's path itself, against NodaTime's lenient sum computed here: outside the table, across a change of 2300,
    // and past 9999-12-31 locally (9990-01-01T00:59:59 local + 10 years = 10000-01-01T00:59:59 local, which is
    // 9999-12-31T23:59:59Z).
    [Theory]
    [InlineData("1890-07-01T10:00:00Z", "P1Y")]
    [InlineData("2300-03-20T12:00:00Z", "P10D")]
    [InlineData("2300-10-20T12:00:00Z", "P1M")]
    [InlineData("2025-03-29T01:30:00Z", "P1YT1H")]
    public void AddByNodaTime_Sums_EqualNodaTimesLenientSum(string anchorText, string periodText)
    {
        var anchor = NodaTime.Text.InstantPattern.ExtendedIso.Parse(anchorText).Value;
        var period = NodaTime.Text.PeriodPattern.Roundtrip.Parse(periodText).Value;

        var actual = ParisCalendar.AddByNodaTime(anchor, period);

        Assert.Equal(Lenient(anchor.InZone(Paris).LocalDateTime + period), actual);
        Assert.Equal(actual, ParisCalendar.Add(anchor, period));
    }

    [Fact]
    public void AddByNodaTime_LocalResultPastTheYear9999_ComputedFourHundredYearsEarlier()
    {
        var anchor = Instant.FromUtc(9989, 12, 31, 23, 59, 59);

        Assert.Equal(Instant.FromUtc(9999, 12, 31, 23, 59, 59), ParisCalendar.AddByNodaTime(anchor, Period.FromYears(10)));
        Assert.Equal(Instant.FromUtc(9999, 12, 31, 23, 59, 59), ParisCalendar.Add(anchor, Period.FromYears(10)));
    }

    // Periods longer than 800 years take NodaTime's path (2000-01-01T01:00 local + 900 years = 2900-01-01T01:00 local).
    [Fact]
    public void Add_PeriodOfMoreThan800Years_NodaTimesSum()
    {
        var anchor = Instant.FromUtc(2000, 1, 1, 0, 0);

        Assert.False(ParisCalendar.TryAddDate(anchor, 801, 0, 0, out _));
        Assert.False(ParisCalendar.TryAddDate(anchor, 0, -9_601, 0, out _));
        Assert.False(ParisCalendar.TryAddDate(anchor, 0, 0, 800 * 366 + 1, out _));
        Assert.Equal(Instant.FromUtc(2900, 1, 1, 0, 0), ParisCalendar.Add(anchor, Period.FromYears(900)));
        Assert.Equal(Lenient(anchor.InZone(Paris).LocalDateTime + Period.FromMonths(-9_700)), ParisCalendar.Add(anchor, Period.FromMonths(-9_700)));
    }

    // Anchors before 1970 have negative local seconds: the local date is the day before the truncated quotient. From
    // 1960-01-30 one month is 1960-02-29 (30 days); from 1960-01-31 it would be 29 days.
    [Fact]
    public void Add_AnchorBefore1970_ShiftsItsOwnLocalDate()
    {
        var anchor = Instant.FromUtc(1960, 1, 30, 11, 0);

        var actual = ParisCalendar.Add(anchor, Period.FromMonths(1));

        Assert.Equal(Instant.FromUtc(1960, 2, 29, 11, 0), actual);
        Assert.Equal(Lenient(anchor.InZone(Paris).LocalDateTime + Period.FromMonths(1)), actual);
    }

    // An anchor before 1970 whose sum lands at noon on the day Paris first went back to summer time (1976): the sum is
    // read with that day's offset, not the day before's.
    [Fact]
    public void Add_AnchorBefore1970LandingOnAChangeDay_ReadsThatDaysOffset()
    {
        var change = Paris.GetZoneIntervals(Instant.FromUtc(1976, 1, 1, 0, 0), Instant.FromUtc(1977, 1, 1, 0, 0)).Skip(1).First().Start;
        var target = change.InZone(Paris).Date.AtMidnight().PlusHours(12);
        var anchor = Lenient(target.PlusYears(-10));

        var actual = ParisCalendar.Add(anchor, Period.FromYears(10));

        Assert.True(anchor < Instant.FromUtc(1970, 1, 1, 0, 0));
        Assert.Equal(Lenient(target), actual);
        Assert.Equal(Lenient(anchor.InZone(Paris).LocalDateTime + Period.FromYears(10)), actual);
    }

    /// <summary>Every minute of local time within three hours either side of each transition, and the ticks around it.</summary>
    private static IEnumerable<LocalDateTime> LocalsAroundTransitions()
    {
        foreach (var (at, before, after) in Transitions)
        {
            var localBefore = at.WithOffset(before).LocalDateTime;
            var localAfter = at.WithOffset(after).LocalDateTime;
            var first = (localBefore < localAfter ? localBefore : localAfter).PlusHours(-3);
            var last = (localBefore < localAfter ? localAfter : localBefore).PlusHours(3);
            for (var local = first; local <= last; local = local.PlusMinutes(1))
            {
                yield return local;
            }

            foreach (var edge in new[] { localBefore, localAfter })
            {
                yield return edge.PlusTicks(-1);
                yield return edge.PlusTicks(1);
            }
        }
    }

    private static Instant Lenient(LocalDateTime local) => local.InZone(Paris, Resolvers.LenientResolver).ToInstant();

    private static void Compare(LocalDateTime local, List<string> mismatches)
    {
        var expected = Lenient(local);
        var actual = ParisCalendar.Resolve(local);
        if (actual != expected)
        {
            mismatches.Add($"{local:uuuu-MM-ddTHH:mm:ss.fffffff}: expected {expected}, actual {actual}");
        }
    }

    private static void CompareFast(Instant anchor, Period period, List<string> mismatches)
    {
        var expected = Lenient(anchor.InZone(Paris).LocalDateTime + period);
        if (!ParisCalendar.TryAddDate(anchor, period.Years, period.Months, period.Days, out var actual) || actual != expected)
        {
            mismatches.Add($"{anchor} + {period}: expected {expected}, actual {actual}");
        }
    }

    private static void CompareAdd(Instant anchor, Period period, List<string> mismatches)
    {
        var expected = Lenient(anchor.InZone(Paris).LocalDateTime + period);
        var actual = ParisCalendar.Add(anchor, period);
        if (actual != expected)
        {
            mismatches.Add($"{anchor} + {period}: expected {expected}, actual {actual}");
        }
    }
}
