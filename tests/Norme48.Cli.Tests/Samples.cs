using System;
using System.IO;
using Norme48.Tests;

namespace Norme48.Cli.Tests;

/// <summary>The sample declaration files of the repository, by full path.</summary>
internal static class Samples
{
    private static readonly Lazy<string> Root = new(() =>
        SharedFiles.FindRepositoryRoot(AppContext.BaseDirectory)
        ?? throw new InvalidOperationException("The tests run outside the repository: Norme48.sln was not found above " + AppContext.BaseDirectory));

    /// <summary>A compliant declaration (ns48-2005).</summary>
    public static string SmallShop => Path.Combine(Root.Value, "samples", "declarations", "small-shop.json");

    /// <summary>A declaration with mandatory and recommended violations.</summary>
    public static string NonCompliantShop => Path.Combine(Root.Value, "samples", "declarations", "non-compliant-shop.json");

    /// <summary>A declaration compliant under ref-2021, with notes (form advisories, trackers not assessed).</summary>
    public static string Ref2021Shop => Path.Combine(Root.Value, "samples", "declarations", "ref-2021-shop.json");

    /// <summary>The online publisher sample: mandatory violations only.</summary>
    public static string OnlinePublisher => Path.Combine(Root.Value, "samples", "Norme48.Samples.OnlinePublisher", "declaration.json");
}
