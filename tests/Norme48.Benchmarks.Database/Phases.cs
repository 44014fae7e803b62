using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using Norme48.Decisions;
using Norme48.Evaluation;
using Norme48.EntityFrameworkCore.Retention;

namespace Norme48.Benchmarks.Database;

/// <summary>The database engines measured.</summary>
internal enum Engine
{
    Sqlite,
    Postgres,
}

/// <summary>What one child process does and measures.</summary>
internal enum Phase
{
    /// <summary>Creates the tables and inserts the prospects through EF Core with the interceptor: due columns current since insertion.</summary>
    Seed,

    /// <summary>The in-database purge: <see cref="PurgeJob.RunAsync{TEntity}"/>, set-based statements on the stored due columns.</summary>
    Purge,

    /// <summary>The baseline: load every row through EF Core, decide each field with the in-memory evaluator, delete the due rows with <c>SaveChanges</c>.</summary>
    Load,

    /// <summary>The due columns cleared (untimed), then recomputed for every row by <see cref="RetentionBackfill.RecomputeAsync{TEntity}"/>.</summary>
    Backfill,
}

/// <summary>What a phase measured, written by the child as one line and read back by the parent.</summary>
/// <param name="Seconds">The wall time of the timed part (process start-up, model building and the first query excluded).</param>
/// <param name="RowsBefore">The rows in the table before the timed part.</param>
/// <param name="Affected">The rows inserted, deleted or updated.</param>
/// <param name="RowsAfter">The rows left.</param>
/// <param name="KeySum">The sum of the keys left: two purges that delete the same rows leave the same sum.</param>
/// <param name="PeakMegabytes">The process's peak resident set (Linux <c>VmHWM</c>), in MiB, from start to end.</param>
/// <param name="AllocatedMegabytes">The bytes the process allocated on the managed heap, in MiB.</param>
internal sealed record Measurement(double Seconds, long RowsBefore, long Affected, long RowsAfter, long KeySum, double PeakMegabytes, double AllocatedMegabytes)
{
    private const char Separator = ' ';

    public string Write() => string.Join(Separator, new object[] { Seconds, RowsBefore, Affected, RowsAfter, KeySum, PeakMegabytes, AllocatedMegabytes }
        .Select(v => Convert.ToString(v, CultureInfo.InvariantCulture)));

    public static Measurement Read(string line)
    {
        var parts = line.Split(Separator);
        return new Measurement(
            double.Parse(parts[0], CultureInfo.InvariantCulture), long.Parse(parts[1], CultureInfo.InvariantCulture), long.Parse(parts[2], CultureInfo.InvariantCulture),
            long.Parse(parts[3], CultureInfo.InvariantCulture), long.Parse(parts[4], CultureInfo.InvariantCulture),
            double.Parse(parts[5], CultureInfo.InvariantCulture), double.Parse(parts[6], CultureInfo.InvariantCulture));
    }
}

/// <summary>The work of a child process: one phase on one database copy.</summary>
internal static class Phases
{
    private const int InsertChunk = 10_000;

