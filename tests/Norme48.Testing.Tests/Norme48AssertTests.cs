using System;
using NodaTime;
using Norme48.Declarations;
using Norme48.Evaluation;
using Norme48.Prospecting;
using Norme48.Retention;
using Norme48.Rules;
using Norme48.Vocabulary;
using Xunit;

namespace Norme48.Testing.Tests;

/// <summary>
/// Each assertion on both sides: it returns the evaluator's answer when that answer is the one expected, and otherwise
/// throws a message with the question, the expectation, the verdict and every rule with its source.
/// </summary>
public sealed class Norme48AssertTests
{
    private const StringComparison Ordinal = StringComparison.Ordinal;

    [Fact]
    public void DeclarationComplies_CompliantDeclaration_ReturnsTheCompliantReport()
    {
        var declaration = Declarations.Of(DataField.LastName, DataField.EmailAddress);

        var report = Norme48Assert.DeclarationComplies(declaration);

        Assert.True(report.IsCompliant);
        Assert.Same(declaration, report.Declaration);
        Assert.Same(Edition.Ns2005, report.Edition);
    }

    [Fact]
    public void DeclarationComplies_NonCompliantDeclaration_ThrowsTheReportWithEveryViolation()
    {
        var declaration = Declarations.NonCompliant();

        var exception = Assert.Throws<Norme48AssertionException>(() => Norme48Assert.DeclarationComplies(declaration));

        Assert.StartsWith("Norme48Assert.DeclarationComplies failed: the processing of Fictitious Shop SARL does not comply with ns48-2005.", exception.Message, Ordinal);
        Assert.Contains("Verdict: non-compliant (2 violation(s))", exception.Message, Ordinal);
        Assert.Contains("NS48-DATA-NIR (mandatory) — field nir", exception.Message, Ordinal);
        Assert.Contains("NS48-RCPT-UNKNOWN (mandatory) — recipient ad-network", exception.Message, Ordinal);
        Assert.Contains("Fix: ", exception.Message, Ordinal);
        Assert.Contains("Source: ", exception.Message, Ordinal);
        Assert.NotNull(exception.Report);
        Assert.Equal(2, exception.Report.Violations.Count);
        Assert.Null(exception.Decision);
    }

    [Fact]
    public void DeclarationComplies_French_ThrowsTheReportInFrench()
    {
        var declaration = Declarations.NonCompliant();

        var exception = Assert.Throws<Norme48AssertionException>(() => Norme48Assert.DeclarationComplies(declaration, Language.French));

        Assert.StartsWith("Norme48Assert.DeclarationComplies a échoué : le traitement de Fictitious Shop SARL n'est pas conforme", exception.Message, Ordinal);
        Assert.Contains("non conforme (2 manquement(s))", exception.Message, Ordinal);
        Assert.Contains("Correction : ", exception.Message, Ordinal);
        Assert.Contains("NS48-DATA-NIR", exception.Message, Ordinal);
    }

    [Fact]
    public void DeclarationComplies_SectorOutsideTheNorm_ThrowsCitingTheScopeRule()
    {
        var declaration = Declarations.Of(Sector.Health, DataField.LastName);

        var exception = Assert.Throws<Norme48AssertionException>(() => Norme48Assert.DeclarationComplies(declaration));

        Assert.Contains("NS48-SCOPE-SECTOR", exception.Message, Ordinal);
        Assert.Contains("outside the norm", exception.Message, Ordinal);
        Assert.Equal(ConformityVerdict.OutOfScope, exception.Report!.Verdict);
    }

    [Fact]
    public void DeclarationComplies_UndefinedLanguage_ThrowsNamingTheParameter()
    {
        var declaration = Declarations.Of(DataField.LastName);

        var exception = Assert.Throws<ArgumentOutOfRangeException>(() => Norme48Assert.DeclarationComplies(declaration, (Language)0));

        Assert.Equal("language", exception.ParamName);
    }

