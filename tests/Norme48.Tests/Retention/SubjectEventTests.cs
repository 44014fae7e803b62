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

    [Fact]
    public void Equality_SameTypeAndInstant_EqualOtherwiseNot()
    {
        var at = Instant.FromUtc(2025, 1, 1, 10, 0);
        var order = new SubjectEvent(SubjectEventType.Order, at);
        var same = new SubjectEvent(SubjectEventType.Order, at);
        var otherType = new SubjectEvent(SubjectEventType.Reply, at);
        var otherInstant = new SubjectEvent(SubjectEventType.Order, at + Duration.Epsilon);

        Assert.True(order.Equals(same));
        Assert.True(order == same);
        Assert.False(order != same);
        Assert.Equal(order.GetHashCode(), same.GetHashCode());
        Assert.True(order.Equals((object)same));
        foreach (var other in new[] { otherType, otherInstant })
        {
            Assert.False(order.Equals(other));
            Assert.False(order == other);
            Assert.True(order != other);
            Assert.False(order.Equals((object)other));
        }

        Assert.False(order.Equals("Order"));
    }
}
