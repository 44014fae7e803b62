using System;
using System.Linq;
using Norme48.Declarations;
using Norme48.Declarations.Json;
using Norme48.Prospecting;
using Norme48.Vocabulary;
using Xunit;

namespace Norme48.Tests.Declarations.Json;

// The exact messages of the reader, in both languages: they are public behaviour (DeclarationError.Message), and tools
// show them as written. Expected texts are those the reader documents for each DeclarationErrorKind.
public sealed partial class DeclarationFileTests
{
    [Theory]
    [InlineData("\"shop\"", "a string", "une chaîne")]
    [InlineData("42", "a number", "un nombre")]
    [InlineData("true", "a boolean", "un booléen")]
    [InlineData("false", "a boolean", "un booléen")]
    [InlineData("null", "null", "null")]
    [InlineData("[]", "an array", "un tableau")]
    public void Parse_RootThatIsNotAnObject_NamesWhatItHolds(string root, string english, string french)
    {
        var result = DeclarationFile.Parse(root, "root.json");

        var error = Assert.Single(result.Errors);
        Assert.Null(result.Declaration);
        AssertError(error, DeclarationErrorKind.WrongType, "$", (1, 1));
        AssertMessage(error,
            $"A declaration file holds one JSON object; this one holds {english}.",
            $"Un fichier de déclaration contient un objet JSON ; celui-ci contient {french}.");
    }

    public static TheoryData<string, string, string, string, string, string> WrongTypeCases() => new()
    {
        // replaced text, replacement, value, path, English, French
        { "\"recipients\": [],", "\"recipients\": [], \"usesTrackers\": 1,", "1", "$.usesTrackers",
            "'usesTrackers' must be a boolean (true or false); it is a number.", "'usesTrackers' doit être un booléen (true ou false) ; c'est un nombre." },
        { "\"recipients\": [],", "\"recipients\": [], \"sector\": {},", "{}", "$.sector",
            "'sector' must be a string; it is an object.", "'sector' doit être une chaîne ; c'est un objet." },
        { "\"recipients\": [],", "\"recipients\": [], \"forms\": {},", "{}", "$.forms",
            "'forms' must be an array of objects; it is an object.", "'forms' doit être un tableau d'objets ; c'est un objet." },
        { "\"recipients\": [],", "\"recipients\": [], \"fileTransfer\": true,", "true", "$.fileTransfer",
            "'fileTransfer' must be an object; it is a boolean.", "'fileTransfer' doit être un objet ; c'est un booléen." },
        { RootPurposes, "\"purposes\": \"orders\",", "\"orders\"", "$.purposes",
            "'purposes' must be an array of strings; it is a string.", "'purposes' doit être un tableau de chaînes ; c'est une chaîne." },
        { "\"recipients\": [],", "\"recipients\": [], \"retentionPolicies\": [{ \"status\": \"prospect\", \"anchor\": \"collection\", \"action\": \"purge\", \"maxUnansweredSolicitations\": \"2\" }],", "\"2\"", "$.retentionPolicies[0].maxUnansweredSolicitations",
            "'maxUnansweredSolicitations' must be a whole number (no fraction, no exponent) up to 2147483647; it is a string.",
            "'maxUnansweredSolicitations' doit être un nombre entier (sans fraction ni exposant) d'au plus 2147483647 ; c'est une chaîne." },
        { "\"field\": \"last-name\"", "\"field\": 3", "3", "$.fields[0].field",
            "'field' must be a string (an id) or an object (a custom field: id, category, sensitive); it is a number.",
            "'field' doit être une chaîne (un identifiant) ou un objet (une donnée propre : id, category, sensitive) ; c'est un nombre." },
        { "\"recipients\": []", "\"recipients\": [{ \"recipient\": [] }]", "[]", "$.recipients[0].recipient",
            "'recipient' must be a string (an id) or an object (an unlisted recipient: id); it is an array.",
            "'recipient' doit être une chaîne (un identifiant) ou un objet (un destinataire non prévu : id) ; c'est un tableau." },
        { RootPurposes, "\"purposes\": [\"orders\", 3],", "3", "$.purposes[1]",
            "$.purposes[1] must be a string; it is a number.", "$.purposes[1] doit être une chaîne ; c'est un nombre." },
        { "\"fields\": [{ \"field\": \"last-name\", \"purposes\": [\"orders\"] }]", "\"fields\": [\"last-name\"]", "\"last-name\"", "$.fields[0]",
            "$.fields[0] must be an object; it is a string.", "$.fields[0] doit être un objet ; c'est une chaîne." },
        { RootPurposes, "\"purposes\": [\"orders\", null],", "null", "$.purposes[1]",
            "An item of this array must be a string; it is null.", "Un élément de ce tableau doit être une chaîne ; c'est null." },
        { "\"recipients\": []", "\"recipients\": [null]", "null", "$.recipients[0]",
            "An item of this array must be an object; it is null.", "Un élément de ce tableau doit être un objet ; c'est null." },
    };

    [Theory]
    [MemberData(nameof(WrongTypeCases))]
    public void Parse_ValueOfTheWrongType_SaysWhatItMustBeAndWhatItIs(string replaced, string replacement, string value, string path, string english, string french)
    {
        var json = Minimal.Replace(replaced, replacement, StringComparison.Ordinal);

        var error = SingleError(json);

        AssertError(error, DeclarationErrorKind.WrongType, path, Locate(json, value, after: replacement[..Math.Min(12, replacement.Length)]));
        AssertMessage(error, english, french);
    }

    [Fact]
    public void Parse_ItemsAfterAnItemOfTheWrongType_KeepTheirIndexInThePath()
    {
        // A refused item stays in the copy as null, so that the next item keeps index 2, as in the file.
        var json = Minimal.Replace(RootPurposes, "\"purposes\": [\"orders\", 3, \"order\"],", StringComparison.Ordinal);

        var errors = DeclarationFile.Parse(json, "indices.json").Errors;

        Assert.Equal(
            [(DeclarationErrorKind.WrongType, "$.purposes[1]", Locate(json, "3,")), (DeclarationErrorKind.UnknownId, "$.purposes[2]", Locate(json, "\"order\""))],
            errors.Select(e => (e.Kind, e.Path, (e.Line, e.Column))));
    }

