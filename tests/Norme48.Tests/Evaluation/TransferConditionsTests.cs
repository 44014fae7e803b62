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
}
