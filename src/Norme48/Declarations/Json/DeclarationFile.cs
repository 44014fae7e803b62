using System;
using System.IO;
using System.Text;
using System.Text.Json;

namespace Norme48.Declarations.Json;

/// <summary>
/// Reads a processing declaration from its JSON file, strictly: an unknown property, a repeated property, a value of the
/// wrong type, a missing required property, an unknown id or an id of another edition is an error that names the file,
/// the line, the column and the JSON path, and every error of the file is reported, not only the first.
/// </summary>
/// <remarks>
/// <para>
/// The format is described by <see cref="Schema"/> (JSON Schema draft 2020-12), which editors can use for completion.
/// Properties are camelCase and ids kebab-case, as in the rest of the library. <c>null</c> counts as absent for an
/// optional property and is an error for a required one. Comments and trailing commas are not JSON and are errors.
/// </para>
/// <para>
/// Reading takes two passes. A <see cref="Utf8JsonReader"/> walk checks names, types and required properties and
/// records where every JSON path's value starts; then source-generated <c>System.Text.Json</c> deserialisation reads
/// what the walk accepted, and the mapping to the model reports ids and values the model refuses at the recorded
/// position of their path. A JSON syntax error stops the walk: it is reported with its position, together with the
/// errors found before it. Lines and columns are 1-based; columns count UTF-16 code units, as SARIF does by default. A
/// UTF-8 byte-order mark is ignored.
/// </para>
/// <para>
/// Periods are ISO-8601 periods with no sign (<c>P1Y</c>, <c>P6M</c>, <c>P2W</c>, <c>P1Y6M</c>, <c>PT36H</c>), read with
/// NodaTime's <c>PeriodPattern.NormalizingIso</c> and kept in the units written; a period of 1000 years or more is refused.
/// </para>
/// </remarks>
public static class DeclarationFile
{
    private const string SchemaResource = "Norme48.Declarations.Json.norme48-declaration.schema.json";

    // Stryker disable all : static initialiser, run once per test process before any mutant is active (README, Mutation testing)
    private static readonly Lazy<string> SchemaText = new(LoadSchema);
    // Stryker restore all

    /// <summary>Gets the JSON Schema (draft 2020-12) of declaration files, as shipped in the package.</summary>
    /// <remarks>
    /// The schema lists the closed vocabularies (fields, purposes of every edition, recipients, categories …) and refuses
    /// unknown properties. What it cannot say — an id of another edition than the one declared, a sector that looks like
    /// an excluded one, a field declared twice — only the reader checks; where the two could differ, the reader decides.
    /// </remarks>
    public static string Schema => SchemaText.Value;

    /// <summary>Reads a declaration file.</summary>
    /// <param name="path">The path of the file; errors name the file by this path.</param>
    /// <returns>The declaration, or every error of the file.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="path"/> is empty or white space.</exception>
    /// <exception cref="IOException">The file cannot be read (it does not exist, access is denied …).</exception>
    /// <exception cref="UnauthorizedAccessException">The caller may not read the file.</exception>
    public static DeclarationReadResult Read(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        return ReadUtf8(File.ReadAllBytes(path), path);
    }

    /// <summary>Reads a declaration from a stream of UTF-8 JSON.</summary>
    /// <param name="utf8Json">The stream, read to its end and not closed.</param>
    /// <param name="fileName">The name that errors give the file.</param>
    /// <returns>The declaration, or every error of the file.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> or <paramref name="fileName"/> is <see langword="null"/>.</exception>
    /// <exception cref="IOException">The stream cannot be read.</exception>
    public static DeclarationReadResult Read(Stream utf8Json, string fileName)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        ArgumentNullException.ThrowIfNull(fileName);
        using var buffer = new MemoryStream();
        utf8Json.CopyTo(buffer);
        return ReadUtf8(buffer.GetBuffer().AsMemory(0, (int)buffer.Length), fileName);
    }

    /// <summary>Reads a declaration from JSON text.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="fileName">The name that errors give the text.</param>
    /// <returns>The declaration, or every error of the text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> or <paramref name="fileName"/> is <see langword="null"/>.</exception>
    public static DeclarationReadResult Parse(string json, string fileName)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(fileName);
        return ReadUtf8(Encoding.UTF8.GetBytes(json), fileName);
    }

    /// <summary>Reads a declaration file that must have no error.</summary>
    /// <param name="path">The path of the file.</param>
    /// <returns>The declaration.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="path"/> is empty or white space.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    /// <exception cref="UnauthorizedAccessException">The caller may not read the file.</exception>
    /// <exception cref="DeclarationFileException">The file has errors; the exception's message and <see cref="DeclarationFileException.Errors"/> list every one.</exception>
    public static ProcessingDeclaration Load(string path)
    {
        var result = Read(path);
        return result.Succeeded ? result.Declaration : throw new DeclarationFileException(result);
    }

    private static DeclarationReadResult ReadUtf8(ReadOnlyMemory<byte> utf8, string fileName)
    {
        if (utf8.Span.StartsWith("\uFEFF"u8))
        {
            utf8 = utf8[3..];
        }

        var text = new SourceText(utf8);
        var sink = new ErrorSink(fileName, text);
        ProcessingDeclaration? declaration = null;
        if (DeclarationWalker.Walk(utf8.Span, sink, text) is { } accepted)
        {
            var dto = JsonSerializer.Deserialize(accepted, DeclarationJsonContext.Default.DeclarationDto)!;
            declaration = new DeclarationMapper(sink).Map(dto);
        }

        return new DeclarationReadResult(fileName, declaration, sink.Errors(), sink);
    }

    private static string LoadSchema()
    {
        using var stream = typeof(DeclarationFile).Assembly.GetManifestResourceStream(SchemaResource)
            ?? throw new InvalidOperationException($"The resource {SchemaResource} is missing from the assembly.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
