using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Text.Json;
using Norme48.Cli.Audit;
using Norme48.Cli.Declarations;
using Norme48.Declarations;
using Norme48.Rules;

namespace Norme48.Cli.Diff;

/// <summary>
/// Runs <c>norme48 diff</c>: reads a declaration file, asks both editions the questions it implies and writes the
/// decisions that change. Exit codes as the <c>diff</c> utility's: 0 no change, 1 changes, 2 an unreadable or invalid
/// file (errors on standard error, as <c>audit</c> writes them).
/// </summary>
internal static class DiffRunner
{
    public const int NoChange = 0;
    public const int Changes = 1;

    public static int Run(DiffOptions options, TextWriter output, TextWriter errors)
    {
        var input = DeclarationInput.Load(options.File);
        if (input.Read is not { Declaration: { } declaration })
        {
            foreach (var problem in input.Problems)
            {
                errors.WriteLine(problem.Format(options.Language));
            }

            return AuditRunner.InvalidInput;
        }

        var changes = EditionComparison.Compare(declaration, options.From, options.To);
        output.Write(options.Json ? WriteJson(changes, options) : WriteText(changes, options));
        return changes.Count == 0 ? NoChange : Changes;
    }

    /// <summary>One line per change, in the order of the questions, then the count.</summary>
    public static string WriteText(IReadOnlyList<DecisionChange> changes, DiffOptions options)
    {
        var text = new StringBuilder();
        foreach (var change in changes)
        {
            text.Append(change.AskId).Append(' ').Append(change.Subject).Append(": ")
                .Append(Outcome(change.Before, options.Language)).Append(" ⇒ ").Append(Outcome(change.After, options.Language)).Append('\n');
        }

        text.Append(Summary(changes.Count, options)).Append('\n');
        return text.ToString();
    }

    /// <summary><c>{"from","to","changes":[{"ask","subject","before","after"}]}</c>, an absent outcome as <c>null</c>.</summary>
    public static string WriteJson(IReadOnlyList<DecisionChange> changes, DiffOptions options)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, AuditJsonWriter.Options))
        {
            json.WriteStartObject();
            json.WriteString("from", options.From.Id);
            json.WriteString("to", options.To.Id);
            json.WriteStartArray("changes");
            foreach (var change in changes)
            {
                json.WriteStartObject();
                json.WriteString("ask", change.AskId);
                json.WriteString("subject", change.Subject);
                WriteOutcome(json, "before", change.Before, options.Language);
                WriteOutcome(json, "after", change.After, options.Language);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    private static void WriteOutcome(Utf8JsonWriter json, string name, DecisionOutcome? outcome, Language language)
    {
        if (outcome is null)
        {
            json.WriteNull(name);
            return;
        }

        json.WriteStartObject(name);
        json.WriteString("verdict", outcome.Verdict);
        json.WriteStartArray("rules");
        foreach (var rule in outcome.Rules)
        {
            json.WriteStringValue(rule.ToId());
        }

        json.WriteEndArray();
        if (outcome.Message is { } message)
        {
            json.WriteString("message", message.In(language));
        }
        else
        {
            json.WriteNull("message");
        }

        json.WriteEndObject();
    }

    private static string Outcome(DecisionOutcome? outcome, Language language) =>
        outcome?.ToString() ?? (language == Language.French ? "absente de cette édition" : "not in this edition");

    private static string Summary(int count, DiffOptions options)
    {
        var between = $"{options.From.Id}" + (options.Language == Language.French ? " et " : " and ") + options.To.Id;
        return options.Language == Language.French
            ? count switch
            {
                0 => $"Aucune décision ne change entre {between}.",
                1 => $"1 décision change entre {between}.",
                _ => $"{count.ToString(System.Globalization.CultureInfo.InvariantCulture)} décisions changent entre {between}.",
            }
            : count == 1
                ? $"1 decision changes between {between}."
                : $"{count.ToString(System.Globalization.CultureInfo.InvariantCulture)} decisions change between {between}.";
    }
}
