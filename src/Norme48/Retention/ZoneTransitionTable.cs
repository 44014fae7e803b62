using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using NodaTime;

namespace Norme48.Retention;

/// <summary>
/// A time zone's UTC offsets over a range of years, read once from NodaTime's own zone and kept as one byte per UTC
/// day: the index of the day's kind (its offset at midnight UTC, the second of the day its offset changes, if it does,
/// and the offset after). Looking up an offset is an array read and a comparison, without the allocations or the
/// cache of NodaTime's zone; the data stay NodaTime's.
/// </summary>
/// <remarks>
/// A day on which the offset changes more than once (Europe/Paris has none since 1950) is marked irregular: the table
/// does not answer for it and the caller falls back to NodaTime.
/// </remarks>
internal sealed class ZoneTransitionTable
{
    private const long SecondsPerDay = 86_400;
    private const byte Irregular = byte.MaxValue;

    private readonly long startSecond;
    private readonly long lengthSeconds;
    private readonly byte[] dayKinds;
    private readonly DayKind[] kinds;

    private ZoneTransitionTable(long startSecond, byte[] dayKinds, DayKind[] kinds)
    {
        this.startSecond = startSecond;
        lengthSeconds = dayKinds.Length * SecondsPerDay;
        this.dayKinds = dayKinds;
        this.kinds = kinds;
    }

    /// <summary>Gets the first second of the table, from the Unix epoch (midnight UTC).</summary>
    public long FirstSecond => startSecond;

    /// <summary>Gets the length of the table, in seconds (whole days).</summary>
    public long LengthSeconds => lengthSeconds;

    /// <summary>Gets the number of distinct kinds of day, quiet or not.</summary>
    public int KindCount => kinds.Length;

    /// <summary>Reads a zone's offsets from <paramref name="start"/> to <paramref name="end"/>, both at midnight UTC.</summary>
    public static ZoneTransitionTable Build(DateTimeZone zone, Instant start, Instant end)
    {
        var startSecond = start.ToUnixTimeSeconds();
        var dayCount = (int)((end.ToUnixTimeSeconds() - startSecond) / SecondsPerDay);
        var dayKinds = new byte[dayCount];
        var raw = new DayKind?[dayCount];
        using var intervals = zone.GetZoneIntervals(start, end).GetEnumerator();
        intervals.MoveNext();
        var current = intervals.Current;
        var hasNext = intervals.MoveNext();
        for (var day = 0; day < dayCount; day++)
        {
            var dayStart = startSecond + (day * SecondsPerDay);
            var dayEnd = dayStart + SecondsPerDay;
            var kind = new DayKind(current.WallOffset.Seconds, int.MaxValue, current.WallOffset.Seconds, Quiet: false);
            var changes = 0;
            while (hasNext && intervals.Current.Start.ToUnixTimeSeconds() < dayEnd)
            {
                var next = intervals.Current;
                var at = next.Start;
                changes++;
                // A transition off the whole second, or a second one in a day, is not representable: irregular day.
                kind = new DayKind(kind.Before, (int)(at.ToUnixTimeSeconds() - dayStart), next.WallOffset.Seconds, Quiet: false);
                changes += at == Instant.FromUnixTimeSeconds(at.ToUnixTimeSeconds()) ? 0 : 2;
                current = next;
                hasNext = intervals.MoveNext();
            }

            raw[day] = changes > 1 ? null : kind;
        }

        // A quiet day: it and both neighbours keep one offset all day, so any instant within a day of it has that offset.
        bool Still(int day, int offset) => day >= 0 && day < dayCount && raw[day] is { } k && k.ChangeSecond == int.MaxValue && k.Before == offset;

        var kinds = new List<DayKind>();
        var indexes = new Dictionary<DayKind, byte>();
        for (var day = 0; day < dayCount; day++)
        {
            if (raw[day] is not { } kind)
            {
                dayKinds[day] = Irregular;
                continue;
            }

            kind = kind with { Quiet = Still(day, kind.Before) && Still(day - 1, kind.Before) && Still(day + 1, kind.Before) };
            if (!indexes.TryGetValue(kind, out var index))
            {
                if (kinds.Count == Irregular)
                {
                    throw new InvalidOperationException("More kinds of day than the table can index.");
                }

                index = (byte)kinds.Count;
                kinds.Add(kind);
                indexes.Add(kind, index);
            }

            dayKinds[day] = index;
        }

        return new ZoneTransitionTable(startSecond, dayKinds, [.. kinds]);
    }

    /// <summary>Gets the offset, in seconds, at an instant given in whole seconds from the Unix epoch (floored).</summary>
    /// <returns><see langword="false"/> outside the table or on an irregular day.</returns>
    public bool TryGetOffset(long unixSeconds, out int offset)
    {
        if (!TryGetKind(unixSeconds, out var kind, out var secondOfDay))
        {
            offset = 0;
            return false;
        }

        offset = secondOfDay < kind.ChangeSecond ? kind.Before : kind.After;
        return true;
    }

