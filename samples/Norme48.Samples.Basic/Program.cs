// A small online shop's CRM asks the norm, before each feature ships, whether it may do what it plans.
// Run: dotnet run --project samples/Norme48.Samples.Basic [-- fr]
using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;
using Norme48.Decisions;
using Norme48.Evaluation;
using Norme48.Prospecting;
using Norme48.Retention;
using Norme48.Rules;
using Norme48.Vocabulary;

var language = args.Contains("fr", StringComparer.OrdinalIgnoreCase) ? Language.French : Language.English;
var norm = Norme48Evaluator.Default;

// A field of the shop's own, in a category of the norm: it obeys every rule of its category.
var loyaltyTier = DataField.Custom("loyalty-tier", DataCategory.CommercialRelationship, mayRevealSensitiveData: false);

var questions = new List<(string Question, Decision Decision)>
{
    ("Collect e-mail address for orders", norm.MayCollect(DataField.EmailAddress, ProcessingPurpose.Orders)),
    ("Collect loyalty tier for the loyalty programme", norm.MayCollect(loyaltyTier, ProcessingPurpose.LoyaltyProgramme)),
    ("Collect IP address for prospect selection", norm.MayCollect(DataField.IpAddress, ProcessingPurpose.ProspectingSelection)),
    ("Collect IP address for audience statistics", norm.MayCollect(DataField.IpAddress, ProcessingPurpose.WebsiteAudienceStatistics)),
    ("Collect the NIR for invoices", norm.MayCollect(DataField.Nir, ProcessingPurpose.Invoices)),
    ("Collect date of birth to refuse credit", norm.MayCollect(DataField.DateOfBirth, ProcessingPurpose.ExclusionFromRight)),
    ("Share postal address with the carrier (contract)", norm.MayShare(DataField.PostalAddress, Recipient.ContractedCompanies, SharingBasis.ContractExecution)),
    ("Share unpaid invoices with a debt collector", norm.MayShare(DataField.UnpaidInvoices, Recipient.DebtCollectors, SharingBasis.DebtRecovery)),
    ("Share e-mail address with an ad network", norm.MayShare(DataField.EmailAddress, Recipient.Unlisted("ad-network"))),
    ("Rent names, acquirer committed", norm.MayTransfer(DataField.LastName, TransferMode.Rental, new TransferConditions(acquirerCommitment: true))),
    ("Rent names of a person who objected", norm.MayTransfer(DataField.LastName, TransferMode.Rental, new TransferConditions(acquirerCommitment: true, objected: true))),
    ("Rent purchase history, no consent", norm.MayTransfer(DataField.PurchaseHistory, TransferMode.Rental, new TransferConditions(acquirerCommitment: true))),
    ("Rent card numbers", norm.MayTransfer(DataField.BankCardNumber, TransferMode.Rental, new TransferConditions(acquirerCommitment: true, expressConsent: true))),
};

// Synthetic codes only: the first is the NIR test vector of the rulebook, not a person's number.
var codes = new[] { "CLI-2024-000731", "2 84 05 2A 321 025 52" };

Console.WriteLine(language == Language.French
    ? "Norme48 — une boutique en ligne interroge la NS-48 (édition ns48-2005)"
    : "Norme48 — an online shop asks NS-48 (edition ns48-2005)");
Console.WriteLine();

var width = questions.Max(q => q.Question.Length) + 2;
Console.WriteLine($"{"Question".PadRight(width)}{(language == Language.French ? "Réponse" : "Verdict"),-9}{(language == Language.French ? "Règles" : "Rules")}");
Console.WriteLine(new string('-', width + 60));
foreach (var (question, decision) in questions)
{
    Console.WriteLine($"{question.PadRight(width)}{Verdict(decision),-9}{string.Join(", ", decision.Rules.Select(r => r.ToId()))}");
}

foreach (var code in codes)
{
    var check = norm.CheckInternalCode(code);
    var label = $"Internal client code {check.MaskedValue}";
    Console.WriteLine($"{label.PadRight(width)}{Verdict(check.Decision),-9}{string.Join(", ", check.Decision.Rules.Select(r => r.ToId()))}");
}

Console.WriteLine();
Console.WriteLine(language == Language.French ? "Pourquoi (premier motif de chaque refus) :" : "Why (first reason of each denial):");
foreach (var (question, decision) in questions.Where(q => !q.Decision.IsAllowed))
{
    var reason = decision.Reasons[0];
    Console.WriteLine($"- {question}: {reason.Message.In(language)} [{reason.Rule.Code}, {reason.Source}]");
}

Console.WriteLine();
Console.WriteLine(language == Language.French ? "Obligations attachées aux autorisations :" : "Obligations that come with the allowances:");
foreach (var (question, decision) in questions.Where(q => q.Decision.Obligations.Count > 0))
{
    foreach (var obligation in decision.Obligations)
    {
        Console.WriteLine($"- {question}: {obligation.Message.In(language)} [{obligation.Rule.Code}]");
    }
}

// Retention and prospecting depend on time. The library never reads the clock itself: the caller gives the instant
// (or a NodaTime IClock). A fixed instant keeps this demo's output the same every day.
var now = Instant.FromUtc(2026, 11, 28, 9, 0);
var prospect = Subject.FromEvents(
    SubjectStatus.Prospect,
    [
        new SubjectEvent(SubjectEventType.DocumentationRequest, Instant.FromUtc(2025, 10, 26, 0, 30)),
        new SubjectEvent(SubjectEventType.EmailOpen, Instant.FromUtc(2026, 2, 3, 8, 0)),
    ],
    collectedAt: Instant.FromUtc(2025, 10, 1, 12, 0));
