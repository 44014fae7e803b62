using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;
using Norme48.Decisions;
using Norme48.Evaluation;
using Norme48.Prospecting;
using Norme48.Retention;
using Norme48.Rules;
using Norme48.Vocabulary;

namespace Norme48.Declarations;

/// <summary>
/// Checks a whole declared processing against every rule of an edition: purposes, fields, recipients, the cession of
/// the file, retention policies, collection forms, trackers, prospecting channels and security measures.
/// </summary>
/// <remarks>Stateless and thread-safe. It asks the per-field evaluator the same questions a CRM would, so the report
/// and the single decisions never disagree.</remarks>
public sealed class ConformityEvaluator
{
    private readonly Norme48Evaluator evaluator;

    /// <summary>Initializes a new instance of the <see cref="ConformityEvaluator"/> class.</summary>
    /// <param name="evaluator">The evaluator whose edition and recommendation mode decide.</param>
    /// <exception cref="ArgumentNullException"><paramref name="evaluator"/> is <see langword="null"/>.</exception>
    public ConformityEvaluator(Norme48Evaluator evaluator)
    {
        ArgumentNullException.ThrowIfNull(evaluator);
        this.evaluator = evaluator;
    }

    /// <summary>Gets the edition declarations are checked under.</summary>
    public Edition Edition => evaluator.Edition;

