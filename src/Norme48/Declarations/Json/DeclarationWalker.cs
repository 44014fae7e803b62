using System;
using System.Buffers;
using System.Collections.Generic;
using System.Text.Json;
using Norme48.Rules;
using Norme48.Vocabulary;

namespace Norme48.Declarations.Json;

/// <summary>
/// The first pass: a <see cref="Utf8JsonReader"/> walk that checks every property name, type and required key against
/// <see cref="DeclarationShape"/>, records where each path's value starts, and reports every error it meets rather than
/// the first.
/// </summary>
/// <remarks>
/// The walk also writes a copy of what it accepted: unknown and repeated properties and values of the wrong type are
/// left out (an array item is replaced by <c>null</c>, so that indices, and so paths, stay those of the file). The
/// source-generated deserialiser of the second pass, which would stop at the first error, reads that copy and so never
/// meets one; everything left out has already been reported.
/// </remarks>
internal sealed class DeclarationWalker
{
    // Stryker disable all : static initialiser, run once per test process before any mutant is active (README, Mutation testing)
    private static readonly JsonReaderOptions ReaderOptions = new()
    {
        CommentHandling = JsonCommentHandling.Disallow,
        AllowTrailingCommas = false,
        MaxDepth = 64,
    };
    // Stryker restore all

    private readonly ErrorSink sink;
    private readonly Utf8JsonWriter writer;

    private DeclarationWalker(ErrorSink sink, Utf8JsonWriter writer)
    {
        this.sink = sink;
        this.writer = writer;
    }

    /// <summary>
    /// Walks a file; returns the accepted copy, or <see langword="null"/> when the file is not JSON or its root is not
    /// an object (the errors say which).
    /// </summary>
    public static byte[]? Walk(ReadOnlySpan<byte> utf8, ErrorSink sink, SourceText text)
    {
        var output = new ArrayBufferWriter<byte>(Math.Max(256, utf8.Length));
        using var writer = new Utf8JsonWriter(output);
        var walker = new DeclarationWalker(sink, writer);
        var reader = new Utf8JsonReader(utf8, ReaderOptions);
        try
        {
            reader.Read();
            sink.Locate(JsonPath.Root, reader.TokenStartIndex);
            var rootIsObject = reader.TokenType == JsonTokenType.StartObject;
            if (rootIsObject)
            {
                walker.WalkObject(ref reader, DeclarationShape.Root, JsonPath.Root);
            }
            else
            {
                sink.ReportAt(reader.TokenStartIndex, JsonPath.Root, DeclarationErrorKind.WrongType, new LocalizedText(
                    $"A declaration file holds one JSON object; this one holds {Actual(reader.TokenType).English}.",
                    $"Un fichier de déclaration contient un objet JSON ; celui-ci contient {Actual(reader.TokenType).French}."));
                reader.Skip();
            }

            // Anything after the root value is a syntax error the reader raises here.
            reader.Read();
            writer.Flush();
            return rootIsObject ? output.WrittenSpan.ToArray() : null;
        }
        catch (JsonException exception)
        {
            var offset = text.OffsetOfReaderPosition(exception.LineNumber ?? 0, exception.BytePositionInLine ?? 0);
            var reason = ReaderMessage(exception);
            sink.ReportAt(offset, sink.LastPath, DeclarationErrorKind.Syntax, new LocalizedText(
                $"The file is not valid JSON: {reason}",
                $"Le fichier n'est pas du JSON valide : {reason}"));
            return null;
        }
    }

    /// <summary>The reader's message without the position it appends (the error carries its own, in UTF-16 columns).</summary>
    private static string ReaderMessage(JsonException exception)
    {
        var message = exception.Message;
        var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        return (cut >= 0 ? message[..cut] : message).Trim();
    }

    private void WalkObject(ref Utf8JsonReader reader, ObjectShape shape, string path)
    {
        var start = reader.TokenStartIndex;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        writer.WriteStartObject();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var nameStart = reader.TokenStartIndex;
            var name = ReadText(ref reader, path, nameStart);
            reader.Read();
            if (name is null)
            {
                reader.Skip();
                continue;
            }

            var propertyPath = JsonPath.Property(path, name);
            sink.LastPath = propertyPath;
            var property = shape.Find(name);
            if (property is null)
            {
                sink.ReportAt(nameStart, propertyPath, DeclarationErrorKind.UnknownProperty, new LocalizedText(
                    $"Unknown property '{name}' in {shape.Description.English}. Accepted properties here: {shape.AcceptedNames}.",
                    $"Propriété inconnue '{name}' dans {shape.Description.French}. Propriétés acceptées ici : {shape.AcceptedNames}."));
                reader.Skip();
                continue;
            }

            if (!seen.Add(name))
            {
                sink.ReportAt(nameStart, propertyPath, DeclarationErrorKind.DuplicateProperty, new LocalizedText(
                    $"The property '{name}' is given twice in this object; keep one.",
                    $"La propriété '{name}' figure deux fois dans cet objet ; n'en gardez qu'une."));
                reader.Skip();
                continue;
            }

            if (reader.TokenType == JsonTokenType.Null)
            {
                // null stands for an absent optional property; a required one must have a value.
                if (property.Required)
                {
                    ReportMissing(reader.TokenStartIndex, propertyPath, name, shape, isNull: true);
                }

                continue;
            }

            WalkValue(ref reader, property.Value, propertyPath, name);
        }