    public static async Task<Measurement> RunAsync(Phase phase, Engine engine, string connection, long rows, int batch, Instant now)
    {
        switch (phase)
        {
            case Phase.Seed:
                return await SeedAsync(engine, connection, rows, now);
            case Phase.Purge:
            {
                await using var context = ProspectsContext.Open(engine, connection, mapped: true);
                var before = await context.Prospects.LongCountAsync();
                var watch = Stopwatch.StartNew();
                var result = await PurgeJob.RunAsync<Prospect>(context, now, batch);
                return await MeasuredAsync(context, watch, before, result.Purged);
            }

            case Phase.Load:
            {
                await using var context = ProspectsContext.Open(engine, connection, mapped: false);
                var before = await context.Prospects.LongCountAsync();
                var watch = Stopwatch.StartNew();
                var deleted = await LoadEvaluateDeleteAsync(context, batch, now);
                return await MeasuredAsync(context, watch, before, deleted);
            }

            case Phase.Backfill:
            {
                await using var context = ProspectsContext.Open(engine, connection, mapped: true);
                await context.Prospects.ExecuteUpdateAsync(s => s
                    .SetProperty(p => EF.Property<long?>(p, RetentionColumns.ArchiveFrom), (long?)null)
                    .SetProperty(p => EF.Property<long?>(p, RetentionColumns.AskFrom), (long?)null)
                    .SetProperty(p => EF.Property<long?>(p, RetentionColumns.PurgeFrom), (long?)null)
                    .SetProperty(p => EF.Property<int?>(p, RetentionColumns.PurgeRule), (int?)null));
                var before = await context.Prospects.LongCountAsync();
                var watch = Stopwatch.StartNew();
                var result = await RetentionBackfill.RecomputeAsync<Prospect>(context, batchSize: batch);
                return await MeasuredAsync(context, watch, before, result.Updated);
            }

            default:
                throw new ArgumentOutOfRangeException(nameof(phase), phase, null);
        }
    }

    private static async Task<Measurement> SeedAsync(Engine engine, string connection, long rows, Instant now)
    {
        await using var context = ProspectsContext.Open(engine, connection, mapped: true);
        await context.Database.EnsureCreatedAsync();
        var synthetic = new SyntheticProspects(now);
        var watch = Stopwatch.StartNew();
        for (long number = 1; number <= rows;)
        {
            for (var i = 0; i < InsertChunk && number <= rows; i++, number++)
            {
                context.Prospects.Add(synthetic.Next(number));
            }

            await context.SaveChangesAsync();
            context.ChangeTracker.Clear();
        }

        return await MeasuredAsync(context, watch, 0, rows);
    }

    /// <summary>
    /// What a CRM does without the due columns: reads the table in key order, a batch of tracked entities at a time
    /// (memory stays flat), asks the evaluator about each mapped field of each row as of <paramref name="now"/>, marks the
    /// rows whose every field is to be purged as deleted, and saves.
    /// </summary>
    private static async Task<long> LoadEvaluateDeleteAsync(ProspectsContext context, int batch, Instant now)
    {
        var evaluator = new Norme48Evaluator(ProspectsContext.Edition);
        long deleted = 0;
        long last = 0;
        while (true)
        {
            var rows = await context.Prospects.Where(p => p.Id > last).OrderBy(p => p.Id).Take(batch).ToListAsync();
            if (rows.Count == 0)
            {
                return deleted;
            }

            foreach (var prospect in rows)
            {
                var subject = ProspectsContext.SubjectOf(prospect);
                if (ProspectsContext.Fields.All(field => evaluator.DecideRetention(field, subject, now).Verdict == RetentionVerdict.Purge))
                {
                    context.Prospects.Remove(prospect);
                    deleted++;
                }
            }

            await context.SaveChangesAsync();
            last = rows[^1].Id;
            context.ChangeTracker.Clear();
        }
    }

    private static async Task<Measurement> MeasuredAsync(ProspectsContext context, Stopwatch watch, long before, long affected)
    {
        watch.Stop();
        var after = await context.Prospects.LongCountAsync();
        var keySum = after == 0 ? 0 : await context.Prospects.SumAsync(p => p.Id);
        return new Measurement(
            Math.Round(watch.Elapsed.TotalSeconds, 3), before, affected, after, keySum,
            Math.Round(PeakResidentMegabytes(), 1), Math.Round(GC.GetTotalAllocatedBytes() / 1048576.0, 1));
    }

    /// <summary>The peak resident set of this process: <c>VmHWM</c> on Linux, else the runtime's peak working set.</summary>
    private static double PeakResidentMegabytes()
    {
        const string status = "/proc/self/status";
        if (File.Exists(status))
        {
            foreach (var line in File.ReadLines(status))
            {
                if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                {
                    return long.Parse(line["VmHWM:".Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture) / 1024.0;
                }
            }
        }

        using var process = Process.GetCurrentProcess();
        return process.PeakWorkingSet64 / 1048576.0;
    }
}
