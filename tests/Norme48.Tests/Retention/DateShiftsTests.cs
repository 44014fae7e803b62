using System.Collections.Generic;
using System.Linq;
using NodaTime;
using Norme48.Evaluation;
using Norme48.Retention;
using Norme48.Vocabulary;
using Xunit;

namespace Norme48.Tests.Retention;

/// <summary>
/// The calendar's two look-up tables must answer exactly what they replace: <see cref="DateShifts"/> what
/// <see cref="ParisCalendar.ShiftCivil"/> (and NodaTime's <see cref="LocalDate"/> arithmetic) computes, and
/// <see cref="ZoneTransitionTable.TryGetQuietOffset"/> only for days whose neighbourhood has one offset.
/// </summary>
public sealed class DateShiftsTests
{
    private static readonly DateTimeZone Paris = DateTimeZoneProviders.Tzdb["Europe/Paris"];
    private static readonly LocalDate Epoch = new(1970, 1, 1);

    /// <summary>Every years-and-months period of every edition's retention policies (the ones the evaluators prepare).</summary>
    public static TheoryData<string> PolicyPeriods()
    {
        var data = new TheoryData<string>();
        foreach (var period in Edition.All
            .SelectMany(edition => new Norme48Evaluator(edition).RetentionPolicies)
            .Select(policy => policy.Period)
            .Where(period => period is not null && (period.Years != 0 || period.Months != 0))
            .Select(period => new Period[] { period!, Period.FromMonths(15) })
            .SelectMany(periods => periods)
            .Select(period => $"P{period.Years}Y{period.Months}M")
            .Distinct())
        {
            data.Add(period);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(PolicyPeriods))]
    public void Shift_EveryDayOfThePreparedTable_EqualsNodaTimeDateArithmetic(string text)
    {
        var period = NodaTime.Text.PeriodPattern.Roundtrip.Parse(text).Value;
        foreach (var edition in Edition.All)
        {
            _ = new Norme48Evaluator(edition);
        }

        var mismatches = new List<string>();
        for (var day = DateShifts.FirstDay; day < DateShifts.FirstDay + DateShifts.DayCount; day++)
        {
            var date = Epoch.PlusDays((int)day);
            var expected = Period.Between(Epoch, date.PlusYears(period.Years).PlusMonths(period.Months), PeriodUnits.Days).Days;
            var civil = ParisCalendar.ShiftCivil(day, period.Years, period.Months);
            var table = DateShifts.Shift(day, period.Years, period.Months);
            if (civil != expected || table != expected)
            {
                mismatches.Add($"{date} + {text}: NodaTime {Epoch.PlusDays(expected)}, civil {Epoch.PlusDays((int)civil)}, table {Epoch.PlusDays((int)table)}");
            }
        }

        Assert.Empty(mismatches.Take(20));
        Assert.True(DateShifts.IsBuilt(period.Years, period.Months), $"{text} has no table: the test compared the civil path with itself.");
    }

    [Fact]
    public void Prepare_APeriod_BuildsItsTableOnlyWhenFirstUsed()
    {
        // Seven years five months: no rulebook's period, so no other test builds its table.
        DateShifts.Prepare(Period.FromYears(7) + Period.FromMonths(5));
        var preparedBeforeUse = DateShifts.IsBuilt(7, 5);
        var day = DateShifts.FirstDay + 20_000;

        var shifted = DateShifts.Shift(day, 7, 5);

        Assert.True(DateShifts.IsPrepared(7, 5));
        Assert.False(preparedBeforeUse);
        Assert.True(DateShifts.IsBuilt(7, 5));
        Assert.Equal(ParisCalendar.ShiftCivil(day, 7, 5), shifted);
    }

    [Fact]
    public void Prepare_APeriodOfDaysOrWithTimeUnits_BuildsNoTable()
    {
        var before = DateShifts.TableCount;
        DateShifts.Prepare(Period.FromDays(30));
        DateShifts.Prepare(Period.FromYears(1) + Period.FromHours(1));
        DateShifts.Prepare(null);

        Assert.Equal(before, DateShifts.TableCount);
        Assert.False(DateShifts.IsPrepared(0, 0));
    }

    /// <summary>The months of the next period <see cref="Build_AFreshPeriod_EveryDayEqualsTheCivilShift"/> builds: each run a new one.</summary>
    private static int freshMonths;

