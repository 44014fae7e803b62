using System;
using System.IO;
using Norme48.Tests;
using Xunit;

namespace Norme48.Cli.Tests.Rulebooks;

/// <summary>The README's rule table is the output of <c>norme48 rules --format markdown</c>, so the two cannot drift.</summary>
public sealed class ReadmeRuleTableTests
{
    private const string Start = "<!-- rules:ns48-2005 -->";
    private const string End = "<!-- /rules -->";

    [Fact]
    public void Readme_RuleTable_IsWhatTheToolPrints()
    {
        var root = SharedFiles.FindRepositoryRoot(AppContext.BaseDirectory)
            ?? throw new InvalidOperationException("The repository root (the folder holding Norme48.sln) was not found above the test output.");
        var readme = File.ReadAllText(Path.Combine(root, "README.md")).ReplaceLineEndings("\n");
        var from = readme.IndexOf(Start, StringComparison.Ordinal);
        var to = readme.IndexOf(End, StringComparison.Ordinal);
        Assert.True(from >= 0 && to > from, $"README.md has no block between {Start} and {End}.");
        var inReadme = readme[(from + Start.Length)..to].Trim('\n');

        var result = CliRunner.Command("rules", "--edition", "ns48-2005", "--format", "markdown");

        Assert.Equal(0, result.ExitCode);
        var printed = result.Stdout.ReplaceLineEndings("\n");
        var withoutTitle = printed[(printed.IndexOf('\n', StringComparison.Ordinal) + 1)..].Trim('\n');
        Assert.Equal(withoutTitle, inReadme);
        Assert.Contains("| `NS48-DATA-NIR` | mandatory |", inReadme, StringComparison.Ordinal);
    }
}
