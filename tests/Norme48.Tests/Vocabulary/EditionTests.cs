using System;
using System.Linq;
using Norme48.Vocabulary;
using Xunit;

namespace Norme48.Tests.Vocabulary;

/// <summary><see cref="Edition"/>: parsing its ids, with the accepted ids listed on failure.</summary>
public sealed class EditionTests
{
    // "FormatException: id is not an edition id; the message lists the accepted ids."
    [Fact]
    public void Parse_UnknownId_ThrowsFormatExceptionListingAcceptedIds()
    {
        var exception = Assert.Throws<FormatException>(() => Edition.Parse("ns48-2012"));

        Assert.Equal("'ns48-2012' is not a known edition id. Accepted ids: ns48-2005, ns48-2016, ref-2021.", exception.Message);
    }

    [Fact]
    public void Parse_EveryId_ReturnsTheStaticInstance()
    {
        Assert.All(Edition.All, edition => Assert.Same(edition, Edition.Parse(edition.Id)));
    }

    // "2016-09-14 for ns48-2016 (Délibération n° 2016-264)"; the other editions have no amendment.
    [Fact]
    public void AmendedFrom_Ns2016Only_TheDateOfTheAmendment()
    {
        Assert.Equal(new NodaTime.LocalDate(2016, 9, 14), Edition.Ns2016.AmendedFrom);
        Assert.Null(Edition.Ns2005.AmendedFrom);
        Assert.Null(Edition.Ref2021.AmendedFrom);
    }

    [Fact]
    public void Equals_ByReference_AndTheIdAsText()
    {
        Assert.True(Edition.Ns2016.Equals(Edition.Parse("ns48-2016")));
        Assert.True(Edition.Ns2016.Equals((object)Edition.Parse("ns48-2016")));
        Assert.False(Edition.Ns2016.Equals(Edition.Ref2021));
        Assert.False(Edition.Ns2016.Equals((object?)null));
        Assert.Equal(3, Edition.All.Select(e => e.GetHashCode()).Distinct().Count());
        Assert.Equal("ref-2021", Edition.Ref2021.ToString());
        Assert.False(Edition.TryParse(null, out var none));
        Assert.Null(none);
    }
}
