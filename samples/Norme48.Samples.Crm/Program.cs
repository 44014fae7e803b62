// A CRM keeps its contacts in SQLite: Norme48 stores each row's due instants when it is saved, then the purge runs
// inside the database — a dry-run plan, the purge in batches, and the audit record of the run.
// Run: dotnet run -c Release --project samples/Norme48.Samples.Crm [-- [file.db] [--edition ns48-2005|ns48-2016|ref-2021]
//      [--now 2026-11-28T09:00:00Z] [--contacts 100000]]
using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using NodaTime.Text;
using Norme48.EntityFrameworkCore.Retention;
using Norme48.Samples.Crm;
using Norme48.Vocabulary;

const int InsertBatch = 5000;
const int PurgeBatch = 5000;

var edition = Edition.Ns2005;
var now = Instant.FromUtc(2026, 11, 28, 9, 0);
var contacts = 100_000;
string? path = null;
for (var i = 0; i < args.Length; i++)
{
    switch (args[i])
    {
        case "--edition" when i + 1 < args.Length && Edition.TryParse(args[i + 1], out var parsed):
            edition = parsed;
            i++;
            break;
        case "--now" when i + 1 < args.Length && InstantPattern.ExtendedIso.Parse(args[i + 1]) is { Success: true } at:
            now = at.Value;
            i++;
            break;
        case "--contacts" when i + 1 < args.Length && int.TryParse(args[i + 1], CultureInfo.InvariantCulture, out var count) && count > 0:
            contacts = count;
            i++;
            break;
        case var file when !file.StartsWith("--", StringComparison.Ordinal) && path is null:
            path = file;
            break;
        default:
            Console.Error.WriteLine($"unknown or incomplete argument: {args[i]}");
            Console.Error.WriteLine("usage: [file.db] [--edition ns48-2005|ns48-2016|ref-2021] [--now 2026-11-28T09:00:00Z] [--contacts 100000]");
            return 2;
    }
}

path ??= Path.Combine(Path.GetTempPath(), "norme48-samples-crm", "crm.db");
Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
File.Delete(path);
var iso = InstantPattern.ExtendedIso;
var total = Stopwatch.StartNew();
Console.WriteLine($"Norme48 CRM sample — edition {edition.Id}, now {iso.Format(now)}, {contacts:N0} synthetic contacts");
Console.WriteLine($"database: {path} (recreated)");

// 1. Insert the contacts through EF Core: the interceptor computes each row's due columns on SaveChanges.
var watch = Stopwatch.StartNew();
int prospects = 0;
using (var db = CrmDbContext.Open(path, edition))
{
    await db.Database.EnsureCreatedAsync();
    db.ChangeTracker.AutoDetectChangesEnabled = false;
    var synthetic = new SyntheticContacts(now);
    using var bar = ConsoleProgressBar.ForStandardError<int>("insert", contacts, n => n);
    for (var number = 1; number <= contacts; number++)
    {
        var contact = synthetic.Next(number);
        prospects += contact.Status == Norme48.Retention.SubjectStatus.Prospect ? 1 : 0;
        db.Contacts.Add(contact);
        if (number % InsertBatch == 0 || number == contacts)
        {
            await db.SaveChangesAsync();
            db.ChangeTracker.Clear();
            bar.Report(number);
        }
    }
}

Console.WriteLine($"inserted {contacts:N0} contacts ({prospects:N0} prospects, {contacts - prospects:N0} clients) in batches of {InsertBatch:N0}, due columns computed by the interceptor: {Seconds(watch)}");

// 2. The dry-run plan: counts per rule, nothing changed.
watch.Restart();
PurgeJobPlan plan;
using (var db = CrmDbContext.Open(path, edition))
{
    plan = await PurgeJob.PlanAsync<CrmContact>(db, now, sampleSize: 8);
}

Console.WriteLine($"dry-run plan as of {iso.Format(plan.Now)} ({plan.Edition}, {Seconds(watch)}):");
Console.WriteLine($"  to purge ({plan.OnPurge}): {plan.ToPurge,8:N0}");
foreach (var (rule, rows) in plan.PurgeByRule)
{
    Console.WriteLine($"    {Norme48.Rules.RuleIds.ToId(rule),-40} {rows,8:N0}");
}

Console.WriteLine($"  to archive:  {plan.ToArchive,16:N0}");
Console.WriteLine($"  to ask:      {plan.ToAsk,16:N0}");
Console.WriteLine($"  sample keys: {string.Join(", ", plan.SampleKeys)}");

// 3. The purge: set-based statements in batches; the audit record is written because the model maps it.
watch.Restart();
PurgeJobResult result;
using (var db = CrmDbContext.Open(path, edition))
{
    using var bar = ConsoleProgressBar.ForStandardError<PurgeJobResult>("purge", plan.ToPurge + plan.ToArchive, r => r.Purged + r.Archived);
    result = await PurgeJob.RunAsync<CrmContact>(db, now, batchSize: PurgeBatch, progress: bar, clock: SystemClock.Instance);
}

Console.WriteLine($"purge: {result.Purged:N0} rows deleted, {result.Archived:N0} archived, in batches of {PurgeBatch:N0}: {Seconds(watch)}");

// 4. The audit record, read back from its tables: no personal data, no row key.
using (var db = CrmDbContext.Open(path, edition))
{
    var run = await db.PurgeRuns.AsNoTracking().Include(r => r.Counts).SingleAsync(r => r.Id == result.Audit!.Id);
    Console.WriteLine($"audit record ({ModelBuilderExtensions.RunsTable}, {ModelBuilderExtensions.CountsTable}):");
    Console.WriteLine($"  run {run.Id}: {run.Outcome}, {run.EntityType}, {run.Edition} {run.Recommendations}, as of {iso.Format(run.AsOf)}");
    Console.WriteLine($"  started {iso.Format(run.StartedAt)}, finished {iso.Format(run.FinishedAt)}");
    foreach (var count in run.Counts.OrderBy(c => c.Action).ThenBy(c => c.Rule, StringComparer.Ordinal))
    {
        Console.WriteLine($"    {count.Action,-9} {count.Rule,-40} {count.Rows,8:N0}");
    }

    var left = await db.Contacts.CountAsync();
    var dueNow = await db.Contacts.CountAsync(Norme48Retention.DueForPurge<CrmContact>(now));
    Console.WriteLine($"left: {left:N0} contacts ({await db.Contacts.CountAsync(c => c.Archived):N0} archived), {dueNow:N0} due for purge");
}

Console.WriteLine($"total: {Seconds(total)}");
return 0;

static string Seconds(Stopwatch watch) => string.Create(CultureInfo.InvariantCulture, $"{watch.Elapsed.TotalSeconds:F1} s");
