using System;
using System.Collections.Generic;

namespace Norme48.Declarations.Json;

/// <summary>
/// The UTF-8 text of a declaration file (its byte-order mark removed), able to turn a byte offset into the 1-based line
/// and column an editor shows.
/// </summary>
/// <remarks>
/// Columns count UTF-16 code units, as SARIF does by default (<c>columnKind: utf16CodeUnits</c>): a character of the
/// basic multilingual plane counts one, a supplementary character (an emoji) two. Lines end at LF, CR LF or a lone CR.
/// </remarks>
internal sealed class SourceText
{
    private readonly ReadOnlyMemory<byte> utf8;
    private readonly int[] lineStarts;

    public SourceText(ReadOnlyMemory<byte> utf8)
    {
        this.utf8 = utf8;
        var starts = new List<int> { 0 };
        var span = utf8.Span;
        for (var i = 0; i < span.Length; i++)
        {
            if (span[i] == (byte)'\r')
            {
                if (i + 1 < span.Length && span[i + 1] == (byte)'\n')
                {
                    i++;
                }

                starts.Add(i + 1);
            }
            else if (span[i] == (byte)'\n')
            {
                starts.Add(i + 1);
            }
        }

        lineStarts = [.. starts];
    }

    /// <summary>Gets the 1-based line and column (in UTF-16 code units) of a byte offset; an offset past the end is the end.</summary>
    public (int Line, int Column) PositionOf(long offset)
    {
        var at = (int)Math.Clamp(offset, 0, utf8.Length);
        var index = Array.BinarySearch(lineStarts, at);
        var line = index >= 0 ? index : ~index - 1;
        var column = 1;
        foreach (var b in utf8.Span[lineStarts[line]..at])
        {
            // A lead byte starts a character; a 4-byte sequence is a supplementary character, two UTF-16 code units.
            if ((b & 0xC0) != 0x80)
            {
                column += b >= 0xF0 ? 2 : 1;
            }
        }

        return (line + 1, column);
    }

    /// <summary>
    /// Gets the byte offset of a position as <see cref="System.Text.Json.JsonException"/> reports it: a 0-based line counted
    /// by LF alone, and a byte position in that line.
    /// </summary>
    public long OffsetOfReaderPosition(long lineNumber, long bytePositionInLine)
    {
        var span = utf8.Span;
        var offset = 0;
        for (var line = 0L; line < lineNumber; line++)
        {
            var next = span[offset..].IndexOf((byte)'\n');
            if (next < 0)
            {
                return span.Length;
            }

            offset += next + 1;
        }

        return Math.Min(offset + bytePositionInLine, span.Length);
    }
}

/// <summary>JSON paths as <c>$.fields[2].purposes[0]</c>; a name that is not an identifier is written <c>$['$schema']</c>.</summary>
internal static class JsonPath
{
    public const string Root = "$";

    public static string Property(string parent, string name)
    {
        var simple = name.Length > 0 && !char.IsAsciiDigit(name[0]);
        foreach (var c in name)
        {
            simple &= char.IsAsciiLetterOrDigit(c) || c == '_';
        }

        return simple
            ? parent + "." + name
            : parent + "['" + name.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("'", "\\'", StringComparison.Ordinal) + "']";
    }

    public static string Index(string parent, int index) =>
        parent + "[" + index.ToString(System.Globalization.CultureInfo.InvariantCulture) + "]";
}
