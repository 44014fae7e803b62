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

    private static readonly Lazy<SolicitDecisions> Solicit2005 = new(() => new SolicitDecisions(Rulebook.For(Edition.Ns2005)));

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
    /// <param name="at">The instant of the solicitation; <c>ns48-2005</c> decides without it.</param>
    /// <param name="sector">The controller's sector; <see cref="Sector.General"/> when <see langword="null"/>.</param>
    /// <returns>
    /// Denied under NS48-PROSP-OBJECTED alone when the person objected. On e-mail, SMS, fax and automated calls:
    /// allowed under NS48-PROSP-E-CONSENT with consent; without it, for a client or a professional, allowed or denied
    /// under NS48-PROSP-EXCEPTION-OBJECTION depending on whether an objection was offered at collection; otherwise
    /// denied under NS48-PROSP-E-CONSENT. On telephone and postal mail: allowed under NS48-PROSP-OPT-OUT. Retention
    /// rules are never applied here: ask <see cref="DecideRetention(DataField, Subject, Instant, bool, Instant?, Sector?)"/>.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="subject"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">
    /// <paramref name="channel"/> or <paramref name="audience"/> is not defined, or <paramref name="at"/> lies outside the accepted range.
    /// </exception>
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
        var decisions = Solicit2005.Value;
        if (sector is not null && sector.IsOutsideNorm(set))
        {
            return tables.OutOfScope;
        }

        var facts = subject.Prospecting;
        if (facts.Objected)
        {
            return decisions.Objected;
        }

        if (channel is ProspectingChannel.Phone or ProspectingChannel.Postal)
        {
            return decisions.OptOut;
        }

        if (facts.Consent)
        {
            return decisions.Consent;
        }

        if (subject.Status == SubjectStatus.Client || audience == Audience.Professional)
        {
            return facts.ObjectionOfferedAtCollection ? decisions.ExceptionAllowed : decisions.ExceptionDenied;
        }

        return decisions.NoConsent;
    }

    /// <summary>Checks that a collection form informs the person as the norm requires (NS48-INFO-*, NS48-PROSP-CHECKBOX).</summary>
    /// <param name="form">What the form shows and offers.</param>
    /// <param name="sector">The controller's sector; <see cref="Sector.General"/> when <see langword="null"/>.</param>
    /// <returns>
    /// The decision: one violation per missing information item (NS48-INFO-NOTICE), then the objection notice when the
    /// data serve prospecting (NS48-INFO-PROSPECTING-OBJECTION), the consent checkbox when it is pre-ticked, or missing
    /// while the data serve prospecting (NS48-PROSP-CHECKBOX), and the trackers notice when trackers are set
    /// (NS48-INFO-COOKIES). Outside the norm's sectors, out of scope under NS48-SCOPE-SECTOR alone.
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
        for (var item = NoticeItem.ControllerIdentity; item <= NoticeItem.Rights; item++)
        {
            if (!form.Items.Contains(item))
            {
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

        if (form.Trackers && !form.TrackersNotice)
        {
            violations.Add(new NoticeViolation(RuleId.InfoCookies, "trackers-notice"));
            reasons.Add(new Reason(Rulebook[RuleId.InfoCookies], Messages.TrackersNoticeMissing));
        }

        return new NoticeDecision(violations.Count == 0 ? NoticeVerdict.Compliant : NoticeVerdict.NonCompliant, Edition, [.. violations], [.. reasons]);
    }
}

/// <summary>Every solicitation decision of an edition, built once.</summary>
internal sealed class SolicitDecisions
{
    public SolicitDecisions(Rulebook rulebook)
    {
        var edition = rulebook.Edition;
        Decision Make(Verdict verdict, RuleId rule, LocalizedText message) => new(verdict, edition, [new Reason(rulebook[rule], message)]);
        Objected = Make(Verdict.Denied, RuleId.ProspectingObjected, Messages.SolicitObjected);
        OptOut = Make(Verdict.Allowed, RuleId.ProspectingOptOut, Messages.SolicitOptOut);
        Consent = Make(Verdict.Allowed, RuleId.ProspectingElectronicConsent, Messages.SolicitConsent);
        ExceptionAllowed = Make(Verdict.Allowed, RuleId.ProspectingExceptionObjection, Messages.SolicitExceptionAllowed);
        ExceptionDenied = Make(Verdict.Denied, RuleId.ProspectingExceptionObjection, Messages.SolicitExceptionDenied);
        NoConsent = Make(Verdict.Denied, RuleId.ProspectingElectronicConsent, Messages.SolicitNoConsent);
    }

    public Decision Objected { get; }

    public Decision OptOut { get; }

    public Decision Consent { get; }

    public Decision ExceptionAllowed { get; }

    public Decision ExceptionDenied { get; }

    public Decision NoConsent { get; }
}