    [Fact]
    public void Parse_ItemsAfterAnItemThatIsNotValidText_KeepTheirIndexInThePath()
    {
        var json = Minimal.Replace(RootPurposes, "\"purposes\": [\"x\\uD800\", \"order\"],", StringComparison.Ordinal);

        var errors = DeclarationFile.Parse(json, "indices.json").Errors;

        Assert.Equal(
            [(DeclarationErrorKind.InvalidValue, "$.purposes[0]", Locate(json, "\"x")), (DeclarationErrorKind.UnknownId, "$.purposes[1]", Locate(json, "\"order\""))],
            errors.Select(e => (e.Kind, e.Path, (e.Line, e.Column))));
    }

    [Theory]
    [InlineData("[1,]", 1, 4)]
    [InlineData("[] []", 1, 4)]
    public void Parse_RootThatIsNotAnObject_IsStillReadToItsEndForSyntaxErrors(string json, int line, int column)
    {
        var errors = DeclarationFile.Parse(json, "root.json").Errors;

        Assert.Equal(
            [(DeclarationErrorKind.WrongType, "$", 1, 1), (DeclarationErrorKind.Syntax, "$", line, column)],
            errors.Select(e => (e.Kind, e.Path, e.Line, e.Column)));
        // The reason after the colon is System.Text.Json's own text.
        Assert.StartsWith("The file is not valid JSON: ", errors[1].Message.English, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_TransfersOutsideEuWithoutDetails_IsRead()
    {
        var json = Minimal.Replace("\"recipients\": [],", "\"recipients\": [], \"transfersOutsideEu\": true,", StringComparison.Ordinal);

        var result = DeclarationFile.Parse(json, "abroad.json");

        Assert.True(result.Succeeded, string.Join(Environment.NewLine, result.Errors));
        Assert.True(result.Declaration.TransfersOutsideEu);
        Assert.Null(result.Declaration.TransferAbroad);
    }

    [Fact]
    public void Parse_ItemsAfterANullItem_KeepTheirIndexInThePath()
    {
        var json = Minimal.Replace(RootPurposes, "\"purposes\": [null, \"order\"],", StringComparison.Ordinal);

        var errors = DeclarationFile.Parse(json, "indices.json").Errors;

        Assert.Equal(
            [(DeclarationErrorKind.WrongType, "$.purposes[0]", Locate(json, "null")), (DeclarationErrorKind.UnknownId, "$.purposes[1]", Locate(json, "\"order\""))],
            errors.Select(e => (e.Kind, e.Path, (e.Line, e.Column))));
    }

    [Fact]
    public void Parse_UnknownRootProperty_ListsEveryPropertyOfADeclaration()
    {
        var json = Minimal.Replace("\"recipients\": [],", "\"recipients\": [], \"recipient\": [],", StringComparison.Ordinal);

        var error = SingleError(json);

        AssertError(error, DeclarationErrorKind.UnknownProperty, "$.recipient", Locate(json, "\"recipient\""));
        const string accepted = "$schema, edition, controller, sector, sectorConfirmed, purposes, fields, recipients, fileTransfer, retentionPolicies, "
            + "channels, forms, usesTrackers, trackersNotice, security, transfersOutsideEu, transferAbroad";
        AssertMessage(error,
            $"Unknown property 'recipient' in a processing declaration. Accepted properties here: {accepted}.",
            $"Propriété inconnue 'recipient' dans une déclaration de traitement. Propriétés acceptées ici : {accepted}.");
    }

    [Fact]
    public void Parse_UnknownNestedProperty_NamesTheObjectItIsIn()
    {
        var json = Minimal.Replace("\"contact\": \"privacy@example.org\"", "\"contact\": \"privacy@example.org\", \"adress\": \"Paris\"", StringComparison.Ordinal);

        var error = SingleError(json);

        AssertMessage(error,
            "Unknown property 'adress' in the controller. Accepted properties here: name, contact, address.",
            "Propriété inconnue 'adress' dans le responsable du traitement. Propriétés acceptées ici : name, contact, address.");
    }

    [Fact]
    public void Parse_DuplicateKey_SaysToKeepOneInBothLanguages()
    {
        var json = Minimal.Replace("\"recipients\": [],", "\"recipients\": [],\n  \"purposes\": [\"invoices\"],", StringComparison.Ordinal);

        var error = SingleError(json);

        AssertMessage(error,
            "The property 'purposes' is given twice in this object; keep one.",
            "La propriété 'purposes' figure deux fois dans cet objet ; n'en gardez qu'une.");
    }

    [Fact]
    public void Parse_MissingRequiredProperty_NamesItAndItsObject()
    {
        var json = Minimal.Replace("  \"controller\": { \"name\": \"Shop\", \"contact\": \"privacy@example.org\" },\n", string.Empty, StringComparison.Ordinal);

        var error = SingleError(json);

        AssertMessage(error,
            "The required property 'controller' of a processing declaration is missing.",
            "La propriété obligatoire 'controller' d'une déclaration de traitement est absente.");
    }

    [Fact]
    public void Parse_NullForARequiredProperty_SaysItIsNull()
    {
        var json = Minimal.Replace("\"contact\": \"privacy@example.org\"", "\"contact\": null", StringComparison.Ordinal);

        var error = SingleError(json);

        AssertMessage(error,
            "The required property 'contact' of the controller is null; give it a value.",
            "La propriété obligatoire 'contact' du responsable du traitement est null ; donnez-lui une valeur.");
    }

    [Fact]
    public void Parse_StringThatIsNotValidText_SaysWhy()
    {
        var json = Minimal.Replace("\"name\": \"Shop\"", "\"name\": \"Shop \\uD800\"", StringComparison.Ordinal);

        var error = SingleError(json);

        AssertMessage(error,
            "This string is not valid text (invalid UTF-8 or an unpaired \\u surrogate escape).",
            "Cette chaîne n'est pas du texte valide (UTF-8 invalide ou échappement \\u de substitut isolé).");
    }

    [Fact]
    public void Parse_PropertyNameThatIsNotValidText_IsReportedAtTheNameAndItsValueSkipped()
    {
        // The name cannot be read, so the error has the path of the object it is in; its value, an object, is not walked.
        var json = Minimal.Replace("\"recipients\": [],", "\"recipients\": [], \"bad\\uD800\": { \"x\": 1, \"y\": [] },", StringComparison.Ordinal);

        var error = SingleError(json);

        AssertError(error, DeclarationErrorKind.InvalidValue, "$", Locate(json, "\"bad"));
    }

    [Fact]
    public void Parse_SyntaxError_GivesTheReasonInBothLanguages()
    {
        var json = Minimal.Replace("\"recipients\": []", "\"recipients\": [,]", StringComparison.Ordinal);

        var error = SingleError(json);

        AssertMessage(error,
            "The file is not valid JSON: ',' is an invalid start of a value.",
            "Le fichier n'est pas du JSON valide : ',' is an invalid start of a value.");
    }

    [Fact]
    public void Parse_SyntaxErrorInsideAnUnknownProperty_CarriesThatPropertysPath()
    {
        var json = Minimal.Replace("\"recipients\": [],", "\"recipients\": [], \"bogus\": [1,],", StringComparison.Ordinal);

        var errors = DeclarationFile.Parse(json, "syntax.json").Errors;

        Assert.Equal(
            [(DeclarationErrorKind.UnknownProperty, "$.bogus"), (DeclarationErrorKind.Syntax, "$.bogus")],
            errors.Select(e => (e.Kind, e.Path)));
    }

    [Fact]
    public void Parse_SyntaxErrorAfterANullItem_CarriesThatItemsPath()
    {
        var json = Minimal.Replace(RootPurposes, "\"purposes\": [null,],", StringComparison.Ordinal);

        var errors = DeclarationFile.Parse(json, "syntax.json").Errors;

        Assert.Equal(
            [(DeclarationErrorKind.WrongType, "$.purposes[0]"), (DeclarationErrorKind.Syntax, "$.purposes[0]")],
            errors.Select(e => (e.Kind, e.Path)));
    }

    [Fact]
    public void Parse_SyntaxErrorAfterAnArrayItem_CarriesThatItemsPath()
    {
        var json = Minimal.Replace(RootPurposes, "\"purposes\": [\"orders\",],", StringComparison.Ordinal);

        var error = SingleError(json);

        AssertError(error, DeclarationErrorKind.Syntax, "$.purposes[0]", Locate(json, "]", after: "\"orders\","));
    }

    [Fact]
    public void TryGetLocation_NullItemOfAnArray_GivesWhereTheNullIs()
    {
        var json = Minimal.Replace(RootPurposes, "\"purposes\": [\"orders\", null],", StringComparison.Ordinal);
        var result = DeclarationFile.Parse(json, "null.json");

        var found = result.TryGetLocation("$.purposes[1]", out var line, out var column);

        Assert.True(found);
        Assert.Equal(Locate(json, "null"), (line, column));
    }

    [Theory]
    [InlineData("\"1st\": 1", "$['1st']")]
    [InlineData("\"a-b\": 1", "$['a-b']")]
    [InlineData("\"\": 1", "$['']")]
    [InlineData("\"it's\": 1", "$['it\\'s']")]
    [InlineData("\"back\\\\slash\": 1", "$['back\\\\slash']")]
    [InlineData("\"caf\u00e9\": 1", "$['caf\u00e9']")]
    [InlineData("\"snake_case9\": 1", "$.snake_case9")]
    [InlineData("\"_x\": 1", "$._x")]
    public void Parse_UnknownPropertyWithAnyName_HasTheJsonPathOfThatName(string property, string path)
    {
        var json = Minimal.Replace("\"recipients\": [],", $"\"recipients\": [], {property},", StringComparison.Ordinal);

        var error = SingleError(json);

        AssertError(error, DeclarationErrorKind.UnknownProperty, path, Locate(json, property));
    }

    [Fact]
    public void Parse_SchemaOfTheWrongType_HasTheBracketedPath()
    {
        var json = Minimal.Replace("{\n", "{\n  \"$schema\": 3,\n", StringComparison.Ordinal);

        var error = SingleError(json);

        AssertError(error, DeclarationErrorKind.WrongType, "$['$schema']", (2, 14));
        AssertMessage(error, "'$schema' must be a string; it is a number.", "'$schema' doit être une chaîne ; c'est un nombre.");
    }

    [Fact]
    public void Parse_BlankControllerText_AsksToWriteIt()
    {
        var json = Minimal.Replace("\"name\": \"Shop\", \"contact\": \"privacy@example.org\"", "\"name\": \" \", \"contact\": \"\"", StringComparison.Ordinal);

        var errors = DeclarationFile.Parse(json, "blank.json").Errors;

        Assert.Equal(["$.controller.name", "$.controller.contact"], errors.Select(e => e.Path));
        Assert.All(errors, e => AssertMessage(e, "This text is empty or white space; write it.", "Ce texte est vide ou blanc ; renseignez-le."));
    }

    [Fact]
    public void Parse_SectorThatIsNotKebabCase_SaysWhatASectorIs()
    {
        var json = Minimal.Replace("{\n", "{\n  \"sector\": \"Retail\",\n", StringComparison.Ordinal);

        var error = SingleError(json);

        AssertMessage(error,
            "A sector is a kebab-case name (lower-case letters, digits and single hyphens), such as 'retail'; 'Retail' is not.",
            "Un secteur est un nom en kebab-case (minuscules, chiffres et tirets simples), tel que 'retail' ; 'Retail' ne l'est pas.");
    }

    [Theory]
    [InlineData("")]
    [InlineData("  \"sectorConfirmed\": false,\n")]
    [InlineData("  \"sectorConfirmed\": null,\n")]
    public void Parse_SectorLookAlikeNotConfirmed_AsksWhetherTheExcludedSectorWasMeant(string confirmation)
    {
        var json = Minimal.Replace("{\n", "{\n" + confirmation + "  \"sector\": \"helth\",\n", StringComparison.Ordinal);

        var error = SingleError(json);

        Assert.Equal((DeclarationErrorKind.SectorLookAlike, "$.sector"), (error.Kind, error.Path));
        AssertMessage(error,
            "The sector 'helth' looks like 'health', which is outside the norm: did you mean 'health'? If 'helth' is another sector, add \"sectorConfirmed\": true.",
            "Le secteur 'helth' ressemble à 'health', exclu de la norme : vouliez-vous dire 'health' ? Si 'helth' est un autre secteur, ajoutez \"sectorConfirmed\": true.");
    }

    [Fact]
    public void Parse_UnknownEdition_ListsTheEditionsInFrenchToo()
    {
        var json = Minimal.Replace("{\n", "{\n  \"edition\": \"ns48-2012\",\n", StringComparison.Ordinal);

        var error = SingleError(json);

        Assert.Equal("'ns48-2012' n'est pas un identifiant d'édition connu. Identifiants acceptés : ns48-2005, ns48-2016, ref-2021.", error.Message.French);
    }

    [Fact]
    public void Parse_UnknownPurposeWithoutEdition_ListsThePurposesOfEveryEdition()
    {
        var json = Minimal.Replace(RootPurposes, "\"purposes\": [\"order\"],", StringComparison.Ordinal);

        var error = SingleError(json);

        var all = string.Join(", ", ProcessingPurpose.All.Select(p => p.Id));
        Assert.Contains("contests", all, StringComparison.Ordinal);
        AssertMessage(error,
            $"'order' is not a known purpose id. Accepted ids: {all}.",
            $"'order' n'est pas un identifiant de finalité connu. Identifiants acceptés : {all}.");
    }

    [Fact]
    public void Parse_PurposeOfAnotherEdition_NamesTheEditionsInFrenchToo()
    {
        var json = Minimal.Replace("{\n", "{\n  \"edition\": \"ns48-2005\",\n", StringComparison.Ordinal)
            .Replace(RootPurposes, "\"purposes\": [\"orders\", \"contests\"],", StringComparison.Ordinal);

        var error = SingleError(json);

        Assert.Equal(
            "La finalité 'contests' n'existe pas dans l'édition ns48-2005, que nomme la déclaration ; elle existe dans ns48-2016, ref-2021.",
            error.Message.French);
    }

    [Fact]
    public void Parse_FieldDeclaredTwice_AsksToDeclareItOnce()
    {
        var json = Minimal.Replace("\"purposes\": [\"orders\"] }]", "\"purposes\": [\"orders\"] }, { \"field\": \"last-name\", \"purposes\": [\"invoices\"] }]", StringComparison.Ordinal);

        var error = SingleError(json);

        AssertMessage(error,
            "The field 'last-name' is declared twice; declare it once, with every purpose it serves.",
            "La donnée 'last-name' est déclarée deux fois ; déclarez-la une fois, avec toutes ses finalités.");
    }

    [Fact]
    public void Parse_CustomFieldDeclaredTwice_IsReportedAtTheSecondId()
    {
        const string custom = "{ \"field\": { \"id\": \"tier\", \"category\": \"situation\" }, \"purposes\": [] }";
        var json = Minimal.Replace("\"purposes\": [\"orders\"] }]", $"\"purposes\": [\"orders\"] }}, {custom}, {custom}]", StringComparison.Ordinal);

        var error = SingleError(json);

        AssertError(error, DeclarationErrorKind.DuplicateId, "$.fields[2].field.id", Locate(json, "\"tier\"", occurrence: 2));
        Assert.Equal("The field 'tier' is declared twice; declare it once, with every purpose it serves.", error.Message.English);
    }

    [Fact]
    public void Parse_SensitiveBesideACustomField_AsksToMoveItInside()
    {
        var json = WithSecondField("{ \"field\": { \"id\": \"tier\", \"category\": \"commercial-relationship\" }, \"purposes\": [], \"sensitive\": true }");

        var error = SingleError(json);

        AssertMessage(error,
            "'sensitive' may not stand beside a custom field object: give it inside the object, as 'field.sensitive'.",
            "'sensitive' ne peut pas accompagner un objet de donnée propre : indiquez-le dans l'objet, en 'field.sensitive'.");
    }

    [Fact]
    public void Parse_SensitiveOnABuiltInFieldOfAnotherCategory_NamesItsCategory()
    {
        var json = WithSecondField("{ \"field\": \"email-address\", \"purposes\": [\"orders\"], \"sensitive\": false }");

        var error = SingleError(json);

        AssertMessage(error,
            "'sensitive' may be given only with a commercial-relationship field; 'email-address' is of category identity (whatever the value, false included).",
            "'sensitive' ne peut accompagner qu'une donnée de la relation commerciale ; 'email-address' relève de la catégorie identity (quelle que soit la valeur, false compris).");
    }

    [Theory]
    [InlineData("true", true)]
    [InlineData("false", false)]
    public void Parse_SensitiveOnABuiltInCommercialRelationshipField_IsKept(string flag, bool sensitive)
    {
        var json = WithSecondField($"{{ \"field\": \"product-purchased\", \"purposes\": [\"orders\"], \"sensitive\": {flag} }}");

        var result = DeclarationFile.Parse(json, "sensitive.json");

        Assert.True(result.Succeeded, string.Join(Environment.NewLine, result.Errors));
        Assert.Same(DataField.ProductPurchased, result.Declaration.Fields[1].Field);
        Assert.Equal(sensitive, result.Declaration.Fields[1].Sensitive);
    }

    [Fact]
    public void Parse_SensitiveInsideACustomFieldOfAnotherCategory_NamesItsCategory()
    {
        var json = WithSecondField("{ \"field\": { \"id\": \"tier\", \"category\": \"identity\", \"sensitive\": false }, \"purposes\": [] }");

        var error = SingleError(json);

        AssertMessage(error,
            "'sensitive' may be given only for a commercial-relationship field; this one is identity (whatever the value, false included).",
            "'sensitive' n'est admis que pour une donnée de la relation commerciale ; celle-ci relève de identity (quelle que soit la valeur, false compris).");
    }

    [Fact]
    public void Parse_CustomFieldIdNotKebabCase_SaysWhatAnIdIs()
    {
        var json = WithSecondField("{ \"field\": { \"id\": \"Loyalty_Tier\", \"category\": \"identity\" }, \"purposes\": [] }");

        var error = SingleError(json);

        AssertMessage(error,
            "A custom field id is kebab-case (^[a-z0-9]+(-[a-z0-9]+)*$), such as 'loyalty-tier'; 'Loyalty_Tier' is not.",
            "L'identifiant d'une donnée propre est en kebab-case (^[a-z0-9]+(-[a-z0-9]+)*$), tel que 'loyalty-tier' ; 'Loyalty_Tier' ne l'est pas.");
    }

    [Fact]
    public void Parse_BuiltInFieldWrittenAsCustom_AsksToWriteItAsAString()
    {
        var json = WithSecondField("{ \"field\": { \"id\": \"email-address\", \"category\": \"identity\" }, \"purposes\": [] }");

        var error = SingleError(json);

        AssertMessage(error,
            "'email-address' is a built-in field of the norm: write it as a string, \"field\": \"email-address\", not as a custom field.",
            "'email-address' est une donnée de la norme : écrivez-la comme une chaîne, \"field\": \"email-address\", pas comme une donnée propre.");
    }

    [Fact]
    public void Parse_UnknownCategoryOfACustomField_ListsTheCategories()
    {
        var json = WithSecondField("{ \"field\": { \"id\": \"tier\", \"category\": \"loyalty\" }, \"purposes\": [] }");

        var error = SingleError(json);

        AssertError(error, DeclarationErrorKind.UnknownId, "$.fields[1].field.category", Locate(json, "\"loyalty\""));
        const string categories = "identity, payment-means, situation, commercial-relationship, invoice-settlement, connection-data, excluded";
        AssertMessage(error,
            $"'loyalty' is not a known category id. Accepted ids: {categories}.",
            $"'loyalty' n'est pas un identifiant de catégorie connu. Identifiants acceptés : {categories}.");
    }

    [Fact]
    public void Parse_UnknownBuiltInField_SaysHowToWriteACustomFieldInFrenchToo()
    {
        var json = Minimal.Replace("\"last-name\"", "\"emial-address\"", StringComparison.Ordinal);

        var error = SingleError(json);

        var builtIn = string.Join(", ", DataField.BuiltIn.Select(f => f.Id));
        AssertMessage(error,
            $"'emial-address' is not a known field id. Accepted ids: {builtIn}; a custom field is written as an object {{\"id\":…,\"category\":…}}.",
            $"'emial-address' n'est pas un identifiant de donnée connu. Identifiants acceptés : {builtIn} ; une donnée propre s'écrit comme un objet {{\"id\":…,\"category\":…}}.");
    }

    [Fact]
    public void Parse_TransferOfAnUnknownFieldWithoutCustomFields_SaysNoneIsDeclared()
    {
        var json = WithFileTransfer("[\"rental\"]", "[\"last-name\", \"level\"]");

        var error = SingleError(json);

        AssertError(error, DeclarationErrorKind.UnknownId, "$.fileTransfer.fields[1]", Locate(json, "\"level\""));
        var builtIn = string.Join(", ", DataField.BuiltIn.Select(f => f.Id));
        AssertMessage(error,
            $"'level' is not a known field id. Accepted ids: {builtIn}; or the id of a custom field declared in 'fields' (none).",
            $"'level' n'est pas un identifiant de donnée connu. Identifiants acceptés : {builtIn} ; ou l'identifiant d'une donnée propre déclarée dans 'fields' (aucune).");
    }

    [Fact]
    public void Parse_TransferOfAnUnknownField_ListsTheCustomFieldsInFrenchToo()
    {
        var json = WithFileTransfer("[\"rental\"]", "[\"level\"]")
            .Replace("\"purposes\": [\"orders\"] }]", "\"purposes\": [\"orders\"] }, { \"field\": { \"id\": \"tier\", \"category\": \"situation\" }, \"purposes\": [] }, { \"field\": { \"id\": \"rank\", \"category\": \"situation\" }, \"purposes\": [] }]", StringComparison.Ordinal);

        var error = SingleError(json);

        Assert.EndsWith("; or the id of a custom field declared in 'fields' (tier, rank).", error.Message.English, StringComparison.Ordinal);
        Assert.EndsWith(" ; ou l'identifiant d'une donnée propre déclarée dans 'fields' (tier, rank).", error.Message.French, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_TransferOfACustomFieldWhoseIdWasRefused_IsNotReportedAgain()
    {
        var json = WithFileTransfer("[\"rental\"]", "[\"Tier_X\"]")
            .Replace("\"purposes\": [\"orders\"] }]", "\"purposes\": [\"orders\"] }, { \"field\": { \"id\": \"Tier_X\", \"category\": \"situation\" }, \"purposes\": [] }]", StringComparison.Ordinal);

        var error = SingleError(json);

        AssertError(error, DeclarationErrorKind.InvalidValue, "$.fields[1].field.id", Locate(json, "\"Tier_X\""));
    }

    [Fact]
    public void Parse_PolicyOfACustomFieldWhoseCategoryWasRefused_IsNotReportedAgain()
    {
        var json = WithSecondField("{ \"field\": { \"id\": \"tier\", \"category\": \"loyalty\" }, \"purposes\": [] }")
            .Replace("\"recipients\": [],", "\"recipients\": [], \"retentionPolicies\": [{ \"status\": \"client\", \"field\": \"tier\", \"anchor\": \"relationship-end\", \"period\": \"P6M\", \"action\": \"purge\" }],", StringComparison.Ordinal);

        var error = SingleError(json);

        AssertError(error, DeclarationErrorKind.UnknownId, "$.fields[1].field.category", Locate(json, "\"loyalty\""));
    }

    [Fact]
    public void Parse_FileTransfer_ReadsModesFieldsAndFlags()
    {
        var json = WithFileTransfer("[\"cession\", \"exchange\"]", "[\"last-name\"]")
            .Replace("\"acquirerCommitment\": true, \"expressConsent\": true", "\"acquirerCommitment\": false, \"expressConsent\": true", StringComparison.Ordinal);

        var result = DeclarationFile.Parse(json, "transfer.json");

        Assert.True(result.Succeeded, string.Join(Environment.NewLine, result.Errors));
        var transfer = result.Declaration.FileTransfer!;
        Assert.Equal([TransferMode.Cession, TransferMode.Exchange], transfer.Modes);
        Assert.Equal([DataField.LastName], transfer.Fields);
        Assert.Equal((false, true, true), (transfer.AcquirerCommitment, transfer.ExpressConsent, transfer.ObjectorsExcluded));
    }

    [Fact]
    public void Parse_UnknownTransferMode_ListsTheModes()
    {
        var json = WithFileTransfer("[\"swap\"]", "[]");

        var error = SingleError(json);

        AssertMessage(error,
            "'swap' is not a known transfer mode id. Accepted ids: cession, rental, exchange.",
            "'swap' n'est pas un identifiant de mode de transfert connu. Identifiants acceptés : cession, rental, exchange.");
    }

    [Fact]
    public void Parse_UnknownRecipient_SaysHowToWriteAnUnlistedOne()
    {
        var json = Minimal.Replace("\"recipients\": []", "\"recipients\": [{ \"recipient\": \"ad-network\" }]", StringComparison.Ordinal);

        var error = SingleError(json);

        var listed = string.Join(", ", Recipient.Listed.Select(r => r.Id));
        AssertMessage(error,
            $"'ad-network' is not a known recipient id. Accepted ids: {listed}; a recipient the norm does not list is written as an object {{\"id\":\"ad-network\"}}.",
            $"'ad-network' n'est pas un identifiant de destinataire connu. Identifiants acceptés : {listed} ; un destinataire que la norme ne prévoit pas s'écrit comme un objet {{\"id\":\"ad-network\"}}.");
    }

    [Fact]
    public void Parse_UnlistedRecipientIdNotKebabCase_SaysWhatAnIdIs()
    {
        var json = Minimal.Replace("\"recipients\": []", "\"recipients\": [{ \"recipient\": { \"id\": \"Ad Network\" } }]", StringComparison.Ordinal);

        var error = SingleError(json);

        AssertMessage(error,
            "An unlisted recipient id is kebab-case (^[a-z0-9]+(-[a-z0-9]+)*$), such as 'ad-network'; 'Ad Network' is not.",
            "L'identifiant d'un destinataire non prévu est en kebab-case (^[a-z0-9]+(-[a-z0-9]+)*$), tel que 'ad-network' ; 'Ad Network' ne l'est pas.");
    }

    [Fact]
    public void Parse_ListedRecipientWrittenAsAnObject_AsksToWriteItAsAString()
    {
        var json = Minimal.Replace("\"recipients\": []", "\"recipients\": [{ \"recipient\": { \"id\": \"public-bodies\" } }]", StringComparison.Ordinal);

        var error = SingleError(json);

        AssertMessage(error,
            "'public-bodies' is a recipient the norm lists: write it as a string, \"recipient\": \"public-bodies\".",
            "'public-bodies' est un destinataire prévu par la norme : écrivez-le comme une chaîne, \"recipient\": \"public-bodies\".");
    }

    [Fact]
    public void Parse_UnknownSharingBasis_ListsTheBases()
    {
        var json = Minimal.Replace("\"recipients\": []", "\"recipients\": [{ \"recipient\": \"public-bodies\", \"basis\": \"law\" }]", StringComparison.Ordinal);

        var error = SingleError(json);

        AssertMessage(error,
            "'law' is not a known sharing basis id. Accepted ids: contract-execution, legal-obligation, debt-recovery.",
            "'law' n'est pas un identifiant de fondement connu. Identifiants acceptés : contract-execution, legal-obligation, debt-recovery.");
    }

    [Fact]
    public void Parse_RecipientWithABasis_ReadsTheBasis()
    {
        var json = Minimal.Replace("\"recipients\": []", "\"recipients\": [{ \"recipient\": \"public-bodies\", \"basis\": \"legal-obligation\" }]", StringComparison.Ordinal);

        var result = DeclarationFile.Parse(json, "basis.json");

        Assert.True(result.Succeeded, string.Join(Environment.NewLine, result.Errors));
        Assert.Equal((Recipient.PublicBodies, (SharingBasis?)SharingBasis.LegalObligation), (result.Declaration.Recipients[0].Recipient, result.Declaration.Recipients[0].Basis));
    }

    [Theory]
    [InlineData("\"status\": \"lead\"", "'lead' is not a known subject status id. Accepted ids: client, prospect.", "'lead' n'est pas un identifiant de statut connu. Identifiants acceptés : client, prospect.")]
    [InlineData("\"action\": \"delete\"", "'delete' is not a known retention end action id. Accepted ids: purge, archive-then-purge, ask-then-purge.", "'delete' n'est pas un identifiant d'action de fin de conservation connu. Identifiants acceptés : purge, archive-then-purge, ask-then-purge.")]
    [InlineData("\"anchor\": \"last-order\"", "'last-order' is not a known retention anchor id. Accepted ids: collection, last-contact-from-person, relationship-end, proof-document-date, transaction-completion, debit-date, tracker-set, objection, last-activity.", "'last-order' n'est pas un identifiant de point de départ connu. Identifiants acceptés : collection, last-contact-from-person, relationship-end, proof-document-date, transaction-completion, debit-date, tracker-set, objection, last-activity.")]
    [InlineData("\"maxUnansweredSolicitations\": -1", "'maxUnansweredSolicitations' is a count, 0 or more; it is -1.", "'maxUnansweredSolicitations' est un nombre, 0 ou plus ; il vaut -1.")]
    [InlineData("\"field\": \"last-name\", \"category\": \"situation\"", "The field 'last-name' is of category identity, not situation: give one of 'field' and 'category', or make them agree.", "La donnée 'last-name' relève de la catégorie identity, pas situation : donnez 'field' ou 'category', ou faites-les concorder.")]
    [InlineData("\"period\": \"one year\"", "A period is an ISO-8601 period with no sign, such as P1Y, P6M, P2W, P30D or P1Y6M; 'one year' is not.", "Une période est une durée ISO-8601 sans signe, telle que P1Y, P6M, P2W, P30D ou P1Y6M ; 'one year' n'en est pas une.")]
    [InlineData("\"period\": \"P1000Y\"", "The period 'P1000Y' is too long for a retention period: it must be shorter than 1000 years.", "La période 'P1000Y' est trop longue pour une durée de conservation : elle doit être inférieure à 1000 ans.")]
    public void Parse_RetentionPolicyTheModelRefuses_SaysWhyInBothLanguages(string property, string english, string french)
    {
        var name = property[..property.IndexOf(':', StringComparison.Ordinal)];
        var policy = string.Join(", ", new[] { "\"status\": \"client\"", "\"anchor\": \"relationship-end\"", "\"period\": \"P1Y\"", "\"action\": \"purge\"" }
            .Where(p => !p.StartsWith(name, StringComparison.Ordinal)).Append(property));
        var json = Minimal.Replace("\"recipients\": [],", $"\"recipients\": [], \"retentionPolicies\": [{{ {policy} }}],", StringComparison.Ordinal);

        var error = SingleError(json);

        AssertMessage(error, english, french);
    }

    [Fact]
    public void Parse_PolicyWithoutStatusOfAnAnchorThatNeedsOne_SaysWhichAnchorsMayGoWithout()
    {
        var json = Minimal.Replace("\"recipients\": [],", "\"recipients\": [], \"retentionPolicies\": [{ \"anchor\": \"collection\", \"period\": \"P1Y\", \"action\": \"purge\" }],", StringComparison.Ordinal);

        var error = SingleError(json);

        AssertMessage(error,
            "A retention policy whose clock starts at 'collection' states the persons it concerns: add \"status\": \"client\" or \"prospect\" (only the anchors tracker-set, objection and last-activity may go without).",
            "Une durée de conservation dont le délai court à partir de 'collection' indique les personnes concernées : ajoutez \"status\": \"client\" ou \"prospect\" (seuls les points de départ tracker-set, objection et last-activity peuvent s'en passer).");
    }

    [Fact]
    public void Parse_PolicyWithoutStatusAndWithAnUnknownAnchor_ReportsOnlyTheAnchor()
    {
        var json = Minimal.Replace("\"recipients\": [],", "\"recipients\": [], \"retentionPolicies\": [{ \"anchor\": \"last-order\", \"period\": \"P1Y\", \"action\": \"purge\" }],", StringComparison.Ordinal);

        var error = SingleError(json);

        AssertError(error, DeclarationErrorKind.UnknownId, "$.retentionPolicies[0].anchor", Locate(json, "\"last-order\""));
    }

    [Fact]
    public void Parse_CustomFieldWithoutId_ReportsOnlyTheMissingId()
    {
        var json = WithSecondField("{ \"field\": { \"category\": \"identity\" }, \"purposes\": [] }");

        var error = SingleError(json);

        AssertError(error, DeclarationErrorKind.MissingProperty, "$.fields[1].field.id", Locate(json, "{ \"category\""));
    }

    [Fact]
    public void Parse_PolicyWithNeitherPeriodNorCount_SaysSoInFrenchToo()
    {
        var json = Minimal.Replace("\"recipients\": [],", "\"recipients\": [], \"retentionPolicies\": [{ \"status\": \"prospect\", \"anchor\": \"collection\", \"action\": \"purge\" }],", StringComparison.Ordinal);

        var error = SingleError(json);

        Assert.Equal(
            "Une durée de conservation indique une période ('period'), un nombre maximal de sollicitations sans réponse ('maxUnansweredSolicitations'), ou les deux.",
            error.Message.French);
    }

    [Fact]
    public void Parse_PolicyWithAPeriodOfTheWrongType_IsReportedOnlyAtThePeriod()
    {
        var json = Minimal.Replace("\"recipients\": [],", "\"recipients\": [], \"retentionPolicies\": [{ \"status\": \"prospect\", \"anchor\": \"collection\", \"period\": 12, \"action\": \"purge\" }],", StringComparison.Ordinal);

        var error = SingleError(json);

        AssertError(error, DeclarationErrorKind.WrongType, "$.retentionPolicies[0].period", Locate(json, "12"));
    }

    [Fact]
    public void Parse_PolicyWithACountOfZero_IsAccepted()
    {
        // 0 is a count ("0 or more"): only a negative count is refused.
        var json = Minimal.Replace("\"recipients\": [],", "\"recipients\": [], \"retentionPolicies\": [{ \"status\": \"prospect\", \"anchor\": \"collection\", \"action\": \"purge\", \"maxUnansweredSolicitations\": 0 }],", StringComparison.Ordinal);

        var result = DeclarationFile.Parse(json, "zero.json");

        Assert.True(result.Succeeded, string.Join(Environment.NewLine, result.Errors));
        Assert.Equal(0, result.Declaration.RetentionPolicies[0].MaxUnansweredSolicitations);
    }

    [Fact]
    public void Parse_PolicyWithAFieldAndItsOwnCategory_IsAccepted()
    {
        var json = Minimal.Replace("\"recipients\": [],", "\"recipients\": [], \"retentionPolicies\": [{ \"status\": \"client\", \"field\": \"last-name\", \"category\": \"identity\", \"anchor\": \"relationship-end\", \"period\": \"P1Y\", \"action\": \"purge\", \"proof\": true }],", StringComparison.Ordinal);

        var result = DeclarationFile.Parse(json, "agree.json");

        Assert.True(result.Succeeded, string.Join(Environment.NewLine, result.Errors));
        var policy = result.Declaration.RetentionPolicies[0];
        Assert.Equal((DataField.LastName, DataCategory.Identity, true), (policy.Field, policy.Category, policy.ProofOnly));
    }

    [Theory]
    [InlineData("\"channel\": \"mail\", \"audience\": \"consumer\", \"target\": \"client\"", "'mail' n'est pas un identifiant de canal connu. Identifiants acceptés : email, sms, fax, automated-call, phone, postal.")]
    [InlineData("\"channel\": \"email\", \"audience\": \"b2b\", \"target\": \"client\"", "'b2b' n'est pas un identifiant de public connu. Identifiants acceptés : consumer, professional.")]
    [InlineData("\"channel\": \"email\", \"audience\": \"consumer\", \"target\": \"customer\"", "'customer' n'est pas un identifiant de statut connu. Identifiants acceptés : client, prospect.")]
    public void Parse_UnknownChannelValue_ListsTheAcceptedIdsInFrench(string properties, string french)
    {
        var channel = $"{{ {properties}, \"consentCollected\": true, \"objectionOfferedAtCollection\": true }}";
        var json = Minimal.Replace("\"recipients\": [],", $"\"recipients\": [], \"channels\": [{channel}],", StringComparison.Ordinal);

        var error = SingleError(json);

        Assert.Equal(french, error.Message.French);
    }

    [Theory]
    [InlineData("\"id\": \"signup\", \"items\": [\"rights\", \"legal-basis\"]",
        "'legal-basis' is not a known notice item id. Accepted ids: controller-identity, purposes, mandatory-or-optional, consequences-of-no-answer, recipients, rights.",
        "'legal-basis' n'est pas un identifiant de mention connu. Identifiants acceptés : controller-identity, purposes, mandatory-or-optional, consequences-of-no-answer, recipients, rights.")]
    [InlineData("\"id\": \"signup\", \"items\": [], \"consentCheckbox\": \"ticked\"",
        "'ticked' is not a known consent checkbox id. Accepted ids: none, unticked, pre-ticked.",
        "'ticked' n'est pas un identifiant de case de consentement connu. Identifiants acceptés : none, unticked, pre-ticked.")]
    [InlineData("\"id\": \"Sign Up\", \"items\": []",
        "A form id is kebab-case (^[a-z0-9]+(-[a-z0-9]+)*$), such as 'newsletter-signup'; 'Sign Up' is not.",
        "L'identifiant d'un formulaire est en kebab-case (^[a-z0-9]+(-[a-z0-9]+)*$), tel que 'newsletter-signup' ; 'Sign Up' ne l'est pas.")]
    public void Parse_FormTheModelRefuses_SaysWhyInBothLanguages(string properties, string english, string french)
    {
        var json = Minimal.Replace("\"recipients\": [],", $"\"recipients\": [], \"forms\": [{{ {properties} }}],", StringComparison.Ordinal);

        var error = SingleError(json);

        AssertMessage(error, english, french);
    }

    [Fact]
    public void Parse_FormDeclaredTwice_AsksForItsOwnId()
    {
        var json = Minimal.Replace("\"recipients\": [],", "\"recipients\": [], \"forms\": [{ \"id\": \"signup\", \"items\": [] }, { \"id\": \"signup\", \"items\": [\"rights\"] }],", StringComparison.Ordinal);

        var error = SingleError(json);

        AssertMessage(error,
            "The form 'signup' is declared twice; give each form its own id.",
            "Le formulaire 'signup' est déclaré deux fois ; donnez à chaque formulaire son propre identifiant.");
    }

    [Fact]
    public void Parse_Form_ReadsItsItemsFlagsAndCheckbox()
    {
        var json = Minimal.Replace("\"recipients\": [],", "\"recipients\": [], \"forms\": [{ \"id\": \"signup\", \"items\": [\"purposes\", \"rights\"], \"prospecting\": true, \"objectionNotice\": false, \"trackers\": true, \"consentCheckbox\": \"pre-ticked\" }, { \"id\": \"contact\", \"items\": [] }],", StringComparison.Ordinal);

        var result = DeclarationFile.Parse(json, "forms.json");

        Assert.True(result.Succeeded, string.Join(Environment.NewLine, result.Errors));
        var signup = result.Declaration.Forms[0].Notice;
        Assert.Equal([NoticeItem.Purposes, NoticeItem.Rights], signup.Items);
        Assert.Equal((true, false, true, false, (ConsentCheckbox?)ConsentCheckbox.PreTicked),
            (signup.Prospecting, signup.ObjectionNotice, signup.Trackers, signup.TrackersNotice, signup.ConsentCheckbox));
        var contact = result.Declaration.Forms[1];
        Assert.Equal("contact", contact.Id);
        Assert.Equal((false, false, false, false, (ConsentCheckbox?)null),
            (contact.Notice.Prospecting, contact.Notice.ObjectionNotice, contact.Notice.Trackers, contact.Notice.TrackersNotice, contact.Notice.ConsentCheckbox));
    }

    [Fact]
    public void Parse_SecurityArt8Measures_AreReadOntoTheMeasures()
    {
        var json = Minimal.Replace("\"securePayment\": false", "\"securePayment\": true, \"individualAuthentication\": true, \"passwordsNotInClear\": true, \"encryptedTransit\": true, \"paymentAccessTraced\": true", StringComparison.Ordinal);

        var result = DeclarationFile.Parse(json, "security.json");

        Assert.True(result.Succeeded, string.Join(Environment.NewLine, result.Errors));
        Assert.True(result.Declaration.Security is
        {
            DataProtection: true, OnlineService: false, OnlineAccessProtection: false, RemoteCardPayments: false, SecurePayment: true,
            IndividualAuthentication: true, PasswordsNotInClear: true, EncryptedTransit: true, PaymentAccessTraced: true,
        });
    }

    [Fact]
    public void Parse_TransferAbroadWhileTransfersOutsideEuFalse_SaysHowToResolveItInBothLanguages()
    {
        var json = Minimal.Replace("\"recipients\": [],", "\"recipients\": [], \"transfersOutsideEu\": false, \"transferAbroad\": { \"repetitiveMassiveOrStructural\": false },", StringComparison.Ordinal);

        var error = SingleError(json);

        AssertMessage(error,
            "'transfersOutsideEu' is false, but 'transferAbroad' describes transfers outside the European Union: set it to true, or remove 'transferAbroad'.",
            "'transfersOutsideEu' vaut false, mais 'transferAbroad' décrit des transferts hors de l'Union européenne : mettez-le à true, ou retirez 'transferAbroad'.");
    }

    [Fact]
    public void Parse_TransferAbroadWithoutBasis_HasNoBasis()
    {
        var json = Minimal.Replace("\"recipients\": [],", "\"recipients\": [], \"transfersOutsideEu\": true, \"transferAbroad\": { \"repetitiveMassiveOrStructural\": true },", StringComparison.Ordinal);

        var result = DeclarationFile.Parse(json, "abroad.json");

        Assert.True(result.Succeeded, string.Join(Environment.NewLine, result.Errors));
        Assert.Equal(((TransferBasis?)null, true), (result.Declaration.TransferAbroad!.Basis, result.Declaration.TransferAbroad.RepetitiveMassiveOrStructural));
    }

    private static void AssertMessage(DeclarationError error, string english, string french) =>
        Assert.Equal((english, french), (error.Message.English, error.Message.French));

    private static string WithSecondField(string field) =>
        Minimal.Replace("\"purposes\": [\"orders\"] }]", $"\"purposes\": [\"orders\"] }}, {field}]", StringComparison.Ordinal);

    private static string WithFileTransfer(string modes, string fields) => Minimal.Replace(
        "\"recipients\": [],",
        $"\"recipients\": [], \"fileTransfer\": {{ \"modes\": {modes}, \"fields\": {fields}, \"acquirerCommitment\": true, \"expressConsent\": true, \"objectorsExcluded\": true }},",
        StringComparison.Ordinal);
}