    [Fact]
    public void DeclarationComplies_Null_ThrowsNamingTheParameter()
    {
        var exception = Assert.Throws<ArgumentNullException>(() => Norme48Assert.DeclarationComplies(null!));

        Assert.Equal("declaration", exception.ParamName);
    }

    [Fact]
    public void MayCollect_Allowed_ReturnsTheAllowance()
    {
        var decision = Norme48Assert.MayCollect(DataField.EmailAddress, ProcessingPurpose.Orders);

        Assert.True(decision.IsAllowed);
        Assert.Equal([RuleId.DataListed], decision.Rules);
    }

    [Fact]
    public void MayCollect_Denied_ThrowsTheQuestionTheVerdictAndEveryRuleWithItsSource()
    {
        var expected = Norme48Evaluator.Default.MayCollect(DataField.IpAddress, ProcessingPurpose.ProspectingSelection);

        var exception = Assert.Throws<Norme48AssertionException>(() => Norme48Assert.MayCollect(DataField.IpAddress, ProcessingPurpose.ProspectingSelection));

        var lines = exception.Message.Split(Environment.NewLine);
        Assert.Equal("Norme48Assert.MayCollect failed.", lines[0]);
        Assert.Equal("Asked: may ip-address (connection-data) be collected for prospecting-selection, sector general, under ns48-2005?", lines[1]);
        Assert.Equal("Expected: allowed", lines[2]);
        Assert.Equal("Verdict: denied (ns48-2005)", lines[3]);
        var reason = Assert.Single(expected.Reasons);
        Assert.Equal($"  NS48-DATA-CONNECTION-STATS-ONLY [mandatory; {reason.Source}]: {reason.Message.English}", lines[4]);
        Assert.Same(expected, exception.Decision);
    }

    [Fact]
    public void MayCollect_SectorOutsideTheNorm_ThrowsCitingTheScopeRuleAndTheSector()
    {
        var exception = Assert.Throws<Norme48AssertionException>(() => Norme48Assert.MayCollect(DataField.LastName, ProcessingPurpose.Orders, Sector.Health));

        Assert.Contains("sector health", exception.Message, Ordinal);
        Assert.Contains("NS48-SCOPE-SECTOR", exception.Message, Ordinal);
    }

    [Fact]
    public void MayCollect_CustomField_DescribesItAsCustom()
    {
        var field = DataField.Custom("login-history", DataCategory.ConnectionData);

        var exception = Assert.Throws<Norme48AssertionException>(() => Norme48Assert.MayCollect(field, ProcessingPurpose.Orders));

        Assert.Contains("may login-history (custom, connection-data) be collected for orders", exception.Message, Ordinal);
    }

    [Fact]
    public void MayCollect_PurposeOfALaterEdition_ThrowsTheEvaluatorsArgumentException()
    {
        var exception = Assert.Throws<ArgumentException>(() => Norme48Assert.MayCollect(DataField.EmailAddress, ProcessingPurpose.Contests));

        Assert.IsNotType<Norme48AssertionException>(exception);
        Assert.Equal("purpose", exception.ParamName);
    }

    [Fact]
    public void MayCollect_NullField_ThrowsNamingTheParameter()
    {
        var exception = Assert.Throws<ArgumentNullException>(() => Norme48Assert.MayCollect(null!, ProcessingPurpose.Orders));

        Assert.Equal("field", exception.ParamName);
    }

    [Fact]
    public void MayNotCollect_Denied_ReturnsTheDenial()
    {
        var decision = Norme48Assert.MayNotCollect(DataField.Nir, ProcessingPurpose.Invoices);

        Assert.False(decision.IsAllowed);
        Assert.Equal([RuleId.DataNir], decision.Rules);
    }

