using System;
using System.Linq;
using Norme48.Declarations;
using Norme48.Evaluation;
using Norme48.Prospecting;
using Norme48.Retention;
using Norme48.Vocabulary;
using Xunit;

namespace Norme48.Tests.Declarations;

/// <summary>
/// Example tests of <see cref="ConformityEvaluator"/>: a compliant small shop, then one defect at a time, each checked
/// against the rule of RULES.md ("Rules of ns48-2005") it breaks. One file per group of parts.
/// </summary>
public sealed partial class ConformityEvaluatorTests
{
    private static readonly ConformityEvaluator Checker = new(Norme48Evaluator.Default);

    [Fact]
    public void Constructor_NullEvaluator_ThrowsNamingEvaluator()
    {
        var exception = Assert.Throws<ArgumentNullException>(() => new ConformityEvaluator(null!));

        Assert.Equal("evaluator", exception.ParamName);
    }

    [Fact]
    public void Edition_DefaultEvaluator_IsNs2005()
    {
        var edition = Checker.Edition;

        Assert.Same(Edition.Ns2005, edition);
    }

    [Fact]
    public void Evaluate_Null_ThrowsNamingDeclaration()
    {
        var exception = Assert.Throws<ArgumentNullException>(() => Checker.Evaluate(null!));

        Assert.Equal("declaration", exception.ParamName);
    }

    [Fact]
    public void Evaluate_CompliantShop_CompliantWithoutViolation()
    {
        var declaration = DeclarationDraft.CompliantShop().Build();

        var report = Checker.Evaluate(declaration);

        ReportAssert.Compliant(report);
        Assert.Same(declaration, report.Declaration);
    }

