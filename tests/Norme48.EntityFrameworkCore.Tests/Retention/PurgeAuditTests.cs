using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using NodaTime.Testing;
using Norme48.EntityFrameworkCore.Retention;
using Norme48.Retention;
using Xunit;

namespace Norme48.EntityFrameworkCore.Tests.Retention;

/// <summary>The CRM of <see cref="CrmContext"/>, mapping the purge audit too.</summary>
public sealed class AuditedCrmContext(DbContextOptions options) : CrmContext(options)
{
    public DbSet<PurgeRun> PurgeRuns => Set<PurgeRun>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.AddNorme48PurgeAudit();
    }
}

public sealed class PurgeAuditTests
{
    private static readonly Instant Now = Instant.FromUtc(2026, 1, 1, 0, 0);

    private static DateTimeOffset Day(int year, int month, int day) => new(year, month, day, 0, 0, 0, TimeSpan.Zero);

    private static Database<AuditedCrmContext> Audited() => new(o => new AuditedCrmContext(o), postgres: null);

    /// <summary>5 prospects past one year, 2 with two unanswered solicitations, 3 recent; 2 proof clients to archive, 1 archived, 1 current client.</summary>
    private static void Seed(CrmContext context)
    {
        for (var i = 0; i < 5; i++)
        {
            context.Contacts.Add(new Contact { Status = SubjectStatus.Prospect, CollectedAt = Day(2023, 1, 1 + i), Email = $"old{i}@example.test", Phone = "0600000001" });
        }

        for (var i = 0; i < 2; i++)
        {
            context.Contacts.Add(new Contact { Status = SubjectStatus.Prospect, CollectedAt = Day(2025, 10, 1 + i), Unanswered = 2, Email = $"silent{i}@example.test" });
        }

        for (var i = 0; i < 3; i++)
        {
            context.Contacts.Add(new Contact { Status = SubjectStatus.Prospect, CollectedAt = Day(2025, 11, 1 + i), Email = $"new{i}@example.test" });
        }

        for (var i = 0; i < 3; i++)
        {
            context.Contacts.Add(new Contact
            {
                Status = SubjectStatus.Client, RelationshipEndedAt = Day(2025, 6, 1), Email = $"client{i}@example.test",
                InvoiceAmount = 200m, InvoiceDate = Day(2024, 3, 1), Archived = i == 2,
            });
        }

        context.Contacts.Add(new Contact { Status = SubjectStatus.Client, Email = "current@example.test" });
        context.SaveChanges();
    }

    private static string[] Counts(PurgeRun run) => [.. run.Counts.Select(c => c.ToString()).Order(StringComparer.Ordinal)];

    private sealed class CancelAfterFirst(CancellationTokenSource source) : IProgress<PurgeJobResult>
    {
        public void Report(PurgeJobResult value) => source.Cancel();
    }

    [Fact]
    public async Task RunAsync_AuditMapped_WritesOneRecordWithCountsPerActionAndRule()
    {
        using var db = Audited();
        Seed(db.Context);
        var token = TestContext.Current.CancellationToken;
        var clock = new FakeClock(Instant.FromUtc(2026, 1, 2, 3, 0), Duration.FromSeconds(2));

        using var job = db.Fresh();
        var result = await PurgeJob.RunAsync<Contact>(job, Now, batchSize: 3, clock: clock, cancellationToken: token);

        using var after = (AuditedCrmContext)db.Fresh();
        var run = Assert.Single(await after.PurgeRuns.ToListAsync(token));
        Assert.Equal(new PurgeJobResult(7, 2) { Audit = result.Audit }, result);
        Assert.Equal(run.Id, result.Audit!.Id);
        Assert.Equal(PurgeRunOutcome.Completed, run.Outcome);
        Assert.Equal(("ns48-2005", "enforce", "Contact", 3), (run.Edition, run.Recommendations, run.EntityType, run.BatchSize));
        Assert.Equal(Now, run.AsOf);
        Assert.Equal(Instant.FromUtc(2026, 1, 2, 3, 0), run.StartedAt);
        Assert.Equal(Instant.FromUtc(2026, 1, 2, 3, 0, 2), run.FinishedAt);
        Assert.Equal((7L, 2L), (run.Purged, run.Archived));
        Assert.Equal(
            ["Archive NS48-RET-CLIENT-PROOF 2", "Delete NS48-RET-PROSPECT-1Y 5", "Delete NS48-RET-PROSPECT-2-UNANSWERED 2"],
            Counts(run));
    }

    [Fact]
    public async Task RunAsync_WithoutClock_StartsAndFinishesAtNow()
    {
        using var db = Audited();
        Seed(db.Context);
        var token = TestContext.Current.CancellationToken;

        using var job = db.Fresh();
        var result = await PurgeJob.RunAsync<Contact>(job, Now, cancellationToken: token);

        Assert.Equal((Now, Now, Now), (result.Audit!.AsOf, result.Audit.StartedAt, result.Audit.FinishedAt));
    }

