using System;
using NodaTime;
using Norme48.Decisions;
using Norme48.Retention;
using Norme48.Rules;
using Norme48.Vocabulary;

namespace Norme48.Evaluation;

/// <content>
/// Retention of the records that later editions time on their own clocks: payment cards, trackers, objection lists and
/// online accounts.
/// </content>
public sealed partial class Norme48Evaluator
{
    /// <summary>The dispute archive of a deferred-debit card: 15 months instead of the policy's 13 (RULES.md, "Retention 2016").</summary>
    // Stryker disable all : static initialiser, run once per test process before any mutant is active (README, Mutation testing)
    private static readonly Period DeferredCardDisputePeriod = Period.FromMonths(15);
    // Stryker restore all

    /// <summary>Decides what to do with a payment card's data at an instant (NS48-RET-CARD-*, from <c>ns48-2016</c>).</summary>
    /// <param name="card">The card's transaction, debit and consent facts.</param>
    /// <param name="now">The instant of the decision.</param>
    /// <param name="securityCode">Whether the data are the card security code (never kept after the first transaction).</param>
    /// <param name="sector">The controller's sector; <see cref="Sector.General"/> when <see langword="null"/>.</param>
    /// <returns>
    /// <list type="bullet">
    /// <item>the security code: keep until the first transaction completes, then purge since then (NS48-RET-CARD-CVV);</item>
    /// <item>a card kept for later purchases with the person's consent: keep until it expires (NS48-RET-CARD-CONSENT),
    /// while it has not expired and consent is not withdrawn;</item>
    /// <item>a pending transaction: keep (NS48-RET-CARD-TRANSACTION);</item>
    /// <item>a completed one: archive for disputes until 13 months after the debit date (15 for a deferred-debit
    /// card), then purge since then, or since the end of the consent when later (NS48-RET-CARD-DISPUTE).</item>
    /// </list>
    /// </returns>
    /// <exception cref="InvalidOperationException">The evaluator's edition is <c>ns48-2005</c>, which has no card rules (the card number follows <see cref="DecideRetention(DataField, Subject, Instant, bool, Instant?, Sector?)"/>).</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="now"/> lies outside the accepted range.</exception>
    /// <remarks>
    /// A completion after <paramref name="now"/> is a transaction still pending; a debit after <paramref name="now"/>
    /// (a deferred debit at the end of the month) is a scheduled debit, from which the archive still counts.
    /// </remarks>
    public RetentionDecision DecideCardRetention(PaymentCardFacts card, Instant now, bool securityCode = false, Sector? sector = null)
    {
        EnsureRule(RuleId.RetentionCardDispute, "card retention");
        ParisCalendar.CheckRange(now, nameof(now));
        if (sector is not null && sector.IsOutsideNorm(set))
        {
            return new RetentionDecision(retention.OutOfScope, null, null);
        }

        var completed = card.TransactionCompletedAt is { } at && at <= now ? at : (Instant?)null;
        RetentionDecision decision;
        if (securityCode)
        {
            decision = completed is { } first
                ? new RetentionDecision(retention.CardSecurityCodePurge!, null, first)
                : new RetentionDecision(retention.CardSecurityCodeKeep!, null, null);
            return WithEditionNote(decision, now);
        }

        Instant? consentEnd = null;
        if (card.KeptForLaterPurchases)
        {
            consentEnd = Earliest(card.ExpiresAt, card.ConsentWithdrawnAt);
            if (consentEnd is not { } end || end > now)
            {
                return WithEditionNote(new RetentionDecision(retention.CardConsentKeep!, card.ExpiresAt, null), now);
            }
        }

        if (completed is not { } done)
        {
            return WithEditionNote(new RetentionDecision(retention.CardTransactionKeep!, null, null), now);
        }

        var archiveEnd = ParisCalendar.Add(card.DebitedAt ?? done, card.DeferredDebit ? DeferredCardDisputePeriod : PolicyPeriod(RuleId.RetentionCardDispute));
        if (consentEnd is { } ended && ended > archiveEnd)
        {
            archiveEnd = ended;
        }

        decision = now < archiveEnd
            ? new RetentionDecision(retention.CardDisputeArchive!, archiveEnd, null)
            : new RetentionDecision(retention.CardDisputePurge!, null, archiveEnd);
        return WithEditionNote(decision, now);
    }

    /// <summary>Decides what to do with a tracker and the raw audience data tied to it (NS48-RET-TRACKER-13M, <c>ns48-2016</c> only).</summary>
    /// <param name="setAt">When the tracker was set; later visits do not move it.</param>
    /// <param name="now">The instant of the decision.</param>
    /// <param name="sector">The controller's sector; <see cref="Sector.General"/> when <see langword="null"/>.</param>
    /// <returns>Keep until 13 months after <paramref name="setAt"/>, then purge since then.</returns>
    /// <exception cref="InvalidOperationException">The evaluator's edition has no tracker rule (only <c>ns48-2016</c> has one; the référentiel leaves trackers to separate rules).</exception>
    /// <exception cref="ArgumentOutOfRangeException">An instant lies outside the accepted range.</exception>
    /// <exception cref="ArgumentException"><paramref name="setAt"/> lies after <paramref name="now"/>.</exception>
    public RetentionDecision DecideTrackerRetention(Instant setAt, Instant now, Sector? sector = null) =>
        DecideOnClock(RuleId.RetentionTracker13Months, "tracker retention", setAt, nameof(setAt), now, sector, PolicyPeriod(RuleId.RetentionTracker13Months), retention.TrackerKeep, retention.TrackerPurge);

