using System;
using System.Linq;
using Norme48.Evaluation;
using Norme48.Vocabulary;
using Xunit;

namespace Norme48.Tests.Evaluation;

public sealed partial class Norme48EvaluatorTests
{
    // NS48-RCPT-ACCESS: staff, line managers and control services see the data within their remit, whatever basis is stated.
    [Theory]
    [InlineData("commercial-staff", "last-name", null)]
    [InlineData("commercial-staff", "email-address", SharingBasis.DebtRecovery)]
    public void MayShare_AccessRecipient_AllowedUnderAccessWithoutObligation(string recipient, string field, SharingBasis? basis)
    {
        var decision = Evaluator.MayShare(Field(field), RecipientNamed(recipient), basis);

        DecisionAssert.Allowed(decision, "NS48-RCPT-ACCESS");
        Assert.Empty(decision.Obligations);
    }

    // « Ces entreprises assurent la stricte confidentialité des données »: an obligation on allowed shares to them.
    [Theory]
    [InlineData("last-name")]
    [InlineData("delivery-address")]
    public void MayShare_ContractedCompaniesForContractExecution_AllowedWithConfidentiality(string field)
    {
        var decision = Evaluator.MayShare(Field(field), Recipient.ContractedCompanies, SharingBasis.ContractExecution);

        DecisionAssert.Allowed(decision, "NS48-RCPT-ACCESS");
        DecisionAssert.SingleObligation(decision, "confidentiality");
    }

    [Theory]
    [InlineData(null)]
    [InlineData(SharingBasis.LegalObligation)]
    [InlineData(SharingBasis.DebtRecovery)]
    public void MayShare_ContractedCompaniesWithoutContractExecution_DeniedUnderAccess(SharingBasis? basis)
    {
        var decision = Evaluator.MayShare(DataField.LastName, Recipient.ContractedCompanies, basis);

        DecisionAssert.Denied(decision, "NS48-RCPT-ACCESS");
    }

    [Theory]
    [InlineData("last-name")]
    [InlineData("unpaid-invoices")]
    public void MayShare_PublicBodiesForLegalObligation_AllowedUnderPublicBodies(string field)
    {
        var decision = Evaluator.MayShare(Field(field), Recipient.PublicBodies, SharingBasis.LegalObligation);

        DecisionAssert.Allowed(decision, "NS48-RCPT-PUBLIC-BODIES");
        Assert.Empty(decision.Obligations);
    }

    [Theory]
    [InlineData(null)]
    [InlineData(SharingBasis.ContractExecution)]
    [InlineData(SharingBasis.DebtRecovery)]
    public void MayShare_PublicBodiesWithoutLegalObligation_DeniedUnderPublicBodies(SharingBasis? basis)
    {
        var decision = Evaluator.MayShare(DataField.LastName, Recipient.PublicBodies, basis);

        DecisionAssert.Denied(decision, "NS48-RCPT-PUBLIC-BODIES");
    }

    [Theory]
    [InlineData("justice-auxiliaries", "unpaid-invoices")]
    [InlineData("debt-collectors", "postal-address")]
    public void MayShare_DebtRecoveryRecipientForDebtRecovery_AllowedUnderDebtRecovery(string recipient, string field)
    {
        var decision = Evaluator.MayShare(Field(field), RecipientNamed(recipient), SharingBasis.DebtRecovery);

        DecisionAssert.Allowed(decision, "NS48-RCPT-DEBT-RECOVERY");
        Assert.Empty(decision.Obligations);
    }

    [Theory]
    [InlineData("justice-auxiliaries", SharingBasis.LegalObligation)]
    [InlineData("debt-collectors", null)]
    public void MayShare_DebtRecoveryRecipientForAnotherBasis_DeniedUnderDebtRecovery(string recipient, SharingBasis? basis)
    {
        var decision = Evaluator.MayShare(DataField.UnpaidInvoices, RecipientNamed(recipient), basis);

        DecisionAssert.Denied(decision, "NS48-RCPT-DEBT-RECOVERY");
    }

