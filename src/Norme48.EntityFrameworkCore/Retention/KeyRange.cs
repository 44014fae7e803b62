using System;
using System.Collections.Generic;
using System.Linq;
using System.Linq.Expressions;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Norme48.EntityFrameworkCore.Retention;

/// <summary>Walks an entity's rows in batches by ranges of its single-column key (keyset pagination).</summary>
internal sealed class KeyRange<TEntity, TKey>
    where TEntity : class
{
    private readonly Bound after = new();
    private readonly Bound upTo = new();
    private readonly Expression<Func<TEntity, TKey>> key;
    private readonly Expression<Func<TEntity, bool>> afterLast;
    private readonly Expression<Func<TEntity, bool>> upToBound;
    private bool started;

    public KeyRange(string keyName)
    {
        KeyName = keyName;
        var e = Expression.Parameter(typeof(TEntity), "e");
        var access = Expression.Call(typeof(EF), nameof(EF.Property), [typeof(TKey)], e, Expression.Constant(keyName));
        key = Expression.Lambda<Func<TEntity, TKey>>(access, e);

        // A member of a captured object, so that EF Core sends the bound as a parameter.
        afterLast = Expression.Lambda<Func<TEntity, bool>>(
            Expression.GreaterThan(access, Expression.Field(Expression.Constant(after), nameof(Bound.Value))), e);
        upToBound = Expression.Lambda<Func<TEntity, bool>>(
            Expression.LessThanOrEqual(access, Expression.Field(Expression.Constant(upTo), nameof(Bound.Value))), e);
    }

    public string KeyName { get; }

    /// <summary>The next batch's query: rows after the last key seen, in key order, at most <paramref name="size"/>.</summary>
    public IQueryable<TEntity> Next(IQueryable<TEntity> rows, int size) => (started ? rows.Where(afterLast) : rows).OrderBy(key).Take(size);

    /// <summary>The next batch's keys.</summary>
    public IQueryable<TKey> NextKeys(IQueryable<TEntity> rows, int size) => Next(rows, size).Select(key);

    /// <summary>
    /// The rows of the next batch as a slice of the key space, for set-based statements: the rows of
    /// <paramref name="rows"/> after the last key seen and up to the key of the <paramref name="size"/>-th of them;
    /// <see langword="null"/> when none is left. Call <see cref="Advance"/> with <see cref="Upper"/> once the slice is done.
    /// </summary>
    public async Task<IQueryable<TEntity>?> NextSliceAsync(IQueryable<TEntity> rows, int size, CancellationToken cancellationToken)
    {
        var last = await NextKeys(rows, size).OrderByDescending(k => k).Take(1).ToListAsync(cancellationToken).ConfigureAwait(false);
        if (last.Count == 0)
        {
            return null;
        }

        return SliceUpTo(rows, last[0]);
    }

    /// <summary>
    /// Like <see cref="NextSliceAsync(IQueryable{TEntity}, int, CancellationToken)"/>, and reads with the keys the value
    /// of <paramref name="column"/> for each row of the slice (such as a column to count by) in the same query.
    /// </summary>
    public async Task<(IQueryable<TEntity> Slice, List<TValue> Values)?> NextSliceAsync<TValue>(
        IQueryable<TEntity> rows, int size, string column, CancellationToken cancellationToken)
    {
        var e = Expression.Parameter(typeof(TEntity), "e");
        var pair = Expression.Lambda<Func<TEntity, KeyValuePair<TKey, TValue>>>(
            Expression.New(
                typeof(KeyValuePair<TKey, TValue>).GetConstructor([typeof(TKey), typeof(TValue)])!,
                Expression.Call(typeof(EF), nameof(EF.Property), [typeof(TKey)], e, Expression.Constant(KeyName)),
                Expression.Call(typeof(EF), nameof(EF.Property), [typeof(TValue)], e, Expression.Constant(column))),
            e);
        var batch = await Next(rows, size).Select(pair).ToListAsync(cancellationToken).ConfigureAwait(false);
        if (batch.Count == 0)
        {
            return null;
        }

        return (SliceUpTo(rows, batch[^1].Key), batch.ConvertAll(p => p.Value));
    }

    /// <summary>The rows after the last key seen and up to <paramref name="upper"/>, which becomes <see cref="Upper"/>.</summary>
    private IQueryable<TEntity> SliceUpTo(IQueryable<TEntity> rows, TKey upper)
    {
        upTo.Value = upper;
        return (started ? rows.Where(afterLast) : rows).Where(upToBound);
    }

    /// <summary>Gets the upper key of the slice <see cref="NextSliceAsync"/> returned last.</summary>
    public TKey Upper => upTo.Value;

    public void Advance(TKey last)
    {
        after.Value = last;
        started = true;
    }

    private sealed class Bound
    {
#pragma warning disable CA1051 // A field, so that the query reads it as a parameter.
        public TKey Value = default!;
#pragma warning restore CA1051
    }
}

/// <summary>Finds an entity's single-column key.</summary>
internal static class EntityKeys
{
    public static IProperty SingleKey(DbContext context, Type entityType)
    {
        var type = context.Model.FindEntityType(entityType)
            ?? throw new InvalidOperationException($"{entityType.Name} is not an entity type of {context.GetType().Name}.");
        var key = type.FindPrimaryKey();
        if (key is not { Properties.Count: 1 })
        {
            throw new NotSupportedException($"{entityType.Name} needs a single-column primary key to be walked in key ranges.");
        }

        return key.Properties[0];
    }
}
