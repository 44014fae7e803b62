using System;
using System.Collections.Generic;
using NodaTime;
using Norme48.Retention;
using Xunit;

namespace Norme48.Tests.Retention;

/// <summary><see cref="PaymentCardFacts"/>: the facts as text, written as its XML docs say; the checks; equality.</summary>
public sealed class PaymentCardFactsTests
{
    [Fact]
    public void ToString_CompletedDeferred_AsDocumented()
    {
        var card = new PaymentCardFacts(transactionCompletedAt: Instant.FromUtc(2024, 1, 5, 10, 0), deferredDebit: true);

        Assert.Equal("completed 2024-01-05T10:00:00Z, deferred debit", card.ToString());
    }

    [Fact]
    public void ToString_Pending_SaysSo()
    {
        Assert.Equal("transaction pending", new PaymentCardFacts().ToString());
    }

    [Fact]
    public void ToString_EveryFact_NamesEach()
    {
        var card = new PaymentCardFacts(
            Instant.FromUtc(2024, 1, 5, 10, 0),
            Instant.FromUtc(2024, 1, 7, 23, 0),
            deferredDebit: false,
            keptForLaterPurchases: true,
            expiresAt: Instant.FromUtc(2027, 1, 31, 23, 0),
            consentWithdrawnAt: Instant.FromUtc(2025, 2, 1, 9, 0));

        Assert.Equal(
            "completed 2024-01-05T10:00:00Z, debited 2024-01-07T23:00:00Z, kept with consent, expires 2027-01-31T23:00:00Z, consent withdrawn 2025-02-01T09:00:00Z",
            card.ToString());
    }

    // "debitedAt is given without transactionCompletedAt": ArgumentException naming debitedAt.
    [Fact]
    public void Constructor_DebitWithoutCompletion_ThrowsNamingDebitedAt()
    {
        var exception = Assert.Throws<ArgumentException>(() => new PaymentCardFacts(debitedAt: Instant.FromUtc(2024, 1, 7, 23, 0)));

        Assert.Equal("debitedAt", exception.ParamName);
        Assert.StartsWith("A debit date belongs to a completed transaction", exception.Message, StringComparison.Ordinal);
    }

    // "An instant lies outside 0001-01-01T00:00:00Z … 9989-12-31T23:59:59Z": each instant is checked, the bounds included.
    [Theory]
    [InlineData("transactionCompletedAt")]
    [InlineData("debitedAt")]
    [InlineData("expiresAt")]
    [InlineData("consentWithdrawnAt")]
    public void Constructor_InstantOutsideTheRange_ThrowsNamingIt(string paramName)
    {
        var completed = Instant.FromUtc(2024, 1, 5, 10, 0);
        foreach (var outside in new[] { ParisCalendar.MinInstant - Duration.Epsilon, ParisCalendar.MaxInstant + Duration.Epsilon })
        {
            var exception = Assert.Throws<ArgumentOutOfRangeException>(() => Facts(paramName, outside, completed));

            Assert.Equal(paramName, exception.ParamName);
            Assert.Equal(outside, exception.ActualValue);
            Assert.StartsWith("Instants must lie between 0001-01-01T00:00:00Z and 9989-12-31T23:59:59Z.", exception.Message, StringComparison.Ordinal);
        }

        Assert.Null(Record.Exception(() => Facts(paramName, ParisCalendar.MinInstant, ParisCalendar.MinInstant)));
        Assert.Null(Record.Exception(() => Facts(paramName, ParisCalendar.MaxInstant, completed)));
    }

    private static PaymentCardFacts Facts(string paramName, Instant at, Instant completed) => paramName switch
    {
        "transactionCompletedAt" => new PaymentCardFacts(transactionCompletedAt: at),
        "debitedAt" => new PaymentCardFacts(completed, debitedAt: at),
        "expiresAt" => new PaymentCardFacts(expiresAt: at),
        _ => new PaymentCardFacts(consentWithdrawnAt: at),
    };

    [Fact]
    public void Equals_SameFacts_EqualWithTheSameHash()
    {
        var left = Every();
        var right = Every();

        Assert.True(left.Equals(right));
        Assert.True(left.Equals((object)right));
        Assert.True(left == right);
        Assert.False(left != right);
        Assert.Equal(left.GetHashCode(), right.GetHashCode());
    }

    // Equal only when every fact is equal: each variant differs from Every() by one fact.
    [Fact]
    public void Equals_OneFactDiffers_NotEqual()
    {
        var every = Every();
        var variants = new Dictionary<string, PaymentCardFacts>
        {
            ["completed"] = new(Instant.FromUtc(2024, 1, 6, 10, 0), every.DebitedAt, every.DeferredDebit, every.KeptForLaterPurchases, every.ExpiresAt, every.ConsentWithdrawnAt),
            ["debited"] = new(every.TransactionCompletedAt, Instant.FromUtc(2024, 1, 8, 23, 0), every.DeferredDebit, every.KeptForLaterPurchases, every.ExpiresAt, every.ConsentWithdrawnAt),
            ["deferred"] = new(every.TransactionCompletedAt, every.DebitedAt, !every.DeferredDebit, every.KeptForLaterPurchases, every.ExpiresAt, every.ConsentWithdrawnAt),
            ["kept"] = new(every.TransactionCompletedAt, every.DebitedAt, every.DeferredDebit, !every.KeptForLaterPurchases, every.ExpiresAt, every.ConsentWithdrawnAt),
            ["expires"] = new(every.TransactionCompletedAt, every.DebitedAt, every.DeferredDebit, every.KeptForLaterPurchases, null, every.ConsentWithdrawnAt),
            ["withdrawn"] = new(every.TransactionCompletedAt, every.DebitedAt, every.DeferredDebit, every.KeptForLaterPurchases, every.ExpiresAt, null),
        };

        Assert.All(variants, variant =>
        {
            Assert.False(every.Equals(variant.Value), variant.Key);
            Assert.False(every.Equals((object)variant.Value), variant.Key);
            Assert.False(every == variant.Value, variant.Key);
            Assert.True(every != variant.Value, variant.Key);
        });
        Assert.False(every.Equals("completed"));
    }

    private static PaymentCardFacts Every() => new(
        Instant.FromUtc(2024, 1, 5, 10, 0),
        Instant.FromUtc(2024, 1, 7, 23, 0),
        deferredDebit: true,
        keptForLaterPurchases: true,
        expiresAt: Instant.FromUtc(2027, 1, 31, 23, 0),
        consentWithdrawnAt: Instant.FromUtc(2025, 2, 1, 9, 0));
}
