using System;
using System.Linq;
using Norme48.Vocabulary;
using Xunit;

namespace Norme48.Tests.Vocabulary;

public sealed class ProcessingPurposeTests
{
    [Fact]
    public void All_DefinedInNs2005_AreTheFourteenPurposesOfRulesMd()
    {
        var ids = ProcessingPurpose.All.Where(p => p.IsDefinedIn(Edition.Ns2005)).Select(p => p.Id).ToArray();

        Assert.Equal(Ns2005Spec.PurposeIds, ids);
    }

    [Fact]
    public void IsExcludedUseIn_Ns2005_HoldsForTheTwoExcludedPurposesOnly()
    {
        var excluded = ProcessingPurpose.All
            .Where(p => p.IsDefinedIn(Edition.Ns2005) && p.IsExcludedUseIn(Edition.Ns2005))
            .Select(p => p.Id)
            .ToArray();

        Assert.Equal(Ns2005Spec.ExcludedPurposeIds, excluded);
    }

    // "shared-loyalty-programme stops being excluded in 2012"
    [Fact]
    public void IsExcludedUseIn_SharedLoyaltyProgrammeUnderNs2016_IsFalse()
    {
        var excluded = ProcessingPurpose.SharedLoyaltyProgramme.IsExcludedUseIn(Edition.Ns2016);

        Assert.False(excluded);
        Assert.True(ProcessingPurpose.ExclusionFromRight.IsExcludedUseIn(Edition.Ns2016));
    }

    [Fact]
    public void Parse_EveryId_RoundTripsAsKebabCase()
    {
        var purposes = ProcessingPurpose.All;

        Assert.All(purposes, p =>
        {
            Assert.Matches(DataFieldTests.KebabCase(), p.Id);
            Assert.Same(p, ProcessingPurpose.Parse(p.Id));
        });
    }

    [Fact]
    public void Parse_UnknownId_ThrowsFormatExceptionListingAcceptedIds()
    {
        var exception = Assert.Throws<FormatException>(() => ProcessingPurpose.Parse("profiling"));

        Assert.All(Ns2005Spec.PurposeIds, id => Assert.Contains(id, exception.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void TryParse_Null_FalseAndNoPurpose()
    {
        Assert.False(ProcessingPurpose.TryParse(null, out var purpose));
        Assert.Null(purpose);
    }
}
