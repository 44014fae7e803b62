using System;
using Norme48.Declarations;
using Norme48.Vocabulary;
using Xunit;

namespace Norme48.Tests.Declarations;

/// <summary>The cession, rental or exchange of the file: RULES.md, "Cession, rental, exchange of the file (transfer)".</summary>
public sealed partial class ConformityEvaluatorTests
{
    private static FileTransferDeclaration Transfer(
        DataField[] fields, bool commitment = true, bool consent = true, bool objectorsExcluded = true, TransferMode mode = TransferMode.Rental) =>
        new([mode], fields, commitment, consent, objectorsExcluded);

    [Theory]
    [InlineData(TransferMode.Cession)]
    [InlineData(TransferMode.Rental)]
    [InlineData(TransferMode.Exchange)]
    public void Evaluate_TransferWithEveryCondition_CompliantAndNotesTheAcquirersCommitment(TransferMode mode)
    {
        var draft = DeclarationDraft.CompliantShop();
        draft.Purposes.Add(ProcessingPurpose.FileTransfer);
        draft.FileTransfer = Transfer([DataField.LastName, DataField.PostalAddress, DataField.Profession, DataField.ProductPurchased], mode: mode);

        var report = Checker.Evaluate(draft.Build());

        ReportAssert.Compliant(report);
        Assert.Contains(report.Notes, n => n.English.Contains("address the persons directly", StringComparison.Ordinal));
    }

    // NS48-TRANSFER-INTERNAL-CODE: "internal-client-code is never ceded, rented or exchanged."
    [Fact]
    public void Evaluate_TransferOfInternalClientCode_TransferInternalCode()
    {
        var draft = DeclarationDraft.CompliantShop();
        draft.FileTransfer = Transfer([DataField.LastName, DataField.InternalClientCode]);

        var report = Checker.Evaluate(draft.Build());

        ReportAssert.SingleViolation(report, "NS48-TRANSFER-INTERNAL-CODE", DeclarationPart.FileTransfer, "internal-client-code");
    }

    // NS48-TRANSFER-IDENTITY-SITUATION: "only if the acquirer commits to use them solely to address the persons directly".
    [Fact]
    public void Evaluate_TransferOfIdentityAndSituationWithoutCommitment_TransferIdentitySituationPerField()
    {
        var draft = DeclarationDraft.CompliantShop();
        draft.FileTransfer = Transfer([DataField.LastName, DataField.EmailAddress, DataField.Profession], commitment: false);

        var report = Checker.Evaluate(draft.Build());

        ReportAssert.Violations(
            report,
            ("NS48-TRANSFER-IDENTITY-SITUATION", DeclarationPart.FileTransfer, "last-name"),
            ("NS48-TRANSFER-IDENTITY-SITUATION", DeclarationPart.FileTransfer, "email-address"),
            ("NS48-TRANSFER-IDENTITY-SITUATION", DeclarationPart.FileTransfer, "profession"));
    }

    // NS48-TRANSFER-RELATIONSHIP-CONSENT: denied "when either is missing" (express consent, acquirer's commitment).
    [Theory]
    [InlineData(true, false)]
    [InlineData(false, true)]
    [InlineData(false, false)]
    public void Evaluate_TransferOfCommercialFieldWithoutConsentOrCommitment_TransferRelationshipConsent(bool commitment, bool consent)
    {
        var draft = DeclarationDraft.CompliantShop();
        draft.FileTransfer = Transfer([DataField.ProductPurchased, DataField.Quantity], commitment: commitment, consent: consent);

        var report = Checker.Evaluate(draft.Build());

        ReportAssert.Violations(
            report,
            ("NS48-TRANSFER-RELATIONSHIP-CONSENT", DeclarationPart.FileTransfer, "product-purchased"),
            ("NS48-TRANSFER-RELATIONSHIP-CONSENT", DeclarationPart.FileTransfer, "quantity"));
    }

