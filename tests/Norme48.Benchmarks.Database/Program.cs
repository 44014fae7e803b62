using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using NodaTime;
using NodaTime.Text;
using Npgsql;

namespace Norme48.Benchmarks.Database;

/// <summary>
/// Purges a table of prospects inside the database (the stored due columns and <c>PurgeJob</c>) and by loading,
/// evaluating and deleting through EF Core, on SQLite and PostgreSQL, and reports the time ratio and each process's
/// peak memory. Every measurement runs in a child process of its own, on a fresh copy of the same seeded database, so
/// that a peak belongs to one workload.
/// </summary>
internal static class Program
{
    private const string Usage =
        "usage: Norme48.Benchmarks.Database [--rows 1000000[,100000…]] [--engines sqlite,postgres] [--postgres CONNECTION] [--batch 10000] [--work DIR] [--now 2026-11-28T09:00:00Z] [--reuse-seed]\n"
        + "  PostgreSQL is measured when a connection string is given (--postgres, else the NORME48_POSTGRES variable); the benchmark creates and drops databases norme48_bench_*.\n"
        + "  --reuse-seed keeps the seeded databases (work folder, norme48_bench_seed_*) and uses them again on the next run, which then reports no insertion time.";

    private static async Task<int> Main(string[] args)
    {
        try
        {
            var options = Options.Parse(args);
            if (options.Child is { } phase)
            {
                var measurement = await Phases.RunAsync(phase, options.Engines[0], options.Connection!, options.Rows[0], options.Batch, options.Now);
                Console.WriteLine("result " + measurement.Write());
                return 0;
            }

            return await RunAllAsync(options);
        }
        catch (ArgumentException e)
        {
            Console.Error.WriteLine(e.Message);
            Console.Error.WriteLine(Usage);
            return 2;
        }
    }

    private static async Task<int> RunAllAsync(Options options)
    {
        Directory.CreateDirectory(options.Work);
        Console.WriteLine($"now {InstantPattern.ExtendedIso.Format(options.Now)}, edition {ProspectsContext.Edition.Id}, batches of {options.Batch:N0} rows, work folder {options.Work}");
        var lines = new List<string>();
        var mismatch = false;
        foreach (var engine in options.Engines)
        {
            foreach (var rows in options.Rows)
            {
                var store = engine == Engine.Sqlite ? (IStore)new SqliteStore(options.Work, rows) : new PostgresStore(options.Connection!, rows);
                try
                {
                    Measurement? seed = null;
                    if (options.ReuseSeed && store.Exists())
                    {
                        Console.WriteLine($"{engine,-8} {rows,9:N0} Seed     reused");
                    }
                    else
                    {
                        seed = await MeasureAsync(options, engine, Phase.Seed, store.Create(), rows);
                        store.Seeded();
                    }

                    var purge = await MeasureAsync(options, engine, Phase.Purge, store.Copy(), rows);
                    store.DropCopy();
                    var load = await MeasureAsync(options, engine, Phase.Load, store.Copy(), rows);
                    store.DropCopy();
                    var backfill = await MeasureAsync(options, engine, Phase.Backfill, store.Copy(), rows);
                    store.DropCopy();
                    if (purge.RowsAfter != load.RowsAfter || purge.KeySum != load.KeySum)
                    {
                        Console.Error.WriteLine($"MISMATCH on {engine}: the in-database purge left {purge.RowsAfter:N0} rows (key sum {purge.KeySum}), the load-evaluate-delete baseline {load.RowsAfter:N0} (key sum {load.KeySum})");
                        mismatch = true;
                    }

                    lines.Add(string.Create(CultureInfo.InvariantCulture,
                        $"| {engine} | {rows:N0} | {purge.Affected:N0} | {purge.Seconds:F2} s | {purge.PeakMegabytes:F0} MiB | {load.Seconds:F2} s | {load.PeakMegabytes:F0} MiB | {load.Seconds / purge.Seconds:F1}× | {backfill.Seconds:F2} s ({backfill.Affected:N0} rows) | {backfill.PeakMegabytes:F0} MiB | {(seed is null ? "reused" : $"{seed.Seconds:F1} s")} |"));
                }
                finally
                {
                    if (options.ReuseSeed)
                    {
                        store.DropCopy();
                    }
                    else
                    {
                        store.Dispose();
                    }
                }
            }
        }

        Console.WriteLine();
        Console.WriteLine("| engine | prospects | purged | in-database purge | peak | load, evaluate, delete | peak | ratio | backfill | peak | insertion (interceptor) |");
        Console.WriteLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        lines.ForEach(Console.WriteLine);
        return mismatch ? 1 : 0;
    }

