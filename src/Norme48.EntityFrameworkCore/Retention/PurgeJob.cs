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
public readonly record struct PurgeJobResult(long Purged, long Archived);

/// <summary>
/// Purges and archives the rows that are due, inside the database: a dry-run plan (<see cref="PlanAsync{TEntity}"/>)
/// and a run (<see cref="RunAsync{TEntity}"/>) made of set-based <c>ExecuteDelete</c>/<c>ExecuteUpdate</c>
/// statements, one batch at a time, that never load a row.
/// </summary>
/// <remarks>
/// Each batch is one statement, committed on its own: a run that stops (crash, cancellation between batches) leaves
/// whole batches done, and running it again finishes the work; a run with nothing due changes nothing. The rows are
/// selected by their stored due columns: run <see cref="RetentionBackfill"/> first when facts were written outside
/// <c>SaveChanges</c>.
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
        var byRule = await rows.Where(Norme48Retention.DueForPurge<TEntity>(now))
            .GroupBy(e => EF.Property<int?>(e, RetentionColumns.PurgeRule))
            .Select(g => new { Rule = g.Key, Rows = g.LongCount() })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var toArchive = mapping.ArchiveFlag is null
            ? 0
            : await rows.Where(Norme48Retention.DueForArchive<TEntity>(now)).LongCountAsync(cancellationToken).ConfigureAwait(false);
        var toAsk = await rows.Where(Norme48Retention.DueForAsking<TEntity>(now)).LongCountAsync(cancellationToken).ConfigureAwait(false);
        var sample = await rows.Where(Norme48Retention.DueForPurge<TEntity>(now))
            .OrderBy(e => EF.Property<object>(e, key)).Take(sampleSize).Select(e => EF.Property<object>(e, key))
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var purge = byRule.Where(r => r.Rule is not null).OrderBy(r => r.Rule).Select(r => KeyValuePair.Create((RuleId)r.Rule!.Value, r.Rows)).ToArray();
        return new PurgeJobPlan(now, mapping.Evaluator.Edition.Id, mapping.OnPurge, purge, toArchive, toAsk, sample.AsReadOnly());
    }

    /// <summary>
    /// Purges the rows due for purge (deletes them, or anonymises them: every mapped field set to
    /// <see langword="null"/> or its type's default, and the due columns cleared), then sets the archive flag of the
    /// rows due for archive, in batches.
    /// </summary>
    /// <typeparam name="TEntity">An entity mapped with <see cref="EntityTypeBuilderExtensions.HasNorme48Retention{TEntity}"/>.</typeparam>
    /// <param name="context">The context; tracked entities are not updated by the set-based statements.</param>
    /// <param name="now">The instant.</param>
    /// <param name="batchSize">Rows per statement; at least 1.</param>
    /// <param name="progress">Receives the running result after each batch.</param>
    /// <param name="cancellationToken">Stops between batches.</param>
    /// <returns>The rows purged and archived.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="context"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="batchSize"/> is less than 1.</exception>
    /// <exception cref="InvalidOperationException"><typeparamref name="TEntity"/> is not mapped to NS-48 retention.</exception>
    public static async Task<PurgeJobResult> RunAsync<TEntity>(
        DbContext context, Instant now, int batchSize = 1000, IProgress<PurgeJobResult>? progress = null, CancellationToken cancellationToken = default)
        where TEntity : class
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);
        var mapping = MappingOf<TEntity>(context);
        var key = EntityKeys.SingleKey(context, typeof(TEntity)).Name;
        var rows = context.Set<TEntity>();
        long purged = 0;
        long archived = 0;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var batch = rows.Where(Norme48Retention.DueForPurge<TEntity>(now)).OrderBy(e => EF.Property<object>(e, key)).Take(batchSize);
            var done = mapping.OnPurge == RetentionAction.DeleteRow
                ? await batch.ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false)
                : await batch.ExecuteUpdateAsync(s => Anonymise(s, mapping), cancellationToken).ConfigureAwait(false);
            if (done == 0)
            {
                break;
            }

            purged += done;
            progress?.Report(new PurgeJobResult(purged, archived));
        }

        while (mapping.ArchiveFlag is { } flag)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var batch = rows.Where(Norme48Retention.DueForArchive<TEntity>(now)).OrderBy(e => EF.Property<object>(e, key)).Take(batchSize);
            var done = await batch.ExecuteUpdateAsync(s => s.SetProperty(e => EF.Property<bool>(e, flag), true), cancellationToken).ConfigureAwait(false);
            if (done == 0)
            {
                break;
            }

            archived += done;
            progress?.Report(new PurgeJobResult(purged, archived));
        }

        return new PurgeJobResult(purged, archived);
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
