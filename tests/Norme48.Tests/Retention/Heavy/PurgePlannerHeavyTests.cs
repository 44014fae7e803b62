using System;
using System.Collections;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using NodaTime;
using Norme48.Decisions;
using Norme48.Evaluation;
using Norme48.Retention;
using Norme48.Vocabulary;
using Xunit;

namespace Norme48.Tests.Retention.Heavy;

/// <summary>
/// <see cref="PurgePlanner"/> at scale: "Memory stays flat whatever the number of subjects." A million subjects go
/// through the synchronous plan; the bytes allocated on the planning thread must not grow with their number.
/// </summary>
[Collection("Heavy")]
public sealed class PurgePlannerHeavyTests
{
    private const int SubjectCount = 1_000_000;

    private const int PoolSize = 4_096;

    /// <summary>
    /// The bound on bytes allocated while planning a million subjects (ten million decisions). Measured at 368 bytes
    /// (the candidates' enumerator and the plan's iterator): one allocation per subject would be at least 24 MB, one
    /// per field 240 MB, so 64 KiB fails on either while leaving room for runtime noise.
    /// </summary>
    private const long AllocationBound = 64 * 1024;

    private static readonly Instant Now = Instant.FromUtc(2026, 6, 1, 10, 0);

    [Fact]
    public void Plan_OneMillionSubjects_AllocatesIndependentlyOfTheirNumber()
    {
        var pool = BuildPool();
        var fields = BuildFields();
        var planner = new PurgePlanner(new Norme48Evaluator());
        Consume(planner.Plan(new GeneratedCandidates(pool, fields, 50_000), Now, new PurgePlanSummary()));
        var summary = new PurgePlanSummary();
        var candidates = new GeneratedCandidates(pool, fields, SubjectCount);
        var stopwatch = Stopwatch.StartNew();

        var before = GC.GetAllocatedBytesForCurrentThread();
        var (items, keys) = Consume(planner.Plan(candidates, Now, summary));
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        stopwatch.Stop();

        Assert.Equal(SubjectCount, summary.Subjects);
        Assert.Equal((long)SubjectCount * fields.Length, summary.Fields);
        Assert.Equal(summary.Count(RetentionVerdict.Archive) + summary.Count(RetentionVerdict.Purge), items);
        Assert.Equal(summary.Fields, summary.Count(RetentionVerdict.Keep) + items);
        Assert.True(summary.Count(RetentionVerdict.Keep) > 0 && summary.Count(RetentionVerdict.Archive) > 0 && summary.Count(RetentionVerdict.Purge) > 0);
        Assert.NotEqual(0L, keys);
        Assert.True(allocated < AllocationBound, $"{allocated:N0} bytes allocated for {SubjectCount:N0} subjects in {stopwatch.Elapsed}");
        TestContext.Current.SendDiagnosticMessage($"{summary}: {allocated:N0} bytes allocated in {stopwatch.Elapsed}");
    }

    private static (long Items, long Keys) Consume(IEnumerable<PurgePlanItem<int>> plan)
    {
        long items = 0;
        long keys = 0;
        foreach (var item in plan)
        {
            items++;
            keys += item.Key ^ (int)item.Action;
        }

        return (items, keys);
    }

