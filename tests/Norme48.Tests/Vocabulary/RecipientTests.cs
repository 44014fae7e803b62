using System;
using System.Linq;
using Norme48.Vocabulary;
using Xunit;

namespace Norme48.Tests.Vocabulary;

public sealed class RecipientTests
{
    [Fact]
    public void Listed_Always_AreTheRecipientsOfRulesMdInItsOrder()
    {
        var ids = Recipient.Listed.Select(r => r.Id).ToArray();

        Assert.Equal(Ns2005Spec.ListedRecipientIds, ids);
        Assert.All(Recipient.Listed, r => Assert.True(r.IsListed));
    }

    [Fact]
    public void Parse_EveryListedId_RoundTripsWithTheKindOfRulesMd()
    {
        var access = new[] { "commercial-staff", "administrative-staff", "line-managers", "control-services", "contracted-companies" };
        var disclosure = new[] { "public-bodies", "justice-auxiliaries", "debt-collectors" };

        Assert.All(Ns2005Spec.ListedRecipientIds, id =>
        {
            var recipient = Recipient.Parse(id);
            var kind = access.Contains(id) ? RecipientKind.Access : disclosure.Contains(id) ? RecipientKind.Disclosure : RecipientKind.Transfer;
            Assert.Equal(id, recipient.Id);
            Assert.Equal(kind, recipient.Kind);
            Assert.Same(recipient, Recipient.Parse(recipient.ToString()));
            Assert.Matches(DataFieldTests.KebabCase(), recipient.Id);
        });
    }

    [Fact]
    public void Parse_UnknownId_ThrowsFormatExceptionListingAcceptedIds()
    {
        var exception = Assert.Throws<FormatException>(() => Recipient.Parse("ad-network"));

        Assert.All(Ns2005Spec.ListedRecipientIds, id => Assert.Contains(id, exception.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void Unlisted_EveryListedId_ThrowsNamingId()
    {
        var ids = Ns2005Spec.ListedRecipientIds;

        Assert.All(ids, id => Assert.Equal("id", Assert.Throws<ArgumentException>(() => Recipient.Unlisted(id)).ParamName));
    }

    [Fact]
    public void Unlisted_OtherId_IsNotListed()
    {
        var recipient = Recipient.Unlisted("ad-network");

        Assert.False(recipient.IsListed);
        Assert.Equal(RecipientKind.Unlisted, recipient.Kind);
        Assert.Equal("ad-network", recipient.Id);
    }

    [Theory]
    [InlineData("Debt-Agency")]
    [InlineData("debt--agency")]
    [InlineData("")]
    public void Unlisted_NotKebabCase_ThrowsNamingId(string id)
    {
        var exception = Assert.Throws<ArgumentException>(() => Recipient.Unlisted(id));

        Assert.Equal("id", exception.ParamName);
        Assert.StartsWith($"A recipient id must be kebab-case (^[a-z0-9]+(-[a-z0-9]+)*$); '{id}' is not.", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TryParse_Null_FalseAndNoRecipient()
    {
        Assert.False(Recipient.TryParse(null, out var recipient));
        Assert.Null(recipient);
    }

    // Unlisted recipients are equal by id; listed ones are the static instances.
    [Fact]
    public void Equals_UnlistedOfOneId_EqualWithTheSameHash()
    {
        var agency = Recipient.Unlisted("debt-agency");

        Assert.True(agency.Equals(Recipient.Unlisted("debt-agency")));
        Assert.True(agency.Equals((object)Recipient.Unlisted("debt-agency")));
        Assert.Equal(agency.GetHashCode(), Recipient.Unlisted("debt-agency").GetHashCode());
        Assert.False(agency.Equals(Recipient.Unlisted("debt-agencies")));
        Assert.False(agency.Equals((Recipient?)null));
        Assert.False(agency.Equals(Recipient.DebtCollectors));
        Assert.False(Recipient.DebtCollectors.Equals(Recipient.JusticeAuxiliaries));
        Assert.True(Recipient.DebtCollectors.Equals(Recipient.Parse("debt-collectors")));
        Assert.False(agency.IsListed);
        Assert.True(Recipient.DebtCollectors.IsListed);
    }
}
