using System;
using Microsoft.Extensions.Compliance.Redaction;

namespace Norme48.Redaction.Tests;

/// <summary>A redactor of the application's own: replaces any value with <c>[hidden]</c>.</summary>
public sealed class TagRedactor : Redactor
{
    public const string Tag = "[hidden]";

    public override int GetRedactedLength(ReadOnlySpan<char> input) => Tag.Length;

    public override int Redact(ReadOnlySpan<char> source, Span<char> destination)
    {
        Tag.AsSpan().CopyTo(destination);
        return Tag.Length;
    }
}