        foreach (var property in shape.Properties)
        {
            if (property.Required && !seen.Contains(property.Name))
            {
                ReportMissing(start, JsonPath.Property(path, property.Name), property.Name, shape, isNull: false);
            }
        }

        writer.WriteEndObject();
    }

    private void ReportMissing(long offset, string path, string name, ObjectShape shape, bool isNull) =>
        sink.ReportAt(offset, path, DeclarationErrorKind.MissingProperty, isNull
            ? new LocalizedText(
                $"The required property '{name}' of {shape.Description.English} is null; give it a value.",
                $"La propriété obligatoire '{name}' {Terms.FrenchOf(shape.Description.French)} est null ; donnez-lui une valeur.")
            : new LocalizedText(
                $"The required property '{name}' of {shape.Description.English} is missing.",
                $"La propriété obligatoire '{name}' {Terms.FrenchOf(shape.Description.French)} est absente."));

    /// <summary>Walks a value; writes it (after <paramref name="propertyName"/>, when given) and returns whether it was accepted.</summary>
    private bool WalkValue(ref Utf8JsonReader reader, Shape shape, string path, string? propertyName)
    {
        var start = reader.TokenStartIndex;
        sink.Locate(path, start);
        sink.LastPath = path;
        var token = reader.TokenType;
        switch (shape.Kind)
        {
            case ShapeKind.String or ShapeKind.StringOrObject when token == JsonTokenType.String:
                if (ReadText(ref reader, path, start) is not { } text)
                {
                    return false;
                }

                WriteName(propertyName);
                writer.WriteStringValue(text);
                return true;

            case ShapeKind.Boolean when token is JsonTokenType.True or JsonTokenType.False:
                WriteName(propertyName);
                writer.WriteBooleanValue(token == JsonTokenType.True);
                return true;

            case ShapeKind.Integer when token == JsonTokenType.Number
                && reader.ValueSpan.IndexOfAny((byte)'.', (byte)'e', (byte)'E') < 0
                && reader.TryGetInt32(out var number):
                WriteName(propertyName);
                writer.WriteNumberValue(number);
                return true;

            case ShapeKind.Array when token == JsonTokenType.StartArray:
                WriteName(propertyName);
                WalkArray(ref reader, shape.Items!, path);
                return true;

            case ShapeKind.Object or ShapeKind.StringOrObject when token == JsonTokenType.StartObject:
                WriteName(propertyName);
                WalkObject(ref reader, shape.Object!, path);
                return true;
        }

        var expected = shape.Expected;
        var actual = Actual(token);
        var where = propertyName is null ? path : $"'{propertyName}'";
        sink.ReportAt(start, path, DeclarationErrorKind.WrongType, new LocalizedText(
            $"{where} must be {expected.English}; it is {actual.English}.",
            $"{where} doit être {expected.French} ; c'est {actual.French}."));
        reader.Skip();
        return false;
    }

    private void WalkArray(ref Utf8JsonReader reader, Shape items, string path)
    {
        writer.WriteStartArray();
        var index = 0;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            var itemPath = JsonPath.Index(path, index);
            if (reader.TokenType == JsonTokenType.Null)
            {
                sink.Locate(itemPath, reader.TokenStartIndex);
                sink.LastPath = itemPath;
                sink.ReportAt(reader.TokenStartIndex, itemPath, DeclarationErrorKind.WrongType, new LocalizedText(
                    $"An item of this array must be {items.Expected.English}; it is null.",
                    $"Un élément de ce tableau doit être {items.Expected.French} ; c'est null."));
                writer.WriteNullValue();
            }
            else if (!WalkValue(ref reader, items, itemPath, propertyName: null))
            {
                writer.WriteNullValue();
            }

            index++;
        }

        writer.WriteEndArray();
    }

    private void WriteName(string? propertyName)
    {
        if (propertyName is not null)
        {
            writer.WritePropertyName(propertyName);
        }
    }

    /// <summary>Reads a string or property name; text that is not valid UTF-8, or an unpaired surrogate escape, is an error.</summary>
    private string? ReadText(ref Utf8JsonReader reader, string path, long start)
    {
        try
        {
            return reader.GetString();
        }
        catch (InvalidOperationException)
        {
            sink.ReportAt(start, path, DeclarationErrorKind.InvalidValue, new LocalizedText(
                "This string is not valid text (invalid UTF-8 or an unpaired \\u surrogate escape).",
                "Cette chaîne n'est pas du texte valide (UTF-8 invalide ou échappement \\u de substitut isolé)."));
            return null;
        }
    }

    private static LocalizedText Actual(JsonTokenType token) => token switch
    {
        JsonTokenType.String => new("a string", "une chaîne"),
        JsonTokenType.Number => new("a number", "un nombre"),
        JsonTokenType.True or JsonTokenType.False => new("a boolean", "un booléen"),
        JsonTokenType.StartArray => new("an array", "un tableau"),
        JsonTokenType.StartObject => new("an object", "un objet"),
        _ => new("null", "null"),
    };
}