    /// <summary>Checks a declaration.</summary>
    /// <param name="declaration">The declared processing.</param>
    /// <param name="asOf">
    /// The instant the report is made for. The report reads no clock; only the rules that change on a date need it:
    /// under <c>ref-2021</c>, the telephone to consumers needs prior consent from 2026-08-11 (NS48-PROSP-PHONE-CONSENT,
    /// Europe/Paris date). When <see langword="null"/>, the report decides as of 2026-08-11 or later, the rule in force
    /// from then on: a telephone channel to consumers without consent violates NS48-PROSP-PHONE-CONSENT. Give an
    /// earlier instant to check the declaration as the opposition-list regime (NS48-PROSP-OPT-OUT) saw it.
    /// </param>
    /// <returns>
    /// The report: every violation in catalogue order of its rule, then in the declaration's order, and notes that the
    /// report lists without judging.
    /// </returns>
    /// <remarks>
    /// <para>Each edition checks its own rules. Security: NS48-SEC under <c>ns48-2005</c>; NS48-SEC-AUTH,
    /// NS48-SEC-PASSWORDS, NS48-SEC-TRANSIT and NS48-SEC-PAYMENT-TRACE (when the processing takes remote card payments
    /// or declares a payment-means field) from <c>ns48-2016</c>, one violation per missing measure. Transfers outside
    /// the EU: a note under <c>ns48-2005</c> (NS48-TRANSFER-OUTSIDE-EU); from <c>ns48-2016</c>, a violation of
    /// NS48-TRANSFER-ABROAD-BASIS when no basis is stated, or when the basis is an art. 69 exception and the transfers
    /// are repetitive, massive or structural.</para>
    /// <para>Retention: a declared policy is compared with the norm's policies of the same status (a policy of either
    /// side without a status matches every status) and the same proof flag (a prospect policy whatever its flag), and
    /// whose anchor is of the same kind: a special anchor (transaction completion, debit date, tracker set, objection,
    /// last activity) only with a norm policy of that very anchor, an ordinary anchor (collection, last contact from the
    /// person, relationship end, proof document date) only with norm policies of ordinary anchors. The norm's client
    /// policies that are not for proof are alternatives (NS48-RET-CLIENT, and from <c>ns48-2016</c>
    /// NS48-RET-CLIENT-PROSPECTING-3Y for client data used for prospecting): a declared client policy violates only when
    /// it keeps data longer than every one of them, and is reported against the most permissive. Every other norm policy
    /// is a limit of its own. A minimum (NS48-RET-OBJECTION-LIST-3Y) is violated by a shorter period. A declared policy
    /// that no norm policy concerns, and a count of unanswered solicitations under an edition that sets none (only
    /// <c>ns48-2005</c> does), are accepted and reported as notes.</para>
    /// <para>Forms: the advisories of <see cref="Norme48Evaluator.CheckNotice"/> (from <c>ns48-2016</c>, a missing
    /// consequences-of-no-answer or recipients item) are notes, not violations. Trackers: <c>ref-2021</c> does not
    /// assess them (a note says so).</para>
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="declaration"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">
    /// The declaration names an edition other than this evaluator's, or a purpose that this edition does not have.
    /// </exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="asOf"/> lies outside the range the evaluator accepts.</exception>
    public ConformityReport Evaluate(ProcessingDeclaration declaration, Instant? asOf = null)
    {
        ArgumentNullException.ThrowIfNull(declaration);
        ParisCalendar.CheckRange(asOf, nameof(asOf));
        if (declaration.Edition is { } declared && !ReferenceEquals(declared, Edition))
        {
            throw new ArgumentException(
                $"The declaration is made under {declared.Id}; this evaluator checks {Edition.Id}. Use an evaluator for the declaration's edition.",
                nameof(declaration));
        }

        var rulebook = evaluator.Rulebook;
        var sector = declaration.Sector;
        EnsurePurposesDefined(declaration);
        if (sector.IsOutsideNorm(Edition))
        {
            var outside = evaluator.MayCollect(DataField.LastName, ProcessingPurpose.Orders, sector).Reasons[0];
            return new ConformityReport(declaration, Edition, ConformityVerdict.OutOfScope,
                [new ConformityViolation(outside.Rule, DeclarationPart.Processing, sector.Name, outside.Message, Fixes.For(RuleId.ScopeSector))],
                []);
        }

        var found = new List<(int Order, ConformityViolation Violation)>();
        var notes = new List<LocalizedText>();
        void Add(Reason reason, DeclarationPart part, string subject) =>
            found.Add((found.Count, new ConformityViolation(reason.Rule, part, subject, reason.Message, Fixes.For(reason.RuleId))));
        void AddRule(RuleId rule, DeclarationPart part, string subject, LocalizedText message) =>
            found.Add((found.Count, new ConformityViolation(rulebook[rule], part, subject, message, Fixes.For(rule))));

        CheckPurposes(declaration, Add);
        CheckFields(declaration, sector, Add);
        CheckRecipients(declaration, sector, Add, notes);
        CheckFileTransfer(declaration, sector, Add, notes);
        CheckRetention(declaration, AddRule, notes);
        CheckForms(declaration, sector, Add, notes);
        if (declaration.UsesTrackers && rulebook.Contains(RuleId.InfoCookies))
        {
            if (!declaration.TrackersNotice)
            {
                AddRule(RuleId.InfoCookies, DeclarationPart.Trackers, "trackers", Messages.TrackersNoticeMissing);
            }
        }
        else if (declaration.UsesTrackers)
        {
            notes.Add(ConformityMessages.TrackersNotAssessed);
        }

        CheckChannels(declaration, sector, asOf, Add);
        CheckSecurity(declaration, AddRule);
        CheckTransfersAbroad(declaration, AddRule, notes);

        var violations = found
            .OrderBy(v => v.Violation.Rule.Id)
            .ThenBy(v => v.Order)
            .Select(v => v.Violation)
            .ToArray();
        return new ConformityReport(
            declaration, Edition, violations.Length == 0 ? ConformityVerdict.Compliant : ConformityVerdict.NonCompliant, violations, [.. notes]);
    }

    private void EnsurePurposesDefined(ProcessingDeclaration declaration)
    {
        foreach (var purpose in AllPurposes(declaration))
        {
            Terms.EnsureDefinedIn(purpose.Editions, Edition, "purpose", purpose.Id, nameof(declaration));
        }
    }

    private static IEnumerable<ProcessingPurpose> AllPurposes(ProcessingDeclaration declaration) =>
        declaration.Purposes.Concat(declaration.Fields.SelectMany(f => f.Purposes));

    private void CheckPurposes(ProcessingDeclaration declaration, Action<Reason, DeclarationPart, string> add)
    {
        var seen = new HashSet<ProcessingPurpose>();
        foreach (var purpose in AllPurposes(declaration))
        {
            if (seen.Add(purpose) && purpose.IsExcludedUseIn(Edition))
            {
                var reason = evaluator.MayCollect(DataField.LastName, purpose).Reasons.First(r => r.RuleId == RuleId.ScopeExcludedUse);
                add(reason, DeclarationPart.Purpose, purpose.Id);
            }
        }
    }

