using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;
using Norme48.Decisions;
using Norme48.Prospecting;
using Norme48.Retention;
using Norme48.Rules;
using Norme48.Vocabulary;

namespace Norme48.Evaluation;

/// <content>Prospecting: may a person be solicited on a channel, and does a collection form inform them.</content>
public sealed partial class Norme48Evaluator
{

    /// <summary>The first Europe/Paris date on which telephone prospecting of consumers needs prior consent (loi n° 2025-594).</summary>
    // Stryker disable all : static initialiser, run once per test process before any mutant is active (README, Mutation testing)
    internal static readonly LocalDate PhoneConsentFrom = new(2026, 8, 11);
    // Stryker restore all

    private readonly SolicitDecisions solicit;

    /// <summary>Gets the id of a prospecting channel, such as <c>automated-call</c>.</summary>
    /// <param name="channel">The channel.</param>
    /// <returns>The kebab-case id.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="channel"/> is not a defined <see cref="ProspectingChannel"/>.</exception>
    public static string ChannelId(ProspectingChannel channel) =>
        channel is >= ProspectingChannel.Email and <= ProspectingChannel.Postal
            ? VocabularyIds.ProspectingChannels[(int)channel - 1]
            : throw new ArgumentOutOfRangeException(nameof(channel), channel, "Not a defined prospecting channel.");

    /// <summary>Gets the id of a notice item, such as <c>consequences-of-no-answer</c>.</summary>
    /// <param name="item">The item.</param>
    /// <returns>The kebab-case id.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="item"/> is not a defined <see cref="NoticeItem"/>.</exception>
    public static string NoticeItemId(NoticeItem item) =>
        item is >= NoticeItem.ControllerIdentity and <= NoticeItem.Rights
            ? VocabularyIds.NoticeItems[(int)item - 1]
            : throw new ArgumentOutOfRangeException(nameof(item), item, "Not a defined notice item.");

