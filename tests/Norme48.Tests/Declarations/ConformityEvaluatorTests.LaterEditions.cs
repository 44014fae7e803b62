using System;
using System.Linq;
using NodaTime;
using Norme48.Declarations;
using Norme48.Evaluation;
using Norme48.Prospecting;
using Norme48.Retention;
using Norme48.Rules;
using Norme48.Vocabulary;
using Xunit;

namespace Norme48.Tests.Declarations;

/// <summary>
/// The report under ns48-2016 and ref-2021: RULES.md, "Security 2016 (art. 8)" ("a declaration attests each of these; a
/// missing one is a violation"), "Transfers abroad 2016 (art. 9)" ("repetitive, massive or structural transfers are
/// outside the norm"), the later retention policies, the soft opt-in, the telephone from 2026-08-11, form advisories.
/// </summary>
public sealed partial class ConformityEvaluatorTests
{
    private static SecurityMeasures LaterSecurity(
        bool authentication = true, bool passwords = true, bool transit = true, bool traced = true, bool remoteCardPayments = true) =>
        new(dataProtection: false, onlineService: true, onlineAccessProtection: false, remoteCardPayments, securePayment: false,
            individualAuthentication: authentication, passwordsNotInClear: passwords, encryptedTransit: transit, paymentAccessTraced: traced);

    /// <summary>The compliant shop, declared under a later edition with the art. 8 measures (and none of the 2005 ones).</summary>
    private static DeclarationDraft LaterShop(Edition edition)
    {
        var draft = DeclarationDraft.CompliantShop();
        draft.Edition = edition;
        draft.Security = LaterSecurity();
        draft.RetentionPolicies.RemoveAll(p => p.Status == SubjectStatus.Prospect);
        draft.RetentionPolicies.Add(Prospect(Period.FromYears(3)));
        return draft;
    }

    private static ConformityReport EvaluateUnder(Edition edition, DeclarationDraft draft, Instant? asOf = null) =>
        new ConformityEvaluator(new Norme48Evaluator(edition)).Evaluate(draft.Build(), asOf);

    private static Edition Of(string id) => Edition.Parse(id);

    private static void AssertLaterViolation(ConformityReport report, Edition edition, string rule, DeclarationPart part, string subject)
    {
        Assert.Equal(ConformityVerdict.NonCompliant, report.Verdict);
        Assert.Same(edition, report.Edition);
        var violation = Assert.Single(report.Violations);
        Assert.Equal((rule, part, subject), (violation.Rule.Code, violation.Part, violation.Subject));
        Assert.Same(edition, violation.Rule.Edition);
        ReportAssert.Bilingual(violation.Message);
        ReportAssert.Bilingual(violation.Fix);
    }

    private static void AssertLaterCompliant(ConformityReport report, Edition edition)
    {
        Assert.Empty(report.Violations);
        Assert.Equal(ConformityVerdict.Compliant, report.Verdict);
        Assert.Same(edition, report.Edition);
    }

    [Theory]
    [InlineData("ns48-2016")]
    [InlineData("ref-2021")]
    public void Evaluate_LaterShopWithEveryArt8Measure_Compliant(string id)
    {
        var edition = Of(id);

        var report = EvaluateUnder(edition, LaterShop(edition));

        AssertLaterCompliant(report, edition);
    }

    [Theory]
    [InlineData("ns48-2016", "authentication", "NS48-SEC-AUTH", "individual-authentication")]
    [InlineData("ns48-2016", "passwords", "NS48-SEC-PASSWORDS", "passwords-not-in-clear")]
    [InlineData("ns48-2016", "transit", "NS48-SEC-TRANSIT", "encrypted-transit")]
    [InlineData("ns48-2016", "traced", "NS48-SEC-PAYMENT-TRACE", "payment-access-traced")]
    [InlineData("ref-2021", "authentication", "NS48-SEC-AUTH", "individual-authentication")]
    [InlineData("ref-2021", "passwords", "NS48-SEC-PASSWORDS", "passwords-not-in-clear")]
    [InlineData("ref-2021", "transit", "NS48-SEC-TRANSIT", "encrypted-transit")]
    [InlineData("ref-2021", "traced", "NS48-SEC-PAYMENT-TRACE", "payment-access-traced")]
    public void Evaluate_LaterEditionMissingOneArt8Measure_ViolatesItsRule(string id, string missing, string rule, string subject)
    {
        var edition = Of(id);
        var draft = LaterShop(edition);
        draft.Security = LaterSecurity(
            authentication: missing != "authentication", passwords: missing != "passwords", transit: missing != "transit", traced: missing != "traced");

        var report = EvaluateUnder(edition, draft);

        AssertLaterViolation(report, edition, rule, DeclarationPart.Security, subject);
    }