    private void CheckFields(ProcessingDeclaration declaration, Sector sector, Action<Reason, DeclarationPart, string> add)
    {
        foreach (var declared in declaration.Fields)
        {
            if (declared.Purposes.Count == 0)
            {
                // A field with no stated purpose is only checked for being held at all (NS48-DATA-NIR).
                if (declared.Field.IsExcluded)
                {
                    add(evaluator.MayCollect(declared.Field, ProcessingPurpose.Orders, sector).Reasons[0], DeclarationPart.Field, declared.Field.Id);
                }

                continue;
            }

            foreach (var purpose in declared.Purposes.Distinct())
            {
                var decision = evaluator.MayCollect(declared.Field, purpose, sector);
                foreach (var reason in decision.Reasons.Where(r => !decision.IsAllowed && r.RuleId != RuleId.ScopeExcludedUse))
                {
                    add(reason, DeclarationPart.Field, reason.RuleId == RuleId.DataNir ? declared.Field.Id : $"{declared.Field.Id} → {purpose.Id}");
                }

                if (declared.Field.IsExcluded)
                {
                    break;
                }
            }
        }
    }

    private void CheckRecipients(ProcessingDeclaration declaration, Sector sector, Action<Reason, DeclarationPart, string> add, List<LocalizedText> notes)
    {
        foreach (var declared in declaration.Recipients)
        {
            var decision = evaluator.MayShare(DataField.LastName, declared.Recipient, declared.Basis, sector);
            if (!decision.IsAllowed)
            {
                foreach (var reason in decision.Reasons)
                {
                    add(reason, DeclarationPart.Recipient, declared.Recipient.Id);
                }
            }

            notes.AddRange(decision.Obligations.Select(o => o.Message));
        }
    }

    private void CheckFileTransfer(ProcessingDeclaration declaration, Sector sector, Action<Reason, DeclarationPart, string> add, List<LocalizedText> notes)
    {
        if (declaration.FileTransfer is not { } transfer)
        {
            return;
        }

        var conditions = new TransferConditions(transfer.AcquirerCommitment, transfer.ExpressConsent, objected: !transfer.ObjectorsExcluded);
        var mode = transfer.Modes.Count > 0 ? transfer.Modes[0] : TransferMode.Cession;
        var obligationNoted = false;
        foreach (var field in transfer.Fields)
        {
            var declared = declaration.Fields.FirstOrDefault(f => f.Field.Equals(field));
            var sensitive = declared is { Sensitive: { } flag } ? flag : (bool?)null;
            var decision = evaluator.MayTransfer(field, mode, conditions, sensitive, sector);
            if (!decision.IsAllowed)
            {
                foreach (var reason in decision.Reasons)
                {
                    add(reason, DeclarationPart.FileTransfer, field.Id);
                }
            }
            else if (!obligationNoted && decision.Obligations.Count > 0)
            {
                notes.Add(decision.Obligations[0].Message);
                obligationNoted = true;
            }
        }
    }

    private void CheckRetention(ProcessingDeclaration declaration, Action<RuleId, DeclarationPart, string, LocalizedText> add, List<LocalizedText> notes)
    {
        var norms = evaluator.RetentionPolicies;
        var countLimited = norms.Any(n => n.MaxUnansweredSolicitations is not null);
        foreach (var policy in declaration.RetentionPolicies)
        {
            var subject = policy.ToString();
            if (policy.MaxUnansweredSolicitations is not null && !countLimited)
            {
                notes.Add(ConformityMessages.UnansweredCountIgnored(policy, Edition));
            }

            var matching = norms.Where(norm => norm.Rule is not null && Concerns(norm, policy)).ToList();
            if (matching.Count == 0)
            {
                notes.Add(ConformityMessages.RetentionNotAssessed(policy, Edition));
                continue;
            }

            // The norm's client policies that are not for proof are alternatives: data kept for the relationship, or for
            // prospecting from ns48-2016 on. Only a policy longer than every one of them keeps data too long.
            var alternatives = matching.Where(IsClientAlternative).ToList();
            if (alternatives.Count > 0 && alternatives.All(norm => policy.ExcessOver(norm) != RetentionExcess.None))
            {
                var loosest = alternatives.Aggregate((a, b) => Looser(b, a) ? b : a);
                add(loosest.Rule!.Value, DeclarationPart.RetentionPolicy, subject, Messages.RetentionExcess(policy.ExcessOver(loosest), policy, loosest));
            }

            foreach (var norm in matching.Where(norm => !IsClientAlternative(norm)))
            {
                var excess = policy.ExcessOver(norm);
                if (excess != RetentionExcess.None)
                {
                    add(norm.Rule!.Value, DeclarationPart.RetentionPolicy, subject, Messages.RetentionExcess(excess, policy, norm));
                }
            }
        }
    }

