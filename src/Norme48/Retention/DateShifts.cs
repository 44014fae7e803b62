using System;
using System.Threading;
using NodaTime;

namespace Norme48.Retention;

/// <summary>
/// Adding years and months to the days of the transition table's range, read from a table per period: the evaluators
/// prepare one for each period of their rulebook's retention policies (one, two, three, ten years, thirteen months …),
/// so that each is answered by one array read instead of the civil-date arithmetic of
/// <see cref="ParisCalendar.ShiftCivil"/>, which builds the table.
/// </summary>
/// <remarks>
/// A table holds, per day, the result's distance from the day minus the period's shortest such distance, in one byte:
/// the distances of one period differ by a few days at most (leap days, months of unequal length). Other periods,
/// days outside the range, and periods prepared after <see cref="MaxTables"/> tables were built take
/// <see cref="ParisCalendar.ShiftCivil"/>. Only the evaluators prepare tables, so a caller's own periods never take
/// the rulebooks' places. Tables are immutable once published; readers take no lock.
/// </remarks>
internal static class DateShifts
{
    /// <summary>The number of periods that get a table (about 73 kB each); others are computed.</summary>
    internal const int MaxTables = 16;

    /// <summary>Periods of more than this many years are computed (their table would be no faster and is never needed).</summary>
    private const int MaxTableYears = 100;

    private static readonly object BuildLock = new();

    /// <summary>The first day number of the tables: the day before the transition table's first UTC day (local days start up to a day earlier).</summary>
    internal static readonly long FirstDay = (ParisCalendar.Transitions.FirstSecond / 86_400) - 1;

    /// <summary>The number of days of each table: the transition table's days and one on either side.</summary>
    internal static readonly int DayCount = (int)(ParisCalendar.Transitions.LengthSeconds / 86_400) + 2;

    private static Table[] tables = [];

    /// <summary>Gets the number of tables built so far (for the tests).</summary>
    internal static int TableCount => Volatile.Read(ref tables).Length;

    /// <summary>Adds years, then months, to a day number, clamping as <see cref="ParisCalendar.ShiftCivil"/> does.</summary>
    /// <param name="days">The day number (days from 1970-01-01) of a date between the years 350 and 3750.</param>
    /// <param name="years">The years to add.</param>
    /// <param name="months">The months to add.</param>
    /// <returns>The day number of the result.</returns>
    public static long Shift(long days, int years, int months)
    {
        var index = (ulong)(days - FirstDay);
        if (index < (ulong)DayCount && Find(years, months) is { } table)
        {
            return days + table.Least + table.Deltas[(int)index];
        }

        return ParisCalendar.ShiftCivil(days, years, months);
    }

    /// <summary>Whether a period of these years and months has a table (for the tests).</summary>
    internal static bool IsPrepared(int years, int months) => Find(years, months) is not null;

    /// <summary>Builds the table of a period's years and months, unless it has one, or has none (a period of days), or is too long.</summary>
    /// <param name="period">The period; <see langword="null"/> or one with time units is ignored.</param>
    public static void Prepare(Period? period)
    {
        if (period is { HasTimeComponent: false } && (period.Years != 0 || period.Months != 0) && Find(period.Years, period.Months) is null)
        {
            Build(period.Years, period.Months);
        }
    }

    private static Table? Find(int years, int months)
    {
        foreach (var table in Volatile.Read(ref tables))
        {
            if (table.Years == years && table.Months == months)
            {
                return table;
            }
        }

        return null;
    }

    private static void Build(int years, int months)
    {
        if (years is < -MaxTableYears or > MaxTableYears || months is < -MaxTableYears * 12 or > MaxTableYears * 12)
        {
            return;
        }

        lock (BuildLock)
        {
            var current = tables;
            foreach (var table in current)
            {
                if (table.Years == years && table.Months == months)
                {
                    return;
                }
            }

            if (current.Length >= MaxTables)
            {
                return;
            }

            var distances = new int[DayCount];
            int least = int.MaxValue, most = int.MinValue;
            for (var i = 0; i < DayCount; i++)
            {
                var distance = (int)(ParisCalendar.ShiftCivil(FirstDay + i, years, months) - (FirstDay + i));
                distances[i] = distance;
                least = Math.Min(least, distance);
                most = Math.Max(most, distance);
            }

            if (most - least > byte.MaxValue)
            {
                return;
            }

            var deltas = new byte[DayCount];
            for (var i = 0; i < DayCount; i++)
            {
                deltas[i] = (byte)(distances[i] - least);
            }

            Volatile.Write(ref tables, [.. current, new Table(years, months, least, deltas)]);
        }
    }

    /// <summary>One period's table: per day from <see cref="FirstDay"/>, the result's distance minus <see cref="Least"/>.</summary>
    private sealed class Table(int years, int months, int least, byte[] deltas)
    {
        public int Years { get; } = years;

        public int Months { get; } = months;

        public int Least { get; } = least;

        public byte[] Deltas { get; } = deltas;
    }
}
