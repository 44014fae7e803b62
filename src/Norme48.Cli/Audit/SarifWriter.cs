using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using Norme48.Cli.Declarations;
using Norme48.Rules;
using Norme48.Vocabulary;

namespace Norme48.Cli.Audit;

/// <summary>
/// Writes <c>norme48 audit --format sarif</c>: a SARIF 2.1.0 log with one run, whose driver lists the rules of the
/// rulebook and whose results are the violations, each located in its declaration file. Files that could not be checked
/// appear as error notifications of the invocation.
/// </summary>
internal static class SarifWriter
{
    private const string SchemaUri = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

    public static string Write(IReadOnlyList<AuditedFile> files, AuditOptions options)
    {
        var language = options.Language;
        var rules = RulesOf(files, options);
        var ruleIndex = rules.Select((rule, i) => (rule.Code, i)).ToDictionary(x => x.Code, x => x.i, StringComparer.Ordinal);

        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, AuditJsonWriter.Options))
        {
            json.WriteStartObject();
            json.WriteString("$schema", SchemaUri);
            json.WriteString("version", "2.1.0");
            json.WriteStartArray("runs");
            json.WriteStartObject();

            json.WriteStartObject("tool");
            json.WriteStartObject("driver");
            json.WriteString("name", "norme48");
            json.WriteString("version", typeof(SarifWriter).Assembly.GetName().Version?.ToString(3) ?? "0.0.0");
            json.WriteString("language", language == Language.French ? "fr" : "en");
            json.WriteStartArray("rules");
            foreach (var rule in rules)
            {
                WriteRule(json, rule, language);
            }

            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndObject();

            WriteInvocation(json, files, language);

            json.WriteStartArray("results");
            foreach (var file in files)
            {
                if (file.Report is not { } report)
                {
                    continue;
                }

                foreach (var violation in report.Violations)
                {
                    var location = ViolationLocator.Locate(violation, file.Input, report.Declaration);
                    json.WriteStartObject();
                    json.WriteString("ruleId", violation.Rule.Code);
                    if (ruleIndex.TryGetValue(violation.Rule.Code, out var index))
                    {
                        json.WriteNumber("ruleIndex", index);
                    }

                    json.WriteString("level", violation.Strength == RuleStrength.Mandatory ? "error" : "warning");
                    json.WriteStartObject("message");
                    json.WriteString("text", violation.Message.In(language) + (language == Language.French ? " Correction : " : " Fix: ") + violation.Fix.In(language));
                    json.WriteEndObject();
                    json.WriteStartArray("locations");
                    WriteLocation(json, file.FileName, location.Line, location.Column, location.Path);
                    json.WriteEndArray();
                    json.WriteStartObject("properties");
                    json.WriteString("edition", report.Edition.Id);
                    json.WriteString("strength", ReportIds.Of(violation.Strength));
                    json.WriteString("part", ReportIds.Of(violation.Part));
                    json.WriteString("subject", violation.Subject);
                    json.WriteString("fix", violation.Fix.In(language));
                    json.WriteBoolean("counts", AuditRunner.Counts(violation, options));
                    json.WriteEndObject();
                    json.WriteEndObject();
                }
            }

            json.WriteEndArray();
            json.WriteString("columnKind", "utf16CodeUnits");
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    /// <summary>The rules of the editions the files were checked under; of <c>--edition</c> when none was checked.</summary>
    private static Rule[] RulesOf(IReadOnlyList<AuditedFile> files, AuditOptions options)
    {
        var editions = files.Where(f => f.Report is not null).Select(f => f.Report!.Edition).Distinct().ToList();
        if (editions.Count == 0)
        {
            editions.Add(options.DefaultEdition);
        }

        return editions
            .SelectMany(edition => Rulebook.For(edition).Rules)
            .DistinctBy(rule => rule.Code, StringComparer.Ordinal)
            .ToArray();
    }

    private static void WriteRule(Utf8JsonWriter json, Rule rule, Language language)
    {
        json.WriteStartObject();
        json.WriteString("id", rule.Code);
        json.WriteStartObject("shortDescription");
        json.WriteString("text", rule.Statement.English);
        json.WriteEndObject();
        json.WriteStartObject("fullDescription");
        json.WriteString("text", rule.Statement.In(language));
        json.WriteEndObject();
        json.WriteStartObject("help");
        json.WriteString("text", HelpText(rule, language));
        json.WriteEndObject();
        json.WriteStartObject("defaultConfiguration");
        json.WriteString("level", rule.Strength == RuleStrength.Mandatory ? "error" : "warning");
        json.WriteEndObject();
        json.WriteStartObject("properties");
        json.WriteString("edition", rule.Edition.Id);
        json.WriteString("strength", ReportIds.Of(rule.Strength));
        json.WriteString("source", rule.Source);
        json.WriteString("confidence", ReportIds.Of(rule.Confidence));
        if (rule.Quote is { } quote)
        {
            json.WriteString("quote", quote);
        }

        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static string HelpText(Rule rule, Language language)
    {
        var fr = language == Language.French;
        var text = new StringBuilder(rule.Statement.In(language));
        text.Append(fr ? " Source : " : " Source: ").Append(rule.Source).Append('.');
        if (rule.Quote is { } quote)
        {
            text.Append(fr ? " Texte de la norme : « " : " Text of the norm: « ").Append(quote).Append(" »");
        }

        return text.ToString();
    }

    private static void WriteInvocation(Utf8JsonWriter json, IReadOnlyList<AuditedFile> files, Language language)
    {
        var problems = files.SelectMany(f => f.Problems).ToArray();
        json.WriteStartArray("invocations");
        json.WriteStartObject();
        json.WriteBoolean("executionSuccessful", problems.Length == 0);
        json.WriteStartArray("toolExecutionNotifications");
        foreach (var problem in problems)
        {
            json.WriteStartObject();
            json.WriteString("level", "error");
            json.WriteStartObject("message");
            json.WriteString("text", problem.Message.In(language));
            json.WriteEndObject();
            json.WriteStartArray("locations");
            WriteLocation(json, problem.FileName, problem.Line, problem.Column, problem.Path);
            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndArray();
    }

    private static void WriteLocation(Utf8JsonWriter json, string fileName, int line, int column, string path)
    {
        json.WriteStartObject();
        json.WriteStartObject("physicalLocation");
        json.WriteStartObject("artifactLocation");
        json.WriteString("uri", UriOf(fileName));
        json.WriteEndObject();
        json.WriteStartObject("region");
        json.WriteNumber("startLine", Math.Max(1, line));
        json.WriteNumber("startColumn", Math.Max(1, column));
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteStartArray("logicalLocations");
        json.WriteStartObject();
        json.WriteString("fullyQualifiedName", path);
        json.WriteString("kind", "member");
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteEndObject();
    }

    /// <summary>The file as a URI: a relative reference for a relative path (as given), a <c>file:</c> URI for an absolute one.</summary>
    internal static string UriOf(string fileName)
    {
        if (Path.IsPathFullyQualified(fileName))
        {
            return new Uri(fileName).AbsoluteUri;
        }

        var segments = fileName.Replace('\\', '/').Split('/');
        return string.Join('/', segments.Select(Uri.EscapeDataString));
    }
}
