using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Norme48.Rules;

namespace Norme48.Cli.Audit;

/// <summary>
/// Writes <c>norme48 audit --format json</c>: one document, <c>{"files":[…]}</c>, with per file its edition, verdict,
/// violations and notes, or the errors that kept it from being checked.
/// </summary>
internal static class AuditJsonWriter
{
    /// <summary>Keeps accented letters and arrows readable; the output is data for tools, never embedded in HTML.</summary>
    public static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Write(IReadOnlyList<AuditedFile> files, Language language)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartObject();
            json.WriteStartArray("files");
            foreach (var file in files)
            {
                WriteFile(json, file, language);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    private static void WriteFile(Utf8JsonWriter json, AuditedFile file, Language language)
    {
        json.WriteStartObject();
        json.WriteString("file", file.FileName);
        if (file.Report is not { } report)
        {
            json.WriteBoolean("valid", false);
            json.WriteStartArray("errors");
            foreach (var problem in file.Problems)
            {
                json.WriteStartObject();
                json.WriteNumber("line", problem.Line);
                json.WriteNumber("column", problem.Column);
                json.WriteString("path", problem.Path);
                json.WriteString("message", problem.Message.In(language));
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
            return;
        }

        json.WriteBoolean("valid", true);
        json.WriteString("edition", report.Edition.Id);
        json.WriteString("verdict", ReportIds.Of(report.Verdict));
        json.WriteStartArray("violations");
        foreach (var violation in report.Violations)
        {
            var location = ViolationLocator.Locate(violation, file.Input, report.Declaration);
            json.WriteStartObject();
            json.WriteString("rule", violation.Rule.Code);
            json.WriteString("strength", ReportIds.Of(violation.Strength));
            json.WriteString("part", ReportIds.Of(violation.Part));
            json.WriteString("subject", violation.Subject);
            json.WriteString("message", violation.Message.In(language));
            json.WriteString("fix", violation.Fix.In(language));
            json.WriteString("source", violation.Rule.Source);
            json.WriteStartObject("location");
            json.WriteString("path", location.Path);
            json.WriteNumber("line", location.Line);
            json.WriteNumber("column", location.Column);
            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("notes");
        foreach (var note in report.Notes)
        {
            json.WriteStringValue(note.In(language));
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }
}
