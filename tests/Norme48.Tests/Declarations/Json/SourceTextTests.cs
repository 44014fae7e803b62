using System;
using System.Text;
using Norme48.Declarations.Json;
using Xunit;

namespace Norme48.Tests.Declarations.Json;

// SourceText, ErrorSink and JsonPath are internal; they are built directly here so that every line ending, every
// offset past the end and every name that needs quoting is covered, not only those a declaration happens to contain.
public sealed class SourceTextTests
{
    [Theory]
    [InlineData("ab\ncd", 3, 2, 1)]
    [InlineData("ab\ncd", 4, 2, 2)]
    [InlineData("ab\r\ncd", 4, 2, 1)]
    [InlineData("ab\rcd", 3, 2, 1)]
    [InlineData("ab\r\n\r\ncd", 6, 3, 1)]
    [InlineData("ab\r\rcd", 4, 3, 1)]
    [InlineData("ab\n\ncd", 4, 3, 1)]
    [InlineData("ab", 0, 1, 1)]
    [InlineData("ab", 1, 1, 2)]
    public void PositionOf_AnyLineEnding_GivesTheOneBasedLineAndColumn(string text, long offset, int line, int column)
    {
        var source = new SourceText(Encoding.UTF8.GetBytes(text));

        Assert.Equal((line, column), source.PositionOf(offset));
    }

    [Theory]
    [InlineData("ab\r")]
    [InlineData("ab\n")]
    [InlineData("ab\r\n")]
    public void PositionOf_TextEndingWithALineEnding_PlacesTheEndOnTheNextLine(string text)
    {
        var source = new SourceText(Encoding.UTF8.GetBytes(text));

        Assert.Equal((2, 1), source.PositionOf(text.Length));
    }

    [Theory]
    [InlineData(-5, 1, 1)]
    [InlineData(99, 2, 3)]
    public void PositionOf_OffsetOutsideTheText_IsClampedToIt(long offset, int line, int column)
    {
        var source = new SourceText(Encoding.UTF8.GetBytes("ab\ncd"));

        Assert.Equal((line, column), source.PositionOf(offset));
    }

    [Fact]
    public void PositionOf_AfterMultiByteCharacters_CountsUtf16CodeUnits()
    {
        // "é" is 2 bytes (1 code unit), "€" 3 bytes (1), "💡" 4 bytes (2 code units).
        var bytes = Encoding.UTF8.GetBytes("é€💡x");
        var source = new SourceText(bytes);

        Assert.Equal((1, 2), source.PositionOf(2));
        Assert.Equal((1, 3), source.PositionOf(5));
        Assert.Equal((1, 5), source.PositionOf(9));
        Assert.Equal((1, 6), source.PositionOf(10));
    }

    [Theory]
    [InlineData("ab\ncd\nef", 0, 1, 1)]
    [InlineData("ab\ncd\nef", 1, 0, 3)]
    [InlineData("ab\ncd\nef", 2, 1, 7)]
    [InlineData("ab\ncd\nef", 2, 9, 8)]
    [InlineData("ab\ncd\nef", 5, 0, 8)]
    [InlineData("ab\r\ncd", 1, 1, 5)]
    public void OffsetOfReaderPosition_LineCountedByLineFeeds_GivesTheByteOffsetWithinTheText(string text, long line, long bytePosition, long offset)
    {
        var source = new SourceText(Encoding.UTF8.GetBytes(text));

        Assert.Equal(offset, source.OffsetOfReaderPosition(line, bytePosition));
    }

    [Theory]
    [InlineData("name", "$.name")]
    [InlineData("snake_case9", "$.snake_case9")]
    [InlineData("_", "$._")]
    [InlineData("Z9", "$.Z9")]
    [InlineData("", "$['']")]
    [InlineData("9lives", "$['9lives']")]
    [InlineData("a-b", "$['a-b']")]
    [InlineData("ab-", "$['ab-']")]
    [InlineData("-ab", "$['-ab']")]
    [InlineData("$schema", "$['$schema']")]
    [InlineData("café", "$['café']")]
    [InlineData("it's", "$['it\\'s']")]
    [InlineData("a\\b", "$['a\\\\b']")]
    public void JsonPathProperty_AnyName_IsDottedOnlyWhenAnIdentifier(string name, string expected)
    {
        Assert.Equal(expected, JsonPath.Property(JsonPath.Root, name));
    }

