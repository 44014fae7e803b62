using System;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Norme48.EntityFrameworkCore.Retention;

/// <summary>Maps an entity to NS-48 retention in <c>OnModelCreating</c>.</summary>
public static class EntityTypeBuilderExtensions
{
    /// <summary>
    /// Maps an entity to NS-48 retention: adds the due columns (<see cref="RetentionColumns"/>) as indexed shadow
    /// properties, and records the mapping for <see cref="Norme48RetentionInterceptor"/>, which fills them on
    /// <c>SaveChanges</c>.
    /// </summary>
    /// <typeparam name="TEntity">The entity type.</typeparam>
    /// <param name="builder">The entity's builder.</param>
    /// <param name="configure">States the edition, sector, subject, mapped fields and actions.</param>
    /// <returns>The entity's builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="builder"/> or <paramref name="configure"/> is <see langword="null"/>.</exception>
    /// <exception cref="InvalidOperationException">
    /// The mapping has no <c>Subject</c> delegate or no field; a mapped property is not a mapped property of the entity;
    /// or the entity's CLR type already has a different archive flag in another model.
    /// </exception>
    /// <remarks>
    /// A row's due instants combine its fields' retention schedules (<see cref="Evaluation.Norme48Evaluator.ScheduleRetention"/>):
    /// it is due for purge from the <b>latest</b> purge instant of its fields — never when a field is never purged —
    /// since a purge deletes (or anonymises) the whole row; due for archive from the <b>earliest</b> archive instant
    /// of its proof fields, and for asking from the earliest ask instant. Row-level actions do not purge single fields:
    /// a non-proof field of an archived row stays until the row is purged. A field's schedule depends on the person's
    /// facts, not on whether the property holds a value.
    /// <para>
    /// The entity type's annotation <c>Norme48:Retention</c> describes the mapping as a string (edition, mode, sector,
    /// fields, actions), which migrations snapshots write like any annotation; the delegates stay in the process. A
    /// compiled model (<c>dotnet ef dbcontext optimize</c>) does not run <c>OnModelCreating</c> and is not supported.
    /// </para>
    /// </remarks>
    public static EntityTypeBuilder<TEntity> HasNorme48Retention<TEntity>(this EntityTypeBuilder<TEntity> builder, Action<Norme48RetentionBuilder<TEntity>> configure)
        where TEntity : class
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(configure);
        var retention = new Norme48RetentionBuilder<TEntity>();
        configure(retention);
        var mapping = retention.Build();
        foreach (var field in mapping.Fields)
        {
            if (builder.Metadata.FindProperty(field.PropertyName) is null)
            {
                throw new InvalidOperationException(
                    $"{typeof(TEntity).Name}.{field.PropertyName} is mapped to the NS-48 field {field.Field} but is not a mapped property of the entity.");
            }
        }

        if (mapping.ArchiveFlag is { } flag)
        {
            if (builder.Metadata.FindProperty(flag) is null)
            {
                throw new InvalidOperationException($"{typeof(TEntity).Name}.{flag} is the archive flag but is not a mapped property of the entity.");
            }

            ArchiveFlags.Register(typeof(TEntity), flag);
        }

        builder.Property<long?>(RetentionColumns.ArchiveFrom);
        builder.Property<long?>(RetentionColumns.AskFrom);
        builder.Property<long?>(RetentionColumns.PurgeFrom);
        builder.Property<int?>(RetentionColumns.PurgeRule);
        builder.Property<string?>(RetentionColumns.Edition).HasMaxLength(16);
        // Partial indexes: a row that is never due (a lasting client, a prospect under ns48-2005 for asking) costs
        // no index entry to insert, update or delete; a comparison such as "column <= @now" implies the filter, so
        // SQLite and PostgreSQL still use the index for the predicates.
        foreach (var column in (ReadOnlySpan<string>)[RetentionColumns.PurgeFrom, RetentionColumns.ArchiveFrom, RetentionColumns.AskFrom])
        {
            builder.HasIndex(column).HasFilter($"\"{column}\" IS NOT NULL");
        }

        mapping.Register();
        builder.Metadata.SetAnnotation(RetentionMapping.AnnotationName, mapping.Description);
        return builder;
    }
}
