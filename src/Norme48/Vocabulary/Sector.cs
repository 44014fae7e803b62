using System;
using System.Collections.Generic;

namespace Norme48.Vocabulary;

/// <summary>
/// The business sector of the controller. Health, education, banking and insurance organisations (and, from
/// <c>ns48-2016</c>, approved online gambling operators) may not use the norm (NS48-SCOPE-SECTOR); any other sector is
/// inside it.
/// </summary>
/// <remarks>
/// A sector name that looks like one of the excluded sectors (a typo within two edits, one of its words, a prefix such
/// as <c>bank</c>, or a French name such as <c>santé</c>) is refused unless confirmed, so that a misspelling cannot
/// silently bring an excluded sector inside the norm.
/// </remarks>
public sealed class Sector : IEquatable<Sector>
{
    /// <summary>Any sector the norm does not exclude; the default.</summary>
    // Stryker disable all : static initialiser, run once per test process before any mutant is active (README, Mutation testing)
    public static readonly Sector General = new("general", EditionSet.None);

    /// <summary>Health (« santé »): outside the norm.</summary>
    public static readonly Sector Health = new("health", EditionSet.All);

    /// <summary>Education (« éducation »): outside the norm.</summary>
    public static readonly Sector Education = new("education", EditionSet.All);

    /// <summary>Banking (« banque »): outside the norm.</summary>
    public static readonly Sector Banking = new("banking", EditionSet.All);

    /// <summary>Insurance (« assurance »): outside the norm.</summary>
    public static readonly Sector Insurance = new("insurance", EditionSet.All);

    /// <summary>Online gambling subject to approval: outside the norm from <c>ns48-2016</c>, inside <c>ns48-2005</c>.</summary>
    public static readonly Sector OnlineGambling = new("online-gambling", EditionSet.From2016);

    private static readonly Sector[] Known = [General, Health, Education, Banking, Insurance, OnlineGambling];

    private static readonly Sector[] OutsideSomeEdition = [Health, Education, Banking, Insurance, OnlineGambling];
    // Stryker restore all

    private static readonly (string Name, Sector Sector)[] FrenchNames =
    [
        ("sante", Health), ("santé", Health), ("banque", Banking), ("assurance", Insurance), ("éducation", Education),
        ("enseignement", Education),
    ];

    private static readonly (string Prefix, Sector Sector)[] Prefixes =
        [("bank", Banking), ("insur", Insurance), ("health", Health), ("educ", Education)];

    private Sector(string name, EditionSet outsideIn)
    {
        Name = name;
        OutsideIn = outsideIn;
    }

    /// <summary>Gets the sector's kebab-case name, such as <c>general</c> or <c>retail</c>.</summary>
    public string Name { get; }

    private EditionSet OutsideIn { get; }

    /// <summary>
    /// Whether a text is a valid sector name: kebab-case (<c>^[a-z0-9]+(-[a-z0-9]+)*$</c>), where the letter é also
    /// counts as a letter so that French names such as <c>santé</c> are recognised.
    /// </summary>
    /// <param name="name">The text.</param>
    /// <returns><see langword="true"/> when <paramref name="name"/> may name a sector.</returns>
    public static bool IsValidName(string? name) => Terms.IsKebabCase(name, allowFrenchE: true);

    /// <summary>Gets a sector by name.</summary>
    /// <param name="name">
    /// A kebab-case name (<c>^[a-z0-9]+(-[a-z0-9]+)*$</c>, where the letter é is also accepted so that French names are
    /// recognised): one of the norm's sectors, or the controller's own.
    /// </param>
    /// <param name="confirmed">
    /// <see langword="true"/> to accept a name that looks like an excluded sector (see <see cref="FindLookAlike"/>)
    /// as a sector of its own, inside the norm.
    /// </param>
    /// <returns>The sector.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">
    /// <paramref name="name"/> is not kebab-case; or it looks like an excluded sector and <paramref name="confirmed"/> is
    /// <see langword="false"/> (the message says which sector it looks like).
    /// </exception>
    public static Sector FromName(string name, bool confirmed = false)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (!IsValidName(name))
        {
            throw new ArgumentException($"A sector name must be kebab-case (^[a-z0-9]+(-[a-z0-9]+)*$); '{name}' is not.", nameof(name));
        }