    /// <summary>Distinct subjects of every kind: clients lasting, ending, ended long ago; prospects fresh, due, solicited.</summary>
    private static Subject[] BuildPool()
    {
        var pool = new Subject[PoolSize];
        for (var i = 0; i < PoolSize; i++)
        {
            var days = Duration.FromDays(i % 3_000) + Duration.FromMinutes(i * 7 % 1_440);
            var past = Now - days;
            pool[i] = (i % 8) switch
            {
                0 => new Subject(SubjectStatus.Client, collectedAt: past),
                1 => new Subject(SubjectStatus.Client, relationshipEndedAt: Now + days),
                2 => new Subject(SubjectStatus.Client, relationshipEndedAt: past),
                3 => Subject.FromEvents(
                    SubjectStatus.Client,
                    [new SubjectEvent(SubjectEventType.RelationshipStart, past - Duration.FromDays(400)), new SubjectEvent(SubjectEventType.RelationshipEnd, past)]),
                4 => new Subject(SubjectStatus.Prospect, collectedAt: past, lastContactAt: past + Duration.FromDays(i % 30)),
                5 => new Subject(SubjectStatus.Prospect, collectedAt: past, unansweredSolicitations: i % 3),
                6 => Subject.FromEvents(
                    SubjectStatus.Prospect,
                    [
                        new SubjectEvent(SubjectEventType.Solicitation, past + Duration.FromDays(1)),
                        new SubjectEvent(SubjectEventType.EmailOpen, past + Duration.FromDays(2)),
                        new SubjectEvent(SubjectEventType.LinkClick, past + Duration.FromDays(i % 5)),
                        new SubjectEvent(SubjectEventType.Solicitation, past + Duration.FromDays(6)),
                    ],
                    collectedAt: past),
                _ => Subject.FromEvents(SubjectStatus.Prospect, [new SubjectEvent(SubjectEventType.Order, past)]),
            };
        }

        return pool;
    }

    private static RetentionField[] BuildFields() =>
    [
        new(DataField.LastName),
        new(DataField.EmailAddress),
        new(DataField.PostalAddress),
        new(DataField.PurchaseHistory),
        new(DataField.Amount, proof: true),
        new(DataField.Receipts, proof: true, proofFrom: Instant.FromUtc(2017, 3, 1, 0, 0)),
        new(DataField.PaymentTerms, proof: true, proofFrom: Instant.FromUtc(2010, 1, 1, 0, 0)),
        new(DataField.IpAddress),
        new(DataField.Custom("loyalty-tier", DataCategory.CommercialRelationship)),
        new(DataField.Nir),
    ];

    /// <summary>
    /// A million candidates made on the fly, cycling through the pool: each is a struct over a shared subject and the
    /// shared fields array, so the source itself allocates nothing per subject (only its one enumerator).
    /// </summary>
    private sealed class GeneratedCandidates(Subject[] pool, RetentionField[] fields, int count) : IEnumerable<PurgeCandidate<int>>
    {
        public IEnumerator<PurgeCandidate<int>> GetEnumerator() => new Enumerator(pool, fields, count);

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

        private sealed class Enumerator(Subject[] pool, RetentionField[] fields, int count) : IEnumerator<PurgeCandidate<int>>
        {
            private int index = -1;

            public PurgeCandidate<int> Current => new(index, pool[index % pool.Length], fields);

            object IEnumerator.Current => Current;

            public bool MoveNext() => ++index < count;

            public void Reset() => index = -1;

            public void Dispose()
            {
            }
        }
    }

    // Once the largest record has been seen, planning allocates nothing per subject: a stream of a thousand subjects
    // allocates what a stream of ten does, give or take the first iterator's growth.
    [Fact]
    public void Plan_LongStream_AllocatesNothingPerSubject()
    {
        var pool = PurgePlannerTests.Candidates().Where(c => PurgePlannerTests.Accepted(c)).ToArray();
        long Measure(int subjects)
        {
            var source = Enumerable.Range(0, subjects).Select(i => pool[i % pool.Length]).ToArray();
            var summary = new PurgePlanSummary();
            var before = GC.GetAllocatedBytesForCurrentThread();
            var items = 0;
            foreach (var item in new PurgePlanner(PurgePlannerTests.Evaluator).Plan(source, PurgePlannerTests.Now, summary))
            {
                items += item.Decision.Until is null ? 1 : 2;
            }

            var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
            Assert.True(items > 0);
            return allocated;
        }

        Measure(100);
        var small = Measure(10);

        var large = Measure(10_000);

        Assert.Equal(small, large);
    }
}
