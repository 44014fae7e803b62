using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using Norme48.Declarations.Json;
using Xunit;

namespace Norme48.Tests.Declarations.Json;

// The public surface around reading: argument checks (with their ParamName), the result's and the exception's texts.
public sealed partial class DeclarationFileTests
{
    [Fact]
    public void Read_NullPath_ThrowsArgumentNull()
    {
        var exception = Assert.Throws<ArgumentNullException>(() => DeclarationFile.Read((string)null!));

        Assert.Equal("path", exception.ParamName);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Read_BlankPath_ThrowsArgument(string path)
    {
        var exception = Assert.Throws<ArgumentException>(() => DeclarationFile.Read(path));

        Assert.Equal("path", exception.ParamName);
    }

    [Fact]
    public void Load_BlankPath_ThrowsArgument()
    {
        var exception = Assert.Throws<ArgumentException>(() => DeclarationFile.Load(" "));

        Assert.Equal("path", exception.ParamName);
    }

    [Fact]
    public void Read_NullStreamOrFileName_ThrowsArgumentNull()
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(Minimal));

        Assert.Equal("utf8Json", Assert.Throws<ArgumentNullException>(() => DeclarationFile.Read((Stream)null!, "x.json")).ParamName);
        Assert.Equal("fileName", Assert.Throws<ArgumentNullException>(() => DeclarationFile.Read(stream, null!)).ParamName);
    }

    [Fact]
    public void Parse_NullTextOrFileName_ThrowsArgumentNull()
    {
        Assert.Equal("json", Assert.Throws<ArgumentNullException>(() => DeclarationFile.Parse(null!, "x.json")).ParamName);
        Assert.Equal("fileName", Assert.Throws<ArgumentNullException>(() => DeclarationFile.Parse(Minimal, null!)).ParamName);
    }

    [Fact]
    public void Read_StreamNotAtItsStart_ReadsFromWhereItIsAndLeavesItOpen()
    {
        var bytes = Encoding.UTF8.GetBytes("garbage" + Minimal);
        using var stream = new MemoryStream(bytes);
        stream.Position = "garbage".Length;

        var result = DeclarationFile.Read(stream, "x.json");

        Assert.True(result.Succeeded, string.Join(Environment.NewLine, result.Errors));
        Assert.True(stream.CanRead);
        Assert.Equal(bytes.Length, stream.Position);
    }

    [Fact]
    public void Parse_TextWithByteOrderMark_PlacesErrorsAsWithout()
    {
        var json = Minimal.Replace(RootPurposes, "\"purposes\": [\"order\"],", StringComparison.Ordinal);

        var with = Assert.Single(DeclarationFile.Parse("\uFEFF" + json, "bom.json").Errors);

        Assert.Equal((3, 16, "$.purposes[0]"), (with.Line, with.Column, with.Path));
    }

    [Fact]
    public void ReadResult_ToString_NamesTheFileAndTheControllerOrTheErrorCount()
    {
        var read = DeclarationFile.Parse(Minimal, "ok.json");
        var failed = DeclarationFile.Parse(Minimal.Replace("\"orders\"]", "\"order\"]", StringComparison.Ordinal), "bad.json");

        Assert.Equal($"ok.json: {read.Declaration}", read.ToString());
        Assert.Equal("bad.json: 2 error(s)", failed.ToString());
        Assert.Null(failed.Declaration);
        Assert.False(failed.Succeeded);
        Assert.Equal("bad.json", failed.FileName);
    }

    [Fact]
    public void ReadResult_TryGetLocationOfNull_ThrowsArgumentNull()
    {
        var result = DeclarationFile.Parse(Minimal, "ok.json");

        Assert.Equal("jsonPath", Assert.Throws<ArgumentNullException>(() => result.TryGetLocation(null!, out _, out _)).ParamName);
    }

    [Fact]
    public void ReadResult_TryGetLocationOfTheRoot_IsTheOpeningBrace()
    {
        var result = DeclarationFile.Parse("\n\n   " + Minimal, "ok.json");

        Assert.True(result.TryGetLocation("$", out var line, out var column));
        Assert.Equal((3, 4), (line, column));
    }

    [Fact]
    public void DeclarationError_ToString_UsesInvariantDigitsAndTheEnglishMessage()
    {
        var json = "\n\n\n\n\n\n\n\n\n\n" + Minimal.Replace("\"orders\"]", "\"order\"]", StringComparison.Ordinal);

        var error = DeclarationFile.Parse(json, "shop.json").Errors[0];

        Assert.Equal($"shop.json(13,16): $.purposes[0]: {error.Message.English}", error.ToString());
    }

    [Fact]
    public void Load_FileWithErrors_MessageListsEveryErrorOnItsOwnLine()
    {
        var path = Path.Combine(Path.GetTempPath(), $"norme48-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, Minimal.Replace("\"orders\"]", "\"order\"]", StringComparison.Ordinal));
        try
        {
            var exception = Assert.Throws<DeclarationFileException>(() => DeclarationFile.Load(path));

            var nl = Environment.NewLine;
            Assert.Equal(
                $"The declaration file '{path}' has 2 error(s):{nl}  {exception.Errors[0]}{nl}  {exception.Errors[1]}",
                exception.Message);
            Assert.Equal(["$.purposes[0]", "$.fields[0].purposes[0]"], exception.Errors.Select(e => e.Path));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void DeclarationFileException_PublicConstructors_HaveNoFileAndNoErrors()
    {
        var inner = new InvalidOperationException("inner");

        var plain = new DeclarationFileException();
        var withMessage = new DeclarationFileException("custom");
        var withInner = new DeclarationFileException("wrapped", inner);

        Assert.Equal("The declaration file has errors.", plain.Message);
        Assert.Equal(("custom", string.Empty), (withMessage.Message, withMessage.FileName));
        Assert.Equal(("wrapped", string.Empty), (withInner.Message, withInner.FileName));
        Assert.Same(inner, withInner.InnerException);
        Assert.Empty(plain.Errors);
        Assert.Empty(withMessage.Errors);
        Assert.Empty(withInner.Errors);
        Assert.Equal(string.Empty, plain.FileName);
    }

    [Fact]
    public void ReferenceConverters_Write_AreNotSupported()
    {
        using var buffer = new MemoryStream();
        using var writer = new Utf8JsonWriter(buffer);

        var field = Assert.Throws<NotSupportedException>(() => new FieldReferenceConverter().Write(writer, new FieldReferenceDto { BuiltInId = "last-name" }, JsonSerializerOptions.Default));
        var recipient = Assert.Throws<NotSupportedException>(() => new RecipientReferenceConverter().Write(writer, new RecipientReferenceDto { ListedId = "public-bodies" }, JsonSerializerOptions.Default));

        Assert.Equal("Declaration files are read, not written.", field.Message);
        Assert.Equal("Declaration files are read, not written.", recipient.Message);
    }
}
