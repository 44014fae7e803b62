using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using Norme48.EntityFrameworkCore.Retention;
using Norme48.Retention;
using Xunit;

namespace Norme48.EntityFrameworkCore.Tests.Retention;

/// <summary>Cases on the backfill of rows whose facts changed outside SaveChanges, run on every engine by the sealed classes below.</summary>
public abstract class RetentionBackfillCases
{
    private protected RetentionBackfillCases(Databases databases) => Db = databases;

    private protected Databases Db { get; }

    private static readonly Instant Now = Instant.FromUtc(2026, 1, 1, 0, 0);

    private sealed class Collect<T> : IProgress<T>
    {
        public List<T> Reports { get; } = [];

        public void Report(T value) => Reports.Add(value);
    }

    private Database<CrmContext> TwentyProspects()
    {
        var db = Db.Ns2005();
        for (var i = 0; i < 20; i++)
        {
            db.Context.Contacts.Add(new Contact { Status = SubjectStatus.Prospect, CollectedAt = new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.Zero).AddDays(i) });
        }

        db.Context.SaveChanges();
        return db;
    }

    [Fact]
    public async Task RecomputeAsync_FactsChangedOutsideSaveChanges_RecomputesTheirColumnsInBatches()
    {
        using var db = TwentyProspects();
        var token = TestContext.Current.CancellationToken;
        await db.Context.Contacts.Where(c => c.Id % 2 == 0)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.CollectedAt, new DateTimeOffset(2025, 6, 1, 0, 0, 0, TimeSpan.Zero)), token);
        using var stale = db.Fresh();
        var staleDue = stale.Contacts.Where(Norme48Retention.DueForPurge<Contact>(Now)).Ids();
        var progress = new Collect<BackfillResult>();

        using var backfill = db.Fresh();
        var result = await RetentionBackfill.RecomputeAsync<Contact>(backfill, batchSize: 7, progress: progress, cancellationToken: token);

        using var after = db.Fresh();
        Assert.Equal(20, staleDue.Length);
        Assert.Equal(new BackfillResult(20, 10), result);
        Assert.Equal([new(7, 3), new(14, 7), new(20, 10)], progress.Reports);
        Assert.Equal(Enumerable.Range(1, 20).Where(id => id % 2 == 1), after.Contacts.Where(Norme48Retention.DueForPurge<Contact>(Now)).Ids());
    }

    [Fact]
    public async Task RecomputeAsync_RunTwice_SecondRunUpdatesNothing()
    {
        using var db = TwentyProspects();
        var token = TestContext.Current.CancellationToken;
        await db.Context.Contacts.ExecuteUpdateAsync(s => s.SetProperty(c => EF.Property<long?>(c, RetentionColumns.PurgeFrom), (long?)null), token);

        using var first = db.Fresh();
        var once = await RetentionBackfill.RecomputeAsync<Contact>(first, batchSize: 6, cancellationToken: token);
        using var second = db.Fresh();
        var twice = await RetentionBackfill.RecomputeAsync<Contact>(second, batchSize: 6, cancellationToken: token);

        Assert.Equal(new BackfillResult(20, 20), once);
        Assert.Equal(new BackfillResult(20, 0), twice);
    }

    [Fact]
    public async Task RecomputeAsync_WhereFactsUpdatedSinceLastRun_RecomputesExactlyTheRowsAnotherWriterChanged()
    {
        using var db = TwentyProspects();
        var token = TestContext.Current.CancellationToken;
        var lastRun = new DateTime(2025, 12, 31, 0, 0, 0, DateTimeKind.Utc);

        // Another application moves the collection of the rows divisible by 3 and stamps the facts-updated column.
        await db.Context.Contacts.Where(c => c.Id % 3 == 0).ExecuteUpdateAsync(
            s => s.SetProperty(c => c.CollectedAt, new DateTimeOffset(2025, 6, 1, 0, 0, 0, TimeSpan.Zero)).SetProperty(c => c.FactsUpdatedAt, lastRun.AddHours(1)),
            token);
        using var backfill = db.Fresh();
        var result = await RetentionBackfill.RecomputeAsync<Contact>(backfill, c => c.FactsUpdatedAt > lastRun, batchSize: 4, cancellationToken: token);
        using var after = db.Fresh();
        var dueAfterIncremental = after.Contacts.Where(Norme48Retention.DueForPurge<Contact>(Now)).Ids();
        using var full = db.Fresh();
        var fullRun = await RetentionBackfill.RecomputeAsync<Contact>(full, cancellationToken: token);

        Assert.Equal(new BackfillResult(6, 6), result);
        Assert.Equal(Enumerable.Range(1, 20).Where(id => id % 3 != 0), dueAfterIncremental);
        Assert.Equal(new BackfillResult(20, 0), fullRun);
    }

    [Fact]
    public async Task RecomputeAsync_Where_ReadsOnlyTheSelectedRows()
    {
        using var db = TwentyProspects();

        using var backfill = db.Fresh();
        var result = await RetentionBackfill.RecomputeAsync<Contact>(backfill, c => c.Id > 15, batchSize: 2, cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(new BackfillResult(5, 0), result);
    }
}

/// <summary>The cases on an in-memory SQLite database.</summary>
public sealed class RetentionBackfillTests() : RetentionBackfillCases(Databases.Sqlite);

/// <summary>The cases on PostgreSQL, in a database of this class's own; skipped without <c>NORME48_POSTGRES</c>.</summary>
public sealed class RetentionBackfillPostgresTests(PostgresDatabase postgres) : RetentionBackfillCases(new Databases(postgres)), IClassFixture<PostgresDatabase>;
