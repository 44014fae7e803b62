using System;
using System.Collections.Generic;
using System.Globalization;
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
/// Compares two editions of the norm on one declared processing: asks both the questions the declaration implies and
/// lists those whose answers differ, such as a purpose an edition excludes and the next one allows, or the prospect
/// retention period going from one year to three.
/// </summary>
/// <remarks>
/// <para>The questions, in this order: <c>collect</c> for each declared field and each of its purposes; <c>share</c>
/// for each recipient, on its basis, of an identity field (<c>last-name</c>, as the conformity report asks);
/// <c>transfer</c> for each field of the file transfer, with its commitment, consent and objectors-excluded flags and
/// its first mode; <c>solicit</c> for each channel; <c>notice</c> for each form; <c>retention</c>, the norm's own
/// policies for clients, prospects and any person; and <c>conformity</c>, the verdict of the whole declaration with
/// the rules it violates.</para>
/// <para>An outcome is its verdict and its rule ids (<see cref="DecisionOutcome.Equals(DecisionOutcome?)"/>). A
/// question about a purpose one edition does not have, or a retention status for which it sets no policy, has no
/// outcome in that edition; so does the conformity of a declaration using a purpose the edition does not have.</para>
/// <para>The edition the declaration names is ignored: both editions are asked.</para>
/// </remarks>
public static class EditionComparison
{
    private static readonly (SubjectStatus? Status, string Id)[] RetentionSubjects =
        [(SubjectStatus.Client, "client"), (SubjectStatus.Prospect, "prospect"), (null, "any-person")];

    /// <summary>Lists the decisions about a declaration that differ between two editions, recommendations enforced.</summary>
    /// <param name="declaration">The declared processing; the edition it names, if any, is ignored.</param>
    /// <param name="from">The edition compared from.</param>
    /// <param name="to">The edition compared to.</param>
    /// <returns>The changes, in the order of the questions; empty when the editions decide alike (always when <paramref name="from"/> is <paramref name="to"/>).</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static IReadOnlyList<DecisionChange> Compare(ProcessingDeclaration declaration, Edition from, Edition to)
    {
        ArgumentNullException.ThrowIfNull(declaration);
        ArgumentNullException.ThrowIfNull(from);
        ArgumentNullException.ThrowIfNull(to);
        return Compare(declaration, new Norme48Evaluator(from), new Norme48Evaluator(to));
    }

    /// <summary>Lists the decisions about a declaration that differ between the editions of two evaluators.</summary>
    /// <param name="declaration">The declared processing; the edition it names, if any, is ignored.</param>
    /// <param name="from">The evaluator of the edition compared from, with its recommendation mode.</param>
    /// <param name="to">The evaluator of the edition compared to, with its recommendation mode.</param>
    /// <returns>The changes, in the order of the questions.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static IReadOnlyList<DecisionChange> Compare(ProcessingDeclaration declaration, Norme48Evaluator from, Norme48Evaluator to)
    {
        ArgumentNullException.ThrowIfNull(declaration);
        ArgumentNullException.ThrowIfNull(from);
        ArgumentNullException.ThrowIfNull(to);
        var editionless = declaration.WithoutEdition();
        var before = Answer(editionless, from);
        var after = Answer(editionless, to);
        var changes = new List<DecisionChange>();
        for (var i = 0; i < before.Count; i++)
        {
            // The questions come from the declaration alone, so both lists ask them in the same order.
            var (ask, subject, beforeOutcome) = before[i];
            var afterOutcome = after[i].Outcome;
            if (!Equals(beforeOutcome, afterOutcome))
            {
                changes.Add(new DecisionChange(ask, subject, from.Edition, to.Edition, beforeOutcome, afterOutcome));
            }
        }

        return changes.AsReadOnly();
    }

