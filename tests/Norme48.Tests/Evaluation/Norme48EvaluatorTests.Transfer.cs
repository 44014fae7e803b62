using System;
using Norme48.Decisions;
using Norme48.Vocabulary;
using Xunit;

namespace Norme48.Tests.Evaluation;

public sealed partial class Norme48EvaluatorTests
{
    // NS48-TRANSFER-IDENTITY-SITUATION: identity (but the internal code) and situation fields go only with the
    // acquirer's commitment; consent changes nothing. Every allowed transfer carries acquirer-commitment.
    [Theory]
    [InlineData("last-name", false)]
    [InlineData("profession", true)]
    public void MayTransfer_IdentityOrSituationFieldWithCommitment_AllowedUnderIdentitySituation(string field, bool consent)
    {
        var decision = Evaluator.MayTransfer(Field(field), TransferMode.Cession, Conditions(commitment: true, consent: consent));

        DecisionAssert.Allowed(decision, "NS48-TRANSFER-IDENTITY-SITUATION");
        AssertAcquirerCommitment(decision);
    }

    [Theory]
    [InlineData("last-name", false)]
    [InlineData("activity-domain", true)]
    public void MayTransfer_IdentityOrSituationFieldWithoutCommitment_DeniedUnderIdentitySituation(string field, bool consent)
    {
        var decision = Evaluator.MayTransfer(Field(field), TransferMode.Rental, Conditions(consent: consent));

        DecisionAssert.Denied(decision, "NS48-TRANSFER-IDENTITY-SITUATION");
    }

    // NS48-TRANSFER-OBJECTION: a person who objected is never transferred; with the other denying rules, in catalogue order.
    [Theory]
    [InlineData("last-name", true, "NS48-TRANSFER-OBJECTION")]
    [InlineData("last-name", false, "NS48-TRANSFER-IDENTITY-SITUATION, NS48-TRANSFER-OBJECTION")]
    public void MayTransfer_IdentityOrSituationFieldObjected_DeniedCitingObjection(string field, bool commitment, string rules)
    {
        var decision = Evaluator.MayTransfer(Field(field), TransferMode.Exchange, Conditions(commitment, consent: true, objected: true));

        DecisionAssert.Denied(decision, Rules(rules));
    }

    [Theory]
    [InlineData(false, false)]
    [InlineData(true, true)]
    public void MayTransfer_InternalClientCode_DeniedUnderInternalCode(bool commitment, bool consent)
    {
        var decision = Evaluator.MayTransfer(DataField.InternalClientCode, TransferMode.Cession, Conditions(commitment, consent));

        DecisionAssert.Denied(decision, "NS48-TRANSFER-INTERNAL-CODE");
    }

    [Theory]
    [InlineData(false, false)]
    [InlineData(true, true)]
    public void MayTransfer_InternalClientCodeObjected_CitesInternalCodeThenObjection(bool commitment, bool consent)
    {
        var decision = Evaluator.MayTransfer(DataField.InternalClientCode, TransferMode.Cession, Conditions(commitment, consent, objected: true));

        DecisionAssert.Denied(decision, "NS48-TRANSFER-INTERNAL-CODE", "NS48-TRANSFER-OBJECTION");
    }

    // NS48-TRANSFER-RELATIONSHIP-CONSENT (interpretation): commercial-relationship data not flagged sensitive go with
    // express consent plus the acquirer's commitment.
    [Theory]
    [InlineData("product-purchased", null)]
    [InlineData("quantity", false)]
    public void MayTransfer_RelationshipFieldWithConsentAndCommitment_AllowedUnderRelationshipConsent(string field, bool? sensitive)
    {
        var decision = Evaluator.MayTransfer(Field(field), TransferMode.Rental, Conditions(commitment: true, consent: true), sensitive);

        DecisionAssert.Allowed(decision, "NS48-TRANSFER-RELATIONSHIP-CONSENT");
        AssertAcquirerCommitment(decision);
    }

    [Theory]
    [InlineData("amount", null, true, false)]
    [InlineData("periodicity", false, false, false)]
    public void MayTransfer_RelationshipFieldMissingConsentOrCommitment_DeniedUnderRelationshipConsent(
        string field, bool? sensitive, bool commitment, bool consent)
    {
        var decision = Evaluator.MayTransfer(Field(field), TransferMode.Cession, Conditions(commitment, consent), sensitive);

        DecisionAssert.Denied(decision, "NS48-TRANSFER-RELATIONSHIP-CONSENT");
    }

    // NS48-TRANSFER-SENSITIVE-CONSENT: the caller may flag any commercial-relationship field as sensitive-revealing.
    [Theory]
    [InlineData("documentation-requests")]
    [InlineData("product-purchased")]
    public void MayTransfer_SensitiveFieldWithConsentAndCommitment_AllowedUnderSensitiveConsent(string field)
    {
        var decision = Evaluator.MayTransfer(Field(field), TransferMode.Exchange, Conditions(commitment: true, consent: true), sensitive: true);

        DecisionAssert.Allowed(decision, "NS48-TRANSFER-SENSITIVE-CONSENT");
        AssertAcquirerCommitment(decision);
    }