    /// <summary>Whether a norm policy concerns a declared one: status, proof flag and kind of anchor (see <see cref="Evaluate"/>).</summary>
    private static bool Concerns(RetentionPolicy norm, RetentionPolicy declared)
    {
        var statusMatches = norm.Status is null || declared.Status is null || norm.Status == declared.Status;

        // Proof means nothing for a prospect: a prospect policy is compared whatever its proof flag.
        var proofMatches = declared.Status == SubjectStatus.Prospect || norm.Status == SubjectStatus.Prospect || norm.ProofOnly == declared.ProofOnly;
        var anchorMatches = IsSpecial(declared.Anchor) || IsSpecial(norm.Anchor) ? declared.Anchor == norm.Anchor : true;
        return statusMatches && proofMatches && anchorMatches;
    }

    private static bool IsSpecial(RetentionAnchor anchor) =>
        anchor is RetentionAnchor.TransactionCompletion or RetentionAnchor.DebitDate or RetentionAnchor.TrackerSet
            or RetentionAnchor.Objection or RetentionAnchor.LastActivity;

    private static bool IsClientAlternative(RetentionPolicy norm) =>
        norm.Status == SubjectStatus.Client && !norm.ProofOnly && !IsSpecial(norm.Anchor);

    // Stryker disable all : static initialiser, run once per test process before any mutant is active (README, Mutation testing)
    private static readonly IComparer<Period?> PeriodOrder = Period.CreateComparer(new LocalDateTime(2024, 2, 29, 0, 0));
    // Stryker restore all

    /// <summary>Whether a norm policy allows longer than another: a longer period (a count-only policy counts as none).</summary>
    private static bool Looser(RetentionPolicy candidate, RetentionPolicy current) =>
        PeriodOrder.Compare(candidate.Period, current.Period) > 0;

    private void CheckForms(ProcessingDeclaration declaration, Sector sector, Action<Reason, DeclarationPart, string> add, List<LocalizedText> notes)
    {
        foreach (var form in declaration.Forms)
        {
            var decision = evaluator.CheckNotice(form.Notice, sector);
            foreach (var violation in decision.Violations)
            {
                var reason = decision.Reasons.First(r => r.RuleId == violation.Rule);
                add(violation.Rule == RuleId.InfoNotice ? new Reason(reason.Rule, Messages.MissingNoticeItem(violation.Item)) : reason, DeclarationPart.Form, form.Id);
            }

            notes.AddRange(decision.Advisories.Select(advisory => ConformityMessages.FormAdvisory(form.Id, advisory)));
        }
    }

    private void CheckChannels(ProcessingDeclaration declaration, Sector sector, Instant? asOf, Action<Reason, DeclarationPart, string> add)
    {
        foreach (var channel in declaration.Channels)
        {
            var decision = Solicit(evaluator, channel, sector, asOf);
            if (!decision.IsAllowed)
            {
                foreach (var reason in decision.Reasons)
                {
                    add(reason, DeclarationPart.Channel, ChannelId(channel));
                }
            }
        }
    }

    /// <summary>
    /// Decides a declared channel as the report does: the person the channel targets, with the consent and objection
    /// the declaration states; without <paramref name="asOf"/>, a dated rule (the telephone to consumers under
    /// <c>ref-2021</c>) is decided as of the day it applies from.
    /// </summary>
    internal static Decision Solicit(Norme48Evaluator evaluator, DeclaredChannel channel, Sector sector, Instant? asOf)
    {
        var person = new Subject(
            channel.Target,
            prospecting: new ProspectingFacts(
                consent: channel.ConsentCollected,
                objectionOfferedAtCollection: channel.ObjectionOfferedAtCollection,
                analogousProducts: channel.AnalogousProducts));
        var at = asOf;
        if (at is null && evaluator.Rulebook.Contains(RuleId.ProspectingPhoneConsent)
            && channel.Channel == ProspectingChannel.Phone && channel.Audience == Audience.Consumer)
        {
            at = PhoneConsentInForce;
        }

        return evaluator.MaySolicit(channel.Channel, channel.Audience, person, at, sector);
    }

