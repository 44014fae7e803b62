using System;
using System.Linq;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using NodaTime.Text;
using Norme48.EntityFrameworkCore.Retention;
using Norme48.Retention;
using Xunit;

namespace Norme48.EntityFrameworkCore.Tests.Retention;

/// <summary>Cases on the predicates: their SQL, their index and the rows they select, run on every engine by the sealed classes below.</summary>
public abstract class Norme48RetentionCases
{
    private protected Norme48RetentionCases(Databases databases) => Db = databases;

    private protected Databases Db { get; }

    private static readonly Instant Now = InstantPattern.ExtendedIso.Parse("2026-11-28T09:00:00Z").Value;

    private static DateTimeOffset On(string text) => InstantPattern.ExtendedIso.Parse(text).Value.ToDateTimeOffset();

    /// <summary>Rows in the table when PostgreSQL's plan is checked: enough for its planner to prefer an index.</summary>
    private const int PlanRows = 20_000;

    /// <summary>A regular expression for a column of the alias <c>c</c> as the engine's SQL names it.</summary>
    private string Col(string column) => Db.Provider == Provider.Sqlite ? $@"""c"".""{column}""" : $@"c\.""{column}""";

    /// <summary>
    /// SQLite: its EXPLAIN QUERY PLAN of the empty table uses the index. PostgreSQL: once the table holds
    /// <see cref="PlanRows"/> contacts saved through the interceptor and <c>ANALYZE</c> has run, its EXPLAIN, at an
    /// instant when about one row in a thousand is due, names the index (no planner setting is changed).
    /// </summary>
    private static void AssertPlanUsesIndex<TContext>(Database<TContext> db, string sql, string index)
        where TContext : CrmContext
    {
        if (db.Provider == Provider.Sqlite)
        {
            Assert.Contains(db.QueryPlan(sql), line => line.Contains("USING INDEX " + index, StringComparison.Ordinal));
            return;
        }

        // A contact collected every hour from 2001-01-01 (2.3 years): prospects, and every tenth row a client whose
        // relationship ended a year after the collection, with a proof invoice.
        var start = new DateTimeOffset(2001, 1, 1, 0, 0, 0, TimeSpan.Zero);
        using (var seed = db.Fresh())
        {
            for (var i = 0; i < PlanRows; i++)
            {
                var collected = start.AddHours(i);
                seed.Contacts.Add(i % 10 == 0
                    ? new Contact
                    {
                        Status = SubjectStatus.Client, CollectedAt = collected, RelationshipEndedAt = collected.AddYears(1), Email = "plan@example.invalid",
                        InvoiceAmount = 10m, InvoiceDate = collected,
                    }
                    : new Contact { Status = SubjectStatus.Prospect, CollectedAt = collected, Email = "plan@example.invalid" });
            }

            seed.SaveChanges();
            seed.Database.ExecuteSqlRaw("ANALYZE \"Contacts\"");
        }

        // At 2002-01-02 00:00Z about 22 prospects are due for purge (ns48-2005: one year), about 3 clients for archive,
        // and none for asking (ns48-2016: three years): the selective case a daily job meets.
        var plan = db.PostgresPlan(sql, RetentionColumns.ToColumn(Instant.FromUtc(2002, 1, 2, 0, 0))!.Value);
        Assert.True(
            plan.Any(line => line.Contains(index, StringComparison.Ordinal)),
            $"PostgreSQL's plan does not use {index}:\n{string.Join('\n', plan)}");
    }

    [Fact]
    public void DueForPurge_Sql_ComparesTheColumnWithAParameterAndUsesItsIndex()
    {
        using var db = Db.Ns2005();

        var sql = db.Context.Contacts.Where(Norme48Retention.DueForPurge<Contact>(Now)).ToQueryString();

        Assert.Matches($@"WHERE {Col("Ns48PurgeFrom")} <= @\w+", sql);
        Assert.DoesNotContain(Now.ToUnixTimeTicks().ToString(System.Globalization.CultureInfo.InvariantCulture), sql.Split('\n').Last(), StringComparison.Ordinal);
        AssertPlanUsesIndex(db, sql, "IX_Contacts_Ns48PurgeFrom");
    }

