using System;
using System.Collections.Generic;
using NodaTime;
using Norme48.Rules;
using Norme48.Vocabulary;

namespace Norme48.Retention;

/// <summary>What starts a retention clock.</summary>
public enum RetentionAnchor
{
    /// <summary>The collection of the data.</summary>
    Collection = 1,

    /// <summary>The last contact coming from the person (or the collection, when later).</summary>
    LastContactFromPerson = 2,

    /// <summary>The end of the commercial relationship.</summary>
    RelationshipEnd = 3,

    /// <summary>The date of the document or contract the data prove (the end of the relationship when unknown).</summary>
    ProofDocumentDate = 4,

    /// <summary>The completion of the card transaction (from <c>ns48-2016</c>).</summary>
    TransactionCompletion = 5,

    /// <summary>The debit date of a card payment (from <c>ns48-2016</c>).</summary>
    DebitDate = 6,

    /// <summary>The setting of a tracker, such as a cookie (<c>ns48-2016</c>); later visits do not move it.</summary>
    TrackerSet = 7,

    /// <summary>The person's objection, for an objection list (from <c>ns48-2016</c>).</summary>
    Objection = 8,

    /// <summary>The last activity on an online account (<c>ref-2021</c>).</summary>
    LastActivity = 9,
}

/// <summary>What happens when a retention period ends.</summary>
public enum RetentionEndAction
{
    /// <summary>The data are deleted.</summary>
    Purge = 1,

    /// <summary>The data go to an intermediate archive, and are deleted when the archive period ends.</summary>
    ArchiveThenPurge = 2,

    /// <summary>The person is asked whether they still want solicitations; without a positive answer, the data are deleted.</summary>
    AskThenPurge = 3,
}

/// <summary>
/// How long data are kept: for a subject status and a set of fields, what starts the clock, which period runs in the
/// Europe/Paris calendar, and what happens when it ends. An edition supplies the norm's policies
/// (<see cref="ForEdition"/>); a controller may state its own, which must keep data no longer than the norm's.
/// </summary>
public sealed class RetentionPolicy
{
    // Stryker disable all : static initialiser, run once per test process before any mutant is active (README, Mutation testing)
    private static readonly RetentionPolicy[] Policies2005 =
    [
        new(SubjectStatus.Client, null, proofOnly: false, RetentionAnchor.RelationshipEnd, Period.Zero, RetentionEndAction.Purge, RuleId.RetentionClient),
        new(SubjectStatus.Client, null, proofOnly: true, RetentionAnchor.ProofDocumentDate, Period.FromYears(10), RetentionEndAction.ArchiveThenPurge, RuleId.RetentionClientProof),
        new(SubjectStatus.Prospect, null, proofOnly: false, RetentionAnchor.LastContactFromPerson, Period.FromYears(1), RetentionEndAction.Purge, RuleId.RetentionProspectOneYear),
        new(SubjectStatus.Prospect, null, proofOnly: false, RetentionAnchor.LastContactFromPerson, null, RetentionEndAction.Purge, RuleId.RetentionProspectTwoUnanswered, maxUnansweredSolicitations: 2),
    ];

    private static readonly RetentionPolicy[] Policies2016 = [.. CommonLater(), new(null, DataCategory.ConnectionData, proofOnly: false, RetentionAnchor.TrackerSet, Period.FromMonths(13), RetentionEndAction.Purge, RuleId.RetentionTracker13Months)];

    private static readonly RetentionPolicy[] Policies2021 = [.. CommonLater(), new(null, null, proofOnly: false, RetentionAnchor.LastActivity, Period.FromYears(2), RetentionEndAction.AskThenPurge, RuleId.RetentionAccountInactiveTwoYears)];

    private static readonly System.Collections.ObjectModel.ReadOnlyCollection<RetentionPolicy> ReadOnlyPolicies2016 = Array.AsReadOnly(Policies2016);

    private static readonly System.Collections.ObjectModel.ReadOnlyCollection<RetentionPolicy> ReadOnlyPolicies2021 = Array.AsReadOnly(Policies2021);
    // Stryker restore all

