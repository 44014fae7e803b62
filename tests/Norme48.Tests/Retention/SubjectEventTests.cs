using NodaTime;
using Norme48.Retention;
using Xunit;

namespace Norme48.Tests.Retention;

/// <summary><see cref="SubjectEvent"/>: the type and the instant, written as its XML docs say.</summary>
public sealed class SubjectEventTests
{
    [Fact]
    public void ToString_Order_AsDocumented()
    {
        var order = new SubjectEvent(SubjectEventType.Order, Instant.FromUtc(2025, 1, 1, 10, 0));

        Assert.Equal("Order at 2025-01-01T10:00:00Z", order.ToString());
    }
}
