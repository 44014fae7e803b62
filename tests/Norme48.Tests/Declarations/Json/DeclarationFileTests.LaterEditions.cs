using System;
using System.Linq;
using Norme48.Declarations;
using Norme48.Declarations.Json;
using Norme48.Evaluation;
using Norme48.Retention;
using Norme48.Vocabulary;
using Xunit;

namespace Norme48.Tests.Declarations.Json;

/// <summary>The declaration format's additions for ns48-2016 and ref-2021: art. 8 measures, transfer bases, new anchors, analogous products.</summary>
public sealed partial class DeclarationFileTests
{
    [Fact]
    public void Read_Ref2021ShopSample_LoadsTheLaterEditionParts()
    {
        var result = DeclarationFile.Read(SamplePath("ref-2021-shop.json"));

        Assert.Empty(result.Errors);
        Assert.True(result.Succeeded);
        var declaration = result.Declaration;
        Assert.Same(Edition.Ref2021, declaration.Edition);
        Assert.Equal("Exemple Boutique SAS", declaration.Controller.Name);
        Assert.Equal("dpo@example.org", declaration.Controller.Contact);
        var security = declaration.Security;
        Assert.True(security.IndividualAuthentication && security.PasswordsNotInClear && security.EncryptedTransit && security.PaymentAccessTraced);
        Assert.True(declaration.TransfersOutsideEu);
        Assert.Equal(TransferBasis.StandardContractualClauses, declaration.TransferAbroad!.Basis);
        Assert.True(declaration.TransferAbroad.RepetitiveMassiveOrStructural);
        Assert.Equal([false, true, false, false], declaration.Channels.Select(c => c.AnalogousProducts));
        Assert.Equal(
            [RetentionAnchor.RelationshipEnd, RetentionAnchor.ProofDocumentDate, RetentionAnchor.LastContactFromPerson, RetentionAnchor.DebitDate, RetentionAnchor.Objection, RetentionAnchor.LastActivity],
            declaration.RetentionPolicies.Select(p => p.Anchor));
        Assert.Equal([SubjectStatus.Client, SubjectStatus.Client, SubjectStatus.Prospect, SubjectStatus.Client, null, null], declaration.RetentionPolicies.Select(p => p.Status));
    }

    [Fact]
    public void Read_Ref2021ShopSample_CompliantUnderRef2021()
    {
        var declaration = DeclarationFile.Load(SamplePath("ref-2021-shop.json"));

        var report = new ConformityEvaluator(new Norme48Evaluator(Edition.Ref2021)).Evaluate(declaration);

        Assert.True(report.IsCompliant, report.ToText(Norme48.Rules.Language.English));
    }

    [Fact]
    public void Parse_NewPropertiesAbsent_DefaultToFalseAndNoTransferAbroad()
    {
        var declaration = Parsed(Minimal);

        Assert.False(declaration.Security.IndividualAuthentication || declaration.Security.PasswordsNotInClear
            || declaration.Security.EncryptedTransit || declaration.Security.PaymentAccessTraced);
        Assert.Null(declaration.TransferAbroad);
        Assert.False(declaration.TransfersOutsideEu);
    }

    [Theory]
    [InlineData("adequacy-decision", TransferBasis.AdequacyDecision)]
    [InlineData("standard-contractual-clauses", TransferBasis.StandardContractualClauses)]
    [InlineData("binding-corporate-rules", TransferBasis.BindingCorporateRules)]
    [InlineData("cnil-approved-clauses", TransferBasis.CnilApprovedClauses)]
    [InlineData("article-69-exception", TransferBasis.Article69Exception)]
    public void Parse_TransferBasis_ReadsTheEnumMember(string id, TransferBasis basis)
    {
        var json = WithTransferAbroad($"{{ \"basis\": \"{id}\", \"repetitiveMassiveOrStructural\": false }}");

        var declaration = Parsed(json);

        Assert.Equal(basis, declaration.TransferAbroad!.Basis);
        Assert.False(declaration.TransferAbroad.RepetitiveMassiveOrStructural);
        Assert.True(declaration.TransfersOutsideEu);
    }

