using System;
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
}
