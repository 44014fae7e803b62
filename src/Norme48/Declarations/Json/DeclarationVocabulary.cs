using System.Text.RegularExpressions;

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

    public static readonly string[] SharingBases = ["contract-execution", "legal-obligation", "debt-recovery"];

    public static readonly string[] TransferModes = ["cession", "rental", "exchange"];

    public static readonly string[] SubjectStatuses = ["client", "prospect"];

    public static readonly string[] RetentionAnchors = ["collection", "last-contact-from-person", "relationship-end", "proof-document-date"];

    public static readonly string[] RetentionEndActions = ["purge", "archive-then-purge", "ask-then-purge"];

    public static readonly string[] ProspectingChannels = ["email", "sms", "fax", "automated-call", "phone", "postal"];

    public static readonly string[] Audiences = ["consumer", "professional"];

    public static readonly string[] NoticeItems =
        ["controller-identity", "purposes", "mandatory-or-optional", "consequences-of-no-answer", "recipients", "rights"];

    public static readonly string[] ConsentCheckboxes = ["none", "unticked", "pre-ticked"];

    [GeneratedRegex(PeriodPattern, RegexOptions.CultureInvariant)]
    public static partial Regex Period();
}
