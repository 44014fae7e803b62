using System;
using System.Collections.Generic;
using System.Linq;
using System.Linq.Expressions;
using System.Reflection;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Query;
using NodaTime;
using Norme48.Rules;

namespace Norme48.EntityFrameworkCore.Retention;

/// <summary>What a purge would do at an instant: rows to purge per rule, rows to archive, prospects to ask.</summary>
public sealed class PurgeJobPlan
{
    internal PurgeJobPlan(
        Instant now, string edition, RetentionAction onPurge, IReadOnlyList<KeyValuePair<RuleId, long>> purgeByRule, long toArchive, long toAsk, IReadOnlyList<object> sampleKeys)
    {
        SampleKeys = sampleKeys;
        Now = now;
        Edition = edition;
        OnPurge = onPurge;
        PurgeByRule = purgeByRule;
        ToArchive = toArchive;
        ToAsk = toAsk;
    }

    /// <summary>Gets the instant the plan is made for.</summary>
    public Instant Now { get; }

    /// <summary>Gets the id of the edition the mapping computes due instants under.</summary>
    public string Edition { get; }

    /// <summary>Gets what a purge does to a row (delete it or anonymise it).</summary>
    public RetentionAction OnPurge { get; }

    /// <summary>Gets the rows due for purge, per rule that makes the purge due, in rule order.</summary>
    public IReadOnlyList<KeyValuePair<RuleId, long>> PurgeByRule { get; }

    /// <summary>Gets the number of rows due for purge.</summary>
    public long ToPurge => PurgeByRule.Sum(p => p.Value);

    /// <summary>Gets the number of rows due for archive (0 when the mapping has no archive flag).</summary>
    public long ToArchive { get; }

    /// <summary>Gets the number of prospects to ask before purging.</summary>
    public long ToAsk { get; }

    /// <summary>Gets the primary keys of the first rows due for purge, in key order: row keys, never the rows' data.</summary>
    public IReadOnlyList<object> SampleKeys { get; }

    /// <summary>Returns the plan as one line per action, without any row's data.</summary>
    /// <returns>Such as <c>purge (DeleteRow) 12: NS48-RET-PROSPECT-1Y 10, NS48-RET-CLIENT 2; archive 3; ask 0</c>.</returns>
    public override string ToString() =>
        $"purge ({OnPurge}) {ToPurge}" + (PurgeByRule.Count == 0 ? string.Empty : ": " + string.Join(", ", PurgeByRule.Select(p => $"{p.Key.ToId()} {p.Value}")))
        + $"; archive {ToArchive}; ask {ToAsk}";
}

/// <summary>How many rows a purge run purged and archived.</summary>
/// <param name="Purged">The rows deleted or anonymised.</param>
/// <param name="Archived">The rows whose archive flag was set.</param>
public readonly record struct PurgeJobResult(long Purged, long Archived)
{
    /// <summary>
    /// Gets the audit record the run wrote (<see cref="PurgeRunOutcome.Completed"/>), or <see langword="null"/> when
    /// the context does not map <see cref="PurgeRun"/> (<see cref="ModelBuilderExtensions.AddNorme48PurgeAudit"/>) and
    /// no record was written; always <see langword="null"/> in progress reports.
    /// </summary>
    public PurgeRun? Audit { get; init; }
}

