using System.Globalization;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using Norme48.Tests.Identifiers;

namespace Norme48.Tests;

/// <summary>
/// FsCheck generators for the test suite; register with <c>[Property(Arbitrary = new[] { typeof(Arbitraries) })]</c>.
/// </summary>
public static partial class Arbitraries
{
    /// <summary>Every separator the normalisation removes, among them other Zs spaces (U+2003, U+3000).</summary>
    private static readonly string[] Separators =
        [" ", "\t", ".", "-", "\u2010", "\u2011", "\u00A0", "\u202F", "\u2003", "\u3000"];

    /// <summary>Characters that are kept: accented and special-case letters, non-ASCII digits, other punctuation.</summary>
    private static readonly string[] OtherKept =
        ["é", "ß", "ı", "ǅ", "ﬀ", "\u0660", "\u0669", "\uFF15", "\n", "_", "/", "\u2212", "\u2012"];

    /// <summary>Supplementary-plane characters, among them a letter with an upper-case form (U+10428 → U+10400).</summary>
    private static readonly string[] Supplementary = ["\U0001D7D8", "\U0001F600", "\U00010428", "\U00010400"];

    private static readonly string[] UnpairedSurrogates = ["\uD800", "\uDBFF", "\uDC00", "\uDFFF"];

    /// <summary>Identifier-like text, possibly empty or made of separators only.</summary>
    public static Arbitrary<IdentifierLikeText> IdentifierLikeText() =>
        Arb.From(IdentifierLikeTextGen().Select(text => new IdentifierLikeText(text)));

    /// <summary>Identifier-like text keeping at least one scalar value once normalised.</summary>
    public static Arbitrary<NonEmptyIdentifierText> NonEmptyIdentifierText() =>
        Arb.From(
            from before in IdentifierLikeTextGen()
            from kept in KeptPiece()
            from after in IdentifierLikeTextGen()
            select new NonEmptyIdentifierText(before + kept + after));

    /// <summary>Compact NIR candidates: valid ones (sometimes lower-cased), wrong keys, random near-shapes.</summary>
    public static Arbitrary<NirCandidate> NirCandidate()
    {
        Gen<string> valid =
            from body in NirBodyGen()
            from lower in Gen.Elements(false, true)
            let nir = body + Key(IdentifierOracles.NirKey(body))
            select lower ? nir.ToLowerInvariant() : nir;
        Gen<string> anyKey =
            from body in NirBodyGen()
            from key in Gen.Choose(0, 99)
            select body + Key(key);
        Gen<string> nearShape =
            from length in Gen.Choose(13, 17)
            from chars in Gen.ArrayOf(Gen.Elements("0123456789AB".ToCharArray()), length)
            select new string(chars);

        return Arb.From(Gen.Frequency((4, valid), (3, anyKey), (1, nearShape)).Select(nir => new NirCandidate(nir)));
    }

    /// <summary>Compact 13-character NIR bodies with a sex digit 1, 2, 7 or 8 and sometimes a 2A or 2B department.</summary>
    public static Arbitrary<NirBody> NirBody() => Arb.From(NirBodyGen().Select(body => new NirBody(body)));

    /// <summary>Candidate card numbers of 11 to 20 digits, half of them completed with their Luhn check digit.</summary>
    public static Arbitrary<CardCandidate> CardCandidate()
    {
        Gen<string> luhn =
            from length in Gen.Choose(10, 19)
            from prefix in Digits(length)
            select prefix + IdentifierOracles.LuhnCheckDigit(prefix).ToString(CultureInfo.InvariantCulture);
        Gen<string> random = Gen.Choose(11, 20).SelectMany(Digits);

        return Arb.From(Gen.OneOf(luhn, random).Select(card => new CardCandidate(card)));
    }

    /// <summary>Digit prefixes of 11 to 18 digits, one check digit short of a 12- to 19-digit card number.</summary>
    public static Arbitrary<CardPrefix> CardPrefix() =>
        Arb.From(Gen.Choose(11, 18).SelectMany(Digits).Select(digits => new CardPrefix(digits)));

    /// <summary>Zero or more separators (spaces, no-break spaces, tabs, full stops, hyphens) at arbitrary positions.</summary>
    public static Arbitrary<SeparatorPlan> SeparatorPlan()
    {
        Gen<(int Position, string Separator)> insertion =
            from position in Gen.Choose(0, 1000)
            from separator in Gen.Elements(Separators)
            select (position, separator);

        return Arb.From(Gen.ListOf(insertion).Select(insertions => new SeparatorPlan(insertions.ToArray())));
    }

    private static Gen<string> IdentifierLikeTextGen()
    {
        Gen<string> piece = Gen.Frequency(
            (4, Digits(1)),
            (2, Gen.Choose('a', 'z').Select(c => ((char)c).ToString())),
            (2, Gen.Choose('A', 'Z').Select(c => ((char)c).ToString())),
            (4, Gen.Elements(Separators)),
            (1, Gen.Elements(OtherKept)),
            (1, Gen.Elements(Supplementary)),
            (1, Gen.Elements(UnpairedSurrogates)));

        return Gen.ListOf(piece).Select(string.Concat);
    }

    private static Gen<string> KeptPiece() =>
        Gen.OneOf(Digits(1), Gen.Elements(OtherKept), Gen.Elements(Supplementary), Gen.Elements(UnpairedSurrogates));

    private static Gen<string> NirBodyGen()
    {
        Gen<string> department = Gen.Frequency(
            (8, Digits(2)),
            (1, Gen.Constant("2A")),
            (1, Gen.Constant("2B")));

        return from sex in Gen.Elements("1", "2", "7", "8")
               from birth in Digits(4)
               from dept in department
               from rest in Digits(6)
               select sex + birth + dept + rest;
    }

    private static Gen<string> Digits(int count) =>
        Gen.ArrayOf(Gen.Choose('0', '9').Select(c => (char)c), count).Select(chars => new string(chars));

    private static string Key(int key) => key.ToString("D2", CultureInfo.InvariantCulture);
}
