using System;
using NodaTime;
using Norme48.Declarations;
using Norme48.Prospecting;
using Norme48.Retention;
using Norme48.Vocabulary;

namespace Norme48.Tests.Declarations;

/// <summary>
/// One defect per rule a declaration can break, each added to the compliant shop without touching the others, with the
/// single violation RULES.md says it causes. The defects are listed in catalogue order of their rules.
/// </summary>
internal static class DefectCatalogue
{
    private static readonly RetentionPolicy LongClient =
        new(SubjectStatus.Client, null, false, RetentionAnchor.RelationshipEnd, Period.FromMonths(1), RetentionEndAction.Purge);

    private static readonly RetentionPolicy LongProof =
        new(SubjectStatus.Client, null, true, RetentionAnchor.ProofDocumentDate, Period.FromYears(11), RetentionEndAction.ArchiveThenPurge);

    private static readonly RetentionPolicy LongProspect =
        new(SubjectStatus.Prospect, null, false, RetentionAnchor.LastContactFromPerson, Period.FromMonths(13), RetentionEndAction.Purge);

    private static readonly RetentionPolicy PatientProspect =
        new(SubjectStatus.Prospect, null, false, RetentionAnchor.LastContactFromPerson, null, RetentionEndAction.Purge, maxUnansweredSolicitations: 3);

    private static readonly Defect[] Defects =
    [
        new("excluded-purpose", d => d.Purposes.Add(ProcessingPurpose.SharedLoyaltyProgramme),
            "NS48-SCOPE-EXCLUDED-USE", DeclarationPart.Purpose, "shared-loyalty-programme"),
        new("nir-field", d => d.Fields.Add(new DeclaredField(DataField.Nir, [ProcessingPurpose.Orders])),
            "NS48-DATA-NIR", DeclarationPart.Field, "nir"),
        new("connection-field-for-orders", d => d.Fields.Add(new DeclaredField(DataField.IpAddress, [ProcessingPurpose.Orders])),
            "NS48-DATA-CONNECTION-STATS-ONLY", DeclarationPart.Field, "ip-address → orders"),
        new("contracted-companies-without-basis", d => Replace(d, Recipient.ContractedCompanies, new DeclaredRecipient(Recipient.ContractedCompanies)),
            "NS48-RCPT-ACCESS", DeclarationPart.Recipient, "contracted-companies"),
        new("public-bodies-without-basis", d => Replace(d, Recipient.PublicBodies, new DeclaredRecipient(Recipient.PublicBodies)),
            "NS48-RCPT-PUBLIC-BODIES", DeclarationPart.Recipient, "public-bodies"),
        new("debt-collectors-without-basis", d => d.Recipients.Add(new DeclaredRecipient(Recipient.DebtCollectors)),
            "NS48-RCPT-DEBT-RECOVERY", DeclarationPart.Recipient, "debt-collectors"),
        new("unlisted-recipient", d => d.Recipients.Add(new DeclaredRecipient(Recipient.Unlisted("ad-network"))),
            "NS48-RCPT-UNKNOWN", DeclarationPart.Recipient, "ad-network"),
        new("card-number-transferred", d => d.FileTransfer = new FileTransferDeclaration([TransferMode.Rental], [DataField.BankCardNumber], true, true, true),
            "NS48-TRANSFER-OTHER", DeclarationPart.FileTransfer, "bank-card-number"),
        new("client-policy-too-long", d => d.RetentionPolicies.Add(LongClient),
            "NS48-RET-CLIENT", DeclarationPart.RetentionPolicy, LongClient.ToString()),
        new("proof-policy-too-long", d => d.RetentionPolicies.Add(LongProof),
            "NS48-RET-CLIENT-PROOF", DeclarationPart.RetentionPolicy, LongProof.ToString()),
        new("prospect-policy-too-long", d => d.RetentionPolicies.Add(LongProspect),
            "NS48-RET-PROSPECT-1Y", DeclarationPart.RetentionPolicy, LongProspect.ToString()),
        new("prospect-count-too-high", d => d.RetentionPolicies.Add(PatientProspect),
            "NS48-RET-PROSPECT-2-UNANSWERED", DeclarationPart.RetentionPolicy, PatientProspect.ToString()),
        new("form-without-rights", d => d.Forms.Add(new DeclaredForm("info-form", new NoticeForm(DeclarationDraft.AllItems[..5]))),
            "NS48-INFO-NOTICE", DeclarationPart.Form, "info-form"),
        new("form-without-objection-notice", d => d.Forms.Add(new DeclaredForm(
                "objection-form", new NoticeForm(DeclarationDraft.AllItems, prospecting: true, objectionNotice: false, consentCheckbox: ConsentCheckbox.Unticked))),
            "NS48-INFO-PROSPECTING-OBJECTION", DeclarationPart.Form, "objection-form"),
        new("sms-without-consent", d => d.Channels.Add(new DeclaredChannel(ProspectingChannel.Sms, Audience.Consumer, SubjectStatus.Prospect, false, true)),
            "NS48-PROSP-E-CONSENT", DeclarationPart.Channel, "sms → consumer prospect"),
        new("fax-to-professionals-without-objection", d => d.Channels.Add(new DeclaredChannel(ProspectingChannel.Fax, Audience.Professional, SubjectStatus.Prospect, false, false)),
            "NS48-PROSP-EXCEPTION-OBJECTION", DeclarationPart.Channel, "fax → professional prospect"),
        new("pre-ticked-form", d => d.Forms.Add(new DeclaredForm("checkbox-form", new NoticeForm(DeclarationDraft.AllItems, consentCheckbox: ConsentCheckbox.PreTicked))),
            "NS48-PROSP-CHECKBOX", DeclarationPart.Form, "checkbox-form"),
        new("trackers-without-notice", d => d.UsesTrackers = true,
            "NS48-INFO-COOKIES", DeclarationPart.Trackers, "trackers"),
        new("no-data-protection", d => d.Security = new SecurityMeasures(false, true, true, true, true),
            "NS48-SEC", DeclarationPart.Security, "data-protection"),
    ];

    public static int Count => Defects.Length;

    public static string Name(int index) => Defects[index].Name;

    public static void Apply(int index, DeclarationDraft draft) => Defects[index].Apply(draft);

    public static (string Rule, DeclarationPart Part, string Subject) Expected(int index) =>
        (Defects[index].Rule, Defects[index].Part, Defects[index].Subject);

    private static void Replace(DeclarationDraft draft, Recipient recipient, DeclaredRecipient replacement) =>
        draft.Recipients[draft.Recipients.FindIndex(r => r.Recipient == recipient)] = replacement;

    private sealed record Defect(string Name, Action<DeclarationDraft> Apply, string Rule, DeclarationPart Part, string Subject);
}
