using System;
using System.IO;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using Norme48.Tests.Declarations.Json;

namespace Norme48.Tests;

/// <summary>
/// Generators of damaged declaration files: the compliant sample with one to four edits — a span deleted, a piece of
/// JSON or text inserted (brackets, quotes, commas, literals, ids of other editions, non-ASCII characters, line
/// endings), or an id swapped for another — so that syntax errors, unknown properties, wrong types and unknown ids
/// occur alone and together.
/// </summary>
public static partial class Arbitraries
{
    private static readonly Lazy<string> SmallShop = new(() => File.ReadAllText(DeclarationFileTests.SamplePath("small-shop.json")));

    private static readonly string[] Insertions =
    [
        "{", "}", "[", "]", ",", ":", "\"", "null", "true", "1", "2.5", "-1", "\"x\"", "\"x\": 1,", "\"contests\"", "\"nir\"",
        "\"P-1Y\"", "\"helth\"", "é", "💡", "\uFEFF", "\n", "\r", "\r\n", "\t", "//", "\\u", "\\uD800", "{ \"id\": \"tier\" }",
    ];

    private static readonly (string From, string To)[] Swaps =
    [
        ("\"orders\"", "\"contests\""), ("\"last-name\"", "\"surname\""), ("\"P1Y\"", "\"P10000Y\""), ("\"retail\"", "\"banking\""),
        ("\"retail\"", "\"bank-shop\""), ("\"commercial-staff\"", "{ \"id\": \"commercial-staff\" }"), ("true", "\"true\""),
        ("\"rental\"", "\"lease\""), ("\"checkout\"", "\"newsletter-signup\""), ("\"email-address\"", "\"last-name\""),
        ("\"loyalty-tier\"", "\"email-address\""), ("\"purposes\"", "\"purpose\""), ("\"field\"", "\"fields\""), ("2", "2.0"),
        ("\"proof-document-date\"", "\"proof\""), ("\"ns48-2005\"", "\"ref-2021\""),
    ];

    /// <summary>The compliant sample declaration, damaged by one to four edits.</summary>
    public static Arbitrary<DamagedDeclaration> DamagedDeclaration() =>
        Arb.From(
            from count in Gen.Choose(1, 4)
            from edits in Gen.ListOf(EditGen(), count)
            select new DamagedDeclaration(edits.Aggregate(SmallShop.Value, (text, edit) => edit.Apply(text)), string.Join("; ", edits)),
            damaged => damaged.Description.Length == 0 ? [] : [new DamagedDeclaration(SmallShop.Value, string.Empty)]);

    private static Gen<DeclarationEdit> EditGen()
    {
        var length = SmallShop.Value.Length;
        Gen<DeclarationEdit> delete =
            from at in Gen.Choose(0, length - 1)
            from size in Gen.Frequency((4, Gen.Choose(1, 3)), (1, Gen.Choose(4, 80)))
            select new DeclarationEdit(DeclarationEditKind.Delete, at, size, string.Empty, string.Empty);
        Gen<DeclarationEdit> insert =
            from at in Gen.Choose(0, length)
            from text in Gen.Elements(Insertions)
            select new DeclarationEdit(DeclarationEditKind.Insert, at, 0, text, string.Empty);
        Gen<DeclarationEdit> swap =
            from pair in Gen.Elements(Swaps)
            from occurrence in Gen.Choose(1, 3)
            select new DeclarationEdit(DeclarationEditKind.Swap, occurrence, 0, pair.To, pair.From);
        return Gen.Frequency((2, delete), (3, insert), (3, swap));
    }
}

/// <summary>A declaration file that may be damaged, and how it was.</summary>
public sealed record DamagedDeclaration(string Json, string Description)
{
    /// <inheritdoc/>
    public override string ToString() => Description.Length == 0 ? "the sample, intact" : Description;
}

/// <summary>How a text is edited.</summary>
public enum DeclarationEditKind
{
    /// <summary>A span is deleted.</summary>
    Delete = 1,

    /// <summary>A text is inserted.</summary>
    Insert = 2,

    /// <summary>The n-th occurrence of a text is replaced by another.</summary>
    Swap = 3,
}

/// <summary>One edit of a declaration file; positions beyond the end of an already edited text are clamped.</summary>
public sealed record DeclarationEdit(DeclarationEditKind Kind, int At, int Length, string Text, string Replaced)
{
    /// <summary>Applies the edit.</summary>
    public string Apply(string json)
    {
        switch (Kind)
        {
            case DeclarationEditKind.Delete:
                var start = Math.Min(At, Math.Max(json.Length - 1, 0));
                return json.Remove(start, Math.Min(Length, json.Length - start));
            case DeclarationEditKind.Insert:
                return json.Insert(Math.Min(At, json.Length), Text);
            default:
                var index = -1;
                for (var i = 0; i < At; i++)
                {
                    var next = json.IndexOf(Replaced, index + 1, StringComparison.Ordinal);
                    if (next < 0)
                    {
                        break;
                    }

                    index = next;
                }

                return index < 0 ? json : string.Concat(json.AsSpan(0, index), Text, json.AsSpan(index + Replaced.Length));
        }
    }

    /// <inheritdoc/>
    public override string ToString() => Kind switch
    {
        DeclarationEditKind.Delete => $"delete {Length} at {At}",
        DeclarationEditKind.Insert => $"insert {System.Text.Json.JsonSerializer.Serialize(Text)} at {At}",
        _ => $"replace occurrence {At} of {Replaced} by {Text}",
    };
}
