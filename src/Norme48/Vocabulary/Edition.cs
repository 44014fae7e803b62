using System;
using System.Collections.Generic;
using NodaTime;

namespace Norme48.Vocabulary;

/// <summary>
/// A version of the norm. Every decision is made under one edition.
/// </summary>
/// <remarks>
/// All simplified norms lost legal force on 2018-05-25, when the GDPR became applicable; the CNIL kept NS-48 online
/// as guidance until its 2021 référentiel replaced it. <see cref="Ns2005"/> is the default edition.
/// </remarks>
public sealed class Edition : IEquatable<Edition>
{
    /// <summary>NS-48 as adopted by CNIL Délibération n° 2005-112 du 7 juin 2005 (in force 2005-06-07 to 2012-07-12).</summary>
    // Stryker disable all : static initialiser, run once per test process before any mutant is active (README, Mutation testing)
    public static readonly Edition Ns2005 = new(
        "ns48-2005",
        EditionSet.Ns2005,
        "CNIL, délibération n° 2005-112 du 7 juin 2005 (norme simplifiée n° 48)",
        new LocalDate(2005, 6, 7),
        new LocalDate(2012, 7, 12));

    /// <summary>NS-48 as rewritten by Délibération n° 2012-209 and amended by Délibération n° 2016-264 (in force 2012-07-13 to 2018-05-24).</summary>
    public static readonly Edition Ns2016 = new(
        "ns48-2016",
        EditionSet.Ns2016,
        "CNIL, délibération n° 2012-209 du 21 juin 2012, modifiée par la délibération n° 2016-264 du 21 juillet 2016",
        new LocalDate(2012, 7, 13),
        new LocalDate(2018, 5, 24));

    /// <summary>The CNIL référentiel on commercial management, Délibération n° 2021-131 (guidance from 2022-04-10).</summary>
    public static readonly Edition Ref2021 = new(
        "ref-2021",
        EditionSet.Ref2021,
        "CNIL, délibération n° 2021-131 du 23 septembre 2021 (référentiel « gestion des activités commerciales »)",
        new LocalDate(2022, 4, 10),
        null);

    private static readonly Edition[] AllEditions = [Ns2005, Ns2016, Ref2021];
    // Stryker restore all


    private static System.Collections.ObjectModel.ReadOnlyCollection<Edition>? AllEditionsView;

    private Edition(string id, EditionSet set, string legalText, LocalDate inForceFrom, LocalDate? inForceUntil)
    {
        Id = id;
        Set = set;
        LegalText = legalText;
        InForceFrom = inForceFrom;
        InForceUntil = inForceUntil;
    }

    /// <summary>Gets every edition, oldest first.</summary>
    public static IReadOnlyList<Edition> All => AllEditionsView ??= Array.AsReadOnly(AllEditions);

    /// <summary>Gets the edition's stable kebab-case id, such as <c>ns48-2005</c>.</summary>
    public string Id { get; }

    /// <summary>Gets the legal text (CNIL deliberation) the edition comes from, in French.</summary>
    public string LegalText { get; }

    /// <summary>Gets the first Europe/Paris date on which the edition was in force.</summary>
    public LocalDate InForceFrom { get; }

    /// <summary>Gets the last Europe/Paris date on which the edition was in force, or <see langword="null"/> while it still is.</summary>
    public LocalDate? InForceUntil { get; }

    /// <summary>
    /// Gets the first Europe/Paris date on which the edition's amendment applied, when it has one: 2016-09-14 for
    /// <c>ns48-2016</c> (Délibération n° 2016-264). Decisions under <c>ns48-2016</c> at an earlier instant note that the
    /// 2012 text lacked the 2016 additions.
    /// </summary>
    public LocalDate? AmendedFrom => ReferenceEquals(this, Ns2016) ? new LocalDate(2016, 9, 14) : null;

    internal EditionSet Set { get; }

    /// <summary>
    /// Gets the edition in force at an instant, chosen by the instant's Europe/Paris local date: <c>ns48-2005</c> from
    /// 2005-06-07 to 2012-07-12, <c>ns48-2016</c> from 2012-07-13 to 2018-05-24, <c>ref-2021</c> from 2022-04-10.
    /// </summary>
    /// <param name="instant">The instant.</param>
    /// <returns>
    /// The edition, or <see langword="null"/> before 2005-06-07 and from 2018-05-25 to 2022-04-09, when no simplified
    /// norm or référentiel was in force (one may still be picked as guidance).
    /// </returns>
    public static Edition? InForceAt(Instant instant)
    {
        var date = instant.InZone(Retention.ParisCalendar.Zone).Date;
        foreach (var edition in AllEditions)
        {
            if (date >= edition.InForceFrom && (edition.InForceUntil is not { } until || date <= until))
            {
                return edition;
            }
        }

        return null;
    }

    /// <summary>Parses an edition id such as <c>ns48-2005</c>.</summary>
    /// <param name="id">The kebab-case edition id.</param>
    /// <returns>The edition.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is <see langword="null"/>.</exception>
    /// <exception cref="FormatException"><paramref name="id"/> is not an edition id; the message lists the accepted ids.</exception>
    public static Edition Parse(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        return TryParse(id, out var edition) ? edition : throw Terms.UnknownId("edition", id, AllEditions, e => e.Id);
    }

    /// <summary>Tries to parse an edition id such as <c>ns48-2005</c>.</summary>
    /// <param name="id">The kebab-case edition id.</param>
    /// <param name="edition">The edition, when the id is known.</param>
    /// <returns><see langword="true"/> when <paramref name="id"/> is an edition id.</returns>
    public static bool TryParse(string? id, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Edition? edition)
    {
        edition = Array.Find(AllEditions, e => string.Equals(e.Id, id, StringComparison.Ordinal));
        return edition is not null;
    }

    /// <inheritdoc/>
    public bool Equals(Edition? other) => ReferenceEquals(this, other);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => ReferenceEquals(this, obj);

    /// <inheritdoc/>
    public override int GetHashCode() => (int)Set;

    /// <summary>Returns the edition id.</summary>
    /// <returns>The kebab-case id.</returns>
    public override string ToString() => Id;
}

/// <summary>A set of editions, as bits, for the vocabulary's availability checks.</summary>
[Flags]
internal enum EditionSet
{
    None = 0,
    Ns2005 = 1,
    Ns2016 = 2,
    Ref2021 = 4,
    From2016 = Ns2016 | Ref2021,
    All = Ns2005 | Ns2016 | Ref2021,
}
