using System;
using System.Collections.Generic;
using System.Linq;
using Norme48.Rules;

namespace Norme48.Declarations.Json;

/// <summary>
/// Collects the errors of one file, both passes together, and remembers where each JSON path's value starts so that
/// the second pass can place an error it finds in the deserialised values.
/// </summary>
internal sealed class ErrorSink
{
    private readonly string fileName;
    private readonly SourceText text;
    private readonly Dictionary<string, long> valueOffsets = new(StringComparer.Ordinal);
    private readonly List<DeclarationError> errors = [];

    public ErrorSink(string fileName, SourceText text)
    {
        this.fileName = fileName;
        this.text = text;
    }

    public bool HasErrors => errors.Count > 0;

    /// <summary>Gets or sets the path of the last value the first pass met: where a syntax error is reported.</summary>
    public string LastPath { get; set; } = JsonPath.Root;

    /// <summary>Records the byte offset where the value at a path starts.</summary>
    public void Locate(string path, long offset) => valueOffsets[path] = offset;

    /// <summary>Whether a value was written at a path (whether or not it was accepted).</summary>
    public bool IsLocated(string path) => valueOffsets.ContainsKey(path);

    /// <summary>Gets the 1-based line and column where the value at a path starts, when the first pass met it.</summary>
    public bool TryGetPosition(string path, out int line, out int column)
    {
        if (valueOffsets.TryGetValue(path, out var offset))
        {
            (line, column) = text.PositionOf(offset);
            return true;
        }

        line = 0;
        column = 0;
        return false;
    }

    /// <summary>Reports an error at a byte offset.</summary>
    public void ReportAt(long offset, string path, DeclarationErrorKind kind, LocalizedText message)
    {
        var (line, column) = text.PositionOf(offset);
        errors.Add(new DeclarationError(fileName, line, column, path, kind, message));
    }

    /// <summary>Reports an error at the recorded start of a path's value (or of its nearest recorded ancestor).</summary>
    public void Report(string path, DeclarationErrorKind kind, string english, string french)
    {
        var located = path;
        long offset;
        while (!valueOffsets.TryGetValue(located, out offset))
        {
            var cut = Math.Max(located.LastIndexOf('.'), located.LastIndexOf('['));
            if (cut <= 0)
            {
                offset = 0;
                break;
            }

            located = located[..cut];
        }

        ReportAt(offset, path, kind, new LocalizedText(english, french));
    }

    /// <summary>The errors in the order of the file; errors at the same place keep the order they were found in.</summary>
    public DeclarationError[] Errors() => [.. errors.OrderBy(e => e.Line).ThenBy(e => e.Column)];
}
