using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace Norme48.Tests.Identifiers;

/// <summary>Identifier-like text: digits, letters, separators, supplementary-plane and unpaired-surrogate characters.</summary>
public sealed record IdentifierLikeText(string Value);

/// <summary>Identifier-like text that keeps at least one scalar value once normalised.</summary>
public sealed record NonEmptyIdentifierText(string Value);

/// <summary>A compact 15-character NIR candidate, valid about half of the time.</summary>
public sealed record NirCandidate(string Value);

/// <summary>A compact 13-character NIR body (no key), possibly with a 2A or 2B department.</summary>
public sealed record NirBody(string Value);

/// <summary>A compact candidate card number of 11 to 20 digits, Luhn-valid about half of the time.</summary>
public sealed record CardCandidate(string Value);

/// <summary>A prefix of 11 to 18 digits to which a card check digit can be appended.</summary>
public sealed record CardPrefix(string Digits);

/// <summary>Separators to insert into a text; positions wrap around the text length.</summary>
public sealed record SeparatorPlan(IReadOnlyList<(int Position, string Separator)> Insertions)
{
    /// <summary>Inserts every separator of the plan into <paramref name="text"/>.</summary>
    public string InsertInto(string text)
    {
        ArgumentNullException.ThrowIfNull(text);

        var builder = new StringBuilder(text);
        foreach ((int position, string separator) in Insertions)
        {
            builder.Insert(position % (builder.Length + 1), separator);
        }

        return builder.ToString();
    }

    /// <inheritdoc/>
    public override string ToString() =>
        "SeparatorPlan [" + string.Join(", ", Insertions.Select(i => $"{i.Position}:U+{(int)i.Separator[0]:X4}")) + "]";
}
