using System.Globalization;
using Norme48.Declarations.Json;
using Norme48.Rules;

namespace Norme48.Cli.Declarations;

/// <summary>Why a declaration file cannot be audited: where (file, 1-based line and column, JSON path) and what is wrong.</summary>
internal sealed record FileProblem(string FileName, int Line, int Column, string Path, LocalizedText Message)
{
    public static FileProblem From(DeclarationError error) =>
        new(error.FileName, error.Line, error.Column, error.Path, error.Message);

    /// <summary>The line written to standard error, in the form compilers use: <c>file(line,col): path: message</c>.</summary>
    public string Format(Language language) =>
        string.Create(CultureInfo.InvariantCulture, $"{FileName}({Line},{Column}): {Path}: {Message.In(language)}");
}
