using System;
using System.Linq;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using NodaTime.Text;
using Norme48.EntityFrameworkCore.Retention;
using Norme48.Retention;
using Xunit;

namespace Norme48.EntityFrameworkCore.Tests.Retention;

public sealed class Norme48RetentionTests
{
    private static readonly Instant Now = InstantPattern.ExtendedIso.Parse("2026-11-28T09:00:00Z").Value;

    private static DateTimeOffset On(string text) => InstantPattern.ExtendedIso.Parse(text).Value.ToDateTimeOffset();

    [Fact]
    public void DueForPurge_Sql_ComparesTheColumnWithAParameterAndUsesItsIndex()
    {
        using var db = Database.Ns2005();

        var sql = db.Context.Contacts.Where(Norme48Retention.DueForPurge<Contact>(Now)).ToQueryString();

        Assert.Matches(@"WHERE ""c"".""Ns48PurgeFrom"" <= @\w+", sql);
        Assert.DoesNotContain(Now.ToUnixTimeTicks().ToString(System.Globalization.CultureInfo.InvariantCulture), sql.Split('\n').Last(), StringComparison.Ordinal);
        Assert.Contains(db.QueryPlan(sql), line => line.Contains("USING INDEX IX_Contacts_Ns48PurgeFrom", StringComparison.Ordinal));
    }

    [Fact]
    public void DueForArchive_Sql_ComparesTheColumnsAndTheFlagAndUsesTheIndex()
    {
        using var db = Database.Ns2005();

        var sql = db.Context.Contacts.Where(Norme48Retention.DueForArchive<Contact>(Now)).ToQueryString();

        Assert.Matches(@"""c"".""Ns48ArchiveFrom"" <= @\w+", sql);
        Assert.Matches(@"""c"".""Ns48PurgeFrom"" IS NULL OR ""c"".""Ns48PurgeFrom"" > @\w+", sql);
        Assert.Matches(@"NOT \(""c"".""Archived""\)|""c"".""Archived"" = 0", sql);
        Assert.Contains(db.QueryPlan(sql), line => line.Contains("USING INDEX IX_Contacts_Ns48ArchiveFrom", StringComparison.Ordinal));
    }

    [Fact]
    public void DueForAsking_Sql_ComparesTheColumnAndUsesTheIndex()
    {
        using var db = Database.Ns2016();

        var sql = db.Context.Contacts.Where(Norme48Retention.DueForAsking<Contact>(Now)).ToQueryString();

        Assert.Matches(@"""c"".""Ns48AskFrom"" <= @\w+", sql);
        Assert.Contains(db.QueryPlan(sql), line => line.Contains("USING INDEX IX_Contacts_Ns48AskFrom", StringComparison.Ordinal));
    }

    [Fact]
    public void Predicates_Executed_SelectTheDueRows()
    {
        using var db = Database.Ns2016();
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
        using var db = Database.Ns2005();
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