    /// <summary>Decides whether a person may be solicited on a channel (NS48-PROSP-*).</summary>
    /// <param name="channel">The channel of the solicitation.</param>
    /// <param name="audience">Whether the person is addressed as a consumer or as a professional.</param>
    /// <param name="subject">The person: status, consent, objection, and whether an objection was offered at collection.</param>
    /// <param name="at">
    /// The instant of the solicitation. Required under <c>ref-2021</c> for the telephone to a consumer (prior consent
    /// from 2026-08-11, Europe/Paris date); otherwise unused, except that under <c>ns48-2016</c> an instant before
    /// 2016-09-14 adds an <c>edition-note</c> advisory.
    /// </param>
    /// <param name="sector">The controller's sector; <see cref="Sector.General"/> when <see langword="null"/>.</param>
    /// <returns>
    /// Denied under NS48-PROSP-OBJECTED alone when the person objected. Under <c>ns48-2005</c>: on e-mail, SMS, fax and
    /// automated calls, allowed under NS48-PROSP-E-CONSENT with consent; without it, for a client or a professional,
    /// allowed or denied under NS48-PROSP-EXCEPTION-OBJECTION depending on whether an objection was offered at
    /// collection; otherwise denied under NS48-PROSP-E-CONSENT; on telephone and postal mail, allowed under
    /// NS48-PROSP-OPT-OUT. From <c>ns48-2016</c>, the exceptions are NS48-PROSP-SOFT-OPT-IN (a client, analogous
    /// products, an objection offered at collection and in every message) and NS48-PROSP-B2B (a professional who could
    /// object); a denial cites each exception that fails; under <c>ref-2021</c> the telephone to a consumer needs consent
    /// from 2026-08-11 (NS48-PROSP-PHONE-CONSENT). Retention rules are never applied here: ask
    /// <see cref="DecideRetention(DataField, Subject, Instant, bool, Instant?, Sector?)"/>.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="subject"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">
    /// <paramref name="channel"/> or <paramref name="audience"/> is not defined, or <paramref name="at"/> lies outside the accepted range.
    /// </exception>
    /// <exception cref="ArgumentException"><paramref name="at"/> is missing for the telephone to a consumer under <c>ref-2021</c>.</exception>
    public Decision MaySolicit(ProspectingChannel channel, Audience audience, Subject subject, Instant? at = null, Sector? sector = null)
    {
        ArgumentNullException.ThrowIfNull(subject);
        if (channel is < ProspectingChannel.Email or > ProspectingChannel.Postal)
        {
            throw new ArgumentOutOfRangeException(nameof(channel), channel, "Not a defined prospecting channel.");
        }

        if (audience is not (Audience.Consumer or Audience.Professional))
        {
            throw new ArgumentOutOfRangeException(nameof(audience), audience, "Not a defined audience.");
        }

        ParisCalendar.CheckRange(at, nameof(at));
        var decisions = solicit;
        if (sector is not null && sector.IsOutsideNorm(set))
        {
            return tables.OutOfScope;
        }

        var facts = subject.Prospecting;
        if (!later)
        {
            return facts.Objected ? decisions.Objected
                : channel is ProspectingChannel.Phone or ProspectingChannel.Postal ? decisions.OptOut
                : facts.Consent ? decisions.Consent
                : subject.Status == SubjectStatus.Client || audience == Audience.Professional
                    ? facts.ObjectionOfferedAtCollection ? decisions.ExceptionAllowed! : decisions.ExceptionDenied!
                : decisions.NoConsent;
        }

        var phoneConsentRequired = false;
        if (channel == ProspectingChannel.Phone && audience == Audience.Consumer && decisions.PhoneConsentAllowed is not null)
        {
            if (at is not { } when)
            {
                throw new ArgumentException(
                    $"Under {Edition.Id}, telephone prospecting of a consumer needs prior consent from 2026-08-11: give the solicitation's instant.", nameof(at));
            }

            phoneConsentRequired = when.InZone(ParisCalendar.Zone).Date >= PhoneConsentFrom;
        }

        var decision = facts.Objected ? decisions.Objected
            : phoneConsentRequired ? facts.Consent ? decisions.PhoneConsentAllowed! : decisions.PhoneConsentDenied!
            : channel is ProspectingChannel.Phone or ProspectingChannel.Postal ? decisions.OptOut
            : facts.Consent ? decisions.Consent
            : DecideWithoutConsent(decisions, subject.Status == SubjectStatus.Client, audience == Audience.Professional, facts);
        return at is { } instant && Edition.AmendedFrom is { } amended && instant.InZone(ParisCalendar.Zone).Date < amended
            ? decision.WithAdvisory(new Advisory(decision.Reasons[0].Rule, null, Messages.EditionNote2012, "edition-note"))
            : decision;
    }

    private static Decision DecideWithoutConsent(SolicitDecisions decisions, bool client, bool professional, in ProspectingFacts facts)
    {
        var offered = facts.ObjectionOfferedAtCollection;
        if (client && facts.AnalogousProducts && offered)
        {
            return decisions.SoftOptInAllowed!;
        }

        if (professional && offered)
        {
            return decisions.BusinessToBusinessAllowed!;
        }

        var softIndex = !facts.AnalogousProducts && !offered ? 2 : !facts.AnalogousProducts ? 0 : 1;
        return client && professional ? decisions.ClientAndProfessionalDenied[softIndex]
            : client ? decisions.SoftOptInDenied[softIndex]
            : professional ? decisions.BusinessToBusinessDenied!
            : decisions.NoConsent;
    }

