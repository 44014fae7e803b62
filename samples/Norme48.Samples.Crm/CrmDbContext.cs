using System;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using NodaTime;
using Norme48.EntityFrameworkCore.Retention;
using Norme48.Retention;
using Norme48.Vocabulary;

namespace Norme48.Samples.Crm;

/// <summary>The CRM's database: contacts kept under one edition, and the purge audit.</summary>
public sealed class CrmDbContext : DbContext
{
    /// <summary>The answer window given to prospects asked before purging (from <c>ns48-2016</c>).</summary>
    public const int AnswerWindowDays = 30;

    public CrmDbContext(DbContextOptions options, Edition edition)
        : base(options)
    {
        Edition = edition;
    }

    /// <summary>Gets the edition the due columns are computed under.</summary>
    public Edition Edition { get; }

    public DbSet<CrmContact> Contacts => Set<CrmContact>();

    public DbSet<PurgeRun> PurgeRuns => Set<PurgeRun>();

    /// <summary>Opens a context on a SQLite file, with the interceptor that writes the due columns.</summary>
    public static CrmDbContext Open(string path, Edition edition)
    {
        var options = new DbContextOptionsBuilder<CrmDbContext>()
            .UseSqlite($"Data Source={path};Pooling=False")
            .UseNorme48Retention()
            .ReplaceService<IModelCacheKeyFactory, EditionModelCacheKey>()
            .Options;
        return new CrmDbContext(options, edition);
    }

    private static Instant? At(DateTimeOffset? value) => value is { } v ? Instant.FromDateTimeOffset(v) : null;

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<CrmContact>(contact =>
        {
            contact.ToTable("Contacts");
            contact.Property(c => c.Name).HasMaxLength(64);
            contact.Property(c => c.Email).HasMaxLength(128);
            contact.Property(c => c.Phone).HasMaxLength(32);
            contact.HasNorme48Retention(r => r
                .Edition(Edition)
                .Subject(c => new Subject(
                    c.Status, At(c.CollectedAt), At(c.RelationshipEndedAt), At(c.LastContactAt), c.Unanswered,
                    new ProspectingFacts(usedForProspecting: c.UsedForProspecting, answerWindowDays: AnswerWindowDays)))
                .Field(c => c.Name, DataField.LastName)
                .Field(c => c.Email, DataField.EmailAddress)
                .Field(c => c.Phone, DataField.MobilePhone)
                .Field(c => c.LastInvoiceAmount, DataField.Amount, proof: true, proofFrom: c => At(c.LastInvoiceDate))
                .OnPurge(RetentionAction.DeleteRow)
                .ArchiveFlag(c => c.Archived));
        });

        modelBuilder.AddNorme48PurgeAudit();
    }

    /// <summary>One model per edition: the mapping, hence the model, depends on it.</summary>
    private sealed class EditionModelCacheKey : IModelCacheKeyFactory
    {
        public object Create(DbContext context, bool designTime) =>
            (context.GetType(), (context as CrmDbContext)?.Edition.Id, designTime);
    }
}
