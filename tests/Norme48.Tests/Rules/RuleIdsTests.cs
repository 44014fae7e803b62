using System;
using System.Linq;
using Norme48.Rules;
using Xunit;

namespace Norme48.Tests.Rules;

public sealed class RuleIdsTests
{
    // Catalogue order: the ns48-2005 rules, then the ids of later editions in the order of their first row in the edition
    // table of RULES.md (read as the row that introduces them).
    private static readonly string[] LaterIds =
    [
        "NS48-RET-PROSPECT-3Y", "NS48-RET-PROSPECT-RECONTACT", "NS48-RET-CLIENT-PROSPECTING-3Y", "NS48-RET-CARD-TRANSACTION",
        "NS48-RET-CARD-DISPUTE", "NS48-RET-CARD-CVV", "NS48-RET-CARD-CONSENT", "NS48-RET-TRACKER-13M",
        "NS48-RET-OBJECTION-LIST-3Y", "NS48-RET-ACCOUNT-INACTIVE-2Y", "NS48-PROSP-SOFT-OPT-IN", "NS48-PROSP-B2B",
        "NS48-PROSP-PHONE-CONSENT", "NS48-SEC-AUTH", "NS48-SEC-PASSWORDS", "NS48-SEC-TRANSIT", "NS48-SEC-PAYMENT-TRACE",
        "NS48-TRANSFER-ABROAD-BASIS",
    ];

    [Fact]
    public void All_Always_ListsEveryIdInCatalogueOrder()
    {
        var codes = RuleIds.All.Select(id => id.ToId()).ToArray();

        Assert.Equal(Ns2005Spec.RuleIds.Concat(LaterIds), codes);
        Assert.Equal(RuleIds.All.OrderBy(id => id), RuleIds.All);
    }

    [Fact]
    public void Parse_EveryId_RoundTrips()
    {
        var ids = RuleIds.All;

        Assert.All(ids, id => Assert.Equal(id, RuleIds.Parse(id.ToId())));
    }

    [Theory]
    [InlineData("NS48-DATA-nir")]
    [InlineData("")]
    public void Parse_UnknownText_ThrowsFormatException(string text)
    {
        var exception = Assert.Throws<FormatException>(() => RuleIds.Parse(text));

        Assert.Contains($"'{text}'", exception.Message, StringComparison.Ordinal);
    }

    // "ArgumentOutOfRangeException: id is not a defined RuleId."
    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(1_000)]
    public void ToId_UndefinedId_ThrowsNamingId(int value)
    {
        var id = (RuleId)value;

        var exception = Assert.Throws<ArgumentOutOfRangeException>(() => id.ToId());

        Assert.Equal("id", exception.ParamName);
        Assert.Equal(id, exception.ActualValue);
        Assert.StartsWith("Not a defined rule id.", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ToId_FirstAndLastIds_TheirTexts()
    {
        Assert.Equal("NS48-SCOPE-SECTOR", RuleIds.All[0].ToId());
        Assert.Equal("NS48-TRANSFER-ABROAD-BASIS", RuleIds.All[^1].ToId());
    }

    [Fact]
    public void IsDefined_Bounds_OnlyTheCatalogueIds()
    {
        var last = (int)RuleIds.All[^1];

        Assert.False(RuleIds.IsDefined((RuleId)0));
        Assert.True(RuleIds.IsDefined((RuleId)1));
        Assert.True(RuleIds.IsDefined((RuleId)last));
        Assert.False(RuleIds.IsDefined((RuleId)(last + 1)));
        Assert.Equal(RuleIds.All.Count, last);
        Assert.Throws<ArgumentOutOfRangeException>(() => ((RuleId)(last + 1)).ToId());
    }

    [Fact]
    public void TryParse_NullOrUnknown_FalseAndNoId()
    {
        Assert.False(RuleIds.TryParse(null, out var none));
        Assert.Equal(default, none);
        Assert.False(RuleIds.TryParse("NS48-DATA-nir", out _));
        Assert.True(RuleIds.TryParse("NS48-DATA-NIR", out var nir));
        Assert.Equal(RuleId.DataNir, nir);
        Assert.Equal("text", Assert.Throws<ArgumentNullException>(() => RuleIds.Parse(null!)).ParamName);
    }
}