    [Fact]
    public void MayNotCollect_Allowed_ThrowsNamingTheRuleThatAllows()
    {
        var exception = Assert.Throws<Norme48AssertionException>(() => Norme48Assert.MayNotCollect(DataField.EmailAddress, ProcessingPurpose.Orders));

        Assert.StartsWith("Norme48Assert.MayNotCollect failed.", exception.Message, Ordinal);
        Assert.Contains("Expected: denied", exception.Message, Ordinal);
        Assert.Contains("Verdict: allowed (ns48-2005)", exception.Message, Ordinal);
        Assert.Contains("NS48-DATA-LISTED", exception.Message, Ordinal);
    }

    [Fact]
    public void MayShare_Allowed_ReturnsTheAllowanceWithItsObligation()
    {
        var decision = Norme48Assert.MayShare(DataField.PostalAddress, Recipient.ContractedCompanies, SharingBasis.ContractExecution);

        Assert.Equal([RuleId.RecipientAccess], decision.Rules);
        Assert.Equal("confidentiality", Assert.Single(decision.Obligations).Id);
    }

    [Fact]
    public void MayShare_UnlistedRecipient_ThrowsCitingTheUnknownRecipientRule()
    {
        var exception = Assert.Throws<Norme48AssertionException>(() => Norme48Assert.MayShare(DataField.EmailAddress, Recipient.Unlisted("ad-network")));

        Assert.Contains("Asked: may email-address (identity) be shared with ad-network, no basis given, sector general, under ns48-2005?", exception.Message, Ordinal);
        Assert.Contains("NS48-RCPT-UNKNOWN", exception.Message, Ordinal);
    }

    [Fact]
    public void MayShare_ContractedCompaniesWithoutBasis_ThrowsCitingTheAccessRule()
    {
        var exception = Assert.Throws<Norme48AssertionException>(() => Norme48Assert.MayShare(DataField.PostalAddress, Recipient.ContractedCompanies));

        Assert.Contains("NS48-RCPT-ACCESS", exception.Message, Ordinal);
        Assert.Equal([RuleId.RecipientAccess], exception.Decision!.Rules);
    }

    [Fact]
    public void MayNotShare_Denied_ReturnsTheDenial()
    {
        var decision = Norme48Assert.MayNotShare(DataField.UnpaidInvoices, Recipient.DebtCollectors, SharingBasis.LegalObligation);

        Assert.Equal([RuleId.RecipientDebtRecovery], decision.Rules);
    }

    [Fact]
    public void MayNotShare_Allowed_ThrowsNamingTheBasisAndTheRule()
    {
        var exception = Assert.Throws<Norme48AssertionException>(
            () => Norme48Assert.MayNotShare(DataField.UnpaidInvoices, Recipient.DebtCollectors, SharingBasis.DebtRecovery));

        Assert.Contains("shared with debt-collectors, basis debt-recovery", exception.Message, Ordinal);
        Assert.Contains("NS48-RCPT-DEBT-RECOVERY", exception.Message, Ordinal);
    }

    [Fact]
    public void MayTransfer_IdentityWithCommitment_ReturnsTheAllowance()
    {
        var decision = Norme48Assert.MayTransfer(DataField.LastName, TransferMode.Rental, new TransferConditions(acquirerCommitment: true));

        Assert.Equal([RuleId.TransferIdentitySituation], decision.Rules);
    }

    [Fact]
    public void MayTransfer_SensitiveHistoryWithoutConsent_ThrowsCitingTheConsentRule()
    {
        var exception = Assert.Throws<Norme48AssertionException>(() => Norme48Assert.MayTransfer(
            DataField.PurchaseHistory, TransferMode.Cession, new TransferConditions(acquirerCommitment: true), sensitive: true));

        Assert.Contains(
            "Asked: may purchase-history (commercial-relationship) be ceded with the file (conditions: commitment), flagged as revealing sensitive data, sector general",
            exception.Message,
            Ordinal);
        Assert.Contains("NS48-TRANSFER-SENSITIVE-CONSENT", exception.Message, Ordinal);
    }

