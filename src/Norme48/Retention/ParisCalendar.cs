using System;
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
    public static readonly DateTimeZone Zone = DateTimeZoneProviders.Tzdb["Europe/Paris"];

    /// <summary>The earliest instant the library accepts: 0001-01-01T00:00:00Z.</summary>
    public static readonly Instant MinInstant = Instant.FromUtc(1, 1, 1, 0, 0, 0);

    /// <summary>The latest instant the library accepts: 9989-12-31T23:59:59Z, so that every due instant stays in NodaTime's range.</summary>
    public static readonly Instant MaxInstant = Instant.FromUtc(9989, 12, 31, 23, 59, 59);

    private static readonly Duration OneDay = Duration.FromDays(1);

    /// <summary>
    /// 400 Gregorian years: the calendar, the days of the week and Europe/Paris' recurring summer-time rule repeat
    /// after exactly this many days.
    /// </summary>
    private static readonly Duration FourHundredYears = Duration.FromDays(146_097);

    /// <summary>Adds a calendar period to an instant's Europe/Paris local date-time and maps the result back.</summary>
    /// <remarks>
    /// Near the end of the accepted range the local result can pass 9999-12-31, which NodaTime's local types cannot
    /// hold: such sums are computed 400 years earlier, where the calendar and the zone's rules are the same, and
    /// shifted back.
    /// </remarks>
    public static Instant Add(Instant anchor, Period period)
    {
        var local = anchor.InZone(Zone).LocalDateTime;
        return local.Year < 9000
            ? Resolve(local + period)
            : Resolve((anchor - FourHundredYears).InZone(Zone).LocalDateTime + period) + FourHundredYears;
    }

    /// <summary>Adds a number of calendar days like <see cref="Add"/> with <c>Period.FromDays(days)</c>, without allocating the period.</summary>
    public static Instant AddDays(Instant anchor, int days)
    {
        var local = anchor.InZone(Zone).LocalDateTime;
        return local.Year < 9000
            ? Resolve(local.PlusDays(days))
            : Resolve((anchor - FourHundredYears).InZone(Zone).LocalDateTime.PlusDays(days)) + FourHundredYears;
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
            throw new ArgumentOutOfRangeException(paramName, value, "Instants must lie between 0001-01-01T00:00:00Z and 9989-12-31T23:59:59Z.");
        }
    }

    public static void CheckRange(Instant? value, string paramName)
    {
        if (value is { } instant)
        {
            CheckRange(instant, paramName);
        }
    }
}
