using Norme48.Evaluation;
using Xunit;

namespace Norme48.Tests.Evaluation;

/// <summary><see cref="TransferConditions"/>: the facts of a cession, rental or exchange, written as its XML docs say.</summary>
public sealed class TransferConditionsTests
{
    [Theory]
    [InlineData(false, false, false, "none")]
    [InlineData(true, true, false, "commitment, consent")]
    [InlineData(false, false, true, "objected")]
    [InlineData(true, false, true, "commitment, objected")]
    [InlineData(true, true, true, "commitment, consent, objected")]
    public void ToString_Facts_NamesThoseThatHoldInOrder(bool commitment, bool consent, bool objected, string expected)
    {
        var conditions = new TransferConditions(commitment, consent, objected);

        Assert.Equal(expected, conditions.ToString());
    }

    // Equals' docs: two conditions are equal "when they state the same facts"; == and != agree with Equals.
    [Fact]
    public void Equality_SameFacts_EqualAndDifferentFacts_NotEqual()
    {
        for (var a = 0; a < 8; a++)
        {
            for (var b = 0; b < 8; b++)
            {
                var left = new TransferConditions((a & 1) != 0, (a & 2) != 0, (a & 4) != 0);
                var right = new TransferConditions((b & 1) != 0, (b & 2) != 0, (b & 4) != 0);
                var same = a == b;

                Assert.Equal(same, left.Equals(right));
                Assert.Equal(same, left.Equals((object)right));
                Assert.Equal(same, left == right);
                Assert.Equal(!same, left != right);
                if (same)
                {
                    Assert.Equal(left.GetHashCode(), right.GetHashCode());
                }
            }
        }
    }

    [Fact]
    public void Equals_OtherType_IsFalse_AndNoneIsDefault()
    {
        Assert.False(TransferConditions.None.Equals((object)"none"));
        Assert.False(TransferConditions.None.Equals(null));
        Assert.True(TransferConditions.None == new TransferConditions());
        Assert.False(TransferConditions.None != default);
    }
}