    // "External companies bound by contract keep the data strictly confidential — an obligation carried on allowed shares
    // to them, not a denial."
    [Fact]
    public void Evaluate_CompliantShop_NotesCarryTheConfidentialityObligation()
    {
        var declaration = DeclarationDraft.CompliantShop().Build();

        var report = Checker.Evaluate(declaration);

        var note = Assert.Single(report.Notes);
        Assert.Contains("confidential", note.English, StringComparison.Ordinal);
        Assert.Contains("confidentialité", note.French, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_ShopWithoutContractedCompanies_NoConfidentialityNote()
    {
        var draft = DeclarationDraft.CompliantShop();
        draft.Recipients.RemoveAll(r => r.Recipient == Recipient.ContractedCompanies);

        var report = Checker.Evaluate(draft.Build());

        ReportAssert.Compliant(report);
        Assert.Empty(report.Notes);
    }

    [Fact]
    public void Evaluate_ShopWithoutProspecting_Compliant()
    {
        var declaration = DeclarationDraft.ShopWithoutProspecting().Build();

        var report = Checker.Evaluate(declaration);

        ReportAssert.Compliant(report);
    }

    [Fact]
    public void Evaluate_SameDeclarationTwice_SameReport()
    {
        var draft = DeclarationDraft.CompliantShop();
        draft.Recipients.Add(new DeclaredRecipient(Recipient.Unlisted("ad-network")));
        draft.UsesTrackers = true;
        var declaration = draft.Build();

        var first = Checker.Evaluate(declaration);
        var second = Checker.Evaluate(declaration);

        Assert.Equal(ReportAssert.Triples(first), ReportAssert.Triples(second));
        Assert.Equal(first.Violations.Select(v => v.Message), second.Violations.Select(v => v.Message));
    }

    // --- Scope ----------------------------------------------------------------------------------------------------

    // NS48-SCOPE-SECTOR: "every decision cites this rule alone".
    [Theory]
    [InlineData("health")]
    [InlineData("education")]
    [InlineData("banking")]
    [InlineData("insurance")]
    public void Evaluate_SectorOutsideNorm_OutOfScopeWithScopeSectorAlone(string sector)
    {
        var draft = DeclarationDraft.CompliantShop();
        draft.Sector = Sector.FromName(sector);

        var report = Checker.Evaluate(draft.Build());

        Assert.Equal(ConformityVerdict.OutOfScope, report.Verdict);
        Assert.False(report.IsCompliant);
        var violation = Assert.Single(report.Violations);
        ReportAssert.Violation(violation, "NS48-SCOPE-SECTOR", DeclarationPart.Processing, sector);
    }

    [Fact]
    public void Evaluate_HealthSectorWithOtherDefects_ScopeSectorStillAlone()
    {
        var draft = DeclarationDraft.CompliantShop();
        draft.Sector = Sector.Health;
        draft.Fields.Add(new DeclaredField(DataField.Nir, [ProcessingPurpose.Orders]));
        draft.Recipients.Add(new DeclaredRecipient(Recipient.Unlisted("ad-network")));
        draft.Security = new SecurityMeasures(false, true, false, true, false);

        var report = Checker.Evaluate(draft.Build());

        Assert.Equal(ConformityVerdict.OutOfScope, report.Verdict);
        var violation = Assert.Single(report.Violations);
        ReportAssert.Violation(violation, "NS48-SCOPE-SECTOR", DeclarationPart.Processing, "health");
    }

    [Theory]
    [InlineData("general")]
    [InlineData("mail-order")]
    [InlineData("online-gambling")] // outside the norm only from 2016
    public void Evaluate_SectorInsideNorm_Compliant(string sector)
    {
        var draft = DeclarationDraft.CompliantShop();
        draft.Sector = Sector.FromName(sector);

        var report = Checker.Evaluate(draft.Build());

        ReportAssert.Compliant(report);
    }

    // NS48-SCOPE-EXCLUDED-USE: "The purposes exclusion-from-right and shared-loyalty-programme are excluded uses."
    [Theory]
    [InlineData("exclusion-from-right")]
    [InlineData("shared-loyalty-programme")]
    public void Evaluate_ExcludedPurpose_ScopeExcludedUseOnThePurpose(string purpose)
    {
        var draft = DeclarationDraft.CompliantShop();
        draft.Purposes.Add(ProcessingPurpose.Parse(purpose));

        var report = Checker.Evaluate(draft.Build());

        ReportAssert.SingleViolation(report, "NS48-SCOPE-EXCLUDED-USE", DeclarationPart.Purpose, purpose);
    }

    [Fact]
    public void Evaluate_ExcludedPurposeServedByFieldsOnly_ScopeExcludedUseOnce()
    {
        var draft = DeclarationDraft.CompliantShop();
        draft.Fields.Add(new DeclaredField(DataField.DateOfBirth, [ProcessingPurpose.SharedLoyaltyProgramme]));
        draft.Fields.Add(new DeclaredField(DataField.Profession, [ProcessingPurpose.SharedLoyaltyProgramme, ProcessingPurpose.Orders]));

        var report = Checker.Evaluate(draft.Build());

        ReportAssert.SingleViolation(report, "NS48-SCOPE-EXCLUDED-USE", DeclarationPart.Purpose, "shared-loyalty-programme");
    }

    [Fact]
    public void Evaluate_BothExcludedPurposes_OneViolationEachInDeclarationOrder()
    {
        var draft = DeclarationDraft.CompliantShop();
        draft.Purposes.Add(ProcessingPurpose.SharedLoyaltyProgramme);
        draft.Purposes.Add(ProcessingPurpose.ExclusionFromRight);

        var report = Checker.Evaluate(draft.Build());

        ReportAssert.Violations(
            report,
            ("NS48-SCOPE-EXCLUDED-USE", DeclarationPart.Purpose, "shared-loyalty-programme"),
            ("NS48-SCOPE-EXCLUDED-USE", DeclarationPart.Purpose, "exclusion-from-right"));
    }

    // --- Editions ---------------------------------------------------------------------------------------------------

    [Fact]
    public void Evaluate_DeclarationNamingNs2005_Compliant()
    {
        var draft = DeclarationDraft.CompliantShop();
        draft.Edition = Edition.Ns2005;

        var report = Checker.Evaluate(draft.Build());

        ReportAssert.Compliant(report);
    }

    [Theory]
    [InlineData("ns48-2016")]
    [InlineData("ref-2021")]
    public void Evaluate_DeclarationNamingAnotherEdition_ThrowsNamingBothEditions(string edition)
    {
        var draft = DeclarationDraft.CompliantShop();
        draft.Edition = Edition.Parse(edition);
        var declaration = draft.Build();

        var exception = Assert.Throws<ArgumentException>(() => Checker.Evaluate(declaration));

        Assert.Equal("declaration", exception.ParamName);
        Assert.Contains(edition, exception.Message, StringComparison.Ordinal);
        Assert.Contains("ns48-2005", exception.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("customer-follow-up", new[] { "ns48-2016", "ref-2021" })]
    [InlineData("opposition-list-update", new[] { "ns48-2016" })]
    [InlineData("general-accounting", new[] { "ref-2021" })]
    public void Evaluate_PurposeOfALaterEdition_ThrowsNamingTheEditions(string purpose, string[] editions)
    {
        var draft = DeclarationDraft.CompliantShop();
        draft.Purposes.Add(ProcessingPurpose.Parse(purpose));
        var declaration = draft.Build();

        var exception = Assert.Throws<ArgumentException>(() => Checker.Evaluate(declaration));

        Assert.Equal("declaration", exception.ParamName);
        Assert.Contains(purpose, exception.Message, StringComparison.Ordinal);
        Assert.Contains("ns48-2005", exception.Message, StringComparison.Ordinal);
        Assert.All(editions, e => Assert.Contains(e, exception.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void Evaluate_FieldServingAPurposeOfALaterEdition_Throws()
    {
        var draft = DeclarationDraft.CompliantShop();
        draft.Fields.Add(new DeclaredField(DataField.Profession, [ProcessingPurpose.Orders, ProcessingPurpose.Reviews]));
        var declaration = draft.Build();

        var exception = Assert.Throws<ArgumentException>(() => Checker.Evaluate(declaration));

        Assert.Equal("declaration", exception.ParamName);
        Assert.Contains("reviews", exception.Message, StringComparison.Ordinal);
    }

    // The documented contract of Evaluate: a purpose the edition does not have is a programmer error, thrown early —
    // whatever the sector (the per-field evaluator checks the purpose before the sector, too).
    [Fact]
    public void Evaluate_PurposeOfALaterEditionOutsideTheNormsSectors_StillThrows()
    {
        var draft = DeclarationDraft.CompliantShop();
        draft.Sector = Sector.Health;
        draft.Purposes.Add(ProcessingPurpose.CustomerFollowUp);
        var declaration = draft.Build();

        var exception = Assert.Throws<ArgumentException>(() => Checker.Evaluate(declaration));

        Assert.Equal("declaration", exception.ParamName);
    }

    // --- Fields -----------------------------------------------------------------------------------------------------

    // NS48-DATA-NIR: "The NIR, and any field of the excluded category, may never be collected, for any purpose."
    [Fact]
    public void Evaluate_NirField_DataNirOnTheFieldOnce()
    {
        var draft = DeclarationDraft.CompliantShop();
        draft.Fields.Add(new DeclaredField(DataField.Nir, [ProcessingPurpose.Orders, ProcessingPurpose.Invoices, ProcessingPurpose.Accounting]));

        var report = Checker.Evaluate(draft.Build());

        ReportAssert.SingleViolation(report, "NS48-DATA-NIR", DeclarationPart.Field, "nir");
    }

    // "A custom field is a field of its category: every rule stated for a category (NS48-DATA-NIR for excluded …)
    // applies to it exactly as to a built-in field."
    [Fact]
    public void Evaluate_CustomExcludedField_DataNirOnTheField()
    {
        var draft = DeclarationDraft.CompliantShop();
        draft.Fields.Add(new DeclaredField(DataField.Custom("health-insurance-number", DataCategory.Excluded), [ProcessingPurpose.Contracts]));

        var report = Checker.Evaluate(draft.Build());

        ReportAssert.SingleViolation(report, "NS48-DATA-NIR", DeclarationPart.Field, "health-insurance-number");
    }

    // NS48-DATA-CONNECTION-STATS-ONLY: "Connection-data fields may be collected and used only for website-audience-statistics."
    [Fact]
    public void Evaluate_ConnectionFieldServingOrders_ConnectionStatsOnlyForThatPurpose()
    {
        var draft = DeclarationDraft.CompliantShop();
        draft.Purposes.Add(ProcessingPurpose.WebsiteAudienceStatistics);
        draft.Fields.Add(new DeclaredField(DataField.IpAddress, [ProcessingPurpose.WebsiteAudienceStatistics, ProcessingPurpose.Orders]));

        var report = Checker.Evaluate(draft.Build());

        ReportAssert.SingleViolation(report, "NS48-DATA-CONNECTION-STATS-ONLY", DeclarationPart.Field, "ip-address → orders");
    }

    [Fact]
    public void Evaluate_ConnectionFieldForAudienceStatisticsOnly_Compliant()
    {
        var draft = DeclarationDraft.CompliantShop();
        draft.Purposes.Add(ProcessingPurpose.WebsiteAudienceStatistics);
        draft.Fields.Add(new DeclaredField(DataField.PageVisited, [ProcessingPurpose.WebsiteAudienceStatistics]));
        draft.Fields.Add(new DeclaredField(DataField.Custom("screen-size", DataCategory.ConnectionData), [ProcessingPurpose.WebsiteAudienceStatistics]));

        var report = Checker.Evaluate(draft.Build());

        ReportAssert.Compliant(report);
    }

    [Fact]
    public void Evaluate_CustomConnectionFieldServingTwoOtherPurposes_OneViolationPerPurpose()
    {
        var draft = DeclarationDraft.CompliantShop();
        draft.Fields.Add(new DeclaredField(
            DataField.Custom("browser-language", DataCategory.ConnectionData), [ProcessingPurpose.Solicitations, ProcessingPurpose.ProspectingSelection]));

        var report = Checker.Evaluate(draft.Build());

        ReportAssert.Violations(
            report,
            ("NS48-DATA-CONNECTION-STATS-ONLY", DeclarationPart.Field, "browser-language → solicitations"),
            ("NS48-DATA-CONNECTION-STATS-ONLY", DeclarationPart.Field, "browser-language → prospecting-selection"));
    }

    [Fact]
    public void Evaluate_ListedFieldsOfEveryOtherCategoryForAnyPurpose_Compliant()
    {
        var draft = DeclarationDraft.CompliantShop();
        draft.Fields.Add(new DeclaredField(DataField.BankCardNumber, [ProcessingPurpose.Orders]));
        draft.Fields.Add(new DeclaredField(DataField.UnpaidInvoices, [ProcessingPurpose.Accounting]));
        draft.Fields.Add(new DeclaredField(DataField.ChildrenInHousehold, [ProcessingPurpose.ProspectingSelection, ProcessingPurpose.FileTransfer]));
        draft.Fields.Add(new DeclaredField(DataField.Custom("favourite-colour", DataCategory.Situation), [ProcessingPurpose.CommercialStatistics]));

        var report = Checker.Evaluate(draft.Build());

        ReportAssert.Compliant(report);
    }

    // --- Recipients -------------------------------------------------------------------------------------------------

    // NS48-RCPT-ACCESS: "contracted-companies only for the execution of a contract (basis contract-execution), and are
    // denied under this rule otherwise."
    [Theory]
    [InlineData(null)]
    [InlineData(SharingBasis.LegalObligation)]
    [InlineData(SharingBasis.DebtRecovery)]
    public void Evaluate_ContractedCompaniesWithoutContractExecution_RecipientAccess(SharingBasis? basis)
    {
        var draft = DeclarationDraft.CompliantShop();
        draft.Recipients[2] = new DeclaredRecipient(Recipient.ContractedCompanies, basis);

        var report = Checker.Evaluate(draft.Build());

        ReportAssert.SingleViolation(report, "NS48-RCPT-ACCESS", DeclarationPart.Recipient, "contracted-companies");
        Assert.Empty(report.Notes);
    }

    // NS48-RCPT-PUBLIC-BODIES: "public-bodies receive data only to meet a legal obligation (basis legal-obligation)".
    [Theory]
    [InlineData(null)]
    [InlineData(SharingBasis.ContractExecution)]
    [InlineData(SharingBasis.DebtRecovery)]
    public void Evaluate_PublicBodiesWithoutLegalObligation_RecipientPublicBodies(SharingBasis? basis)
    {
        var draft = DeclarationDraft.CompliantShop();
        draft.Recipients[3] = new DeclaredRecipient(Recipient.PublicBodies, basis);

        var report = Checker.Evaluate(draft.Build());

        ReportAssert.SingleViolation(report, "NS48-RCPT-PUBLIC-BODIES", DeclarationPart.Recipient, "public-bodies");
    }

    // NS48-RCPT-DEBT-RECOVERY: "justice-auxiliaries and debt-collectors receive data only for debt recovery".
    [Theory]
    [InlineData("debt-collectors", null)]
    [InlineData("debt-collectors", SharingBasis.LegalObligation)]
    [InlineData("justice-auxiliaries", null)]
    [InlineData("justice-auxiliaries", SharingBasis.ContractExecution)]
    public void Evaluate_DebtRecoveryRecipientWithoutDebtRecovery_RecipientDebtRecovery(string recipient, SharingBasis? basis)
    {
        var draft = DeclarationDraft.CompliantShop();
        draft.Recipients.Add(new DeclaredRecipient(Recipient.Parse(recipient), basis));

        var report = Checker.Evaluate(draft.Build());

        ReportAssert.SingleViolation(report, "NS48-RCPT-DEBT-RECOVERY", DeclarationPart.Recipient, recipient);
    }

    [Theory]
    [InlineData("debt-collectors")]
    [InlineData("justice-auxiliaries")]
    public void Evaluate_DebtRecoveryRecipientForDebtRecovery_Compliant(string recipient)
    {
        var draft = DeclarationDraft.CompliantShop();
        draft.Recipients.Add(new DeclaredRecipient(Recipient.Parse(recipient), SharingBasis.DebtRecovery));

        var report = Checker.Evaluate(draft.Build());

        ReportAssert.Compliant(report);
    }

    [Theory]
    [InlineData("line-managers")]
    [InlineData("control-services")]
    public void Evaluate_OtherAccessRecipients_Compliant(string recipient)
    {
        var draft = DeclarationDraft.CompliantShop();
        draft.Recipients.Add(new DeclaredRecipient(Recipient.Parse(recipient)));

        var report = Checker.Evaluate(draft.Build());

        ReportAssert.Compliant(report);
    }

    // NS48-RCPT-UNKNOWN: "Any recipient not listed is denied."
    [Fact]
    public void Evaluate_UnlistedRecipient_RecipientUnknown()
    {
        var draft = DeclarationDraft.CompliantShop();
        draft.Recipients.Add(new DeclaredRecipient(Recipient.Unlisted("ad-network"), SharingBasis.ContractExecution));

        var report = Checker.Evaluate(draft.Build());

        ReportAssert.SingleViolation(report, "NS48-RCPT-UNKNOWN", DeclarationPart.Recipient, "ad-network");
    }

    // file-acquirer "is not a share recipient: a share to file-acquirer is decided exactly as a transfer of the same field
    // with the acquirer's commitment, express consent and objection all false — so it is always denied".
    [Fact]
    public void Evaluate_FileAcquirerAsRecipient_Denied()
    {
        var draft = DeclarationDraft.CompliantShop();
        draft.Recipients.Add(new DeclaredRecipient(Recipient.FileAcquirer));

        var report = Checker.Evaluate(draft.Build());

        Assert.Equal(ConformityVerdict.NonCompliant, report.Verdict);
        var violation = Assert.Single(report.Violations);
        Assert.Equal(DeclarationPart.Recipient, violation.Part);
        Assert.Equal("file-acquirer", violation.Subject);
        Assert.StartsWith("NS48-TRANSFER-", violation.Rule.Code, StringComparison.Ordinal);
    }

    // --- Catalogue order --------------------------------------------------------------------------------------------

    // "every violation in catalogue order of its rule, then in the declaration's order".
    [Fact]
    public void Evaluate_TwoRecipientDefectsDeclaredInReverseCatalogueOrder_CatalogueOrder()
    {
        var draft = DeclarationDraft.CompliantShop();
        draft.Recipients.Insert(0, new DeclaredRecipient(Recipient.Unlisted("ad-network")));
        draft.Recipients.Add(new DeclaredRecipient(Recipient.DebtCollectors));

        var report = Checker.Evaluate(draft.Build());

        ReportAssert.Violations(
            report,
            ("NS48-RCPT-DEBT-RECOVERY", DeclarationPart.Recipient, "debt-collectors"),
            ("NS48-RCPT-UNKNOWN", DeclarationPart.Recipient, "ad-network"));
    }

    [Fact]
    public void Evaluate_TwoFieldDefectsDeclaredInReverseCatalogueOrder_CatalogueOrder()
    {
        var draft = DeclarationDraft.CompliantShop();
        draft.Fields.Insert(0, new DeclaredField(DataField.VisitorProtocol, [ProcessingPurpose.Orders]));
        draft.Fields.Add(new DeclaredField(DataField.Nir, [ProcessingPurpose.Orders]));

        var report = Checker.Evaluate(draft.Build());

        ReportAssert.Violations(
            report,
            ("NS48-DATA-NIR", DeclarationPart.Field, "nir"),
            ("NS48-DATA-CONNECTION-STATS-ONLY", DeclarationPart.Field, "visitor-protocol → orders"));
    }

    [Fact]
    public void Evaluate_SameRuleTwice_DeclarationOrderNotAlphabetical()
    {
        var draft = DeclarationDraft.CompliantShop();
        draft.Recipients.Add(new DeclaredRecipient(Recipient.Unlisted("zeta-network")));
        draft.Recipients.Add(new DeclaredRecipient(Recipient.Unlisted("alpha-network")));

        var report = Checker.Evaluate(draft.Build());

        ReportAssert.Violations(
            report,
            ("NS48-RCPT-UNKNOWN", DeclarationPart.Recipient, "zeta-network"),
            ("NS48-RCPT-UNKNOWN", DeclarationPart.Recipient, "alpha-network"));
    }

    // The evaluator looks at the trackers before the channels and at the forms before both; the report still lists
    // NS48-PROSP-E-CONSENT, NS48-PROSP-CHECKBOX, NS48-INFO-COOKIES, NS48-SEC in catalogue order.
    [Fact]
    public void Evaluate_DefectsAcrossParts_CatalogueOrder()
    {
        var draft = DeclarationDraft.CompliantShop();
        draft.Security = new SecurityMeasures(dataProtection: false, onlineService: true, onlineAccessProtection: true, remoteCardPayments: true, securePayment: true);
        draft.UsesTrackers = true;
        draft.Channels.Add(new DeclaredChannel(ProspectingChannel.Sms, Audience.Consumer, SubjectStatus.Prospect, consentCollected: false, objectionOfferedAtCollection: true));
        draft.Forms.Add(new DeclaredForm("contact-form", new NoticeForm(DeclarationDraft.AllItems, consentCheckbox: ConsentCheckbox.PreTicked)));
        draft.Fields.Add(new DeclaredField(DataField.Nir, [ProcessingPurpose.Orders]));

        var report = Checker.Evaluate(draft.Build());

        ReportAssert.Violations(
            report,
            ("NS48-DATA-NIR", DeclarationPart.Field, "nir"),
            ("NS48-PROSP-E-CONSENT", DeclarationPart.Channel, "sms → consumer prospect"),
            ("NS48-PROSP-CHECKBOX", DeclarationPart.Form, "contact-form"),
            ("NS48-INFO-COOKIES", DeclarationPart.Trackers, "trackers"),
            ("NS48-SEC", DeclarationPart.Security, "data-protection"));
    }
}
