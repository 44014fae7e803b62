using System;
using System.Diagnostics.CodeAnalysis;
using NodaTime;
using NodaTime.TimeZones;

namespace Norme48.Retention;

/// <summary>
/// The norm's calendar: periods are added to the anchor's local date-time in Europe/Paris and mapped back with
/// NodaTime's lenient resolver (a time in the spring-forward gap moves forward by the gap; an ambiguous time takes
/// the earlier, summer-time, instant).
/// </summary>
internal static class ParisCalendar
{
    // Stryker disable all : static initialiser, run once per test process before any mutant is active (README, Mutation testing)
    public static readonly DateTimeZone Zone = DateTimeZoneProviders.Tzdb["Europe/Paris"];

    /// <summary>The earliest instant the library accepts: 0001-01-01T00:00:00Z.</summary>
    public static readonly Instant MinInstant = Instant.FromUtc(1, 1, 1, 0, 0, 0);

    /// <summary>The latest instant the library accepts: 9989-12-31T23:59:59Z, so that every due instant stays in NodaTime's range.</summary>
    public static readonly Instant MaxInstant = Instant.FromUtc(9989, 12, 31, 23, 59, 59);
    // Stryker restore all

    /// <summary>The first UTC year of <see cref="Transitions"/>.</summary>
    public const int TableFirstYear = 1950;

    /// <summary>The UTC year <see cref="Transitions"/> stops before.</summary>
    public const int TableEndYear = 2150;

    private const long SecondsPerDay = 86_400;

    /// <summary>
    /// Longer periods take NodaTime's path, which checks its own range at every step; shorter ones keep every date of
    /// the computation between the years 350 and 3750, where <see cref="CivilDate"/>'s unsigned arithmetic holds.
    /// </summary>
    private const int MaxYears = 800;

    // Stryker disable all : static initialiser, run once per test process before any mutant is active (README, Mutation testing)
    private static readonly Duration OneDay = Duration.FromDays(1);

    /// <summary>Europe/Paris' offsets from <see cref="TableFirstYear"/> to <see cref="TableEndYear"/>, read once from NodaTime's own zone.</summary>
    internal static readonly ZoneTransitionTable Transitions = ZoneTransitionTable.Build(
        Zone, Instant.FromUtc(TableFirstYear, 1, 1, 0, 0), Instant.FromUtc(TableEndYear, 1, 1, 0, 0));

    /// <summary>
    /// 400 Gregorian years: the calendar, the days of the week and Europe/Paris' recurring summer-time rule repeat
    /// after exactly this many days.
    /// </summary>
    private static readonly Duration FourHundredYears = Duration.FromDays(146_097);
    // Stryker restore all

    /// <summary>Adds a calendar period to an instant's Europe/Paris local date-time and maps the result back.</summary>
    /// <remarks>
    /// A period of years, months, weeks and days whose anchor and result lie in the transition table's years
    /// (<see cref="TableFirstYear"/> to <see cref="TableEndYear"/>, UTC) is added without NodaTime's local types (see
    /// <see cref="TryAddDate"/>); anything else takes NodaTime's own path. Near the end of the accepted range the local
    /// result can pass 9999-12-31, which NodaTime's local types cannot hold: such sums are computed 400 years earlier,
    /// where the calendar and the zone's rules are the same, and shifted back.
    /// </remarks>
    public static Instant Add(Instant anchor, Period period)
    {
        if (!period.HasTimeComponent && TryAddDate(anchor, period.Years, period.Months, (period.Weeks * 7L) + period.Days, out var result))
        {
            return result;
        }

        return AddByNodaTime(anchor, period);
    }

    /// <summary>Adds a number of calendar days like <see cref="Add"/> with <c>Period.FromDays(days)</c>, without allocating the period.</summary>
    public static Instant AddDays(Instant anchor, int days)
    {
        if (TryAddDate(anchor, 0, 0, days, out var result))
        {
            return result;
        }

        var local = anchor.InZone(Zone).LocalDateTime;
        return local.Year < 9000
            ? Resolve(local.PlusDays(days))
            : Resolve((anchor - FourHundredYears).InZone(Zone).LocalDateTime.PlusDays(days)) + FourHundredYears;
    }

    /// <summary>NodaTime's own path: the anchor's local date-time plus the period, resolved leniently.</summary>
    internal static Instant AddByNodaTime(Instant anchor, Period period)
    {
        var local = anchor.InZone(Zone).LocalDateTime;
        return local.Year < 9000
            ? Resolve(local + period)
            : Resolve((anchor - FourHundredYears).InZone(Zone).LocalDateTime + period) + FourHundredYears;
    }