/// <summary>
/// Purges and archives the rows that are due, inside the database: a dry-run plan (<see cref="PlanAsync{TEntity}"/>)
/// and a run (<see cref="RunAsync{TEntity}"/>) made of set-based <c>ExecuteDelete</c>/<c>ExecuteUpdate</c>
/// statements, one batch at a time, that never load a row.
/// </summary>
/// <remarks>
/// Each batch is one statement, committed on its own: a run that stops (crash, cancellation between batches) leaves
/// whole batches done, and running it again finishes the work; a run with nothing due changes nothing. The rows are
/// selected by their stored due columns: run <see cref="RetentionBackfill"/> first when facts were written outside
/// <c>SaveChanges</c>. With an <see langword="int"/> or <see langword="long"/> key, a batch is the due rows of a
/// slice of the key space (at most the batch size), in key order, so that the rows a batch changes sit together in
/// the table; with another key, the due rows that have been due longest, in the order of the due column's index.
/// </remarks>
public static class PurgeJob
{
    /// <summary>Counts, without changing anything, the rows due for purge (per rule), for archive and for asking.</summary>
    /// <typeparam name="TEntity">An entity mapped with <see cref="EntityTypeBuilderExtensions.HasNorme48Retention{TEntity}"/>.</typeparam>
    /// <param name="context">The context.</param>
    /// <param name="now">The instant.</param>
    /// <param name="sampleSize">How many keys of rows due for purge to list in <see cref="PurgeJobPlan.SampleKeys"/>; 0 or more.</param>
    /// <param name="cancellationToken">Cancels the queries.</param>
    /// <returns>The plan.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="context"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="sampleSize"/> is negative.</exception>
    /// <exception cref="InvalidOperationException"><typeparamref name="TEntity"/> is not mapped to NS-48 retention.</exception>
    /// <exception cref="NotSupportedException">The entity's primary key is not a single column.</exception>
    public static async Task<PurgeJobPlan> PlanAsync<TEntity>(DbContext context, Instant now, int sampleSize = 10, CancellationToken cancellationToken = default)
        where TEntity : class
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentOutOfRangeException.ThrowIfNegative(sampleSize);
        var mapping = MappingOf<TEntity>(context);
        var key = EntityKeys.SingleKey(context, typeof(TEntity)).Name;
        var rows = context.Set<TEntity>().AsNoTracking();
        var duePurge = rows.Where(Norme48Retention.DueForPurge<TEntity>(now));
        var byRule = await duePurge
            .GroupBy(e => EF.Property<int?>(e, RetentionColumns.PurgeRule))
            .Select(g => new { Rule = g.Key, Rows = g.LongCount() })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var toArchive = mapping.ArchiveFlag is null
            ? 0
            : await rows.Where(Norme48Retention.DueForArchive<TEntity>(now)).LongCountAsync(cancellationToken).ConfigureAwait(false);
        var toAsk = await rows.Where(Norme48Retention.DueForAsking<TEntity>(now)).LongCountAsync(cancellationToken).ConfigureAwait(false);
        var sample = await duePurge
            .OrderBy(e => EF.Property<object>(e, key)).Take(sampleSize).Select(e => EF.Property<object>(e, key))
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var purge = byRule.Where(r => r.Rule is not null).OrderBy(r => r.Rule).Select(r => KeyValuePair.Create((RuleId)r.Rule!.Value, r.Rows)).ToArray();
        return new PurgeJobPlan(now, mapping.Evaluator.Edition.Id, mapping.OnPurge, purge, toArchive, toAsk, sample.AsReadOnly());
    }

    /// <summary>
    /// Purges the rows due for purge (deletes them, or anonymises them: every mapped field set to
    /// <see langword="null"/> or its type's default, and the due columns cleared), then sets the archive flag of the
    /// rows due for archive, in batches; when the context maps <see cref="PurgeRun"/>, writes the run's audit record.
    /// </summary>
    /// <typeparam name="TEntity">An entity mapped with <see cref="EntityTypeBuilderExtensions.HasNorme48Retention{TEntity}"/>.</typeparam>
    /// <param name="context">The context; tracked entities are not updated by the set-based statements.</param>
    /// <param name="now">The instant.</param>
    /// <param name="batchSize">Rows per statement; at least 1.</param>
    /// <param name="progress">Receives the running result after each batch.</param>
    /// <param name="clock">Gives the audit record's start and end instants; without it both are <paramref name="now"/>. The job reads no other clock.</param>
    /// <param name="cancellationToken">Stops between batches.</param>
    /// <returns>The rows purged and archived, and the audit record when one was written.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="context"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="batchSize"/> is less than 1.</exception>
    /// <exception cref="InvalidOperationException">
    /// <typeparamref name="TEntity"/> is not mapped to NS-48 retention; or the context maps the audit and has unsaved
    /// changes, which saving the audit record would save too (give the job a context of its own).
    /// </exception>
    /// <remarks>
    /// <para>
    /// The audit record (<see cref="PurgeRun"/>) is inserted as <see cref="PurgeRunOutcome.Running"/> before the first
    /// batch, so that a crash leaves a trace, and updated when the run ends: completed, cancelled (then the
    /// <see cref="OperationCanceledException"/> propagates) or failed (then the statement's exception propagates). It
    /// holds the rows affected per action and rule: each purge batch first counts its rows per
    /// <c>Ns48PurgeRule</c>, then deletes or anonymises them, in one transaction (unless the caller's transaction is
    /// open). Under a weaker isolation than serializable, another writer changing the same rows between the two
    /// statements can make the per-rule counts differ from <see cref="PurgeRun.Purged"/>, which is what the statements
    /// reported. A cancelled run and the run that resumes it write two records, whose counts add up.
    /// </para>
    /// </remarks>
    public static async Task<PurgeJobResult> RunAsync<TEntity>(
        DbContext context,
        Instant now,
        int batchSize = 1000,
        IProgress<PurgeJobResult>? progress = null,
        IClock? clock = null,
        CancellationToken cancellationToken = default)
        where TEntity : class
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);
        var mapping = MappingOf<TEntity>(context);
        var key = EntityKeys.SingleKey(context, typeof(TEntity));
        var run = await StartAuditAsync<TEntity>(context, mapping, now, batchSize, clock, cancellationToken).ConfigureAwait(false);
        var rows = context.Set<TEntity>();
        var purgedByRule = new SortedDictionary<int, long>();
        long purged = 0;
        long archived = 0;
        try
        {
            var duePurge = rows.Where(Norme48Retention.DueForPurge<TEntity>(now));
            var purgeBatches = Batches<TEntity>.For(key, RetentionColumns.PurgeFrom, batchSize);
            while (true)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var transaction = run is not null && context.Database.CurrentTransaction is null
                    ? await context.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false)
                    : null;
                int done;
                var byRule = new List<(int? Rule, long Rows)>();
                await using (transaction)
                {
                    var batch = await purgeBatches.NextAsync(duePurge, run is null ? null : byRule, cancellationToken).ConfigureAwait(false);
                    if (batch is null)
                    {
                        break;
                    }

                    done = mapping.OnPurge == RetentionAction.DeleteRow
                        ? await batch.ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false)
                        : await batch.ExecuteUpdateAsync(s => Anonymise(s, mapping), cancellationToken).ConfigureAwait(false);
                    if (transaction is not null)
                    {
                        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
                    }
                }

                // Counted once the batch is committed: a batch rolled back (cancelled, failed) counts for nothing.
                foreach (var (rule, count) in byRule)
                {
                    purgedByRule[rule ?? 0] = purgedByRule.GetValueOrDefault(rule ?? 0) + count;
                }

                purgeBatches.Done(done);
                if (done > 0)
                {
                    purged += done;
                    progress?.Report(new PurgeJobResult(purged, archived));
                }
            }

            if (mapping.ArchiveFlag is { } flag)
            {
                var dueArchive = rows.Where(Norme48Retention.DueForArchive<TEntity>(now));
                var archiveBatches = Batches<TEntity>.For(key, RetentionColumns.ArchiveFrom, batchSize);
                while (true)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    var batch = await archiveBatches.NextAsync(dueArchive, null, cancellationToken).ConfigureAwait(false);
                    if (batch is null)
                    {
                        break;
                    }

                    var done = await batch.ExecuteUpdateAsync(s => s.SetProperty(e => EF.Property<bool>(e, flag), true), cancellationToken).ConfigureAwait(false);
                    archiveBatches.Done(done);
                    if (done > 0)
                    {
                        archived += done;
                        progress?.Report(new PurgeJobResult(purged, archived));
                    }
                }
            }
        }
        catch (OperationCanceledException)
        {
            await EndAuditAsync(context, run, mapping, PurgeRunOutcome.Cancelled, purgedByRule, purged, archived, now, clock).ConfigureAwait(false);
            throw;
        }
        catch (Exception) when (run is not null)
        {
            try
            {
                await EndAuditAsync(context, run, mapping, PurgeRunOutcome.Failed, purgedByRule, purged, archived, now, clock).ConfigureAwait(false);
            }
            catch (DbUpdateException)
            {
                // The database that failed the statement may refuse the record too: the statement's exception matters more.
            }

            throw;
        }

        await EndAuditAsync(context, run, mapping, PurgeRunOutcome.Completed, purgedByRule, purged, archived, now, clock).ConfigureAwait(false);
        return new PurgeJobResult(purged, archived) { Audit = run };
    }

    private static async Task<PurgeRun?> StartAuditAsync<TEntity>(
        DbContext context, RetentionMapping mapping, Instant now, int batchSize, IClock? clock, CancellationToken cancellationToken)
        where TEntity : class
    {
        if (context.Model.FindEntityType(typeof(PurgeRun)) is null)
        {
            return null;
        }

        if (context.ChangeTracker.HasChanges())
        {
            throw new InvalidOperationException(
                $"The context has unsaved changes, which saving the purge's audit record would save too: give PurgeJob.RunAsync a {context.GetType().Name} of its own.");
        }

        var started = clock?.GetCurrentInstant() ?? now;
        var run = new PurgeRun
        {
            Id = Guid.NewGuid(),
            AsOf = now,
            StartedAt = started,
            FinishedAt = started,
            Edition = mapping.Evaluator.Edition.Id,
            Recommendations = mapping.Evaluator.Recommendations == Decisions.RecommendationMode.Enforce ? "enforce" : "advise",
            EntityType = context.Model.FindEntityType(typeof(TEntity))!.ShortName(),
            BatchSize = batchSize,
            Outcome = PurgeRunOutcome.Running,
        };
        context.Add(run);
        await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return run;
    }

    private static async Task EndAuditAsync(
        DbContext context,
        PurgeRun? run,
        RetentionMapping mapping,
        PurgeRunOutcome outcome,
        SortedDictionary<int, long> purgedByRule,
        long purged,
        long archived,
        Instant now,
        IClock? clock)
    {
        if (run is null)
        {
            return;
        }

        var action = mapping.OnPurge == RetentionAction.DeleteRow ? PurgeRunAction.Delete : PurgeRunAction.Anonymise;
        foreach (var (rule, rows) in purgedByRule)
        {
            run.Counts.Add(new PurgeRunCount { Action = action, Rule = rule == 0 ? "none" : ((RuleId)rule).ToId(), Rows = rows });
        }

        if (archived > 0)
        {
            // Only proof fields are archived (NS48-RET-CLIENT-PROOF): the row keeps no archive rule of its own.
            run.Counts.Add(new PurgeRunCount { Action = PurgeRunAction.Archive, Rule = RuleId.RetentionClientProof.ToId(), Rows = archived });
        }

        run.Outcome = outcome;
        run.Purged = purged;
        run.Archived = archived;
        run.FinishedAt = clock?.GetCurrentInstant() ?? now;

        // Written even when the run was cancelled: the record must say what the batches before did.
        await context.SaveChangesAsync(CancellationToken.None).ConfigureAwait(false);
    }

    /// <summary>
    /// The batches a purge or archive loop works on. With an <see langword="int"/> or <see langword="long"/> key, a
    /// batch is a slice of the key space holding at most <c>batchSize</c> due rows, in key order: the rows a batch
    /// deletes or updates sit together in the table, so each page is written once per run (SQLite rewrites and
    /// journals a page for every batch that touches it; batches in due order would touch most pages in every batch).
    /// With another key type, a batch is the first <c>batchSize</c> due rows in the order of the due column's index,
    /// then of the key.
    /// </summary>
    private abstract class Batches<TEntity>
        where TEntity : class
    {
        public static Batches<TEntity> For(Microsoft.EntityFrameworkCore.Metadata.IProperty key, string dueColumn, int size) =>
            key.ClrType == typeof(int) ? new KeySlices<int>(key.Name, size)
            : key.ClrType == typeof(long) ? new KeySlices<long>(key.Name, size)
            : new DueOrder(key.Name, dueColumn, size);

        /// <summary>
        /// The next batch of the due rows; <see langword="null"/> when none is left. With <paramref name="byRule"/>, the
        /// batch's rows are also counted per <c>Ns48PurgeRule</c> into it.
        /// </summary>
        public abstract Task<IQueryable<TEntity>?> NextAsync(IQueryable<TEntity> due, List<(int? Rule, long Rows)>? byRule, CancellationToken cancellationToken);

        private static async Task CountAsync(IQueryable<TEntity> batch, List<(int? Rule, long Rows)> byRule, CancellationToken cancellationToken)
        {
            var counts = await batch.GroupBy(e => EF.Property<int?>(e, RetentionColumns.PurgeRule))
                .Select(g => new { Rule = g.Key, Rows = g.LongCount() })
                .ToListAsync(cancellationToken).ConfigureAwait(false);
            byRule.AddRange(counts.Select(c => (c.Rule, c.Rows)));
        }

        /// <summary>Records that the last batch was committed, having changed <paramref name="rows"/> rows.</summary>
        public abstract void Done(int rows);

        private sealed class KeySlices<TKey>(string key, int size) : Batches<TEntity>
        {
            private readonly KeyRange<TEntity, TKey> range = new(key);

            public override async Task<IQueryable<TEntity>?> NextAsync(IQueryable<TEntity> due, List<(int? Rule, long Rows)>? byRule, CancellationToken cancellationToken)
            {
                if (byRule is null)
                {
                    return await range.NextSliceAsync(due, size, cancellationToken).ConfigureAwait(false);
                }

                // One query reads the batch's keys and rules (a few bytes per row): the slice's upper key and the
                // counts per rule, without a second pass over the rows.
                var rules = await range.NextSliceAsync<int?>(due, size, RetentionColumns.PurgeRule, cancellationToken).ConfigureAwait(false);
                if (rules is null)
                {
                    return null;
                }

                byRule.AddRange(rules.Value.Values.GroupBy(r => r).Select(g => (g.Key, (long)g.Count())));
                return rules.Value.Slice;
            }

            public override void Done(int rows) => range.Advance(range.Upper);
        }

        private sealed class DueOrder(string key, string dueColumn, int size) : Batches<TEntity>
        {
            private bool finished;

            public override async Task<IQueryable<TEntity>?> NextAsync(IQueryable<TEntity> due, List<(int? Rule, long Rows)>? byRule, CancellationToken cancellationToken)
            {
                if (finished)
                {
                    return null;
                }

                var batch = due.OrderBy(e => EF.Property<long?>(e, dueColumn)).ThenBy(e => EF.Property<object>(e, key)).Take(size);
                if (byRule is not null)
                {
                    await CountAsync(batch, byRule, cancellationToken).ConfigureAwait(false);
                }

                return batch;
            }

            // The statements take the first due rows: a batch that changes none means that none is left.
            public override void Done(int rows) => finished = rows == 0;
        }
    }

    private static RetentionMapping MappingOf<TEntity>(DbContext context) =>
        Norme48RetentionInterceptor.FindMapping(context.Model.FindEntityType(typeof(TEntity)))
        ?? throw new InvalidOperationException($"{typeof(TEntity).Name} is not mapped to NS-48 retention (HasNorme48Retention) in {context.GetType().Name}.");

    private static void Anonymise<TEntity>(UpdateSettersBuilder<TEntity> setters, RetentionMapping mapping)
        where TEntity : class
    {
        foreach (var field in mapping.Fields)
        {
            SetDefaultMethod.MakeGenericMethod(typeof(TEntity), field.PropertyType).Invoke(null, [setters, field.PropertyName]);
        }

        // An anonymised row holds nothing left to purge: it leaves every due list.
        setters.SetProperty(e => EF.Property<long?>(e, RetentionColumns.ArchiveFrom), (long?)null);
        setters.SetProperty(e => EF.Property<long?>(e, RetentionColumns.AskFrom), (long?)null);
        setters.SetProperty(e => EF.Property<long?>(e, RetentionColumns.PurgeFrom), (long?)null);
        setters.SetProperty(e => EF.Property<int?>(e, RetentionColumns.PurgeRule), (int?)null);
    }

    private static readonly MethodInfo SetDefaultMethod =
        typeof(PurgeJob).GetMethod(nameof(SetDefault), BindingFlags.NonPublic | BindingFlags.Static)!;

    private static void SetDefault<TEntity, TProperty>(UpdateSettersBuilder<TEntity> setters, string property)
        where TEntity : class
        => setters.SetProperty(e => EF.Property<TProperty>(e, property), default(TProperty)!);
}