    [Theory]
    [InlineData("ns48-2016")]
    [InlineData("ref-2021")]
    public void Evaluate_LaterEditionNoMeasureAttested_OneViolationPerMeasure(string id)
    {
        var edition = Of(id);
        var draft = LaterShop(edition);
        draft.Security = new SecurityMeasures(true, true, true, true, true);

        var report = EvaluateUnder(edition, draft);

        Assert.Equal(
            [("NS48-SEC-AUTH", "individual-authentication"), ("NS48-SEC-PASSWORDS", "passwords-not-in-clear"), ("NS48-SEC-TRANSIT", "encrypted-transit"), ("NS48-SEC-PAYMENT-TRACE", "payment-access-traced")],
            report.Violations.Select(v => (v.Rule.Code, v.Subject)));
    }

    [Theory]
    [InlineData("ns48-2016")]
    [InlineData("ref-2021")]
    public void Evaluate_LaterEditionNoCardPaymentsNorPaymentField_PaymentTraceNotAssessed(string id)
    {
        var edition = Of(id);
        var draft = LaterShop(edition);
        draft.Security = LaterSecurity(traced: false, remoteCardPayments: false);

        var report = EvaluateUnder(edition, draft);

        AssertLaterCompliant(report, edition);
    }

    [Theory]
    [InlineData("ns48-2016")]
    [InlineData("ref-2021")]
    public void Evaluate_LaterEditionPaymentFieldWithoutCardPayments_PaymentTraceAssessed(string id)
    {
        var edition = Of(id);
        var draft = LaterShop(edition);
        draft.Security = LaterSecurity(traced: false, remoteCardPayments: false);
        draft.Fields.Add(new DeclaredField(DataField.BankAccountDetails, [ProcessingPurpose.Invoices]));

        var report = EvaluateUnder(edition, draft);

        AssertLaterViolation(report, edition, "NS48-SEC-PAYMENT-TRACE", DeclarationPart.Security, "payment-access-traced");
    }

    [Fact]
    public void Evaluate_2005ShopWithoutArt8Measures_CompliantAsBefore()
    {
        var draft = DeclarationDraft.CompliantShop();

        var report = Checker.Evaluate(draft.Build());

        ReportAssert.Compliant(report);
    }

    [Fact]
    public void Evaluate_2005ShopWithArt8MeasuresOnly_ViolatesNs48Sec()
    {
        var draft = DeclarationDraft.CompliantShop();
        draft.Security = LaterSecurity();

        var report = Checker.Evaluate(draft.Build());

        ReportAssert.Violations(
            report,
            ("NS48-SEC", DeclarationPart.Security, "data-protection"),
            ("NS48-SEC", DeclarationPart.Security, "online-access-protection"),
            ("NS48-SEC", DeclarationPart.Security, "secure-payment"));
    }

