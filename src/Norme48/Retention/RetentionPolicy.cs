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
    private static readonly RetentionPolicy[] Policies2005 =
    [
        new(SubjectStatus.Client, null, proofOnly: false, RetentionAnchor.RelationshipEnd, Period.Zero, RetentionEndAction.Purge, RuleId.RetentionClient),
        new(SubjectStatus.Client, null, proofOnly: true, RetentionAnchor.ProofDocumentDate, Period.FromYears(10), RetentionEndAction.ArchiveThenPurge, RuleId.RetentionClientProof),
        new(SubjectStatus.Prospect, null, proofOnly: false, RetentionAnchor.LastContactFromPerson, Period.FromYears(1), RetentionEndAction.Purge, RuleId.RetentionProspectOneYear),
        new(SubjectStatus.Prospect, null, proofOnly: false, RetentionAnchor.LastContactFromPerson, null, RetentionEndAction.Purge, RuleId.RetentionProspectTwoUnanswered, maxUnansweredSolicitations: 2),
    ];

    /// <summary>Initializes a new instance of the <see cref="RetentionPolicy"/> class.</summary>
    /// <param name="status">The subjects the policy applies to.</param>
    /// <param name="category">The category of fields it applies to; <see langword="null"/> for every field.</param>
    /// <param name="proofOnly">Whether it applies only to fields kept as proof of a right or a contract.</param>
    /// <param name="anchor">What starts the clock.</param>
    /// <param name="period">The period that runs from the anchor, in the Europe/Paris calendar; <see langword="null"/> for a policy that only limits a count.</param>
    /// <param name="action">What happens when the period ends.</param>
    /// <param name="rule">The rule the policy states.</param>
    /// <param name="maxUnansweredSolicitations">A limit on successive unanswered solicitations, when the policy sets one.</param>
    /// <exception cref="ArgumentOutOfRangeException">An enum argument is not defined, or <paramref name="maxUnansweredSolicitations"/> is negative.</exception>
    /// <exception cref="ArgumentException">Neither a period nor a count limit is given.</exception>
    public RetentionPolicy(
        SubjectStatus status,
        DataCategory? category,
        bool proofOnly,
        RetentionAnchor anchor,
        Period? period,
        RetentionEndAction action,
        RuleId rule,
        int? maxUnansweredSolicitations = null)
    {
        if (status is not (SubjectStatus.Client or SubjectStatus.Prospect))
        {
            throw new ArgumentOutOfRangeException(nameof(status), status, "Not a defined subject status.");
        }

        if (anchor is < RetentionAnchor.Collection or > RetentionAnchor.ProofDocumentDate)
        {
            throw new ArgumentOutOfRangeException(nameof(anchor), anchor, "Not a defined retention anchor.");
        }

        if (action is < RetentionEndAction.Purge or > RetentionEndAction.AskThenPurge)
        {
            throw new ArgumentOutOfRangeException(nameof(action), action, "Not a defined retention end action.");
        }

        if (!RuleIds.IsDefined(rule))
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

        Status = status;
        Category = category;
        ProofOnly = proofOnly;
        Anchor = anchor;
        Period = period;
        Action = action;
        Rule = rule;
        MaxUnansweredSolicitations = maxUnansweredSolicitations;
    }

    /// <summary>Gets the subjects the policy applies to.</summary>
    public SubjectStatus Status { get; }

    /// <summary>Gets the category of fields the policy applies to, or <see langword="null"/> for every field.</summary>
    public DataCategory? Category { get; }

    /// <summary>Gets a value indicating whether the policy applies only to fields kept as proof.</summary>
    public bool ProofOnly { get; }

    /// <summary>Gets what starts the clock.</summary>
    public RetentionAnchor Anchor { get; }

    /// <summary>Gets the period that runs from the anchor, or <see langword="null"/> for a count-only policy.</summary>
    public Period? Period { get; }

    /// <summary>Gets what happens when the period ends.</summary>
    public RetentionEndAction Action { get; }

    /// <summary>Gets the rule the policy states.</summary>
    public RuleId Rule { get; }

    /// <summary>Gets the limit on successive unanswered solicitations, when the policy sets one.</summary>
    public int? MaxUnansweredSolicitations { get; }

    /// <summary>Gets the norm's retention policies under an edition.</summary>
    /// <param name="edition">The edition.</param>
    /// <returns>The policies, in catalogue order of their rules.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="edition"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">This version of the library does not implement <paramref name="edition"/> yet.</exception>
    public static IReadOnlyList<RetentionPolicy> ForEdition(Edition edition) =>
        ReferenceEquals(Rulebook.For(edition).Edition, Edition.Ns2005) ? Policies2005 : [];

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

    /// <summary>Describes the policy.</summary>
    /// <returns>Such as <c>prospect, every field: P1Y from LastContactFromPerson, then Purge (NS48-RET-PROSPECT-1Y)</c>.</returns>
    public override string ToString()
    {
        var scope = (Category?.Id ?? "every field") + (ProofOnly ? ", proof" : string.Empty);
        var limit = MaxUnansweredSolicitations is { } max ? $"at most {max} unanswered solicitations" : $"{Period} from {Anchor}";
        return $"{(Status == SubjectStatus.Client ? "client" : "prospect")}, {scope}: {limit}, then {Action} ({Rule.ToId()})";
    }
}
