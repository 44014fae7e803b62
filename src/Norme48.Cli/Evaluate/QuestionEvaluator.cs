using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using NodaTime;
using NodaTime.Text;
using Norme48.Decisions;
using Norme48.Evaluation;
using Norme48.Identifiers;
using Norme48.Rules;
using Norme48.Vocabulary;

namespace Norme48.Cli.Evaluate;

/// <summary>
/// Answers one question line of the JSON Lines contract: strict parsing (unknown or repeated keys at any depth, wrong
/// types and unknown ids are errors naming the key), the decision, and the answer object.
/// </summary>
internal sealed partial class QuestionEvaluator
{
    private const string InForce = "in-force";

    private static readonly string[] EditionValues = ["ns48-2005", "ns48-2016", "ref-2021", InForce];
    private static readonly string[] AskValues = ["collect", "share", "transfer", "retention", "solicit", "internal-code", "notice"];
    private static readonly string[] CommonKeys = ["ask", "id", "edition", "sector", "sectorConfirmed"];
    private static readonly string[] CustomFieldKeys = ["id", "category", "sensitive"];
    private static readonly string[] UnlistedRecipientKeys = ["id"];

    private static readonly Dictionary<string, string[]> KeysOfAsk = new(StringComparer.Ordinal)
    {
        ["collect"] = ["field", "purpose"],
        ["share"] = ["field", "recipient", "basis"],
        ["transfer"] = ["field", "mode", "acquirerCommitment", "expressConsent", "objected", "sensitive"],
        ["internal-code"] = ["value"],
        ["retention"] = ["field", "subject", "now", "proof", "proofFrom"],
        ["solicit"] = ["channel", "audience", "subject", "at"],
        ["notice"] = ["items", "prospecting", "objectionNotice", "trackers", "trackersNotice", "consentCheckbox"],
    };

    private readonly EvaluateOptions options;
    private readonly Language language;
    private readonly Norme48Evaluator?[] evaluators = new Norme48Evaluator?[Edition.All.Count];

    public QuestionEvaluator(EvaluateOptions options)
    {
        this.options = options;
        language = options.Language;
    }

    /// <summary>Answers a line; returns whether the answer is an error line.</summary>
    public bool Answer(ReadOnlySpan<byte> line, int lineNumber, Utf8JsonWriter writer)
    {
        string? idRaw = null;
        try
        {
            using var document = Parse(line);
            var root = document.RootElement;
            var keys = ReadObject(root, path: null, allowed: null, out idRaw);
            Decide(keys, lineNumber, idRaw, writer);
            return false;
        }
        catch (LineError error)
        {
            WriteError(writer, lineNumber, error.EchoId ? idRaw : null, error.Message);
            return true;
        }
        catch (InvalidOperationException)
        {
            // A string that is not valid UTF-8, or an unpaired surrogate escape, fails when it is read as text.
            WriteError(writer, lineNumber, null, Text(
                "The line holds a string that is not valid text (invalid UTF-8 or an unpaired \\u surrogate escape).",
                "La ligne contient une chaîne qui n'est pas du texte valide (UTF-8 invalide ou échappement \\u de substitut isolé)."));
            return true;
        }
    }

    /// <summary>Writes the error line for a line too long to be read.</summary>
    public void AnswerOverlong(int lineNumber, Utf8JsonWriter writer) =>
        WriteError(writer, lineNumber, null, Text(
            $"The line is longer than {LineReader.MaxLineBytes} bytes (1 MiB) and was not read.",
            $"La ligne dépasse {LineReader.MaxLineBytes} octets (1 Mio) et n'a pas été lue."));

    private static void WriteError(Utf8JsonWriter writer, int lineNumber, string? idRaw, string message)
    {
        writer.WriteStartObject();
        writer.WriteNumber("line", lineNumber);
        WriteId(writer, idRaw);
        writer.WriteString("error", message);
        writer.WriteEndObject();
    }

    private static void WriteId(Utf8JsonWriter writer, string? idRaw)
    {
        if (idRaw is not null)
        {
            writer.WritePropertyName("id");
            writer.WriteRawValue(idRaw, skipInputValidation: true);
        }
    }