    [Fact]
    public void JsonPathIndex_AnyIndex_IsBracketed()
    {
        Assert.Equal("$.fields[12]", JsonPath.Index("$.fields", 12));
        Assert.Equal("$.fields[0].purposes[3]", JsonPath.Index(JsonPath.Property(JsonPath.Index("$.fields", 0), "purposes"), 3));
    }

    [Fact]
    public void ErrorSinkReport_PathNotLocated_IsPlacedAtItsNearestLocatedAncestor()
    {
        var sink = new ErrorSink("f.json", new SourceText(Encoding.UTF8.GetBytes("{\n  \"a\": [\n    { }\n  ]\n}")));
        sink.Locate("$", 0);
        sink.Locate("$.a", 9);
        sink.Locate("$.a[0]", 15);

        sink.Report("$.a[0].b.c", DeclarationErrorKind.MissingProperty, "english", "français");
        sink.Report("$.a[1]", DeclarationErrorKind.InvalidValue, "english 2", "français 2");

        var errors = sink.Errors();
        Assert.Equal(
            [("$.a[1]", 2, 8, DeclarationErrorKind.InvalidValue), ("$.a[0].b.c", 3, 5, DeclarationErrorKind.MissingProperty)],
            Array.ConvertAll(errors, e => (e.Path, e.Line, e.Column, e.Kind)));
        Assert.Equal(("english", "français"), (errors[1].Message.English, errors[1].Message.French));
        Assert.Equal("f.json", errors[0].FileName);
    }

    [Fact]
    public void ErrorSinkReport_NothingLocated_IsPlacedAtTheStart()
    {
        var sink = new ErrorSink("f.json", new SourceText(Encoding.UTF8.GetBytes("\n\n  {}")));

        sink.Report("$.x[2].y", DeclarationErrorKind.InvalidValue, "e", "f");

        var error = Assert.Single(sink.Errors());
        Assert.Equal(("$.x[2].y", 1, 1), (error.Path, error.Line, error.Column));
        Assert.True(sink.HasErrors);
    }

    [Fact]
    public void ErrorSink_Locations_AreFoundOnlyForLocatedPaths()
    {
        var sink = new ErrorSink("f.json", new SourceText(Encoding.UTF8.GetBytes("{\n \"a\": 1 }")));
        sink.Locate("$.a", 8);

        Assert.False(sink.HasErrors);
        Assert.True(sink.IsLocated("$.a"));
        Assert.False(sink.IsLocated("$.b"));
        Assert.True(sink.TryGetPosition("$.a", out var line, out var column));
        Assert.Equal((2, 7), (line, column));
        Assert.False(sink.TryGetPosition("$.b", out line, out column));
        Assert.Equal((0, 0), (line, column));
    }

    [Fact]
    public void ErrorSinkErrors_SamePlace_KeepTheOrderTheyWereFoundIn()
    {
        var sink = new ErrorSink("f.json", new SourceText(Encoding.UTF8.GetBytes("ab\ncd")));

        sink.ReportAt(4, "$.late", DeclarationErrorKind.Syntax, new("1", "1"));
        sink.ReportAt(1, "$.second", DeclarationErrorKind.Syntax, new("2", "2"));
        sink.ReportAt(1, "$.third", DeclarationErrorKind.Syntax, new("3", "3"));
        sink.ReportAt(0, "$.first", DeclarationErrorKind.Syntax, new("4", "4"));

        Assert.Equal(["$.first", "$.second", "$.third", "$.late"], Array.ConvertAll(sink.Errors(), e => e.Path));
    }
}
