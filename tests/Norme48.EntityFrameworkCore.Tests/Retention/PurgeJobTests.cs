using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using Norme48.EntityFrameworkCore.Retention;
using Norme48.Retention;
using Norme48.Rules;
using Xunit;

namespace Norme48.EntityFrameworkCore.Tests.Retention;

/// <summary>Cases on the purge job: dry-run plan, run, idempotence, resumption after cancellation, run on every engine by the sealed classes below.</summary>
public abstract class PurgeJobCases
{
    private protected PurgeJobCases(Databases databases) => Db = databases;

    private protected Databases Db { get; }

    private static readonly Instant Now = Instant.FromUtc(2026, 1, 1, 0, 0);

    private static DateTimeOffset Day(int year, int month, int day) => new(year, month, day, 0, 0, 0, TimeSpan.Zero);

    private sealed class Collect<T> : IProgress<T>
    {
        public List<T> Reports { get; } = [];

        public void Report(T value) => Reports.Add(value);
    }

    /// <summary>5 prospects past one year, 2 with two unanswered solicitations, 3 recent; 2 proof clients to archive, 1 archived, 1 client whose relationship lasts.</summary>
    private static void Seed(CrmContext context)
    {
        for (var i = 0; i < 5; i++)
        {
            context.Contacts.Add(new Contact { Status = SubjectStatus.Prospect, CollectedAt = Day(2023, 1, 1 + i), Email = "old@example.invalid" });
        }

        for (var i = 0; i < 2; i++)
        {
            context.Contacts.Add(new Contact { Status = SubjectStatus.Prospect, CollectedAt = Day(2025, 10, 1 + i), Unanswered = 2, Email = "silent@example.invalid" });
        }

        for (var i = 0; i < 3; i++)
        {
            context.Contacts.Add(new Contact { Status = SubjectStatus.Prospect, CollectedAt = Day(2025, 11, 1 + i), Email = "new@example.invalid" });
        }

        for (var i = 0; i < 3; i++)
        {
            context.Contacts.Add(new Contact
            {
                Status = SubjectStatus.Client, RelationshipEndedAt = Day(2025, 6, 1), Email = "client@example.invalid",
                InvoiceAmount = 200m, InvoiceDate = Day(2024, 3, 1), Archived = i == 2,
            });
        }

        context.Contacts.Add(new Contact { Status = SubjectStatus.Client, Email = "current@example.invalid" });
        context.SaveChanges();
    }