    [Theory]
    [InlineData("ad-network", "last-name", null)]
    [InlineData("data-broker", "purchase-history", SharingBasis.ContractExecution)]
    public void MayShare_UnlistedRecipient_DeniedUnderUnknown(string recipient, string field, SharingBasis? basis)
    {
        var decision = Evaluator.MayShare(Field(field), Recipient.Unlisted(recipient), basis);

        DecisionAssert.Denied(decision, "NS48-RCPT-UNKNOWN");
    }

    // The NIR may not be held at all: every share of it cites NS48-DATA-NIR alone, even with the basis that would allow.
    [Theory]
    [InlineData("public-bodies", SharingBasis.LegalObligation)]
    [InlineData("file-acquirer", null)]
    public void MayShare_Nir_DeniedUnderDataNirAlone(string recipient, SharingBasis? basis)
    {
        var decision = Evaluator.MayShare(DataField.Nir, RecipientNamed(recipient), basis);

        DecisionAssert.Denied(decision, "NS48-DATA-NIR");
    }

    [Fact]
    public void MayShare_CustomExcludedField_DeniedUnderDataNirAlone()
    {
        var custom = DataField.Custom("health-insurance-number", DataCategory.Excluded);

        var decision = Evaluator.MayShare(custom, Recipient.CommercialStaff);

        DecisionAssert.Denied(decision, "NS48-DATA-NIR");
    }

