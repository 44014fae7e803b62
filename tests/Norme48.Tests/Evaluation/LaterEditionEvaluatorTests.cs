using System;
using System.Linq;
using NodaTime;
using Norme48.Decisions;
using Norme48.Evaluation;
using Norme48.Prospecting;
using Norme48.Retention;
using Norme48.Rules;
using Norme48.Vocabulary;
using Xunit;
using static Norme48.Tests.Evaluation.RetentionAssert;

namespace Norme48.Tests.Evaluation;

/// <summary>
/// The evaluator under <c>ns48-2016</c> and <c>ref-2021</c> (RULES.md, "Rules of ns48-2016 and ref-2021"; CONTRACT.md
/// for the re-contact of prospects). Expected instants are worked out by hand in Europe/Paris local time: CET is UTC+1,
/// CEST UTC+2 (from the last Sunday of March to the last Sunday of October).
/// </summary>
public sealed class LaterEditionEvaluatorTests
{
    private static readonly Norme48Evaluator Ns2016 = new(Edition.Ns2016);
    private static readonly Norme48Evaluator Ref2021 = new(Edition.Ref2021);
    private static readonly Norme48Evaluator Ref2021Advising = new(Edition.Ref2021, RecommendationMode.Advise);
    private static readonly Norme48Evaluator Ns2016Advising = new(Edition.Ns2016, RecommendationMode.Advise);

    // 2020-03-15 11:00 CET; + 3 years = 2023-03-15 11:00 CET (summer time starts 2023-03-26) = 10:00Z.
    private static readonly Instant Collected = At("2020-03-15T10:00:00Z");
    private static readonly Instant ThreeYears = At("2023-03-15T10:00:00Z");

    // D + 30 days = 2023-04-14 11:00 local, now CEST = 09:00Z.
    private static readonly Instant WindowEnd = At("2023-04-14T09:00:00Z");

    private static Subject Prospect(int? window = 30, params SubjectEvent[] events) =>
        Subject.FromEvents(SubjectStatus.Prospect, events, Collected, new ProspectingFacts(answerWindowDays: window));

    private static void Expect(RetentionDecision decision, RetentionVerdict verdict, Instant? until, Instant? since, params string[] rules)
    {
        Assert.Equal(verdict, decision.Verdict);
        Assert.Equal(until, decision.Until);
        Assert.Equal(since, decision.Since);
        Assert.Equal(rules, decision.Rules.Select(r => r.ToId()).ToArray());
        Assert.All(decision.Reasons, r => Assert.Same(decision.Edition, r.Rule.Edition));
    }

    [Fact]
    public void DecideRetention_ProspectBeforeThreeYears_KeepsUntilThreeYearsAfterCollection()
    {
        var decision = Ns2016.DecideRetention(DataField.LastName, Prospect(), At("2022-01-01T00:00:00Z"));

        Expect(decision, RetentionVerdict.Keep, ThreeYears, null, "NS48-RET-PROSPECT-3Y");
        Assert.Equal(RuleStrength.Mandatory, decision.Reasons[0].Strength);
        Assert.Equal(RuleStrength.Recommended, Ref2021.DecideRetention(DataField.LastName, Prospect(), At("2022-01-01T00:00:00Z")).Reasons[0].Strength);
    }

    [Fact]
    public void DecideRetention_EmailOpenThenClick_OnlyTheClickRestartsTheThreeYears()
    {
        var now = At("2022-07-01T00:00:00Z");
        var opened = Prospect(30, new SubjectEvent(SubjectEventType.EmailOpen, At("2022-06-01T08:00:00Z")));
        var clicked = Prospect(30, new SubjectEvent(SubjectEventType.LinkClick, At("2022-06-01T08:00:00Z")));

        Expect(Ns2016.DecideRetention(DataField.LastName, opened, now), RetentionVerdict.Keep, ThreeYears, null, "NS48-RET-PROSPECT-3Y");

        // 2022-06-01 10:00 CEST + 3 years = 2025-06-01 10:00 CEST = 08:00Z.
        Expect(Ns2016.DecideRetention(DataField.LastName, clicked, now), RetentionVerdict.Keep, At("2025-06-01T08:00:00Z"), null, "NS48-RET-PROSPECT-3Y");
    }

    [Fact]
    public void DecideRetention_ThreeYearsRunWithoutAnswerWindow_ThrowsNamingTheSubject()
    {
        var exception = Assert.Throws<ArgumentException>(() => Ns2016.DecideRetention(DataField.LastName, Prospect(window: null), ThreeYears));

        Assert.Equal("subject", exception.ParamName);
        Assert.Contains("AnswerWindowDays", exception.Message, StringComparison.Ordinal);

        // Before the three years run, the window is not needed.
        Assert.Equal(RetentionVerdict.Keep, Ns2016.DecideRetention(DataField.LastName, Prospect(window: null), ThreeYears - Duration.Epsilon).Verdict);
    }

    [Fact]
    public void DecideRetention_FromThreeYearsToTheWindowEnd_AsksBeforePurging()
    {
        Expect(Ns2016.DecideRetention(DataField.LastName, Prospect(), ThreeYears), RetentionVerdict.AskBeforePurge, WindowEnd, null, "NS48-RET-PROSPECT-RECONTACT");
        Expect(Ns2016.DecideRetention(DataField.LastName, Prospect(), WindowEnd - Duration.Epsilon), RetentionVerdict.AskBeforePurge, WindowEnd, null, "NS48-RET-PROSPECT-RECONTACT");
        Assert.Equal(RuleStrength.Recommended, Ns2016.DecideRetention(DataField.LastName, Prospect(), ThreeYears).Reasons[0].Strength);
    }

    [Fact]
    public void DecideRetention_FromTheWindowEnd_PurgesCitingBothRules()
    {
        Expect(Ns2016.DecideRetention(DataField.LastName, Prospect(), WindowEnd), RetentionVerdict.Purge, null, WindowEnd,
            "NS48-RET-PROSPECT-3Y", "NS48-RET-PROSPECT-RECONTACT");
        Expect(Ref2021.DecideRetention(DataField.Profession, Prospect(), At("2030-01-01T00:00:00Z")), RetentionVerdict.Purge, null, WindowEnd,
            "NS48-RET-PROSPECT-3Y", "NS48-RET-PROSPECT-RECONTACT");
    }

    [Fact]
    public void DecideRetention_ReconfirmationRequestAfterTheThreeYears_StartsTheWindowFromTheRequest()
    {
        // Request 2023-03-20 11:00 CET; + 30 days = 2023-04-19 11:00 CEST = 09:00Z.
        var requested = Prospect(30, new SubjectEvent(SubjectEventType.ReconfirmationRequest, At("2023-03-20T10:00:00Z")));
        var fromRequest = At("2023-04-19T09:00:00Z");

        Expect(Ns2016.DecideRetention(DataField.LastName, requested, At("2023-04-15T00:00:00Z")), RetentionVerdict.AskBeforePurge, fromRequest, null, "NS48-RET-PROSPECT-RECONTACT");
        Expect(Ns2016.DecideRetention(DataField.LastName, requested, fromRequest), RetentionVerdict.Purge, null, fromRequest, "NS48-RET-PROSPECT-3Y", "NS48-RET-PROSPECT-RECONTACT");

        // Before the request was sent, the window still counts from D.
        Expect(Ns2016.DecideRetention(DataField.LastName, requested, At("2023-03-18T00:00:00Z")), RetentionVerdict.AskBeforePurge, WindowEnd, null, "NS48-RET-PROSPECT-RECONTACT");
    }

