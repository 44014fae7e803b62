using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Linq;
using System.Text;
using Norme48.Rules;

namespace Norme48.Declarations.Json;

/// <summary>What is wrong at a place of a declaration file. The values are stable: tools may rely on them.</summary>
public enum DeclarationErrorKind
{
    /// <summary>The file is not valid JSON (or is empty); reading stops there.</summary>
    Syntax = 1,

    /// <summary>A property the format does not have at that place, such as a misspelt key.</summary>
    UnknownProperty = 2,

    /// <summary>A property given twice in the same object.</summary>
    DuplicateProperty = 3,

    /// <summary>A value of the wrong JSON type, such as a string where a boolean is expected, or a number with a fraction where a whole number is expected.</summary>
    WrongType = 4,

    /// <summary>A required property that is absent or <c>null</c>.</summary>
    MissingProperty = 5,

    /// <summary>An id that no closed vocabulary of the format holds; the message lists the accepted ids.</summary>
    UnknownId = 6,

    /// <summary>An id of the vocabulary that the declared edition does not have; the message names the editions that have it.</summary>
    OtherEdition = 7,

    /// <summary>A value of the right type that is still not acceptable: a blank name, an id that is not kebab-case, an invalid or negative period …</summary>
    InvalidValue = 8,

    /// <summary>A sector name that looks like a sector outside the norm, not confirmed by <c>sectorConfirmed</c>.</summary>
    SectorLookAlike = 9,

    /// <summary>A field or form declared twice.</summary>
    DuplicateId = 10,
}

/// <summary>
/// One error of a declaration file: the file, the 1-based line and column where it is, the JSON path of the value at
/// fault, what kind of error it is and a message in English and French.
/// </summary>
/// <remarks>
/// Columns count UTF-16 code units, as SARIF does by default, so that an emoji counts two. A missing property is reported
/// at the opening brace of the object that lacks it, with the path the property would have; an unknown or repeated
/// property at its name; any other error at the value at fault. A syntax error carries the path of the last value read
/// before it.
/// </remarks>
public sealed class DeclarationError
{
    internal DeclarationError(string fileName, int line, int column, string path, DeclarationErrorKind kind, LocalizedText message)
    {
        FileName = fileName;
        Line = line;
        Column = column;
        Path = path;
        Kind = kind;
        Message = message;
    }

    /// <summary>Gets the name of the file, as given to the reader.</summary>
    public string FileName { get; }

    /// <summary>Gets the 1-based line of the error.</summary>
    public int Line { get; }

    /// <summary>Gets the 1-based column of the error, in UTF-16 code units.</summary>
    public int Column { get; }

    /// <summary>Gets the JSON path of the value at fault, such as <c>$.fields[2].purposes[0]</c>.</summary>
    public string Path { get; }

    /// <summary>Gets what kind of error it is.</summary>
    public DeclarationErrorKind Kind { get; }

    /// <summary>Gets what is wrong and what to write instead, in English and French.</summary>
    public LocalizedText Message { get; }

    /// <summary>Returns the error in the form compilers use, with the English message.</summary>
    /// <returns>Such as <c>shop.json(12,18): $.fields[2].purposes[0]: Unknown purpose 'contest'. …</c>.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{FileName}({Line},{Column}): {Path}: {Message.English}");
}

/// <summary>
/// What reading a declaration file gave: the declaration when the file has no error, otherwise every error found, in
/// the order of the file.
/// </summary>
public sealed class DeclarationReadResult
{
    private readonly DeclarationError[] errors;
    private readonly ErrorSink locations;

    internal DeclarationReadResult(string fileName, ProcessingDeclaration? declaration, DeclarationError[] errors, ErrorSink locations)
    {
        FileName = fileName;
        Declaration = errors.Length == 0 ? declaration : null;
        this.errors = errors;
        this.locations = locations;
    }

    /// <summary>Gets the name of the file, as given to the reader.</summary>
    public string FileName { get; }