    /// <summary>Checks that a collection form informs the person as the norm requires (NS48-INFO-*, NS48-PROSP-CHECKBOX).</summary>
    /// <param name="form">What the form shows and offers.</param>
    /// <param name="sector">The controller's sector; <see cref="Sector.General"/> when <see langword="null"/>.</param>
    /// <returns>
    /// The decision: one violation per missing information item (NS48-INFO-NOTICE), then the objection notice when the
    /// data serve prospecting (NS48-INFO-PROSPECTING-OBJECTION), the consent checkbox when it is pre-ticked, or missing
    /// while the data serve prospecting (NS48-PROSP-CHECKBOX), and the trackers notice when trackers are set
    /// (NS48-INFO-COOKIES, which <c>ref-2021</c> does not assess). From <c>ns48-2016</c> the form itself must carry the
    /// controller's identity, the purposes, whether answers are mandatory and the rights; a missing consequences-of-no-answer
    /// or recipients item is an advisory. Outside the norm's sectors, out of scope under NS48-SCOPE-SECTOR alone.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="form"/> is <see langword="null"/>.</exception>
    public NoticeDecision CheckNotice(NoticeForm form, Sector? sector = null)
    {
        ArgumentNullException.ThrowIfNull(form);
        if (sector is not null && sector.IsOutsideNorm(set))
        {
            return new NoticeDecision(NoticeVerdict.OutOfScope, Edition, [], [.. tables.OutOfScope.Reasons]);
        }

        var violations = new List<NoticeViolation>();
        var missing = new List<string>();
        List<Advisory>? advisories = null;
        for (var item = NoticeItem.ControllerIdentity; item <= NoticeItem.Rights; item++)
        {
            if (!form.Items.Contains(item))
            {
                // From ns48-2016 the form itself must carry four items; the other two may be given otherwise.
                if (later && item is NoticeItem.ConsequencesOfNoAnswer or NoticeItem.Recipients)
                {
                    (advisories ??= []).Add(new Advisory(Rulebook[RuleId.InfoNotice], null, Messages.NoticeItemAdvisory(NoticeItemId(item))));
                    continue;
                }

                violations.Add(new NoticeViolation(RuleId.InfoNotice, NoticeItemId(item)));
                missing.Add(NoticeItemId(item));
            }
        }

        var reasons = new List<Reason>();
        if (missing.Count > 0)
        {
            var list = string.Join(", ", missing);
            reasons.Add(new Reason(Rulebook[RuleId.InfoNotice], new LocalizedText(
                $"The form does not tell the person: {list}. Add them to the information shown at collection.",
                $"Le formulaire n'indique pas à la personne : {list}. Ajoutez ces mentions à l'information donnée lors de la collecte.")));
        }

        if (form.Prospecting && !form.ObjectionNotice)
        {
            violations.Add(new NoticeViolation(RuleId.InfoProspectingObjection, "objection-notice"));
            reasons.Add(new Reason(Rulebook[RuleId.InfoProspectingObjection], Messages.ObjectionNoticeMissing));
        }

        if (form.ConsentCheckbox == ConsentCheckbox.PreTicked || (form.ConsentCheckbox == ConsentCheckbox.None && form.Prospecting))
        {
            violations.Add(new NoticeViolation(RuleId.ProspectingCheckbox, "consent-checkbox"));
            reasons.Add(new Reason(
                Rulebook[RuleId.ProspectingCheckbox],
                form.ConsentCheckbox == ConsentCheckbox.PreTicked ? Messages.CheckboxPreTicked : Messages.CheckboxMissing));
        }

        if (form.Trackers && !form.TrackersNotice && Rulebook.Contains(RuleId.InfoCookies))
        {
            violations.Add(new NoticeViolation(RuleId.InfoCookies, "trackers-notice"));
            reasons.Add(new Reason(Rulebook[RuleId.InfoCookies], Messages.TrackersNoticeMissing));
        }

        return new NoticeDecision(
            violations.Count == 0 ? NoticeVerdict.Compliant : NoticeVerdict.NonCompliant, Edition, [.. violations], [.. reasons], advisories?.ToArray());
    }
}

