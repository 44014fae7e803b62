using System;
using System.Collections.Generic;
using System.IO;
using Xunit;
using Xunit.Sdk;

namespace Norme48.Tests;

public sealed class SharedFilesTests : IDisposable
{
    private const string RulesPath = "norme48/RULES.md";

    private readonly string root = Directory.CreateTempSubdirectory("norme48-shared-").FullName;

    public void Dispose() => Directory.Delete(root, recursive: true);

    [Fact]
    public void Find_FileInTheFolderOfTheVariable_ReturnsIt()
    {
        var shared = CreateFile(Path.Combine(root, "elsewhere"));

        var found = SharedFiles.Find(RulesPath, shared, startDirectory: root);

        Assert.Equal(Path.GetFullPath(Path.Combine(shared, RulesPath)), found);
    }

    [Fact]
    public void Find_NoVariable_LooksInSharedBesideTheRepositoryRoot()
    {
        var repository = Path.Combine(root, "repo");
        var start = Directory.CreateDirectory(Path.Combine(repository, "tests", "bin", "Debug")).FullName;
        File.WriteAllText(Path.Combine(repository, "Norme48.sln"), string.Empty);
        var shared = CreateFile(Path.Combine(root, "shared"));

        var found = SharedFiles.Find(RulesPath, sharedFolder: null, start);

        Assert.Equal(Path.GetFullPath(Path.Combine(shared, RulesPath)), found);
    }

    [Fact]
    public void Require_MissingOnCi_FailsNamingTheVariable()
    {
        var environment = new Dictionary<string, string?> { ["CI"] = "true" };

        var exception = Assert.ThrowsAny<Exception>(() => SharedFiles.Require(RulesPath, name => environment.GetValueOrDefault(name), root));

        Assert.IsType<FailException>(exception);
        Assert.Contains("NORME48_SHARED", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Locate_MissingElsewhere_SkipsNamingTheVariable()
    {
        var environment = new Dictionary<string, string?> { ["CI"] = "false" };

        var (outcome, message) = SharedFiles.Locate(RulesPath, name => environment.GetValueOrDefault(name), root);

        Assert.Equal(Outcome.Skip, outcome);
        Assert.Contains("NORME48_SHARED", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Locate_FileFoundOnCi_ReturnsItsPath()
    {
        var shared = CreateFile(Path.Combine(root, "elsewhere"));
        var environment = new Dictionary<string, string?> { ["CI"] = "true", [SharedFiles.Variable] = shared };

        var (outcome, path) = SharedFiles.Locate(RulesPath, name => environment.GetValueOrDefault(name), root);

        Assert.Equal(Outcome.Found, outcome);
        Assert.True(File.Exists(path));
    }

    private static string CreateFile(string sharedFolder)
    {
        Directory.CreateDirectory(Path.Combine(sharedFolder, "norme48"));
        File.WriteAllText(Path.Combine(sharedFolder, RulesPath), "# rules");
        return sharedFolder;
    }
}
