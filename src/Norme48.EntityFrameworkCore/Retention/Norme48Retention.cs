using System;
using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Norme48.EntityFrameworkCore.Retention;

/// <summary>
/// Filters that select the rows due for purge, archive or asking as of an instant: plain comparisons of the due
/// columns with <c>now</c>, which EF Core translates to SQL (no client-side evaluation) and which use the columns'
/// indexes.
/// </summary>
/// <remarks>
/// The due columns are those <see cref="Norme48RetentionInterceptor"/> wrote at the last <c>SaveChanges</c> of each
/// row. A row whose facts were changed otherwise (<c>ExecuteUpdate</c>, raw SQL, another application) keeps stale
/// columns until it is recomputed. <c>now</c> is passed as a query parameter.
/// </remarks>
public static class Norme48Retention
{
    /// <summary>Selects the rows due for purge at <paramref name="now"/>: every mapped field is due for purge.</summary>
    /// <typeparam name="TEntity">An entity mapped with <see cref="EntityTypeBuilderExtensions.HasNorme48Retention{TEntity}"/>.</typeparam>
    /// <param name="now">The instant.</param>
    /// <returns>The filter <c>Ns48PurgeFrom &lt;= now</c>.</returns>
    public static Expression<Func<TEntity, bool>> DueForPurge<TEntity>(Instant now)
        where TEntity : class
    {
        var value = RetentionColumns.NowValue(now);
        return e => EF.Property<long?>(e, RetentionColumns.PurgeFrom) <= value;
    }

    /// <summary>
    /// Selects the rows due for archive at <paramref name="now"/>: a proof field's archive has begun, the row is not
    /// due for purge, and its archive flag is not set.
    /// </summary>
    /// <typeparam name="TEntity">An entity mapped with an archive flag (<see cref="Norme48RetentionBuilder{TEntity}.ArchiveFlag"/>).</typeparam>
    /// <param name="now">The instant.</param>
    /// <returns>The filter <c>Ns48ArchiveFrom &lt;= now AND (Ns48PurgeFrom IS NULL OR Ns48PurgeFrom &gt; now) AND NOT flag</c>.</returns>
    /// <exception cref="InvalidOperationException">
    /// No model has mapped <typeparamref name="TEntity"/> with an archive flag yet (the model is built when a context
    /// is first used).
    /// </exception>
    public static Expression<Func<TEntity, bool>> DueForArchive<TEntity>(Instant now)
        where TEntity : class
    {
        var flag = ArchiveFlags.Find(typeof(TEntity)) ?? throw new InvalidOperationException(
            $"{typeof(TEntity).Name} has no archive flag: map one with r.ArchiveFlag(e => e.Archived) in HasNorme48Retention, and use the context once so that its model is built.");
        var value = RetentionColumns.NowValue(now);
        return e => EF.Property<long?>(e, RetentionColumns.ArchiveFrom) <= value
            && (EF.Property<long?>(e, RetentionColumns.PurgeFrom) == null || EF.Property<long?>(e, RetentionColumns.PurgeFrom) > value)
            && !EF.Property<bool>(e, flag);
    }

    /// <summary>
    /// Selects the prospects to ask, at <paramref name="now"/>, whether they still want solicitations before their
    /// data are purged (from <c>ns48-2016</c>, NS48-RET-PROSPECT-RECONTACT): the ask instant is past and the row is not
    /// yet due for purge.
    /// </summary>
    /// <typeparam name="TEntity">An entity mapped with <see cref="EntityTypeBuilderExtensions.HasNorme48Retention{TEntity}"/>.</typeparam>
    /// <param name="now">The instant.</param>
    /// <returns>The filter <c>Ns48AskFrom &lt;= now AND (Ns48PurgeFrom IS NULL OR Ns48PurgeFrom &gt; now)</c>.</returns>
    public static Expression<Func<TEntity, bool>> DueForAsking<TEntity>(Instant now)
        where TEntity : class
    {
        var value = RetentionColumns.NowValue(now);
        return e => EF.Property<long?>(e, RetentionColumns.AskFrom) <= value
            && (EF.Property<long?>(e, RetentionColumns.PurgeFrom) == null || EF.Property<long?>(e, RetentionColumns.PurgeFrom) > value);
    }
}
