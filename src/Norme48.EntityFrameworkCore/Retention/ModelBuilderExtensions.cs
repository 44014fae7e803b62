using System;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using NodaTime;

namespace Norme48.EntityFrameworkCore.Retention;

/// <summary>Maps the purge audit in <c>OnModelCreating</c>.</summary>
public static class ModelBuilderExtensions
{
    /// <summary>The table of the audit records (<see cref="PurgeRun"/>).</summary>
    public const string RunsTable = "Norme48PurgeRuns";

    /// <summary>The table of the rows affected per action and rule (<see cref="PurgeRunCount"/>), keyed by run id, action and rule.</summary>
    public const string CountsTable = "Norme48PurgeRunCounts";

    private static readonly ValueConverter<Instant, long> Ticks =
        new(i => i.ToUnixTimeTicks(), t => Instant.FromUnixTimeTicks(t));

    /// <summary>
    /// Maps <see cref="PurgeRun"/> to the table <c>Norme48PurgeRuns</c>, and its counts to a child table
    /// <c>Norme48PurgeRunCounts</c> (run id, action, rule, rows), so that <see cref="PurgeJob.RunAsync{TEntity}"/>
    /// writes one audit record per run. Instants are stored as <c>long</c> ticks since the Unix epoch, like the due
    /// columns; the outcome and action as their names.
    /// </summary>
    /// <param name="modelBuilder">The model builder.</param>
    /// <returns>The model builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="modelBuilder"/> is <see langword="null"/>.</exception>
    public static ModelBuilder AddNorme48PurgeAudit(this ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.Entity<PurgeRun>(run =>
        {
            run.ToTable(RunsTable);
            run.HasKey(r => r.Id);
            run.Property(r => r.AsOf).HasConversion(Ticks);
            run.Property(r => r.StartedAt).HasConversion(Ticks);
            run.Property(r => r.FinishedAt).HasConversion(Ticks);
            run.Property(r => r.Edition).HasMaxLength(16).IsRequired();
            run.Property(r => r.Recommendations).HasMaxLength(16).IsRequired();
            run.Property(r => r.EntityType).HasMaxLength(256).IsRequired();
            run.Property(r => r.Outcome).HasConversion<string>().HasMaxLength(16);
            run.HasIndex(r => r.StartedAt);
            run.OwnsMany(r => r.Counts, count =>
            {
                count.ToTable(CountsTable);
                count.WithOwner().HasForeignKey("RunId");
                count.HasKey("RunId", nameof(PurgeRunCount.Action), nameof(PurgeRunCount.Rule));
                count.Property(c => c.Action).HasConversion<string>().HasMaxLength(16);
                count.Property(c => c.Rule).HasMaxLength(64).IsRequired();
            });
        });
        return modelBuilder;
    }
}