    [Fact]
    public async Task PlanAsync_DueRows_CountsPerRuleAndChangesNothing()
    {
        using var db = Db.Ns2005();
        Seed(db.Context);

        var plan = await PurgeJob.PlanAsync<Contact>(db.Context, Now, sampleSize: 3, cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(
            [KeyValuePair.Create(RuleId.RetentionProspectOneYear, 5L), KeyValuePair.Create(RuleId.RetentionProspectTwoUnanswered, 2L)],
            plan.PurgeByRule);
        Assert.Equal(7, plan.ToPurge);
        Assert.Equal(2, plan.ToArchive);
        Assert.Equal(0, plan.ToAsk);
        Assert.Equal([1, 2, 3], plan.SampleKeys.Select(Convert.ToInt32));
        Assert.Equal("purge (DeleteRow) 7: NS48-RET-PROSPECT-1Y 5, NS48-RET-PROSPECT-2-UNANSWERED 2; archive 2; ask 0", plan.ToString());
        Assert.Equal(14, await db.Context.Contacts.CountAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task RunAsync_DeleteRow_DeletesAndArchivesInBatchesThenHasNothingLeft()
    {
        using var db = Db.Ns2005();
        Seed(db.Context);
        var progress = new Collect<PurgeJobResult>();
        var token = TestContext.Current.CancellationToken;

        using var job = db.Fresh();
        var result = await PurgeJob.RunAsync<Contact>(job, Now, batchSize: 3, progress: progress, cancellationToken: token);
        using var again = db.Fresh();
        var rerun = await PurgeJob.RunAsync<Contact>(again, Now, batchSize: 3, cancellationToken: token);

        using var after = db.Fresh();
        Assert.Equal(new PurgeJobResult(7, 2), result);
        Assert.Equal([new(3, 0), new(6, 0), new(7, 0), new(7, 2)], progress.Reports);
        Assert.Equal(new PurgeJobResult(0, 0), rerun);
        Assert.Equal(7, await after.Contacts.CountAsync(token));
        Assert.Equal(3, await after.Contacts.CountAsync(c => c.Archived, token));
        Assert.DoesNotContain(await after.Contacts.Select(c => c.Email).ToListAsync(token), e => e is "old@example.invalid" or "silent@example.invalid");
    }

    [Fact]
    public async Task RunAsync_Anonymise_ClearsMappedFieldsAndKeepsTheRows()
    {
        using var db = Db.Anonymising();
        Seed(db.Context);
        var token = TestContext.Current.CancellationToken;

        using var job = db.Fresh();
        var result = await PurgeJob.RunAsync<Contact>(job, Now, batchSize: 4, cancellationToken: token);

        using var after = db.Fresh();
        Assert.Equal(new PurgeJobResult(7, 2), result);
        Assert.Equal(14, await after.Contacts.CountAsync(token));
        Assert.Equal(7, await after.Contacts.CountAsync(c => c.Email == null && c.Phone == null && c.InvoiceAmount == null, token));
        Assert.Empty(after.Contacts.Where(Norme48Retention.DueForPurge<Contact>(Now)).Ids());
    }

    [Fact]
    public async Task RunAsync_DueRowsBetweenKeptRows_EachBatchTakesAtMostBatchSizeDueRowsInKeyOrder()
    {
        using var db = Db.Ns2005();
        var token = TestContext.Current.CancellationToken;

        // Ids 1–20: the odd ones collected in 2023 (due), the even ones in 2025-11 (kept).
        for (var i = 1; i <= 20; i++)
        {
            db.Context.Contacts.Add(new Contact { Status = SubjectStatus.Prospect, CollectedAt = i % 2 == 1 ? Day(2023, 1, i) : Day(2025, 11, i), Email = "lead@example.invalid" });
        }

        db.Context.SaveChanges();
        var progress = new Collect<PurgeJobResult>();
        using var job = db.Fresh();
        var result = await PurgeJob.RunAsync<Contact>(job, Now, batchSize: 3, progress: progress, cancellationToken: token);

        using var after = db.Fresh();
        Assert.Equal(new PurgeJobResult(10, 0), result);
        Assert.Equal([new(3, 0), new(6, 0), new(9, 0), new(10, 0)], progress.Reports);
        Assert.Equal(Enumerable.Range(1, 10).Select(i => 2 * i), after.Contacts.Ids());
    }

    [Fact]
    public async Task RunAsync_TextKey_PurgesTheDueRowsInBatches()
    {
        using var db = Db.WithLeads();
        var token = TestContext.Current.CancellationToken;
        for (var i = 1; i <= 8; i++)
        {
            db.Context.Leads.Add(new Lead { Code = $"L{i:D2}", CollectedAt = i % 2 == 0 ? Day(2023, 3, i) : Day(2025, 12, i), Email = "lead@example.invalid" });
        }

        db.Context.SaveChanges();
        var progress = new Collect<PurgeJobResult>();
        using var job = db.Fresh();
        var result = await PurgeJob.RunAsync<Lead>(job, Now, batchSize: 3, progress: progress, cancellationToken: token);

        using var after = db.Fresh();
        Assert.Equal(new PurgeJobResult(4, 0), result);
        Assert.Equal([new(3, 0), new(4, 0)], progress.Reports);
        Assert.Equal(["L01", "L03", "L05", "L07"], await after.Set<Lead>().Select(l => l.Code).OrderBy(c => c).ToListAsync(token));
    }

    private sealed class CancelAfterFirst(CancellationTokenSource source) : IProgress<PurgeJobResult>
    {
        public void Report(PurgeJobResult value) => source.Cancel();
    }

    [Fact]
    public async Task RunAsync_CancelledAfterABatch_KeepsThatBatchAndASecondRunFinishes()
    {
        using var db = Db.Ns2005();
        Seed(db.Context);
        var token = TestContext.Current.CancellationToken;
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(token);

        using var job = db.Fresh();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => PurgeJob.RunAsync<Contact>(job, Now, batchSize: 3, progress: new CancelAfterFirst(cancel), cancellationToken: cancel.Token));
        using var between = db.Fresh();
        var left = await between.Contacts.CountAsync(token);
        using var resumed = db.Fresh();
        var result = await PurgeJob.RunAsync<Contact>(resumed, Now, batchSize: 3, cancellationToken: token);

        Assert.Equal(11, left);
        Assert.Equal(new PurgeJobResult(4, 2), result);
    }
}

/// <summary>The cases on an in-memory SQLite database.</summary>
public sealed class PurgeJobTests() : PurgeJobCases(Databases.Sqlite);

/// <summary>The cases on PostgreSQL, in a database of this class's own; skipped without <c>NORME48_POSTGRES</c>.</summary>
public sealed class PurgeJobPostgresTests(PostgresDatabase postgres) : PurgeJobCases(new Databases(postgres)), IClassFixture<PostgresDatabase>;
