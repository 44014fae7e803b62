using System;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Norme48.EntityFrameworkCore.Retention;

/// <summary>
/// Writes the due columns (<see cref="RetentionColumns"/>) of every added or modified entity whose type is mapped
/// with <see cref="EntityTypeBuilderExtensions.HasNorme48Retention{TEntity}"/>, before <c>SaveChanges</c> sends it to
/// the database. Register it with <see cref="DbContextOptionsBuilderExtensions.UseNorme48Retention"/>.
/// </summary>
/// <remarks>
/// <para>Stateless and thread-safe: one instance may serve every context.</para>
/// <para>
/// Facts the evaluator refuses (a prospect with neither collection nor contact, a proof date without proof, a
/// re-confirmation event under <c>ns48-2005</c> …) make <c>SaveChanges</c> throw an
/// <see cref="InvalidOperationException"/> naming the entity type and key, with the evaluator's
/// <see cref="ArgumentException"/> as inner exception: nothing is saved, so no row is stored with due columns that
/// would silently never make it due.
/// </para>
/// </remarks>
public sealed class Norme48RetentionInterceptor : SaveChangesInterceptor
{
    /// <summary>Gets the shared instance.</summary>
    public static Norme48RetentionInterceptor Instance { get; } = new();

    /// <inheritdoc/>
    /// <exception cref="InvalidOperationException">An entity's facts are refused by the evaluator.</exception>
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        WriteDueColumns(eventData.Context);
        return result;
    }

    /// <inheritdoc/>
    /// <exception cref="InvalidOperationException">An entity's facts are refused by the evaluator.</exception>
    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        WriteDueColumns(eventData.Context);
        return ValueTask.FromResult(result);
    }

    /// <summary>Computes and writes the due columns of one tracked entity (for the interceptor and the backfill).</summary>
    internal static void Write(EntityEntry entry, RetentionMapping mapping)
    {
        RowSchedule row;
        try
        {
            row = mapping.Schedule(entry.Entity);
        }
        catch (ArgumentException e)
        {
            throw new InvalidOperationException(
                $"NS-48 retention cannot be scheduled for {entry.Metadata.DisplayName()} with key {KeyText(entry)}: {e.Message} Nothing was saved.", e);
        }

        Set(entry, RetentionColumns.ArchiveFrom, RetentionColumns.ToColumn(row.ArchiveFrom));
        Set(entry, RetentionColumns.AskFrom, RetentionColumns.ToColumn(row.AskFrom));
        Set(entry, RetentionColumns.PurgeFrom, RetentionColumns.ToColumn(row.PurgeFrom));
        Set(entry, RetentionColumns.PurgeRule, row.PurgeRule is { } rule ? (int)rule : null);
        Set(entry, RetentionColumns.Edition, mapping.Evaluator.Edition.Id);
    }

    /// <summary>Finds the mapping of an entity type or of its nearest mapped base type.</summary>
    internal static RetentionMapping? FindMapping(IReadOnlyEntityType? type)
    {
        for (; type is not null; type = type.BaseType)
        {
            if (type.FindAnnotation(RetentionMapping.AnnotationName) is { } annotation)
            {
                return RetentionMapping.Find(type.ClrType, annotation.Value);
            }
        }

        return null;
    }

    private static void WriteDueColumns(DbContext? context)
    {
        if (context is null)
        {
            return;
        }

        if (context.ChangeTracker.AutoDetectChangesEnabled)
        {
            context.ChangeTracker.DetectChanges();
        }

        foreach (var entry in context.ChangeTracker.Entries())
        {
            if (entry.State is EntityState.Added or EntityState.Modified && FindMapping(entry.Metadata) is { } mapping)
            {
                Write(entry, mapping);
            }
        }
    }

    private static void Set(EntityEntry entry, string property, object? value)
    {
        var column = entry.Property(property);
        if (!Equals(column.CurrentValue, value))
        {
            column.CurrentValue = value;
        }
    }

    private static string KeyText(EntityEntry entry)
    {
        var key = entry.Metadata.FindPrimaryKey();
        return key is null
            ? "(keyless)"
            : "{" + string.Join(", ", key.Properties.Select(p => $"{p.Name}: {entry.Property(p.Name).CurrentValue}")) + "}";
    }
}
