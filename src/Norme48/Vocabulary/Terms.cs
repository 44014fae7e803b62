using System;
using System.Collections.Generic;
using System.Linq;

namespace Norme48.Vocabulary;

/// <summary>Shared checks and messages of the closed vocabularies.</summary>
internal static class Terms
{
    /// <summary>
    /// « de » followed by a French noun phrase, contracted as French requires: <c>du</c> for <c>le</c>, <c>des</c> for
    /// <c>les</c>, <c>d'</c> before <c>un</c>/<c>une</c> (« de la » and « de l' » stay).
    /// </summary>
    public static string FrenchOf(string phrase) =>
        phrase.StartsWith("le ", StringComparison.Ordinal) ? "du " + phrase[3..]
        : phrase.StartsWith("les ", StringComparison.Ordinal) ? "des " + phrase[4..]
        : phrase.StartsWith("un ", StringComparison.Ordinal) || phrase.StartsWith("une ", StringComparison.Ordinal) ? "d'" + phrase
        : "de " + phrase;

    /// <summary>Whether <paramref name="id"/> matches <c>^[a-z0-9]+(-[a-z0-9]+)*$</c> (ASCII).</summary>
    public static bool IsKebabCase(string? id) => IsKebabCase(id, allowFrenchE: false);

    /// <summary>Kebab case; with <paramref name="allowFrenchE"/>, the letter é also counts as a letter (sector names).</summary>
    public static bool IsKebabCase(string? id, bool allowFrenchE)
    {
        if (string.IsNullOrEmpty(id))
        {
            return false;
        }

        var previousWasHyphen = true;
        foreach (var c in id)
        {
            if (c == '-')
            {
                if (previousWasHyphen)
                {
                    return false;
                }

                previousWasHyphen = true;
            }
            else if (c is (>= 'a' and <= 'z') or (>= '0' and <= '9') || (allowFrenchE && c == 'é'))
            {
                previousWasHyphen = false;
            }
            else
            {
                return false;
            }
        }

        return !previousWasHyphen;
    }

    public static FormatException UnknownId<T>(string what, string id, IEnumerable<T> accepted, Func<T, string> idOf) =>
        new($"'{id}' is not a known {what} id. Accepted ids: {string.Join(", ", accepted.Select(idOf))}.");

    public static string Ids(EditionSet editions) =>
        string.Join(", ", Edition.All.Where(e => (e.Set & editions) != 0).Select(e => e.Id));

    /// <summary>Throws when a term of the vocabulary does not exist in the edition a decision is made under.</summary>
    public static void EnsureDefinedIn(EditionSet termEditions, Edition edition, string what, string id, string paramName)
    {
        if ((termEditions & edition.Set) == 0)
        {
            throw new ArgumentException(
                $"The {what} '{id}' is not part of edition {edition.Id}; it exists in {Ids(termEditions)}.",
                paramName);
        }
    }
}
