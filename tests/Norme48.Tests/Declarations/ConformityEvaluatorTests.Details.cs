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
/// Details of <see cref="ConformityEvaluator.Evaluate"/> its documentation states: the purposes it refuses, a cession
/// declared without a mode, the acquirer's commitment noted once, policies without a status (which "match every
/// status"), a count limit noted only where one is declared, and the messages of form violations.
/// </summary>
public sealed partial class ConformityEvaluatorTests
{
    // "ArgumentException: the declaration names ... a purpose that this edition does not have": contests exist from
    // ns48-2016 on (RULES.md, "Purposes 2016").
    [Fact]
    public void Evaluate_PurposeOfALaterEdition_ThrowsNamingThePurposeAndTheDeclaration()
    {
        var draft = DeclarationDraft.CompliantShop();
        draft.Purposes.Add(ProcessingPurpose.Contests);
        var declaration = draft.Build();

        var exception = Assert.Throws<ArgumentException>(() => Checker.Evaluate(declaration));

        Assert.Equal("declaration", exception.ParamName);
        Assert.StartsWith("The purpose 'contests' is not part of edition ns48-2005; it exists in ns48-2016, ref-2021.", exception.Message, StringComparison.Ordinal);
    }

    // A declaration may name no mode (the constructor accepts an empty list): the transfer is still checked, every
    // mode being decided alike.
    [Fact]
    public void Evaluate_TransferWithoutMode_CheckedLikeAnyTransfer()
    {
        var draft = DeclarationDraft.CompliantShop();
        draft.Purposes.Add(ProcessingPurpose.FileTransfer);
        draft.FileTransfer = new FileTransferDeclaration([], [DataField.LastName, DataField.InternalClientCode], true, true, true);

        var report = Checker.Evaluate(draft.Build());

        ReportAssert.SingleViolation(report, "NS48-TRANSFER-INTERNAL-CODE", DeclarationPart.FileTransfer, "internal-client-code");
        Assert.Contains(Messages.AcquirerCommitment, report.Notes);
    }

    // Every allowed field carries the acquirer's commitment; the report notes it once for the file.
    [Fact]
    public void Evaluate_TransferOfSeveralAllowedFields_NotesTheAcquirersCommitmentOnce()
    {
        var draft = DeclarationDraft.CompliantShop();
        draft.Purposes.Add(ProcessingPurpose.FileTransfer);
        draft.FileTransfer = Transfer([DataField.LastName, DataField.PostalAddress, DataField.Profession, DataField.ProductPurchased]);

        var report = Checker.Evaluate(draft.Build());

        ReportAssert.Compliant(report);
        Assert.Single(report.Notes, n => n.Equals(Messages.AcquirerCommitment));
    }

    // "a count of unanswered solicitations under an edition that sets none (only ns48-2005 does) [is] accepted and
    // reported as notes": one note, for the policy that declares a count, none for the others.
    [Theory]
    [InlineData("ns48-2016")]
    [InlineData("ref-2021")]
    public void Evaluate_LaterEditionUnansweredCount_NotedForThatPolicyOnly(string id)
    {
        var edition = Of(id);
        var draft = LaterShop(edition);
        var counting = ProspectCount(5);
        draft.RetentionPolicies.Add(counting);

        var report = EvaluateUnder(edition, draft);

        var note = Assert.Single(report.Notes, n => n.English.Contains("limits unanswered solicitations", StringComparison.Ordinal));
        Assert.Equal(ConformityMessages.UnansweredCountIgnored(counting, edition), note);
    }

    // "a policy of either side without a status matches every status": a policy for any person keeping data a month
    // after the relationship ends is compared with the client policy (NS48-RET-CLIENT: not beyond the relationship).
    [Fact]
    public void Evaluate_PolicyWithoutStatusBeyondTheRelationship_RetentionClient()
    {
        var policy = new RetentionPolicy(null, null, proofOnly: false, RetentionAnchor.RelationshipEnd, Period.FromMonths(1), RetentionEndAction.Purge);

        var report = EvaluateWithPolicy(policy);

        Assert.Contains(("NS48-RET-CLIENT", DeclarationPart.RetentionPolicy, policy.ToString()), ReportAssert.Triples(report));
    }

    // "the same proof flag (a prospect policy whatever its flag)": a proof policy for any person, two years from the
    // last contact, is still compared with the prospect limit (NS48-RET-PROSPECT-1Y: a year from the last contact).
    [Fact]
    public void Evaluate_ProofPolicyWithoutStatusTwoYearsFromLastContact_RetentionProspectOneYear()
    {
        var policy = new RetentionPolicy(null, null, proofOnly: true, RetentionAnchor.LastContactFromPerson, Period.FromYears(2), RetentionEndAction.Purge);

        var report = EvaluateWithPolicy(policy);

        Assert.Contains(("NS48-RET-PROSPECT-1Y", DeclarationPart.RetentionPolicy, policy.ToString()), ReportAssert.Triples(report));
    }

    // A missing information item is reported with the item it lacks; another rule of the form keeps the message the
    // single decision gives ("the report and the single decisions never disagree").
    [Fact]
    public void Evaluate_FormMissingRecipients_MessageNamesTheMissingItem()
    {
        var notice = new NoticeForm(DeclarationDraft.AllItems.Where(i => i != NoticeItem.Recipients));

        var report = EvaluateWithForm(notice);

        var violation = ReportAssert.SingleViolation(report, "NS48-INFO-NOTICE", DeclarationPart.Form, "contact-form");
        Assert.Equal(Messages.MissingNoticeItem("recipients"), violation.Message);
    }

    [Fact]
    public void Evaluate_ProspectingFormWithoutObjectionNotice_MessageOfTheSingleDecision()
    {
        var notice = new NoticeForm(DeclarationDraft.AllItems, prospecting: true, objectionNotice: false, consentCheckbox: ConsentCheckbox.Unticked);

        var report = EvaluateWithForm(notice);

        var violation = ReportAssert.SingleViolation(report, "NS48-INFO-PROSPECTING-OBJECTION", DeclarationPart.Form, "contact-form");
        var decided = Norme48Evaluator.Default.CheckNotice(notice).Reasons.Single(r => r.RuleId == RuleId.InfoProspectingObjection);
        Assert.Equal(decided.Message, violation.Message);
        Assert.NotEqual(Messages.MissingNoticeItem("objection-notice"), violation.Message);
    }
}
