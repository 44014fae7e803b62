using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using Json.Schema;
using Norme48.Declarations.Json;
using Norme48.Evaluation;
using Norme48.Prospecting;
using Norme48.Retention;
using Norme48.Vocabulary;
using Xunit;

namespace Norme48.Tests.Declarations.Json;

public sealed partial class DeclarationFileTests
{
    private static readonly Lazy<JsonSchema> DeclarationSchema = new(() => JsonSchema.FromText(DeclarationFile.Schema));

    private static JsonElement SchemaRoot => JsonDocument.Parse(DeclarationFile.Schema).RootElement;

    [Fact]
    public void Schema_Always_IsAValidDraft202012Schema()
    {
        var schema = JsonDocument.Parse(DeclarationFile.Schema).RootElement;

        var result = MetaSchemas.Draft202012.Evaluate(schema, new EvaluationOptions { OutputFormat = OutputFormat.List });

        Assert.True(result.IsValid, Describe(result));
        Assert.Equal("https://json-schema.org/draft/2020-12/schema", schema.GetProperty("$schema").GetString());
    }

    [Theory]
    [InlineData("small-shop.json")]
    [InlineData("non-compliant-shop.json")]
    [InlineData("ref-2021-shop.json")]
    public void Schema_SampleDeclaration_IsValid(string sample)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(SamplePath(sample)));

        var result = DeclarationSchema.Value.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });

        Assert.True(result.IsValid, Describe(result));
    }

    public static TheoryData<string, string, bool> SchemaAndReaderCases() => new()
    {
        { "the minimal declaration", Minimal, true },
        { "null optional properties", Minimal.Replace("\"recipients\": [],", "\"recipients\": [], \"sector\": null, \"forms\": null, \"fileTransfer\": null,", StringComparison.Ordinal), true },
        { "a long period", PolicyWithPeriod("P1Y2M3W4DT5H6M7.5S"), true },
        { "a custom field", Minimal.Replace("\"last-name\"", "{ \"id\": \"tier\", \"category\": \"commercial-relationship\", \"sensitive\": true }", StringComparison.Ordinal), true },
        { "an unlisted recipient", Minimal.Replace("\"recipients\": []", "\"recipients\": [{ \"recipient\": { \"id\": \"ad-network\" } }]", StringComparison.Ordinal), true },
        { "an unknown property", Minimal.Replace("\"recipients\": [],", "\"recipients\": [], \"recipient\": [],", StringComparison.Ordinal), false },
        { "an unknown nested property", Minimal.Replace("\"securePayment\": false", "\"securePayment\": false, \"https\": true", StringComparison.Ordinal), false },
        { "a wrong type", Minimal.Replace("\"dataProtection\": true", "\"dataProtection\": \"true\"", StringComparison.Ordinal), false },
        { "a missing required property", Minimal.Replace("\"contact\": \"privacy@example.org\"", "\"contact\": null", StringComparison.Ordinal), false },
        { "a blank name", Minimal.Replace("\"name\": \"Shop\"", "\"name\": \" \"", StringComparison.Ordinal), false },
        { "an unknown field", Minimal.Replace("\"last-name\"", "\"surname\"", StringComparison.Ordinal), false },
        { "an unknown purpose", Minimal.Replace(RootPurposes, "\"purposes\": [\"marketing\"],", StringComparison.Ordinal), false },
        { "an unknown recipient", Minimal.Replace("\"recipients\": []", "\"recipients\": [{ \"recipient\": \"ad-network\" }]", StringComparison.Ordinal), false },
        { "a listed recipient as an object", Minimal.Replace("\"recipients\": []", "\"recipients\": [{ \"recipient\": { \"id\": \"public-bodies\" } }]", StringComparison.Ordinal), false },
        { "a built-in field as a custom one", Minimal.Replace("\"last-name\"", "{ \"id\": \"last-name\", \"category\": \"identity\" }", StringComparison.Ordinal), false },
        { "sensitive on an identity field", Minimal.Replace("\"purposes\": [\"orders\"] }", "\"purposes\": [\"orders\"], \"sensitive\": false }", StringComparison.Ordinal), false },
        { "sensitive on a custom identity field", Minimal.Replace("\"last-name\"", "{ \"id\": \"tier\", \"category\": \"identity\", \"sensitive\": false }", StringComparison.Ordinal), false },
        { "a policy with neither period nor count", PolicyWithPeriod("P1Y").Replace("\"period\": \"P1Y\"", "\"period\": null", StringComparison.Ordinal), false },
        { "a negative period", PolicyWithPeriod("P-1Y"), false },
        { "a period ending with T", PolicyWithPeriod("P1DT"), false },
        { "a sector in capitals", Minimal.Replace("\"recipients\": [],", "\"recipients\": [], \"sector\": \"Retail\",", StringComparison.Ordinal), false },
        { "an unknown edition", Minimal.Replace("\"recipients\": [],", "\"recipients\": [], \"edition\": \"ns48-2021\",", StringComparison.Ordinal), false },
        { "a policy of a status-free anchor without status", Policy("{ \"anchor\": \"objection\", \"period\": \"P3Y\", \"action\": \"purge\" }"), true },
        { "a policy of the debit date", Policy("{ \"status\": \"client\", \"field\": \"bank-card-number\", \"anchor\": \"debit-date\", \"period\": \"P13M\", \"action\": \"archive-then-purge\" }"), true },
        { "a policy of an ordinary anchor without status", Policy("{ \"anchor\": \"collection\", \"period\": \"P1Y\", \"action\": \"purge\" }"), false },
        { "a policy of the debit date without status", Policy("{ \"anchor\": \"debit-date\", \"period\": \"P13M\", \"action\": \"purge\" }"), false },
        { "the art. 8 measures", Minimal.Replace("\"securePayment\": false", "\"securePayment\": false, \"individualAuthentication\": true, \"passwordsNotInClear\": true, \"encryptedTransit\": null, \"paymentAccessTraced\": false", StringComparison.Ordinal), true },
        { "an art. 8 measure as a string", Minimal.Replace("\"securePayment\": false", "\"securePayment\": false, \"encryptedTransit\": \"yes\"", StringComparison.Ordinal), false },
        { "transfers abroad with a basis", Minimal.Replace("\"recipients\": [],", "\"recipients\": [], \"transfersOutsideEu\": true, \"transferAbroad\": { \"basis\": \"binding-corporate-rules\", \"repetitiveMassiveOrStructural\": true },", StringComparison.Ordinal), true },
        { "transfers abroad without a basis", Minimal.Replace("\"recipients\": [],", "\"recipients\": [], \"transferAbroad\": { \"basis\": null, \"repetitiveMassiveOrStructural\": false },", StringComparison.Ordinal), true },
        { "an unknown transfer basis", Minimal.Replace("\"recipients\": [],", "\"recipients\": [], \"transferAbroad\": { \"basis\": \"consent\", \"repetitiveMassiveOrStructural\": false },", StringComparison.Ordinal), false },
        { "transfers abroad without the repetitive flag", Minimal.Replace("\"recipients\": [],", "\"recipients\": [], \"transferAbroad\": { \"basis\": \"adequacy-decision\" },", StringComparison.Ordinal), false },
        { "analogous products on a channel", Channel("true"), true },
        { "analogous products as a number", Channel("1"), false },
        { "a negative count", Minimal.Replace("\"recipients\": [],", "\"recipients\": [], \"retentionPolicies\": [{ \"status\": \"client\", \"anchor\": \"collection\", \"action\": \"purge\", \"maxUnansweredSolicitations\": -1 }],", StringComparison.Ordinal), false },
    };

    [Theory]
    [MemberData(nameof(SchemaAndReaderCases))]
    public void Schema_AndReader_AgreeOnWhatJsonSchemaCanExpress(string description, string json, bool valid)
    {
        using var document = JsonDocument.Parse(json);

        var bySchema = DeclarationSchema.Value.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        var byReader = DeclarationFile.Parse(json, "case.json");

        Assert.True(valid == bySchema.IsValid, $"{description}: schema says {bySchema.IsValid}. {Describe(bySchema)}");
        Assert.True(valid == byReader.Succeeded, $"{description}: reader says {byReader.Succeeded}. {string.Join("; ", byReader.Errors)}");
    }

    [Fact]
    public void Schema_Enums_AreTheLibrarysVocabularies()
    {
        var defs = SchemaRoot.GetProperty("$defs");

        Assert.Equal(DataField.BuiltIn.Select(f => f.Id), Enum(defs, "builtInFieldId"));
        Assert.Equal(DataCategory.CommercialRelationship.Fields.Select(f => f.Id), Enum(defs, "commercialRelationshipFieldId"));
        Assert.Equal(DataCategory.All.Select(c => c.Id), Enum(defs, "categoryId"));
        Assert.Equal(Recipient.Listed.Select(r => r.Id), Enum(defs, "listedRecipientId"));
        Assert.Equal(Edition.All.Select(e => e.Id), Enum(defs, "editionId"));
        Assert.Equal(ProcessingPurpose.All.Select(p => p.Id), Enum(defs, "purposeId"));
        Assert.Equal(
            Edition.All.SelectMany(e => ProcessingPurpose.All.Where(p => p.IsDefinedIn(e))).Distinct().Select(p => p.Id).Order(StringComparer.Ordinal),
            Enum(defs, "purposeId").Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Schema_Enums_AreTheReadersClosedVocabularies()
    {
        var defs = SchemaRoot.GetProperty("$defs");

        Assert.Equal(DeclarationVocabulary.SharingBases, Enum(defs, "sharingBasis"));
        Assert.Equal(DeclarationVocabulary.TransferModes, Enum(defs, "transferMode"));
        Assert.Equal(DeclarationVocabulary.SubjectStatuses, Enum(defs, "subjectStatus"));
        Assert.Equal(DeclarationVocabulary.RetentionAnchors, Enum(defs, "retentionAnchor"));
        Assert.Equal(["tracker-set", "objection", "last-activity"], Enum(defs, "statusFreeAnchor"));
        Assert.Equal(DeclarationVocabulary.TransferBases, Enum(defs, "transferBasis"));
        Assert.Equal(DeclarationVocabulary.RetentionEndActions, Enum(defs, "retentionEndAction"));
        Assert.Equal(DeclarationVocabulary.ProspectingChannels, Enum(defs, "prospectingChannel"));
        Assert.Equal(DeclarationVocabulary.Audiences, Enum(defs, "audience"));
        Assert.Equal(DeclarationVocabulary.NoticeItems, Enum(defs, "noticeItem"));
        Assert.Equal(DeclarationVocabulary.ConsentCheckboxes, Enum(defs, "consentCheckbox"));
        Assert.Equal(DeclarationVocabulary.PeriodPattern, defs.GetProperty("period").GetProperty("pattern").GetString());
        Assert.Equal(DeclarationVocabulary.KebabCasePattern, defs.GetProperty("kebabCaseId").GetProperty("pattern").GetString());
        Assert.Equal(DeclarationVocabulary.SectorPattern, SchemaRoot.GetProperty("properties").GetProperty("sector").GetProperty("pattern").GetString());
    }

    [Fact]
    public void DeclarationVocabulary_Ids_NameTheEnumMembersInTheirOrder()
    {
        Assert.Equal(DeclarationVocabulary.SharingBases, KebabNames<SharingBasis>());
        Assert.Equal(DeclarationVocabulary.TransferModes, KebabNames<TransferMode>());
        Assert.Equal(DeclarationVocabulary.SubjectStatuses, KebabNames<SubjectStatus>());
        Assert.Equal(DeclarationVocabulary.RetentionAnchors, KebabNames<RetentionAnchor>());
        Assert.Equal(DeclarationVocabulary.TransferBases, KebabNames<Norme48.Declarations.TransferBasis>());
        Assert.Equal(DeclarationVocabulary.RetentionEndActions, KebabNames<RetentionEndAction>());
        Assert.Equal(DeclarationVocabulary.ProspectingChannels, KebabNames<ProspectingChannel>());
        Assert.Equal(DeclarationVocabulary.Audiences, KebabNames<Audience>());
        Assert.Equal(DeclarationVocabulary.ConsentCheckboxes, KebabNames<ConsentCheckbox>());
        Assert.Equal(DeclarationVocabulary.NoticeItems, KebabNames<NoticeItem>());
        Assert.Equal(VocabularyIds.SubjectEventTypes, KebabNames<SubjectEventType>());
    }

    [Fact]
    public void Schema_Objects_HaveThePropertiesTheReaderAccepts()
    {
        var root = SchemaRoot;

        AssertObjectAgrees(root, root, DeclarationShape.Root, "$");
    }

    /// <summary>
    /// Checks that an object of the schema has exactly the shape's properties, in the same order, the same required
    /// ones, no others, and for each property the JSON types of the shape (with null for an optional one); then
    /// recurses into nested objects and arrays of objects.
    /// </summary>
    private static void AssertObjectAgrees(JsonElement root, JsonElement objectSchema, ObjectShape shape, string path)
    {
        Assert.True(objectSchema.TryGetProperty("additionalProperties", out var additional) && additional.ValueKind == JsonValueKind.False, $"{path}: additionalProperties must be false");
        var properties = objectSchema.GetProperty("properties");
        Assert.Equal(shape.Properties.Select(p => p.Name), properties.EnumerateObject().Select(p => p.Name));
        Assert.Equal(shape.Properties.Where(p => p.Required).Select(p => p.Name), objectSchema.GetProperty("required").EnumerateArray().Select(e => e.GetString()));
        foreach (var property in shape.Properties)
        {
            var schema = properties.GetProperty(property.Name);
            var expected = property.Value.Kind switch
            {
                ShapeKind.String => new[] { "string" },
                ShapeKind.Boolean => ["boolean"],
                ShapeKind.Integer => ["integer"],
                ShapeKind.Array => ["array"],
                ShapeKind.Object => ["object"],
                _ => ["object", "string"],
            };
            Assert.Equal(
                expected.Concat(property.Required ? [] : ["null"]).Order(StringComparer.Ordinal),
                TypesOf(root, schema).Order(StringComparer.Ordinal));

            var nested = property.Value.Kind == ShapeKind.Array ? property.Value.Items! : property.Value;
            if (nested.Object is { } nestedShape)
            {
                var branch = Branch(root, schema, "array") is { } array ? array.GetProperty("items") : schema;
                AssertObjectAgrees(root, Branch(root, branch, "object")!.Value, nestedShape, $"{path}.{property.Name}");
            }
        }
    }

    /// <summary>The JSON types a schema accepts, through <c>$ref</c>, <c>anyOf</c>, <c>oneOf</c>, <c>allOf</c> and <c>enum</c>.</summary>
    private static HashSet<string> TypesOf(JsonElement root, JsonElement schema)
    {
        var types = new HashSet<string>(StringComparer.Ordinal);
        if (schema.TryGetProperty("$ref", out var reference))
        {
            types.UnionWith(TypesOf(root, Resolve(root, reference.GetString()!)));
        }

        if (schema.TryGetProperty("type", out var type))
        {
            types.UnionWith(type.ValueKind == JsonValueKind.Array ? type.EnumerateArray().Select(t => t.GetString()!) : [type.GetString()!]);
        }

        if (schema.TryGetProperty("enum", out var values))
        {
            types.UnionWith(values.EnumerateArray().Select(v => v.ValueKind == JsonValueKind.String ? "string" : v.ValueKind.ToString()));
        }

        foreach (var keyword in new[] { "anyOf", "oneOf", "allOf" })
        {
            if (schema.TryGetProperty(keyword, out var branches))
            {
                foreach (var branch in branches.EnumerateArray())
                {
                    types.UnionWith(TypesOf(root, branch));
                }
            }
        }

        return types;
    }

    /// <summary>The (sub)schema that declares a JSON type, through <c>$ref</c>, <c>anyOf</c> and <c>oneOf</c>.</summary>
    private static JsonElement? Branch(JsonElement root, JsonElement schema, string type)
    {
        if (schema.TryGetProperty("type", out var declared) && declared.ValueKind == JsonValueKind.String && declared.GetString() == type)
        {
            return schema;
        }

        if (schema.TryGetProperty("$ref", out var reference))
        {
            return Branch(root, Resolve(root, reference.GetString()!), type);
        }

        foreach (var keyword in new[] { "anyOf", "oneOf" })
        {
            if (schema.TryGetProperty(keyword, out var branches))
            {
                foreach (var candidate in branches.EnumerateArray())
                {
                    if (Branch(root, candidate, type) is { } found)
                    {
                        return found;
                    }
                }
            }
        }

        return null;
    }

    private static JsonElement Resolve(JsonElement root, string reference)
    {
        Assert.StartsWith("#/$defs/", reference, StringComparison.Ordinal);
        return root.GetProperty("$defs").GetProperty(reference["#/$defs/".Length..]);
    }

    private static string[] Enum(JsonElement defs, string name) =>
        [.. defs.GetProperty(name).GetProperty("enum").EnumerateArray().Select(e => e.GetString()!)];

    private static string Policy(string policy) =>
        Minimal.Replace("\"recipients\": [],", "\"recipients\": [], \"retentionPolicies\": [" + policy + "],", StringComparison.Ordinal);

    private static string Channel(string analogous) => Minimal.Replace(
        "\"recipients\": [],",
        "\"recipients\": [], \"channels\": [{ \"channel\": \"email\", \"audience\": \"consumer\", \"target\": \"client\", \"consentCollected\": false, \"objectionOfferedAtCollection\": true, \"analogousProducts\": " + analogous + " }],",
        StringComparison.Ordinal);

    private static string[] KebabNames<T>()
        where T : struct, Enum =>
        [.. System.Enum.GetValues<T>().OrderBy(v => Convert.ToInt32(v, System.Globalization.CultureInfo.InvariantCulture)).Select(v => Kebab(v.ToString()))];

    private static string Kebab(string pascal)
    {
        var text = new StringBuilder();
        foreach (var c in pascal)
        {
            // A run of digits is a word of its own: Article69Exception is article-69-exception.
            var startsDigits = char.IsDigit(c) && text.Length > 0 && !char.IsDigit(text[^1]);
            if ((char.IsUpper(c) || startsDigits) && text.Length > 0)
            {
                text.Append('-');
            }

            text.Append(char.ToLowerInvariant(c));
        }

        return text.ToString();
    }

    private static string Describe(EvaluationResults result) =>
        string.Join("; ", (result.Details ?? []).Where(d => d.Errors is { Count: > 0 }).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Key}: {e.Value}")));
}