    [Fact]
    public void DecideRetention_ReconfirmationRequestBeforeTheThreeYearsOrAfterTheWindow_IsIgnored()
    {
        var early = Prospect(30, new SubjectEvent(SubjectEventType.ReconfirmationRequest, At("2023-03-01T10:00:00Z")));
        var late = Prospect(30, new SubjectEvent(SubjectEventType.ReconfirmationRequest, At("2023-04-20T10:00:00Z")));

        Expect(Ns2016.DecideRetention(DataField.LastName, early, At("2023-04-01T00:00:00Z")), RetentionVerdict.AskBeforePurge, WindowEnd, null, "NS48-RET-PROSPECT-RECONTACT");
        Expect(Ns2016.DecideRetention(DataField.LastName, late, At("2023-05-01T00:00:00Z")), RetentionVerdict.Purge, null, WindowEnd, "NS48-RET-PROSPECT-3Y", "NS48-RET-PROSPECT-RECONTACT");
    }

    [Fact]
    public void DecideRetention_ReconfirmationEventUnderNs2005_Throws()
    {
        var answered = Prospect(30, new SubjectEvent(SubjectEventType.ReconfirmationYes, At("2020-03-25T10:00:00Z")));

        var exception = Assert.Throws<ArgumentException>(() => new Norme48Evaluator().DecideRetention(DataField.LastName, answered, At("2020-06-01T00:00:00Z")));

        Assert.Equal("subject", exception.ParamName);
        Assert.Contains("ns48-2016", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DecideRetention_PositiveAnswerAfterTheRequest_RestartsTheThreeYears()
    {
        var answered = Prospect(
            30,
            new SubjectEvent(SubjectEventType.ReconfirmationRequest, At("2023-03-20T10:00:00Z")),
            new SubjectEvent(SubjectEventType.ReconfirmationYes, At("2023-03-25T10:00:00Z")));

        // 2023-03-25 11:00 CET + 3 years = 2026-03-25 11:00 CET (summer time starts 2026-03-29) = 10:00Z.
        Expect(Ref2021.DecideRetention(DataField.LastName, answered, At("2023-06-01T00:00:00Z")), RetentionVerdict.Keep, At("2026-03-25T10:00:00Z"), null, "NS48-RET-PROSPECT-3Y");
    }

    [Fact]
    public void DecideRetention_Ref2021InAdvisoryMode_KeepsWithTheDueRecommendationsAsAdvisories()
    {
        var asked = Ref2021Advising.DecideRetention(DataField.LastName, Prospect(), ThreeYears);
        var over = Ref2021Advising.DecideRetention(DataField.LastName, Prospect(), WindowEnd);
        var before = Ref2021Advising.DecideRetention(DataField.LastName, Prospect(), At("2022-01-01T00:00:00Z"));

        Expect(before, RetentionVerdict.Keep, null, null, "NS48-RET-PROSPECT-NECESSARY");
        Assert.Empty(before.Advisories);
        Expect(asked, RetentionVerdict.Keep, null, null, "NS48-RET-PROSPECT-NECESSARY");
        Assert.Equal([("NS48-RET-PROSPECT-3Y", (Instant?)ThreeYears)], asked.Advisories.Select(a => (a.Rule.Code, a.Since)).ToArray());
        Assert.Equal(
            [("NS48-RET-PROSPECT-3Y", (Instant?)ThreeYears), ("NS48-RET-PROSPECT-RECONTACT", WindowEnd)],
            over.Advisories.Select(a => (a.Rule.Code, a.Since)).ToArray());
    }

    // Under ns48-2016 the three years are a condition of the norm (mandatory): advisory mode does not soften them.
    [Fact]
    public void DecideRetention_Ns2016InAdvisoryMode_DecidesAsEnforced()
    {
        Assert.Equal(Ns2016.DecideRetention(DataField.LastName, Prospect(), WindowEnd), Ns2016Advising.DecideRetention(DataField.LastName, Prospect(), WindowEnd));
        Assert.Equal(Ns2016.DecideRetention(DataField.LastName, Prospect(), ThreeYears).Until, Ns2016Advising.DecideRetention(DataField.LastName, Prospect(), ThreeYears).Until);
    }

    [Fact]
    public void DecideRetention_ClientDataUsedForProspecting_KeptThreeYearsAfterTheEndForIdentitySituationAndRelationshipOnly()
    {
        // End 2024-01-10 13:00 CET; + 3 years = 2027-01-10 13:00 CET = 12:00Z.
        var end = At("2024-01-10T12:00:00Z");
        var client = new Subject(SubjectStatus.Client, At("2020-01-01T00:00:00Z"), relationshipEndedAt: end, prospecting: new ProspectingFacts(usedForProspecting: true));
        var within = At("2025-01-01T00:00:00Z");
        var after = At("2027-01-10T12:00:00Z");

        Expect(Ref2021.DecideRetention(DataField.LastName, client, within), RetentionVerdict.Keep, At("2027-01-10T12:00:00Z"), null, "NS48-RET-CLIENT-PROSPECTING-3Y");
        Expect(Ref2021.DecideRetention(DataField.Profession, client, within), RetentionVerdict.Keep, At("2027-01-10T12:00:00Z"), null, "NS48-RET-CLIENT-PROSPECTING-3Y");
        Expect(Ref2021.DecideRetention(DataField.PurchaseHistory, client, after), RetentionVerdict.Purge, null, after, "NS48-RET-CLIENT-PROSPECTING-3Y");
        Expect(Ref2021.DecideRetention(DataField.ChequeNumber, client, within), RetentionVerdict.Purge, null, end, "NS48-RET-CLIENT");
        Expect(Ref2021.DecideRetention(DataField.Balances, client, within), RetentionVerdict.Purge, null, end, "NS48-RET-CLIENT");

        // ns48-2005 has no such rule: the flag is ignored.
        Purge(new Norme48Evaluator().DecideRetention(DataField.LastName, client, within), end, "NS48-RET-CLIENT");
    }

    // Proof of client data also used for prospecting: when the ten years of proof end no later than the three years of
    // prospecting, nothing is left to archive once those three years end, and the purge cites the prospecting rule.
    [Theory]
    [InlineData("2017-01-10T12:00:00Z")] // 2017-01-10 13:00 CET + 10 years = 2027-01-10 13:00 CET: the same instant as the three years.
    [InlineData("2017-01-10T11:59:59Z")] // one second earlier.
    public void DecideRetention_ProofEndingNoLaterThanTheProspectingYears_PurgedUnderTheProspectingRule(string proofFrom)
    {
        // End 2024-01-10 13:00 CET; + 3 years = 2027-01-10 13:00 CET = 12:00Z.
        var end = At("2024-01-10T12:00:00Z");
        var client = new Subject(SubjectStatus.Client, At("2010-01-01T00:00:00Z"), relationshipEndedAt: end, prospecting: new ProspectingFacts(usedForProspecting: true));
        var threeYears = At("2027-01-10T12:00:00Z");

        var decision = Ns2016.DecideRetention(DataField.LastName, client, threeYears, proof: true, proofFrom: At(proofFrom));
        var later = Ns2016.DecideRetention(DataField.LastName, client, At("2027-01-10T12:00:01Z"), proof: true, proofFrom: At(proofFrom));

        Expect(decision, RetentionVerdict.Purge, null, threeYears, "NS48-RET-CLIENT-PROSPECTING-3Y");
        Expect(later, RetentionVerdict.Purge, null, threeYears, "NS48-RET-CLIENT-PROSPECTING-3Y");
    }

    // "a re-confirmation request sent at or after D and before D + window" restarts the window; one sent at D + window
    // is too late: the window has closed.
    [Fact]
    public void DecideRetention_ReconfirmationRequestSentAsTheWindowCloses_DoesNotRestartIt()
    {
        var atClose = Prospect(30, new SubjectEvent(SubjectEventType.ReconfirmationRequest, WindowEnd));
        var justBefore = Prospect(30, new SubjectEvent(SubjectEventType.ReconfirmationRequest, WindowEnd - Duration.FromSeconds(1)));
        var now = WindowEnd + Duration.FromDays(1);

        Expect(Ns2016.DecideRetention(DataField.LastName, atClose, now), RetentionVerdict.Purge, null, WindowEnd, "NS48-RET-PROSPECT-3Y", "NS48-RET-PROSPECT-RECONTACT");

        // 2023-04-14 10:59:59 CEST + 30 days = 2023-05-14 10:59:59 CEST = 08:59:59Z.
        Expect(Ns2016.DecideRetention(DataField.LastName, justBefore, now), RetentionVerdict.AskBeforePurge, At("2023-05-14T08:59:59Z"), null, "NS48-RET-PROSPECT-RECONTACT");
    }

    [Fact]
    public void DecideRetention_ProofUnderLaterEditions_ArchivesTenYearsAndSaysFiveYearsOtherwise()
    {
        var client = new Subject(SubjectStatus.Client, At("2019-01-01T00:00:00Z"), relationshipEndedAt: At("2021-01-01T00:00:00Z"));

        // 2020-05-01 00:00 CEST + 10 years = 2030-05-01 00:00 CEST = 2030-04-30T22:00Z.
        var decision = Ns2016.DecideRetention(DataField.Amount, client, At("2022-01-01T00:00:00Z"), proof: true, proofFrom: At("2020-04-30T22:00:00Z"));

        Expect(decision, RetentionVerdict.Archive, At("2030-04-30T22:00:00Z"), null, "NS48-RET-CLIENT-PROOF");
        Assert.Contains("five years", decision.Reasons[0].Message.English, StringComparison.Ordinal);
        Assert.Contains("cinq ans", decision.Reasons[0].Message.French, StringComparison.Ordinal);
        Assert.DoesNotContain("five years", new Norme48Evaluator().DecideRetention(DataField.Amount, client, At("2022-01-01T00:00:00Z"), proof: true, proofFrom: At("2020-04-30T22:00:00Z")).Reasons[0].Message.English, StringComparison.Ordinal);
    }

    [Fact]
    public void DecideRetention_CardNumberOrTrackerData_AreAskedOnTheirOwnClocks()
    {
        var client = new Subject(SubjectStatus.Client, At("2020-01-01T00:00:00Z"));
        var now = At("2022-01-01T00:00:00Z");

        Assert.Equal("field", Assert.Throws<ArgumentException>(() => Ns2016.DecideRetention(DataField.BankCardNumber, client, now)).ParamName);
        Assert.Equal("field", Assert.Throws<ArgumentException>(() => Ref2021.DecideRetention(DataField.BankCardNumber, client, now)).ParamName);
        Assert.Equal("field", Assert.Throws<ArgumentException>(() => Ns2016.DecideRetention(DataField.IpAddress, client, now)).ParamName);

        // The référentiel leaves trackers to separate rules: connection data follow the status.
        Expect(Ref2021.DecideRetention(DataField.IpAddress, client, now), RetentionVerdict.Keep, null, null, "NS48-RET-CLIENT");
    }

    [Fact]
    public void DecideCardRetention_CompletedTransaction_ArchivedThirteenMonthsAfterTheDebitThenPurged()
    {
        // Debit 2024-01-08 00:00 CET = 2024-01-07T23:00Z; + 13 months = 2025-02-08 00:00 CET = 2025-02-07T23:00Z;
        // + 15 months (deferred debit) = 2025-04-08 00:00 CEST = 2025-04-07T22:00Z.
        var card = new PaymentCardFacts(At("2024-01-05T10:00:00Z"), At("2024-01-07T23:00:00Z"));
        var deferred = new PaymentCardFacts(At("2024-01-05T10:00:00Z"), At("2024-01-07T23:00:00Z"), deferredDebit: true);

        Expect(Ns2016.DecideCardRetention(card, At("2024-06-01T00:00:00Z")), RetentionVerdict.Archive, At("2025-02-07T23:00:00Z"), null, "NS48-RET-CARD-DISPUTE");
        Expect(Ns2016.DecideCardRetention(card, At("2025-02-07T23:00:00Z")), RetentionVerdict.Purge, null, At("2025-02-07T23:00:00Z"), "NS48-RET-CARD-DISPUTE");
        Expect(Ref2021.DecideCardRetention(deferred, At("2025-03-01T00:00:00Z")), RetentionVerdict.Archive, At("2025-04-07T22:00:00Z"), null, "NS48-RET-CARD-DISPUTE");
    }

    [Fact]
    public void DecideCardRetention_PendingSecurityCodeAndConsent_FollowTheirRules()
    {
        var now = At("2024-06-01T00:00:00Z");
        var pending = new PaymentCardFacts();
        var completed = new PaymentCardFacts(At("2024-01-05T10:00:00Z"));
        var kept = new PaymentCardFacts(At("2024-01-05T10:00:00Z"), keptForLaterPurchases: true, expiresAt: At("2027-01-31T23:00:00Z"));
        var withdrawn = new PaymentCardFacts(At("2024-01-05T10:00:00Z"), keptForLaterPurchases: true, expiresAt: At("2027-01-31T23:00:00Z"), consentWithdrawnAt: At("2025-03-01T00:00:00Z"));

        Expect(Ns2016.DecideCardRetention(pending, now), RetentionVerdict.Keep, null, null, "NS48-RET-CARD-TRANSACTION");
        Expect(Ns2016.DecideCardRetention(pending, now, securityCode: true), RetentionVerdict.Keep, null, null, "NS48-RET-CARD-CVV");
        Expect(Ns2016.DecideCardRetention(completed, now, securityCode: true), RetentionVerdict.Purge, null, At("2024-01-05T10:00:00Z"), "NS48-RET-CARD-CVV");
        Expect(Ref2021.DecideCardRetention(kept, now), RetentionVerdict.Keep, At("2027-01-31T23:00:00Z"), null, "NS48-RET-CARD-CONSENT");

        // Consent withdrawn after the dispute period (completion 2024-01-05 11:00 CET + 13 months = 2025-02-05 10:00Z): purge since the withdrawal.
        Expect(Ref2021.DecideCardRetention(withdrawn, At("2025-06-01T00:00:00Z")), RetentionVerdict.Purge, null, At("2025-03-01T00:00:00Z"), "NS48-RET-CARD-DISPUTE");
        Assert.Throws<InvalidOperationException>(() => new Norme48Evaluator().DecideCardRetention(completed, now));
    }

    // DecideCardRetention's remarks: "A completion after now is a transaction still pending"; one at now is complete.
    [Fact]
    public void DecideCardRetention_CompletionAtNow_IsCompleteAndOneTickLaterPending()
    {
        var completion = At("2024-01-05T10:00:00Z");
        var card = new PaymentCardFacts(completion);

        Expect(Ns2016.DecideCardRetention(card, completion, securityCode: true), RetentionVerdict.Purge, null, completion, "NS48-RET-CARD-CVV");
        Expect(Ns2016.DecideCardRetention(card, completion - Duration.Epsilon, securityCode: true), RetentionVerdict.Keep, null, null, "NS48-RET-CARD-CVV");
        Expect(Ns2016.DecideCardRetention(card, completion - Duration.Epsilon), RetentionVerdict.Keep, null, null, "NS48-RET-CARD-TRANSACTION");

        // Completion 2024-01-05 11:00 CET + 13 months = 2025-02-05 11:00 CET = 10:00Z, counted from the completion without a debit date.
        Expect(Ns2016.DecideCardRetention(card, completion), RetentionVerdict.Archive, At("2025-02-05T10:00:00Z"), null, "NS48-RET-CARD-DISPUTE");
        Expect(Ns2016.DecideCardRetention(card, At("2025-02-05T10:00:00Z") - Duration.Epsilon), RetentionVerdict.Archive, At("2025-02-05T10:00:00Z"), null, "NS48-RET-CARD-DISPUTE");
        Expect(Ns2016.DecideCardRetention(card, At("2025-02-05T10:00:00Z")), RetentionVerdict.Purge, null, At("2025-02-05T10:00:00Z"), "NS48-RET-CARD-DISPUTE");
    }

    // RULES.md: a card kept for later purchases is kept until "card expiry or withdrawal", whichever comes first; the
    // dispute archive then runs, and the purge is since the end of the consent when that is later.
    [Fact]
    public void DecideCardRetention_KeptForLaterPurchases_EndsAtTheEarlierOfExpiryAndWithdrawal()
    {
        var completion = At("2024-01-05T10:00:00Z");
        var expiry = At("2025-03-01T00:00:00Z");
        var expiresFirst = new PaymentCardFacts(completion, keptForLaterPurchases: true, expiresAt: expiry, consentWithdrawnAt: At("2026-01-01T00:00:00Z"));
        var withdrawnOnly = new PaymentCardFacts(completion, keptForLaterPurchases: true, consentWithdrawnAt: expiry);
        var neither = new PaymentCardFacts(completion, keptForLaterPurchases: true);

        Expect(Ns2016.DecideCardRetention(expiresFirst, expiry - Duration.Epsilon), RetentionVerdict.Keep, expiry, null, "NS48-RET-CARD-CONSENT");
        Expect(Ns2016.DecideCardRetention(expiresFirst, expiry), RetentionVerdict.Purge, null, expiry, "NS48-RET-CARD-DISPUTE");
        Expect(Ns2016.DecideCardRetention(expiresFirst, At("2025-06-01T00:00:00Z")), RetentionVerdict.Purge, null, expiry, "NS48-RET-CARD-DISPUTE");
        Expect(Ref2021.DecideCardRetention(withdrawnOnly, expiry - Duration.Epsilon), RetentionVerdict.Keep, null, null, "NS48-RET-CARD-CONSENT");
        Expect(Ref2021.DecideCardRetention(withdrawnOnly, expiry), RetentionVerdict.Purge, null, expiry, "NS48-RET-CARD-DISPUTE");
        Expect(Ref2021.DecideCardRetention(neither, At("2030-01-01T00:00:00Z")), RetentionVerdict.Keep, null, null, "NS48-RET-CARD-CONSENT");

        // Consent ending before the archive end (2025-02-05T10:00Z) leaves the archive running.
        var earlyEnd = new PaymentCardFacts(completion, keptForLaterPurchases: true, expiresAt: At("2024-06-01T00:00:00Z"));
        Expect(Ns2016.DecideCardRetention(earlyEnd, At("2024-07-01T00:00:00Z")), RetentionVerdict.Archive, At("2025-02-05T10:00:00Z"), null, "NS48-RET-CARD-DISPUTE");
    }

    // At the due instant the action is due (RULES.md, "At now ≥ due, the action is due").
    [Fact]
    public void OwnClockRetentions_AtTheDueInstant_TheActionIsDue()
    {
        // Tracker 2024-01-31 13:00 CET + 13 months = 2025-02-28 12:00Z; objection 2024-02-29 + 3 years = 2027-02-28 12:00Z.
        var setAt = At("2024-01-31T12:00:00Z");
        var trackerEnd = At("2025-02-28T12:00:00Z");
        var objected = At("2024-02-29T12:00:00Z");
        var minimumEnd = At("2027-02-28T12:00:00Z");

        Expect(Ns2016.DecideTrackerRetention(setAt, trackerEnd - Duration.Epsilon), RetentionVerdict.Keep, trackerEnd, null, "NS48-RET-TRACKER-13M");
        Expect(Ns2016.DecideTrackerRetention(setAt, trackerEnd), RetentionVerdict.Purge, null, trackerEnd, "NS48-RET-TRACKER-13M");
        Expect(Ns2016.DecideTrackerRetention(setAt, setAt), RetentionVerdict.Keep, trackerEnd, null, "NS48-RET-TRACKER-13M");
        Expect(Ns2016.DecideObjectionListRetention(objected, minimumEnd - Duration.Epsilon), RetentionVerdict.Keep, minimumEnd, null, "NS48-RET-OBJECTION-LIST-3Y");
        Expect(Ns2016.DecideObjectionListRetention(objected, minimumEnd), RetentionVerdict.Keep, null, null, "NS48-RET-OBJECTION-LIST-3Y");
        Assert.Equal(Messages.ObjectionListKeepBeyond, Ns2016.DecideObjectionListRetention(objected, minimumEnd).Reasons.Single().Message);
        Assert.Equal(Messages.ObjectionListKeepMinimum, Ns2016.DecideObjectionListRetention(objected, objected).Reasons.Single().Message);
        Assert.Equal("objectedAt", Assert.Throws<ArgumentException>(() => Ns2016.DecideObjectionListRetention(objected + Duration.Epsilon, objected)).ParamName);

        // Account: last activity 2023-06-01 12:00 CEST + 2 years = 2025-06-01T10:00Z; a warning at the last activity
        // or at now counts, and the purge is since the later of the two years and the warning.
        var lastActivity = At("2023-06-01T10:00:00Z");
        var due = At("2025-06-01T10:00:00Z");
        var now = At("2025-07-01T00:00:00Z");
        Expect(Ref2021.DecideAccountRetention(lastActivity, null, due - Duration.Epsilon), RetentionVerdict.Keep, due, null, "NS48-RET-ACCOUNT-INACTIVE-2Y");
        Expect(Ref2021.DecideAccountRetention(lastActivity, null, due), RetentionVerdict.AskBeforePurge, null, null, "NS48-RET-ACCOUNT-INACTIVE-2Y");
        Expect(Ref2021.DecideAccountRetention(lastActivity, lastActivity, now), RetentionVerdict.Purge, null, due, "NS48-RET-ACCOUNT-INACTIVE-2Y");
        Expect(Ref2021.DecideAccountRetention(lastActivity, lastActivity - Duration.Epsilon, now), RetentionVerdict.AskBeforePurge, null, null, "NS48-RET-ACCOUNT-INACTIVE-2Y");
        Expect(Ref2021.DecideAccountRetention(lastActivity, now, now), RetentionVerdict.Purge, null, now, "NS48-RET-ACCOUNT-INACTIVE-2Y");
        Expect(Ref2021.DecideAccountRetention(lastActivity, now + Duration.Epsilon, now), RetentionVerdict.AskBeforePurge, null, null, "NS48-RET-ACCOUNT-INACTIVE-2Y");
    }

    // Each own-clock question names, when refused, the edition, the rule it lacks and what was asked.
    [Fact]
    public void OwnClockRetentions_EditionWithoutTheRule_ThrowsNamingEditionRuleAndQuestion()
    {
        var instant = At("2024-01-31T12:00:00Z");

        var card = Assert.Throws<InvalidOperationException>(() => new Norme48Evaluator().DecideCardRetention(new PaymentCardFacts(instant), instant));
        var tracker = Assert.Throws<InvalidOperationException>(() => Ref2021.DecideTrackerRetention(instant, instant));
        var objectionList = Assert.Throws<InvalidOperationException>(() => new Norme48Evaluator().DecideObjectionListRetention(instant, instant));
        var account = Assert.Throws<InvalidOperationException>(() => Ns2016.DecideAccountRetention(instant, null, instant));

        Said(card, "ns48-2005", "NS48-RET-CARD-DISPUTE", "card retention");
        Said(tracker, "ref-2021", "NS48-RET-TRACKER-13M", "tracker retention");
        Said(objectionList, "ns48-2005", "NS48-RET-OBJECTION-LIST-3Y", "objection-list retention");
        Said(account, "ns48-2016", "NS48-RET-ACCOUNT-INACTIVE-2Y", "account retention");

        static void Said(InvalidOperationException exception, string edition, string rule, string question)
        {
            Assert.StartsWith($"Edition {edition} has no rule {rule}", exception.Message, StringComparison.Ordinal);
            Assert.Contains($"{question} is not decided", exception.Message, StringComparison.Ordinal);
        }
    }

    // RULES.md, "Range": the evaluators throw ArgumentOutOfRangeException naming the parameter outside the range.
    [Fact]
    public void OwnClockRetentions_InstantOutsideTheRange_ThrowNamingIt()
    {
        var inside = At("2024-01-31T12:00:00Z");
        var tooLate = Norme48Evaluator.LatestInstant + Duration.Epsilon;
        var tooEarly = Norme48Evaluator.EarliestInstant - Duration.Epsilon;

        string Name(Action action) => Assert.Throws<ArgumentOutOfRangeException>(action).ParamName!;

        Assert.Equal("now", Name(() => Ns2016.DecideCardRetention(new PaymentCardFacts(inside), tooLate)));
        Assert.Equal("now", Name(() => Ns2016.DecideCardRetention(new PaymentCardFacts(), tooEarly)));
        Assert.Equal("setAt", Name(() => Ns2016.DecideTrackerRetention(tooEarly, inside)));
        Assert.Equal("now", Name(() => Ns2016.DecideTrackerRetention(inside, tooLate)));
        Assert.Equal("objectedAt", Name(() => Ns2016.DecideObjectionListRetention(tooEarly, inside)));
        Assert.Equal("now", Name(() => Ref2021.DecideObjectionListRetention(inside, tooLate)));
        Assert.Equal("lastActivityAt", Name(() => Ref2021.DecideAccountRetention(tooEarly, null, inside)));
        Assert.Equal("warnedAt", Name(() => Ref2021.DecideAccountRetention(inside, tooLate, inside)));
        Assert.Equal("now", Name(() => Ref2021.DecideAccountRetention(inside, null, tooLate)));
    }

    // DecideTrackerRetention's docs: setAt after now is an ArgumentException naming setAt.
    [Fact]
    public void DecideTrackerRetention_SetAfterNow_SaysSo()
    {
        var exception = Assert.Throws<ArgumentException>(() => Ns2016.DecideTrackerRetention(At("2025-01-01T00:00:00Z"), At("2024-12-01T00:00:00Z")));

        Assert.Equal("setAt", exception.ParamName);
        Assert.StartsWith("setAt lies after now.", exception.Message, StringComparison.Ordinal);
    }

    // The card number and, under ns48-2016, connection data run on their own clocks: the refusal names the question to ask.
    [Fact]
    public void DecideRetention_CardNumberOrTrackerData_TheRefusalNamesTheQuestionToAsk()
    {
        var client = new Subject(SubjectStatus.Client, At("2020-01-01T00:00:00Z"));
        var now = At("2022-01-01T00:00:00Z");

        var card = Assert.Throws<ArgumentException>(() => Ref2021.DecideRetention(DataField.BankCardNumber, client, now));
        var tracker = Assert.Throws<ArgumentException>(() => Ns2016.DecideRetention(DataField.IpAddress, client, now));

        Assert.StartsWith("Under ref-2021 the bank card number follows NS48-RET-CARD-*", card.Message, StringComparison.Ordinal);
        Assert.Contains("ask DecideCardRetention.", card.Message, StringComparison.Ordinal);
        Assert.StartsWith("Under ns48-2016 connection data follow NS48-RET-TRACKER-13M", tracker.Message, StringComparison.Ordinal);
        Assert.Contains("ask DecideTrackerRetention.", tracker.Message, StringComparison.Ordinal);
    }

    // RULES.md: from ns48-2016 the consequences of not answering and the recipients may be told otherwise: each missing
    // one is its own advisory, naming it, in the norm's order.
    [Fact]
    public void CheckNotice_LaterEditionsBothOptionalItemsMissing_OneAdvisoryEach()
    {
        var form = new NoticeForm([NoticeItem.ControllerIdentity, NoticeItem.Purposes, NoticeItem.MandatoryOrOptional, NoticeItem.Rights]);

        foreach (var evaluator in new[] { Ns2016, Ref2021 })
        {
            var decision = evaluator.CheckNotice(form);

            Assert.Equal(NoticeVerdict.Compliant, decision.Verdict);
            Assert.Empty(decision.Violations);
            Assert.Equal(2, decision.Advisories.Count);
            Assert.Contains("consequences-of-no-answer", decision.Advisories[0].Message.English, StringComparison.Ordinal);
            Assert.Contains("recipients", decision.Advisories[1].Message.English, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void DecideTrackerRetention_Ns2016_ThirteenMonthsFromTheSettingClampedToTheMonthEnd()
    {
        // 2024-01-31 13:00 CET + 13 months = 2025-02-31 → 2025-02-28 13:00 CET = 12:00Z.
        var setAt = At("2024-01-31T12:00:00Z");

        Expect(Ns2016.DecideTrackerRetention(setAt, At("2024-12-01T00:00:00Z")), RetentionVerdict.Keep, At("2025-02-28T12:00:00Z"), null, "NS48-RET-TRACKER-13M");
        Expect(Ns2016.DecideTrackerRetention(setAt, At("2025-03-01T00:00:00Z")), RetentionVerdict.Purge, null, At("2025-02-28T12:00:00Z"), "NS48-RET-TRACKER-13M");
        Assert.Throws<InvalidOperationException>(() => Ref2021.DecideTrackerRetention(setAt, At("2024-12-01T00:00:00Z")));
        Assert.Equal("setAt", Assert.Throws<ArgumentException>(() => Ns2016.DecideTrackerRetention(At("2025-01-01T00:00:00Z"), At("2024-12-01T00:00:00Z"))).ParamName);
    }

    [Fact]
    public void DecideObjectionListRetention_KeepsAtLeastThreeYears()
    {
        // 2024-02-29 13:00 CET + 3 years = 2027-02-28 13:00 CET = 12:00Z.
        var objected = At("2024-02-29T12:00:00Z");

        Expect(Ref2021.DecideObjectionListRetention(objected, At("2026-01-01T00:00:00Z")), RetentionVerdict.Keep, At("2027-02-28T12:00:00Z"), null, "NS48-RET-OBJECTION-LIST-3Y");
        Expect(Ns2016.DecideObjectionListRetention(objected, At("2028-01-01T00:00:00Z")), RetentionVerdict.Keep, null, null, "NS48-RET-OBJECTION-LIST-3Y");
    }

    [Fact]
    public void DecideAccountRetention_Ref2021_TwoYearsThenWarnThenPurge()
    {
        // Last activity 2023-06-01 12:00 CEST + 2 years = 2025-06-01 12:00 CEST = 10:00Z.
        var lastActivity = At("2023-06-01T10:00:00Z");
        var due = At("2025-06-01T10:00:00Z");

        Expect(Ref2021.DecideAccountRetention(lastActivity, null, At("2025-01-01T00:00:00Z")), RetentionVerdict.Keep, due, null, "NS48-RET-ACCOUNT-INACTIVE-2Y");
        Expect(Ref2021.DecideAccountRetention(lastActivity, null, At("2025-07-01T00:00:00Z")), RetentionVerdict.AskBeforePurge, null, null, "NS48-RET-ACCOUNT-INACTIVE-2Y");
        Expect(Ref2021.DecideAccountRetention(lastActivity, At("2025-06-15T00:00:00Z"), At("2025-07-01T00:00:00Z")), RetentionVerdict.Purge, null, At("2025-06-15T00:00:00Z"), "NS48-RET-ACCOUNT-INACTIVE-2Y");
        Expect(Ref2021.DecideAccountRetention(lastActivity, At("2025-05-01T00:00:00Z"), At("2025-07-01T00:00:00Z")), RetentionVerdict.Purge, null, due, "NS48-RET-ACCOUNT-INACTIVE-2Y");

        // A warning before the last activity does not count.
        Expect(Ref2021.DecideAccountRetention(lastActivity, At("2023-05-01T00:00:00Z"), At("2025-07-01T00:00:00Z")), RetentionVerdict.AskBeforePurge, null, null, "NS48-RET-ACCOUNT-INACTIVE-2Y");
        Assert.Throws<InvalidOperationException>(() => Ns2016.DecideAccountRetention(lastActivity, null, At("2025-01-01T00:00:00Z")));
    }

    // DecideAccountRetention's docs: "lastActivityAt lies after now" is an ArgumentException naming it.
    [Fact]
    public void DecideAccountRetention_LastActivityAfterNow_ThrowsNamingLastActivityAt()
    {
        var exception = Assert.Throws<ArgumentException>(
            () => Ref2021.DecideAccountRetention(At("2025-01-01T00:00:00.000000001Z"), null, At("2025-01-01T00:00:00Z")));

        Assert.Equal("lastActivityAt", exception.ParamName);
        Assert.StartsWith("lastActivityAt lies after now.", exception.Message, StringComparison.Ordinal);

        // At now itself the account is just active: kept two years (2025-01-01 01:00 CET + 2 years = 2027-01-01 00:00Z).
        Expect(Ref2021.DecideAccountRetention(At("2025-01-01T00:00:00Z"), null, At("2025-01-01T00:00:00Z")),
            RetentionVerdict.Keep, At("2027-01-01T00:00:00Z"), null, "NS48-RET-ACCOUNT-INACTIVE-2Y");
    }

    // RULES.md, NS48-SCOPE-SECTOR: outside the norm's sectors every retention answers out-of-scope, citing it alone.
    [Fact]
    public void OwnClockRetentions_SectorOutsideTheNorm_AreOutOfScopeCitingTheSectorRuleAlone()
    {
        var setAt = At("2024-01-31T12:00:00Z");
        var now = At("2028-01-01T00:00:00Z");

        var account = Ref2021.DecideAccountRetention(setAt, null, now, Sector.Banking);
        var tracker = Ns2016.DecideTrackerRetention(setAt, now, Sector.Health);
        var objectionList = Ref2021.DecideObjectionListRetention(setAt, now, Sector.OnlineGambling);
        var card = Ns2016.DecideCardRetention(new PaymentCardFacts(setAt), now, sector: Sector.Insurance);

        foreach (var decision in new[] { account, tracker, objectionList, card })
        {
            Expect(decision, RetentionVerdict.OutOfScope, null, null, "NS48-SCOPE-SECTOR");
        }

        Assert.Same(Edition.Ref2021, account.Edition);
        Assert.Same(Edition.Ns2016, tracker.Edition);
    }

    [Fact]
    public void DecideRetention_Ns2016BeforeTheAmendment_CarriesAnEditionNote()
    {
        var prospect = Subject.FromEvents(SubjectStatus.Prospect, [], At("2016-01-01T00:00:00Z"));
        var before = Ns2016.DecideRetention(DataField.LastName, prospect, At("2016-09-13T21:59:59Z")); // 23:59:59 CEST
        var from = Ns2016.DecideRetention(DataField.LastName, prospect, At("2016-09-13T22:00:00Z")); // 2016-09-14 00:00 CEST

        Assert.Equal(["edition-note"], before.Advisories.Select(a => a.Kind).ToArray());
        Assert.Contains("2016-09-14", before.Advisories[0].Message.English, StringComparison.Ordinal);
        Assert.Empty(from.Advisories);
    }

    [Fact]
    public void MayCollect_LaterEditions_CarryTheUnconfirmedListAdvisory()
    {
        foreach (var evaluator in new[] { Ns2016, Ref2021 })
        {
            var listed = evaluator.MayCollect(DataField.LastName, ProcessingPurpose.Orders);
            var nir = evaluator.MayCollect(DataField.Nir, ProcessingPurpose.Orders);
            var shared = evaluator.MayShare(DataField.LastName, Recipient.CommercialStaff);
            var transfer = evaluator.MayTransfer(DataField.ChequeNumber, TransferMode.Rental, new TransferConditions(true, true, false));

            Assert.True(listed.IsAllowed);
            Assert.Equal([(RuleId.DataListed, "unconfirmed")], listed.Advisories.Select(a => (a.Rule.Id, a.Kind)).ToArray());
            Assert.Equal([(RuleId.RecipientAccess, "unconfirmed")], shared.Advisories.Select(a => (a.Rule.Id, a.Kind)).ToArray());
            Assert.Equal([(RuleId.TransferOther, "unconfirmed")], transfer.Advisories.Select(a => (a.Rule.Id, a.Kind)).ToArray());
            Assert.Empty(nir.Advisories);
            Assert.Same(evaluator.Edition, listed.Reasons[0].Rule.Edition);
        }

        Assert.Empty(new Norme48Evaluator().MayCollect(DataField.LastName, ProcessingPurpose.Orders).Advisories);
        Assert.Equal(RuleStrength.Recommended, Ref2021.MayCollect(DataField.LastName, ProcessingPurpose.Orders).Reasons[0].Strength);
        Assert.Equal(RuleStrength.Mandatory, Ns2016.MayCollect(DataField.LastName, ProcessingPurpose.Orders).Reasons[0].Strength);
    }

    [Fact]
    public void MayCollect_ExcludedUsesAndSectors_FollowEachEdition()
    {
        var gambling = Sector.OnlineGambling;

        Assert.Equal([RuleId.ScopeExcludedUse], new Norme48Evaluator().MayCollect(DataField.LastName, ProcessingPurpose.SharedLoyaltyProgramme).Rules);
        Assert.True(Ns2016.MayCollect(DataField.LastName, ProcessingPurpose.SharedLoyaltyProgramme).IsAllowed);
        Assert.True(Ref2021.MayCollect(DataField.LastName, ProcessingPurpose.SharedLoyaltyProgramme).IsAllowed);
        Assert.Equal([RuleId.ScopeExcludedUse], Ref2021.MayCollect(DataField.LastName, ProcessingPurpose.FraudDetection).Rules);
        Assert.Equal([RuleId.ScopeExcludedUse], Ns2016.MayCollect(DataField.LastName, ProcessingPurpose.ExclusionFromRight).Rules);
        Assert.Contains("ref-2021", Assert.Throws<ArgumentException>(() => Ns2016.MayCollect(DataField.LastName, ProcessingPurpose.FraudDetection)).Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => Ref2021.MayCollect(DataField.LastName, ProcessingPurpose.OppositionListUpdate));
        Assert.True(Ns2016.MayCollect(DataField.LastName, ProcessingPurpose.OppositionListUpdate).IsAllowed);
        Assert.Equal([RuleId.ScopeSector], Ns2016.MayCollect(DataField.LastName, ProcessingPurpose.Orders, gambling).Rules);
        Assert.Contains("gambling", Ns2016.MayCollect(DataField.LastName, ProcessingPurpose.Orders, gambling).Reasons[0].Message.English, StringComparison.Ordinal);
        Assert.Contains("fraud", Ref2021.MayCollect(DataField.LastName, ProcessingPurpose.FraudDetection).Reasons[0].Message.English, StringComparison.Ordinal);
        Assert.DoesNotContain("loyalty", Ns2016.MayCollect(DataField.LastName, ProcessingPurpose.ExclusionFromRight).Reasons[0].Message.English, StringComparison.Ordinal);
        Assert.True(new Norme48Evaluator().MayCollect(DataField.LastName, ProcessingPurpose.Orders, gambling).IsAllowed);
    }

    [Theory]
    [InlineData(SubjectStatus.Client, Audience.Consumer, false, true, false, "NS48-PROSP-SOFT-OPT-IN")]
    [InlineData(SubjectStatus.Client, Audience.Consumer, true, false, false, "NS48-PROSP-SOFT-OPT-IN")]
    [InlineData(SubjectStatus.Client, Audience.Consumer, true, true, true, "NS48-PROSP-SOFT-OPT-IN")]
    [InlineData(SubjectStatus.Prospect, Audience.Professional, false, true, true, "NS48-PROSP-B2B")]
    [InlineData(SubjectStatus.Prospect, Audience.Professional, false, false, false, "NS48-PROSP-B2B")]
    [InlineData(SubjectStatus.Client, Audience.Professional, false, false, false, "NS48-PROSP-SOFT-OPT-IN", "NS48-PROSP-B2B")]
    [InlineData(SubjectStatus.Client, Audience.Professional, false, true, true, "NS48-PROSP-B2B")]
    [InlineData(SubjectStatus.Prospect, Audience.Consumer, true, true, false, "NS48-PROSP-E-CONSENT")]
    public void MaySolicit_EmailWithoutConsent_TheLaterExceptions(SubjectStatus status, Audience audience, bool analogous, bool offered, bool allowed, params string[] rules)
    {
        var subject = new Subject(status, prospecting: new ProspectingFacts(analogousProducts: analogous, objectionOfferedAtCollection: offered));

        foreach (var evaluator in new[] { Ns2016, Ref2021 })
        {
            var decision = evaluator.MaySolicit(ProspectingChannel.Email, audience, subject);

            Assert.Equal(allowed, decision.IsAllowed);
            Assert.Equal(rules, decision.Rules.Select(r => r.ToId()).ToArray());
            Assert.Equal(RuleStrength.Mandatory, decision.Reasons[0].Strength);
        }
    }

    // RULES.md, "Prospecting channels": the soft opt-in needs analogous products and an objection offered; a denial
    // says which condition fails (products not analogous, no objection offered, or both), and a client addressed as a
    // professional is also denied under NS48-PROSP-B2B when they could not object.
    [Theory]
    [InlineData(SubjectStatus.Client, Audience.Consumer, false, true, 0)]
    [InlineData(SubjectStatus.Client, Audience.Consumer, true, false, 1)]
    [InlineData(SubjectStatus.Client, Audience.Consumer, false, false, 2)]
    [InlineData(SubjectStatus.Client, Audience.Professional, true, false, 1)]
    [InlineData(SubjectStatus.Client, Audience.Professional, false, false, 2)]
    public void MaySolicit_SoftOptInFails_SaysWhichConditionFails(SubjectStatus status, Audience audience, bool analogous, bool offered, int failing)
    {
        LocalizedText[] expected =
        [
            Messages.SoftOptInNotAnalogous,
            Messages.SoftOptInNoObjection,
            new(Messages.SoftOptInNotAnalogous.English + " " + Messages.SoftOptInNoObjection.English,
                Messages.SoftOptInNotAnalogous.French + " " + Messages.SoftOptInNoObjection.French),
        ];
        var subject = new Subject(status, prospecting: new ProspectingFacts(analogousProducts: analogous, objectionOfferedAtCollection: offered));

        foreach (var evaluator in new[] { Ns2016, Ref2021 })
        {
            var decision = evaluator.MaySolicit(ProspectingChannel.Sms, audience, subject);

            Assert.False(decision.IsAllowed);
            Assert.Equal(RuleId.ProspectingSoftOptIn, decision.Reasons[0].RuleId);
            Assert.Equal(expected[failing], decision.Reasons[0].Message);
            if (audience == Audience.Professional)
            {
                Assert.Equal([RuleId.ProspectingSoftOptIn, RuleId.ProspectingBusinessToBusiness], decision.Rules);
                Assert.Equal(Messages.BusinessToBusinessDenied, decision.Reasons[1].Message);
            }
            else
            {
                Assert.Equal([RuleId.ProspectingSoftOptIn], decision.Rules);
            }
        }
    }

    // The allowed exceptions and the 2016 texts of consent, opt-out and no consent.
    [Fact]
    public void MaySolicit_LaterEditions_CarryTheLaterMessages()
    {
        var offeredAnalogousClient = new Subject(SubjectStatus.Client, prospecting: new ProspectingFacts(analogousProducts: true, objectionOfferedAtCollection: true));
        var offeredProspect = new Subject(SubjectStatus.Prospect, prospecting: new ProspectingFacts(objectionOfferedAtCollection: true));
        var consenting = new Subject(SubjectStatus.Prospect, prospecting: new ProspectingFacts(consent: true));
        var prospect = new Subject(SubjectStatus.Prospect);

        foreach (var evaluator in new[] { Ns2016, Ref2021 })
        {
            Assert.Equal(Messages.SoftOptInAllowed, evaluator.MaySolicit(ProspectingChannel.Email, Audience.Professional, offeredAnalogousClient).Reasons.Single().Message);
            Assert.Equal(Messages.BusinessToBusinessAllowed, evaluator.MaySolicit(ProspectingChannel.Email, Audience.Professional, offeredProspect).Reasons.Single().Message);
            Assert.Equal(Messages.BusinessToBusinessDenied, evaluator.MaySolicit(ProspectingChannel.Email, Audience.Professional, prospect).Reasons.Single().Message);
            Assert.Equal(Messages.SolicitConsentExpress, evaluator.MaySolicit(ProspectingChannel.Fax, Audience.Consumer, consenting).Reasons.Single().Message);
            Assert.Equal(Messages.SolicitNoConsentLater, evaluator.MaySolicit(ProspectingChannel.Fax, Audience.Consumer, offeredProspect).Reasons.Single().Message);
            Assert.Equal(Messages.SolicitOptOutLater, evaluator.MaySolicit(ProspectingChannel.Postal, Audience.Consumer, prospect).Reasons.Single().Message);
        }
    }

    // RULES.md: the 2016 changes applied from 2016-09-14, read as the Europe/Paris date (00:00 CEST = 2016-09-13T22:00Z);
    // the note is carried on the decision's rule.
    [Fact]
    public void MaySolicit_Ns2016AroundTheAmendmentDay_NotesOnlyBeforeItInParisTime()
    {
        var subject = new Subject(SubjectStatus.Prospect, prospecting: new ProspectingFacts(consent: true));

        var lastDay = Ns2016.MaySolicit(ProspectingChannel.Email, Audience.Consumer, subject, At("2016-09-13T21:59:59Z"));
        var firstDay = Ns2016.MaySolicit(ProspectingChannel.Email, Audience.Consumer, subject, At("2016-09-13T22:00:00Z"));
        var ref2021 = Ref2021.MaySolicit(ProspectingChannel.Email, Audience.Consumer, subject, At("2014-01-01T00:00:00Z"));

        var note = Assert.Single(lastDay.Advisories);
        Assert.Equal("edition-note", note.Kind);
        Assert.Null(note.Since);
        Assert.Same(lastDay.Reasons[0].Rule, note.Rule);
        Assert.Equal(Messages.EditionNote2012, note.Message);
        Assert.Empty(firstDay.Advisories);
        Assert.Empty(ref2021.Advisories);
        Assert.Equal([RuleId.ProspectingElectronicConsent], lastDay.Rules);
    }

    [Fact]
    public void MaySolicit_PhoneToAConsumerUnderRef2021_NeedsConsentFromTheEleventhOfAugust2026ParisTime()
    {
        var withoutConsent = new Subject(SubjectStatus.Prospect);
        var withConsent = new Subject(SubjectStatus.Prospect, prospecting: new ProspectingFacts(consent: true));
        var lastDay = At("2026-08-10T21:59:59Z"); // 23:59:59 CEST
        var firstDay = At("2026-08-10T22:00:00Z"); // 2026-08-11 00:00 CEST

        Assert.Equal([RuleId.ProspectingOptOut], Ref2021.MaySolicit(ProspectingChannel.Phone, Audience.Consumer, withoutConsent, lastDay).Rules);
        var denied = Ref2021.MaySolicit(ProspectingChannel.Phone, Audience.Consumer, withoutConsent, firstDay);
        Assert.False(denied.IsAllowed);
        Assert.Equal([RuleId.ProspectingPhoneConsent], denied.Rules);
        var allowed = Ref2021.MaySolicit(ProspectingChannel.Phone, Audience.Consumer, withConsent, firstDay);
        Assert.True(allowed.IsAllowed);
        Assert.Equal([RuleId.ProspectingPhoneConsent], allowed.Rules);
        var noInstant = Assert.Throws<ArgumentException>(() => Ref2021.MaySolicit(ProspectingChannel.Phone, Audience.Consumer, withConsent));
        Assert.Equal("at", noInstant.ParamName);
        Assert.StartsWith("Under ref-2021, telephone prospecting of a consumer needs prior consent from 2026-08-11", noInstant.Message, StringComparison.Ordinal);

        // A professional, postal mail, and ns48-2016 never need the date.
        Assert.Equal([RuleId.ProspectingOptOut], Ref2021.MaySolicit(ProspectingChannel.Phone, Audience.Professional, withoutConsent).Rules);
        Assert.Equal([RuleId.ProspectingOptOut], Ns2016.MaySolicit(ProspectingChannel.Phone, Audience.Consumer, withoutConsent).Rules);
        Assert.Equal([RuleId.ProspectingObjected], Ref2021.MaySolicit(ProspectingChannel.Phone, Audience.Consumer, new Subject(SubjectStatus.Client, prospecting: new ProspectingFacts(consent: true, objected: true)), firstDay).Rules);
    }

    [Fact]
    public void MaySolicit_Ns2016BeforeTheAmendment_CarriesAnEditionNote()
    {
        var subject = new Subject(SubjectStatus.Prospect, prospecting: new ProspectingFacts(consent: true));

        var before = Ns2016.MaySolicit(ProspectingChannel.Email, Audience.Consumer, subject, At("2014-01-01T00:00:00Z"));
        var after = Ns2016.MaySolicit(ProspectingChannel.Email, Audience.Consumer, subject, At("2017-01-01T00:00:00Z"));

        Assert.Equal(["edition-note"], before.Advisories.Select(a => a.Kind).ToArray());
        Assert.Empty(after.Advisories);
        Assert.Equal(before.Rules, after.Rules);
    }

    [Fact]
    public void CheckNotice_LaterEditions_FourItemsOnTheFormTwoAsAdvisoriesAndNoTrackersInRef2021()
    {
        var withoutRecipients = new NoticeForm([NoticeItem.ControllerIdentity, NoticeItem.Purposes, NoticeItem.MandatoryOrOptional, NoticeItem.ConsequencesOfNoAnswer, NoticeItem.Rights]);
        var withoutRights = new NoticeForm([NoticeItem.ControllerIdentity, NoticeItem.Purposes, NoticeItem.MandatoryOrOptional, NoticeItem.ConsequencesOfNoAnswer, NoticeItem.Recipients]);
        var all = Enum.GetValues<NoticeItem>();
        var trackers = new NoticeForm(all, trackers: true, trackersNotice: false);

        var advised = Ns2016.CheckNotice(withoutRecipients);
        Assert.Equal(NoticeVerdict.Compliant, advised.Verdict);
        Assert.Single(advised.Advisories);
        Assert.Contains("recipients", advised.Advisories[0].Message.English, StringComparison.Ordinal);
        Assert.Contains("recipients", advised.Advisories[0].Message.French, StringComparison.Ordinal);
        Assert.Equal(RuleId.InfoNotice, advised.Advisories[0].Rule.Id);
        Assert.Same(Edition.Ns2016, advised.Advisories[0].Rule.Edition);
        Assert.Equal(NoticeVerdict.NonCompliant, new Norme48Evaluator().CheckNotice(withoutRecipients).Verdict);

        var missing = Ref2021.CheckNotice(withoutRights);
        Assert.Equal(NoticeVerdict.NonCompliant, missing.Verdict);
        Assert.Equal([(RuleId.InfoNotice, "rights")], missing.Violations.Select(v => (v.Rule, v.Item)).ToArray());

        Assert.Equal(NoticeVerdict.Compliant, Ref2021.CheckNotice(trackers).Verdict);
        Assert.Equal([RuleId.InfoCookies], Ns2016.CheckNotice(trackers).Rules);
    }

    // The README's "Which edition to use today" example, as written there.
    [Fact]
    public void Readme_WhichEditionToday_ExampleAnswersAsDocumented()
    {
        var today = new Norme48Evaluator(Edition.Ref2021);
        var prospect = Subject.FromEvents(SubjectStatus.Prospect,
            [new SubjectEvent(SubjectEventType.EmailOpen, Instant.FromUtc(2025, 6, 1, 8, 0))],
            collectedAt: Instant.FromUtc(2023, 3, 15, 10, 0),
            prospecting: new ProspectingFacts(answerWindowDays: 30));
        var card = new PaymentCardFacts(transactionCompletedAt: Instant.FromUtc(2026, 1, 5, 10, 0), debitedAt: Instant.FromUtc(2026, 1, 7, 23, 0));

        Assert.Equal(
            "ask-before-purge until 2026-04-14T09:00:00Z (NS48-RET-PROSPECT-RECONTACT)",
            today.DecideRetention(DataField.EmailAddress, prospect, Instant.FromUtc(2026, 3, 20, 0, 0)).ToString());
        Assert.Equal(
            "denied (NS48-PROSP-PHONE-CONSENT)",
            today.MaySolicit(ProspectingChannel.Phone, Audience.Consumer, new Subject(SubjectStatus.Prospect), at: Instant.FromUtc(2026, 11, 28, 9, 0)).ToString());
        Assert.Equal(
            "archive until 2027-02-07T23:00:00Z (NS48-RET-CARD-DISPUTE)",
            today.DecideCardRetention(card, Instant.FromUtc(2026, 6, 1, 0, 0)).ToString());
    }

    // RULES.md, "Choosing an edition by date", at the Europe/Paris midnights that bound each period (CEST, UTC+2).
    [Theory]
    [InlineData("2005-06-06T21:59:59Z", null)]
    [InlineData("2005-06-06T22:00:00Z", "ns48-2005")]
    [InlineData("2012-07-12T21:59:59Z", "ns48-2005")]
    [InlineData("2012-07-12T22:00:00Z", "ns48-2016")]
    [InlineData("2016-09-14T12:00:00Z", "ns48-2016")]
    [InlineData("2018-05-24T21:59:59Z", "ns48-2016")]
    [InlineData("2018-05-24T22:00:00Z", null)]
    [InlineData("2022-04-09T21:59:59Z", null)]
    [InlineData("2022-04-09T22:00:00Z", "ref-2021")]
    [InlineData("2026-11-28T12:00:00Z", "ref-2021")]
    public void InForceAt_BoundariesInParisTime_ChooseTheEditionOrNone(string instant, string? expected)
    {
        Assert.Equal(expected, Edition.InForceAt(At(instant))?.Id);
    }

    [Fact]
    public void RetentionPolicies_LaterEditions_HoldTheirPeriods()
    {
        var ns2016 = Ns2016.RetentionPolicies;
        var ref2021 = Ref2021.RetentionPolicies;

        Assert.Equal(Period.FromYears(3), ns2016.Single(p => p.Rule == RuleId.RetentionProspectThreeYears).Period);
        Assert.Equal(RetentionEndAction.AskThenPurge, ns2016.Single(p => p.Rule == RuleId.RetentionProspectThreeYears).Action);
        Assert.Equal(Period.FromMonths(13), ns2016.Single(p => p.Rule == RuleId.RetentionTracker13Months).Period);
        Assert.DoesNotContain(ref2021, p => p.Rule == RuleId.RetentionTracker13Months);
        Assert.Equal(Period.FromYears(2), ref2021.Single(p => p.Rule == RuleId.RetentionAccountInactiveTwoYears).Period);
        Assert.True(ref2021.Single(p => p.Rule == RuleId.RetentionObjectionListThreeYears).IsMinimum);
        Assert.DoesNotContain(ns2016, p => p.Rule is RuleId.RetentionProspectOneYear or RuleId.RetentionProspectTwoUnanswered);
        Assert.All(ns2016.Concat(ref2021), p => Assert.True(p.Rule is { } rule && (Ns2016.Rulebook.Contains(rule) || Ref2021.Rulebook.Contains(rule))));
    }
}