    private JsonDocument Parse(ReadOnlySpan<byte> line)
    {
        try
        {
            var reader = new Utf8JsonReader(line, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Disallow, MaxDepth = 64 });
            var document = JsonDocument.ParseValue(ref reader);
            if (reader.Read())
            {
                document.Dispose();
                throw Fail("The line holds more than one JSON value.", "La ligne contient plus d'une valeur JSON.", echoId: false);
            }

            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                document.Dispose();
                throw Fail("A question must be a JSON object.", "Une question doit être un objet JSON.", echoId: false);
            }

            return document;
        }
        catch (JsonException exception)
        {
            throw Fail($"The line is not valid JSON: {exception.Message}", $"La ligne n'est pas du JSON valide : {exception.Message}", echoId: false);
        }
    }

    /// <summary>
    /// Reads an object's properties, refusing a repeated key and, when <paramref name="allowed"/> is given, an unknown
    /// one. At the root, the <c>id</c> is read first so that every later error can echo it.
    /// </summary>
    private Dictionary<string, JsonElement> ReadObject(JsonElement element, string? path, string[]? allowed, out string? idRaw)
    {
        idRaw = null;
        var properties = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        string? repeated = null;
        foreach (var property in element.EnumerateObject())
        {
            if (!properties.TryAdd(property.Name, property.Value))
            {
                repeated ??= property.Name;
            }
        }

        if (path is null)
        {
            if (string.Equals(repeated, "id", StringComparison.Ordinal))
            {
                throw Fail("The key 'id' is given twice.", "La clé 'id' figure deux fois.", echoId: false);
            }

            if (properties.TryGetValue("id", out var id) && id.ValueKind != JsonValueKind.Null)
            {
                if (id.ValueKind is not (JsonValueKind.String or JsonValueKind.Number))
                {
                    throw Fail("'id' must be a string or a number.", "'id' doit être une chaîne ou un nombre.", echoId: false);
                }

                idRaw = id.GetRawText();
            }
        }

        if (repeated is not null)
        {
            var key = Join(path, repeated);
            throw Fail($"The key '{key}' is given twice.", $"La clé '{key}' figure deux fois.");
        }

        if (allowed is not null)
        {
            CheckKeys(properties, path, allowed);
        }

        return properties;
    }

    private void CheckKeys(Dictionary<string, JsonElement> properties, string? path, string[] allowed)
    {
        foreach (var name in properties.Keys)
        {
            if (Array.IndexOf(allowed, name) < 0)
            {
                var key = Join(path, name);
                var list = string.Join(", ", allowed);
                throw Fail($"Unknown key '{key}'. Accepted keys here: {list}.", $"Clé inconnue '{key}'. Clés acceptées ici : {list}.");
            }
        }
    }

    private void Decide(Dictionary<string, JsonElement> keys, int lineNumber, string? idRaw, Utf8JsonWriter writer)
    {
        var ask = RequiredString(keys, null, "ask");
        if (Array.IndexOf(AskValues, ask) < 0)
        {
            throw UnknownValue("ask", ask, AskValues);
        }

        var askKeys = KeysOfAsk[ask];
        CheckKeys(keys, null, [.. CommonKeys, .. askKeys]);
        var sector = ReadSector(keys);
        if (ask is "retention" or "solicit" or "notice")
        {
            DecideDated(ask, keys, sector, lineNumber, idRaw, writer);
            return;
        }

        var evaluator = EvaluatorFor(keys, ask, instant: null);

        switch (ask)
        {
            case "collect":
            {
                var field = ReadField(keys);
                var purpose = ReadPurpose(keys, evaluator.Edition);
                WriteDecision(writer, lineNumber, idRaw, evaluator.MayCollect(field, purpose, sector), maskedValue: null);
                break;
            }

            case "share":
            {
                var field = ReadField(keys);
                var recipient = ReadRecipient(keys);
                var basis = OptionalString(keys, null, "basis") is { } basisText
                    ? (SharingBasis)OneOf("basis", basisText, VocabularyIds.SharingBases)
                    : (SharingBasis?)null;
                WriteDecision(writer, lineNumber, idRaw, evaluator.MayShare(field, recipient, basis, sector), maskedValue: null);
                break;
            }

            case "transfer":
            {
                var field = ReadField(keys);
                var mode = (TransferMode)OneOf("mode", RequiredString(keys, null, "mode"), VocabularyIds.TransferModes);
                var conditions = new TransferConditions(
                    acquirerCommitment: OptionalBool(keys, null, "acquirerCommitment") ?? false,
                    expressConsent: OptionalBool(keys, null, "expressConsent") ?? false,
                    objected: OptionalBool(keys, null, "objected") ?? false);
                var sensitive = OptionalBool(keys, null, "sensitive");
                if (sensitive.HasValue && !field.IsBuiltIn)
                {
                    throw Fail(
                        "'sensitive' may not stand beside a custom field object: give it inside the object, as 'field.sensitive'.",
                        "'sensitive' ne peut pas accompagner un objet de donnée propre : indiquez-le dans l'objet, en 'field.sensitive'.");
                }

                if (sensitive.HasValue && field.Category != DataCategory.CommercialRelationship)
                {
                    throw Fail(
                        $"'sensitive' may be given only with a commercial-relationship field; '{field.Id}' is of category {field.Category.Id} (whatever the value, false included).",
                        $"'sensitive' ne peut accompagner qu'une donnée de la relation commerciale ; '{field.Id}' relève de la catégorie {field.Category.Id} (quelle que soit la valeur, false compris).");
                }

                WriteDecision(writer, lineNumber, idRaw, evaluator.MayTransfer(field, mode, conditions, sensitive, sector), maskedValue: null);
                break;
            }

            default:
            {
                var value = RequiredString(keys, null, "value");
                if (IdentifierText.Normalize(value).Length == 0)
                {
                    throw Fail(
                        "'value' is empty once spaces, tabs, dots and hyphens are removed.",
                        "'value' est vide une fois retirés les espaces, tabulations, points et tirets.");
                }

                var check = evaluator.CheckInternalCode(value, sector);
                WriteDecision(writer, lineNumber, idRaw, check.Decision, check.MaskedValue);
                break;
            }
        }
    }

    private Norme48Evaluator EvaluatorFor(Dictionary<string, JsonElement> keys, string ask, Instant? instant)
    {
        var editionId = OptionalString(keys, null, "edition") ?? options.Edition;
        if (Array.IndexOf(EditionValues, editionId) < 0)
        {
            throw UnknownValue("edition", editionId, EditionValues);
        }

        if (editionId == InForce && instant is { } at)
        {
            editionId = Edition.InForceAt(at)?.Id ?? throw Fail(
                $"No edition was in force at {InstantPattern.ExtendedIso.Format(at)} (none from 2018-05-25 to 2022-04-09, none before 2005-06-07): name one as guidance.",
                $"Aucune édition n'était en vigueur le {InstantPattern.ExtendedIso.Format(at)} (aucune du 2018-05-25 au 2022-04-09, ni avant le 2005-06-07) : nommez-en une à titre indicatif.");
        }
        else if (editionId == InForce)
        {
            throw Fail(
                $"'in-force' chooses the edition in force at the question's instant ('now' for retention, 'at' for solicit); a '{ask}' question has none: name an edition.",
                $"'in-force' choisit l'édition en vigueur à l'instant de la question ('now' pour retention, 'at' pour solicit) ; une question '{ask}' n'en a pas : nommez une édition.");
        }

        var edition = Edition.Parse(editionId);
        var index = IndexOf(edition);
        return evaluators[index] ??= new Norme48Evaluator(edition, options.AdviseRecommendations ? RecommendationMode.Advise : RecommendationMode.Enforce);
    }

    private static int IndexOf(Edition edition)
    {
        for (var i = 0; i < Edition.All.Count; i++)
        {
            if (ReferenceEquals(Edition.All[i], edition))
            {
                return i;
            }
        }

        throw new ArgumentOutOfRangeException(nameof(edition));
    }

    private Sector ReadSector(Dictionary<string, JsonElement> keys)
    {
        var confirmed = OptionalBool(keys, null, "sectorConfirmed") ?? false;
        var name = OptionalString(keys, null, "sector");
        if (name is null)
        {
            return Sector.General;
        }

        if (!Sector.IsValidName(name))
        {
            throw Fail(
                $"'sector' must be a kebab-case name (lower-case letters, digits and single hyphens); '{name}' is not.",
                $"'sector' doit être un nom en kebab-case (minuscules, chiffres et tirets simples) ; '{name}' ne l'est pas.");
        }

        if (!confirmed && Sector.FindLookAlike(name) is { } lookAlike)
        {
            throw Fail(
                $"The sector '{name}' looks like '{lookAlike.Name}', which is outside the norm: did you mean '{lookAlike.Name}'? If '{name}' is another sector, add \"sectorConfirmed\": true.",
                $"Le secteur '{name}' ressemble à '{lookAlike.Name}', exclu de la norme : vouliez-vous dire '{lookAlike.Name}' ? Si '{name}' est un autre secteur, ajoutez \"sectorConfirmed\": true.");
        }

        return Sector.FromName(name, confirmed: true);
    }

    private DataField ReadField(Dictionary<string, JsonElement> keys)
    {
        if (!keys.TryGetValue("field", out var element) || element.ValueKind == JsonValueKind.Null)
        {
            throw Missing("field");
        }

        if (element.ValueKind == JsonValueKind.String)
        {
            var id = element.GetString()!;
            if (DataField.TryParse(id, out var field))
            {
                return field;
            }

            var list = string.Join(", ", DataField.BuiltIn.Select(f => f.Id));
            throw Fail(
                $"Unknown field '{id}'. Accepted field ids: {list}; a custom field is written as an object {{\"id\":…,\"category\":…}}.",
                $"Donnée inconnue '{id}'. Identifiants acceptés : {list} ; une donnée propre s'écrit comme un objet {{\"id\":…,\"category\":…}}.");
        }

        if (element.ValueKind != JsonValueKind.Object)
        {
            throw Fail(
                "'field' must be a string (a field id) or an object (a custom field).",
                "'field' doit être une chaîne (un identifiant de donnée) ou un objet (une donnée propre).");
        }

        var custom = ReadObject(element, "field", CustomFieldKeys, out _);
        var customId = RequiredString(custom, "field", "id");
        if (!KebabCase.IsValid(customId))
        {
            throw Fail(
                $"'field.id' must be kebab-case (^[a-z0-9]+(-[a-z0-9]+)*$); '{customId}' is not.",
                $"'field.id' doit être en kebab-case (^[a-z0-9]+(-[a-z0-9]+)*$) ; '{customId}' ne l'est pas.");
        }

        if (DataField.TryParse(customId, out _))
        {
            throw Fail(
                $"'field.id' '{customId}' is a built-in field: write it as a string, not as a custom field.",
                $"'field.id' '{customId}' est une donnée de la norme : écrivez-la comme une chaîne, pas comme une donnée propre.");
        }

        var categoryId = RequiredString(custom, "field", "category");
        if (!DataCategory.TryParse(categoryId, out var category))
        {
            throw UnknownValue("field.category", categoryId, DataCategory.All.Select(c => c.Id).ToArray());
        }

        var sensitive = OptionalBool(custom, "field", "sensitive");
        if (sensitive.HasValue && category != DataCategory.CommercialRelationship)
        {
            throw Fail(
                $"'field.sensitive' may be given only for a commercial-relationship field; this one is {category.Id} (whatever the value, false included).",
                $"'field.sensitive' n'est admis que pour une donnée de la relation commerciale ; celle-ci relève de {category.Id} (quelle que soit la valeur, false compris).");
        }

        return DataField.Custom(customId, category, sensitive);
    }

    private ProcessingPurpose ReadPurpose(Dictionary<string, JsonElement> keys, Edition edition)
    {
        var id = RequiredString(keys, null, "purpose");
        if (!ProcessingPurpose.TryParse(id, out var purpose))
        {
            throw UnknownValue("purpose", id, ProcessingPurpose.All.Where(p => p.IsDefinedIn(edition)).Select(p => p.Id).ToArray());
        }

        if (!purpose.IsDefinedIn(edition))
        {
            var editions = string.Join(", ", purpose.GetEditions().Select(e => e.Id));
            throw Fail(
                $"The purpose '{id}' is not part of edition {edition.Id}; it exists in {editions}.",
                $"La finalité '{id}' n'existe pas dans l'édition {edition.Id} ; elle existe dans {editions}.");
        }

        return purpose;
    }

    private Recipient ReadRecipient(Dictionary<string, JsonElement> keys)
    {
        if (!keys.TryGetValue("recipient", out var element) || element.ValueKind == JsonValueKind.Null)
        {
            throw Missing("recipient");
        }

        if (element.ValueKind == JsonValueKind.String)
        {
            var id = element.GetString()!;
            if (Recipient.TryParse(id, out var recipient))
            {
                return recipient;
            }

            var list = string.Join(", ", Recipient.Listed.Select(r => r.Id));
            throw Fail(
                $"Unknown recipient '{id}'. Accepted recipient ids: {list}; a recipient the norm does not list is written as an object {{\"id\":\"{id}\"}}.",
                $"Destinataire inconnu '{id}'. Identifiants acceptés : {list} ; un destinataire que la norme ne prévoit pas s'écrit comme un objet {{\"id\":\"{id}\"}}.");
        }

        if (element.ValueKind != JsonValueKind.Object)
        {
            throw Fail(
                "'recipient' must be a string (a listed recipient id) or an object (an unlisted recipient).",
                "'recipient' doit être une chaîne (un destinataire prévu) ou un objet (un destinataire non prévu).");
        }

        var unlisted = ReadObject(element, "recipient", UnlistedRecipientKeys, out _);
        var unlistedId = RequiredString(unlisted, "recipient", "id");
        if (!KebabCase.IsValid(unlistedId))
        {
            throw Fail(
                $"'recipient.id' must be kebab-case (^[a-z0-9]+(-[a-z0-9]+)*$); '{unlistedId}' is not.",
                $"'recipient.id' doit être en kebab-case (^[a-z0-9]+(-[a-z0-9]+)*$) ; '{unlistedId}' ne l'est pas.");
        }

        if (Recipient.TryParse(unlistedId, out _))
        {
            throw Fail(
                $"'recipient.id' '{unlistedId}' is a listed recipient: write it as a string.",
                $"'recipient.id' '{unlistedId}' est un destinataire prévu par la norme : écrivez-le comme une chaîne.");
        }

        return Recipient.Unlisted(unlistedId);
    }

    private void WriteDecision(Utf8JsonWriter writer, int lineNumber, string? idRaw, Decision decision, string? maskedValue)
    {
        writer.WriteStartObject();
        writer.WriteNumber("line", lineNumber);
        WriteId(writer, idRaw);
        writer.WriteString("edition", decision.Edition.Id);
        writer.WriteString("verdict", decision.IsAllowed ? "allowed" : "denied");
        if (maskedValue is not null)
        {
            writer.WriteString("value", maskedValue);
        }

        WriteRulesAndReasons(writer, decision.Rules, decision.Reasons);
        if (decision.Obligations.Count > 0)
        {
            writer.WriteStartArray("obligations");
            foreach (var obligation in decision.Obligations)
            {
                writer.WriteStartObject();
                writer.WriteString("id", obligation.Id);
                writer.WriteString("rule", obligation.Rule.Code);
                writer.WriteString("message", obligation.Message.In(language));
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        WriteAdvisories(writer, decision.Advisories);
        writer.WriteEndObject();
    }

    private string RequiredString(Dictionary<string, JsonElement> keys, string? path, string key) =>
        OptionalString(keys, path, key) ?? throw Missing(Join(path, key));

    private string? OptionalString(Dictionary<string, JsonElement> keys, string? path, string key)
    {
        if (!keys.TryGetValue(key, out var element) || element.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        return element.ValueKind == JsonValueKind.String
            ? element.GetString()
            : throw WrongType(Join(path, key), "a string", "une chaîne");
    }

    private bool? OptionalBool(Dictionary<string, JsonElement> keys, string? path, string key)
    {
        if (!keys.TryGetValue(key, out var element) || element.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        return element.ValueKind switch
        {
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            _ => throw WrongType(Join(path, key), "a boolean (true or false)", "un booléen (true ou false)"),
        };
    }

    /// <summary>The enum value an id of <paramref name="accepted"/> names (see <see cref="VocabularyIds"/>).</summary>
    private int OneOf(string key, string value, IReadOnlyList<string> accepted)
    {
        var found = VocabularyIds.ValueOf(accepted, value);
        return found > 0 ? found : throw UnknownValue(key, value, accepted);
    }

    private LineError UnknownValue(string key, string value, IReadOnlyList<string> accepted)
    {
        var list = string.Join(", ", accepted);
        return Fail($"'{key}' cannot be '{value}'. Accepted values: {list}.", $"'{key}' ne peut pas valoir '{value}'. Valeurs acceptées : {list}.");
    }

    private LineError Missing(string key) =>
        Fail($"The required key '{key}' is missing (or null).", $"La clé obligatoire '{key}' est absente (ou null).");

    private LineError WrongType(string key, string english, string french) =>
        Fail($"'{key}' must be {english}.", $"'{key}' doit être {french}.");

    private LineError Fail(string english, string french, bool echoId = true) =>
        new(language, english, french) { EchoId = echoId };

    private string Text(string english, string french) => language == Language.French ? french : english;

    private static string Join(string? path, string key) => path is null ? key : path + "." + key;
}
