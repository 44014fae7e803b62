using System;
using System.IO;
using System.Linq;
using System.Text;
using FsCheck.Xunit;
using Norme48.Declarations.Json;
using Xunit;

namespace Norme48.Tests.Declarations.Json;

public sealed partial class DeclarationFileTests
{
    private const int PropertyRuns = 500;

    // Totality: whatever the damage, reading returns a result, never an exception; the declaration is there exactly
    // when no error is; errors are in the order of the file, each inside the text, with a JSON path.
    [Property(Arbitrary = [typeof(Arbitraries)], MaxTest = PropertyRuns)]
    public void Parse_AnyDamagedFile_ReturnsADeclarationOrErrorsInsideTheText(DamagedDeclaration damaged)
    {
        var result = DeclarationFile.Parse(damaged.Json, "damaged.json");

        Assert.Equal(result.Errors.Count == 0, result.Succeeded);
        var lines = damaged.Json.Split(["\r\n", "\r", "\n"], StringSplitOptions.None);
        Assert.All(result.Errors, error =>
        {
            Assert.InRange(error.Line, 1, lines.Length);
            Assert.InRange(error.Column, 1, lines[error.Line - 1].Length + 1);
            Assert.StartsWith("$", error.Path, StringComparison.Ordinal);
            Assert.Equal("damaged.json", error.FileName);
        });
        Assert.Equal(result.Errors.OrderBy(e => e.Line).ThenBy(e => e.Column), result.Errors);
        Assert.True(result.Errors.Count(e => e.Kind == DeclarationErrorKind.Syntax) <= 1);
    }

    // Determinism, and the same answer whichever way the text comes in.
    [Property(Arbitrary = [typeof(Arbitraries)], MaxTest = PropertyRuns)]
    public void Read_AnyDamagedFile_GivesTheSameErrorsFromTextAndFromStream(DamagedDeclaration damaged)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(damaged.Json));

        var fromText = DeclarationFile.Parse(damaged.Json, "damaged.json");
        var fromStream = DeclarationFile.Read(stream, "damaged.json");

        Assert.Equal(fromText.Errors.Select(e => e.ToString()), fromStream.Errors.Select(e => e.ToString()));
    }
}