    /// <summary>Decides how long an objection stays on an objection list (NS48-RET-OBJECTION-LIST-3Y, from <c>ns48-2016</c>): a minimum.</summary>
    /// <param name="objectedAt">When the person objected.</param>
    /// <param name="now">The instant of the decision.</param>
    /// <param name="sector">The controller's sector; <see cref="Sector.General"/> when <see langword="null"/>.</param>
    /// <returns>Keep, until three years after the objection (the minimum), then keep with no end while it serves to honour the objection.</returns>
    /// <exception cref="InvalidOperationException">The evaluator's edition is <c>ns48-2005</c>, which has no objection-list rule.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An instant lies outside the accepted range.</exception>
    /// <exception cref="ArgumentException"><paramref name="objectedAt"/> lies after <paramref name="now"/>.</exception>
    public RetentionDecision DecideObjectionListRetention(Instant objectedAt, Instant now, Sector? sector = null) =>
        DecideOnClock(RuleId.RetentionObjectionListThreeYears, "objection-list retention", objectedAt, nameof(objectedAt), now, sector, PolicyPeriod(RuleId.RetentionObjectionListThreeYears), retention.ObjectionListKeep, retention.ObjectionListKeepBeyond, minimum: true);

    /// <summary>Decides what to do with an online account (NS48-RET-ACCOUNT-INACTIVE-2Y, <c>ref-2021</c> only).</summary>
    /// <param name="lastActivityAt">The account's last activity.</param>
    /// <param name="warnedAt">When the user was warned of the deletion, if they were; a warning before the last activity does not count.</param>
    /// <param name="now">The instant of the decision.</param>
    /// <param name="sector">The controller's sector; <see cref="Sector.General"/> when <see langword="null"/>.</param>
    /// <returns>
    /// Keep until two years after the last activity; then, until the user is warned, ask before purging (warn them);
    /// once warned, purge since the later of the two years and the warning.
    /// </returns>
    /// <exception cref="InvalidOperationException">The evaluator's edition has no account rule (only <c>ref-2021</c> has one).</exception>
    /// <exception cref="ArgumentOutOfRangeException">An instant lies outside the accepted range.</exception>
    /// <exception cref="ArgumentException"><paramref name="lastActivityAt"/> lies after <paramref name="now"/>.</exception>
    public RetentionDecision DecideAccountRetention(Instant lastActivityAt, Instant? warnedAt, Instant now, Sector? sector = null)
    {
        EnsureRule(RuleId.RetentionAccountInactiveTwoYears, "account retention");
        ParisCalendar.CheckRange(lastActivityAt, nameof(lastActivityAt));
        ParisCalendar.CheckRange(warnedAt, nameof(warnedAt));
        ParisCalendar.CheckRange(now, nameof(now));
        if (lastActivityAt > now)
        {
            throw new ArgumentException("lastActivityAt lies after now.", nameof(lastActivityAt));
        }

        if (sector is not null && sector.IsOutsideNorm(set))
        {
            return new RetentionDecision(retention.OutOfScope, null, null);
        }

        var due = ParisCalendar.Add(lastActivityAt, PolicyPeriod(RuleId.RetentionAccountInactiveTwoYears));
        if (now < due)
        {
            return new RetentionDecision(retention.AccountKeep!, due, null);
        }

        return warnedAt is { } warned && warned >= lastActivityAt && warned <= now
            ? new RetentionDecision(retention.AccountPurge!, null, warned > due ? warned : due)
            : new RetentionDecision(retention.AccountWarn!, null, null);
    }

    /// <summary>Refuses a generic retention question that a later edition times on a record's own clock.</summary>
    private void EnsureGeneralRetention(DataField field)
    {
        if (ReferenceEquals(field, DataField.BankCardNumber))
        {
            throw new ArgumentException(
                $"Under {Edition.Id} the bank card number follows NS48-RET-CARD-* on the card's own facts: ask DecideCardRetention.", nameof(field));
        }

        if (ReferenceEquals(field.Category, DataCategory.ConnectionData) && Rulebook.Contains(RuleId.RetentionTracker13Months))
        {
            throw new ArgumentException(
                $"Under {Edition.Id} connection data follow NS48-RET-TRACKER-13M from the tracker's setting: ask DecideTrackerRetention.", nameof(field));
        }
    }

    private void EnsureRule(RuleId rule, string what)
    {
        if (!Rulebook.Contains(rule))
        {
            throw new InvalidOperationException($"Edition {Edition.Id} has no rule {rule.ToId()}: {what} is not decided under it.");
        }
    }

    private RetentionDecision DecideOnClock(
        RuleId rule, string what, Instant anchor, string anchorName, Instant now, Sector? sector, Period period,
        RetentionOutcome? before, RetentionOutcome? after, bool minimum = false)
    {
        EnsureRule(rule, what);
        ParisCalendar.CheckRange(anchor, anchorName);
        ParisCalendar.CheckRange(now, nameof(now));
        if (anchor > now)
        {
            throw new ArgumentException($"{anchorName} lies after now.", anchorName);
        }

        if (sector is not null && sector.IsOutsideNorm(set))
        {
            return new RetentionDecision(retention.OutOfScope, null, null);
        }

        var end = ParisCalendar.Add(anchor, period);
        var decision = now < end
            ? new RetentionDecision(before!, end, null)
            : new RetentionDecision(after!, null, minimum ? null : end);
        return WithEditionNote(decision, now);
    }

    /// <summary>The period of the edition's retention policy for a rule (the rule was checked to exist).</summary>
    private Period PolicyPeriod(RuleId rule) => periodsByRule[(int)rule]!;

    private static Instant? Earliest(Instant? first, Instant? second) =>
        first is { } a ? (second is { } b && b < a ? b : a) : second;
}
