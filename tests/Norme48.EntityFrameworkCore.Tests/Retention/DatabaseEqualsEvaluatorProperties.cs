using System;
using System.Linq;
using FsCheck.Xunit;
using NodaTime;
using Norme48.Decisions;
using Norme48.EntityFrameworkCore.Retention;
using Norme48.Evaluation;
using Norme48.Retention;
using Norme48.Vocabulary;
using Xunit;

namespace Norme48.EntityFrameworkCore.Tests.Retention;

/// <summary>
/// For every row, the database's answer (the stored due columns compared with <c>now</c>) equals the in-memory
/// evaluator's (<see cref="Norme48Evaluator.DecideRetention(DataField, Subject, Instant, bool, Instant?, Sector?)"/> on
/// every mapped field, combined by the row rule), at any <c>now</c> at or after the latest fact.
/// </summary>
public sealed class DatabaseEqualsEvaluatorProperties
{
    internal const int Runs = 150;

    private static readonly (DataField Field, bool Proof)[] MappedFields =
        [(DataField.EmailAddress, false), (DataField.MobilePhone, false), (DataField.Amount, true)];

    [Property(Arbitrary = [typeof(Arbitraries)], MaxTest = Runs)]
    public void DuePredicates_Ns2005_SelectWhatTheEvaluatorDecides(ContactBatch batch)
    {
        using var db = Database.Ns2005();

        AssertDatabaseEqualsEvaluator(db, new Norme48Evaluator(Edition.Ns2005), batch);
    }

    [Property(Arbitrary = [typeof(Arbitraries)], MaxTest = Runs)]
    public void DuePredicates_Ns2016_SelectWhatTheEvaluatorDecides(ContactBatch batch)
    {
        using var db = Database.Ns2016();

        AssertDatabaseEqualsEvaluator(db, new Norme48Evaluator(Edition.Ns2016), batch);
    }

    internal static void AssertDatabaseEqualsEvaluator<TContext>(Database<TContext> db, Norme48Evaluator evaluator, ContactBatch batch)
        where TContext : CrmContext
    {
        var contacts = batch.Contacts.Select(c => c.ToEntity()).ToArray();
        db.Context.Contacts.AddRange(contacts);
        db.Context.SaveChanges();

        using var fresh = db.Fresh();
        var purge = fresh.Contacts.Where(Norme48Retention.DueForPurge<Contact>(batch.Now)).Ids();
        var archive = fresh.Contacts.Where(Norme48Retention.DueForArchive<Contact>(batch.Now)).Ids();
        var ask = fresh.Contacts.Where(Norme48Retention.DueForAsking<Contact>(batch.Now)).Ids();

        var verdicts = contacts.Select(c => (c.Id, c.Archived, Verdicts: Verdicts(evaluator, c, batch.Now))).ToArray();
        var expectedPurge = verdicts.Where(v => v.Verdicts.All(x => x == RetentionVerdict.Purge)).Select(v => v.Id).Order().ToArray();
        var notPurged = verdicts.Where(v => !expectedPurge.Contains(v.Id)).ToArray();
        var expectedArchive = notPurged.Where(v => !v.Archived && v.Verdicts.Contains(RetentionVerdict.Archive)).Select(v => v.Id).Order().ToArray();
        var expectedAsk = notPurged.Where(v => v.Verdicts.Contains(RetentionVerdict.AskBeforePurge)).Select(v => v.Id).Order().ToArray();
        Assert.Equal(expectedPurge, purge);
        Assert.Equal(expectedArchive, archive);
        Assert.Equal(expectedAsk, ask);
    }

    private static RetentionVerdict[] Verdicts(Norme48Evaluator evaluator, Contact contact, Instant now)
    {
        var subject = CrmContext.SubjectOf(contact);
        var client = contact.Status == SubjectStatus.Client;
        return MappedFields
            .Select(f => evaluator.DecideRetention(
                f.Field, subject, now, f.Proof && client, f.Proof && client ? CrmContext.ToInstant(contact.InvoiceDate) : null).Verdict)
            .ToArray();
    }
}
