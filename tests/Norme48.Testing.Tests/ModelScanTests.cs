using System;
using System.Linq;
using Norme48.Annotations;
using Norme48.Evaluation;
using Norme48.Vocabulary;
using Xunit;

namespace Norme48.Testing.Tests;

public sealed class ModelScanTests
{
    private const StringComparison Ordinal = StringComparison.Ordinal;

    [Fact]
    public void Scan_ClassifiedAndOrdinaryMembers_IsClean()
    {
        var result = ModelScan.Scan([typeof(Customer)]);

        Assert.True(result.IsClean);
        Assert.Empty(result.Findings);
        Assert.Equal([typeof(Customer)], result.ScannedTypes);
    }

    [Fact]
    public void Scan_MemberClassifiedAsTheNir_ReportsAnExcludedField()
    {
        var result = ModelScan.Scan([typeof(CustomerWithNir)]);

        var finding = Assert.Single(result.Findings);
        Assert.Equal(ModelScanFindingKind.ExcludedField, finding.Kind);
        Assert.Equal(typeof(CustomerWithNir), finding.Type);
        Assert.Equal(nameof(CustomerWithNir.SocialSecurityNumber), finding.MemberName);
        Assert.Same(DataField.Nir, finding.Field);
        Assert.StartsWith("holds an excluded field, nir (excluded): NS48-DATA-NIR [mandatory; ", finding.Message, Ordinal);
        Assert.Contains("Remove the member", finding.Message, Ordinal);
    }

    [Fact]
    public void Scan_MemberClassifiedAsACustomExcludedField_ReportsAnExcludedField()
    {
        var result = ModelScan.Scan([typeof(CustomerWithCustomExcluded)]);

        var finding = Assert.Single(result.Findings);
        Assert.Equal(ModelScanFindingKind.ExcludedField, finding.Kind);
        Assert.Equal("social-file-number", finding.Field!.Id);
        Assert.Contains("NS48-DATA-NIR", finding.Message, Ordinal);
    }

    [Fact]
    public void Scan_ExcludedFieldWithADeclaration_ReportsOnlyTheExcludedField()
    {
        var declaration = Declarations.Of(DataField.LastName);

        var result = ModelScan.Scan([typeof(CustomerWithNir)], declaration);

        Assert.Equal(ModelScanFindingKind.ExcludedField, Assert.Single(result.Findings).Kind);
    }

    [Fact]
    public void Scan_PersonalNameWithoutAttribute_ReportsItUnclassifiedWithSuggestions()
    {
        var result = ModelScan.Scan([typeof(CustomerWithUnclassified)]);

        Assert.Equal(["MobilePhone", "Email"], result.Findings.Select(f => f.MemberName));
        Assert.All(result.Findings, f => Assert.Equal(ModelScanFindingKind.Unclassified, f.Kind));
        Assert.All(result.Findings, f => Assert.Null(f.Field));
        var phone = result.Findings[0];
        Assert.Equal("mobile", phone.MatchedWord);
        Assert.StartsWith("is named like personal data (the word \"mobile\") but carries no [Ns48Field] attribute.", phone.Message, Ordinal);
        Assert.Contains("[Ns48Field(\"mobile-phone\")]", phone.Message, Ordinal);
        Assert.Contains("[NotPersonalData(", phone.Message, Ordinal);
        var email = result.Findings[1];
        Assert.Equal("email", email.MatchedWord);
        Assert.Contains("[Ns48Field(\"email-address\")]", email.Message, Ordinal);
    }

    [Fact]
    public void Scan_UnclassifiedNameOfTheNir_SaysToRemoveIt()
    {
        var result = ModelScan.Scan([typeof(CustomerWithSsn)]);

        var finding = Assert.Single(result.Findings);
        Assert.Equal(ModelScanFindingKind.Unclassified, finding.Kind);
        Assert.Equal("ssn", finding.MatchedWord);
        Assert.Contains("If it holds the NIR (social-security number), remove it: NS48-DATA-NIR", finding.Message, Ordinal);
        Assert.DoesNotContain("[Ns48Field(\"nir\")]", finding.Message, Ordinal);
    }

    [Fact]
    public void Scan_OrdinaryNames_ReportNothing()
    {
        var result = ModelScan.Scan([typeof(AuditRecord)]);

        Assert.True(result.IsClean);
    }

