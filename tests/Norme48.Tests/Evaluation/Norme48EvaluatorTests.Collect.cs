using System;
using Norme48.Vocabulary;
using Xunit;

namespace Norme48.Tests.Evaluation;

public sealed partial class Norme48EvaluatorTests
{
    // NS48-DATA-LISTED: every listed field that is neither connection data nor excluded may be collected for any
    // non-excluded purpose of the norm.
    [Theory]
    [InlineData("internal-client-code", "accounting")]
    [InlineData("bank-card-number", "orders")]
    [InlineData("purchase-history", "commercial-statistics")]
    [InlineData("profession", "website-audience-statistics")]
    public void MayCollect_ListedFieldForNonExcludedPurpose_AllowedUnderDataListed(string field, string purpose)
    {
        var decision = Evaluator.MayCollect(Field(field), Purpose(purpose));

        DecisionAssert.Allowed(decision, "NS48-DATA-LISTED");
        Assert.Empty(decision.Obligations);
    }

    // "NS48-DATA-LISTED … allows a field for every non-excluded purpose, file-transfer included (whether the field may
    // then be transferred is asked with transfer)."
    [Theory]
    [InlineData("last-name")]
    [InlineData("internal-client-code")]
    public void MayCollect_IdentityFieldForFileTransfer_AllowedUnderDataListed(string field)
    {
        var decision = Evaluator.MayCollect(Field(field), ProcessingPurpose.FileTransfer);

        DecisionAssert.Allowed(decision, "NS48-DATA-LISTED");
    }

    [Theory]
    [InlineData("ip-address")]
    [InlineData("page-visited")]
    public void MayCollect_ConnectionFieldForAudienceStatistics_AllowedUnderConnectionStatsOnly(string field)
    {
        var decision = Evaluator.MayCollect(Field(field), ProcessingPurpose.WebsiteAudienceStatistics);

        DecisionAssert.Allowed(decision, "NS48-DATA-CONNECTION-STATS-ONLY");
        Assert.Empty(decision.Obligations);
    }

    [Theory]
    [InlineData("ip-address", "orders")]
    [InlineData("page-visited", "commercial-statistics")]
    public void MayCollect_ConnectionFieldForAnotherPurpose_DeniedUnderConnectionStatsOnly(string field, string purpose)
    {
        var decision = Evaluator.MayCollect(Field(field), Purpose(purpose));

        DecisionAssert.Denied(decision, "NS48-DATA-CONNECTION-STATS-ONLY");
    }

    // A denial cites every rule that denies, in catalogue order.
    [Theory]
    [InlineData("ip-address", "exclusion-from-right")]
    [InlineData("connection-date", "shared-loyalty-programme")]
    public void MayCollect_ConnectionFieldForExcludedUse_CitesExcludedUseThenConnectionStatsOnly(string field, string purpose)
    {
        var decision = Evaluator.MayCollect(Field(field), Purpose(purpose));

        DecisionAssert.Denied(decision, "NS48-SCOPE-EXCLUDED-USE", "NS48-DATA-CONNECTION-STATS-ONLY");
    }

    [Theory]
    [InlineData("last-name", "exclusion-from-right")]
    [InlineData("purchase-history", "shared-loyalty-programme")]
    public void MayCollect_ListedFieldForExcludedUse_DeniedUnderExcludedUse(string field, string purpose)
    {
        var decision = Evaluator.MayCollect(Field(field), Purpose(purpose));

        DecisionAssert.Denied(decision, "NS48-SCOPE-EXCLUDED-USE");
    }

    // NS48-DATA-NIR is cited alone, whatever the purpose, excluded uses included.
    [Fact]
    public void MayCollect_Nir_DeniedUnderDataNirAloneForEveryPurpose()
    {
        foreach (var purpose in Ns2005Spec.PurposeIds)
        {
            var decision = Evaluator.MayCollect(DataField.Nir, Purpose(purpose));

            DecisionAssert.Denied(decision, "NS48-DATA-NIR");
        }
    }

