using System.Collections.Generic;
using System.Linq;
using BenchmarkDotNet.Attributes;
using NodaTime;
using Norme48.Evaluation;
using Norme48.Retention;
using Norme48.Vocabulary;

namespace Norme48.Benchmarks;

/// <summary>
/// The purge plan over a stream of ten million in-memory subjects, each holding three fields: the subjects are cycled
/// from a pool, so the stream costs no memory of its own and the plan's throughput is what is measured. The reported
/// time is per subject (three retention decisions and the summary's counting).
/// </summary>
[MemoryDiagnoser]
public class PurgePlanBenchmarks
{
    public const int SubjectCount = 10_000_000;
    private const int PoolSize = 4096;

    private readonly PurgePlanner planner = new(Norme48Evaluator.Default);
    private readonly Instant now = Instant.FromUtc(2026, 6, 1, 8, 0);
    private PurgeCandidate<long>[] pool = [];

    [GlobalSetup]
    public void Setup()
    {
        RetentionField[] fields =
        [
            new(DataField.EmailAddress),
            new(DataField.IpAddress),
            new(DataField.PurchaseHistory, proof: true),
        ];
        var (prospects, _, _) = Inputs.ProspectRetention(PoolSize / 2);
        var start = Instant.FromUtc(2018, 1, 1, 0, 0);
        var clients = Enumerable.Range(0, PoolSize / 2).Select(i => new Subject(
            SubjectStatus.Client,
            start + Duration.FromDays(i % 2000),
            relationshipEndedAt: i % 3 == 0 ? null : start + Duration.FromDays(2000 + (i % 1000))));

        // Only prospects last contacted before the plan's instant: those within the year are kept, the others purged.
        pool = [.. prospects.Where(p => p.LastContactAt <= now).Concat(clients).Select((subject, i) => new PurgeCandidate<long>(i, subject, fields))];
    }

    [Benchmark(OperationsPerInvoke = SubjectCount, Description = "Norme48 purge plan, per subject (10M stream)")]
    public long Plan()
    {
        var summary = new PurgePlanSummary();
        long items = 0;
        foreach (var item in planner.Plan(Stream(), now, summary))
        {
            items++;
        }

        return items + summary.Fields;
    }

    private IEnumerable<PurgeCandidate<long>> Stream()
    {
        for (long key = 0; key < SubjectCount; key++)
        {
            var candidate = pool[(int)(key % pool.Length)];
            yield return new PurgeCandidate<long>(key, candidate.Subject, candidate.Fields);
        }
    }
}
