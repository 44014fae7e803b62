using NodaTime;
using Norme48.Retention;
using Xunit;

namespace Norme48.Tests.Retention;

/// <summary><see cref="PaymentCardFacts"/>: the facts as text, written as its XML docs say.</summary>
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
}