var formerClient = new Subject(SubjectStatus.Client, relationshipEndedAt: Instant.FromUtc(2023, 6, 30, 22, 0));
var client = new Subject(SubjectStatus.Client, prospecting: new ProspectingFacts(objectionOfferedAtCollection: true));
var newProspect = new Subject(SubjectStatus.Prospect, collectedAt: Instant.FromUtc(2026, 11, 1, 10, 0));

var retention = new List<(string Question, RetentionDecision Decision)>
{
    ("Prospect's e-mail (last asked for documentation 2025-10-26)", norm.DecideRetention(DataField.EmailAddress, prospect, now)),
    ("Former client's delivery address", norm.DecideRetention(DataField.DeliveryAddress, formerClient, now)),
    ("Former client's invoice amount, kept as proof", norm.DecideRetention(DataField.Amount, formerClient, now, proof: true, proofFrom: Instant.FromUtc(2023, 3, 14, 11, 0))),
    ("New prospect's e-mail", norm.DecideRetention(DataField.EmailAddress, newProspect, now)),
};

Console.WriteLine();
Console.WriteLine(language == Language.French ? $"Conservation au {now:uuuu-MM-dd} :" : $"Retention on {now:uuuu-MM-dd}:");
foreach (var (question, decision) in retention)
{
    var (untilWord, sinceWord) = language == Language.French ? ("jusqu'au", "depuis le") : ("until", "since");
    var when = decision.Until is { } until ? $" {untilWord} {until:uuuu-MM-dd HH:mm}Z" : decision.Since is { } since ? $" {sinceWord} {since:uuuu-MM-dd HH:mm}Z" : string.Empty;
    Console.WriteLine($"- {question}: {RetentionDecision.VerdictName(decision.Verdict, language)}{when} [{string.Join(", ", decision.Rules.Select(r => r.ToId()))}]");
}

var solicitations = new List<(string Question, Decision Decision)>
{
    ("E-mail a new prospect who gave no consent", norm.MaySolicit(ProspectingChannel.Email, Audience.Consumer, newProspect, now)),
    ("E-mail a client who could object at collection", norm.MaySolicit(ProspectingChannel.Email, Audience.Consumer, client, now)),
    ("Post a catalogue to the new prospect", norm.MaySolicit(ProspectingChannel.Postal, Audience.Consumer, newProspect, now)),
};

Console.WriteLine();
Console.WriteLine(language == Language.French ? "Prospection :" : "Prospecting:");
foreach (var (question, decision) in solicitations)
{
    Console.WriteLine($"- {question}: {Verdict(decision)} [{decision.Rules[0].ToId()}] {decision.Reasons[0].Message.In(language)}");
}

// The same shop measured against the référentiel in force today (ref-2021): prospects are kept three years and asked
// before being purged, the client exception needs analogous products, and the telephone to consumers needs consent.
var today = new Norme48Evaluator(Edition.Ref2021);
var windowProspect = Subject.FromEvents(
    SubjectStatus.Prospect,
    prospect.Events,
    collectedAt: prospect.CollectedAt,
    prospecting: new ProspectingFacts(answerWindowDays: 30));
var analogousClient = new Subject(SubjectStatus.Client, prospecting: new ProspectingFacts(objectionOfferedAtCollection: true, analogousProducts: true));
var card = new PaymentCardFacts(transactionCompletedAt: Instant.FromUtc(2026, 9, 2, 14, 0), debitedAt: Instant.FromUtc(2026, 9, 3, 22, 0));

Console.WriteLine();
Console.WriteLine(language == Language.French
    ? $"Mêmes questions sous {today.Edition.Id}, le référentiel en vigueur le {now:uuuu-MM-dd} ({Edition.InForceAt(now)?.Id}) :"
    : $"The same questions under {today.Edition.Id}, the référentiel in force on {now:uuuu-MM-dd} ({Edition.InForceAt(now)?.Id}):");
var laterRetention = new List<(string Question, RetentionDecision Decision)>
{
    ("Prospect's e-mail (documentation 2025-10-26)", today.DecideRetention(DataField.EmailAddress, windowProspect, now)),
    ("Card of an order paid 2026-09-02", today.DecideCardRetention(card, now)),
};
foreach (var (question, decision) in laterRetention)
{
    var (untilWord, sinceWord) = language == Language.French ? ("jusqu'au", "depuis le") : ("until", "since");
    var when = decision.Until is { } until ? $" {untilWord} {until:uuuu-MM-dd HH:mm}Z" : decision.Since is { } since ? $" {sinceWord} {since:uuuu-MM-dd HH:mm}Z" : string.Empty;
    Console.WriteLine($"- {question}: {RetentionDecision.VerdictName(decision.Verdict, language)}{when} [{string.Join(", ", decision.Rules.Select(r => r.ToId()))}]");
}

var laterSolicitations = new List<(string Question, Decision Decision)>
{
    ("E-mail a client about analogous products", today.MaySolicit(ProspectingChannel.Email, Audience.Consumer, analogousClient, now)),
    ("E-mail a client about other products", today.MaySolicit(ProspectingChannel.Email, Audience.Consumer, client, now)),
    ("Telephone the new prospect", today.MaySolicit(ProspectingChannel.Phone, Audience.Consumer, newProspect, now)),
};
foreach (var (question, decision) in laterSolicitations)
{
    Console.WriteLine($"- {question}: {Verdict(decision)} [{decision.Rules[0].ToId()}, {decision.Reasons[0].Strength.ToString().ToLowerInvariant()}] {decision.Reasons[0].Message.In(language)}");
}

string Verdict(Decision decision) => (decision.IsAllowed, language) switch
{
    (true, Language.French) => "autorisé",
    (false, Language.French) => "refusé",
    (true, _) => "allowed",
    _ => "denied",
};
