using System;
using System.Threading;
using NodaTime;

namespace Norme48.Retention;

/// <summary>
/// Adding years and months to the days of the transition table's range, read from a table per period: the evaluators
/// prepare one for each period of their rulebook's retention policies (one, two, three, ten years, thirteen months …),
/// built the first time it is used, so that each is answered by one array read instead of the civil-date arithmetic of
/// <see cref="ParisCalendar.ShiftCivil"/>, which builds the table.
/// </summary>
/// <remarks>
/// A table holds, per day, the result's distance from the day minus the period's shortest such distance, in one byte:
/// the distances of one period differ by a few days at most (leap days, months of unequal length). Other periods,
/// days outside the range, and periods offered after <see cref="MaxTables"/> were prepared take
/// <see cref="ParisCalendar.ShiftCivil"/>. Only the evaluators prepare tables, so a caller's own periods never take
/// the rulebooks' places. Tables are immutable once published; readers take no lock.
/// </remarks>
internal static class DateShifts
{
    /// <summary>The number of periods that get a table (about 73 kB each); others are computed.</summary>
    internal const int MaxTables = 16;

    /// <summary>Periods of more than this many years are computed (their table would be no faster and is never needed).</summary>
    private const int MaxTableYears = 100;

    // Stryker disable all : static initialiser, run once per test process before any mutant is active (README, Mutation testing)
    private static readonly object BuildLock = new();

    /// <summary>The first day number of the tables: the day before the transition table's first UTC day (local days start up to a day earlier).</summary>
    internal static readonly long FirstDay = (ParisCalendar.Transitions.FirstSecond / 86_400) - 1;

    /// <summary>The number of days of each table: the transition table's days and one on either side.</summary>
    internal static readonly int DayCount = (int)(ParisCalendar.Transitions.LengthSeconds / 86_400) + 2;

    private static Table[] tables = [];
    // Stryker restore all

    /// <summary>The years and months of the periods <see cref="Prepare"/> accepted: at most <see cref="MaxTables"/>.</summary>
    private static (int Years, int Months)[] prepared = [];

    /// <summary>Gets the number of tables built so far, on first use of a prepared period (for the tests).</summary>
    internal static int TableCount => Volatile.Read(ref tables).Length;

    /// <summary>Adds years, then months, to a day number, clamping as <see cref="ParisCalendar.ShiftCivil"/> does.</summary>
    /// <param name="days">The day number (days from 1970-01-01) of a date between the years 350 and 3750.</param>
    /// <param name="years">The years to add.</param>
    /// <param name="months">The months to add.</param>
    /// <returns>The day number of the result.</returns>
    public static long Shift(long days, int years, int months)
    {
        var index = (ulong)(days - FirstDay);
        if (index < (ulong)DayCount && (Find(years, months) ?? BuildIfPrepared(years, months)) is { } table)
        {
            return days + table.Least + table.Deltas[(int)index];
        }

        return ParisCalendar.ShiftCivil(days, years, months);
    }

    /// <summary>Whether a period of these years and months has a table already built (for the tests).</summary>
    internal static bool IsBuilt(int years, int months) => Find(years, months) is not null;

    /// <summary>Whether a period of these years and months has a table, built or to be built on first use (for the tests).</summary>
    internal static bool IsPrepared(int years, int months) => Array.IndexOf(Volatile.Read(ref prepared), (years, months)) >= 0;

    /// <summary>
    /// Marks a period's years and months for a table, built the first time a date is shifted by them (about 10 ms), so
    /// that building an evaluator stays cheap and a process that never asks a retention question never builds one.
    /// A period of days, with time units, too long, or past <see cref="MaxTables"/> is ignored.
    /// </summary>
    /// <param name="period">The period; <see langword="null"/> is ignored.</param>
    public static void Prepare(Period? period)
    {
        if (period is not { HasTimeComponent: false } || (period.Years == 0 && period.Months == 0)
            || period.Years is < -MaxTableYears or > MaxTableYears || period.Months is < -MaxTableYears * 12 or > MaxTableYears * 12)
        {
            return;
        }

        lock (BuildLock)
        {
            var current = prepared;
            var key = (period.Years, period.Months);
            if (current.Length < MaxTables && Array.IndexOf(current, key) < 0)
            {
                Volatile.Write(ref prepared, [.. current, key]);
            }
        }
    }

    private static Table? BuildIfPrepared(int years, int months) =>
        IsPrepared(years, months) ? Build(years, months) : null;

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

    internal static Table? Build(int years, int months)
    {

        lock (BuildLock)
        {
            var current = tables;
            foreach (var table in current)
            {
                if (table.Years == years && table.Months == months)
                {
                    return table;
                }
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
                // Never with the rulebooks' periods: unprepare it, so that its days are computed from now on.
                Volatile.Write(ref prepared, Array.FindAll(prepared, p => p != (years, months)));
                return null;
            }

            var deltas = new byte[DayCount];
            for (var i = 0; i < DayCount; i++)
            {
                deltas[i] = (byte)(distances[i] - least);
            }

            var built = new Table(years, months, least, deltas);
            Volatile.Write(ref tables, [.. current, built]);
            return built;
        }
    }

    /// <summary>One period's table: per day from <see cref="FirstDay"/>, the result's distance minus <see cref="Least"/>.</summary>
    internal sealed class Table(int years, int months, int least, byte[] deltas)
    {
        public int Years { get; } = years;

        public int Months { get; } = months;

        public int Least { get; } = least;

        public byte[] Deltas { get; } = deltas;
    }
}
