using System;
using System.IO;
using System.Linq;
using Norme48.Declarations;
using Norme48.Rules;
using Xunit;

namespace Norme48.Cli.Tests.Notices;

/// <summary>End-to-end tests of <c>norme48 notice</c>.</summary>
public sealed class NoticeCommandTests
{
    [Fact]
    public void Notice_Default_IsEnglishMarkdownWithTheControllerAndTheSixSections()
    {
        var result = CliRunner.Command("notice", Samples.SmallShop);

        Assert.True(result.ExitCode == 0, result.Describe());
        Assert.Contains("Atelier des Lampes SARL", result.Stdout, StringComparison.Ordinal);
        Assert.All(InformationNotice.SectionTitles(Language.English).Take(6), title => Assert.Contains("## " + title, result.Stdout, StringComparison.Ordinal));
    }

    [Fact]
    public void Notice_FrenchText_HasTheFrenchSectionsAndNoMarkdown()
    {
        var result = CliRunner.Command("notice", Samples.SmallShop, "--lang", "fr", "--format", "text");

        Assert.True(result.ExitCode == 0, result.Describe());
        Assert.Contains("Atelier des Lampes SARL", result.Stdout, StringComparison.Ordinal);
        Assert.All(InformationNotice.SectionTitles(Language.French).Take(6), title => Assert.Contains(title, result.Lines));
        Assert.DoesNotContain("#", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Notice_InvalidFile_ExitsTwoWithThePlaceOfTheError()
    {
        var folder = Directory.CreateTempSubdirectory("norme48-notice-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(folder, "bad.json"), "{\n  \"edition\": true\n}");

            var result = CliRunner.CommandIn(folder, "notice", "bad.json");

            Assert.True(result.ExitCode == 2, result.Describe());
            Assert.Contains("bad.json(2,14): $.edition:", result.Stderr, StringComparison.Ordinal);
            Assert.Equal(string.Empty, result.Stdout);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Notice_BadFormat_ExitsTwoWithUsage()
    {
        var result = CliRunner.Command("notice", Samples.SmallShop, "--format", "html");

        Assert.True(result.ExitCode == 2, result.Describe());
        Assert.Contains("Run 'norme48 --help' for usage.", result.Stderr, StringComparison.Ordinal);
    }
}