    // "a missing consent or commitment is cited under this rule"
    [Theory]
    [InlineData("documentation-requests", true, false)]
    [InlineData("purchase-history", false, true)]
    public void MayTransfer_SensitiveFieldMissingConsentOrCommitment_DeniedUnderSensitiveConsent(string field, bool commitment, bool consent)
    {
        var decision = Evaluator.MayTransfer(Field(field), TransferMode.Cession, Conditions(commitment, consent), sensitive: true);

        DecisionAssert.Denied(decision, "NS48-TRANSFER-SENSITIVE-CONSENT");
    }

    [Theory]
    [InlineData("product-purchased", null, true, "NS48-TRANSFER-OBJECTION")]
    [InlineData("product-purchased", null, false, "NS48-TRANSFER-OBJECTION, NS48-TRANSFER-RELATIONSHIP-CONSENT")]
    [InlineData("documentation-requests", true, true, "NS48-TRANSFER-OBJECTION")]
    [InlineData("documentation-requests", true, false, "NS48-TRANSFER-OBJECTION, NS48-TRANSFER-SENSITIVE-CONSENT")]
    public void MayTransfer_RelationshipFieldObjected_DeniedCitingObjectionFirst(string field, bool? sensitive, bool consentAndCommitment, string rules)
    {
        var conditions = Conditions(consentAndCommitment, consentAndCommitment, objected: true);

        var decision = Evaluator.MayTransfer(Field(field), TransferMode.Cession, conditions, sensitive);

        DecisionAssert.Denied(decision, Rules(rules));
    }

    // NS48-TRANSFER-OTHER: payment-means, invoice-settlement and connection data are never transferred.
    [Theory]
    [InlineData("bank-account-details")]
    [InlineData("payment-terms")]
    [InlineData("ip-address")]
    public void MayTransfer_PaymentInvoiceOrConnectionField_DeniedUnderOther(string field)
    {
        var decision = Evaluator.MayTransfer(Field(field), TransferMode.Cession, Conditions(commitment: true, consent: true));

        DecisionAssert.Denied(decision, "NS48-TRANSFER-OTHER");
    }