    /// <summary>Every question the declaration implies, with its outcome under the evaluator's edition (<see langword="null"/> when the edition does not have it).</summary>
    internal static IReadOnlyList<(DecisionAsk Ask, string Subject, DecisionOutcome? Outcome)> Answer(ProcessingDeclaration declaration, Norme48Evaluator evaluator)
    {
        var edition = evaluator.Edition;
        var sector = declaration.Sector;
        var answers = new List<(DecisionAsk, string, DecisionOutcome?)>();

        foreach (var declared in declaration.Fields)
        {
            foreach (var purpose in declared.Purposes.Distinct())
            {
                answers.Add((DecisionAsk.Collect, $"{declared.Field.Id} → {purpose.Id}",
                    purpose.IsDefinedIn(edition) ? FromDecision(evaluator.MayCollect(declared.Field, purpose, sector)) : null));
            }
        }

        foreach (var declared in declaration.Recipients)
        {
            var subject = declared.Basis is { } basis
                ? $"{declared.Recipient.Id} ({VocabularyIds.SharingBases[(int)basis - 1]})"
                : declared.Recipient.Id;
            answers.Add((DecisionAsk.Share, subject, FromDecision(evaluator.MayShare(DataField.LastName, declared.Recipient, declared.Basis, sector))));
        }

        if (declaration.FileTransfer is { } transfer)
        {
            var conditions = new TransferConditions(transfer.AcquirerCommitment, transfer.ExpressConsent, objected: !transfer.ObjectorsExcluded);
            var mode = transfer.Modes.Count > 0 ? transfer.Modes[0] : TransferMode.Cession;
            foreach (var field in transfer.Fields)
            {
                var sensitive = declaration.Fields.FirstOrDefault(f => f.Field.Equals(field))?.Sensitive;
                answers.Add((DecisionAsk.Transfer, field.Id, FromDecision(evaluator.MayTransfer(field, mode, conditions, sensitive, sector))));
            }
        }

        foreach (var channel in declaration.Channels)
        {
            answers.Add((DecisionAsk.Solicit, ChannelSubject(channel), FromDecision(ConformityEvaluator.Solicit(evaluator, channel, sector, asOf: null))));
        }

        foreach (var form in declaration.Forms)
        {
            answers.Add((DecisionAsk.Notice, form.Id, FromNotice(evaluator.CheckNotice(form.Notice, sector))));
        }

        foreach (var (status, id) in RetentionSubjects)
        {
            var policies = evaluator.RetentionPolicies.Where(p => p.Status == status && p.Rule is not null).ToArray();
            answers.Add((DecisionAsk.Retention, id, policies.Length == 0 ? null : FromPolicies(edition, policies)));
        }

        var assessable = declaration.Purposes.Concat(declaration.Fields.SelectMany(f => f.Purposes)).All(p => p.IsDefinedIn(edition));
        answers.Add((DecisionAsk.Conformity, "declaration", assessable ? FromReport(new ConformityEvaluator(evaluator).Evaluate(declaration)) : null));
        return answers;
    }

    private static DecisionOutcome FromDecision(Decision decision) =>
        new(decision.Edition, decision.IsAllowed ? "allowed" : "denied", decision.Rules, Join(decision.Reasons.Select(r => r.Message)));

    private static DecisionOutcome FromNotice(NoticeDecision decision) =>
        new(decision.Edition, VerdictId(decision.Verdict), decision.Rules, Join(decision.Reasons.Select(r => r.Message)));

    private static DecisionOutcome FromReport(ConformityReport report)
    {
        var count = report.Violations.Count;
        var message = report.Verdict switch
        {
            ConformityVerdict.Compliant => new LocalizedText(
                $"The declaration complies with {report.Edition.Id}.", $"La déclaration est conforme à {report.Edition.Id}."),
            ConformityVerdict.OutOfScope => report.Violations[0].Message,
            _ => new LocalizedText(
                string.Create(CultureInfo.InvariantCulture, $"The declaration has {count} violation(s) under {report.Edition.Id}."),
                string.Create(CultureInfo.InvariantCulture, $"La déclaration présente {count} manquement(s) sous {report.Edition.Id}.")),
        };
        var verdict = report.Verdict switch
        {
            ConformityVerdict.Compliant => "compliant",
            ConformityVerdict.OutOfScope => "out-of-scope",
            _ => "non-compliant",
        };
        return new DecisionOutcome(report.Edition, verdict, report.Violations.Select(v => v.Rule.Id).Distinct().Order(), message);
    }

    private static DecisionOutcome FromPolicies(Edition edition, RetentionPolicy[] policies)
    {
        var verdict = string.Join("; ", policies.Select(p => Scope(p) + Limit(p, Language.English) + (p.Period is null ? " since " : " from ") + VocabularyIds.RetentionAnchors[(int)p.Anchor - 1]));
        var message = new LocalizedText(
            string.Join("; ", policies.Select(p => Describe(p, Language.English))) + ".",
            string.Join(" ; ", policies.Select(p => Describe(p, Language.French))) + ".");
        return new DecisionOutcome(edition, verdict, policies.Select(p => p.Rule!.Value), message);
    }

    private static string VerdictId(NoticeVerdict verdict) => verdict switch
    {
        NoticeVerdict.Compliant => "compliant",
        NoticeVerdict.NonCompliant => "non-compliant",
        _ => "out-of-scope",
    };

