using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace Norme48.Tests.Identifiers;

/// <summary>Straightforward reference implementations that the optimised library code is checked against.</summary>
internal static class IdentifierOracles
{
    /// <summary>Splits text into scalar values (a surrogate pair is one piece, an unpaired surrogate is one piece).</summary>
    public static List<string> Scalars(string text)
    {
        var scalars = new List<string>();
        int index = 0;
        while (index < text.Length)
        {
            bool isPair = char.IsHighSurrogate(text[index])
                && index + 1 < text.Length
                && char.IsLowSurrogate(text[index + 1]);
            int length = isPair ? 2 : 1;
            scalars.Add(text.Substring(index, length));
            index += length;
        }

        return scalars;
    }

    /// <summary>Normalises text one scalar value at a time, with string-level APIs.</summary>
    public static string Normalize(string text) =>
        string.Concat(Scalars(text).Where(s => !IsSeparator(s)).Select(s => ReplaceUnpaired(s).ToUpperInvariant()));

    /// <summary>Masks text as specified, from the normalised scalar values.</summary>
    public static string? Mask(string text)
    {
        List<string> scalars = Scalars(Normalize(text));
        return scalars.Count <= 4
            ? null
            : new string('*', scalars.Count - 4) + string.Concat(scalars.Skip(scalars.Count - 4));
    }

    /// <summary>The NIR key of a compact 13-character body.</summary>
    public static int NirKey(string body)
    {
        string numeric = body.ToUpperInvariant().Replace("2A", "19", StringComparison.Ordinal)
            .Replace("2B", "18", StringComparison.Ordinal);
        return 97 - (int)(long.Parse(numeric, CultureInfo.InvariantCulture) % 97);
    }

    /// <summary>The Luhn check digit to append to <paramref name="digits"/>.</summary>
    public static int LuhnCheckDigit(string digits)
    {
        // With the check digit appended, the last digit of the prefix is doubled.
        int sum = 0;
        for (int fromRight = 0; fromRight < digits.Length; fromRight++)
        {
            int digit = digits[digits.Length - 1 - fromRight] - '0';
            int contribution = fromRight % 2 == 0 ? digit * 2 : digit;
            sum += contribution > 9 ? contribution - 9 : contribution;
        }

        return (10 - (sum % 10)) % 10;
    }

    private static string ReplaceUnpaired(string scalar) =>
        scalar.Length == 1 && char.IsSurrogate(scalar[0]) ? "\uFFFD" : scalar;

    private static bool IsSeparator(string scalar) =>
        scalar is " " or "\t" or "." or "-" or "\u2010" or "\u2011"
        || (scalar.Length == 1 && char.GetUnicodeCategory(scalar[0]) == UnicodeCategory.SpaceSeparator);
}