    [Fact]
    public async Task RunAsync_CancelledThenResumed_WritesTwoRecordsThatAddUp()
    {
        using var db = Audited();
        Seed(db.Context);
        var token = TestContext.Current.CancellationToken;
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(token);

        using (var job = db.Fresh())
        {
            await Assert.ThrowsAnyAsync<OperationCanceledException>(
                () => PurgeJob.RunAsync<Contact>(job, Now, batchSize: 3, progress: new CancelAfterFirst(cancel), cancellationToken: cancel.Token));
        }

        using (var resumed = db.Fresh())
        {
            await PurgeJob.RunAsync<Contact>(resumed, Now, batchSize: 3, cancellationToken: token);
        }

        using var after = (AuditedCrmContext)db.Fresh();
        var runs = await after.PurgeRuns.ToListAsync(token);
        Assert.Equal(2, runs.Count);
        var cancelled = Assert.Single(runs, r => r.Outcome == PurgeRunOutcome.Cancelled);
        var completed = Assert.Single(runs, r => r.Outcome == PurgeRunOutcome.Completed);
        Assert.Equal((3L, 0L), (cancelled.Purged, cancelled.Archived));
        Assert.Equal(["Delete NS48-RET-PROSPECT-1Y 3"], Counts(cancelled));
        Assert.Equal((4L, 2L), (completed.Purged, completed.Archived));
        Assert.Equal(
            ["Archive NS48-RET-CLIENT-PROOF 2", "Delete NS48-RET-PROSPECT-1Y 2", "Delete NS48-RET-PROSPECT-2-UNANSWERED 2"],
            Counts(completed));
        var total = runs.SelectMany(r => r.Counts).GroupBy(c => (c.Action, c.Rule)).ToDictionary(g => g.Key, g => g.Sum(c => c.Rows));
        Assert.Equal(5, total[(PurgeRunAction.Delete, "NS48-RET-PROSPECT-1Y")]);
        Assert.Equal(2, total[(PurgeRunAction.Delete, "NS48-RET-PROSPECT-2-UNANSWERED")]);
        Assert.Equal(7, runs.Sum(r => r.Purged));
    }

    [Fact]
    public async Task RunAsync_Anonymise_CountsUnderTheAnonymiseAction()
    {
        using var db = new Database<AnonymisingAuditedCrmContext>(o => new AnonymisingAuditedCrmContext(o), postgres: null);
        Seed(db.Context);
        var token = TestContext.Current.CancellationToken;

        using var job = db.Fresh();
        var result = await PurgeJob.RunAsync<Contact>(job, Now, batchSize: 4, cancellationToken: token);

        Assert.Equal(
            ["Anonymise NS48-RET-PROSPECT-1Y 5", "Anonymise NS48-RET-PROSPECT-2-UNANSWERED 2", "Archive NS48-RET-CLIENT-PROOF 2"],
            Counts(result.Audit!));
    }

    [Fact]
    public async Task RunAsync_AuditRecord_HoldsNoPersonalDataAndNoKey()
    {
        using var db = Audited();
        Seed(db.Context);
        var token = TestContext.Current.CancellationToken;
        var emails = await db.Context.Contacts.Select(c => c.Email!).ToListAsync(token);

        using (var job = db.Fresh())
        {
            await PurgeJob.RunAsync<Contact>(job, Now, batchSize: 2, cancellationToken: token);
        }

        var cells = new List<string>();
        foreach (var table in new[] { ModelBuilderExtensions.RunsTable, ModelBuilderExtensions.CountsTable })
        {
            using var command = db.Context.Database.GetDbConnection().CreateCommand();
            command.CommandText = $"SELECT * FROM \"{table}\"";
            using var reader = await command.ExecuteReaderAsync(token);
            while (await reader.ReadAsync(token))
            {
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    cells.Add($"{reader.GetName(i)}={reader.GetValue(i)}");
                }
            }
        }

        Assert.Equal(
            ["Archived", "AsOf", "BatchSize", "Edition", "EntityType", "FinishedAt", "Id", "Outcome", "Purged", "Recommendations", "StartedAt"],
            cells.Where(c => !c.StartsWith("Action=", StringComparison.Ordinal) && !c.StartsWith("Rule=", StringComparison.Ordinal)
                && !c.StartsWith("Rows=", StringComparison.Ordinal) && !c.StartsWith("RunId=", StringComparison.Ordinal))
                .Select(c => c[..c.IndexOf('=', StringComparison.Ordinal)]).Distinct().Order(StringComparer.Ordinal));
        Assert.All(cells, c => Assert.DoesNotContain('@', c));
        Assert.All(cells, c => Assert.DoesNotContain("0600000001", c, StringComparison.Ordinal));
        using var after = (AuditedCrmContext)db.Fresh();
        var text = (await after.PurgeRuns.Include(r => r.Counts).SingleAsync(token)).ToString();
        Assert.DoesNotContain(emails, text.Contains);
        Assert.DoesNotContain("@", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_AuditMappedAndUnsavedChanges_RefusesBeforeChangingAnything()
    {
        using var db = Audited();
        Seed(db.Context);
        var token = TestContext.Current.CancellationToken;
        db.Context.Contacts.Add(new Contact { Status = SubjectStatus.Prospect, CollectedAt = Day(2025, 12, 1), Email = "pending@example.test" });

        await Assert.ThrowsAsync<InvalidOperationException>(() => PurgeJob.RunAsync<Contact>(db.Context, Now, cancellationToken: token));

        using var after = (AuditedCrmContext)db.Fresh();
        Assert.Equal(14, await after.Contacts.CountAsync(token));
        Assert.Empty(await after.PurgeRuns.ToListAsync(token));
    }

    [Fact]
    public async Task RunAsync_AuditNotMapped_WritesNothingAndSaysSo()
    {
        using var db = Database.Ns2005();
        Seed(db.Context);

        using var job = db.Fresh();
        var result = await PurgeJob.RunAsync<Contact>(job, Now, cancellationToken: TestContext.Current.CancellationToken);

        Assert.Null(result.Audit);
        Assert.Equal(new PurgeJobResult(7, 2), result);
    }
}

/// <summary>The audited CRM, anonymising rows instead of deleting them.</summary>
public sealed class AnonymisingAuditedCrmContext(DbContextOptions options) : CrmContext(options)
{
    protected override RetentionAction OnPurge => RetentionAction.Anonymise;

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.AddNorme48PurgeAudit();
    }
}
