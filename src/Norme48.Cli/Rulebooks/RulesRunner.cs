using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using Norme48.Cli.Audit;
using Norme48.Rules;
using Norme48.Vocabulary;

namespace Norme48.Cli.Rulebooks;

/// <summary>Runs <c>norme48 rules</c>: writes the rulebook of an edition as Markdown or JSON.</summary>
internal static class RulesRunner
{
    public static int Run(Edition edition, bool json, TextWriter output, TextWriter errors)
    {
        var rulebook = Rulebook.For(edition);
        output.Write(json ? Json(rulebook) : Markdown(rulebook));
        return 0;
    }

    private static string Json(Rulebook rulebook)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, AuditJsonWriter.Options))
        {
            json.WriteStartObject();
            json.WriteString("edition", rulebook.Edition.Id);
            json.WriteStartArray("rules");
            foreach (var rule in rulebook.Rules)
            {
                json.WriteStartObject();
                json.WriteString("id", rule.Code);
                json.WriteString("strength", ReportIds.Of(rule.Strength));
                json.WriteString("confidence", ReportIds.Of(rule.Confidence));
                json.WriteString("source", rule.Source);
                if (rule.Quote is { } quote)
                {
                    json.WriteString("quote", quote);
                }
                else
                {
                    json.WriteNull("quote");
                }

                json.WriteString("text", rule.Statement.English);
                json.WriteString("textFr", rule.Statement.French);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    /// <summary>The rulebook as one Markdown table, a row per rule; the README's rule table is this output.</summary>
    private static string Markdown(Rulebook rulebook)
    {
        var text = new StringBuilder();
        text.Append("# Rules of ").Append(rulebook.Edition.Id).Append("\n\n");
        text.Append(rulebook.Rules.Count).Append(" rules, in catalogue order: ")
            .Append(rulebook.Rules.Count(r => r.Strength == RuleStrength.Mandatory)).Append(" mandatory, ")
            .Append(rulebook.Rules.Count(r => r.Strength == RuleStrength.Recommended)).Append(" recommended.\n\n");
        text.Append("| Rule | Strength | Source | What it requires | The norm's words |\n");
        text.Append("|---|---|---|---|---|\n");
        foreach (var rule in rulebook.Rules)
        {
            text.Append("| `").Append(rule.Code).Append("` | ").Append(ReportIds.Of(rule.Strength))
                .Append(" | ").Append(Cell(rule.Source)).Append(" (").Append(ReportIds.Of(rule.Confidence)).Append(')')
                .Append(" | ").Append(Cell(rule.Statement.English))
                .Append(" | ").Append(rule.Quote is { } quote ? Cell(quote) : string.Empty).Append(" |\n");
        }

        return text.ToString();
    }

    private static string Cell(string text) => text.Replace("|", "\\|", System.StringComparison.Ordinal).ReplaceLineEndings(" ");
}