    // The tables of the rulebooks' periods are built once per process: this builds one afresh, through the builder the
    // first shift of a prepared period calls, for a period no rulebook states (37 years and some months, new on every
    // run), and reads every day of it back through Shift.
    [Fact]
    public void Build_AFreshPeriod_EveryDayEqualsTheCivilShift()
    {
        var months = System.Threading.Interlocked.Increment(ref freshMonths);
        Assert.False(DateShifts.IsBuilt(37, months));

        var built = DateShifts.Build(37, months);

        Assert.NotNull(built);
        Assert.True(DateShifts.IsBuilt(37, months));
        Assert.Same(built, DateShifts.Build(37, months));
        var mismatches = new List<string>();
        for (var day = DateShifts.FirstDay - 1; day <= DateShifts.FirstDay + DateShifts.DayCount; day++)
        {
            var date = Epoch.PlusDays((int)day);
            var expected = Period.Between(Epoch, date.PlusYears(37).PlusMonths(months), PeriodUnits.Days).Days;
            var table = DateShifts.Shift(day, 37, months);
            if (table != expected)
            {
                mismatches.Add($"{date} + P37Y{months}M: NodaTime {Epoch.PlusDays(expected)}, table {Epoch.PlusDays((int)table)}");
            }
        }

        Assert.Empty(mismatches.Take(20));
    }

    // "A period of days, with time units, too long, or past MaxTables is ignored": more than 100 years (or 1,200 months)
    // either way, time units, or no years and months.
    [Theory]
    [InlineData("P101Y", 101, 0)]
    [InlineData("P-101Y", -101, 0)]
    [InlineData("P1201M", 0, 1201)]
    [InlineData("P-1201M", 0, -1201)]
    [InlineData("P7YT1H", 7, 0)]
    [InlineData("P7Y2MT1S", 7, 2)]
    [InlineData("P5W", 0, 0)]
    public void Prepare_PeriodItIgnores_NeverPrepared(string text, int years, int months)
    {
        DateShifts.Prepare(NodaTime.Text.PeriodPattern.Roundtrip.Parse(text).Value);

        Assert.False(DateShifts.IsPrepared(years, months));
        Assert.False(DateShifts.IsBuilt(years, months));
    }

    [Fact]
    public void TryGetQuietOffset_EveryHourOfTheTable_IsQuietOnlyWhenTheDayEitherSideHasTheSameOffset()
    {
        var start = Instant.FromUtc(ParisCalendar.TableFirstYear, 1, 1, 0, 0);
        var end = Instant.FromUtc(ParisCalendar.TableEndYear, 1, 1, 0, 0);
        // The UTC days (from the epoch) on which the offset changes.
        var changeDays = Paris.GetZoneIntervals(start, end).Skip(1).Select(i => DayOf(i.Start)).ToHashSet();
        var wrong = new List<string>();
        var quiet = 0;
        var hours = 0;
        for (var instant = start; instant < end; instant += Duration.FromMinutes(61))
        {
            hours++;
            var day = DayOf(instant);
            // The table's first and last days have a neighbour it does not describe: they are never quiet.
            var changesNearby = changeDays.Contains(day - 1) || changeDays.Contains(day) || changeDays.Contains(day + 1)
                || day == DayOf(start) || day == DayOf(end) - 1;
            if (ParisCalendar.Transitions.TryGetQuietOffset(instant.ToUnixTimeSeconds(), out var offset))
            {
                quiet++;
                if (changesNearby || offset != Paris.GetUtcOffset(instant).Seconds)
                {
                    wrong.Add($"{instant}: quiet with {offset} s");
                }
            }
            else if (!changesNearby)
            {
                wrong.Add($"{instant}: not quiet, though no change lies within a day");
            }
        }

        Assert.Empty(wrong.Take(20));
        Assert.InRange(quiet, hours * 9 / 10, hours);
        Assert.False(ParisCalendar.Transitions.TryGetQuietOffset((start - Duration.FromSeconds(1)).ToUnixTimeSeconds(), out _));
        Assert.False(ParisCalendar.Transitions.TryGetQuietOffset(end.ToUnixTimeSeconds(), out _));
    }

    /// <summary>The UTC day of an instant, counted from 1970-01-01.</summary>
    private static int DayOf(Instant instant) => Period.Between(Epoch, instant.InUtc().Date, PeriodUnits.Days).Days;
}
