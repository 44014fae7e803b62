using System.Collections.Generic;
using System.Text.RegularExpressions;
using Norme48.Vocabulary;

namespace Norme48.Declarations.Json;

/// <summary>
/// The closed vocabularies the declaration format adds to those of <c>Norme48.Vocabulary</c>, in the order of their
/// enums: the id at index <c>i</c> is the member whose value is <c>i + 1</c>. The JSON Schema lists the same ids, and a
/// test checks both.
/// </summary>
internal static partial class DeclarationVocabulary
{
    /// <summary>
    /// An ISO-8601 period: at least one of years, months, weeks, days, then after <c>T</c> hours, minutes and seconds
    /// (with up to 9 fraction digits), each a non-negative whole number. ASCII digits only.
    /// </summary>
    public const string PeriodPattern =
        "^P(?!$)([0-9]+Y)?([0-9]+M)?([0-9]+W)?([0-9]+D)?(T(?=[0-9])([0-9]+H)?([0-9]+M)?([0-9]+([.,][0-9]{1,9})?S)?)?$";

    /// <summary>A kebab-case id: <c>^[a-z0-9]+(-[a-z0-9]+)*$</c> (ASCII).</summary>
    public const string KebabCasePattern = "^[a-z0-9]+(-[a-z0-9]+)*$";

    /// <summary>A sector name: kebab-case where the letter é also counts as a letter (<see cref="Vocabulary.Sector.IsValidName"/>).</summary>
    public const string SectorPattern = "^[a-z0-9é]+(-[a-z0-9é]+)*$";

    public static IReadOnlyList<string> SharingBases => VocabularyIds.SharingBases;

    public static IReadOnlyList<string> TransferModes => VocabularyIds.TransferModes;

    public static IReadOnlyList<string> SubjectStatuses => VocabularyIds.SubjectStatuses;

    public static IReadOnlyList<string> RetentionAnchors => VocabularyIds.RetentionAnchors;

    public static IReadOnlyList<string> TransferBases => VocabularyIds.TransferBases;

    public static IReadOnlyList<string> RetentionEndActions => VocabularyIds.RetentionEndActions;

    public static IReadOnlyList<string> ProspectingChannels => VocabularyIds.ProspectingChannels;

    public static IReadOnlyList<string> Audiences => VocabularyIds.Audiences;

    public static IReadOnlyList<string> NoticeItems => VocabularyIds.NoticeItems;

    public static IReadOnlyList<string> ConsentCheckboxes => VocabularyIds.ConsentCheckboxes;

    [GeneratedRegex(PeriodPattern, RegexOptions.CultureInvariant)]
    public static partial Regex Period();
}