    private static LocalizedText? Join(IEnumerable<LocalizedText> messages)
    {
        var all = messages.ToArray();
        return all.Length == 0 ? null : new LocalizedText(string.Join(" ", all.Select(m => m.English)), string.Join(" ", all.Select(m => m.French)));
    }

    private static string ChannelSubject(DeclaredChannel channel) =>
        $"{Norme48Evaluator.ChannelId(channel.Channel)} → {(channel.Audience == Audience.Consumer ? "consumer" : "professional")} {(channel.Target == SubjectStatus.Client ? "client" : "prospect")}";

    private static string Scope(RetentionPolicy policy) =>
        policy.Field is { } field ? field.Id + ": "
        : policy.Category is { } category ? category.Id + ": "
        : policy.ProofOnly ? "proof: "
        : string.Empty;

    /// <summary>The limit a policy sets, such as <c>1 year</c>, <c>at least 3 years</c> or <c>at most 2 unanswered solicitations</c>.</summary>
    private static string Limit(RetentionPolicy policy, Language language)
    {
        var fr = language == Language.French;
        var parts = new List<string>();
        if (policy.Period is { } period)
        {
            parts.Add((policy.IsMinimum ? fr ? "au moins " : "at least " : string.Empty) + PeriodText(period, fr));
        }

        if (policy.MaxUnansweredSolicitations is { } count)
        {
            var number = count.ToString(CultureInfo.InvariantCulture);
            parts.Add(fr ? $"au plus {number} sollicitations sans réponse" : $"at most {number} unanswered solicitations");
        }

        return string.Join(", ", parts);
    }

    private static string Describe(RetentionPolicy policy, Language language)
    {
        var fr = language == Language.French;
        var scope = Scope(policy);
        if (fr && policy.ProofOnly && policy.Field is null && policy.Category is null)
        {
            scope = "preuve : ";
        }

        var anchor = AnchorText(policy.Anchor, fr);
        var action = policy.Action switch
        {
            RetentionEndAction.ArchiveThenPurge => fr ? "archivage puis suppression" : "archive, then purge",
            RetentionEndAction.AskThenPurge => fr ? "demande à la personne, puis suppression" : "ask the person, then purge",
            _ => fr ? "suppression" : "purge",
        };
        return fr
            ? $"{scope}{Limit(policy, language)} à compter {Terms.FrenchOf(anchor)}, puis {action} ({policy.Rule!.Value.ToId()})"
            : $"{scope}{Limit(policy, language)} from {anchor}, then {action} ({policy.Rule!.Value.ToId()})";
    }

    private static string AnchorText(RetentionAnchor anchor, bool fr) => anchor switch
    {
        RetentionAnchor.Collection => fr ? "la collecte" : "the collection",
        RetentionAnchor.LastContactFromPerson => fr ? "le dernier contact de la personne" : "the last contact from the person",
        RetentionAnchor.RelationshipEnd => fr ? "la fin de la relation commerciale" : "the end of the relationship",
        RetentionAnchor.ProofDocumentDate => fr ? "la date du document probant" : "the date of the proof document",
        RetentionAnchor.TransactionCompletion => fr ? "la réalisation de la transaction" : "the completion of the transaction",
        RetentionAnchor.DebitDate => fr ? "la date de débit" : "the debit date",
        RetentionAnchor.TrackerSet => fr ? "le dépôt du traceur" : "the setting of the tracker",
        RetentionAnchor.Objection => fr ? "l'opposition" : "the objection",
        _ => fr ? "la dernière activité" : "the last activity",
    };

    /// <summary>A period in words, such as <c>1 year</c>, <c>13 months</c> or <c>0 days</c> (<c>1 an</c>, <c>13 mois</c>, <c>0 jour</c>).</summary>
    private static string PeriodText(Period period, bool fr)
    {
        var parts = new List<string>();
        void Add(long value, string one, string many, string un, string plusieurs)
        {
            if (value != 0)
            {
                parts.Add(string.Create(CultureInfo.InvariantCulture, $"{value} {(fr ? value == 1 ? un : plusieurs : value == 1 ? one : many)}"));
            }
        }

        Add(period.Years, "year", "years", "an", "ans");
        Add(period.Months, "month", "months", "mois", "mois");
        Add(period.Weeks, "week", "weeks", "semaine", "semaines");
        Add(period.Days, "day", "days", "jour", "jours");
        Add(period.Hours, "hour", "hours", "heure", "heures");
        return parts.Count == 0 ? fr ? "0 jour" : "0 days" : string.Join(" ", parts);
    }
}
