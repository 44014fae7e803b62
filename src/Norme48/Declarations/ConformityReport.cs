using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using Norme48.Decisions;
using Norme48.Rules;
using Norme48.Vocabulary;

namespace Norme48.Declarations;

/// <summary>Whether a declared processing complies with an edition of the norm.</summary>
public enum ConformityVerdict
{
    /// <summary>No rule is violated.</summary>
    Compliant = 1,

    /// <summary>At least one rule is violated.</summary>
    NonCompliant = 2,

    /// <summary>The controller's sector is outside the norm (NS48-SCOPE-SECTOR): the processing cannot rely on it.</summary>
    OutOfScope = 3,
}

/// <summary>What part of a declaration a violation concerns.</summary>
public enum DeclarationPart
{
    /// <summary>The processing as a whole (its sector).</summary>
    Processing = 1,

    /// <summary>A purpose.</summary>
    Purpose = 2,

    /// <summary>A field.</summary>
    Field = 3,

    /// <summary>A recipient.</summary>
    Recipient = 4,

    /// <summary>The cession, rental or exchange of the file.</summary>
    FileTransfer = 5,

    /// <summary>A retention policy.</summary>
    RetentionPolicy = 6,

    /// <summary>A collection form.</summary>
    Form = 7,

    /// <summary>The trackers of the site.</summary>
    Trackers = 8,

    /// <summary>A prospecting channel.</summary>
    Channel = 9,

    /// <summary>The security measures.</summary>
    Security = 10,

    /// <summary>The transfers outside the European Union (from <c>ns48-2016</c>).</summary>
    TransferAbroad = 11,
}

/// <summary>One rule a declaration violates: where, why, and how to fix it, in English and French.</summary>
public sealed class ConformityViolation
{
    internal ConformityViolation(Rule rule, DeclarationPart part, string subject, LocalizedText message, LocalizedText fix)
    {
        Rule = rule;
        Part = part;
        Subject = subject;
        Message = message;
        Fix = fix;
    }

    /// <summary>Gets the rule violated, with its strength and source.</summary>
    public Rule Rule { get; }

    /// <summary>Gets how binding the rule is.</summary>
    public RuleStrength Strength => Rule.Strength;

    /// <summary>Gets what part of the declaration the violation concerns.</summary>
    public DeclarationPart Part { get; }

    /// <summary>Gets the id of what it concerns: a field, purpose, recipient, form or channel id, or a description.</summary>
    public string Subject { get; }

    /// <summary>Gets what is wrong, in English and French.</summary>
    public LocalizedText Message { get; }

    /// <summary>Gets a suggested fix, in English and French.</summary>
    public LocalizedText Fix { get; }

    /// <summary>Returns the rule id, what it concerns and the English message.</summary>
    /// <returns>A one-line description.</returns>
    public override string ToString() => $"{Rule.Code} [{Part} {Subject}]: {Message.English}";
}

/// <summary>
/// The conformity of a declared processing under one edition: every violation with its rule, strength, what it
/// concerns, a message and a suggested fix, in catalogue order of the rules and then in the declaration's order.
/// </summary>
public sealed class ConformityReport
{
    private readonly ConformityViolation[] violations;

    private System.Collections.ObjectModel.ReadOnlyCollection<ConformityViolation>? violationsView;
    private readonly LocalizedText[] notes;

    private System.Collections.ObjectModel.ReadOnlyCollection<LocalizedText>? notesView;

    internal ConformityReport(ProcessingDeclaration declaration, Edition edition, ConformityVerdict verdict, ConformityViolation[] violations, LocalizedText[] notes)
    {
        Declaration = declaration;
        Edition = edition;
        Verdict = verdict;
        this.violations = violations;
        this.notes = notes;
    }

    /// <summary>Gets the declaration the report is about.</summary>
    public ProcessingDeclaration Declaration { get; }

    /// <summary>Gets the edition the declaration was checked under.</summary>
    public Edition Edition { get; }

    /// <summary>Gets the verdict.</summary>
    public ConformityVerdict Verdict { get; }

    /// <summary>Gets a value indicating whether no rule is violated.</summary>
    public bool IsCompliant => Verdict == ConformityVerdict.Compliant;

    /// <summary>Gets the violations, in catalogue order of their rules, then in the order of the declaration.</summary>
    public IReadOnlyList<ConformityViolation> Violations => violationsView ??= Array.AsReadOnly(violations);

    /// <summary>
    /// Gets what the report lists without judging it: obligations that come with the declaration, transfers outside the
    /// EU under <c>ns48-2005</c>, advisories on forms (from <c>ns48-2016</c>), and what the edition does not assess.
    /// </summary>
    public IReadOnlyList<LocalizedText> Notes => notesView ??= Array.AsReadOnly(notes);

    /// <summary>Throws when the declaration violates a rule.</summary>
    /// <returns>This report, when the declaration complies.</returns>
    /// <exception cref="ComplianceException">The declaration violates at least one rule, or is out of scope; the message is the report as text.</exception>
    public ConformityReport EnsureCompliant() =>
        IsCompliant ? this : throw new ComplianceException(ToText(Language.English));

