using System;
using System.Collections.Generic;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using NodaTime;
using Norme48.EntityFrameworkCore.Retention;
using Norme48.Retention;
using Norme48.Vocabulary;

namespace Norme48.Benchmarks.Database;

/// <summary>A prospect as a CRM stores it: plain columns, no Norme48 types.</summary>
internal sealed class Prospect
{
    public long Id { get; set; }

    public string Name { get; set; } = string.Empty;

    public string? Email { get; set; }

    public string? Phone { get; set; }

    public DateTimeOffset CollectedAt { get; set; }

    public DateTimeOffset? LastContactAt { get; set; }

    public int Unanswered { get; set; }
}

/// <summary>
/// The CRM's database. With <see cref="Mapped"/>, the prospects are mapped to NS-48 retention (due columns, the
/// interceptor, the purge audit); without, the same tables are read as a CRM that does not use
/// Norme48.EntityFrameworkCore sees them (the due columns are there but unknown to the model).
/// </summary>
internal sealed class ProspectsContext : DbContext
{
    public static readonly Edition Edition = Edition.Ns2005;

    public ProspectsContext(DbContextOptions options, bool mapped)
        : base(options)
    {
        Mapped = mapped;
    }

    public bool Mapped { get; }

    public DbSet<Prospect> Prospects => Set<Prospect>();

    /// <summary>The fields of a prospect row and what NS-48 calls them: the same list for the mapping and for the in-memory baseline.</summary>
    public static IReadOnlyList<DataField> Fields { get; } = [DataField.LastName, DataField.EmailAddress, DataField.MobilePhone];

    public static ProspectsContext Open(Engine engine, string connection, bool mapped)
    {
        var builder = new DbContextOptionsBuilder<ProspectsContext>();
        _ = engine == Engine.Sqlite ? builder.UseSqlite(connection) : builder.UseNpgsql(connection);
        if (mapped)
        {
            builder.UseNorme48Retention();
        }

        if (Environment.GetEnvironmentVariable("NORME48_BENCH_SQL") == "1")
        {
            builder.LogTo(Console.Error.WriteLine, [Microsoft.EntityFrameworkCore.Diagnostics.RelationalEventId.CommandExecuted]);
        }

        builder.ReplaceService<IModelCacheKeyFactory, MappedModelCacheKey>();
        return new ProspectsContext(builder.Options, mapped);
    }

    /// <summary>The subject a row describes: what the mapping's <c>Subject</c> delegate and the baseline both build.</summary>
    public static Subject SubjectOf(Prospect p) =>
        new(SubjectStatus.Prospect, Instant.FromDateTimeOffset(p.CollectedAt), null,
            p.LastContactAt is { } contact ? Instant.FromDateTimeOffset(contact) : null, p.Unanswered);

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Prospect>(prospect =>
        {
            prospect.ToTable("Prospects");
            prospect.Property(p => p.Name).HasMaxLength(64);
            prospect.Property(p => p.Email).HasMaxLength(128);
            prospect.Property(p => p.Phone).HasMaxLength(32);
            if (Mapped)
            {
                prospect.HasNorme48Retention(r => r
                    .Edition(Edition)
                    .Subject(SubjectOf)
                    .Field(p => p.Name, Fields[0])
                    .Field(p => p.Email, Fields[1])
                    .Field(p => p.Phone, Fields[2])
                    .OnPurge(RetentionAction.DeleteRow));
            }
        });

        if (Mapped)
        {
            modelBuilder.AddNorme48PurgeAudit();
        }
    }

    private sealed class MappedModelCacheKey : IModelCacheKeyFactory
    {
        public object Create(DbContext context, bool designTime) =>
            (context.GetType(), (context as ProspectsContext)?.Mapped, designTime);
    }
}

/// <summary>
/// Draws synthetic prospects from a seeded generator: collected over the three years before <c>now</c>, one date in
/// twenty within 90 minutes of a Europe/Paris daylight-saving change or on a leap day; names and addresses made from
/// the row number (<c>Prospect 0000123</c>, <c>prospect0000123@example.test</c>), no real person's data.
/// </summary>
internal sealed class SyntheticProspects
{
    private readonly Random random = new(48);
    private readonly Instant now;
    private readonly Instant start;
    private readonly List<Instant> tricky = [];

    public SyntheticProspects(Instant now)
    {
        this.now = now;
        start = now - Duration.FromDays(3 * 365 + 1);
        var zone = DateTimeZoneProviders.Tzdb["Europe/Paris"];
        foreach (var interval in zone.GetZoneIntervals(start, now))
        {
            if (interval.HasStart && interval.Start > start)
            {
                tricky.Add(interval.Start);
            }
        }

        for (var year = start.InUtc().Year; year <= now.InUtc().Year; year++)
        {
            if (CalendarSystem.Iso.IsLeapYear(year))
            {
                tricky.Add(Instant.FromUtc(year, 2, 28, 23, 30));
                tricky.Add(Instant.FromUtc(year, 2, 29, 11, 0));
            }
        }

        tricky.RemoveAll(t => t <= start || t >= now);
    }

    public Prospect Next(long number)
    {
        var collected = Draw(start, now);
        return new Prospect
        {
            Name = string.Create(CultureInfo.InvariantCulture, $"Prospect {number:D7}"),
            Email = string.Create(CultureInfo.InvariantCulture, $"prospect{number:D7}@example.test"),
            Phone = random.Next(3) == 0 ? null : string.Create(CultureInfo.InvariantCulture, $"+33 6 00 {number / 10000 % 100:D2} {number / 100 % 100:D2} {number % 100:D2}"),
            CollectedAt = collected.ToDateTimeOffset(),
            LastContactAt = random.Next(3) == 0 ? Draw(collected, now).ToDateTimeOffset() : null,
            Unanswered = random.Next(10) switch { < 6 => 0, < 8 => 1, _ => 2 },
        };
    }

    private Instant Draw(Instant from, Instant to)
    {
        if (random.Next(20) == 0)
        {
            var candidates = tricky.FindAll(t => t >= from && t <= to);
            if (candidates.Count > 0)
            {
                var t = candidates[random.Next(candidates.Count)] + Duration.FromMinutes(random.Next(-90, 91));
                return t < from ? from : t > to ? to : t;
            }
        }

        return from + Duration.FromTicks((long)(random.NextDouble() * (to - from).TotalTicks));
    }
}