/// <summary>Every solicitation decision of an edition, built once.</summary>
internal sealed class SolicitDecisions
{
    public SolicitDecisions(Rulebook rulebook)
    {
        var edition = rulebook.Edition;
        var later = !ReferenceEquals(edition, Edition.Ns2005);
        Reason Reason(RuleId rule, LocalizedText message) => new(rulebook[rule], message);
        Decision Make(Verdict verdict, RuleId rule, LocalizedText message) => new(verdict, edition, [Reason(rule, message)]);
        Objected = Make(Verdict.Denied, RuleId.ProspectingObjected, Messages.SolicitObjected);
        OptOut = Make(Verdict.Allowed, RuleId.ProspectingOptOut, later ? Messages.SolicitOptOutLater : Messages.SolicitOptOut);
        Consent = Make(Verdict.Allowed, RuleId.ProspectingElectronicConsent, later ? Messages.SolicitConsentExpress : Messages.SolicitConsent);
        NoConsent = Make(Verdict.Denied, RuleId.ProspectingElectronicConsent, later ? Messages.SolicitNoConsentLater : Messages.SolicitNoConsent);
        if (!later)
        {
            ExceptionAllowed = Make(Verdict.Allowed, RuleId.ProspectingExceptionObjection, Messages.SolicitExceptionAllowed);
            ExceptionDenied = Make(Verdict.Denied, RuleId.ProspectingExceptionObjection, Messages.SolicitExceptionDenied);
            SoftOptInDenied = ClientAndProfessionalDenied = [];
            return;
        }

        SoftOptInAllowed = Make(Verdict.Allowed, RuleId.ProspectingSoftOptIn, Messages.SoftOptInAllowed);
        BusinessToBusinessAllowed = Make(Verdict.Allowed, RuleId.ProspectingBusinessToBusiness, Messages.BusinessToBusinessAllowed);
        BusinessToBusinessDenied = Make(Verdict.Denied, RuleId.ProspectingBusinessToBusiness, Messages.BusinessToBusinessDenied);
        LocalizedText[] softMessages =
        [
            Messages.SoftOptInNotAnalogous,
            Messages.SoftOptInNoObjection,
            Messages.Join(Messages.SoftOptInNotAnalogous, Messages.SoftOptInNoObjection),
        ];
        SoftOptInDenied = [.. softMessages.Select(m => Make(Verdict.Denied, RuleId.ProspectingSoftOptIn, m))];
        ClientAndProfessionalDenied =
        [
            .. softMessages.Select(m => new Decision(Verdict.Denied, edition,
                [Reason(RuleId.ProspectingSoftOptIn, m), Reason(RuleId.ProspectingBusinessToBusiness, Messages.BusinessToBusinessDenied)])),
        ];
        if (rulebook.Contains(RuleId.ProspectingPhoneConsent))
        {
            PhoneConsentAllowed = Make(Verdict.Allowed, RuleId.ProspectingPhoneConsent, Messages.PhoneConsentAllowed);
            PhoneConsentDenied = Make(Verdict.Denied, RuleId.ProspectingPhoneConsent, Messages.PhoneConsentDenied);
        }
    }

    public Decision Objected { get; }

    public Decision OptOut { get; }

    public Decision Consent { get; }

    public Decision NoConsent { get; }

    public Decision? ExceptionAllowed { get; }

    public Decision? ExceptionDenied { get; }

    public Decision? SoftOptInAllowed { get; }

    /// <summary>Indexed 0: not analogous products, 1: no objection offered, 2: both.</summary>
    public Decision[] SoftOptInDenied { get; }

    public Decision? BusinessToBusinessAllowed { get; }

    public Decision? BusinessToBusinessDenied { get; }

    /// <summary>A client addressed as a professional, neither exception holding; indexed like <see cref="SoftOptInDenied"/>.</summary>
    public Decision[] ClientAndProfessionalDenied { get; }

    public Decision? PhoneConsentAllowed { get; }

    public Decision? PhoneConsentDenied { get; }
}
