using System;
using NodaTime;

namespace Norme48.Retention;

/// <summary>
/// What the retention rules of payment-card data read (NS48-RET-CARD-*, from <c>ns48-2016</c>): when the transaction
/// completed, when the account was debited, whether the card is a deferred-debit card, and whether the person consented
/// to keeping the card for later purchases.
/// </summary>
public readonly struct PaymentCardFacts : IEquatable<PaymentCardFacts>
{
    /// <summary>Initializes a new instance of the <see cref="PaymentCardFacts"/> struct.</summary>
    /// <param name="transactionCompletedAt">When the (first) transaction completed; <see langword="null"/> while it has not.</param>
    /// <param name="debitedAt">The debit date of the payment; the completion is used when it is not given.</param>
    /// <param name="deferredDebit">Whether the card is a deferred-debit card (15 months of dispute archive instead of 13).</param>
    /// <param name="keptForLaterPurchases">Whether the person expressly consented to keeping the card for later purchases.</param>
    /// <param name="expiresAt">When the card expires (ends a consent to keep it).</param>
    /// <param name="consentWithdrawnAt">When the person withdrew that consent, if they did.</param>
    /// <exception cref="ArgumentOutOfRangeException">An instant lies outside 0001-01-01T00:00:00Z … 9989-12-31T23:59:59Z.</exception>
    /// <exception cref="ArgumentException"><paramref name="debitedAt"/> is given without <paramref name="transactionCompletedAt"/>.</exception>
    public PaymentCardFacts(
        Instant? transactionCompletedAt = null,
        Instant? debitedAt = null,
        bool deferredDebit = false,
        bool keptForLaterPurchases = false,
        Instant? expiresAt = null,
        Instant? consentWithdrawnAt = null)
    {
        ParisCalendar.CheckRange(transactionCompletedAt, nameof(transactionCompletedAt));
        ParisCalendar.CheckRange(debitedAt, nameof(debitedAt));
        ParisCalendar.CheckRange(expiresAt, nameof(expiresAt));
        ParisCalendar.CheckRange(consentWithdrawnAt, nameof(consentWithdrawnAt));
        if (debitedAt is not null && transactionCompletedAt is null)
        {
            throw new ArgumentException("A debit date belongs to a completed transaction: give transactionCompletedAt too.", nameof(debitedAt));
        }

        TransactionCompletedAt = transactionCompletedAt;
        DebitedAt = debitedAt;
        DeferredDebit = deferredDebit;
        KeptForLaterPurchases = keptForLaterPurchases;
        ExpiresAt = expiresAt;
        ConsentWithdrawnAt = consentWithdrawnAt;
    }

    /// <summary>Gets when the (first) transaction completed, or <see langword="null"/> while it has not.</summary>
    public Instant? TransactionCompletedAt { get; }

    /// <summary>Gets the debit date of the payment, when known.</summary>
    public Instant? DebitedAt { get; }

    /// <summary>Gets a value indicating whether the card is a deferred-debit card.</summary>
    public bool DeferredDebit { get; }

    /// <summary>Gets a value indicating whether the person expressly consented to keeping the card for later purchases.</summary>
    public bool KeptForLaterPurchases { get; }

    /// <summary>Gets when the card expires, when known.</summary>
    public Instant? ExpiresAt { get; }

    /// <summary>Gets when the person withdrew their consent to keeping the card, if they did.</summary>
    public Instant? ConsentWithdrawnAt { get; }

    /// <summary>Compares two sets of facts.</summary>
    /// <param name="left">The first facts.</param>
    /// <param name="right">The second facts.</param>
    /// <returns><see langword="true"/> when they are equal.</returns>
    public static bool operator ==(PaymentCardFacts left, PaymentCardFacts right) => left.Equals(right);

    /// <summary>Compares two sets of facts.</summary>
    /// <param name="left">The first facts.</param>
    /// <param name="right">The second facts.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(PaymentCardFacts left, PaymentCardFacts right) => !left.Equals(right);

    /// <inheritdoc/>
    public bool Equals(PaymentCardFacts other) =>
        TransactionCompletedAt == other.TransactionCompletedAt && DebitedAt == other.DebitedAt && DeferredDebit == other.DeferredDebit
        && KeptForLaterPurchases == other.KeptForLaterPurchases && ExpiresAt == other.ExpiresAt && ConsentWithdrawnAt == other.ConsentWithdrawnAt;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is PaymentCardFacts other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() =>
        HashCode.Combine(TransactionCompletedAt, DebitedAt, DeferredDebit, KeptForLaterPurchases, ExpiresAt, ConsentWithdrawnAt);

    /// <summary>Returns the facts as text.</summary>
    /// <returns>Such as <c>completed 2024-01-05T10:00:00Z, deferred debit</c>.</returns>
    public override string ToString() =>
        (TransactionCompletedAt is { } done ? $"completed {done}" : "transaction pending")
        + (DebitedAt is { } debit ? $", debited {debit}" : string.Empty)
        + (DeferredDebit ? ", deferred debit" : string.Empty)
        + (KeptForLaterPurchases ? ", kept with consent" : string.Empty)
        + (ExpiresAt is { } expiry ? $", expires {expiry}" : string.Empty)
        + (ConsentWithdrawnAt is { } withdrawn ? $", consent withdrawn {withdrawn}" : string.Empty);
}