        foreach (var sector in Known)
        {
            if (string.Equals(sector.Name, name, StringComparison.Ordinal))
            {
                return sector;
            }
        }

        if (!confirmed && FindLookAlike(name) is { } lookAlike)
        {
            throw new ArgumentException(
                $"The sector '{name}' looks like '{lookAlike.Name}', which is outside the norm. Did you mean '{lookAlike.Name}'? If '{name}' is another sector, confirm it.",
                nameof(name));
        }

        return new Sector(name, EditionSet.None);
    }

    /// <summary>
    /// Finds the excluded sector a name looks like: a name within optimal-string-alignment distance 2 of one, a
    /// hyphen-separated word within that distance of one, a name starting with <c>bank</c>, <c>insur</c>,
    /// <c>health</c> or <c>educ</c>, or a French name (<c>sante</c>, <c>santé</c>, <c>banque</c>, <c>assurance</c>,
    /// <c>éducation</c>, <c>enseignement</c>).
    /// </summary>
    /// <param name="name">The sector name.</param>
    /// <returns>The excluded sector the name looks like, or <see langword="null"/> when it looks like none or is one.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is <see langword="null"/>.</exception>
    public static Sector? FindLookAlike(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        foreach (var sector in OutsideSomeEdition)
        {
            if (string.Equals(sector.Name, name, StringComparison.Ordinal))
            {
                return null;
            }
        }

        if (LookAlikeOfWord(name) is { } whole)
        {
            return whole;
        }

        foreach (var (prefix, sector) in Prefixes)
        {
            if (name.StartsWith(prefix, StringComparison.Ordinal))
            {
                return sector;
            }
        }

        if (name.Contains('-', StringComparison.Ordinal))
        {
            foreach (var word in name.Split('-'))
            {
                if (LookAlikeOfWord(word) is { } part)
                {
                    return part;
                }
            }
        }

        return null;
    }

    /// <summary>Whether the sector is outside the norm under an edition (NS48-SCOPE-SECTOR).</summary>
    /// <param name="edition">The edition.</param>
    /// <returns><see langword="true"/> when the edition excludes the sector.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="edition"/> is <see langword="null"/>.</exception>
    public bool IsOutsideNorm(Edition edition)
    {
        ArgumentNullException.ThrowIfNull(edition);
        return (OutsideIn & edition.Set) != 0;
    }

    internal bool IsOutsideNorm(EditionSet edition) => (OutsideIn & edition) != 0;

    private static Sector? LookAlikeOfWord(string word)
    {
        foreach (var (french, sector) in FrenchNames)
        {
            if (string.Equals(french, word, StringComparison.Ordinal))
            {
                return sector;
            }
        }

        foreach (var sector in OutsideSomeEdition)
        {
            if (OptimalStringAlignmentDistance(word, sector.Name, 2) <= 2)
            {
                return sector;
            }
        }

        return null;
    }

    /// <summary>The optimal-string-alignment (restricted Damerau–Levenshtein) distance, stopping early above <paramref name="limit"/>.</summary>
    internal static int OptimalStringAlignmentDistance(string a, string b, int limit)
    {
        if (Math.Abs(a.Length - b.Length) > limit)
        {
            return limit + 1;
        }

        var rows = new int[3][];
        for (var r = 0; r < 3; r++)
        {
            rows[r] = new int[b.Length + 1];
        }

        for (var j = 0; j <= b.Length; j++)
        {
            rows[0][j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            var previous2 = rows[(i + 1) % 3];
            var previous = rows[(i + 2) % 3];
            var current = rows[i % 3];
            current[0] = i;
            var rowMinimum = current[0];
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var value = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    value = Math.Min(value, previous2[j - 2] + 1);
                }

                current[j] = value;
                rowMinimum = Math.Min(rowMinimum, value);
            }

            if (rowMinimum > limit)
            {
                return limit + 1;
            }
        }

        return rows[a.Length % 3][b.Length];
    }

    /// <inheritdoc/>
    public bool Equals(Sector? other) => other is not null && string.Equals(Name, other.Name, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Sector);

    /// <inheritdoc/>
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Name);

    /// <summary>Returns the sector name.</summary>
    /// <returns>The kebab-case name.</returns>
    public override string ToString() => Name;
}