    /// <summary>Renders the report as plain text.</summary>
    /// <param name="language">The language of the report.</param>
    /// <returns>The report.</returns>
    public string ToText(Language language)
    {
        var fr = language == Language.French;
        var text = new StringBuilder();
        text.Append(fr ? "Conformité de " : "Conformity of ").Append(Declaration.Controller.Name)
            .Append(fr ? " — édition " : " — edition ").Append(Edition.Id).AppendLine();
        text.Append(fr ? "Verdict : " : "Verdict: ").AppendLine(VerdictText(fr));
        var number = 0;
        foreach (var violation in violations)
        {
            number++;
            text.AppendLine()
                .Append(number).Append(". ").Append(violation.Rule.Code).Append(" (").Append(StrengthText(violation.Strength, fr)).Append(") — ")
                .Append(PartText(violation.Part, fr)).Append(' ').AppendLine(violation.Subject)
                .Append("   ").AppendLine(violation.Message.In(language))
                .Append(fr ? "   Correction : " : "   Fix: ").AppendLine(violation.Fix.In(language))
                .Append(fr ? "   Source : " : "   Source: ").AppendLine(violation.Rule.Source);
        }

        if (notes.Length > 0)
        {
            text.AppendLine().AppendLine(fr ? "À noter :" : "Notes:");
            foreach (var note in notes)
            {
                text.Append("- ").AppendLine(note.In(language));
            }
        }

        return text.ToString();
    }

    /// <summary>Renders the report as Markdown.</summary>
    /// <param name="language">The language of the report.</param>
    /// <returns>The report.</returns>
    public string ToMarkdown(Language language)
    {
        var fr = language == Language.French;
        var text = new StringBuilder();
        text.Append(fr ? "# Conformité de " : "# Conformity of ").Append(Escape(Declaration.Controller.Name)).AppendLine().AppendLine();
        text.Append(fr ? "Édition : `" : "Edition: `").Append(Edition.Id).AppendLine("`  ");
        text.Append(fr ? "Verdict : **" : "Verdict: **").Append(VerdictText(fr)).AppendLine("**").AppendLine();
        if (violations.Length > 0)
        {
            text.AppendLine(fr ? "| # | Règle | Force | Concerne | Problème | Correction |" : "| # | Rule | Strength | Concerns | Problem | Fix |")
                .AppendLine("|---|---|---|---|---|---|");
            var number = 0;
            foreach (var violation in violations)
            {
                number++;
                text.Append("| ").Append(number).Append(" | `").Append(violation.Rule.Code).Append("` | ").Append(StrengthText(violation.Strength, fr))
                    .Append(" | ").Append(PartText(violation.Part, fr)).Append(" `").Append(violation.Subject).Append("` | ")
                    .Append(Escape(violation.Message.In(language))).Append(" | ").Append(Escape(violation.Fix.In(language))).AppendLine(" |");
            }
        }

        if (notes.Length > 0)
        {
            text.AppendLine().AppendLine(fr ? "## À noter" : "## Notes").AppendLine();
            foreach (var note in notes)
            {
                text.Append("- ").AppendLine(Escape(note.In(language)));
            }
        }

        return text.ToString();
    }

    /// <summary>Returns the verdict and the number of violations.</summary>
    /// <returns>A one-line summary.</returns>
    public override string ToString() => $"{Verdict} under {Edition.Id}: {violations.Length} violation(s)";

    private static string Escape(string text) => text.Replace("|", "\\|", StringComparison.Ordinal);

    private static string StrengthText(RuleStrength strength, bool fr) =>
        strength == RuleStrength.Mandatory ? (fr ? "obligatoire" : "mandatory") : (fr ? "recommandée" : "recommended");

    private string VerdictText(bool fr) => Verdict switch
    {
        ConformityVerdict.Compliant => fr ? "conforme" : "compliant",
        ConformityVerdict.NonCompliant => fr ? $"non conforme ({violations.Length} manquement(s))" : $"non-compliant ({violations.Length} violation(s))",
        _ => fr ? "hors du champ de la norme" : "outside the norm",
    };

    private static string PartText(DeclarationPart part, bool fr) => part switch
    {
        DeclarationPart.Processing => fr ? "traitement" : "processing",
        DeclarationPart.Purpose => fr ? "finalité" : "purpose",
        DeclarationPart.Field => fr ? "donnée" : "field",
        DeclarationPart.Recipient => fr ? "destinataire" : "recipient",
        DeclarationPart.FileTransfer => fr ? "cession du fichier, donnée" : "file transfer, field",
        DeclarationPart.RetentionPolicy => fr ? "durée de conservation" : "retention policy",
        DeclarationPart.Form => fr ? "formulaire" : "form",
        DeclarationPart.Trackers => fr ? "traceurs" : "trackers",
        DeclarationPart.Channel => fr ? "canal" : "channel",
        DeclarationPart.Security => fr ? "sécurité" : "security",
        _ => fr ? "transferts hors UE" : "transfers outside the EU",
    };
}