    private static async Task<Measurement> MeasureAsync(Options options, Engine engine, Phase phase, string connection, long rows)
    {
        var start = new ProcessStartInfo(Environment.ProcessPath!)
        {
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        if (Path.GetFileNameWithoutExtension(Environment.ProcessPath) == "dotnet")
        {
            // Started as `dotnet Norme48.Benchmarks.Database.dll`: the child is started the same way.
            start.ArgumentList.Add(typeof(Program).Assembly.Location);
        }

        foreach (var arg in new[]
                 {
                     "--child", phase.ToString(), "--engines", engine.ToString(), "--connection", connection, "--rows", rows.ToString(CultureInfo.InvariantCulture),
                     "--batch", options.Batch.ToString(CultureInfo.InvariantCulture), "--now", InstantPattern.ExtendedIso.Format(options.Now),
                 })
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("The child process did not start.");
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        var result = output.Split('\n').LastOrDefault(l => l.StartsWith("result ", StringComparison.Ordinal));
        if (process.ExitCode != 0 || result is null)
        {
            throw new InvalidOperationException($"{phase} on {engine} failed (exit {process.ExitCode}):\n{output}");
        }

        var measurement = Measurement.Read(result["result ".Length..].Trim());
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{engine,-8} {rows,9:N0} {phase,-8} {measurement.Seconds,8:F2} s  rows {measurement.RowsBefore:N0} -> {measurement.RowsAfter:N0} (affected {measurement.Affected:N0})  peak {measurement.PeakMegabytes:F0} MiB  allocated {measurement.AllocatedMegabytes:F0} MiB"));
        return measurement;
    }

    /// <summary>A seeded database and the copies each measurement starts from.</summary>
    private interface IStore : IDisposable
    {
        bool Exists();

        string Create();

        void Seeded();

        string Copy();

        void DropCopy();
    }

    private sealed class SqliteStore(string work, long rows) : IStore
    {
        private readonly string seed = Path.Combine(work, $"seed-{rows}.db");
        private readonly string copy = Path.Combine(work, $"run-{rows}.db");

        public bool Exists() => File.Exists(seed);

        public string Create()
        {
            File.Delete(seed);
            return $"Data Source={seed};Pooling=False";
        }

        public void Seeded()
        {
        }

        public string Copy()
        {
            File.Copy(seed, copy, overwrite: true);
            return $"Data Source={copy};Pooling=False";
        }

        public void DropCopy() => File.Delete(copy);

        public void Dispose()
        {
            File.Delete(seed);
            File.Delete(copy);
        }
    }

    private sealed class PostgresStore : IStore
    {
        private readonly NpgsqlConnectionStringBuilder admin;
        private readonly string seed;
        private readonly string copy;

        public PostgresStore(string connection, long rows)
        {
            admin = new NpgsqlConnectionStringBuilder(connection) { Pooling = false };
            seed = $"norme48_bench_seed_{rows}";
            copy = $"norme48_bench_run_{rows}";
        }

        public bool Exists()
        {
            using var open = Open(admin);
            using var command = new NpgsqlCommand("SELECT count(*) FROM pg_database WHERE datname = @name", open);
            command.Parameters.AddWithValue("name", seed);
            return (long)command.ExecuteScalar()! > 0;
        }

        public string Create()
        {
            Execute(admin, $"DROP DATABASE IF EXISTS {seed} WITH (FORCE)");
            Execute(admin, $"CREATE DATABASE {seed}");
            return On(seed);
        }

        /// <summary>Statistics, as autovacuum would have gathered them on a table that grew to this size.</summary>
        public void Seeded() => Execute(new NpgsqlConnectionStringBuilder(On(seed)), "VACUUM ANALYZE");

        public string Copy()
        {
            Execute(admin, $"DROP DATABASE IF EXISTS {copy} WITH (FORCE)");
            Execute(admin, $"CREATE DATABASE {copy} TEMPLATE {seed}");
            return On(copy);
        }

        public void DropCopy() => Execute(admin, $"DROP DATABASE IF EXISTS {copy} WITH (FORCE)");

        public void Dispose()
        {
            DropCopy();
            Execute(admin, $"DROP DATABASE IF EXISTS {seed} WITH (FORCE)");
        }

        private string On(string database) => new NpgsqlConnectionStringBuilder(admin.ConnectionString) { Database = database, Pooling = true }.ConnectionString;

        private static void Execute(NpgsqlConnectionStringBuilder connection, string sql)
        {
            using var open = Open(connection);
            using var command = new NpgsqlCommand(sql, open);
            command.ExecuteNonQuery();
        }

        /// <summary>
        /// An open, unpooled connection: a pooled connection left open would keep CREATE DATABASE … TEMPLATE from
        /// copying the seed.
        /// </summary>
        private static NpgsqlConnection Open(NpgsqlConnectionStringBuilder connection)
        {
            var open = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connection.ConnectionString) { Pooling = false }.ConnectionString);
            open.Open();
            return open;
        }
    }

    private sealed class Options
    {
        public Phase? Child { get; private set; }

        public List<Engine> Engines { get; } = [];

        public List<long> Rows { get; } = [];

        public string? Connection { get; private set; }

        public int Batch { get; private set; } = 10_000;

        /// <summary>Gets whether a seeded database left by an earlier run with <c>--reuse-seed</c> is used again (and kept).</summary>
        public bool ReuseSeed { get; private set; }

        public string Work { get; private set; } = Path.Combine(Path.GetTempPath(), "norme48-db-bench");

        public Instant Now { get; private set; } = Instant.FromUtc(2026, 11, 28, 9, 0);

        public static Options Parse(string[] args)
        {
            var options = new Options();
            string? postgres = null;
            for (var i = 0; i < args.Length; i++)
            {
                string Value() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value.");
                switch (args[i])
                {
                    case "--child": options.Child = Enum.Parse<Phase>(Value()); break;
                    case "--engines": options.Engines.AddRange(Value().Split(',').Select(e => Enum.Parse<Engine>(e, ignoreCase: true))); break;
                    case "--rows": options.Rows.AddRange(Value().Split(',').Select(r => long.Parse(r, NumberStyles.AllowThousands, CultureInfo.InvariantCulture))); break;
                    case "--connection": options.Connection = Value(); break;
                    case "--postgres": postgres = Value(); break;
                    case "--batch": options.Batch = int.Parse(Value(), CultureInfo.InvariantCulture); break;
                    case "--reuse-seed": options.ReuseSeed = true; break;
                    case "--work": options.Work = Path.GetFullPath(Value()); break;
                    case "--now": options.Now = InstantPattern.ExtendedIso.Parse(Value()).GetValueOrThrow(); break;
                    default: throw new ArgumentException($"Unknown option {args[i]}.");
                }
            }

            if (options.Rows.Count == 0)
            {
                options.Rows.Add(1_000_000);
            }

            if (options.Rows.Any(r => r < 1) || options.Batch < 1)
            {
                throw new ArgumentException("--rows and --batch must be at least 1.");
            }

            postgres ??= Environment.GetEnvironmentVariable("NORME48_POSTGRES");
            if (options.Child is null)
            {
                if (options.Engines.Count == 0)
                {
                    options.Engines.Add(Engine.Sqlite);
                    if (!string.IsNullOrEmpty(postgres))
                    {
                        options.Engines.Add(Engine.Postgres);
                    }
                }

                if (options.Engines.Contains(Engine.Postgres))
                {
                    options.Connection = string.IsNullOrEmpty(postgres)
                        ? throw new ArgumentException("PostgreSQL needs a connection string: --postgres, or the NORME48_POSTGRES variable.")
                        : postgres;
                }
            }
            else if (options.Engines.Count != 1 || options.Connection is null)
            {
                throw new ArgumentException("--child needs one engine and --connection.");
            }

            return options;
        }
    }
}
