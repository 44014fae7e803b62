using System;
using System.Collections.Generic;
using System.Linq;
using Norme48.Declarations;
using Norme48.Prospecting;
using Norme48.Rules;
using Norme48.Vocabulary;

namespace Norme48.Tests.Declarations;

/// <summary>
/// Reads a generated notice the way a person checking a web form would: which section titles does the text show?
/// Built from the text alone, never from <see cref="GeneratedNotice.Form"/>.
/// </summary>
internal static class NoticeReader
{
    /// <summary>The six items of NS48-INFO-NOTICE in the norm's order, as <see cref="InformationNotice.SectionTitles"/> lists them.</summary>
    private static readonly NoticeItem[] ItemsInOrder =
    [
        NoticeItem.ControllerIdentity, NoticeItem.Purposes, NoticeItem.MandatoryOrOptional, NoticeItem.ConsequencesOfNoAnswer,
        NoticeItem.Recipients, NoticeItem.Rights,
    ];

    /// <summary>The titles written as headings: <c>## title</c> lines in Markdown, lines that are exactly a title in plain text.</summary>
    public static HashSet<string> Headings(string text, NoticeFormat format)
    {
        var headings = new HashSet<string>(StringComparer.Ordinal);
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.TrimEnd('\r');
            if (format == NoticeFormat.Markdown)
            {
                if (line.StartsWith("## ", StringComparison.Ordinal))
                {
                    headings.Add(line[3..]);
                }
            }
            else
            {
                headings.Add(line);
            }
        }

        return headings;
    }

    /// <summary>
    /// The form a notice makes: the items whose title is present, the objection notice and the trackers notice when their
    /// titles are present; whether the data serve prospecting and whether the site sets trackers are facts of the
    /// declaration, not of the text.
    /// </summary>
    public static NoticeForm Detect(string text, Language language, NoticeFormat format, bool prospecting, bool trackers)
    {
        var titles = InformationNotice.SectionTitles(language);
        var headings = Headings(text, format);
        var items = ItemsInOrder.Where((_, i) => headings.Contains(titles[i])).ToArray();
        return new NoticeForm(
            items,
            prospecting: prospecting,
            objectionNotice: headings.Contains(titles[6]),
            trackers: trackers,
            trackersNotice: headings.Contains(titles[7]));
    }

    /// <summary>
    /// Whether the declared processing uses data for prospecting: a purpose of the prospecting group, declared or served
    /// by a field, or a prospecting channel.
    /// </summary>
    public static bool UsesDataForProspecting(ProcessingDeclaration declaration) =>
        declaration.Channels.Count > 0
        || declaration.Purposes.Concat(declaration.Fields.SelectMany(f => f.Purposes)).Any(p => p.Group == PurposeGroup.Prospecting);
}