    [Theory]
    [InlineData("ns48-2016")]
    [InlineData("ref-2021")]
    public void Evaluate_LaterEditionTransfersOutsideEuWithoutBasis_TransferAbroadBasis(string id)
    {
        var edition = Of(id);
        var draft = LaterShop(edition);
        draft.TransfersOutsideEu = true;

        var report = EvaluateUnder(edition, draft);

        AssertLaterViolation(report, edition, "NS48-TRANSFER-ABROAD-BASIS", DeclarationPart.TransferAbroad, "basis");
        Assert.DoesNotContain(report.Notes, n => n.English.Contains("NS48-TRANSFER-OUTSIDE-EU", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("ns48-2016")]
    [InlineData("ref-2021")]
    public void Evaluate_LaterEditionTransferAbroadWithNullBasis_TransferAbroadBasis(string id)
    {
        var edition = Of(id);
        var draft = LaterShop(edition);
        draft.TransferAbroad = new TransferAbroadDeclaration(null, repetitiveMassiveOrStructural: false);

        var report = EvaluateUnder(edition, draft);

        AssertLaterViolation(report, edition, "NS48-TRANSFER-ABROAD-BASIS", DeclarationPart.TransferAbroad, "basis");
    }

    [Theory]
    [InlineData("ns48-2016", TransferBasis.AdequacyDecision, true)]
    [InlineData("ns48-2016", TransferBasis.StandardContractualClauses, true)]
    [InlineData("ns48-2016", TransferBasis.BindingCorporateRules, true)]
    [InlineData("ns48-2016", TransferBasis.CnilApprovedClauses, true)]
    [InlineData("ns48-2016", TransferBasis.Article69Exception, false)]
    [InlineData("ref-2021", TransferBasis.AdequacyDecision, true)]
    [InlineData("ref-2021", TransferBasis.StandardContractualClauses, true)]
    [InlineData("ref-2021", TransferBasis.BindingCorporateRules, true)]
    [InlineData("ref-2021", TransferBasis.CnilApprovedClauses, true)]
    [InlineData("ref-2021", TransferBasis.Article69Exception, false)]
    public void Evaluate_LaterEditionTransfersWithACoveringBasis_Compliant(string id, TransferBasis basis, bool repetitive)
    {
        var edition = Of(id);
        var draft = LaterShop(edition);
        draft.TransferAbroad = new TransferAbroadDeclaration(basis, repetitive);

        var report = EvaluateUnder(edition, draft);

        AssertLaterCompliant(report, edition);
    }

    [Theory]
    [InlineData("ns48-2016")]
    [InlineData("ref-2021")]
    public void Evaluate_LaterEditionArticle69ForRepetitiveTransfers_TransferAbroadBasis(string id)
    {
        var edition = Of(id);
        var draft = LaterShop(edition);
        draft.TransferAbroad = new TransferAbroadDeclaration(TransferBasis.Article69Exception, repetitiveMassiveOrStructural: true);

        var report = EvaluateUnder(edition, draft);

        AssertLaterViolation(report, edition, "NS48-TRANSFER-ABROAD-BASIS", DeclarationPart.TransferAbroad, "article-69-exception");
    }

    [Fact]
    public void Evaluate_2005Article69ForRepetitiveTransfers_OnlyListedAsBefore()
    {
        var draft = DeclarationDraft.CompliantShop();
        draft.TransferAbroad = new TransferAbroadDeclaration(TransferBasis.Article69Exception, repetitiveMassiveOrStructural: true);

        var report = Checker.Evaluate(draft.Build());

        ReportAssert.Compliant(report);
        Assert.Contains(report.Notes, n => n.English.Contains("NS48-TRANSFER-OUTSIDE-EU", StringComparison.Ordinal));
    }

    [Fact]
    public void ProcessingDeclaration_TransferAbroadGiven_ImpliesTransfersOutsideEu()
    {
        var draft = DeclarationDraft.CompliantShop();
        draft.TransferAbroad = new TransferAbroadDeclaration(TransferBasis.AdequacyDecision, repetitiveMassiveOrStructural: false);

        var declaration = draft.Build();

        Assert.True(declaration.TransfersOutsideEu);
        Assert.Equal(TransferBasis.AdequacyDecision, declaration.TransferAbroad!.Basis);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(6)]
    public void TransferAbroadDeclaration_UndefinedBasis_Throws(int basis)
    {
        var exception = Assert.Throws<ArgumentOutOfRangeException>(() => new TransferAbroadDeclaration((TransferBasis)basis, false));

        Assert.Equal("basis", exception.ParamName);
    }

    // Retention: the client policies of the later editions are alternatives (0 from the end, or 3 years for prospecting).
    [Theory]
    [InlineData("ns48-2016")]
    [InlineData("ref-2021")]
    public void Evaluate_LaterEditionClientThreeYearsAfterRelationshipEnd_Compliant(string id)
    {
        var edition = Of(id);
        var draft = LaterShop(edition);
        draft.RetentionPolicies.Add(Client(Period.FromYears(3)));

        var report = EvaluateUnder(edition, draft);

        AssertLaterCompliant(report, edition);
    }

    [Fact]
    public void Evaluate_2005ClientThreeYearsAfterRelationshipEnd_RetentionClient()
    {
        var policy = Client(Period.FromYears(3));

        var report = EvaluateWithPolicy(policy);

        ReportAssert.SingleViolation(report, "NS48-RET-CLIENT", DeclarationPart.RetentionPolicy, policy.ToString());
    }

    [Theory]
    [InlineData("ns48-2016")]
    [InlineData("ref-2021")]
    public void Evaluate_LaterEditionClientBeyondThreeYears_ReportedAgainstTheMostPermissive(string id)
    {
        var edition = Of(id);
        var draft = LaterShop(edition);
        var policy = Client(Period.FromYears(3) + Period.FromDays(1));
        draft.RetentionPolicies.Add(policy);

        var report = EvaluateUnder(edition, draft);

        AssertLaterViolation(report, edition, "NS48-RET-CLIENT-PROSPECTING-3Y", DeclarationPart.RetentionPolicy, policy.ToString());
    }

    public static TheoryData<string, RetentionPolicy, string?> SpecialAnchorCases() => new()
    {
        { "ns48-2016", Card(Period.FromMonths(13)), null },
        { "ns48-2016", Card(Period.FromMonths(14)), "NS48-RET-CARD-DISPUTE" },
        { "ref-2021", Card(Period.FromMonths(13)), null },
        { "ref-2021", Card(Period.FromMonths(15)), "NS48-RET-CARD-DISPUTE" },
        { "ns48-2016", Objection(Period.FromYears(3)), null },
        { "ns48-2016", Objection(Period.FromYears(5)), null },
        { "ns48-2016", Objection(Period.FromYears(2)), "NS48-RET-OBJECTION-LIST-3Y" },
        { "ref-2021", Objection(Period.FromYears(3)), null },
        { "ref-2021", Objection(Period.FromMonths(35)), "NS48-RET-OBJECTION-LIST-3Y" },
        { "ns48-2016", Tracker(Period.FromMonths(13)), null },
        { "ns48-2016", Tracker(Period.FromMonths(25)), "NS48-RET-TRACKER-13M" },
        { "ref-2021", Account(Period.FromYears(2)), null },
        { "ref-2021", Account(Period.FromYears(3)), "NS48-RET-ACCOUNT-INACTIVE-2Y" },
        { "ns48-2016", Prospect(Period.FromYears(4)), "NS48-RET-PROSPECT-3Y" },
        { "ref-2021", Proof(Period.FromYears(11)), "NS48-RET-CLIENT-PROOF" },
    };

    [Theory]
    [MemberData(nameof(SpecialAnchorCases))]
    public void Evaluate_LaterEditionPolicy_ComparedWithTheNormPolicyOfItsAnchor(string id, RetentionPolicy policy, string? rule)
    {
        var edition = Of(id);
        var draft = LaterShop(edition);
        draft.RetentionPolicies.Add(policy);

        var report = EvaluateUnder(edition, draft);

        if (rule is null)
        {
            AssertLaterCompliant(report, edition);
        }
        else
        {
            AssertLaterViolation(report, edition, rule, DeclarationPart.RetentionPolicy, policy.ToString());
        }
    }

    [Fact]
    public void Evaluate_ObjectionListShorterThanThreeYears_SaysShorter()
    {
        var edition = Edition.Ns2016;
        var draft = LaterShop(edition);
        draft.RetentionPolicies.Add(Objection(Period.FromYears(1)));

        var report = EvaluateUnder(edition, draft);

        Assert.Contains("shorter", Assert.Single(report.Violations).Message.English, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ref-2021", RetentionAnchor.TrackerSet)]
    [InlineData("ns48-2016", RetentionAnchor.LastActivity)]
    [InlineData("ns48-2005", RetentionAnchor.DebitDate)]
    [InlineData("ns48-2005", RetentionAnchor.Objection)]
    public void Evaluate_PolicyOfAnAnchorTheEditionSetsNoDurationFor_NotAssessedNote(string id, RetentionAnchor anchor)
    {
        var edition = Of(id);
        var draft = edition == Edition.Ns2005 ? DeclarationDraft.CompliantShop() : LaterShop(edition);
        draft.Edition = edition;
        var policy = new RetentionPolicy(anchor == RetentionAnchor.DebitDate ? SubjectStatus.Client : null, null, false, anchor, Period.FromYears(50), RetentionEndAction.Purge);
        draft.RetentionPolicies.Add(policy);

        var report = EvaluateUnder(edition, draft);

        AssertLaterCompliant(report, edition);
        Assert.Contains(report.Notes, n => n.English.Contains(policy.ToString(), StringComparison.Ordinal) && n.English.Contains("not assessed", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("ns48-2016")]
    [InlineData("ref-2021")]
    public void Evaluate_LaterEditionUnansweredCount_AcceptedWithANote(string id)
    {
        var edition = Of(id);
        var draft = LaterShop(edition);
        draft.RetentionPolicies.Add(ProspectCount(5));

        var report = EvaluateUnder(edition, draft);

        AssertLaterCompliant(report, edition);
        Assert.Contains(report.Notes, n => n.English.Contains("limits unanswered solicitations", StringComparison.Ordinal));
    }

    [Fact]
    public void Evaluate_2005UnansweredCountOfFive_StillViolatesTwoUnanswered()
    {
        var policy = ProspectCount(5);

        var report = EvaluateWithPolicy(policy);

        ReportAssert.SingleViolation(report, "NS48-RET-PROSPECT-2-UNANSWERED", DeclarationPart.RetentionPolicy, policy.ToString());
    }

    // Channels: the soft opt-in needs analogous products; the telephone to consumers needs consent from 2026-08-11.
    [Theory]
    [InlineData("ns48-2016", true, null)]
    [InlineData("ns48-2016", false, "NS48-PROSP-SOFT-OPT-IN")]
    [InlineData("ref-2021", true, null)]
    [InlineData("ref-2021", false, "NS48-PROSP-SOFT-OPT-IN")]
    public void Evaluate_LaterEditionEmailToClientsWithoutConsent_SoftOptInNeedsAnalogousProducts(string id, bool analogous, string? rule)
    {
        var edition = Of(id);
        var draft = LaterShop(edition);
        draft.Channels.Add(new DeclaredChannel(ProspectingChannel.Email, Audience.Consumer, SubjectStatus.Client, false, true, analogousProducts: analogous));

        var report = EvaluateUnder(edition, draft);

        if (rule is null)
        {
            AssertLaterCompliant(report, edition);
        }
        else
        {
            AssertLaterViolation(report, edition, rule, DeclarationPart.Channel, "email → consumer client");
        }
    }

    [Theory]
    [InlineData(null, false, "NS48-PROSP-PHONE-CONSENT")]
    [InlineData(null, true, null)]
    [InlineData("2026-08-10T21:59:59Z", false, null)]
    [InlineData("2026-08-10T22:00:00Z", false, "NS48-PROSP-PHONE-CONSENT")]
    public void Evaluate_Ref2021PhoneToConsumers_ConsentFrom20260811(string? asOf, bool consent, string? rule)
    {
        var edition = Edition.Ref2021;
        var draft = LaterShop(edition);
        draft.Channels.Add(new DeclaredChannel(ProspectingChannel.Phone, Audience.Consumer, SubjectStatus.Prospect, consent, true));
        Instant? at = asOf is null ? null : NodaTime.Text.InstantPattern.ExtendedIso.Parse(asOf).Value;

        var report = EvaluateUnder(edition, draft, at);

        if (rule is null)
        {
            AssertLaterCompliant(report, edition);
        }
        else
        {
            AssertLaterViolation(report, edition, rule, DeclarationPart.Channel, "phone → consumer prospect");
        }
    }

    [Fact]
    public void Evaluate_Ns2016PhoneToConsumersWithoutConsent_OptOutAllows()
    {
        var edition = Edition.Ns2016;
        var draft = LaterShop(edition);
        draft.Channels.Add(new DeclaredChannel(ProspectingChannel.Phone, Audience.Consumer, SubjectStatus.Prospect, false, true));

        var report = EvaluateUnder(edition, draft);

        AssertLaterCompliant(report, edition);
    }

    [Fact]
    public void Evaluate_AsOfOutsideTheAcceptedRange_Throws()
    {
        var declaration = LaterShop(Edition.Ref2021).Build();
        var checker = new ConformityEvaluator(new Norme48Evaluator(Edition.Ref2021));

        var exception = Assert.Throws<ArgumentOutOfRangeException>(() => checker.Evaluate(declaration, Instant.MaxValue));

        Assert.Equal("asOf", exception.ParamName);
    }

    // Forms: under later editions, consequences-of-no-answer and recipients are advisories, surfaced as notes.
    [Theory]
    [InlineData("ns48-2016")]
    [InlineData("ref-2021")]
    public void Evaluate_LaterEditionFormWithoutRecipients_CompliantWithANote(string id)
    {
        var edition = Of(id);
        var draft = LaterShop(edition);
        draft.Forms.Add(new DeclaredForm("short-form", new NoticeForm([NoticeItem.ControllerIdentity, NoticeItem.Purposes, NoticeItem.MandatoryOrOptional, NoticeItem.ConsequencesOfNoAnswer, NoticeItem.Rights])));

        var report = EvaluateUnder(edition, draft);

        AssertLaterCompliant(report, edition);
        var note = Assert.Single(report.Notes, n => n.English.Contains("short-form", StringComparison.Ordinal));
        Assert.Contains("NS48-INFO-NOTICE", note.English, StringComparison.Ordinal);
        Assert.Contains("recipients", note.English, StringComparison.Ordinal);
        ReportAssert.Bilingual(note);
    }

    [Theory]
    [InlineData("ns48-2016")]
    [InlineData("ref-2021")]
    public void Evaluate_LaterEditionFormWithoutRights_InfoNotice(string id)
    {
        var edition = Of(id);
        var draft = LaterShop(edition);
        draft.Forms.Add(new DeclaredForm("short-form", new NoticeForm([NoticeItem.ControllerIdentity, NoticeItem.Purposes, NoticeItem.MandatoryOrOptional])));

        var report = EvaluateUnder(edition, draft);

        AssertLaterViolation(report, edition, "NS48-INFO-NOTICE", DeclarationPart.Form, "short-form");
    }

    [Fact]
    public void Evaluate_2005FormWithoutRecipients_InfoNoticeAsBefore()
    {
        var draft = DeclarationDraft.CompliantShop();
        draft.Forms.Add(new DeclaredForm("short-form", new NoticeForm([NoticeItem.ControllerIdentity, NoticeItem.Purposes, NoticeItem.MandatoryOrOptional, NoticeItem.ConsequencesOfNoAnswer, NoticeItem.Rights])));

        var report = Checker.Evaluate(draft.Build());

        ReportAssert.SingleViolation(report, "NS48-INFO-NOTICE", DeclarationPart.Form, "short-form");
    }

    [Fact]
    public void Evaluate_Ref2021TrackersWithoutNotice_NotAssessed()
    {
        var edition = Edition.Ref2021;
        var draft = LaterShop(edition);
        draft.UsesTrackers = true;

        var report = EvaluateUnder(edition, draft);

        AssertLaterCompliant(report, edition);
        Assert.Contains(report.Notes, n => n.English.Contains("does not assess", StringComparison.Ordinal));
    }

    [Fact]
    public void Evaluate_Ns2016TrackersWithoutNotice_InfoCookies()
    {
        var edition = Edition.Ns2016;
        var draft = LaterShop(edition);
        draft.UsesTrackers = true;

        var report = EvaluateUnder(edition, draft);

        AssertLaterViolation(report, edition, "NS48-INFO-COOKIES", DeclarationPart.Trackers, "trackers");
    }

    [Theory]
    [InlineData(Language.English, "transfers outside the EU basis")]
    [InlineData(Language.French, "transferts hors UE basis")]
    public void ToText_TransferAbroadViolation_NamesThePart(Language language, string expected)
    {
        var draft = LaterShop(Edition.Ref2021);
        draft.TransfersOutsideEu = true;

        var report = EvaluateUnder(Edition.Ref2021, draft);

        Assert.Contains(expected, report.ToText(language), StringComparison.Ordinal);
        Assert.Contains("`NS48-TRANSFER-ABROAD-BASIS`", report.ToMarkdown(language), StringComparison.Ordinal);
    }

    private static RetentionPolicy Card(Period period) =>
        new(SubjectStatus.Client, null, proofOnly: false, RetentionAnchor.DebitDate, period, RetentionEndAction.ArchiveThenPurge, field: DataField.BankCardNumber);

    private static RetentionPolicy Objection(Period period) =>
        new(null, null, proofOnly: false, RetentionAnchor.Objection, period, RetentionEndAction.Purge);

    private static RetentionPolicy Tracker(Period period) =>
        new(null, DataCategory.ConnectionData, proofOnly: false, RetentionAnchor.TrackerSet, period, RetentionEndAction.Purge);

    private static RetentionPolicy Account(Period period) =>
        new(null, null, proofOnly: false, RetentionAnchor.LastActivity, period, RetentionEndAction.AskThenPurge);
}