    /// <summary>
    /// Gets the offset of a quiet day: one whose offset holds all day, as it does all the day before and all the day
    /// after, so that every instant less than a day away from <paramref name="unixSeconds"/> has it too.
    /// </summary>
    /// <param name="unixSeconds">Whole seconds from the Unix epoch (floored).</param>
    /// <param name="offset">The offset, in seconds.</param>
    /// <returns><see langword="false"/> outside the table, or when a change of offset lies within a day.</returns>
    public bool TryGetQuietOffset(long unixSeconds, out int offset)
    {
        var found = TryGetKind(unixSeconds, out var kind, out _);
        offset = found ? kind.Before : 0;
        return found && kind.Quiet;
    }

    /// <summary>The kind of the day an instant falls on, and the instant's second in that day; <see langword="false"/> outside the table or on an irregular day.</summary>
    private bool TryGetKind(long unixSeconds, out DayKind kind, out long secondOfDay)
    {
        var since = unixSeconds - startSecond;
        kind = default;
        secondOfDay = 0;
        if ((ulong)since >= (ulong)lengthSeconds)
        {
            return false;
        }

        var day = (int)(since / SecondsPerDay);
        var kindIndex = dayKinds[day];
        if (kindIndex == Irregular)
        {
            return false;
        }

        kind = kinds[kindIndex];
        secondOfDay = since - (day * SecondsPerDay);
        return true;
    }

    /// <summary>
    /// One kind of day: the offset from midnight UTC, the second of the day it changes at (never: <see cref="int.MaxValue"/>),
    /// the offset after, and whether the day is quiet (see <see cref="TryGetQuietOffset"/>).
    /// </summary>
    private readonly record struct DayKind(int Before, int ChangeSecond, int After, bool Quiet);
}

/// <summary>
/// Proleptic Gregorian dates as day numbers from 1970-01-01 (the ISO calendar NodaTime uses), in unsigned 32-bit
/// arithmetic: the callers stay between the years 0 and 5,000, where every intermediate value is positive and small,
/// so each division by a constant is a multiplication.
/// </summary>
internal static class CivilDate
{
    /// <summary>Days in the 400-year cycle after which the Gregorian calendar repeats.</summary>
    private const uint DaysPer400Years = 146_097;

    /// <summary>Days from 0000-03-01 to 1970-01-01: the computation counts years from March, so that leap days end them.</summary>
    private const long EpochShift = 719_468;

    /// <summary>Gets the year, month and day of a day number (a date between the years 0 and 5,000).</summary>
    public static void FromDays(long days, out long year, out int month, out int day)
    {
        var shifted = (uint)(days + EpochShift);
        var era = shifted / DaysPer400Years;
        var dayOfEra = shifted - (era * DaysPer400Years);
        var yearOfEra = (dayOfEra - (dayOfEra / 1460) + (dayOfEra / 36_524) - (dayOfEra / (DaysPer400Years - 1))) / 365;
        var dayOfYear = dayOfEra - ((365 * yearOfEra) + (yearOfEra / 4) - (yearOfEra / 100));
        var monthFromMarch = ((5 * dayOfYear) + 2) / 153;
        day = (int)(dayOfYear - (((153 * monthFromMarch) + 2) / 5) + 1);
        month = (int)(monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9);
        year = yearOfEra + (era * 400) + (month <= 2 ? 1 : 0);
    }

    /// <summary>Gets the day number of a date between the years 1 and 5,000 (the month between 1 and 12, the day valid in it).</summary>
    public static long ToDays(long year, int month, int day)
    {
        var marchYear = (uint)(month <= 2 ? year - 1 : year);
        var era = marchYear / 400;
        var yearOfEra = marchYear - (era * 400);
        var dayOfYear = ((153 * (uint)(month > 2 ? month - 3 : month + 9)) + 2) / 5 + (uint)day - 1;
        var dayOfEra = (yearOfEra * 365) + (yearOfEra / 4) - (yearOfEra / 100) + dayOfYear;
        return (long)(era * DaysPer400Years) + dayOfEra - EpochShift;
    }

    /// <summary>Whether a positive year is a leap year: of a century year, 400 must divide it, so (as 25 does not) 16 must.</summary>
    private static bool IsLeapYear(uint year) => (year & 3) == 0 && (year % 100 != 0 || (year & 15) == 0);

    /// <summary>Gets the number of days in a month of a year.</summary>
    public static int DaysInMonth(long year, int month) => month switch
    {
        2 => IsLeapYear((uint)year) ? 29 : 28,
        4 or 6 or 9 or 11 => 30,
        _ => 31,
    };
}
