using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using System.Runtime.CompilerServices;
using NodaTime;
using Norme48.Evaluation;
using Norme48.Retention;

namespace Norme48.Benchmarks;

/// <summary>
/// The purge-plan workload of <see cref="PurgePlanBenchmarks"/> as a plain loop, for profilers (<c>perf</c> with the
/// JIT's perf map): <c>purge-loop [rounds] [prospects|clients]</c> plans the 10-million-subject stream
/// <c>rounds</c> times (9 by default), optionally from the pool's prospects or clients only, and prints the median and
/// fastest time per subject. Its timings are a profiling aid, noisier than BenchmarkDotNet's; the figures the READMEs
/// report come from <see cref="PurgePlanBenchmarks"/>.
/// </summary>
internal static class PurgePlanLoop
{
    public static void Run(string[] args)
    {
        var rounds = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 9;
        var (pool, now) = Inputs.PurgePlanPool();
        if (args.Length > 1)
        {
            var status = args[1] switch
            {
                "prospects" => SubjectStatus.Prospect,
                "clients" => SubjectStatus.Client,
                _ => throw new ArgumentException($"purge-loop: '{args[1]}' is neither prospects nor clients.", nameof(args)),
            };
            pool = [.. pool.Where(c => c.Subject.Status == status)];
        }

        if (rounds < 1)
        {
            throw new ArgumentException("purge-loop: rounds must be at least 1.", nameof(args));
        }

        var planner = new PurgePlanner(Norme48Evaluator.Default);
        var times = new List<double>();
        for (var round = 0; round < rounds; round++)
        {
            var summary = new PurgePlanSummary();
            var watch = Stopwatch.StartNew();
            var items = Plan(planner, pool, now, summary);
            watch.Stop();
            times.Add(watch.Elapsed.TotalNanoseconds / PurgePlanBenchmarks.SubjectCount);
            if (round == 0)
            {
                Console.WriteLine($"{items} items; {summary}");
            }
        }

        times.Sort();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{rounds} rounds of {PurgePlanBenchmarks.SubjectCount:N0} subjects: median {times[times.Count / 2]:F1} ns, fastest {times[0]:F1} ns per subject"));
    }

    /// <summary>One plan over the stream, in a method of its own so that it is compiled as such rather than replaced on the stack.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static long Plan(PurgePlanner planner, PurgeCandidate<long>[] pool, Instant now, PurgePlanSummary summary)
    {
        long items = 0;
        foreach (var item in planner.Plan(PurgePlanBenchmarks.Stream(pool), now, summary))
        {
            items++;
        }

        return items;
    }
}
