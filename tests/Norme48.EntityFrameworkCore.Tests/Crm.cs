using System;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using Norme48.EntityFrameworkCore.Retention;
using Norme48.Retention;
using Norme48.Vocabulary;

namespace Norme48.EntityFrameworkCore.Tests;

/// <summary>A CRM's contact, as a CRM stores it: plain columns, no Norme48 types.</summary>
public sealed class Contact
{
    public int Id { get; set; }

    public SubjectStatus Status { get; set; }

    public DateTimeOffset? CollectedAt { get; set; }

    public DateTimeOffset? RelationshipEndedAt { get; set; }

    public DateTimeOffset? LastContactAt { get; set; }

    public int Unanswered { get; set; }

    public string? Email { get; set; }

    public string? Phone { get; set; }

    public decimal? InvoiceAmount { get; set; }

    public DateTimeOffset? InvoiceDate { get; set; }

    public bool Archived { get; set; }

    /// <summary>A client's data are also used for prospecting (from <c>ns48-2016</c>: kept 3 years after the relationship ends).</summary>
    public bool UsedForProspecting { get; set; }

    /// <summary>
    /// When a fact was last written, by any writer (the CRM's convention, not the library's): the backfill reads the
    /// rows changed since its previous run. A UTC <see cref="DateTime"/>: SQLite compares those, not <see cref="DateTimeOffset"/>.
    /// </summary>
    public DateTime? FactsUpdatedAt { get; set; }
}

/// <summary>A CRM context whose contacts are kept under <c>ns48-2005</c>.</summary>
public class CrmContext(DbContextOptions options) : DbContext(options)
{
    /// <summary>The answer window given to prospects asked before purging (from <c>ns48-2016</c>).</summary>
    public const int AnswerWindowDays = 30;

    public DbSet<Contact> Contacts => Set<Contact>();

    protected virtual Edition Edition => Edition.Ns2005;

    protected virtual RetentionAction OnPurge => RetentionAction.DeleteRow;

    /// <summary>The facts of a contact, as the mapping reads them; the tests' in-memory oracle reads them the same way.</summary>
    public static Subject SubjectOf(Contact c) => new(
        c.Status,
        ToInstant(c.CollectedAt),
        ToInstant(c.RelationshipEndedAt),
        ToInstant(c.LastContactAt),
        c.Unanswered,
        new ProspectingFacts(usedForProspecting: c.UsedForProspecting, answerWindowDays: AnswerWindowDays));

    public static Instant? ToInstant(DateTimeOffset? value) => value is { } v ? Instant.FromDateTimeOffset(v) : null;

    /// <summary>Opens an in-memory SQLite database (it lives as long as the connection) and creates the schema.</summary>
    public static TContext Create<TContext>(SqliteConnection connection, Func<DbContextOptions, TContext> create)
        where TContext : CrmContext
    {
        var options = new DbContextOptionsBuilder().UseSqlite(connection).UseNorme48Retention().Options;
        var context = create(options);
        context.Database.EnsureCreated();
        return context;
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Contact>().HasNorme48Retention(r => r
            .Edition(Edition)
            .Subject(SubjectOf)
            .Field(e => e.Email, DataField.EmailAddress)
            .Field(e => e.Phone, DataField.MobilePhone)
            .Field(e => e.InvoiceAmount, DataField.Amount, proof: true, proofFrom: e => ToInstant(e.InvoiceDate))
            .OnPurge(OnPurge)
            .ArchiveFlag(e => e.Archived));
    }
}

/// <summary>The same CRM under <c>ns48-2016</c>: prospects are asked before purging.</summary>
public sealed class Crm2016Context(DbContextOptions options) : CrmContext(options)
{
    protected override Edition Edition => Edition.Ns2016;
}

/// <summary>The same CRM under <c>ns48-2005</c>, anonymising rows instead of deleting them.</summary>
public sealed class AnonymisingCrmContext(DbContextOptions options) : CrmContext(options)
{
    protected override RetentionAction OnPurge => RetentionAction.Anonymise;
}

/// <summary>A lead of a CRM whose key is text: the purge job batches it without key ranges.</summary>
public sealed class Lead
{
    public string Code { get; set; } = string.Empty;

    public DateTimeOffset? CollectedAt { get; set; }

    public string? Email { get; set; }
}

/// <summary>The CRM under <c>ns48-2005</c> with, beside its contacts, prospects keyed by a text code.</summary>
public sealed class LeadCrmContext(DbContextOptions options) : CrmContext(options)
{
    public DbSet<Lead> Leads => Set<Lead>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.Entity<Lead>(lead =>
        {
            lead.HasKey(l => l.Code);
            lead.Property(l => l.Code).HasMaxLength(16);
            lead.HasNorme48Retention(r => r
                .Subject(l => new Subject(SubjectStatus.Prospect, ToInstant(l.CollectedAt)))
                .Field(l => l.Email, DataField.EmailAddress));
        });
    }
}