    // NS48-TRANSFER-SENSITIVE-CONSENT: the caller may flag a commercial-relationship field as sensitive-revealing, and a
    // custom field carries its own flag.
    [Fact]
    public void Evaluate_TransferOfSensitiveCommercialFieldsWithoutConsent_TransferSensitiveConsent()
    {
        var draft = DeclarationDraft.CompliantShop();
        var subscription = DataField.Custom("union-magazine-subscription", DataCategory.CommercialRelationship, mayRevealSensitiveData: true);
        draft.Fields.Add(new DeclaredField(DataField.DocumentationRequests, [ProcessingPurpose.ProspectingSelection], sensitive: true));
        draft.Fields.Add(new DeclaredField(subscription, [ProcessingPurpose.ProspectingSelection]));
        draft.FileTransfer = Transfer([DataField.DocumentationRequests, subscription], consent: false);

        var report = Checker.Evaluate(draft.Build());

        ReportAssert.Violations(
            report,
            ("NS48-TRANSFER-SENSITIVE-CONSENT", DeclarationPart.FileTransfer, "documentation-requests"),
            ("NS48-TRANSFER-SENSITIVE-CONSENT", DeclarationPart.FileTransfer, "union-magazine-subscription"));
    }

    [Fact]
    public void Evaluate_TransferOfSensitiveCommercialFieldWithConsentAndCommitment_Compliant()
    {
        var draft = DeclarationDraft.CompliantShop();
        draft.Fields.Add(new DeclaredField(DataField.DocumentationRequests, [ProcessingPurpose.ProspectingSelection], sensitive: true));
        draft.FileTransfer = Transfer([DataField.DocumentationRequests]);

        var report = Checker.Evaluate(draft.Build());

        ReportAssert.Compliant(report);
    }

    // NS48-TRANSFER-OTHER: "Payment-means, invoice-settlement and connection data are never transferred."
    [Fact]
    public void Evaluate_TransferOfPaymentInvoiceAndConnectionFields_TransferOtherPerField()
    {
        var draft = DeclarationDraft.CompliantShop();
        draft.FileTransfer = Transfer(
            [DataField.BankCardNumber, DataField.BankAccountDetails, DataField.PaymentTerms, DataField.IpAddress, DataField.Custom("loyalty-card-pin", DataCategory.PaymentMeans)]);

        var report = Checker.Evaluate(draft.Build());

        ReportAssert.Violations(
            report,
            ("NS48-TRANSFER-OTHER", DeclarationPart.FileTransfer, "bank-card-number"),
            ("NS48-TRANSFER-OTHER", DeclarationPart.FileTransfer, "bank-account-details"),
            ("NS48-TRANSFER-OTHER", DeclarationPart.FileTransfer, "payment-terms"),
            ("NS48-TRANSFER-OTHER", DeclarationPart.FileTransfer, "ip-address"),
            ("NS48-TRANSFER-OTHER", DeclarationPart.FileTransfer, "loyalty-card-pin"));
    }

    // NS48-TRANSFER-OBJECTION: "A person who objected … is never transferred."
    [Fact]
    public void Evaluate_TransferWithObjectorsNotExcluded_TransferObjectionPerField()
    {
        var draft = DeclarationDraft.CompliantShop();
        draft.FileTransfer = Transfer([DataField.LastName, DataField.ProductPurchased], objectorsExcluded: false);

        var report = Checker.Evaluate(draft.Build());

        ReportAssert.Violations(
            report,
            ("NS48-TRANSFER-OBJECTION", DeclarationPart.FileTransfer, "last-name"),
            ("NS48-TRANSFER-OBJECTION", DeclarationPart.FileTransfer, "product-purchased"));
    }

    [Fact]
    public void Evaluate_TransferWithSeveralDefects_CatalogueOrderThenFieldOrder()
    {
        var draft = DeclarationDraft.CompliantShop();
        draft.FileTransfer = Transfer([DataField.LastName, DataField.InternalClientCode], objectorsExcluded: false);

        var report = Checker.Evaluate(draft.Build());

        ReportAssert.Violations(
            report,
            ("NS48-TRANSFER-INTERNAL-CODE", DeclarationPart.FileTransfer, "internal-client-code"),
            ("NS48-TRANSFER-OBJECTION", DeclarationPart.FileTransfer, "last-name"),
            ("NS48-TRANSFER-OBJECTION", DeclarationPart.FileTransfer, "internal-client-code"));
    }

    // NS48-DATA-NIR: "every other decision about it cites this rule alone: sharing and transfer are denied".
    [Fact]
    public void Evaluate_TransferOfNirWithObjectorsNotExcluded_DataNirAlone()
    {
        var draft = DeclarationDraft.CompliantShop();
        draft.FileTransfer = Transfer([DataField.Nir], objectorsExcluded: false);

        var report = Checker.Evaluate(draft.Build());

        ReportAssert.SingleViolation(report, "NS48-DATA-NIR", DeclarationPart.FileTransfer, "nir");
    }
}
