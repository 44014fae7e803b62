using System;
using System.IO;
using Xunit;

namespace Norme48.Testing.Tests;

/// <summary>
/// Reads RULES.md, the domain specification shared beside the repository: from the folder named by
/// <c>NORME48_SHARED</c>, else from <c>../shared</c> next to the folder that holds Norme48.sln. Missing, it fails the
/// calling test on CI (<c>CI=true</c>) and skips it elsewhere.
/// </summary>
internal static class SpecFile
{
    private const string RulesPath = "norme48/RULES.md";

    public static string[] RulesLines()
    {
        var shared = Environment.GetEnvironmentVariable("NORME48_SHARED");
        if (!string.IsNullOrWhiteSpace(shared) && File.Exists(Path.Combine(shared, RulesPath)))
        {
            return File.ReadAllLines(Path.Combine(shared, RulesPath));
        }

        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "..", "shared", RulesPath);
            if (File.Exists(Path.Combine(directory.FullName, "Norme48.sln")) && File.Exists(candidate))
            {
                return File.ReadAllLines(candidate);
            }
        }

        var message = $"{RulesPath} was found neither in $NORME48_SHARED nor in ../shared beside the repository: set NORME48_SHARED to the folder that holds it.";
        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            Assert.Fail(message);
        }

        Assert.Skip(message);
        return [];
    }
}
