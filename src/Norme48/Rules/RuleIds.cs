using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Linq;

namespace Norme48.Rules;

/// <summary>Formats and parses rule ids (<c>NS48-…</c>).</summary>
public static class RuleIds
{
    // Stryker disable all : static initialiser, run once per test process before any mutant is active (README, Mutation testing)
    private static readonly string[] Texts =
    [
        string.Empty,
        "NS48-SCOPE-SECTOR", "NS48-SCOPE-EXCLUDED-USE", "NS48-DATA-NIR", "NS48-DATA-CONNECTION-STATS-ONLY", "NS48-DATA-LISTED",
        "NS48-DATA-INTERNAL-CODE", "NS48-RCPT-ACCESS", "NS48-RCPT-PUBLIC-BODIES", "NS48-RCPT-DEBT-RECOVERY", "NS48-RCPT-UNKNOWN",
        "NS48-TRANSFER-INTERNAL-CODE", "NS48-TRANSFER-IDENTITY-SITUATION", "NS48-TRANSFER-OBJECTION",
        "NS48-TRANSFER-SENSITIVE-CONSENT", "NS48-TRANSFER-RELATIONSHIP-CONSENT", "NS48-TRANSFER-OTHER", "NS48-RET-CLIENT",
        "NS48-RET-CLIENT-PROOF", "NS48-RET-PROSPECT-1Y", "NS48-RET-PROSPECT-2-UNANSWERED", "NS48-RET-PROSPECT-NECESSARY",
        "NS48-INFO-NOTICE", "NS48-INFO-PROSPECTING-OBJECTION", "NS48-PROSP-E-CONSENT", "NS48-PROSP-EXCEPTION-OBJECTION",
        "NS48-PROSP-CHECKBOX", "NS48-PROSP-OBJECTED", "NS48-PROSP-OPT-OUT", "NS48-INFO-COOKIES", "NS48-SEC",
        "NS48-TRANSFER-OUTSIDE-EU", "NS48-RET-PROSPECT-3Y", "NS48-RET-PROSPECT-RECONTACT", "NS48-RET-CLIENT-PROSPECTING-3Y",
        "NS48-RET-CARD-TRANSACTION", "NS48-RET-CARD-DISPUTE", "NS48-RET-CARD-CVV", "NS48-RET-CARD-CONSENT",
        "NS48-RET-TRACKER-13M", "NS48-RET-OBJECTION-LIST-3Y", "NS48-RET-ACCOUNT-INACTIVE-2Y", "NS48-PROSP-SOFT-OPT-IN",
        "NS48-PROSP-B2B", "NS48-PROSP-PHONE-CONSENT", "NS48-SEC-AUTH", "NS48-SEC-PASSWORDS", "NS48-SEC-TRANSIT",
        "NS48-SEC-PAYMENT-TRACE", "NS48-TRANSFER-ABROAD-BASIS",
    ];

    private static readonly RuleId[] AllIds = Enumerable.Range(1, Texts.Length - 1).Select(i => (RuleId)i).ToArray();
    // Stryker restore all


    private static System.Collections.ObjectModel.ReadOnlyCollection<RuleId>? AllIdsView;

    // Stryker disable all : static initialiser, run once per test process before any mutant is active (README, Mutation testing)
    private static readonly FrozenDictionary<string, RuleId> ByText =
        AllIds.ToFrozenDictionary(id => Texts[(int)id], StringComparer.Ordinal);
    // Stryker restore all

    /// <summary>Gets every rule id of every edition, in catalogue order.</summary>
    public static IReadOnlyList<RuleId> All => AllIdsView ??= Array.AsReadOnly(AllIds);

    /// <summary>Formats a rule id as the norm's vocabulary writes it.</summary>
    /// <param name="id">The rule id.</param>
    /// <returns>The id, such as <c>NS48-DATA-NIR</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="id"/> is not a defined <see cref="RuleId"/>.</exception>
    public static string ToId(this RuleId id)
    {
        var index = (int)id;
        if (index <= 0 || index >= Texts.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(id), id, "Not a defined rule id.");
        }

        return Texts[index];
    }

    /// <summary>Parses a rule id such as <c>NS48-DATA-NIR</c>.</summary>
    /// <param name="text">The rule id text.</param>
    /// <returns>The rule id.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    /// <exception cref="FormatException"><paramref name="text"/> is not a rule id.</exception>
    public static RuleId Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TryParse(text, out var id) ? id : throw new FormatException($"'{text}' is not a rule id of the norm.");
    }

    /// <summary>Tries to parse a rule id such as <c>NS48-DATA-NIR</c>.</summary>
    /// <param name="text">The rule id text.</param>
    /// <param name="id">The rule id, when the text is one.</param>
    /// <returns><see langword="true"/> when <paramref name="text"/> is a rule id.</returns>
    public static bool TryParse(string? text, out RuleId id)
    {
        if (text is not null && ByText.TryGetValue(text, out id))
        {
            return true;
        }

        id = default;
        return false;
    }

    internal static bool IsDefined(RuleId id) => (int)id > 0 && (int)id < Texts.Length;
}
