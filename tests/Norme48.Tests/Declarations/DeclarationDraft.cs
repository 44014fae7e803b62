using System.Collections.Generic;
using NodaTime;
using Norme48.Declarations;
using Norme48.Prospecting;
using Norme48.Retention;
using Norme48.Vocabulary;

namespace Norme48.Tests.Declarations;

/// <summary>
/// A declaration under construction: every part starts as the compliant small shop of <see cref="CompliantShop"/>, and a
/// test changes one part before <see cref="Build"/>. The controller is fictitious (example.org).
/// </summary>
internal sealed class DeclarationDraft
{
    public const string ControllerName = "La Boutique Exemple (fictitious shop)";

    public const string ControllerContact = "privacy@example.org";

    public const string ControllerAddress = "1 rue de l'Exemple, 00000 Exempleville";

    public const string SignupFormId = "account-signup";

    public Controller Controller { get; set; } = new(ControllerName, ControllerContact, ControllerAddress);

    public List<ProcessingPurpose> Purposes { get; } = [];

    public List<DeclaredField> Fields { get; } = [];

    public List<DeclaredRecipient> Recipients { get; } = [];

    public SecurityMeasures Security { get; set; } = AllSecurity;

    public Sector? Sector { get; set; }

    public Edition? Edition { get; set; }

    public FileTransferDeclaration? FileTransfer { get; set; }

    public List<RetentionPolicy> RetentionPolicies { get; } = [];

    public List<DeclaredChannel> Channels { get; } = [];

    public List<DeclaredForm> Forms { get; } = [];

    public bool UsesTrackers { get; set; }

    public bool TrackersNotice { get; set; }

    public bool TransfersOutsideEu { get; set; }

    public TransferAbroadDeclaration? TransferAbroad { get; set; }

    /// <summary>Every security measure attested, for an online shop taking remote card payments.</summary>
    public static SecurityMeasures AllSecurity =>
        new(dataProtection: true, onlineService: true, onlineAccessProtection: true, remoteCardPayments: true, securePayment: true);

    public static NoticeItem[] AllItems =>
    [
        NoticeItem.ControllerIdentity, NoticeItem.Purposes, NoticeItem.MandatoryOrOptional, NoticeItem.ConsequencesOfNoAnswer,
        NoticeItem.Recipients, NoticeItem.Rights,
    ];

    /// <summary>The norm's own durations, stated as a controller would: no longer than ns48-2005 allows.</summary>
    public static RetentionPolicy ClientPolicy =>
        new(SubjectStatus.Client, null, proofOnly: false, RetentionAnchor.RelationshipEnd, Period.Zero, RetentionEndAction.Purge);

    public static RetentionPolicy ProofPolicy =>
        new(SubjectStatus.Client, null, proofOnly: true, RetentionAnchor.ProofDocumentDate, Period.FromYears(10), RetentionEndAction.ArchiveThenPurge);

    public static RetentionPolicy ProspectPolicy =>
        new(SubjectStatus.Prospect, null, proofOnly: false, RetentionAnchor.LastContactFromPerson, Period.FromYears(1), RetentionEndAction.Purge, maxUnansweredSolicitations: 2);

    /// <summary>
    /// A small online shop: client management and prospecting purposes, identity and commercial-relationship fields,
    /// its staff, contracted companies for the execution of a contract and public bodies for a legal obligation, no
    /// cession of the file, a compliant sign-up form, e-mail to consenting consumer prospects and postal mail, every
    /// security measure, and retention policies no longer than the norm's.
    /// </summary>
    public static DeclarationDraft CompliantShop()
    {
        var draft = new DeclarationDraft();
        var orders = ProcessingPurpose.Orders;
        var deliveries = ProcessingPurpose.Deliveries;
        var invoices = ProcessingPurpose.Invoices;
        var accounting = ProcessingPurpose.Accounting;
        var prospectFile = ProcessingPurpose.ProspectFileManagement;
        var selection = ProcessingPurpose.ProspectingSelection;
        var solicitations = ProcessingPurpose.Solicitations;
        draft.Purposes.AddRange([orders, deliveries, invoices, accounting, prospectFile, selection, solicitations]);
        draft.Fields.AddRange(
        [
            new DeclaredField(DataField.LastName, [orders, deliveries, invoices, prospectFile, solicitations]),
            new DeclaredField(DataField.FirstNames, [orders, deliveries, invoices, prospectFile, solicitations]),
            new DeclaredField(DataField.PostalAddress, [deliveries, invoices, solicitations]),
            new DeclaredField(DataField.EmailAddress, [orders, prospectFile, solicitations]),
            new DeclaredField(DataField.InternalClientCode, [orders, accounting]),
            new DeclaredField(DataField.ProductPurchased, [orders, invoices, selection], proof: true, sensitive: false),
            new DeclaredField(DataField.Amount, [invoices, accounting], proof: true),
            new DeclaredField(DataField.DeliveryAddress, [deliveries]),
            new DeclaredField(DataField.PurchaseHistory, [selection]),
        ]);
        draft.Recipients.AddRange(
        [
            new DeclaredRecipient(Recipient.CommercialStaff),
            new DeclaredRecipient(Recipient.AdministrativeStaff),
            new DeclaredRecipient(Recipient.ContractedCompanies, SharingBasis.ContractExecution),
            new DeclaredRecipient(Recipient.PublicBodies, SharingBasis.LegalObligation),
        ]);
        draft.RetentionPolicies.AddRange([ClientPolicy, ProofPolicy, ProspectPolicy]);
        draft.Channels.AddRange(
        [
            new DeclaredChannel(ProspectingChannel.Email, Audience.Consumer, SubjectStatus.Prospect, consentCollected: true, objectionOfferedAtCollection: true),
            new DeclaredChannel(ProspectingChannel.Postal, Audience.Consumer, SubjectStatus.Client, consentCollected: false, objectionOfferedAtCollection: false),
        ]);
        draft.Forms.Add(new DeclaredForm(
            SignupFormId,
            new NoticeForm(AllItems, prospecting: true, objectionNotice: true, consentCheckbox: ConsentCheckbox.Unticked)));
        return draft;
    }

    /// <summary>The shop without prospecting: client-management purposes only, no channel, an order form.</summary>
    public static DeclarationDraft ShopWithoutProspecting()
    {
        var draft = new DeclarationDraft();
        var orders = ProcessingPurpose.Orders;
        var deliveries = ProcessingPurpose.Deliveries;
        var invoices = ProcessingPurpose.Invoices;
        draft.Purposes.AddRange([orders, deliveries, invoices]);
        draft.Fields.AddRange(
        [
            new DeclaredField(DataField.LastName, [orders, deliveries, invoices]),
            new DeclaredField(DataField.PostalAddress, [deliveries, invoices]),
            new DeclaredField(DataField.ProductPurchased, [orders, invoices], proof: true),
        ]);
        draft.Recipients.AddRange([new DeclaredRecipient(Recipient.CommercialStaff), new DeclaredRecipient(Recipient.AdministrativeStaff)]);
        draft.RetentionPolicies.AddRange([ClientPolicy, ProofPolicy]);
        draft.Forms.Add(new DeclaredForm("order-form", new NoticeForm(AllItems)));
        return draft;
    }

    public ProcessingDeclaration Build() => new(
        Controller,
        Purposes,
        Fields,
        Recipients,
        Security,
        Sector,
        Edition,
        FileTransfer,
        RetentionPolicies,
        Channels,
        Forms,
        UsesTrackers,
        TrackersNotice,
        TransfersOutsideEu,
        TransferAbroad);
}