    /// <summary>
    /// Adds years, then months, then days to an instant's Europe/Paris local date-time, in that order and clamping the
    /// day of the month after the years and after the months, as NodaTime's <c>Period</c> addition does (so
    /// 29 February + 1 year = 28 February, 31 January + 1 month = 28 or 29 February), keeps the time of day, and maps
    /// the result back as <see cref="Resolve"/> does, reading the offsets from <see cref="Transitions"/>. Returns
    /// <see langword="false"/>, for NodaTime to decide, when an instant or local time falls outside the table, on a day
    /// the table does not describe, or for a period so long that NodaTime could overflow on the way.
    /// </summary>
    /// <remarks>
    /// The result is computed as the anchor plus whole days plus the change of offset, so the anchor's sub-second
    /// part is kept exactly as NodaTime keeps it.
    /// </remarks>
    internal static bool TryAddDate(Instant anchor, int years, int months, long days, out Instant result)
    {
        result = default;
        if (years is < -MaxYears or > MaxYears || months is < -MaxYears * 12 or > MaxYears * 12 || days is < -MaxYears * 366L or > MaxYears * 366L)
        {
            return false;
        }

        var seconds = anchor.ToUnixTimeSeconds();
        if (!Transitions.TryGetOffset(seconds, out var offset))
        {
            return false;
        }

        var local = seconds + offset;
        var localDays = Math.DivRem(local, SecondsPerDay, out var secondOfDay);
        if (secondOfDay < 0)
        {
            localDays--;
            secondOfDay += SecondsPerDay;
        }

        var shiftedDays = years != 0 || months != 0 ? DateShifts.Shift(localDays, years, months) : localDays;
        shiftedDays += days;
        if (!TryResolveOffset((shiftedDays * SecondsPerDay) + secondOfDay, out var resolvedOffset))
        {
            return false;
        }

        result = anchor + Duration.FromSeconds(((shiftedDays - localDays) * SecondsPerDay) + offset - resolvedOffset);
        return true;
    }

    /// <summary>
    /// Adds years, then months, to a day number as NodaTime's <c>Period</c> addition does: the day of the month is
    /// clamped after the years and after the months.
    /// </summary>
    /// <param name="days">The day number (days from 1970-01-01) of a date between the years 350 and 3750.</param>
    /// <param name="years">The years to add.</param>
    /// <param name="months">The months to add.</param>
    /// <returns>The day number of the result.</returns>
    internal static long ShiftCivil(long days, int years, int months)
    {
        CivilDate.FromDays(days, out var year, out var month, out var day);
        if (years != 0)
        {
            year += years;
            day = Math.Min(day, CivilDate.DaysInMonth(year, month));
        }

        if (months != 0)
        {
            var totalMonths = (year * 12L) + (month - 1) + months;
            year = Math.DivRem(totalMonths, 12, out var monthIndex);
            if (monthIndex < 0)
            {
                year--;
                monthIndex += 12;
            }

            month = (int)monthIndex + 1;
            day = Math.Min(day, CivilDate.DaysInMonth(year, month));
        }

        return CivilDate.ToDays(year, month, day);
    }

    /// <summary>
    /// The offset <see cref="Resolve"/> reads a local time (in seconds from 1970-01-01T00:00 local) with, from the
    /// transition table; <see langword="false"/> when the table cannot tell.
    /// </summary>
    internal static bool TryResolveOffset(long local, out int offset)
    {
        // Offsets are less than a day: on a quiet day the day before, the day after and every candidate instant all
        // read the day's offset, so the general case below would return it.
        if (Transitions.TryGetQuietOffset(local, out offset))
        {
            return true;
        }

        offset = 0;
        if (!Transitions.TryGetOffset(local - SecondsPerDay, out var before) || !Transitions.TryGetOffset(local + SecondsPerDay, out var after)
            || !Transitions.TryGetOffset(local - before, out var atEarly))
        {
            return false;
        }

        var earlyValid = atEarly == before;
        if (before == after && earlyValid)
        {
            offset = before;
            return true;
        }

        if (!Transitions.TryGetOffset(local - after, out var atLate))
        {
            return false;
        }

        var lateValid = atLate == after;
        if (earlyValid && lateValid)
        {
            // The earlier instant: the larger offset.
            offset = Math.Max(before, after);
            return true;
        }

        if (earlyValid || (!lateValid && before != after))
        {
            offset = before;
            return true;
        }

        if (lateValid)
        {
            offset = after;
            return true;
        }

        return false;
    }

    /// <summary>
    /// Maps a Europe/Paris local date-time to an instant exactly as <see cref="Resolvers.LenientResolver"/> does,
    /// without allocating: an ambiguous time takes the earlier instant, a time in a gap is read with the offset before
    /// the gap (so it moves forward by the gap's length). Europe/Paris changes offset at most once in any two days;
    /// should two candidate offsets ever disagree with that, NodaTime's own resolver decides.
    /// </summary>
    public static Instant Resolve(LocalDateTime local)
    {
        var asUtc = local.InUtc().ToInstant();
        var before = Zone.GetUtcOffset(asUtc - OneDay);
        var after = Zone.GetUtcOffset(asUtc + OneDay);
        var early = asUtc - Duration.FromSeconds(before.Seconds);
        var earlyValid = Zone.GetUtcOffset(early) == before;
        if (before == after && earlyValid)
        {
            return early;
        }

        var late = asUtc - Duration.FromSeconds(after.Seconds);
        var lateValid = Zone.GetUtcOffset(late) == after;
        if (earlyValid && lateValid)
        {
            return early < late ? early : late;
        }

        if (earlyValid)
        {
            return early;
        }

        if (lateValid)
        {
            return late;
        }

        return before != after ? early : local.InZone(Zone, Resolvers.LenientResolver).ToInstant();
    }

    public static void CheckRange(Instant value, string paramName)
    {
        if (value < MinInstant || value > MaxInstant)
        {
            ThrowOutOfRange(value, paramName);
        }
    }

    /// <summary>Throws for an instant outside the accepted range; out of line, so that the checks stay small enough to inline.</summary>
    [DoesNotReturn]
    private static void ThrowOutOfRange(Instant value, string paramName) =>
        throw new ArgumentOutOfRangeException(paramName, value, "Instants must lie between 0001-01-01T00:00:00Z and 9989-12-31T23:59:59Z.");

    public static void CheckRange(Instant? value, string paramName)
    {
        if (value is { } instant)
        {
            CheckRange(instant, paramName);
        }
    }
}