    [Fact]
    public void DueForArchive_Sql_ComparesTheColumnsAndTheFlagAndUsesTheIndex()
    {
        using var db = Db.Ns2005();

        var sql = db.Context.Contacts.Where(Norme48Retention.DueForArchive<Contact>(Now)).ToQueryString();

        Assert.Matches($@"{Col("Ns48ArchiveFrom")} <= @\w+", sql);
        Assert.Matches($@"{Col("Ns48PurgeFrom")} IS NULL OR {Col("Ns48PurgeFrom")} > @\w+", sql);
        Assert.Matches($@"NOT \({Col("Archived")}\)|{Col("Archived")} = 0", sql);
        AssertPlanUsesIndex(db, sql, "IX_Contacts_Ns48ArchiveFrom");
    }

    [Fact]
    public void DueForAsking_Sql_ComparesTheColumnAndUsesTheIndex()
    {
        using var db = Db.Ns2016();

        var sql = db.Context.Contacts.Where(Norme48Retention.DueForAsking<Contact>(Now)).ToQueryString();

        Assert.Matches($@"{Col("Ns48AskFrom")} <= @\w+", sql);
        AssertPlanUsesIndex(db, sql, "IX_Contacts_Ns48AskFrom");
    }

    [Fact]
    public void Predicates_Executed_SelectTheDueRows()
    {
        using var db = Db.Ns2016();
        var due = new Contact { Status = SubjectStatus.Prospect, CollectedAt = On("2020-01-01T00:00:00Z") };
        var asked = new Contact { Status = SubjectStatus.Prospect, CollectedAt = On("2023-11-20T00:00:00Z") };
        var kept = new Contact { Status = SubjectStatus.Prospect, CollectedAt = On("2026-01-01T00:00:00Z") };
        var proof = new Contact
        {
            Status = SubjectStatus.Client, RelationshipEndedAt = On("2025-01-01T00:00:00Z"), InvoiceAmount = 300m, InvoiceDate = On("2024-06-01T00:00:00Z"),
        };
        var archived = new Contact
        {
            Status = SubjectStatus.Client, RelationshipEndedAt = On("2025-01-01T00:00:00Z"), InvoiceAmount = 300m, InvoiceDate = On("2024-06-01T00:00:00Z"), Archived = true,
        };
        db.Context.Contacts.AddRange(due, asked, kept, proof, archived);
        db.Context.SaveChanges();

        using var fresh = db.Fresh();
        Assert.Equal([due.Id], fresh.Contacts.Where(Norme48Retention.DueForPurge<Contact>(Now)).Ids());
        Assert.Equal([asked.Id], fresh.Contacts.Where(Norme48Retention.DueForAsking<Contact>(Now)).Ids());
        Assert.Equal([proof.Id], fresh.Contacts.Where(Norme48Retention.DueForArchive<Contact>(Now)).Ids());
    }

    [Fact]
    public void DueForPurge_AtTheDueTick_IncludesTheRowAndOneTickBeforeExcludesIt()
    {
        using var db = Db.Ns2005();
        var contact = new Contact { Status = SubjectStatus.Prospect, CollectedAt = On("2025-03-29T01:30:00Z") };
        db.Context.Contacts.Add(contact);
        db.Context.SaveChanges();
        var due = RetentionColumns.FromColumn(db.Context.Column(contact, RetentionColumns.PurgeFrom))!.Value;

        var atDue = db.Context.Contacts.Where(Norme48Retention.DueForPurge<Contact>(due)).Ids();
        var before = db.Context.Contacts.Where(Norme48Retention.DueForPurge<Contact>(due - Duration.FromTicks(1))).Ids();

        // 2025-03-29 02:30 CET + 1 year falls in the 2026 spring gap: shifted to 03:30 CEST = 01:30Z.
        Assert.Equal(InstantPattern.ExtendedIso.Parse("2026-03-29T01:30:00Z").Value, due);
        Assert.Equal([contact.Id], atDue);
        Assert.Empty(before);
    }
}

/// <summary>The cases on an in-memory SQLite database.</summary>
public sealed class Norme48RetentionTests() : Norme48RetentionCases(Databases.Sqlite);

/// <summary>The cases on PostgreSQL, in a database of this class's own; skipped without <c>NORME48_POSTGRES</c>.</summary>
public sealed class Norme48RetentionPostgresTests(PostgresDatabase postgres) : Norme48RetentionCases(new Databases(postgres)), IClassFixture<PostgresDatabase>;