    /// <summary>Initializes a new instance of the <see cref="RetentionPolicy"/> class.</summary>
    /// <param name="status">The subjects the policy applies to; <see langword="null"/> for data kept whatever the person's status (an objection list, trackers, online accounts).</param>
    /// <param name="category">The category of fields it applies to; <see langword="null"/> for every field.</param>
    /// <param name="proofOnly">Whether it applies only to fields kept as proof of a right or a contract.</param>
    /// <param name="anchor">What starts the clock.</param>
    /// <param name="period">The period that runs from the anchor, in the Europe/Paris calendar; <see langword="null"/> for a policy that only limits a count.</param>
    /// <param name="action">What happens when the period ends.</param>
    /// <param name="rule">The rule the policy states: set for the norm's policies, <see langword="null"/> for a controller's own.</param>
    /// <param name="maxUnansweredSolicitations">A limit on successive unanswered solicitations, when the policy sets one.</param>
    /// <param name="field">The one field the policy applies to, when it is narrower than a category.</param>
    /// <exception cref="ArgumentOutOfRangeException">An enum argument is not defined, or <paramref name="maxUnansweredSolicitations"/> is negative.</exception>
    /// <exception cref="ArgumentException">
    /// Neither a period nor a count limit is given, or <paramref name="field"/> is not of <paramref name="category"/>.
    /// </exception>
    public RetentionPolicy(
        SubjectStatus? status,
        DataCategory? category,
        bool proofOnly,
        RetentionAnchor anchor,
        Period? period,
        RetentionEndAction action,
        RuleId? rule = null,
        int? maxUnansweredSolicitations = null,
        DataField? field = null)
    {
        if (status is not (null or SubjectStatus.Client or SubjectStatus.Prospect))
        {
            throw new ArgumentOutOfRangeException(nameof(status), status, "Not a defined subject status.");
        }

        if (anchor is < RetentionAnchor.Collection or > RetentionAnchor.LastActivity)
        {
            throw new ArgumentOutOfRangeException(nameof(anchor), anchor, "Not a defined retention anchor.");
        }

        if (action is < RetentionEndAction.Purge or > RetentionEndAction.AskThenPurge)
        {
            throw new ArgumentOutOfRangeException(nameof(action), action, "Not a defined retention end action.");
        }

        if (rule is { } id && !RuleIds.IsDefined(id))
        {
            throw new ArgumentOutOfRangeException(nameof(rule), rule, "Not a defined rule id.");
        }

        if (maxUnansweredSolicitations is < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(maxUnansweredSolicitations), maxUnansweredSolicitations, "A count limit is not negative.");
        }

        if (period is null && maxUnansweredSolicitations is null)
        {
            throw new ArgumentException("A retention policy states a period, a count limit, or both.", nameof(period));
        }

        if (field is not null && category is not null && !ReferenceEquals(field.Category, category))
        {
            throw new ArgumentException($"The field '{field.Id}' is of category {field.Category.Id}, not {category.Id}.", nameof(field));
        }