    [Fact]
    public void Scan_NotPersonalData_SilencesAMemberNamedLikePersonalData()
    {
        var marked = ModelScan.Scan([typeof(OrderWithMarkedCode)]);
        var unmarked = ModelScan.Scan([typeof(OrderWithUnmarkedCode)]);

        Assert.True(marked.IsClean);
        var finding = Assert.Single(unmarked.Findings);
        Assert.Equal(ModelScanFindingKind.Unclassified, finding.Kind);
        Assert.Equal("code", finding.MatchedWord);
    }

    [Fact]
    public void Scan_NotPersonalDataOnAClassifiedMember_TheClassificationWins()
    {
        var result = ModelScan.Scan([typeof(ContradictoryCustomer)], Declarations.Of(DataField.LastName));

        var finding = Assert.Single(result.Findings);
        Assert.Equal(ModelScanFindingKind.NotDeclared, finding.Kind);
        Assert.Same(DataField.EmailAddress, finding.Field);
    }

    [Fact]
    public void Scan_WithADeclaration_ReportsTheClassifiedFieldsItDoesNotList()
    {
        var declaration = Declarations.Of(DataField.LastName, DataField.EmailAddress);

        var result = ModelScan.Scan([typeof(Customer)], declaration);

        var finding = Assert.Single(result.Findings);
        Assert.Equal(ModelScanFindingKind.NotDeclared, finding.Kind);
        Assert.Equal(nameof(Customer.LoyaltyTier), finding.MemberName);
        Assert.Equal(DataField.Custom("loyalty-tier", DataCategory.CommercialRelationship), finding.Field);
        Assert.Equal(
            "holds loyalty-tier (custom, commercial-relationship), which the declaration of Fictitious Shop SARL does not list: declare it with the purposes it serves, "
            + "new DeclaredField(DataField.Custom(\"loyalty-tier\", DataCategory.CommercialRelationship), [ … ]), or remove the member from the model.",
            finding.Message);
        Assert.Same(declaration, result.Declaration);
    }

    [Fact]
    public void Scan_WithADeclarationOfEveryField_IsClean()
    {
        var declaration = Declarations.Of(DataField.LastName, DataField.EmailAddress, DataField.Custom("loyalty-tier", DataCategory.CommercialRelationship));

        var result = ModelScan.Scan([typeof(Customer)], declaration);

        Assert.True(result.IsClean);
    }

    [Fact]
    public void Scan_UndeclaredBuiltInField_NamesItAsCSharpDoes()
    {
        var result = ModelScan.Scan([typeof(Customer)], Declarations.Of(DataField.LastName, DataField.Custom("loyalty-tier", DataCategory.CommercialRelationship)));

        var finding = Assert.Single(result.Findings);
        Assert.Equal(nameof(Customer.Email), finding.MemberName);
        Assert.Contains("new DeclaredField(DataField.EmailAddress, [ … ])", finding.Message, Ordinal);
    }

    [Fact]
    public void Scan_CustomFieldDeclaredWithAnotherSensitivity_ReportsTheDifference()
    {
        var declaration = Declarations.Of(DataField.Custom("magazine-subscriptions", DataCategory.CommercialRelationship, mayRevealSensitiveData: false));

        var result = ModelScan.Scan([typeof(Subscriber)], declaration);

        var finding = Assert.Single(result.Findings);
        Assert.Equal(ModelScanFindingKind.NotDeclared, finding.Kind);
        Assert.Contains(
            "holds magazine-subscriptions (custom, commercial-relationship, may reveal sensitive data), which the declaration of Fictitious Shop SARL declares as magazine-subscriptions (custom, commercial-relationship)",
            finding.Message,
            Ordinal);
    }

    [Fact]
    public void Scan_WithoutADeclaration_NeverReportsUndeclaredFields()
    {
        var result = ModelScan.Scan([typeof(Customer), typeof(Subscriber)]);

        Assert.True(result.IsClean);
        Assert.Null(result.Declaration);
    }

    [Fact]
    public void Scan_PublicFieldsAndInheritedMembers_AreScanned()
    {
        var declaration = Declarations.Of(DataField.LastName);

        var result = ModelScan.Scan([typeof(DerivedCustomer)], declaration);

        Assert.Equal(
            [(ModelScanFindingKind.NotDeclared, "Email"), (ModelScanFindingKind.NotDeclared, "LastIpAddress"), (ModelScanFindingKind.Unclassified, "Fax")],
            result.Findings.Select(f => (f.Kind, f.MemberName)));
        Assert.All(result.Findings, f => Assert.Equal(typeof(DerivedCustomer), f.Type));
    }