    /// <summary>2026-08-11T00:00 in Europe/Paris: from then on, the telephone to consumers needs prior consent under <c>ref-2021</c>.</summary>
    // Stryker disable all : static initialiser, run once per test process before any mutant is active (README, Mutation testing)
    private static readonly Instant PhoneConsentInForce = Norme48Evaluator.PhoneConsentFrom.AtStartOfDayInZone(ParisCalendar.Zone).ToInstant();
    // Stryker restore all

    private void CheckSecurity(ProcessingDeclaration declaration, Action<RuleId, DeclarationPart, string, LocalizedText> add)
    {
        var security = declaration.Security;
        var rulebook = evaluator.Rulebook;
        if (rulebook.Contains(RuleId.Security))
        {
            if (!security.DataProtection)
            {
                add(RuleId.Security, DeclarationPart.Security, "data-protection", Messages.SecurityDataProtection);
            }

            if (security.OnlineService && !security.OnlineAccessProtection)
            {
                add(RuleId.Security, DeclarationPart.Security, "online-access-protection", Messages.SecurityOnlineAccess);
            }

            if (security.RemoteCardPayments && !security.SecurePayment)
            {
                add(RuleId.Security, DeclarationPart.Security, "secure-payment", Messages.SecurityPayment);
            }
        }

        if (rulebook.Contains(RuleId.SecurityAuthentication) && !security.IndividualAuthentication)
        {
            add(RuleId.SecurityAuthentication, DeclarationPart.Security, "individual-authentication", ConformityMessages.SecurityAuthentication);
        }

        if (rulebook.Contains(RuleId.SecurityPasswords) && !security.PasswordsNotInClear)
        {
            add(RuleId.SecurityPasswords, DeclarationPart.Security, "passwords-not-in-clear", ConformityMessages.SecurityPasswords);
        }

        if (rulebook.Contains(RuleId.SecurityTransit) && !security.EncryptedTransit)
        {
            add(RuleId.SecurityTransit, DeclarationPart.Security, "encrypted-transit", ConformityMessages.SecurityTransit);
        }

        var holdsPaymentData = security.RemoteCardPayments
            || declaration.Fields.Any(f => ReferenceEquals(f.Field.Category, DataCategory.PaymentMeans));
        if (rulebook.Contains(RuleId.SecurityPaymentTrace) && holdsPaymentData && !security.PaymentAccessTraced)
        {
            add(RuleId.SecurityPaymentTrace, DeclarationPart.Security, "payment-access-traced", ConformityMessages.SecurityPaymentTrace);
        }
    }

    private void CheckTransfersAbroad(ProcessingDeclaration declaration, Action<RuleId, DeclarationPart, string, LocalizedText> add, List<LocalizedText> notes)
    {
        if (!declaration.TransfersOutsideEu)
        {
            return;
        }

        var rulebook = evaluator.Rulebook;
        if (rulebook.TryGet(RuleId.TransferOutsideEu, out var listed))
        {
            notes.Add(ConformityMessages.TransfersOutsideEu(listed));
        }

        if (!rulebook.Contains(RuleId.TransferAbroadBasis))
        {
            return;
        }

        var transfer = declaration.TransferAbroad;
        if (transfer?.Basis is null)
        {
            add(RuleId.TransferAbroadBasis, DeclarationPart.TransferAbroad, "basis", ConformityMessages.TransferAbroadNoBasis);
        }
        else if (transfer.Basis == TransferBasis.Article69Exception && transfer.RepetitiveMassiveOrStructural)
        {
            add(RuleId.TransferAbroadBasis, DeclarationPart.TransferAbroad, "article-69-exception", ConformityMessages.TransferAbroadArticle69Structural);
        }
    }

    private static string ChannelId(DeclaredChannel channel) =>
        $"{Norme48Evaluator.ChannelId(channel.Channel)} → {(channel.Audience == Audience.Consumer ? "consumer" : "professional")} {(channel.Target == SubjectStatus.Client ? "client" : "prospect")}";
}
