using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;
using NodaTime.TimeZones;
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
