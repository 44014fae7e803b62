using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using Norme48.Evaluation;
using Norme48.Prospecting;
using Norme48.Rules;
using Norme48.Vocabulary;

namespace Norme48.Declarations;

/// <summary>How a generated notice is written.</summary>
public enum NoticeFormat
{
    /// <summary>Markdown, with a heading per item.</summary>
    Markdown = 1,

    /// <summary>Plain text, with a title line per item.</summary>
    PlainText = 2,
}

/// <summary>An information notice generated from a declaration, and what it shows.</summary>
public sealed class GeneratedNotice
{
    internal GeneratedNotice(string text, NoticeForm form)
    {
        Text = text;
        Form = form;
    }

    /// <summary>Gets the notice.</summary>
    public string Text { get; }

    /// <summary>Gets what the notice shows, as the notice check reads a form.</summary>
    public NoticeForm Form { get; }

    /// <summary>Returns the notice.</summary>
    /// <returns>The notice text.</returns>
    public override string ToString() => Text;
}

/// <summary>
/// Writes the information notice a collection form must show (NS48-INFO-NOTICE, NS48-INFO-PROSPECTING-OBJECTION,
/// NS48-INFO-COOKIES) from a declaration, in French or English, as Markdown or plain text.
/// </summary>
public static class InformationNotice
{
    /// <summary>The title of each section, per language: the six items, then the objection to prospecting and the trackers.</summary>
    // Stryker disable all : static initialiser, run once per test process before any mutant is active (README, Mutation testing)
    private static readonly string[] EnglishTitles =
    [
        "Who is responsible", "Why we process your data", "Mandatory and optional answers", "If you do not answer",
        "Who receives your data", "Your rights", "Prospecting: your right to object", "Trackers",
    ];

    private static readonly string[] FrenchTitles =
    [
        "Responsable du traitement", "Finalités", "Réponses obligatoires et facultatives", "En l'absence de réponse",
        "Destinataires", "Vos droits", "Prospection : votre droit d'opposition", "Traceurs",
    ];
    // Stryker restore all

    /// <summary>Gets the section titles the generator writes, in order, in a language: the six information items, then the objection notice and the trackers notice.</summary>
    /// <param name="language">The language.</param>
    /// <returns>The eight titles.</returns>
    public static IReadOnlyList<string> SectionTitles(Language language) => language == Language.French ? FrenchTitles : EnglishTitles;

    /// <summary>Generates the information notice of a declared processing.</summary>
    /// <param name="declaration">The declaration.</param>
    /// <param name="language">The language of the notice.</param>
    /// <param name="format">Markdown or plain text.</param>
    /// <returns>The notice, with the form it makes compliant.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="declaration"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="language"/> or <paramref name="format"/> is not defined.</exception>
    public static GeneratedNotice Generate(ProcessingDeclaration declaration, Language language, NoticeFormat format)
    {
        ArgumentNullException.ThrowIfNull(declaration);
        if (language is not (Language.English or Language.French))
        {
            throw new ArgumentOutOfRangeException(nameof(language), language, "Not a defined language.");
        }

        if (format is not (NoticeFormat.Markdown or NoticeFormat.PlainText))
        {
            throw new ArgumentOutOfRangeException(nameof(format), format, "Not a defined notice format.");
        }

        var fr = language == Language.French;
        var titles = SectionTitles(language);
        var controller = declaration.Controller;
        var prospecting = declaration.Channels.Count > 0
            || declaration.Purposes.Concat(declaration.Fields.SelectMany(f => f.Purposes)).Any(p => p.Group == PurposeGroup.Prospecting);
        var text = new StringBuilder();
        text.AppendLine(Heading(format, 1, fr ? "Information sur vos données personnelles" : "About your personal data")).AppendLine();

        Section(text, format, titles[0], (fr ? "Vos données sont traitées par " : "Your data are processed by ") + controller.Name
            + (controller.Address is { } address ? ", " + address : string.Empty) + ".");

        var purposeList = declaration.Purposes.Select(p => fr ? p.FrenchWording : Words(p.Id)).ToList();
        Section(text, format, titles[1], (fr ? "Elles servent aux finalités suivantes : " : "They are used for: ") + string.Join(fr ? " ; " : "; ", purposeList) + ".");

        Section(text, format, titles[2], fr
            ? "Les champs marqués d'un astérisque (*) sont obligatoires ; les autres sont facultatifs."
            : "Fields marked with an asterisk (*) are mandatory; the others are optional.");

        Section(text, format, titles[3], fr
            ? "Sans réponse aux champs obligatoires, nous ne pouvons pas traiter votre demande ; ne pas répondre aux champs facultatifs n'a aucune conséquence."
            : "Without the mandatory answers we cannot handle your request; leaving optional fields blank has no consequence.");

        var recipients = declaration.Recipients.Count == 0
            ? (fr ? "les services de " + controller.Name + " chargés de la relation commerciale" : "the staff of " + controller.Name + " in charge of the commercial relationship")
            : string.Join(fr ? " ; " : "; ", declaration.Recipients.Select(r => fr ? r.Recipient.FrenchWording ?? r.Recipient.Id : Words(r.Recipient.Id)));
        Section(text, format, titles[4], (fr ? "Vos données sont destinées à : " : "Your data go to: ") + recipients + ".");

        Section(text, format, titles[5], fr
            ? $"Vous disposez d'un droit d'accès, de rectification et d'opposition sur vos données. Pour l'exercer, écrivez à {controller.Contact}."
            : $"You have the right to access, rectify and object to the processing of your data. To exercise it, write to {controller.Contact}.");

        if (prospecting)
        {
            Section(text, format, titles[6], fr
                ? $"Vous pouvez vous opposer à la prospection, sans frais et sans avoir à vous justifier, en écrivant à {controller.Contact}."
                : $"You may object to prospecting, free of charge and without giving reasons, by writing to {controller.Contact}.");
        }

        if (declaration.UsesTrackers)
        {
            Section(text, format, titles[7], fr
                ? "Ce site dépose des traceurs (cookies) pour mesurer sa fréquentation. Vous pouvez les refuser depuis le bandeau de consentement ou les réglages de votre navigateur."
                : "This site sets trackers (cookies) to measure its audience. You can refuse them from the consent banner or in your browser's settings.");
        }

        var form = new NoticeForm(
            [NoticeItem.ControllerIdentity, NoticeItem.Purposes, NoticeItem.MandatoryOrOptional, NoticeItem.ConsequencesOfNoAnswer, NoticeItem.Recipients, NoticeItem.Rights],
            prospecting: prospecting,
            objectionNotice: prospecting,
            trackers: declaration.UsesTrackers,
            trackersNotice: declaration.UsesTrackers);
        return new GeneratedNotice(text.ToString().TrimEnd() + Environment.NewLine, form);
    }

    private static void Section(StringBuilder text, NoticeFormat format, string title, string body) =>
        text.AppendLine(Heading(format, 2, title)).AppendLine(body).AppendLine();

    private static string Heading(NoticeFormat format, int level, string title) =>
        format == NoticeFormat.Markdown ? new string('#', level) + " " + title : level == 1 ? title.ToUpperInvariant() : title;

    private static string Words(string id) => id.Replace('-', ' ');
}