    [Fact]
    public void Parse_UnknownTransferBasis_ReportedAtTheValueWithTheAcceptedIds()
    {
        var json = WithTransferAbroad("{ \"basis\": \"consent\", \"repetitiveMassiveOrStructural\": false }");

        var error = SingleError(json);

        AssertError(error, DeclarationErrorKind.UnknownId, "$.transferAbroad.basis", Locate(json, "\"consent\""));
        Assert.Contains(
            "Accepted ids: adequacy-decision, standard-contractual-clauses, binding-corporate-rules, cnil-approved-clauses, article-69-exception.",
            error.Message.English,
            StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_TransferAbroadWhileTransfersOutsideEuFalse_IsAContradiction()
    {
        var json = Minimal.Replace(
            "\"recipients\": [],",
            "\"recipients\": [], \"transfersOutsideEu\": false, \"transferAbroad\": { \"basis\": \"adequacy-decision\", \"repetitiveMassiveOrStructural\": false },",
            StringComparison.Ordinal);

        var error = SingleError(json);

        AssertError(error, DeclarationErrorKind.InvalidValue, "$.transfersOutsideEu", Locate(json, "false", after: "\"transfersOutsideEu\""));
        Assert.Contains("set it to true, or remove 'transferAbroad'", error.Message.English, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_TransferAbroadWithoutTheRepetitiveFlag_MissingProperty()
    {
        var json = WithTransferAbroad("{ \"basis\": \"adequacy-decision\" }");

        var error = SingleError(json);

        Assert.Equal((DeclarationErrorKind.MissingProperty, "$.transferAbroad.repetitiveMassiveOrStructural"), (error.Kind, error.Path));
        Assert.Contains("'repetitiveMassiveOrStructural'", error.Message.English, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("collection")]
    [InlineData("relationship-end")]
    [InlineData("debit-date")]
    [InlineData("transaction-completion")]
    public void Parse_PolicyWithoutStatusOfAnAnchorThatNeedsOne_ReportedAtThePolicy(string anchor)
    {
        var json = WithPolicy($"{{ \"anchor\": \"{anchor}\", \"period\": \"P1Y\", \"action\": \"purge\" }}");

        var error = SingleError(json);

        AssertError(error, DeclarationErrorKind.MissingProperty, "$.retentionPolicies[0]", Locate(json, "{ \"anchor\""));
        Assert.Contains($"starts at '{anchor}' states the persons it concerns", error.Message.English, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("tracker-set", RetentionAnchor.TrackerSet)]
    [InlineData("objection", RetentionAnchor.Objection)]
    [InlineData("last-activity", RetentionAnchor.LastActivity)]
    public void Parse_PolicyWithoutStatusOfAStatusFreeAnchor_HasNoStatus(string id, RetentionAnchor anchor)
    {
        var json = WithPolicy($"{{ \"anchor\": \"{id}\", \"period\": \"P2Y\", \"action\": \"purge\" }}");

        var policy = Assert.Single(Parsed(json).RetentionPolicies);

        Assert.Null(policy.Status);
        Assert.Equal(anchor, policy.Anchor);
    }

    [Fact]
    public void Parse_AnalogousProductsOfTheWrongType_ReportedAtTheValue()
    {
        var json = WithChannel("\"analogousProducts\": \"yes\"");

        var error = SingleError(json);

        AssertError(error, DeclarationErrorKind.WrongType, "$.channels[0].analogousProducts", Locate(json, "\"yes\""));
    }

    [Theory]
    [InlineData("\"analogousProducts\": true", true)]
    [InlineData("\"analogousProducts\": false", false)]
    [InlineData("\"analogousProducts\": null", false)]
    public void Parse_AnalogousProducts_ReadOntoTheChannel(string property, bool expected)
    {
        var declaration = Parsed(WithChannel(property));

        Assert.Equal(expected, Assert.Single(declaration.Channels).AnalogousProducts);
    }

    [Fact]
    public void Parse_Art8MeasureOfTheWrongType_ReportedAtTheValue()
    {
        var json = Minimal.Replace("\"securePayment\": false", "\"securePayment\": false, \"passwordsNotInClear\": 1", StringComparison.Ordinal);

        var error = SingleError(json);

        AssertError(error, DeclarationErrorKind.WrongType, "$.security.passwordsNotInClear", Locate(json, "1", after: "\"passwordsNotInClear\""));
    }

    private static ProcessingDeclaration Parsed(string json)
    {
        var result = DeclarationFile.Parse(json, "later.json");
        Assert.True(result.Succeeded, string.Join(Environment.NewLine, result.Errors));
        return result.Declaration;
    }

    private static string WithTransferAbroad(string value) =>
        Minimal.Replace("\"recipients\": [],", $"\"recipients\": [], \"transferAbroad\": {value},", StringComparison.Ordinal);

    private static string WithPolicy(string policy) =>
        Minimal.Replace("\"recipients\": [],", $"\"recipients\": [], \"retentionPolicies\": [{policy}],", StringComparison.Ordinal);

    private static string WithChannel(string property) => Minimal.Replace(
        "\"recipients\": [],",
        $"\"recipients\": [], \"channels\": [{{ \"channel\": \"email\", \"audience\": \"consumer\", \"target\": \"client\", \"consentCollected\": false, \"objectionOfferedAtCollection\": true, {property} }}],",
        StringComparison.Ordinal);
}
