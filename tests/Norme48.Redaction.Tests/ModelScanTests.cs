using Norme48.Testing;
using Norme48.Vocabulary;
using Xunit;

namespace Norme48.Redaction.Tests;

/// <summary>The parameterless attributes that the logging generator reads are the ones the model scan reads.</summary>
public sealed class ModelScanTests
{
    [Fact]
    public void Scan_LoggedCustomer_ReadsTheDerivedAttributesAndReportsOnlyTheNir()
    {
        var result = ModelScan.Scan([typeof(Customer)]);

        var finding = Assert.Single(result.Findings);
        Assert.Equal(ModelScanFindingKind.ExcludedField, finding.Kind);
        Assert.Equal(nameof(Customer.SocialSecurityNumber), finding.MemberName);
        Assert.Same(DataField.Nir, finding.Field);
    }
}