    /// <summary>Gets the declaration, or <see langword="null"/> when the file has at least one error.</summary>
    public ProcessingDeclaration? Declaration { get; }

    /// <summary>Gets every error of the file, in the order of the file (line, then column); empty when it was read.</summary>
    public IReadOnlyList<DeclarationError> Errors => errors;

    /// <summary>Gets a value indicating whether the file was read without error, so that <see cref="Declaration"/> is set.</summary>
    [MemberNotNullWhen(true, nameof(Declaration))]
    public bool Succeeded => Declaration is not null;

    /// <summary>Finds where the value at a JSON path starts in the file, such as the entry of a field in <c>fields</c>.</summary>
    /// <param name="jsonPath">
    /// The path, written as <see cref="DeclarationError.Path"/> writes them: <c>$</c> for the whole document,
    /// <c>$.fields[2]</c>, <c>$.security.dataProtection</c>, <c>$['$schema']</c> for a name that is not an identifier.
    /// </param>
    /// <param name="line">The 1-based line of the value's first character, when found; otherwise 0.</param>
    /// <param name="column">The 1-based column of the value's first character, in UTF-16 code units, when found; otherwise 0.</param>
    /// <returns>
    /// <see langword="true"/> when the file has a value at <paramref name="jsonPath"/>; <see langword="false"/> when it
    /// has none (the property is absent, the index is past the end of the array, or reading stopped at a syntax error before it).
    /// </returns>
    /// <remarks>
    /// Tools use it to point at the place a finding concerns, such as a SARIF region for a conformity violation. Paths
    /// are compared as text: <c>$.fields[2]</c> and <c>$['fields'][2]</c> are different paths, and only the first is found.
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="jsonPath"/> is <see langword="null"/>.</exception>
    public bool TryGetLocation(string jsonPath, out int line, out int column)
    {
        ArgumentNullException.ThrowIfNull(jsonPath);
        return locations.TryGetPosition(jsonPath, out line, out column);
    }

    /// <summary>Describes the result.</summary>
    /// <returns>The file name, then either the controller's name or the number of errors.</returns>
    public override string ToString() =>
        Declaration is { } declaration
            ? $"{FileName}: {declaration}"
            : string.Create(CultureInfo.InvariantCulture, $"{FileName}: {errors.Length} error(s)");
}

/// <summary>Thrown by <see cref="DeclarationFile.Load(string)"/> when a declaration file has errors; the message lists every one.</summary>
public sealed class DeclarationFileException : Exception
{
    /// <summary>Initializes a new instance of the <see cref="DeclarationFileException"/> class.</summary>
    public DeclarationFileException()
        : this("The declaration file has errors.")
    {
    }

    /// <summary>Initializes a new instance of the <see cref="DeclarationFileException"/> class with a message.</summary>
    /// <param name="message">The message.</param>
    public DeclarationFileException(string message)
        : base(message)
    {
        FileName = string.Empty;
        Errors = [];
    }

    /// <summary>Initializes a new instance of the <see cref="DeclarationFileException"/> class with a message and the exception that caused it.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The exception that caused this one.</param>
    public DeclarationFileException(string message, Exception innerException)
        : base(message, innerException)
    {
        FileName = string.Empty;
        Errors = [];
    }

    internal DeclarationFileException(DeclarationReadResult result)
        : base(Describe(result))
    {
        FileName = result.FileName;
        Errors = result.Errors;
    }

    /// <summary>Gets the name of the file, as given to the reader; empty when the exception was not thrown by the reader.</summary>
    public string FileName { get; }

    /// <summary>Gets every error of the file, in the order of the file.</summary>
    public IReadOnlyList<DeclarationError> Errors { get; }

    private static string Describe(DeclarationReadResult result)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"The declaration file '{result.FileName}' has {result.Errors.Count} error(s):");
        foreach (var error in result.Errors.Select(e => e.ToString()))
        {
            text.AppendLine().Append("  ").Append(error);
        }

        return text.ToString();
    }
}
