using System;
using Norme48.Vocabulary;
using Xunit;

namespace Norme48.Tests.Vocabulary;

public sealed class SectorTests
{
    // "health, education, banking, insurance are outside the norm; any other sector (general, or a user-supplied
    // kebab-case name) is inside."
    [Theory]
    [InlineData("health", true)]
    [InlineData("banking", true)]
    [InlineData("insurance", true)]
    [InlineData("general", false)]
    [InlineData("retail", false)]
    public void FromName_KnownOrUserName_IsOutsideNs2005ExactlyForTheFourExcludedSectors(string name, bool outside)
    {
        var sector = Sector.FromName(name);

        Assert.Equal(name, sector.Name);
        Assert.Equal(outside, sector.IsOutsideNorm(Edition.Ns2005));
    }

    [Fact]
    public void FromName_NormSectors_ReturnsTheStaticInstances()
    {
        var general = Sector.FromName("general");

        Assert.Same(Sector.General, general);
        Assert.Same(Sector.Health, Sector.FromName("health"));
        Assert.Same(Sector.Education, Sector.FromName("education"));
        Assert.Same(Sector.Banking, Sector.FromName("banking"));
        Assert.Same(Sector.Insurance, Sector.FromName("insurance"));
        Assert.Same(Sector.OnlineGambling, Sector.FromName("online-gambling"));
    }

    // Confirming cannot bring one of the four excluded sectors inside the norm.
    [Theory]
    [InlineData("health")]
    public void FromName_ExcludedSectorConfirmed_StaysOutside(string name)
    {
        var sector = Sector.FromName(name, confirmed: true);

        Assert.True(sector.IsOutsideNorm(Edition.Ns2005));
    }

    // "Sector online-gambling (outside from 2016)."
    [Fact]
    public void OnlineGambling_UnderNs2005_IsInsideTheNorm()
    {
        var outside2005 = Sector.OnlineGambling.IsOutsideNorm(Edition.Ns2005);

        Assert.False(outside2005);
        Assert.True(Sector.OnlineGambling.IsOutsideNorm(Edition.Ns2016));
        Assert.True(Sector.OnlineGambling.IsOutsideNorm(Edition.Ref2021));
    }

    [Theory]
    [InlineData("santé", "health")]
    [InlineData("sante", "health")]
    [InlineData("banque", "banking")]
    [InlineData("helth", "health")]
    [InlineData("insurence", "insurance")]
    [InlineData("retail-banking", "banking")]
    [InlineData("bankruptcy-services", "banking")]
    public void FromName_LookAlikeOfExcludedSector_ThrowsUnlessConfirmed(string name, string looksLike)
    {
        var exception = Assert.Throws<ArgumentException>(() => Sector.FromName(name));
        var confirmed = Sector.FromName(name, confirmed: true);

        Assert.Equal("name", exception.ParamName);
        Assert.Contains($"'{looksLike}'", exception.Message, StringComparison.Ordinal);
        Assert.Equal(looksLike, Sector.FindLookAlike(name)?.Name);
        Assert.Equal(name, confirmed.Name);
        Assert.False(confirmed.IsOutsideNorm(Edition.Ns2005));
    }

    [Theory]
    [InlineData("retail")]
    [InlineData("general")]
    public void FindLookAlike_UnrelatedName_IsNull(string name)
    {
        var lookAlike = Sector.FindLookAlike(name);

        Assert.Null(lookAlike);
    }

    [Theory]
    [InlineData("Retail")]
    [InlineData("retail shop")]
    public void FromName_NotKebabCase_ThrowsNamingName(string name)
    {
        var exception = Assert.Throws<ArgumentException>(() => Sector.FromName(name, confirmed: true));

        Assert.Equal("name", exception.ParamName);
    }

    [Fact]
    public void Equals_Null_IsFalse()
    {
        Assert.False(Sector.General.Equals((Sector?)null));
        Assert.False(Sector.General.Equals((object?)null));
    }

    // Sectors are equal by name: two user sectors of one name are equal, with one hash code.
    [Fact]
    public void Equals_UserSectorsOfOneName_EqualAndOtherNamesNot()
    {
        var retail = Sector.FromName("retail");
        var again = Sector.FromName("retail");

        Assert.NotSame(retail, again);
        Assert.True(retail.Equals(again));
        Assert.True(retail.Equals((object)again));
        Assert.Equal(retail.GetHashCode(), again.GetHashCode());
        Assert.False(retail.Equals(Sector.FromName("travel")));
        Assert.False(retail.Equals(Sector.General));
    }

    // The optimal string alignment distance (Levenshtein plus adjacent transpositions, each substring edited once),
    // capped: any distance above the limit is limit + 1. Textbook values: kitten → sitting 3, ca → ac 1, ca → abc 3 (2
    // for unrestricted Damerau-Levenshtein).
    [Theory]
    [InlineData("", "", 2, 0)]
    [InlineData("a", "", 2, 1)]
    [InlineData("", "ab", 2, 2)]
    [InlineData("health", "health", 2, 0)]
    [InlineData("ca", "ac", 2, 1)]
    [InlineData("abcd", "abdc", 2, 1)]
    [InlineData("insurance", "insurnace", 2, 1)]
    [InlineData("health", "heath", 2, 1)]
    [InlineData("banking", "bonkin", 2, 2)]
    [InlineData("ca", "abc", 3, 3)]
    [InlineData("kitten", "sitting", 3, 3)]
    [InlineData("kitten", "sitting", 2, 3)]
    [InlineData("abcdef", "uvwxyz", 2, 3)]
    [InlineData("abc", "abcdef", 2, 3)]
    [InlineData("abc", "abcde", 2, 2)]
    public void OptimalStringAlignmentDistance_Pairs_TheirCappedDistance(string a, string b, int limit, int expected)
    {
        Assert.Equal(expected, Sector.OptimalStringAlignmentDistance(a, b, limit));
        Assert.Equal(expected, Sector.OptimalStringAlignmentDistance(b, a, limit));
    }

    // A name of a sector outside the norm is that sector, not a look-alike; otherwise the whole name, a known prefix,
    // then each word of a hyphenated name is compared (French names, then within two edits).
    [Theory]
    [InlineData("health", null)]
    [InlineData("online-gambling", null)]
    [InlineData("onlinegambling", "online-gambling")]
    [InlineData("pet-sante", "health")]
    [InlineData("pet-helth", "health")]
    [InlineData("insurtech", "insurance")]
    [InlineData("educ", "education")]
    [InlineData("my-banque", "banking")]
    [InlineData("pet-food", null)]
    public void FindLookAlike_Names_TheSectorTheyLookLike(string name, string? expected)
    {
        Assert.Equal(expected, Sector.FindLookAlike(name)?.Name);
    }

    [Fact]
    public void FromName_LookAlike_MessageNamesBothAndAsksToConfirm()
    {
        var exception = Assert.Throws<ArgumentException>(() => Sector.FromName("helth"));

        Assert.StartsWith(
            "The sector 'helth' looks like 'health', which is outside the norm. Did you mean 'health'? If 'helth' is another sector, confirm it.",
            exception.Message,
            StringComparison.Ordinal);
        Assert.Equal("name", Assert.Throws<ArgumentNullException>(() => Sector.FindLookAlike(null!)).ParamName);
        Assert.Equal("edition", Assert.Throws<ArgumentNullException>(() => Sector.General.IsOutsideNorm(null!)).ParamName);
    }
}
