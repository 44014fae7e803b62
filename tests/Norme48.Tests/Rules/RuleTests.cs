using Norme48.Rules;
using Norme48.Vocabulary;
using Xunit;

namespace Norme48.Tests.Rules;

/// <summary><see cref="Rule"/>: the one-line description, "the rule id, strength and source".</summary>
public sealed class RuleTests
{
    // RULES.md: NS48-DATA-NIR is mandatory under ns48-2005, NS48-RET-PROSPECT-1Y recommended.
    [Fact]
    public void ToString_MandatoryAndRecommendedRules_IdStrengthAndSource()
    {
        var rulebook = Rulebook.For(Edition.Ns2005);
        var nir = rulebook[RuleId.DataNir];
        var prospect = rulebook[RuleId.RetentionProspectOneYear];

        Assert.Equal("NS48-DATA-NIR (mandatory, NS-48 (2005), Données exclues)", nir.ToString());
        Assert.Equal($"NS48-RET-PROSPECT-1Y (recommended, {prospect.Source})", prospect.ToString());
    }
}
