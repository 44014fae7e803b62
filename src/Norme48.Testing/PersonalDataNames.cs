using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using Norme48.Vocabulary;

namespace Norme48.Testing;

/// <summary>
/// The published list of words that make a member's name look like personal data, and the test that applies it:
/// <c>EmailAddress</c>, <c>customer_email</c>, <c>IPAddress</c>, <c>dateNaissance</c> look personal; <c>Id</c>,
/// <c>CreatedBy</c>, <c>IsActive</c> do not.
/// </summary>
/// <remarks>
/// <para>
/// The list is built from the field table of the norm (RULES.md, "Vocabulary of ns48-2005"), through
/// <see cref="DataField.BuiltIn"/>: every word of every built-in field id (<c>date-of-birth</c> gives <c>date</c> and
/// <c>birth</c>) and of its French wording (« date de naissance » gives <c>date</c> and <c>naissance</c>), lower-cased,
/// each French word with its accents and without (<c>prénoms</c> and <c>prenoms</c>). Function words (articles,
/// prepositions, conjunctions: <c>de</c>, <c>du</c>, <c>la</c>, <c>ou</c>, <c>et</c>, <c>avec</c>, <c>après</c>,
/// <c>of</c>, <c>in</c>, <c>or</c>, <c>after</c> …) and single letters are left out. To these come the usual names of
/// personal data in code: <c>email</c>, <c>mail</c>, <c>phone</c>, <c>tel</c>, <c>mobile</c>, <c>iban</c>, <c>rib</c>,
/// <c>card</c>, <c>nir</c>, <c>ssn</c>, <c>birth</c>, <c>address</c>, <c>ip</c>.
/// </para>
/// <para>
/// Generic words of the table are kept on purpose (<c>date</c>, <c>time</c>, <c>number</c>, <c>code</c>, <c>name</c>,
/// <c>page</c>, <c>service</c> …): the norm names them, and a scan that misses a personal field is worse than one that
/// asks about a harmless one. A member that is named like personal data but holds none is marked
/// <c>[NotPersonalData]</c> (Norme48.Annotations), which the model scan respects.
/// </para>
/// <para>
/// The list only grows or shrinks with the field table or a deliberate change of this class; the tests of this
/// package pin it word for word.
/// </para>
/// </remarks>
public static class PersonalDataNames
{
    /// <summary>Function words of the field table's French wordings and English ids: they name no data.</summary>
    private static readonly FrozenSet<string> FunctionWords = new[]
    {
        // French articles, prepositions and conjunctions (compared without accents: "à" is "a", "après" is "apres").
        "a", "au", "aux", "avec", "apres", "d", "de", "des", "du", "en", "et", "l", "la", "le", "les", "ou", "par", "pour", "sur", "un", "une",

        // English ones.
        "after", "an", "and", "by", "for", "in", "of", "on", "or", "the", "to", "with",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Names of personal data that programmers use and the norm's wording does not.</summary>
    private static readonly string[] UsualNames =
        ["email", "mail", "phone", "tel", "mobile", "iban", "rib", "card", "nir", "ssn", "birth", "address", "ip"];

    /// <summary>The fields a usual name most often holds, for the model scan's suggestions.</summary>
    private static readonly FrozenDictionary<string, DataField[]> UsualNameFields = new Dictionary<string, DataField[]>(StringComparer.Ordinal)
    {
        ["email"] = [DataField.EmailAddress],
        ["mail"] = [DataField.EmailAddress],
        ["phone"] = [DataField.MobilePhone, DataField.LandlinePhone],
        ["tel"] = [DataField.MobilePhone, DataField.LandlinePhone],
        ["iban"] = [DataField.BankAccountDetails],
        ["ssn"] = [DataField.Nir],
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly string[] WordList = BuildWords();

    /// <summary>Every word, accent-free, so that a name part is looked up once after folding its accents.</summary>
    private static readonly FrozenSet<string> Folded = WordList.Select(Fold).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// Gets the words, lower-case and in ordinal order, each French word with and without its accents: a member whose
    /// name contains one of them, as a whole part, looks like personal data.
    /// </summary>
    public static IReadOnlyList<string> Words => WordList;

    /// <summary>Tells whether a member's name looks like personal data, and which word makes it so.</summary>
    /// <param name="memberName">
    /// A property or field name. It is split into parts at case changes (<c>dateNaissance</c> → date, naissance;
    /// acronyms too: <c>IPAddress</c> → ip, address), underscores, digits and any other character that is not a letter;
    /// each part is lower-cased, its accents removed, and compared with <see cref="Words"/> as a whole word
    /// (<c>Telegram</c> does not contain <c>tel</c>).
    /// </param>
    /// <param name="matchedWord">The first word of <see cref="Words"/> a part equals (its accent-free form); <see langword="null"/> when none does.</param>
    /// <returns><see langword="true"/> when a part of the name is one of <see cref="Words"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="memberName"/> is <see langword="null"/>.</exception>
    public static bool LooksPersonal(string memberName, out string? matchedWord)
    {
        ArgumentNullException.ThrowIfNull(memberName);
        foreach (var part in Split(memberName))
        {
            var folded = Fold(part);
            if (Folded.Contains(folded))
            {
                matchedWord = folded;
                return true;
            }
        }

        matchedWord = null;
        return false;
    }

    /// <summary>
    /// The built-in fields a word names: those whose id or French wording contains it, or that a usual name such as
    /// <c>tel</c> stands for, in the order of the norm.
    /// </summary>
    internal static IReadOnlyList<DataField> FieldsNamedBy(string foldedWord)
    {
        var usual = UsualNameFields.GetValueOrDefault(foldedWord, []);
        return
        [
            .. DataField.BuiltIn.Where(f =>
                usual.Contains(f)
                || SplitAtNonLetters(f.Id).Concat(SplitAtNonLetters(f.FrenchWording!))
                    .Any(w => string.Equals(Fold(w), foldedWord, StringComparison.Ordinal))),
        ];
    }

    /// <summary>Splits a member name into its words, in the case they are written: <c>IPAddress2</c> → IP, Address.</summary>
    internal static IReadOnlyList<string> Split(string memberName)
    {
        var parts = new List<string>();
        var start = -1;
        for (var i = 0; i <= memberName.Length; i++)
        {
            var boundary = i == memberName.Length || !char.IsLetter(memberName[i]) || (start >= 0 && StartsWord(memberName, i));
            if (boundary && start >= 0)
            {
                parts.Add(memberName[start..i]);
                start = -1;
            }

            if (i < memberName.Length && char.IsLetter(memberName[i]) && start < 0)
            {
                start = i;
            }
        }

        return parts;
    }

    /// <summary>Lower-cases a word and removes the accents of Latin letters: <c>Prénoms</c> → prenoms, <c>Œuvre</c> → oeuvre.</summary>
    internal static string Fold(string word)
    {
        var text = new StringBuilder(word.Length);
        foreach (var c in word)
        {
            var lower = char.ToLowerInvariant(c);
            text.Append(lower switch
            {
                'à' or 'â' or 'ä' or 'á' or 'ã' or 'å' => "a",
                'ç' => "c",
                'é' or 'è' or 'ê' or 'ë' => "e",
                'î' or 'ï' or 'í' or 'ì' => "i",
                'ô' or 'ö' or 'ó' or 'ò' or 'õ' => "o",
                'ù' or 'û' or 'ü' or 'ú' => "u",
                'ÿ' or 'ý' => "y",
                'ñ' => "n",
                'œ' => "oe",
                'æ' => "ae",
                _ => lower.ToString(),
            });
        }

        return text.ToString();
    }

    /// <summary>
    /// A new word starts at an upper-case letter after a lower-case one (<c>date|Naissance</c>), or at the last capital
    /// of an acronym followed by a lower-case letter (<c>IP|Address</c>).
    /// </summary>
    private static bool StartsWord(string name, int i)
    {
        if (!char.IsUpper(name[i]) || i == 0 || !char.IsLetter(name[i - 1]))
        {
            return false;
        }

        return char.IsLower(name[i - 1]) || (i + 1 < name.Length && char.IsLower(name[i + 1]));
    }

    private static string[] BuildWords()
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        void AddWordsOf(string text)
        {
            // Field ids are kebab-case; French wordings hold spaces, apostrophes, parentheses and commas: all split words.
            foreach (var word in SplitAtNonLetters(text))
            {
                var lower = word.ToLowerInvariant();
                var folded = Fold(lower);
                if (folded.Length < 2 || FunctionWords.Contains(folded))
                {
                    continue;
                }

                words.Add(lower);
                words.Add(folded);
            }
        }

        foreach (var field in DataField.BuiltIn)
        {
            AddWordsOf(field.Id);
            AddWordsOf(field.FrenchWording!);
        }

        words.UnionWith(UsualNames);
        return [.. words.Order(StringComparer.Ordinal)];
    }

    private static IEnumerable<string> SplitAtNonLetters(string text)
    {
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i == text.Length || !char.IsLetter(text[i]))
            {
                if (i > start)
                {
                    yield return text[start..i];
                }

                start = i + 1;
            }
        }
    }
}