    [Theory]
    [InlineData("health", "last-name", "orders")]
    [InlineData("education", "nir", "contracts")]
    [InlineData("banking", "ip-address", "exclusion-from-right")]
    [InlineData("insurance", "product-purchased", "website-audience-statistics")]
    public void MayCollect_SectorOutsideNorm_CitesScopeSectorAlone(string sector, string field, string purpose)
    {
        var decision = Evaluator.MayCollect(Field(field), Purpose(purpose), Sector.FromName(sector));

        DecisionAssert.Denied(decision, "NS48-SCOPE-SECTOR");
    }

    // Any sector other than health, education, banking and insurance is inside the norm; online gambling only leaves
    // it in ns48-2016.
    [Theory]
    [InlineData(null)]
    [InlineData("online-gambling")]
    public void MayCollect_SectorInsideNorm_DecidesOnTheFieldAndPurpose(string? sector)
    {
        var listed = Evaluator.MayCollect(DataField.LastName, ProcessingPurpose.Orders, SectorNamed(sector));
        var connection = Evaluator.MayCollect(DataField.IpAddress, ProcessingPurpose.Orders, SectorNamed(sector));

        DecisionAssert.Allowed(listed, "NS48-DATA-LISTED");
        DecisionAssert.Denied(connection, "NS48-DATA-CONNECTION-STATS-ONLY");
    }

    [Theory]
    [InlineData("contests", "ns48-2016", "ref-2021")]
    [InlineData("opposition-list-update", "ns48-2016", null)]
    [InlineData("general-accounting", null, "ref-2021")]
    public void MayCollect_PurposeOfLaterEdition_ThrowsNamingTheEditionsThatHaveIt(string purpose, string? first, string? second)
    {
        var exception = Assert.Throws<ArgumentException>(() => Evaluator.MayCollect(DataField.LastName, Purpose(purpose)));

        Assert.Equal("purpose", exception.ParamName);
        Assert.Contains(purpose, exception.Message, StringComparison.Ordinal);
        Assert.Equal(first is not null, exception.Message.Contains("ns48-2016", StringComparison.Ordinal));
        Assert.Equal(second is not null, exception.Message.Contains("ref-2021", StringComparison.Ordinal));
    }

    // "A custom field is a field of its category": it is decided exactly as a built-in field of the category.
    [Theory]
    [InlineData("identity", null, "orders", true, "NS48-DATA-LISTED")]
    [InlineData("commercial-relationship", true, "commercial-statistics", true, "NS48-DATA-LISTED")]
    [InlineData("invoice-settlement", null, "accounting", true, "NS48-DATA-LISTED")]
    [InlineData("connection-data", null, "website-audience-statistics", true, "NS48-DATA-CONNECTION-STATS-ONLY")]
    [InlineData("connection-data", null, "orders", false, "NS48-DATA-CONNECTION-STATS-ONLY")]
    [InlineData("connection-data", null, "exclusion-from-right", false, "NS48-SCOPE-EXCLUDED-USE", "NS48-DATA-CONNECTION-STATS-ONLY")]
    [InlineData("situation", null, "shared-loyalty-programme", false, "NS48-SCOPE-EXCLUDED-USE")]
    [InlineData("excluded", null, "contracts", false, "NS48-DATA-NIR")]
    [InlineData("excluded", null, "exclusion-from-right", false, "NS48-DATA-NIR")]
    public void MayCollect_CustomField_DecidedAsItsCategory(
        string category, bool? sensitive, string purpose, bool allowed, params string[] rules)
    {
        var custom = DataField.Custom("declared-field", Category(category), sensitive);
        var builtIn = ReferenceEquals(custom.Category, DataCategory.Excluded) ? DataField.Nir : FirstBuiltInOf(custom.Category);

        var decision = Evaluator.MayCollect(custom, Purpose(purpose));
        var builtInDecision = Evaluator.MayCollect(builtIn, Purpose(purpose));

        if (allowed)
        {
            DecisionAssert.Allowed(decision, Assert.Single(rules));
        }
        else
        {
            DecisionAssert.Denied(decision, rules);
        }

        Assert.Equal(builtInDecision.Verdict, decision.Verdict);
        Assert.Equal(builtInDecision.Rules, decision.Rules);
    }
}
