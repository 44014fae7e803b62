using System;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using NodaTime.Text;
using Norme48.EntityFrameworkCore.Retention;
using Norme48.Retention;
using Norme48.Rules;
using Xunit;

namespace Norme48.EntityFrameworkCore.Tests.Retention;

/// <summary>Cases on the due columns written on insert and update, run on every engine by the sealed classes below.</summary>
public abstract class Norme48RetentionInterceptorCases
{
    private protected Norme48RetentionInterceptorCases(Databases databases) => Db = databases;

    private protected Databases Db { get; }

    private static Instant At(string text) => InstantPattern.ExtendedIso.Parse(text).Value;

    private static DateTimeOffset On(string text) => At(text).ToDateTimeOffset();

    [Fact]
    public void SaveChanges_ClientWithProofInvoice_WritesRowDueColumns()
    {
        using var db = Db.Ns2005();
        var contact = new Contact
        {
            Status = SubjectStatus.Client, CollectedAt = On("2020-01-01T00:00:00Z"), RelationshipEndedAt = On("2024-01-10T12:00:00Z"),
            Email = "a@example.invalid", InvoiceAmount = 150m, InvoiceDate = On("2020-04-30T22:00:00Z"),
        };
        db.Context.Contacts.Add(contact);

        db.Context.SaveChanges();

        // E-mail and phone: purge from the end; the invoice (proof): archived from the end until 10 years after its
        // date, 2030-05-01 00:00 CEST. The row is purged when its last field is.
        using var fresh = db.Fresh();
        var row = fresh.Contacts.Select(c => new
        {
            Archive = EF.Property<long?>(c, RetentionColumns.ArchiveFrom),
            Ask = EF.Property<long?>(c, RetentionColumns.AskFrom),
            Purge = EF.Property<long?>(c, RetentionColumns.PurgeFrom),
            Rule = EF.Property<int?>(c, RetentionColumns.PurgeRule),
            Edition = EF.Property<string?>(c, RetentionColumns.Edition),
        }).Single();
        Assert.Equal(At("2024-01-10T12:00:00Z"), RetentionColumns.FromColumn(row.Archive));
        Assert.Null(row.Ask);
        Assert.Equal(At("2030-04-30T22:00:00Z"), RetentionColumns.FromColumn(row.Purge));
        Assert.Equal((int)RuleId.RetentionClientProof, row.Rule);
        Assert.Equal("ns48-2005", row.Edition);
    }

    [Fact]
    public async Task SaveChangesAsync_ModifiedFacts_RecomputesDueColumns()
    {
        using var db = Db.Ns2005();
        var contact = new Contact { Status = SubjectStatus.Prospect, CollectedAt = On("2020-03-15T10:00:00Z"), Email = "p@example.invalid" };
        db.Context.Contacts.Add(contact);
        await db.Context.SaveChangesAsync(TestContext.Current.CancellationToken);
        var before = db.Context.Column(contact, RetentionColumns.PurgeFrom);

        contact.LastContactAt = On("2020-10-25T01:30:00Z");
        await db.Context.SaveChangesAsync(TestContext.Current.CancellationToken);

        // 2020-03-15 11:00 CET + 1 year, then the contact: 2020-10-25 02:30 CET (after the fall-back) + 1 year.
        using var fresh = db.Fresh();
        var stored = fresh.Contacts.Select(c => EF.Property<long?>(c, RetentionColumns.PurgeFrom)).Single();
        Assert.Equal(At("2021-03-15T10:00:00Z"), RetentionColumns.FromColumn(before));
        Assert.Equal(At("2021-10-25T00:30:00Z"), RetentionColumns.FromColumn(stored));
    }

    [Fact]
    public void SaveChanges_ClientWhoseRelationshipLasts_LeavesPurgeNull()
    {
        using var db = Db.Ns2005();
        var contact = new Contact { Status = SubjectStatus.Client, CollectedAt = On("2020-01-01T00:00:00Z"), Email = "c@example.invalid" };
        db.Context.Contacts.Add(contact);

        db.Context.SaveChanges();

        Assert.Null(db.Context.Column(contact, RetentionColumns.PurgeFrom));
        Assert.Null(db.Context.Column(contact, RetentionColumns.ArchiveFrom));
    }

    [Fact]
    public void SaveChanges_ProspectWithoutAnchor_ThrowsNamingTheEntityAndSavesNothing()
    {
        using var db = Db.Ns2005();
        db.Context.Contacts.Add(new Contact { Id = 42, Status = SubjectStatus.Prospect, Email = "x@example.invalid" });

        var error = Assert.Throws<InvalidOperationException>(() => db.Context.SaveChanges());

        Assert.Contains("Contact", error.Message, StringComparison.Ordinal);
        Assert.Contains("Id: 42", error.Message, StringComparison.Ordinal);
        Assert.IsType<ArgumentException>(error.InnerException, exactMatch: false);
        using var fresh = db.Fresh();
        Assert.Equal(0, fresh.Contacts.Count());
    }

    [Fact]
    public void SaveChanges_Ns2016Prospect_WritesAskAndPurge()
    {
        using var db = Db.Ns2016();
        var contact = new Contact { Status = SubjectStatus.Prospect, CollectedAt = On("2020-03-15T10:00:00Z"), Email = "p@example.invalid" };
        db.Context.Contacts.Add(contact);

        db.Context.SaveChanges();

        // + 3 years = 2023-03-15 10:00Z, then the 30-day answer window: 2023-04-14 09:00Z (CEST).
        Assert.Equal(At("2023-03-15T10:00:00Z"), RetentionColumns.FromColumn(db.Context.Column(contact, RetentionColumns.AskFrom)));
        Assert.Equal(At("2023-04-14T09:00:00Z"), RetentionColumns.FromColumn(db.Context.Column(contact, RetentionColumns.PurgeFrom)));
        Assert.Equal("ns48-2016", db.Context.Entry(contact).Property(RetentionColumns.Edition).CurrentValue);
    }
}

/// <summary>The cases on an in-memory SQLite database.</summary>
public sealed class Norme48RetentionInterceptorTests() : Norme48RetentionInterceptorCases(Databases.Sqlite);

/// <summary>The cases on PostgreSQL, in a database of this class's own; skipped without <c>NORME48_POSTGRES</c>.</summary>
public sealed class Norme48RetentionInterceptorPostgresTests(PostgresDatabase postgres) : Norme48RetentionInterceptorCases(new Databases(postgres)), IClassFixture<PostgresDatabase>;
