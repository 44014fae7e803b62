using System.Collections.Generic;
using BenchmarkDotNet.Attributes;
using NodaTime;
using Norme48.Evaluation;
using Norme48.Retention;

namespace Norme48.Benchmarks;

/// <summary>
/// The purge plan over a stream of ten million in-memory subjects of ten fields each (the workload of
/// <see cref="Inputs.PurgePlanPool"/>: 30 % clients, a third of them ended, with two proof fields; 70 % prospects;
/// anchors over fifteen years, daylight-saving edges and leap days included; one <c>now</c>). The subjects are cycled
/// from a pool, so the stream costs no memory of its own and the plan's throughput is what is measured. The reported
/// time is per subject (ten retention decisions and the summary's counting); subjects per second = 10⁹ ÷ that time in ns.
/// </summary>
[MemoryDiagnoser]
public class PurgePlanBenchmarks
{
    public const int SubjectCount = 10_000_000;

    private readonly PurgePlanner planner = new(Norme48Evaluator.Default);
    private PurgeCandidate<long>[] pool = [];
    private Instant now;

    [GlobalSetup]
    public void Setup() => (pool, now) = Inputs.PurgePlanPool();

    [Benchmark(OperationsPerInvoke = SubjectCount, Description = "Norme48 purge plan, per subject (10 fields, 10M stream)")]
    public long Plan()
    {
        var summary = new PurgePlanSummary();
        long items = 0;
        foreach (var item in planner.Plan(Stream(pool), now, summary))
        {
            items++;
        }

        return items + summary.Fields;
    }

    /// <summary>The benchmark's stream: <see cref="SubjectCount"/> candidates cycled from the pool, each with its own key.</summary>
    internal static IEnumerable<PurgeCandidate<long>> Stream(PurgeCandidate<long>[] pool)
    {
        for (long key = 0; key < SubjectCount; key++)
        {
            var candidate = pool[(int)(key % pool.Length)];
            yield return new PurgeCandidate<long>(key, candidate.Subject, candidate.Fields);
        }
    }
}