    [Fact]
    public void Scan_StaticMembersAndIndexers_AreNotScanned()
    {
        var result = ModelScan.Scan([typeof(WithStaticAndIndexer)]);

        Assert.True(result.IsClean);
    }

    [Fact]
    public void Scan_RecordWithTheAttributeOnItsParameter_SaysToTargetTheProperty()
    {
        var result = ModelScan.Scan([typeof(ContactRecord)]);

        var finding = Assert.Single(result.Findings);
        Assert.Equal(ModelScanFindingKind.Unclassified, finding.Kind);
        Assert.Contains("[property: Ns48Field(…)]", finding.Message, Ordinal);
    }

    [Fact]
    public void Scan_TypeGivenTwice_IsScannedOnce()
    {
        var result = ModelScan.Scan([typeof(CustomerWithNir), typeof(CustomerWithNir)]);

        Assert.Single(result.ScannedTypes);
        Assert.Single(result.Findings);
    }

    [Fact]
    public void Scan_MisspeltAttribute_ThrowsNamingTheTypeAndTheMember()
    {
        var exception = Assert.Throws<ArgumentException>(() => ModelScan.Scan([typeof(Misspelt)]));

        Assert.Equal("entityTypes", exception.ParamName);
        Assert.StartsWith("ModelScanTests.Misspelt.Email: ", exception.Message, Ordinal);
        Assert.Contains("emial-address", exception.Message, Ordinal);
        Assert.IsType<ArgumentException>(exception.InnerException);
    }

    [Fact]
    public void Scan_NullTypeAmongTheTypes_ThrowsNamingTheParameter()
    {
        var exception = Assert.Throws<ArgumentException>(() => ModelScan.Scan([typeof(Customer), null!]));

        Assert.Equal("entityTypes", exception.ParamName);
    }

    [Fact]
    public void Scan_Assembly_ScansItsPublicTypesWithAnAnnotatedMember()
    {
        var result = ModelScan.Scan(typeof(ModelScanTests).Assembly);

        Assert.Contains(typeof(PublicModel.AnnotatedEntity), result.ScannedTypes);
        Assert.DoesNotContain(typeof(PublicModel.UnannotatedEntity), result.ScannedTypes);
        Assert.DoesNotContain(typeof(Customer), result.ScannedTypes);
        Assert.Equal(result.ScannedTypes.OrderBy(t => t.FullName, StringComparer.Ordinal), result.ScannedTypes);
        Assert.Contains(result.Findings, f => f.Type == typeof(PublicModel.AnnotatedEntity) && f.MemberName == nameof(PublicModel.AnnotatedEntity.Phone));
    }

    [Fact]
    public void ToString_Findings_NumbersThemWithKindTypeMemberAndMessage()
    {
        var result = ModelScan.Scan([typeof(CustomerWithNir), typeof(CustomerWithSsn)], Declarations.Of(DataField.LastName));

        var lines = result.ToString().Split(Environment.NewLine);

        Assert.Equal(
            "Model scan of 2 types (ModelScanTests.CustomerWithNir, ModelScanTests.CustomerWithSsn) against the declaration of Fictitious Shop SARL: 2 findings.",
            lines[0]);
        Assert.Equal("1. excluded field — ModelScanTests.CustomerWithNir.SocialSecurityNumber", lines[2]);
        Assert.Equal("   " + result.Findings[0].Message, lines[3]);
        Assert.Equal("2. unclassified — ModelScanTests.CustomerWithSsn.Ssn", lines[5]);
    }

    [Fact]
    public void ToString_CleanScanWithoutDeclaration_SaysSoOnOneLine()
    {
        var result = ModelScan.Scan([typeof(Customer)]);

        var report = result.ToString();

        Assert.Equal("Model scan of 1 type (ModelScanTests.Customer), without a declaration (declared fields not checked): clean, no finding.", report);
    }

    [Fact]
    public void AssertClean_CleanModel_ReturnsTheResult()
    {
        var declaration = Declarations.Of(DataField.LastName, DataField.EmailAddress, DataField.Custom("loyalty-tier", DataCategory.CommercialRelationship));

        var result = ModelScan.AssertClean([typeof(Customer)], declaration);

        Assert.True(result.IsClean);
    }

