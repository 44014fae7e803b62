using System;
using System.Collections.Generic;
using System.Linq;
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
    /// <returns>The report: every violation in catalogue order of its rule, then in the declaration's order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="declaration"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">
    /// The declaration names an edition other than this evaluator's, or a purpose that this edition does not have.
    /// </exception>
    public ConformityReport Evaluate(ProcessingDeclaration declaration)
    {
        ArgumentNullException.ThrowIfNull(declaration);
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
        CheckRetention(declaration, AddRule);
        CheckForms(declaration, sector, Add);
        if (declaration.UsesTrackers && !declaration.TrackersNotice)
        {
            AddRule(RuleId.InfoCookies, DeclarationPart.Trackers, "trackers", Messages.TrackersNoticeMissing);
        }

        CheckChannels(declaration, sector, Add);
        CheckSecurity(declaration.Security, AddRule);
        if (declaration.TransfersOutsideEu)
        {
            notes.Add(new LocalizedText(
                $"Data are transferred outside the European Union ({rulebook[RuleId.TransferOutsideEu].Code}): the norm allows it under conditions; document the framework of each transfer.",
                $"Des données sont transférées hors de l'Union européenne ({rulebook[RuleId.TransferOutsideEu].Code}) : la norme l'admet sous conditions ; documentez l'encadrement de chaque transfert."));
        }

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

    private void CheckRetention(ProcessingDeclaration declaration, Action<RuleId, DeclarationPart, string, LocalizedText> add)
    {
        foreach (var policy in declaration.RetentionPolicies)
        {
            foreach (var norm in evaluator.RetentionPolicies)
            {
                // Proof means nothing for a prospect: a prospect policy is compared whatever its proof flag.
                var proofMatches = policy.Status == SubjectStatus.Prospect || norm.ProofOnly == policy.ProofOnly;
                if (norm.Status != policy.Status || !proofMatches || norm.Rule is not { } rule)
                {
                    continue;
                }

                var excess = policy.ExcessOver(norm);
                if (excess != RetentionExcess.None)
                {
                    add(rule, DeclarationPart.RetentionPolicy, policy.ToString(), Messages.RetentionExcess(excess, policy, norm));
                }
            }
        }
    }

    private void CheckForms(ProcessingDeclaration declaration, Sector sector, Action<Reason, DeclarationPart, string> add)
    {
        foreach (var form in declaration.Forms)
        {
            var decision = evaluator.CheckNotice(form.Notice, sector);
            foreach (var violation in decision.Violations)
            {
                var reason = decision.Reasons.First(r => r.RuleId == violation.Rule);
                add(violation.Rule == RuleId.InfoNotice ? new Reason(reason.Rule, Messages.MissingNoticeItem(violation.Item)) : reason, DeclarationPart.Form, form.Id);
            }
        }
    }

    private void CheckChannels(ProcessingDeclaration declaration, Sector sector, Action<Reason, DeclarationPart, string> add)
    {
        foreach (var channel in declaration.Channels)
        {
            var person = new Subject(
                channel.Target,
                prospecting: new ProspectingFacts(consent: channel.ConsentCollected, objectionOfferedAtCollection: channel.ObjectionOfferedAtCollection));
            var decision = evaluator.MaySolicit(channel.Channel, channel.Audience, person, at: null, sector);
            if (!decision.IsAllowed)
            {
                foreach (var reason in decision.Reasons)
                {
                    add(reason, DeclarationPart.Channel, ChannelId(channel));
                }
            }
        }
    }

    private static void CheckSecurity(SecurityMeasures security, Action<RuleId, DeclarationPart, string, LocalizedText> add)
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

    private static string ChannelId(DeclaredChannel channel) =>
        $"{Norme48Evaluator.ChannelId(channel.Channel)} → {(channel.Audience == Audience.Consumer ? "consumer" : "professional")} {(channel.Target == SubjectStatus.Client ? "client" : "prospect")}";
}