    [Fact]
    public void MayTransfer_CardNumber_ThrowsCitingEveryDenyingRule()
    {
        var conditions = new TransferConditions(acquirerCommitment: true, expressConsent: true, objected: true);

        var exception = Assert.Throws<Norme48AssertionException>(() => Norme48Assert.MayTransfer(DataField.BankCardNumber, TransferMode.Exchange, conditions));

        Assert.Contains("be exchanged with the file (conditions: commitment, consent, objected)", exception.Message, Ordinal);
        Assert.All(exception.Decision!.Rules, r => Assert.Contains(r.ToId(), exception.Message, Ordinal));
        Assert.Contains("NS48-TRANSFER-OTHER", exception.Message, Ordinal);
        Assert.Contains("NS48-TRANSFER-OBJECTION", exception.Message, Ordinal);
    }

    [Fact]
    public void MayNotTransfer_Denied_ReturnsTheDenial()
    {
        var decision = Norme48Assert.MayNotTransfer(DataField.InternalClientCode, TransferMode.Rental, new TransferConditions(acquirerCommitment: true));

        Assert.Equal([RuleId.TransferInternalCode], decision.Rules);
    }

    [Fact]
    public void MayNotTransfer_Allowed_Throws()
    {
        var exception = Assert.Throws<Norme48AssertionException>(
            () => Norme48Assert.MayNotTransfer(DataField.Profession, TransferMode.Rental, new TransferConditions(acquirerCommitment: true)));

        Assert.Contains("Expected: denied", exception.Message, Ordinal);
        Assert.Contains("NS48-TRANSFER-IDENTITY-SITUATION", exception.Message, Ordinal);
    }

    [Fact]
    public void MaySolicit_ConsentingProspectByEmail_ReturnsTheAllowance()
    {
        var prospect = new Subject(SubjectStatus.Prospect, prospecting: new ProspectingFacts(consent: true));

        var decision = Norme48Assert.MaySolicit(ProspectingChannel.Email, Audience.Consumer, prospect);

        Assert.Equal([RuleId.ProspectingElectronicConsent], decision.Rules);
    }

    [Fact]
    public void MaySolicit_ProspectWithoutConsent_ThrowsTheQuestionAndTheConsentRule()
    {
        var prospect = new Subject(SubjectStatus.Prospect);
        var at = Instant.FromUtc(2026, 3, 2, 9, 0);

        var exception = Assert.Throws<Norme48AssertionException>(() => Norme48Assert.MaySolicit(ProspectingChannel.Email, Audience.Consumer, prospect, at));

        Assert.Contains("Asked: may a prospect be solicited by e-mail as a consumer (facts: none) at 2026-03-02T09:00:00Z, sector general, under ns48-2005?", exception.Message, Ordinal);
        Assert.Contains("NS48-PROSP-E-CONSENT", exception.Message, Ordinal);
    }

    [Fact]
    public void MayNotSolicit_PersonWhoObjected_ReturnsTheDenial()
    {
        var client = new Subject(SubjectStatus.Client, prospecting: new ProspectingFacts(consent: true, objected: true));

        var decision = Norme48Assert.MayNotSolicit(ProspectingChannel.Postal, Audience.Consumer, client);

        Assert.Equal([RuleId.ProspectingObjected], decision.Rules);
    }

    [Fact]
    public void MayNotSolicit_Allowed_Throws()
    {
        var client = new Subject(SubjectStatus.Client);

        var exception = Assert.Throws<Norme48AssertionException>(() => Norme48Assert.MayNotSolicit(ProspectingChannel.Postal, Audience.Professional, client));

        Assert.Contains("may a client be solicited by postal mail as a professional", exception.Message, Ordinal);
        Assert.Contains("NS48-PROSP-OPT-OUT", exception.Message, Ordinal);
    }
}