    // NS48-TRANSFER-OTHER: the message names the category that is never transferred; a share to the file acquirer
    // carries the transfer's message, then the advice to ask for a transfer.
    [Theory]
    [InlineData("bank-account-details", "Payment-means data")]
    [InlineData("payment-terms", "Invoice-settlement data")]
    [InlineData("ip-address", "Connection data")]
    public void MayTransfer_PaymentInvoiceOrConnectionField_MessageNamesItsCategory(string field, string category)
    {
        var custom = DataField.Custom("declared-field", Field(field).Category);

        foreach (var asked in new[] { Field(field), custom })
        {
            var transfer = Evaluator.MayTransfer(asked, TransferMode.Cession, Conditions(commitment: true, consent: true));
            var share = Evaluator.MayShare(asked, Recipient.FileAcquirer);

            var message = Assert.Single(transfer.Reasons).Message;
            Assert.StartsWith(category, message.English, StringComparison.Ordinal);
            Assert.StartsWith(message.English + " ", Assert.Single(share.Reasons).Message.English, StringComparison.Ordinal);
            Assert.StartsWith(message.French + " ", share.Reasons[0].Message.French, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("transaction-number")]
    [InlineData("connection-date")]
    public void MayTransfer_PaymentInvoiceOrConnectionFieldObjected_CitesObjectionThenOther(string field)
    {
        var decision = Evaluator.MayTransfer(Field(field), TransferMode.Cession, Conditions(objected: true));

        DecisionAssert.Denied(decision, "NS48-TRANSFER-OBJECTION", "NS48-TRANSFER-OTHER");
    }

    [Theory]
    [InlineData(false, false, false)]
    [InlineData(false, false, true)]
    public void MayTransfer_Nir_DeniedUnderDataNirAlone(bool commitment, bool consent, bool objected)
    {
        var decision = Evaluator.MayTransfer(DataField.Nir, TransferMode.Cession, Conditions(commitment, consent, objected));

        DecisionAssert.Denied(decision, "NS48-DATA-NIR");
    }

    [Theory]
    [InlineData("health", "last-name", true)]
    [InlineData("education", "internal-client-code", true)]
    [InlineData("banking", "nir", true)]
    public void MayTransfer_SectorOutsideNorm_CitesScopeSectorAlone(string sector, string field, bool objected)
    {
        var conditions = Conditions(commitment: true, consent: true, objected: objected);

        var decision = Evaluator.MayTransfer(Field(field), TransferMode.Cession, conditions, sector: Sector.FromName(sector));

        DecisionAssert.Denied(decision, "NS48-SCOPE-SECTOR");
    }

    // « cession, location ou échange »: the three modes are one ask.
    [Theory]
    [InlineData(TransferMode.Rental)]
    [InlineData(TransferMode.Exchange)]
    public void MayTransfer_RentalOrExchange_DecidedAsCession(TransferMode mode)
    {
        var fields = new[] { DataField.LastName, DataField.ProductPurchased, DataField.InternalClientCode, DataField.Balances };

        foreach (var field in fields)
        {
            var asked = Evaluator.MayTransfer(field, mode, Conditions(commitment: true, consent: true));
            var cession = Evaluator.MayTransfer(field, TransferMode.Cession, Conditions(commitment: true, consent: true));

            Assert.Equal(cession.Verdict, asked.Verdict);
            Assert.Equal(cession.Rules, asked.Rules);
        }
    }

    [Fact]
    public void MayTransfer_UndefinedMode_ThrowsArgumentOutOfRange()
    {
        var exception = Assert.Throws<ArgumentOutOfRangeException>(
            () => Evaluator.MayTransfer(DataField.LastName, (TransferMode)0, Conditions(commitment: true)));

        Assert.Equal("mode", exception.ParamName);
        Assert.StartsWith("Not a defined transfer mode.", exception.Message, StringComparison.Ordinal);
    }

    // "On other categories the flag is refused, whatever its value (an error, not a silent no-op): in C# an
    // ArgumentException naming the parameter."
    [Theory]
    [InlineData("last-name", true)]
    [InlineData("bank-card-number", true)]
    [InlineData("nir", true)]
    public void MayTransfer_SensitiveFlagOnAnotherCategory_ThrowsNamingSensitive(string field, bool sensitive)
    {
        var exception = Assert.Throws<ArgumentException>(
            () => Evaluator.MayTransfer(Field(field), TransferMode.Cession, Conditions(commitment: true, consent: true), sensitive));

        Assert.Equal("sensitive", exception.ParamName);
    }

    // MayTransfer's docs: "sensitive is given (whatever its value) for a field that is not a built-in
    // commercial-relationship field" throws; a custom field carries its own flag (DataField.Custom).
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void MayTransfer_SensitiveFlagOnCustomRelationshipField_ThrowsNamingSensitiveAndPointingToDataFieldCustom(bool sensitive)
    {
        var custom = DataField.Custom("union-services-documentation", DataCategory.CommercialRelationship, mayRevealSensitiveData: true);

        var exception = Assert.Throws<ArgumentException>(
            () => Evaluator.MayTransfer(custom, TransferMode.Cession, Conditions(commitment: true, consent: true), sensitive));

        Assert.Equal("sensitive", exception.ParamName);
        Assert.Contains("DataField.Custom", exception.Message, StringComparison.Ordinal);
    }

    // "A custom field is a field of its category": the transfer rules apply to it exactly as to a built-in field.
    [Theory]
    [InlineData("identity", null, true, false, true, "NS48-TRANSFER-IDENTITY-SITUATION")]
    [InlineData("commercial-relationship", true, true, true, true, "NS48-TRANSFER-SENSITIVE-CONSENT")]
    [InlineData("commercial-relationship", true, true, false, false, "NS48-TRANSFER-SENSITIVE-CONSENT")]
    [InlineData("commercial-relationship", false, true, true, true, "NS48-TRANSFER-RELATIONSHIP-CONSENT")]
    [InlineData("commercial-relationship", null, false, true, false, "NS48-TRANSFER-RELATIONSHIP-CONSENT")]
    [InlineData("payment-means", null, true, true, false, "NS48-TRANSFER-OTHER")]
    [InlineData("connection-data", null, true, true, false, "NS48-TRANSFER-OTHER")]
    [InlineData("excluded", null, true, true, false, "NS48-DATA-NIR")]
    public void MayTransfer_CustomField_DecidedAsItsCategory(
        string category, bool? mayRevealSensitiveData, bool commitment, bool consent, bool allowed, string rule)
    {
        var custom = DataField.Custom("declared-field", Category(category), mayRevealSensitiveData);

        var decision = Evaluator.MayTransfer(custom, TransferMode.Cession, Conditions(commitment, consent));

        if (allowed)
        {
            DecisionAssert.Allowed(decision, rule);
            AssertAcquirerCommitment(decision);
        }
        else
        {
            DecisionAssert.Denied(decision, rule);
        }
    }

    [Fact]
    public void MayTransfer_CustomFieldFlaggedSensitive_DecidedAsBuiltInFieldFlaggedPerTransfer()
    {
        var custom = DataField.Custom("union-services-documentation", DataCategory.CommercialRelationship, mayRevealSensitiveData: true);

        for (var flags = 0; flags < 8; flags++)
        {
            var conditions = Conditions((flags & 1) != 0, (flags & 2) != 0, (flags & 4) != 0);

            var customDecision = Evaluator.MayTransfer(custom, TransferMode.Cession, conditions);
            var builtInDecision = Evaluator.MayTransfer(DataField.DocumentationRequests, TransferMode.Cession, conditions, sensitive: true);

            Assert.Equal(builtInDecision.Verdict, customDecision.Verdict);
            Assert.Equal(builtInDecision.Rules, customDecision.Rules);
        }
    }

    private static void AssertAcquirerCommitment(Decision decision)
    {
        var obligation = DecisionAssert.SingleObligation(decision, "acquirer-commitment");
        Assert.Equal(Assert.Single(decision.Rules), obligation.Rule.Id);
        Assert.Same(Edition.Ns2005, obligation.Rule.Edition);
    }
}
