using System;
using System.Linq;
using Norme48.Declarations;
using Norme48.Evaluation;
using Norme48.Prospecting;
using Norme48.Retention;
using Xunit;

namespace Norme48.Tests.Declarations;

/// <summary>
/// Forms, trackers, prospecting channels, security and transfers outside the EU: RULES.md, "Persons' rights and
/// prospecting" and "Security, transfers outside the EU".
/// </summary>
public sealed partial class ConformityEvaluatorTests
{
    private static ConformityReport EvaluateWithForm(NoticeForm notice, string id = "contact-form")
    {
        var draft = DeclarationDraft.CompliantShop();
        draft.Forms.Add(new DeclaredForm(id, notice));
        return Checker.Evaluate(draft.Build());
    }

    // NS48-INFO-NOTICE: "A collection form that lacks one is non-compliant, one violation per missing item."
    [Theory]
    [InlineData(NoticeItem.ControllerIdentity)]
    [InlineData(NoticeItem.Purposes)]
    [InlineData(NoticeItem.MandatoryOrOptional)]
    [InlineData(NoticeItem.ConsequencesOfNoAnswer)]
    [InlineData(NoticeItem.Recipients)]
    [InlineData(NoticeItem.Rights)]
    public void Evaluate_FormMissingOneItem_InfoNoticeOnTheForm(NoticeItem missing)
    {
        var notice = new NoticeForm(DeclarationDraft.AllItems.Where(i => i != missing));

        var report = EvaluateWithForm(notice);

        var violation = ReportAssert.SingleViolation(report, "NS48-INFO-NOTICE", DeclarationPart.Form, "contact-form");
        Assert.Contains(Norme48Evaluator.NoticeItemId(missing), violation.Message.English, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_FormMissingTwoItems_OneInfoNoticeViolationPerItem()
    {
        var notice = new NoticeForm([NoticeItem.ControllerIdentity, NoticeItem.Purposes, NoticeItem.MandatoryOrOptional, NoticeItem.ConsequencesOfNoAnswer]);

        var report = EvaluateWithForm(notice);

        ReportAssert.Violations(
            report,
            ("NS48-INFO-NOTICE", DeclarationPart.Form, "contact-form"),
            ("NS48-INFO-NOTICE", DeclarationPart.Form, "contact-form"));
        Assert.Contains("recipients", report.Violations[0].Message.English, StringComparison.Ordinal);
        Assert.Contains("rights", report.Violations[1].Message.English, StringComparison.Ordinal);
    }

    // NS48-INFO-PROSPECTING-OBJECTION: "Where data are used for prospecting, the person is told they may object".
    [Fact]
    public void Evaluate_ProspectingFormWithoutObjectionNotice_InfoProspectingObjection()
    {
        var notice = new NoticeForm(DeclarationDraft.AllItems, prospecting: true, objectionNotice: false, consentCheckbox: ConsentCheckbox.Unticked);

        var report = EvaluateWithForm(notice);

        ReportAssert.SingleViolation(report, "NS48-INFO-PROSPECTING-OBJECTION", DeclarationPart.Form, "contact-form");
    }

    [Fact]
    public void Evaluate_FormWithoutProspectingNorObjectionNotice_Compliant()
    {
        var notice = new NoticeForm(DeclarationDraft.AllItems, prospecting: false, objectionNotice: false);

        var report = EvaluateWithForm(notice);

        ReportAssert.Compliant(report);
    }

    // NS48-PROSP-CHECKBOX: "consent or objection is given by a simple means such as a checkbox. A pre-ticked box is not consent."
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Evaluate_FormWithPreTickedBox_ProspectingCheckbox(bool prospecting)
    {
        var notice = new NoticeForm(DeclarationDraft.AllItems, prospecting: prospecting, objectionNotice: prospecting, consentCheckbox: ConsentCheckbox.PreTicked);

        var report = EvaluateWithForm(notice, "newsletter-signup");

        ReportAssert.SingleViolation(report, "NS48-PROSP-CHECKBOX", DeclarationPart.Form, "newsletter-signup");
    }

    [Fact]
    public void Evaluate_ProspectingFormWithoutCheckbox_ProspectingCheckbox()
    {
        var notice = new NoticeForm(DeclarationDraft.AllItems, prospecting: true, objectionNotice: true, consentCheckbox: ConsentCheckbox.None);

        var report = EvaluateWithForm(notice);

        ReportAssert.SingleViolation(report, "NS48-PROSP-CHECKBOX", DeclarationPart.Form, "contact-form");
    }

    [Fact]
    public void Evaluate_FormWithEveryDefect_FormViolationsInCatalogueOrder()
    {
        var notice = new NoticeForm(
            [NoticeItem.Purposes], prospecting: true, objectionNotice: false, trackers: true, trackersNotice: false, consentCheckbox: ConsentCheckbox.PreTicked);

        var report = EvaluateWithForm(notice);

        Assert.Equal(
            new[] { "NS48-INFO-NOTICE", "NS48-INFO-PROSPECTING-OBJECTION", "NS48-PROSP-CHECKBOX", "NS48-INFO-COOKIES" },
            report.Violations.Select(v => v.Rule.Code).Distinct().ToArray());
        Assert.All(report.Violations, v => ReportAssert.Violation(v, v.Rule.Code, DeclarationPart.Form, "contact-form"));
    }

    [Fact]
    public void Evaluate_TwoDefectiveFormsDeclaredInReverseCatalogueOrder_CatalogueOrder()
    {
        var draft = DeclarationDraft.CompliantShop();
        draft.Forms.Add(new DeclaredForm("b-form", new NoticeForm(DeclarationDraft.AllItems, consentCheckbox: ConsentCheckbox.PreTicked)));
        draft.Forms.Add(new DeclaredForm("a-form", new NoticeForm([NoticeItem.ControllerIdentity, NoticeItem.Purposes, NoticeItem.MandatoryOrOptional, NoticeItem.ConsequencesOfNoAnswer, NoticeItem.Recipients])));

        var report = Checker.Evaluate(draft.Build());

        ReportAssert.Violations(
            report,
            ("NS48-INFO-NOTICE", DeclarationPart.Form, "a-form"),
            ("NS48-PROSP-CHECKBOX", DeclarationPart.Form, "b-form"));
    }

    // NS48-INFO-COOKIES: "Where trackers (cookies …) are used, users are told their purpose and how to refuse them."
    [Fact]
    public void Evaluate_TrackersWithoutNotice_InfoCookies()
    {
        var draft = DeclarationDraft.CompliantShop();
        draft.UsesTrackers = true;
        draft.TrackersNotice = false;

        var report = Checker.Evaluate(draft.Build());

        ReportAssert.SingleViolation(report, "NS48-INFO-COOKIES", DeclarationPart.Trackers, "trackers");
    }

    [Theory]
    [InlineData(true, true)]
    [InlineData(false, false)]
    [InlineData(false, true)]
    public void Evaluate_TrackersWithNoticeOrNoTrackers_Compliant(bool usesTrackers, bool trackersNotice)
    {
        var draft = DeclarationDraft.CompliantShop();
        draft.UsesTrackers = usesTrackers;
        draft.TrackersNotice = trackersNotice;

        var report = Checker.Evaluate(draft.Build());

        ReportAssert.Compliant(report);
    }

    [Fact]
    public void Evaluate_FormWithTrackersWithoutNotice_InfoCookiesOnTheForm()
    {
        var notice = new NoticeForm(DeclarationDraft.AllItems, trackers: true, trackersNotice: false);

        var report = EvaluateWithForm(notice);

        ReportAssert.SingleViolation(report, "NS48-INFO-COOKIES", DeclarationPart.Form, "contact-form");
    }

    // NS48-PROSP-E-CONSENT: "Electronic commercial prospecting (e-mail, SMS, fax, automated calls) needs the person's prior
    // consent, except (a) a pre-existing client relationship and (b) prospecting between professionals."
    [Theory]
    [InlineData(ProspectingChannel.Email, "email")]
    [InlineData(ProspectingChannel.Sms, "sms")]
    [InlineData(ProspectingChannel.Fax, "fax")]
    [InlineData(ProspectingChannel.AutomatedCall, "automated-call")] // "Ids are kebab-case in JSON and text"
    public void Evaluate_ElectronicChannelToConsumerProspectsWithoutConsent_ProspectingElectronicConsent(ProspectingChannel channel, string name)
    {
        var draft = DeclarationDraft.CompliantShop();
        draft.Channels.Add(new DeclaredChannel(channel, Audience.Consumer, SubjectStatus.Prospect, consentCollected: false, objectionOfferedAtCollection: true));

        var report = Checker.Evaluate(draft.Build());

        ReportAssert.SingleViolation(report, "NS48-PROSP-E-CONSENT", DeclarationPart.Channel, name + " → consumer prospect");
    }

    [Fact]
    public void Evaluate_EmailToConsumerProspectsWithoutConsent_SubjectNamesTheChannel()
    {
        var draft = DeclarationDraft.CompliantShop();
        draft.Channels[0] = new DeclaredChannel(ProspectingChannel.Email, Audience.Consumer, SubjectStatus.Prospect, consentCollected: false, objectionOfferedAtCollection: true);

        var report = Checker.Evaluate(draft.Build());

        ReportAssert.SingleViolation(report, "NS48-PROSP-E-CONSENT", DeclarationPart.Channel, "email → consumer prospect");
    }

    // NS48-PROSP-EXCEPTION-OBJECTION: "In those two exceptions, the person must have been able to object, simply and
    // unambiguously, at collection; otherwise denied."
    [Theory]
    [InlineData(Audience.Consumer, SubjectStatus.Client, "email → consumer client")]
    [InlineData(Audience.Professional, SubjectStatus.Prospect, "email → professional prospect")]
    [InlineData(Audience.Professional, SubjectStatus.Client, "email → professional client")]
    public void Evaluate_EmailUnderAnExceptionWithoutObjectionOffered_ProspectingExceptionObjection(Audience audience, SubjectStatus target, string subject)
    {
        var draft = DeclarationDraft.CompliantShop();
        draft.Channels.Add(new DeclaredChannel(ProspectingChannel.Email, audience, target, consentCollected: false, objectionOfferedAtCollection: false));

        var report = Checker.Evaluate(draft.Build());

        ReportAssert.SingleViolation(report, "NS48-PROSP-EXCEPTION-OBJECTION", DeclarationPart.Channel, subject);
    }

    [Theory]
    [InlineData(Audience.Consumer, SubjectStatus.Client)]
    [InlineData(Audience.Professional, SubjectStatus.Prospect)]
    public void Evaluate_EmailUnderAnExceptionWithObjectionOffered_Compliant(Audience audience, SubjectStatus target)
    {
        var draft = DeclarationDraft.CompliantShop();
        draft.Channels.Add(new DeclaredChannel(ProspectingChannel.Email, audience, target, consentCollected: false, objectionOfferedAtCollection: true));

        var report = Checker.Evaluate(draft.Build());

        ReportAssert.Compliant(report);
    }

    // NS48-PROSP-OPT-OUT: "Postal mail and telephone are not electronic prospecting in this edition: they are allowed".
    [Theory]
    [InlineData(ProspectingChannel.Phone)]
    [InlineData(ProspectingChannel.Postal)]
    public void Evaluate_PhoneOrPostalWithoutConsentNorObjectionOffered_Compliant(ProspectingChannel channel)
    {
        var draft = DeclarationDraft.CompliantShop();
        draft.Channels.Add(new DeclaredChannel(channel, Audience.Consumer, SubjectStatus.Prospect, consentCollected: false, objectionOfferedAtCollection: false));

        var report = Checker.Evaluate(draft.Build());

        ReportAssert.Compliant(report);
    }

    // NS48-SEC: "Precautions against distortion, damage and unauthorised access; for online services, against
    // unauthorised access to the system; for remote card payments, state-of-the-art secure payment systems."
    [Fact]
    public void Evaluate_NoDataProtection_SecurityOnDataProtection()
    {
        var draft = DeclarationDraft.CompliantShop();
        draft.Security = new SecurityMeasures(dataProtection: false, onlineService: true, onlineAccessProtection: true, remoteCardPayments: true, securePayment: true);

        var report = Checker.Evaluate(draft.Build());

        ReportAssert.SingleViolation(report, "NS48-SEC", DeclarationPart.Security, "data-protection");
    }

    [Fact]
    public void Evaluate_OnlineServiceWithoutAccessProtection_SecurityOnOnlineAccess()
    {
        var draft = DeclarationDraft.CompliantShop();
        draft.Security = new SecurityMeasures(dataProtection: true, onlineService: true, onlineAccessProtection: false, remoteCardPayments: true, securePayment: true);

        var report = Checker.Evaluate(draft.Build());

        ReportAssert.SingleViolation(report, "NS48-SEC", DeclarationPart.Security, "online-access-protection");
    }

    [Fact]
    public void Evaluate_CardPaymentsWithoutSecurePayment_SecurityOnSecurePayment()
    {
        var draft = DeclarationDraft.CompliantShop();
        draft.Security = new SecurityMeasures(dataProtection: true, onlineService: true, onlineAccessProtection: true, remoteCardPayments: true, securePayment: false);

        var report = Checker.Evaluate(draft.Build());

        ReportAssert.SingleViolation(report, "NS48-SEC", DeclarationPart.Security, "secure-payment");
    }

    [Fact]
    public void Evaluate_NoOnlineServiceNorCardPaymentsWithoutTheirMeasures_Compliant()
    {
        var draft = DeclarationDraft.CompliantShop();
        draft.Security = new SecurityMeasures(dataProtection: true, onlineService: false, onlineAccessProtection: false, remoteCardPayments: false, securePayment: false);

        var report = Checker.Evaluate(draft.Build());

        ReportAssert.Compliant(report);
    }

    [Fact]
    public void Evaluate_EverySecurityMeasureMissing_ThreeViolationsInChecklistOrder()
    {
        var draft = DeclarationDraft.CompliantShop();
        draft.Security = new SecurityMeasures(dataProtection: false, onlineService: true, onlineAccessProtection: false, remoteCardPayments: true, securePayment: false);

        var report = Checker.Evaluate(draft.Build());

        ReportAssert.Violations(
            report,
            ("NS48-SEC", DeclarationPart.Security, "data-protection"),
            ("NS48-SEC", DeclarationPart.Security, "online-access-protection"),
            ("NS48-SEC", DeclarationPart.Security, "secure-payment"));
    }

    // NS48-TRANSFER-OUTSIDE-EU: "a declaration states whether it transfers, and the report lists it."
    [Fact]
    public void Evaluate_TransfersOutsideEu_NoteNotViolation()
    {
        var draft = DeclarationDraft.CompliantShop();
        draft.TransfersOutsideEu = true;

        var report = Checker.Evaluate(draft.Build());

        ReportAssert.Compliant(report);
        var note = Assert.Single(report.Notes, n => n.English.Contains("NS48-TRANSFER-OUTSIDE-EU", StringComparison.Ordinal));
        Assert.Contains("NS48-TRANSFER-OUTSIDE-EU", note.French, StringComparison.Ordinal);
        ReportAssert.Bilingual(note);
    }

    [Fact]
    public void Evaluate_NoTransferOutsideEu_NoOutsideEuNote()
    {
        var declaration = DeclarationDraft.CompliantShop().Build();

        var report = Checker.Evaluate(declaration);

        Assert.DoesNotContain(report.Notes, n => n.English.Contains("NS48-TRANSFER-OUTSIDE-EU", StringComparison.Ordinal));
    }
}
