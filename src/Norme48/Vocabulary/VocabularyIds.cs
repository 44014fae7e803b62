using System;
using System.Collections.Generic;

namespace Norme48.Vocabulary;

/// <summary>
/// The kebab-case ids of the vocabularies that are C# enums (CONTRACT.md and the declaration format write them): the id
/// at index <c>i</c> names the enum member whose value is <c>i + 1</c>.
/// </summary>
public static class VocabularyIds
{
    /// <summary>Gets the ids of <see cref="SharingBasis"/>.</summary>
    // Stryker disable all : static initialiser, run once per test process before any mutant is active (README, Mutation testing)
    public static IReadOnlyList<string> SharingBases { get; } = Array.AsReadOnly(["contract-execution", "legal-obligation", "debt-recovery"]);

    /// <summary>Gets the ids of <see cref="TransferMode"/>.</summary>
    public static IReadOnlyList<string> TransferModes { get; } = Array.AsReadOnly(["cession", "rental", "exchange"]);

    /// <summary>Gets the ids of <see cref="Retention.SubjectStatus"/>.</summary>
    public static IReadOnlyList<string> SubjectStatuses { get; } = Array.AsReadOnly(["client", "prospect"]);

    /// <summary>Gets the ids of <see cref="Retention.SubjectEventType"/>.</summary>
    public static IReadOnlyList<string> SubjectEventTypes { get; } = Array.AsReadOnly(
    [
        "order", "documentation-request", "trial-request", "reply", "link-click", "inbound-message", "reconfirmation-yes",
        "solicitation", "reconfirmation-request", "email-open", "relationship-start", "relationship-end",
    ]);

    /// <summary>Gets the ids of <see cref="Retention.RetentionAnchor"/>.</summary>
    public static IReadOnlyList<string> RetentionAnchors { get; } =
        Array.AsReadOnly(
        [
            "collection", "last-contact-from-person", "relationship-end", "proof-document-date", "transaction-completion", "debit-date",
            "tracker-set", "objection", "last-activity",
        ]);

    /// <summary>Gets the ids of <see cref="Declarations.TransferBasis"/>.</summary>
    public static IReadOnlyList<string> TransferBases { get; } = Array.AsReadOnly(
        ["adequacy-decision", "standard-contractual-clauses", "binding-corporate-rules", "cnil-approved-clauses", "article-69-exception"]);

    /// <summary>Gets the ids of <see cref="Retention.RetentionEndAction"/>.</summary>
    public static IReadOnlyList<string> RetentionEndActions { get; } = Array.AsReadOnly(["purge", "archive-then-purge", "ask-then-purge"]);

    /// <summary>Gets the ids of <see cref="Prospecting.ProspectingChannel"/>.</summary>
    public static IReadOnlyList<string> ProspectingChannels { get; } =
        Array.AsReadOnly(["email", "sms", "fax", "automated-call", "phone", "postal"]);

    /// <summary>Gets the ids of <see cref="Prospecting.Audience"/>.</summary>
    public static IReadOnlyList<string> Audiences { get; } = Array.AsReadOnly(["consumer", "professional"]);

    /// <summary>Gets the ids of <see cref="Prospecting.NoticeItem"/>, in the norm's order.</summary>
    public static IReadOnlyList<string> NoticeItems { get; } = Array.AsReadOnly(
        ["controller-identity", "purposes", "mandatory-or-optional", "consequences-of-no-answer", "recipients", "rights"]);

    /// <summary>Gets the ids of <see cref="Prospecting.ConsentCheckbox"/>.</summary>
    public static IReadOnlyList<string> ConsentCheckboxes { get; } = Array.AsReadOnly(["none", "unticked", "pre-ticked"]);
    // Stryker restore all

    /// <summary>Finds an id in one of these lists.</summary>
    /// <param name="ids">The list, such as <see cref="ProspectingChannels"/>.</param>
    /// <param name="id">The id.</param>
    /// <returns>The enum value the id names (its index plus one), or 0 when the list does not hold it.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="ids"/> is <see langword="null"/>.</exception>
    public static int ValueOf(IReadOnlyList<string> ids, string? id)
    {
        ArgumentNullException.ThrowIfNull(ids);
        for (var i = 0; i < ids.Count; i++)
        {
            if (string.Equals(ids[i], id, StringComparison.Ordinal))
            {
                return i + 1;
            }
        }

        return 0;
    }
}
