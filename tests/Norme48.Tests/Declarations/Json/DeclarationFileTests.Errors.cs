using System;
using System.Linq;
using NodaTime;
using NodaTime.Text;
using Norme48.Declarations.Json;
using Norme48.Vocabulary;
using Xunit;

namespace Norme48.Tests.Declarations.Json;

public sealed partial class DeclarationFileTests
{
    [Fact]
    public void Parse_UnknownProperty_ReportsItsNameWithThePropertiesAcceptedThere()
    {
        var json = Minimal.Replace("\"contact\": \"privacy@example.org\"", "\"contact\": \"privacy@example.org\", \"adress\": \"Paris\"", StringComparison.Ordinal);

        var error = SingleError(json);

        AssertError(error, DeclarationErrorKind.UnknownProperty, "$.controller.adress", Locate(json, "\"adress\""));
        Assert.Equal((2, 69), (error.Line, error.Column));
        Assert.Contains("Accepted properties here: name, contact, address.", error.Message.English, StringComparison.Ordinal);
        Assert.Contains("Propriétés acceptées ici : name, contact, address.", error.Message.French, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_PropertyInTheWrongCase_IsAnUnknownProperty()
    {
        var json = Minimal.Replace("\"recipients\"", "\"Recipients\"", StringComparison.Ordinal);

        var errors = DeclarationFile.Parse(json, "case.json").Errors;

        Assert.Equal(
            [(DeclarationErrorKind.MissingProperty, "$.recipients", (1, 1)), (DeclarationErrorKind.UnknownProperty, "$.Recipients", Locate(json, "\"Recipients\""))],
            errors.Select(e => (e.Kind, e.Path, (e.Line, e.Column))));
    }

    [Fact]
    public void Parse_WrongType_ReportsTheValueWithTheTypeExpected()
    {
        var json = Minimal.Replace("\"recipients\": [],", "\"recipients\": [], \"usesTrackers\": \"yes\",", StringComparison.Ordinal);

        var error = SingleError(json);

        AssertError(error, DeclarationErrorKind.WrongType, "$.usesTrackers", Locate(json, "\"yes\""));
        Assert.Equal("'usesTrackers' must be a boolean (true or false); it is a string.", error.Message.English);
    }

    [Theory]
    [InlineData("\"purposes\": [\"orders\", 3],", "3", "$.purposes[1]")]
    [InlineData("\"purposes\": [\"orders\", null],", "null", "$.purposes[1]")]
    [InlineData("\"purposes\": \"orders\",", "\"orders\"", "$.purposes")]
    [InlineData("\"purposes\": [\"orders\", [\"invoices\"]],", "[\"invoices\"]", "$.purposes[1]")]
    [InlineData("\"purposes\": [\"orders\"], \"fileTransfer\": [],", "[]", "$.fileTransfer")]
    [InlineData("\"purposes\": [\"orders\"], \"forms\": [{ \"id\": \"f\", \"items\": [], \"prospecting\": 1 }],", "1", "$.forms[0].prospecting")]
    public void Parse_ValueOfTheWrongType_IsReportedAtTheValue(string purposesLine, string value, string path)
    {
        var json = Minimal.Replace(RootPurposes, purposesLine, StringComparison.Ordinal);

        var error = SingleError(json);

        AssertError(error, DeclarationErrorKind.WrongType, path, Locate(json, value, after: "\"purposes\""));
    }

    [Theory]
    [InlineData("2.0")]
    [InlineData("2e0")]
    [InlineData("-2.5")]
    [InlineData("2147483648")]
    public void Parse_CountThatIsNotAWholeNumber_IsAWrongType(string count)
    {
        var json = Minimal.Replace("\"recipients\": [],", $$"""
            "recipients": [], "retentionPolicies": [{ "status": "prospect", "anchor": "collection", "action": "purge", "maxUnansweredSolicitations": {{count}} }],
            """, StringComparison.Ordinal);

        var error = SingleError(json);

        AssertError(error, DeclarationErrorKind.WrongType, "$.retentionPolicies[0].maxUnansweredSolicitations", Locate(json, count, after: "maxUnanswered"));
        Assert.Contains("a whole number (no fraction, no exponent)", error.Message.English, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_UnknownFieldId_ListsTheAcceptedIdsAndHowToWriteACustomField()
    {
        var json = Minimal.Replace("\"last-name\"", "\"emial-address\"", StringComparison.Ordinal);

        var error = SingleError(json);

        AssertError(error, DeclarationErrorKind.UnknownId, "$.fields[0].field", Locate(json, "\"emial-address\""));
        Assert.Equal((4, 25), (error.Line, error.Column));
        Assert.Contains("'emial-address' is not a known field id.", error.Message.English, StringComparison.Ordinal);
        Assert.All(DataField.BuiltIn, f => Assert.Contains(f.Id, error.Message.English, StringComparison.Ordinal));
        Assert.Contains("a custom field is written as an object", error.Message.English, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_DuplicateKey_ReportsTheSecondOccurrence()
    {
        var json = Minimal.Replace("\"recipients\": [],", "\"recipients\": [],\n  \"purposes\": [\"invoices\"],", StringComparison.Ordinal);

        var error = SingleError(json);

        AssertError(error, DeclarationErrorKind.DuplicateProperty, "$.purposes", (6, 3));
        Assert.Equal("The property 'purposes' is given twice in this object; keep one.", error.Message.English);
    }

    [Fact]
    public void Parse_DuplicateKeyDeepInside_ReportsItsPath()
    {
        var json = Minimal.Replace("\"onlineService\": false,", "\"onlineService\": false, \"dataProtection\": false,", StringComparison.Ordinal);

        var error = SingleError(json);

        AssertError(error, DeclarationErrorKind.DuplicateProperty, "$.security.dataProtection", Locate(json, "\"dataProtection\"", occurrence: 2));
    }

    [Fact]
    public void Parse_MissingController_IsReportedAtTheRootObject()
    {
        var json = Minimal.Replace("  \"controller\": { \"name\": \"Shop\", \"contact\": \"privacy@example.org\" },\n", string.Empty, StringComparison.Ordinal);

        var error = SingleError(json);

        AssertError(error, DeclarationErrorKind.MissingProperty, "$.controller", (1, 1));
        Assert.Equal("The required property 'controller' of a processing declaration is missing.", error.Message.English);
    }

    [Fact]
    public void Parse_NullForARequiredProperty_IsReportedAtTheNull()
    {
        var json = Minimal.Replace("\"contact\": \"privacy@example.org\"", "\"contact\": null", StringComparison.Ordinal);

        var error = SingleError(json);

        AssertError(error, DeclarationErrorKind.MissingProperty, "$.controller.contact", Locate(json, "null"));
    }

    [Fact]
    public void Parse_MissingPropertiesOfANestedObject_AreEachReportedAtThatObject()
    {
        var json = Minimal.Replace("\"recipients\": [],", "\"recipients\": [], \"channels\": [{ \"channel\": \"sms\" }],", StringComparison.Ordinal);

        var errors = DeclarationFile.Parse(json, "channels.json").Errors;

        Assert.Equal(
            ["$.channels[0].audience", "$.channels[0].target", "$.channels[0].consentCollected", "$.channels[0].objectionOfferedAtCollection"],
            errors.Select(e => e.Path));
        Assert.All(errors, e => Assert.Equal((DeclarationErrorKind.MissingProperty, Locate(json, "{ \"channel\"")), (e.Kind, (e.Line, e.Column))));
    }

    [Theory]
    [InlineData("1 year")]
    [InlineData("P")]
    [InlineData("P-1Y")]
    [InlineData("P1Y-2M")]
    [InlineData("-P1Y")]
    [InlineData("P1DT")]
    [InlineData("p1y")]
    [InlineData("P1.5Y")]
    [InlineData("P1M1Y")]
    [InlineData("P\u0661Y")]
    public void Parse_InvalidPeriod_IsReportedAtThePeriod(string period)
    {
        var json = PolicyWithPeriod(period);

        var error = SingleError(json);

        AssertError(error, DeclarationErrorKind.InvalidValue, "$.retentionPolicies[0].period", Locate(json, $"\"{period}\""));
        Assert.Equal($"A period is an ISO-8601 period with no sign, such as P1Y, P6M, P2W, P30D or P1Y6M; '{period}' is not.", error.Message.English);
    }

    [Theory]
    [InlineData("P1000Y")]
    [InlineData("P12000M")]
    [InlineData("P2147483647D")]
    [InlineData("PT99999999999H")]
    public void Parse_PeriodOf1000YearsOrMore_IsTooLong(string period)
    {
        var json = PolicyWithPeriod(period);

        var error = SingleError(json);

        AssertError(error, DeclarationErrorKind.InvalidValue, "$.retentionPolicies[0].period", Locate(json, $"\"{period}\""));
        Assert.Contains("too long", error.Message.English, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("P999Y", "P999Y")]
    [InlineData("P2W", "P2W")]
    [InlineData("PT36H", "PT36H")]
    [InlineData("P1Y2M3W4DT5H6M7.5S", "P1Y2M3W4DT5H6M7S500s")]
    [InlineData("PT0,25S", "PT250s")]
    [InlineData("P0D", "P0D")]
    public void Parse_ValidPeriod_KeepsTheUnitsWritten(string period, string roundtrip)
    {
        var result = DeclarationFile.Parse(PolicyWithPeriod(period), "period.json");

        Assert.True(result.Succeeded, string.Join(Environment.NewLine, result.Errors));
        Assert.Equal(roundtrip, PeriodPattern.Roundtrip.Format(result.Declaration.RetentionPolicies[0].Period!));
    }

    [Fact]
    public void Parse_SeveralErrors_AreAllReportedInTheOrderOfTheFile()
    {
        const string json = """
            {
              "edition": "ns48-2005",
              "controller": { "name": "Shop", "contact": "privacy@example.org", "phone": "+33 1 00 00 00 00" },
              "purposes": ["orders", "contests"],
              "fields": [
                { "field": "last-name", "purposes": ["orders"], "proof": "yes" },
                { "field": "emial-address", "purposes": ["orders"], "purpose": [] },
                { "field": { "id": "loyalty-tier", "category": "loyalty" }, "purposes": ["order"] }
              ],
              "recipients": [{ "recipient": "ad-network" }],
              "retentionPolicies": [{ "status": "prospect", "anchor": "collection", "period": "one year", "action": "purge" }],
              "channels": [{ "channel": "email", "audience": "consumer", "target": "prospect", "consentCollected": true, "objectionOfferedAtCollection": true, "channel": "sms" }]
            }
            """;

        var errors = DeclarationFile.Parse(json, "several.json").Errors;

        Assert.Equal(
            [
                (DeclarationErrorKind.MissingProperty, "$.security", (1, 1)),
                (DeclarationErrorKind.UnknownProperty, "$.controller.phone", Locate(json, "\"phone\"")),
                (DeclarationErrorKind.OtherEdition, "$.purposes[1]", Locate(json, "\"contests\"")),
                (DeclarationErrorKind.WrongType, "$.fields[0].proof", Locate(json, "\"yes\"")),
                (DeclarationErrorKind.UnknownId, "$.fields[1].field", Locate(json, "\"emial-address\"")),
                (DeclarationErrorKind.UnknownProperty, "$.fields[1].purpose", Locate(json, "\"purpose\"")),
                (DeclarationErrorKind.UnknownId, "$.fields[2].field.category", Locate(json, "\"loyalty\"")),
                (DeclarationErrorKind.UnknownId, "$.fields[2].purposes[0]", Locate(json, "\"order\"")),
                (DeclarationErrorKind.UnknownId, "$.recipients[0].recipient", Locate(json, "\"ad-network\"")),
                (DeclarationErrorKind.InvalidValue, "$.retentionPolicies[0].period", Locate(json, "\"one year\"")),
                (DeclarationErrorKind.DuplicateProperty, "$.channels[0].channel", Locate(json, "\"channel\"", occurrence: 2)),
            ],
            errors.Select(e => (e.Kind, e.Path, (e.Line, e.Column))));
        Assert.All(errors, e => Assert.Equal("several.json", e.FileName));
    }

    [Fact]
    public void Parse_PurposeOfALaterEdition_NamesTheEditionsThatHaveIt()
    {
        var json = Minimal.Replace("{\n", "{\n  \"edition\": \"ns48-2005\",\n", StringComparison.Ordinal)
            .Replace(RootPurposes, "\"purposes\": [\"orders\", \"contests\", \"fraud-detection\"],", StringComparison.Ordinal);

        var errors = DeclarationFile.Parse(json, "later.json").Errors;

        Assert.Equal(2, errors.Count);
        AssertError(errors[0], DeclarationErrorKind.OtherEdition, "$.purposes[1]", Locate(json, "\"contests\""));
        Assert.Equal(
            "The purpose 'contests' is not part of edition ns48-2005, which the declaration names; it exists in ns48-2016, ref-2021.",
            errors[0].Message.English);
        AssertError(errors[1], DeclarationErrorKind.OtherEdition, "$.purposes[2]", Locate(json, "\"fraud-detection\""));
        Assert.EndsWith("it exists in ref-2021.", errors[1].Message.English, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_UnknownPurposeUnderAnEdition_ListsThatEditionsPurposesOnly()
    {
        var json = Minimal.Replace("{\n", "{\n  \"edition\": \"ns48-2005\",\n", StringComparison.Ordinal)
            .Replace(RootPurposes, "\"purposes\": [\"order\"],", StringComparison.Ordinal);

        var error = SingleError(json);

        AssertError(error, DeclarationErrorKind.UnknownId, "$.purposes[0]", Locate(json, "\"order\""));
        var accepted = error.Message.English[(error.Message.English.IndexOf("Accepted ids: ", StringComparison.Ordinal) + 14)..].TrimEnd('.').Split(", ");
        Assert.Equal(ProcessingPurpose.All.Where(p => p.IsDefinedIn(Edition.Ns2005)).Select(p => p.Id), accepted);
        Assert.DoesNotContain("contests", accepted);
    }

    [Fact]
    public void Parse_PurposeOfALaterEditionWithoutEdition_IsAccepted()
    {
        var json = Minimal.Replace(RootPurposes, "\"purposes\": [\"contests\"],", StringComparison.Ordinal);

        var result = DeclarationFile.Parse(json, "no-edition.json");

        Assert.True(result.Succeeded);
        Assert.Equal([ProcessingPurpose.Contests], result.Declaration.Purposes);
    }

    [Fact]
    public void Parse_PurposeRemovedByALaterEdition_NamesTheEditionsThatHaveIt()
    {
        var json = Minimal.Replace("{\n", "{\n  \"edition\": \"ref-2021\",\n", StringComparison.Ordinal)
            .Replace(RootPurposes, "\"purposes\": [\"opposition-list-update\"],", StringComparison.Ordinal);

        var error = SingleError(json);

        AssertError(error, DeclarationErrorKind.OtherEdition, "$.purposes[0]", Locate(json, "\"opposition-list-update\""));
        Assert.EndsWith("it exists in ns48-2016.", error.Message.English, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_UnknownEdition_ListsTheEditions()
    {
        var json = Minimal.Replace("{\n", "{\n  \"edition\": \"ns48-2012\",\n", StringComparison.Ordinal);

        var error = SingleError(json);

        AssertError(error, DeclarationErrorKind.UnknownId, "$.edition", (2, 14));
        Assert.Equal("'ns48-2012' is not a known edition id. Accepted ids: ns48-2005, ns48-2016, ref-2021.", error.Message.English);
    }

    [Fact]
    public void Parse_SyntaxError_IsReportedAtItsPositionWithTheErrorsBeforeIt()
    {
        var json = Minimal
            .Replace("\"contact\": \"privacy@example.org\"", "\"contact\": \"privacy@example.org\", \"adress\": \"Paris\"", StringComparison.Ordinal)
            .Replace("\"recipients\": []", "\"recipients\": [,]", StringComparison.Ordinal);

        var errors = DeclarationFile.Parse(json, "syntax.json").Errors;

        Assert.Equal(2, errors.Count);
        AssertError(errors[0], DeclarationErrorKind.UnknownProperty, "$.controller.adress", Locate(json, "\"adress\""));
        AssertError(errors[1], DeclarationErrorKind.Syntax, "$.recipients", Locate(json, ",]"));
        Assert.Equal("The file is not valid JSON: ',' is an invalid start of a value.", errors[1].Message.English);
        Assert.StartsWith("Le fichier n'est pas du JSON valide : ", errors[1].Message.French, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\r\n", 5, 18)]
    [InlineData("\r", 5, 18)]
    [InlineData("\n", 5, 18)]
    public void Parse_SyntaxErrorAfterAnyLineEnding_CountsTheLineEndingOnce(string lineEnding, int line, int column)
    {
        var json = Minimal.Replace("\"recipients\": []", "\"recipients\": [,]", StringComparison.Ordinal).Replace("\n", lineEnding, StringComparison.Ordinal);

        var error = SingleError(json);

        AssertError(error, DeclarationErrorKind.Syntax, "$.recipients", (line, column));
    }

    [Theory]
    [InlineData("", 1, 1, "The file is not valid JSON: The input does not contain any JSON tokens.")]
    [InlineData("  \n", 2, 1, "The file is not valid JSON: The input does not contain any JSON tokens.")]
    [InlineData("{} {}", 1, 4, "The file is not valid JSON: '{' is invalid after a single JSON value.")]
    [InlineData("{\n  // a comment\n}", 2, 3, "The file is not valid JSON: ")]
    [InlineData("{ \"controller\": { \"name\": \"Shop\", }", 1, 35, "The file is not valid JSON: ")]
    [InlineData("{ \"controller\": ", 1, 17, "The file is not valid JSON: ")]
    public void Parse_TextThatIsNotJson_IsASyntaxErrorWithAPosition(string json, int line, int column, string messageStart)
    {
        var error = Assert.Single(DeclarationFile.Parse(json, "bad.json").Errors, e => e.Kind == DeclarationErrorKind.Syntax);

        Assert.Equal((line, column), (error.Line, error.Column));
        Assert.StartsWith(messageStart, error.Message.English, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_RootThatIsNotAnObject_IsAWrongType()
    {
        var error = SingleError("\n  [\"orders\"]\n");

        AssertError(error, DeclarationErrorKind.WrongType, "$", (2, 3));
        Assert.Equal("A declaration file holds one JSON object; this one holds an array.", error.Message.English);
    }

    [Fact]
    public void Parse_ColumnAfterNonAsciiText_CountsUtf16CodeUnits()
    {
        // é is 2 bytes and 1 UTF-16 code unit; 💡 is 4 bytes and 2 UTF-16 code units (a surrogate pair).
        var json = Minimal.Replace("\"name\": \"Shop\"", "\"name\": \"Lumière 💡\", \"x\": 1", StringComparison.Ordinal);

        var error = SingleError(json);

        Assert.Equal((2, 41), (error.Line, error.Column));
        AssertError(error, DeclarationErrorKind.UnknownProperty, "$.controller.x", Locate(json, "\"x\""));
    }

    [Fact]
    public void Parse_StringThatIsNotValidText_IsAnInvalidValue()
    {
        var json = Minimal.Replace("\"name\": \"Shop\"", "\"name\": \"Shop \\uD800\"", StringComparison.Ordinal);

        var error = SingleError(json);

        AssertError(error, DeclarationErrorKind.InvalidValue, "$.controller.name", Locate(json, "\"Shop"));
    }

    [Fact]
    public void Read_BytesThatAreNotUtf8_AreAnInvalidValue()
    {
        byte[] bytes = [.. System.Text.Encoding.UTF8.GetBytes(Minimal.Replace("Shop", "Sh@p", StringComparison.Ordinal))];
        bytes[Array.IndexOf(bytes, (byte)'@')] = 0xC3; // a lead byte followed by 'p', not a continuation byte
        using var stream = new System.IO.MemoryStream(bytes);

        var error = Assert.Single(DeclarationFile.Read(stream, "latin1.json").Errors);

        Assert.Equal((DeclarationErrorKind.InvalidValue, "$.controller.name", 2, 27), (error.Kind, error.Path, error.Line, error.Column));
    }

    [Theory]
    [InlineData("helth", "health")]
    [InlineData("bank-shop", "banking")]
    [InlineData("santé", "health")]
    public void Parse_SectorThatLooksLikeAnExcludedSector_IsRefusedUnlessConfirmed(string sector, string lookAlike)
    {
        var json = Minimal.Replace("{\n", $"{{\n  \"sector\": \"{sector}\",\n", StringComparison.Ordinal);
        var confirmed = json.Replace("{\n", "{\n  \"sectorConfirmed\": true,\n", StringComparison.Ordinal);

        var error = SingleError(json);
        var result = DeclarationFile.Parse(confirmed, "confirmed.json");

        AssertError(error, DeclarationErrorKind.SectorLookAlike, "$.sector", (2, 13));
        Assert.Contains($"did you mean '{lookAlike}'?", error.Message.English, StringComparison.Ordinal);
        Assert.True(result.Succeeded);
        Assert.Equal(sector, result.Declaration.Sector.Name);
        Assert.False(result.Declaration.Sector.IsOutsideNorm(Edition.Ns2005));
    }

    [Theory]
    [InlineData("Retail")]
    [InlineData("retail shop")]
    [InlineData("")]
    public void Parse_SectorThatIsNotKebabCase_IsAnInvalidValue(string sector)
    {
        var json = Minimal.Replace("{\n", $"{{\n  \"sector\": \"{sector}\",\n", StringComparison.Ordinal);

        var error = SingleError(json);

        AssertError(error, DeclarationErrorKind.InvalidValue, "$.sector", (2, 13));
    }

    [Fact]
    public void Parse_BlankControllerName_IsAnInvalidValue()
    {
        var json = Minimal.Replace("\"name\": \"Shop\"", "\"name\": \"  \"", StringComparison.Ordinal);

        var error = SingleError(json);

        AssertError(error, DeclarationErrorKind.InvalidValue, "$.controller.name", Locate(json, "\"  \""));
    }

    [Theory]
    [InlineData("{ \"field\": \"email-address\", \"purposes\": [\"orders\"], \"sensitive\": false }", "$.fields[1].sensitive", "false", "only with a commercial-relationship field")]
    [InlineData("{ \"field\": { \"id\": \"tier\", \"category\": \"commercial-relationship\" }, \"purposes\": [], \"sensitive\": true }", "$.fields[1].sensitive", "true", "inside the object")]
    [InlineData("{ \"field\": { \"id\": \"tier\", \"category\": \"identity\", \"sensitive\": false }, \"purposes\": [] }", "$.fields[1].field.sensitive", "false", "only for a commercial-relationship field")]
    [InlineData("{ \"field\": { \"id\": \"email-address\", \"category\": \"identity\" }, \"purposes\": [] }", "$.fields[1].field.id", "\"email-address\"", "write it as a string")]
    [InlineData("{ \"field\": { \"id\": \"Loyalty_Tier\", \"category\": \"identity\" }, \"purposes\": [] }", "$.fields[1].field.id", "\"Loyalty_Tier\"", "kebab-case")]
    public void Parse_FieldTheModelRefuses_IsAnInvalidValueAtIt(string field, string path, string at, string messagePart)
    {
        var json = Minimal.Replace("\"purposes\": [\"orders\"] }]", $"\"purposes\": [\"orders\"] }}, {field}]", StringComparison.Ordinal);

        var error = SingleError(json);

        AssertError(error, DeclarationErrorKind.InvalidValue, path, Locate(json, at, after: field));
        Assert.Contains(messagePart, error.Message.English, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_FieldDeclaredTwice_IsADuplicateIdAtTheSecond()
    {
        var json = Minimal.Replace("\"purposes\": [\"orders\"] }]", "\"purposes\": [\"orders\"] }, { \"field\": \"last-name\", \"purposes\": [\"invoices\"] }]", StringComparison.Ordinal);

        var error = SingleError(json);

        AssertError(error, DeclarationErrorKind.DuplicateId, "$.fields[1].field", Locate(json, "\"last-name\"", occurrence: 2));
    }

    [Fact]
    public void Parse_FormDeclaredTwice_IsADuplicateIdAtTheSecond()
    {
        var json = Minimal.Replace("\"recipients\": [],", "\"recipients\": [], \"forms\": [{ \"id\": \"signup\", \"items\": [] }, { \"id\": \"signup\", \"items\": [\"rights\"] }],", StringComparison.Ordinal);

        var error = SingleError(json);

        AssertError(error, DeclarationErrorKind.DuplicateId, "$.forms[1].id", Locate(json, "\"signup\"", occurrence: 2));
    }

    [Theory]
    [InlineData("{ \"recipient\": \"ad-network\" }", "$.recipients[0].recipient", "\"ad-network\"", DeclarationErrorKind.UnknownId, "written as an object {\"id\":\"ad-network\"}")]
    [InlineData("{ \"recipient\": { \"id\": \"public-bodies\" } }", "$.recipients[0].recipient.id", "\"public-bodies\"", DeclarationErrorKind.InvalidValue, "write it as a string")]
    [InlineData("{ \"recipient\": { \"id\": \"Ad Network\" } }", "$.recipients[0].recipient.id", "\"Ad Network\"", DeclarationErrorKind.InvalidValue, "kebab-case")]
    [InlineData("{ \"recipient\": \"public-bodies\", \"basis\": \"law\" }", "$.recipients[0].basis", "\"law\"", DeclarationErrorKind.UnknownId, "Accepted ids: contract-execution, legal-obligation, debt-recovery.")]
    public void Parse_RecipientTheModelRefuses_IsReportedAtIt(string recipient, string path, string at, DeclarationErrorKind kind, string messagePart)
    {
        var json = Minimal.Replace("\"recipients\": []", $"\"recipients\": [{recipient}]", StringComparison.Ordinal);

        var error = SingleError(json);

        AssertError(error, kind, path, Locate(json, at));
        Assert.Contains(messagePart, error.Message.English, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_UnlistedRecipientObject_IsAnUnlistedRecipient()
    {
        var json = Minimal.Replace("\"recipients\": []", "\"recipients\": [{ \"recipient\": { \"id\": \"ad-network\" } }]", StringComparison.Ordinal);

        var result = DeclarationFile.Parse(json, "unlisted.json");

        Assert.True(result.Succeeded);
        Assert.Equal(Recipient.Unlisted("ad-network"), result.Declaration.Recipients[0].Recipient);
        Assert.False(result.Declaration.Recipients[0].Recipient.IsListed);
    }

    [Fact]
    public void Parse_TransferOfAnUndeclaredCustomField_ListsTheDeclaredCustomFields()
    {
        var json = Minimal
            .Replace("\"purposes\": [\"orders\"] }]", "\"purposes\": [\"orders\"] }, { \"field\": { \"id\": \"tier\", \"category\": \"situation\" }, \"purposes\": [] }]", StringComparison.Ordinal)
            .Replace("\"recipients\": [],", "\"recipients\": [], \"fileTransfer\": { \"modes\": [\"rental\", \"swap\"], \"fields\": [\"tier\", \"level\"], \"acquirerCommitment\": true, \"expressConsent\": true, \"objectorsExcluded\": true },", StringComparison.Ordinal);

        var errors = DeclarationFile.Parse(json, "transfer.json").Errors;

        Assert.Equal(2, errors.Count);
        AssertError(errors[0], DeclarationErrorKind.UnknownId, "$.fileTransfer.modes[1]", Locate(json, "\"swap\""));
        AssertError(errors[1], DeclarationErrorKind.UnknownId, "$.fileTransfer.fields[1]", Locate(json, "\"level\""));
        Assert.EndsWith("or the id of a custom field declared in 'fields' (tier).", errors[1].Message.English, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_RetentionPolicyWithNeitherPeriodNorCount_IsReportedAtThePolicy()
    {
        var json = Minimal.Replace("\"recipients\": [],", "\"recipients\": [], \"retentionPolicies\": [{ \"status\": \"prospect\", \"anchor\": \"collection\", \"action\": \"purge\", \"period\": null }],", StringComparison.Ordinal);

        var error = SingleError(json);

        AssertError(error, DeclarationErrorKind.MissingProperty, "$.retentionPolicies[0]", Locate(json, "{ \"status\""));
        Assert.Equal("A retention policy states a 'period', a 'maxUnansweredSolicitations', or both.", error.Message.English);
    }

    [Theory]
    [InlineData("\"field\": \"last-name\", \"category\": \"situation\"", DeclarationErrorKind.InvalidValue, "$.retentionPolicies[0].field", "\"last-name\"", "is of category identity, not situation")]
    [InlineData("\"maxUnansweredSolicitations\": -1", DeclarationErrorKind.InvalidValue, "$.retentionPolicies[0].maxUnansweredSolicitations", "-1", "0 or more")]
    [InlineData("\"category\": \"contacts\"", DeclarationErrorKind.UnknownId, "$.retentionPolicies[0].category", "\"contacts\"", "Accepted ids: identity, payment-means,")]
    [InlineData("\"anchor\": \"last-order\"", DeclarationErrorKind.UnknownId, "$.retentionPolicies[0].anchor", "\"last-order\"", "Accepted ids: collection, last-contact-from-person, relationship-end, proof-document-date, transaction-completion, debit-date, tracker-set, objection, last-activity.")]
    [InlineData("\"status\": \"lead\"", DeclarationErrorKind.DuplicateProperty, "$.retentionPolicies[0].status", "\"status\"", "given twice")]
    public void Parse_RetentionPolicyTheModelRefuses_IsReportedAtTheValue(string property, DeclarationErrorKind kind, string path, string at, string messagePart)
    {
        var policy = "{ \"status\": \"client\", \"anchor\": \"relationship-end\", \"period\": \"P1Y\", \"action\": \"purge\", " + property + " }";
        if (property.StartsWith("\"anchor\"", StringComparison.Ordinal))
        {
            policy = policy.Replace("\"anchor\": \"relationship-end\", ", string.Empty, StringComparison.Ordinal);
        }

        var json = Minimal.Replace("\"recipients\": [],", $"\"recipients\": [], \"retentionPolicies\": [{policy}],", StringComparison.Ordinal);

        var error = SingleError(json);

        AssertError(error, kind, path, Locate(json, at, occurrence: kind == DeclarationErrorKind.DuplicateProperty ? 2 : 1, after: "retentionPolicies"));
        Assert.Contains(messagePart, error.Message.English, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_RetentionPolicyForACustomField_TakesTheFieldsCategory()
    {
        var json = Minimal
            .Replace("\"purposes\": [\"orders\"] }]", "\"purposes\": [\"orders\"] }, { \"field\": { \"id\": \"tier\", \"category\": \"situation\" }, \"purposes\": [] }]", StringComparison.Ordinal)
            .Replace("\"recipients\": [],", "\"recipients\": [], \"retentionPolicies\": [{ \"status\": \"client\", \"field\": \"tier\", \"anchor\": \"relationship-end\", \"period\": \"P6M\", \"action\": \"purge\" }],", StringComparison.Ordinal);

        var result = DeclarationFile.Parse(json, "custom-policy.json");

        Assert.True(result.Succeeded);
        var policy = result.Declaration.RetentionPolicies[0];
        Assert.Equal("tier", policy.Field!.Id);
        Assert.Same(DataCategory.Situation, policy.Category);
        Assert.Equal(Period.FromMonths(6), policy.Period);
    }

    [Theory]
    [InlineData("\"channel\": \"mail\", \"audience\": \"consumer\", \"target\": \"client\"", "\"mail\"", "$.channels[0].channel", "email, sms, fax, automated-call, phone, postal")]
    [InlineData("\"channel\": \"email\", \"audience\": \"b2b\", \"target\": \"client\"", "\"b2b\"", "$.channels[0].audience", "consumer, professional")]
    [InlineData("\"channel\": \"email\", \"audience\": \"consumer\", \"target\": \"customer\"", "\"customer\"", "$.channels[0].target", "client, prospect")]
    public void Parse_UnknownChannelValue_ListsTheAcceptedIds(string properties, string at, string path, string accepted)
    {
        var channel = $"{{ {properties}, \"consentCollected\": true, \"objectionOfferedAtCollection\": true }}";
        var json = Minimal.Replace("\"recipients\": [],", $"\"recipients\": [], \"channels\": [{channel}],", StringComparison.Ordinal);

        var error = SingleError(json);

        AssertError(error, DeclarationErrorKind.UnknownId, path, Locate(json, at));
        Assert.EndsWith($"Accepted ids: {accepted}.", error.Message.English, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"id\": \"signup\", \"items\": [\"rights\", \"legal-basis\"]", DeclarationErrorKind.UnknownId, "\"legal-basis\"", "$.forms[0].items[1]")]
    [InlineData("\"id\": \"signup\", \"items\": [], \"consentCheckbox\": \"ticked\"", DeclarationErrorKind.UnknownId, "\"ticked\"", "$.forms[0].consentCheckbox")]
    [InlineData("\"id\": \"Sign Up\", \"items\": []", DeclarationErrorKind.InvalidValue, "\"Sign Up\"", "$.forms[0].id")]
    public void Parse_FormTheModelRefuses_IsReportedAtTheValue(string properties, DeclarationErrorKind kind, string at, string path)
    {
        var json = Minimal.Replace("\"recipients\": [],", $"\"recipients\": [], \"forms\": [{{ {properties} }}],", StringComparison.Ordinal);

        var error = SingleError(json);

        AssertError(error, kind, path, Locate(json, at));
    }

    private static DeclarationError SingleError(string json)
    {
        var errors = DeclarationFile.Parse(json, "test.json").Errors;
        return Assert.Single(errors);
    }

    private static void AssertError(DeclarationError error, DeclarationErrorKind kind, string path, (int Line, int Column) position)
    {
        Assert.Equal((kind, path, position.Line, position.Column), (error.Kind, error.Path, error.Line, error.Column));
        Assert.False(string.IsNullOrWhiteSpace(error.Message.English));
        Assert.NotEqual(error.Message.English, error.Message.French);
    }

    private static string PolicyWithPeriod(string period) => Minimal.Replace(
        "\"recipients\": [],",
        $"\"recipients\": [], \"retentionPolicies\": [{{ \"status\": \"prospect\", \"anchor\": \"collection\", \"period\": \"{period}\", \"action\": \"purge\" }}],",
        StringComparison.Ordinal);

    /// <summary>
    /// The 1-based line and column of the <paramref name="occurrence"/>-th <paramref name="snippet"/> (after the first
    /// <paramref name="after"/>, when given), computed on the C# string: its indices are UTF-16 code units, as the
    /// reader's columns must be. Lines are split at LF.
    /// </summary>
    private static (int Line, int Column) Locate(string json, string snippet, int occurrence = 1, string? after = null)
    {
        var index = after is null ? -1 : json.IndexOf(after, StringComparison.Ordinal);
        Assert.True(after is null || index >= 0, $"'{after}' not found");
        for (var i = 0; i < occurrence; i++)
        {
            index = json.IndexOf(snippet, index + 1, StringComparison.Ordinal);
            Assert.True(index >= 0, $"'{snippet}' not found");
        }

        var lineStart = index == 0 ? 0 : json.LastIndexOf('\n', index - 1) + 1;
        return (json.AsSpan(0, index).Count('\n') + 1, index - lineStart + 1);
    }
}
