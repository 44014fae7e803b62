// A CRM back office registers Norme48 with the generic host, then asks it a few questions with the services the
// container built: the evaluator (recommendations only advise) and the clock.
// Run: dotnet run --project samples/Norme48.Samples.Hosting
using System;
using System.Linq;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using NodaTime;
using Norme48.Decisions;
using Norme48.Evaluation;
using Norme48.Retention;
using Norme48.Rules;
using Norme48.Vocabulary;

var builder = Host.CreateApplicationBuilder(args);

// Host logging would interleave with the report below; this sample prints what it decides and nothing else.
builder.Logging.ClearProviders();

// Advise: the CNIL's recommendations (such as purging a prospect after a year of silence) are reported, not enforced.
builder.Services.AddNorme48(o => o.Recommendations = RecommendationMode.Advise);

// The host is built, not run: this is a one-shot report, so there is nothing to start and nothing to stop.
using var host = builder.Build();
var norm = host.Services.GetRequiredService<Norme48Evaluator>();
var clock = host.Services.GetRequiredService<IClock>();
var now = clock.GetCurrentInstant();

Console.WriteLine($"Norme48 from the container — edition {norm.Edition.Id}, recommendations: {norm.Recommendations}, clock: {clock.GetType().Name}");
Console.WriteLine($"Now: {now:uuuu-MM-dd HH:mm}Z");
Console.WriteLine();

Console.WriteLine("May the back office collect…");
Print("e-mail address for orders", norm.MayCollect(DataField.EmailAddress, ProcessingPurpose.Orders));
Print("IP address for prospect selection", norm.MayCollect(DataField.IpAddress, ProcessingPurpose.ProspectingSelection));
Print("the NIR for invoices", norm.MayCollect(DataField.Nir, ProcessingPurpose.Invoices));

// Instants relative to the registered clock, so that the verdicts read the same whatever the day the sample runs.
var staleProspect = new Subject(SubjectStatus.Prospect, collectedAt: now - Duration.FromDays(400));
var freshProspect = new Subject(SubjectStatus.Prospect, collectedAt: now - Duration.FromDays(30));
var formerClient = new Subject(SubjectStatus.Client, relationshipEndedAt: now - Duration.FromDays(90));

Console.WriteLine();
Console.WriteLine("What to do today with…");
PrintRetention("e-mail of a prospect collected 400 days ago, silent since", norm.DecideRetention(DataField.EmailAddress, staleProspect, clock));
PrintRetention("e-mail of a prospect collected 30 days ago", norm.DecideRetention(DataField.EmailAddress, freshProspect, clock));
PrintRetention("delivery address of a client who left 90 days ago", norm.DecideRetention(DataField.DeliveryAddress, formerClient, clock));

return 0;

static void Print(string question, Decision decision) =>
    Console.WriteLine($"- {question}: {(decision.IsAllowed ? "allowed" : "denied")} [{Rules(decision.Rules)}] {decision.Reasons[0].Message.English}");

static void PrintRetention(string question, RetentionDecision decision)
{
    var when = decision.Until is { } until ? $" until {until:uuuu-MM-dd}" : decision.Since is { } since ? $" since {since:uuuu-MM-dd}" : string.Empty;
    Console.WriteLine($"- {question}: {RetentionDecision.VerdictName(decision.Verdict, Language.English)}{when} [{Rules(decision.Rules)}] {decision.Reasons[0].Message.English}");
    foreach (var advisory in decision.Advisories)
    {
        Console.WriteLine($"    advisory: {advisory}");
    }
}

static string Rules(System.Collections.Generic.IReadOnlyList<RuleId> rules) => string.Join(", ", rules.Select(r => r.ToId()));