        Status = status;
        Category = category ?? field?.Category;
        Field = field;
        ProofOnly = proofOnly;
        Anchor = anchor;
        Period = period;
        Action = action;
        Rule = rule;
        MaxUnansweredSolicitations = maxUnansweredSolicitations;
    }

    /// <summary>Gets the subjects the policy applies to, or <see langword="null"/> for data kept whatever the person's status.</summary>
    public SubjectStatus? Status { get; }

    /// <summary>
    /// Gets a value indicating whether the period is a minimum rather than a maximum: an objection list keeps each
    /// objection at least three years (NS48-RET-OBJECTION-LIST-3Y), so a shorter declared period is the violation.
    /// </summary>
    public bool IsMinimum => Rule == RuleId.RetentionObjectionListThreeYears;

    /// <summary>Gets the category of fields the policy applies to, or <see langword="null"/> for every field.</summary>
    public DataCategory? Category { get; }

    /// <summary>Gets the one field the policy applies to, or <see langword="null"/> when it applies to a category or to every field.</summary>
    public DataField? Field { get; }

    /// <summary>Gets a value indicating whether the policy applies only to fields kept as proof.</summary>
    public bool ProofOnly { get; }

    /// <summary>Gets what starts the clock.</summary>
    public RetentionAnchor Anchor { get; }

    /// <summary>Gets the period that runs from the anchor, or <see langword="null"/> for a count-only policy.</summary>
    public Period? Period { get; }

    /// <summary>Gets what happens when the period ends.</summary>
    public RetentionEndAction Action { get; }

    /// <summary>Gets the rule the policy states: set for the norm's policies, <see langword="null"/> for a controller's own.</summary>
    public RuleId? Rule { get; }

    /// <summary>Gets the limit on successive unanswered solicitations, when the policy sets one.</summary>
    public int? MaxUnansweredSolicitations { get; }

    /// <summary>Gets the norm's retention policies under an edition.</summary>
    /// <param name="edition">The edition.</param>
    /// <returns>The policies, in catalogue order of their rules.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="edition"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">This version of the library does not implement <paramref name="edition"/> yet.</exception>
    public static IReadOnlyList<RetentionPolicy> ForEdition(Edition edition)
    {
        ArgumentNullException.ThrowIfNull(edition);
        return ReferenceEquals(edition, Edition.Ns2005) ? ReadOnlyPolicies2005
            : ReferenceEquals(edition, Edition.Ns2016) ? ReadOnlyPolicies2016
            : ReadOnlyPolicies2021;
    }

    /// <summary>The policies <c>ns48-2016</c> and <c>ref-2021</c> share (RULES.md, "Retention 2016" and "Retention ref-2021").</summary>
    internal static RetentionPolicy[] CommonLater() =>
    [
        new(SubjectStatus.Client, null, proofOnly: false, RetentionAnchor.RelationshipEnd, Period.Zero, RetentionEndAction.Purge, RuleId.RetentionClient),
        new(SubjectStatus.Client, null, proofOnly: true, RetentionAnchor.ProofDocumentDate, Period.FromYears(10), RetentionEndAction.ArchiveThenPurge, RuleId.RetentionClientProof),
        new(SubjectStatus.Client, null, proofOnly: false, RetentionAnchor.RelationshipEnd, Period.FromYears(3), RetentionEndAction.Purge, RuleId.RetentionClientProspectingThreeYears),
        new(SubjectStatus.Prospect, null, proofOnly: false, RetentionAnchor.LastContactFromPerson, Period.FromYears(3), RetentionEndAction.AskThenPurge, RuleId.RetentionProspectThreeYears),
        new(SubjectStatus.Client, null, proofOnly: false, RetentionAnchor.DebitDate, Period.FromMonths(13), RetentionEndAction.ArchiveThenPurge, RuleId.RetentionCardDispute, field: DataField.BankCardNumber),
        new(null, null, proofOnly: false, RetentionAnchor.Objection, Period.FromYears(3), RetentionEndAction.Purge, RuleId.RetentionObjectionListThreeYears),
    ];

    // Stryker disable all : static initialiser, run once per test process before any mutant is active (README, Mutation testing)
    private static readonly System.Collections.ObjectModel.ReadOnlyCollection<RetentionPolicy> ReadOnlyPolicies2005 = Array.AsReadOnly(Policies2005);
    // Stryker restore all

    internal static RetentionPolicy Find(IReadOnlyList<RetentionPolicy> policies, RuleId rule)
    {
        foreach (var policy in policies)
        {
            if (policy.Rule == rule)
            {
                return policy;
            }
        }

        throw new InvalidOperationException($"No retention policy states {rule.ToId()}.");
    }

    /// <summary>
    /// Compares a controller's policy with the norm's policy for the same status: which way, if any, the controller's
    /// keeps data longer (RULES.md, Retention policies).
    /// </summary>
    /// <remarks>
    /// Anchors are ordered collection ≤ last contact from the person; an anchor that can fall later than the norm's,
    /// or of another kind, keeps data longer. With comparable anchors, a period is longer when
    /// <see cref="Period.CreateComparer(LocalDateTime)"/> ranks it longer at 2024-02-29T00:00 or at 2025-03-31T00:00.
    /// A count limit above the norm's keeps data longer.
    /// </remarks>
    internal RetentionExcess ExcessOver(RetentionPolicy norm)
    {
        if (Period is { } declared && norm.Period is { } limit)
        {
            var comparableAnchors = Anchor == norm.Anchor
                || (Anchor == RetentionAnchor.Collection && norm.Anchor == RetentionAnchor.LastContactFromPerson);
            if (!comparableAnchors)
            {
                return RetentionExcess.LaterAnchor;
            }

            var sign = norm.IsMinimum ? -1 : 1;
            if (sign * Period.CreateComparer(FirstComparisonBase).Compare(declared, limit) > 0
                || sign * Period.CreateComparer(SecondComparisonBase).Compare(declared, limit) > 0)
            {
                return norm.IsMinimum ? RetentionExcess.ShorterPeriod : RetentionExcess.LongerPeriod;
            }
        }

        return MaxUnansweredSolicitations is { } count && norm.MaxUnansweredSolicitations is { } normCount && count > normCount
            ? RetentionExcess.HigherCount
            : RetentionExcess.None;
    }

    // Stryker disable all : static initialiser, run once per test process before any mutant is active (README, Mutation testing)
    private static readonly LocalDateTime FirstComparisonBase = new(2024, 2, 29, 0, 0);
    private static readonly LocalDateTime SecondComparisonBase = new(2025, 3, 31, 0, 0);
    // Stryker restore all

    /// <summary>Describes the policy.</summary>
    /// <returns>Such as <c>prospect, every field: P1Y from LastContactFromPerson, then Purge (NS48-RET-PROSPECT-1Y)</c>.</returns>
    public override string ToString()
    {
        var scope = (Field?.Id ?? Category?.Id ?? "every field") + (ProofOnly ? ", proof" : string.Empty);
        var limit = MaxUnansweredSolicitations is { } max ? $"at most {max} unanswered solicitations" : $"{Period} from {Anchor}";
        var rule = Rule is { } id ? $" ({id.ToId()})" : string.Empty;
        var who = Status switch { SubjectStatus.Client => "client", SubjectStatus.Prospect => "prospect", _ => "any person" };
        var kind = IsMinimum ? "at least " : string.Empty;
        return $"{who}, {scope}: {kind}{limit}, then {Action}{rule}";
    }
}

/// <summary>How a controller's retention policy keeps data longer than the norm's.</summary>
internal enum RetentionExcess
{
    None = 0,
    LaterAnchor = 1,
    LongerPeriod = 2,
    HigherCount = 3,
    ShorterPeriod = 4,
}
