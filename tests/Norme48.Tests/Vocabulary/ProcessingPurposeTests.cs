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

    // RULES.md, "New vocabulary": the 2016 purposes (opposition-list-update in 2016 only), ref-2021's additions; the 2005
    // purposes carry over. NS48-SCOPE-EXCLUDED-USE's row: shared-loyalty-programme excluded in 2005 only.
    [Theory]
    [InlineData("contracts", "ns48-2005 ns48-2016 ref-2021")]
    [InlineData("contests", "ns48-2016 ref-2021")]
    [InlineData("opposition-list-update", "ns48-2016")]
    [InlineData("general-accounting", "ref-2021")]
    [InlineData("fraud-detection", "ref-2021")]
    public void GetEditions_Purposes_TheEditionsRulesMdNames(string id, string editions)
    {
        var purpose = ProcessingPurpose.Parse(id);

        Assert.Equal(editions, string.Join(' ', purpose.GetEditions().Select(e => e.Id)));
        Assert.All(Edition.All, edition => Assert.Equal(editions.Contains(edition.Id, StringComparison.Ordinal), purpose.IsDefinedIn(edition)));
    }

    [Fact]
    public void IsExcludedUseIn_LaterEditions_AsTheExcludedUseRowOfRulesMd()
    {
        Assert.Equal(
            ["exclusion-from-right"],
            ProcessingPurpose.All.Where(p => p.IsExcludedUseIn(Edition.Ns2016)).Select(p => p.Id).ToArray());
        Assert.Equal(
            ["exclusion-from-right", "fraud-detection", "third-party-profiling"],
            ProcessingPurpose.All.Where(p => p.IsExcludedUseIn(Edition.Ref2021)).Select(p => p.Id).ToArray());
        Assert.Equal("edition", Assert.Throws<ArgumentNullException>(() => ProcessingPurpose.Contracts.IsDefinedIn(null!)).ParamName);
        Assert.Equal("edition", Assert.Throws<ArgumentNullException>(() => ProcessingPurpose.Contracts.IsExcludedUseIn(null!)).ParamName);
    }
}
