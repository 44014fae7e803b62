using System;
using System.IO;
using Xunit;

namespace Norme48.Tests;

/// <summary>
/// Finds the files shared beside the repository (the domain specification, norme48/RULES.md): in the folder named by
/// the environment variable <c>NORME48_SHARED</c>, else in <c>../shared</c> next to the repository root.
/// </summary>
internal static class SharedFiles
{
    public const string Variable = "NORME48_SHARED";

    private const string SolutionFile = "Norme48.sln";

    /// <summary>
    /// Gets the full path of a shared file. When it cannot be found the calling test fails on CI (<c>CI=true</c>), where
    /// the file must be provided, and is skipped elsewhere; either way the message says to set <c>NORME48_SHARED</c>.
    /// </summary>
    public static string Require(string relativePath) =>
        Require(relativePath, Environment.GetEnvironmentVariable, AppContext.BaseDirectory);

    internal static string Require(string relativePath, Func<string, string?> environment, string startDirectory)
    {
        var (outcome, pathOrMessage) = Locate(relativePath, environment, startDirectory);
        switch (outcome)
        {
            case Outcome.Fail:
                Assert.Fail(pathOrMessage);
                break;
            case Outcome.Skip:
                Assert.Skip(pathOrMessage);
                break;
        }

        return pathOrMessage;
    }

    /// <summary>Where the shared file is, or why it is missing and whether that fails (on CI) or skips the test.</summary>
    internal static (Outcome Outcome, string PathOrMessage) Locate(
        string relativePath, Func<string, string?> environment, string startDirectory)
    {
        if (Find(relativePath, environment(Variable), startDirectory) is { } path)
        {
            return (Outcome.Found, path);
        }

        var message =
            $"The shared file {relativePath} was found neither in ${Variable} nor in ../shared beside the repository root: " +
            $"set {Variable} to the folder that contains it.";
        var onCi = string.Equals(environment("CI"), "true", StringComparison.OrdinalIgnoreCase);
        return (onCi ? Outcome.Fail : Outcome.Skip, message);
    }

    /// <summary>The path of the shared file, or <see langword="null"/> when it is in neither place.</summary>
    internal static string? Find(string relativePath, string? sharedFolder, string startDirectory)
    {
        if (!string.IsNullOrWhiteSpace(sharedFolder))
        {
            var candidate = Path.GetFullPath(Path.Combine(sharedFolder, relativePath));
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        if (FindRepositoryRoot(startDirectory) is { } root)
        {
            var candidate = Path.GetFullPath(Path.Combine(root, "..", "shared", relativePath));
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    /// <summary>The nearest folder at or above <paramref name="startDirectory"/> that holds Norme48.sln.</summary>
    internal static string? FindRepositoryRoot(string startDirectory)
    {
        for (var directory = new DirectoryInfo(startDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, SolutionFile)))
            {
                return directory.FullName;
            }
        }

        return null;
    }
}

/// <summary>What a test that needs a shared file does.</summary>
internal enum Outcome
{
    Found = 1,
    Skip = 2,
    Fail = 3,
}
