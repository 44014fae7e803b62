using System;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.EntityFrameworkCore;

namespace Norme48.EntityFrameworkCore.Retention;

/// <summary>How many rows a backfill read and how many of them had stale due columns.</summary>
/// <param name="Read">The rows read.</param>
/// <param name="Updated">The rows whose due columns changed and were saved.</param>
public readonly record struct BackfillResult(long Read, long Updated);

/// <summary>
/// Recomputes the due columns (<see cref="RetentionColumns"/>) of existing rows, in batches by key ranges: after
/// mapping an entity on a table that already has rows, after a change of edition or sector in the mapping, and after
/// writes that bypass <c>SaveChanges</c> (<c>ExecuteUpdate</c>, raw SQL, another application).
/// </summary>
/// <remarks>
/// Each batch reads at most <c>batchSize</c> rows after the last key of the previous one (keyset pagination on the
/// single-column primary key), computes their columns as <see cref="Norme48RetentionInterceptor"/> does, saves the
/// rows whose columns changed, and clears the change tracker: memory does not grow with the table. Give it a context
/// of its own. A batch is saved as one unit, so a backfill that stops (crash, cancellation) leaves whole batches done
/// and can simply be run again.
/// </remarks>
public static class RetentionBackfill
{
    /// <summary>Recomputes the due columns of the rows of <typeparamref name="TEntity"/> that <paramref name="where"/> selects.</summary>
    /// <typeparam name="TEntity">An entity mapped with <see cref="EntityTypeBuilderExtensions.HasNorme48Retention{TEntity}"/>.</typeparam>
    /// <param name="context">A context used by the backfill alone (its change tracker is cleared after each batch).</param>
    /// <param name="where">Selects the rows to recompute, such as those whose facts changed since the last run; all rows when <see langword="null"/>.</param>
    /// <param name="batchSize">Rows per batch; at least 1.</param>
    /// <param name="progress">Receives the running result after each batch.</param>
    /// <param name="cancellationToken">Stops between batches.</param>
    /// <returns>The rows read and updated.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="context"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="batchSize"/> is less than 1.</exception>
    /// <exception cref="InvalidOperationException">
    /// <typeparamref name="TEntity"/> is not mapped to NS-48 retention, or a row's facts are refused by the evaluator
    /// (the message names the row's key; earlier batches stay saved).
    /// </exception>
    /// <exception cref="NotSupportedException">The entity's primary key is not a single <see langword="int"/> or <see langword="long"/> column.</exception>
    public static Task<BackfillResult> RecomputeAsync<TEntity>(
        DbContext context,
        System.Linq.Expressions.Expression<Func<TEntity, bool>>? where = null,
        int batchSize = 1000,
        IProgress<BackfillResult>? progress = null,
        CancellationToken cancellationToken = default)
        where TEntity : class
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);
        var mapping = Norme48RetentionInterceptor.FindMapping(context.Model.FindEntityType(typeof(TEntity)))
            ?? throw new InvalidOperationException($"{typeof(TEntity).Name} is not mapped to NS-48 retention (HasNorme48Retention) in {context.GetType().Name}.");
        var key = EntityKeys.SingleKey(context, typeof(TEntity));
        return key.ClrType == typeof(int) ? RunAsync(context, mapping, new KeyRange<TEntity, int>(key.Name), where, batchSize, progress, cancellationToken)
            : key.ClrType == typeof(long) ? RunAsync(context, mapping, new KeyRange<TEntity, long>(key.Name), where, batchSize, progress, cancellationToken)
            : throw new NotSupportedException($"{typeof(TEntity).Name}'s key {key.Name} is a {key.ClrType.Name}: the backfill walks int and long keys.");
    }

    private static async Task<BackfillResult> RunAsync<TEntity, TKey>(
        DbContext context,
        RetentionMapping mapping,
        KeyRange<TEntity, TKey> range,
        System.Linq.Expressions.Expression<Func<TEntity, bool>>? where,
        int batchSize,
        IProgress<BackfillResult>? progress,
        CancellationToken cancellationToken)
        where TEntity : class
    {
        var rows = context.Set<TEntity>().AsTracking();
        var selected = where is null ? rows : rows.Where(where);
        long read = 0;
        long updated = 0;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var batch = await range.Next(selected, batchSize).ToListAsync(cancellationToken).ConfigureAwait(false);
            if (batch.Count == 0)
            {
                return new BackfillResult(read, updated);
            }

            foreach (var entity in batch)
            {
                var entry = context.Entry(entity);
                Norme48RetentionInterceptor.Write(entry, mapping);
                if (entry.State == EntityState.Modified)
                {
                    updated++;
                }
            }

            await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            read += batch.Count;
            range.Advance((TKey)context.Entry(batch[^1]).Property(range.KeyName).CurrentValue!);
            context.ChangeTracker.Clear();
            progress?.Report(new BackfillResult(read, updated));
        }
    }
}