    // The NIR is named in its own words; another field of the excluded category is told it is "like the NIR", for every
    // ask: collect, share, share to the file's acquirer, and transfer.
    [Fact]
    public void EveryAsk_NirAndOtherExcludedField_EachGetsItsOwnMessage()
    {
        var custom = DataField.Custom("health-insurance-number", DataCategory.Excluded);
        var conditions = new TransferConditions(acquirerCommitment: true, expressConsent: true);
        string[] Messages(DataField field) =>
        [
            Evaluator.MayCollect(field, ProcessingPurpose.Orders).Reasons[0].Message.English,
            Evaluator.MayShare(field, Recipient.CommercialStaff).Reasons[0].Message.English,
            Evaluator.MayShare(field, Recipient.FileAcquirer).Reasons[0].Message.English,
            Evaluator.MayTransfer(field, TransferMode.Cession, conditions).Reasons[0].Message.English,
        ];

        var nir = Messages(DataField.Nir);
        var excluded = Messages(custom);

        Assert.Equal(
            [
                "The NIR may never be collected.",
                "The NIR may not be held at all, so it may never be shared: delete it.",
                "The NIR may not be held at all, so it may never be ceded, rented or exchanged: delete it. A company acquiring the file",
                "The NIR may not be held at all, so it may never be ceded, rented or exchanged: delete it.",
            ],
            nir.Select((m, i) => i == 2 ? m[..m.IndexOf(" is not", StringComparison.Ordinal)] : m));
        Assert.All(excluded, m => Assert.StartsWith("A field of the excluded category may", m, StringComparison.Ordinal));
        Assert.StartsWith("A field of the excluded category may not be held at all, so it may never be ceded, rented or exchanged: delete it. A company acquiring the file", excluded[2], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("health", "last-name", "commercial-staff", null)]
    [InlineData("insurance", "purchase-history", "file-acquirer", null)]
    public void MayShare_SectorOutsideNorm_CitesScopeSectorAlone(string sector, string field, string recipient, SharingBasis? basis)
    {
        var decision = Evaluator.MayShare(Field(field), RecipientNamed(recipient), basis, Sector.FromName(sector));

        DecisionAssert.Denied(decision, "NS48-SCOPE-SECTOR");
    }

    // A share to file-acquirer is decided exactly as a transfer with commitment, consent and objection all false: always
    // denied, citing the transfer rules that deny, and the message says to ask transfer.
    [Theory]
    [InlineData("last-name", null, "NS48-TRANSFER-IDENTITY-SITUATION")]
    [InlineData("internal-client-code", null, "NS48-TRANSFER-INTERNAL-CODE")]
    [InlineData("product-purchased", null, "NS48-TRANSFER-RELATIONSHIP-CONSENT")]
    [InlineData("unpaid-invoices", SharingBasis.LegalObligation, "NS48-TRANSFER-OTHER")]
    [InlineData("ip-address", null, "NS48-TRANSFER-OTHER")]
    public void MayShare_FileAcquirer_DeniedAsTransferWithoutConditionsAndSaysAskTransfer(string field, SharingBasis? basis, string rule)
    {
        var share = Evaluator.MayShare(Field(field), Recipient.FileAcquirer, basis);
        var transfer = Evaluator.MayTransfer(Field(field), TransferMode.Cession, Conditions());

        DecisionAssert.Denied(share, rule);
        Assert.Equal(transfer.Rules, share.Rules);
        AssertSaysAskTransfer(share);
    }

    [Fact]
    public void MayShare_FileAcquirerOfSensitiveCustomField_DeniedUnderSensitiveConsent()
    {
        var custom = DataField.Custom("religious-magazine-subscription", DataCategory.CommercialRelationship, mayRevealSensitiveData: true);

        var share = Evaluator.MayShare(custom, Recipient.FileAcquirer);

        DecisionAssert.Denied(share, "NS48-TRANSFER-SENSITIVE-CONSENT");
        AssertSaysAskTransfer(share);
    }

    // "connection data are shared under the NS48-RCPT-* rules (the message of such a share says they serve audience
    // statistics only)".
    [Theory]
    [InlineData("ip-address", "commercial-staff", null, true, "NS48-RCPT-ACCESS")]
    [InlineData("page-visited", "public-bodies", SharingBasis.LegalObligation, true, "NS48-RCPT-PUBLIC-BODIES")]
    [InlineData("connection-date", "ad-network", null, false, "NS48-RCPT-UNKNOWN")]
    public void MayShare_ConnectionField_DecidedUnderRecipientRulesAndSaysStatisticsOnly(
        string field, string recipient, SharingBasis? basis, bool allowed, string rule)
    {
        var decision = Evaluator.MayShare(Field(field), RecipientNamed(recipient), basis);

        if (allowed)
        {
            DecisionAssert.Allowed(decision, rule);
        }
        else
        {
            DecisionAssert.Denied(decision, rule);
        }

        var message = Assert.Single(decision.Reasons).Message;
        Assert.True(Mentions(message.English, "audience statistics"), message.English);
        Assert.True(Mentions(message.French, "statistiques de fréquentation"), message.French);
    }

    [Fact]
    public void MayShare_CustomIdentityFieldToContractedCompanies_DecidedAsBuiltInIdentityField()
    {
        var custom = DataField.Custom("loyalty-card-number", DataCategory.Identity);

        var allowed = Evaluator.MayShare(custom, Recipient.ContractedCompanies, SharingBasis.ContractExecution);
        var denied = Evaluator.MayShare(custom, Recipient.ContractedCompanies);

        DecisionAssert.Allowed(allowed, "NS48-RCPT-ACCESS");
        DecisionAssert.SingleObligation(allowed, "confidentiality");
        DecisionAssert.Denied(denied, "NS48-RCPT-ACCESS");
    }

    [Fact]
    public void MayShare_UndefinedBasis_ThrowsArgumentOutOfRange()
    {
        var exception = Assert.Throws<ArgumentOutOfRangeException>(
            () => Evaluator.MayShare(DataField.LastName, Recipient.PublicBodies, (SharingBasis)0));

        Assert.Equal("basis", exception.ParamName);
        Assert.StartsWith("Not a defined sharing basis.", exception.Message, StringComparison.Ordinal);
    }

    private static void AssertSaysAskTransfer(Norme48.Decisions.Decision share)
    {
        Assert.All(share.Reasons, reason =>
        {
            Assert.True(Mentions(reason.Message.English, "transfer"), reason.Message.English);
            Assert.True(Mentions(reason.Message.French, "transfert"), reason.Message.French);
        });
    }
}