    [Fact]
    public void AssertClean_Findings_ThrowsTheReport()
    {
        var exception = Assert.Throws<Norme48AssertionException>(() => ModelScan.AssertClean([typeof(CustomerWithNir)]));

        var scan = ModelScan.Scan([typeof(CustomerWithNir)]);
        Assert.Equal("ModelScan.AssertClean failed." + Environment.NewLine + scan, exception.Message);
        Assert.Contains("NS48-DATA-NIR", exception.Message, Ordinal);
        Assert.Single(exception.ScanResult!.Findings);
    }

    [Fact]
    public void AssertClean_NoType_ThrowsSinceNothingWasChecked()
    {
        var exception = Assert.Throws<Norme48AssertionException>(() => ModelScan.AssertClean(Array.Empty<Type>()));

        Assert.Contains("no type was scanned, so nothing was checked", exception.Message, Ordinal);
    }

    [Fact]
    public void AssertClean_AssemblyWithoutAnnotatedType_ThrowsSinceNothingWasChecked()
    {
        var exception = Assert.Throws<Norme48AssertionException>(() => ModelScan.AssertClean(typeof(Norme48Evaluator).Assembly));

        Assert.Contains("No public type of Norme48 has a member marked [Ns48Field]", exception.Message, Ordinal);
        Assert.Empty(exception.ScanResult!.ScannedTypes);
    }

    /// <summary>Public so that the assembly scan finds it.</summary>
    public static class PublicModel
    {
        public sealed class AnnotatedEntity
        {
            [Ns48Field("last-name")]
            public string LastName { get; set; } = "Exemple";

            public string? Phone { get; set; }
        }

        public sealed class UnannotatedEntity
        {
            public string? Email { get; set; }
        }
    }

    private sealed class Customer
    {
        public int Id { get; set; }

        [Ns48Field("last-name")]
        public string LastName { get; set; } = "Exemple";

        [Ns48Field("email-address")]
        public string Email { get; set; } = "jeanne.exemple@example.org";

        [Ns48Field("loyalty-tier", "commercial-relationship")]
        public string LoyaltyTier { get; set; } = "silver";

        public bool IsActive { get; set; }
    }

    private sealed class CustomerWithNir
    {
        [Ns48Field("last-name")]
        public string LastName { get; set; } = "Exemple";

        [Ns48Field("nir")]
        public string? SocialSecurityNumber { get; set; }
    }

    private sealed class CustomerWithCustomExcluded
    {
        [Ns48Field("social-file-number", "excluded")]
        public string? SocialFile { get; set; }
    }

    private sealed class CustomerWithUnclassified
    {
        [Ns48Field("last-name")]
        public string LastName { get; set; } = "Exemple";

        public string? MobilePhone { get; set; }

        public string? Email { get; set; }
    }

    private sealed class CustomerWithSsn
    {
        public string? Ssn { get; set; }
    }

    private sealed class AuditRecord
    {
        public int Id { get; set; }

        public string CreatedBy { get; set; } = "system";

        public bool IsActive { get; set; }

        public int Version { get; set; }

        public long RowVersion { get; set; }
    }

    private sealed class OrderWithMarkedCode
    {
        [NotPersonalData("the warehouse that ships the order")]
        public string WarehouseCode { get; set; } = "WH-01";
    }

    private sealed class OrderWithUnmarkedCode
    {
        public string WarehouseCode { get; set; } = "WH-01";
    }

    private sealed class ContradictoryCustomer
    {
        [Ns48Field("email-address")]
        [NotPersonalData]
        public string Email { get; set; } = "jeanne.exemple@example.org";
    }

    private sealed class Subscriber
    {
        [Ns48Field("magazine-subscriptions", "commercial-relationship", MayRevealSensitiveData = true)]
        public string[] Magazines { get; set; } = [];
    }

    private class BaseCustomer
    {
        [Ns48Field("last-name")]
        public string LastName { get; set; } = "Exemple";

        [Ns48Field("email-address")]
        public string Email { get; set; } = "jeanne.exemple@example.org";
    }

    private sealed class DerivedCustomer : BaseCustomer
    {
        [Ns48Field("ip-address")]
        public string? LastIpAddress = "192.0.2.1";

        public string? Fax = "+33 1 00 00 00 00";
    }

    private sealed class WithStaticAndIndexer
    {
        public static string DefaultEmail { get; set; } = "noreply@shop.example";

        public string this[int phone] => phone.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    private sealed record ContactRecord([Ns48Field("email-address")] string Email);

    private sealed class Misspelt
    {
        [Ns48Field("emial-address")]
        public string Email { get; set; } = string.Empty;
    }
}
