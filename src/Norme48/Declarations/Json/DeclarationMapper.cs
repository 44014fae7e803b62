using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using NodaTime;
using NodaTime.Text;
using Norme48.Prospecting;
using Norme48.Retention;
using Norme48.Vocabulary;

namespace Norme48.Declarations.Json;

/// <summary>
/// The second pass: turns the deserialised objects into the domain model, reporting every id, value and combination the
/// model would refuse at the position the first pass recorded for its path. It never reports a value the first pass
/// already reported (such a value arrives as null).
/// </summary>
internal sealed class DeclarationMapper
{
    /// <summary>A retention period must end before this far from <see cref="PeriodBase"/>: 1000 years.</summary>
    // Stryker disable all : static initialiser, run once per test process before any mutant is active (README, Mutation testing)
    private static readonly LocalDateTime PeriodBase = new(2000, 1, 1, 0, 0);
    private static readonly LocalDateTime PeriodLimit = new(3000, 1, 1, 0, 0);
    // Stryker restore all

    private readonly ErrorSink sink;
    private readonly Dictionary<string, DataField?> customFields = new(StringComparer.Ordinal);
    private Edition? edition;

    public DeclarationMapper(ErrorSink sink)
    {
        this.sink = sink;
    }

    public ProcessingDeclaration? Map(DeclarationDto dto)
    {
        const string root = JsonPath.Root;
        edition = MapEdition(dto.Edition, JsonPath.Property(root, "edition"));
        var controller = MapController(dto.Controller, JsonPath.Property(root, "controller"));
        var sector = MapSector(dto.Sector, dto.SectorConfirmed ?? false, JsonPath.Property(root, "sector"));
        var purposes = MapPurposes(dto.Purposes, JsonPath.Property(root, "purposes"));
        var fields = MapFields(dto.Fields, JsonPath.Property(root, "fields"));
        var recipients = MapRecipients(dto.Recipients, JsonPath.Property(root, "recipients"));
        var fileTransfer = dto.FileTransfer is { } transfer ? MapFileTransfer(transfer, JsonPath.Property(root, "fileTransfer")) : null;
        var policies = MapEach(dto.RetentionPolicies, JsonPath.Property(root, "retentionPolicies"), MapRetentionPolicy);
        var channels = MapEach(dto.Channels, JsonPath.Property(root, "channels"), MapChannel);
        var forms = MapForms(dto.Forms, JsonPath.Property(root, "forms"));
        var security = MapSecurity(dto.Security);
        var transferAbroad = dto.TransferAbroad is { } abroad
            ? MapTransferAbroad(abroad, dto.TransfersOutsideEu, JsonPath.Property(root, "transferAbroad"))
            : null;
        if (sink.HasErrors || controller is null || security is null)
        {
            return null;
        }

        // Without an error, nothing may have been dropped on the way.
        Debug.Assert(purposes.Count == dto.Purposes!.Count && fields.Count == dto.Fields!.Count && recipients.Count == dto.Recipients!.Count, "A value was dropped without an error.");
        Debug.Assert(policies.Count == (dto.RetentionPolicies?.Count ?? 0) && channels.Count == (dto.Channels?.Count ?? 0) && forms.Count == (dto.Forms?.Count ?? 0), "A value was dropped without an error.");
        Debug.Assert((dto.FileTransfer is null) == (fileTransfer is null), "The file transfer was dropped without an error.");
        Debug.Assert((dto.TransferAbroad is null) == (transferAbroad is null), "The transfers abroad were dropped without an error.");

        return new ProcessingDeclaration(
            controller,
            purposes,
            fields,
            recipients,
            security,
            sector,
            edition,
            fileTransfer,
            policies,
            channels,
            forms,
            usesTrackers: dto.UsesTrackers ?? false,
            trackersNotice: dto.TrackersNotice ?? false,
            transfersOutsideEu: dto.TransfersOutsideEu ?? false,
            transferAbroad: transferAbroad);
    }

    private TransferAbroadDeclaration? MapTransferAbroad(TransferAbroadDto dto, bool? transfersOutsideEu, string path)
    {
        var basis = OneOf(dto.Basis, JsonPath.Property(path, "basis"), DeclarationVocabulary.TransferBases, "transfer basis", "de fondement de transfert");
        if (transfersOutsideEu == false)
        {
            sink.Report(JsonPath.Property(JsonPath.Root, "transfersOutsideEu"), DeclarationErrorKind.InvalidValue,
                "'transfersOutsideEu' is false, but 'transferAbroad' describes transfers outside the European Union: set it to true, or remove 'transferAbroad'.",
                "'transfersOutsideEu' vaut false, mais 'transferAbroad' décrit des transferts hors de l'Union européenne : mettez-le à true, ou retirez 'transferAbroad'.");
            return null;
        }

        return (dto.Basis is not null && basis is null) || dto.RepetitiveMassiveOrStructural is not { } repetitive
            ? null
            : new TransferAbroadDeclaration((TransferBasis?)basis, repetitive);
    }

    private Edition? MapEdition(string? id, string path)
    {
        if (id is null)
        {
            return null;
        }

        if (Edition.TryParse(id, out var found))
        {
            return found;
        }

        UnknownId(path, id, "edition", "d'édition", Edition.All.Select(e => e.Id));
        return null;
    }

    private Controller? MapController(ControllerDto? dto, string path)
    {
        if (dto is null)
        {
            return null;
        }

        var name = NotBlank(dto.Name, JsonPath.Property(path, "name"));
        var contact = NotBlank(dto.Contact, JsonPath.Property(path, "contact"));
        return name is null || contact is null ? null : new Controller(name, contact, dto.Address);
    }

    private string? NotBlank(string? text, string path)
    {
        if (text is null)
        {
            return null;
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            sink.Report(path, DeclarationErrorKind.InvalidValue,
                "This text is empty or white space; write it.",
                "Ce texte est vide ou blanc ; renseignez-le.");
            return null;
        }

        return text;
    }

    private Sector MapSector(string? name, bool confirmed, string path)
    {
        if (name is null)
        {
            return Sector.General;
        }

        if (!Sector.IsValidName(name))
        {
            sink.Report(path, DeclarationErrorKind.InvalidValue,
                $"A sector is a kebab-case name (lower-case letters, digits and single hyphens), such as 'retail'; '{name}' is not.",
                $"Un secteur est un nom en kebab-case (minuscules, chiffres et tirets simples), tel que 'retail' ; '{name}' ne l'est pas.");
            return Sector.General;
        }

        if (!confirmed && Sector.FindLookAlike(name) is { } lookAlike)
        {
            sink.Report(path, DeclarationErrorKind.SectorLookAlike,
                $"The sector '{name}' looks like '{lookAlike.Name}', which is outside the norm: did you mean '{lookAlike.Name}'? If '{name}' is another sector, add \"sectorConfirmed\": true.",
                $"Le secteur '{name}' ressemble à '{lookAlike.Name}', exclu de la norme : vouliez-vous dire '{lookAlike.Name}' ? Si '{name}' est un autre secteur, ajoutez \"sectorConfirmed\": true.");
            return Sector.General;
        }

        return Sector.FromName(name, confirmed: true);
    }

    private List<ProcessingPurpose> MapPurposes(IReadOnlyList<string?>? ids, string path)
    {
        var purposes = new List<ProcessingPurpose>();
        for (var i = 0; ids is not null && i < ids.Count; i++)
        {
            if (ids[i] is { } id && MapPurpose(id, JsonPath.Index(path, i)) is { } purpose)
            {
                purposes.Add(purpose);
            }
        }

        return purposes;
    }

    private ProcessingPurpose? MapPurpose(string id, string path)
    {
        if (!ProcessingPurpose.TryParse(id, out var purpose))
        {
            var accepted = ProcessingPurpose.All.Where(p => edition is null || p.IsDefinedIn(edition)).Select(p => p.Id);
            UnknownId(path, id, "purpose", "de finalité", accepted);
            return null;
        }

        if (edition is { } declared && !purpose.IsDefinedIn(declared))
        {
            var editions = string.Join(", ", purpose.GetEditions().Select(e => e.Id));
            sink.Report(path, DeclarationErrorKind.OtherEdition,
                $"The purpose '{id}' is not part of edition {declared.Id}, which the declaration names; it exists in {editions}.",
                $"La finalité '{id}' n'existe pas dans l'édition {declared.Id}, que nomme la déclaration ; elle existe dans {editions}.");
            return null;
        }

        return purpose;
    }

    private List<DeclaredField> MapFields(IReadOnlyList<DeclaredFieldDto?>? entries, string path)
    {
        var fields = new List<DeclaredField>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; entries is not null && i < entries.Count; i++)
        {
            if (entries[i] is not { } entry)
            {
                continue;
            }

            var entryPath = JsonPath.Index(path, i);
            var fieldPath = JsonPath.Property(entryPath, "field");
            var field = MapFieldReference(entry.Field, fieldPath);
            var purposes = MapPurposes(entry.Purposes, JsonPath.Property(entryPath, "purposes"));
            if (field is null)
            {
                continue;
            }

            if (!ids.Add(field.Id))
            {
                sink.Report(field.IsBuiltIn ? fieldPath : JsonPath.Property(fieldPath, "id"), DeclarationErrorKind.DuplicateId,
                    $"The field '{field.Id}' is declared twice; declare it once, with every purpose it serves.",
                    $"La donnée '{field.Id}' est déclarée deux fois ; déclarez-la une fois, avec toutes ses finalités.");
                continue;
            }

            if (entry.Sensitive.HasValue && !SensitiveFlagAllowed(field, JsonPath.Property(entryPath, "sensitive")))
            {
                continue;
            }

            fields.Add(new DeclaredField(field, purposes, entry.Proof ?? false, entry.Sensitive));
        }

        return fields;
    }

    private bool SensitiveFlagAllowed(DataField field, string path)
    {
        if (!field.IsBuiltIn)
        {
            sink.Report(path, DeclarationErrorKind.InvalidValue,
                "'sensitive' may not stand beside a custom field object: give it inside the object, as 'field.sensitive'.",
                "'sensitive' ne peut pas accompagner un objet de donnée propre : indiquez-le dans l'objet, en 'field.sensitive'.");
            return false;
        }

        if (!ReferenceEquals(field.Category, DataCategory.CommercialRelationship))
        {
            sink.Report(path, DeclarationErrorKind.InvalidValue,
                $"'sensitive' may be given only with a commercial-relationship field; '{field.Id}' is of category {field.Category.Id} (whatever the value, false included).",
                $"'sensitive' ne peut accompagner qu'une donnée de la relation commerciale ; '{field.Id}' relève de la catégorie {field.Category.Id} (quelle que soit la valeur, false compris).");
            return false;
        }

        return true;
    }

    /// <summary>A field of <c>fields</c>: a built-in id, or a custom field object, which later references may name by id.</summary>
    private DataField? MapFieldReference(FieldReferenceDto? reference, string path)
    {
        if (reference?.BuiltInId is { } id)
        {
            if (DataField.TryParse(id, out var builtIn))
            {
                return builtIn;
            }

            UnknownId(path, id, "field", "de donnée", DataField.BuiltIn.Select(f => f.Id),
                "; a custom field is written as an object {\"id\":…,\"category\":…}",
                " ; une donnée propre s'écrit comme un objet {\"id\":…,\"category\":…}");
            return null;
        }

        if (reference?.Custom is not { } custom)
        {
            return null;
        }

        var idPath = JsonPath.Property(path, "id");
        var customId = custom.Id;
        if (customId is not null && !KebabCase.IsValid(customId))
        {
            sink.Report(idPath, DeclarationErrorKind.InvalidValue,
                $"A custom field id is kebab-case (^[a-z0-9]+(-[a-z0-9]+)*$), such as 'loyalty-tier'; '{customId}' is not.",
                $"L'identifiant d'une donnée propre est en kebab-case (^[a-z0-9]+(-[a-z0-9]+)*$), tel que 'loyalty-tier' ; '{customId}' ne l'est pas.");
            customId = null;
        }
        else if (customId is not null && DataField.TryParse(customId, out _))
        {
            sink.Report(idPath, DeclarationErrorKind.InvalidValue,
                $"'{customId}' is a built-in field of the norm: write it as a string, \"field\": \"{customId}\", not as a custom field.",
                $"'{customId}' est une donnée de la norme : écrivez-la comme une chaîne, \"field\": \"{customId}\", pas comme une donnée propre.");
            customId = null;
        }

        DataCategory? category = null;
        if (custom.Category is { } categoryId && !DataCategory.TryParse(categoryId, out category))
        {
            UnknownId(JsonPath.Property(path, "category"), categoryId, "category", "de catégorie", DataCategory.All.Select(c => c.Id));
        }

        if (category is not null && custom.Sensitive.HasValue && !ReferenceEquals(category, DataCategory.CommercialRelationship))
        {
            sink.Report(JsonPath.Property(path, "sensitive"), DeclarationErrorKind.InvalidValue,
                $"'sensitive' may be given only for a commercial-relationship field; this one is {category.Id} (whatever the value, false included).",
                $"'sensitive' n'est admis que pour une donnée de la relation commerciale ; celle-ci relève de {category.Id} (quelle que soit la valeur, false compris).");
            category = null;
        }

        if (customId is null)
        {
            // Keep later references to this id from reporting it a second time.
            if (custom.Id is not null)
            {
                customFields.TryAdd(custom.Id, null);
            }

            return null;
        }

        var field = category is null ? null : DataField.Custom(customId, category, custom.Sensitive);
        customFields.TryAdd(customId, field);
        return field;
    }

    /// <summary>A field named by id elsewhere than in <c>fields</c>: a built-in id or the id of a custom field declared there.</summary>
    private DataField? MapFieldId(string? id, string path)
    {
        if (id is null)
        {
            return null;
        }

        if (DataField.TryParse(id, out var builtIn))
        {
            return builtIn;
        }

        if (customFields.TryGetValue(id, out var custom))
        {
            return custom;
        }

        var declared = customFields.Count == 0 ? "none" : string.Join(", ", customFields.Keys);
        UnknownId(path, id, "field", "de donnée", DataField.BuiltIn.Select(f => f.Id),
            $"; or the id of a custom field declared in 'fields' ({declared})",
            $" ; ou l'identifiant d'une donnée propre déclarée dans 'fields' ({(customFields.Count == 0 ? "aucune" : declared)})");
        return null;
    }

    private List<DeclaredRecipient> MapRecipients(IReadOnlyList<DeclaredRecipientDto?>? entries, string path)
    {
        var recipients = new List<DeclaredRecipient>();
        for (var i = 0; entries is not null && i < entries.Count; i++)
        {
            if (entries[i] is not { } entry)
            {
                continue;
            }

            var entryPath = JsonPath.Index(path, i);
            var recipient = MapRecipient(entry.Recipient, JsonPath.Property(entryPath, "recipient"));
            var basis = OneOf(entry.Basis, JsonPath.Property(entryPath, "basis"), DeclarationVocabulary.SharingBases, "sharing basis", "de fondement");
            if (recipient is not null && (entry.Basis is null || basis is not null))
            {
                recipients.Add(new DeclaredRecipient(recipient, (SharingBasis?)basis));
            }
        }

        return recipients;
    }

    private Recipient? MapRecipient(RecipientReferenceDto? reference, string path)
    {
        if (reference?.ListedId is { } id)
        {
            if (Recipient.TryParse(id, out var listed))
            {
                return listed;
            }

            UnknownId(path, id, "recipient", "de destinataire", Recipient.Listed.Select(r => r.Id),
                $"; a recipient the norm does not list is written as an object {{\"id\":\"{id}\"}}",
                $" ; un destinataire que la norme ne prévoit pas s'écrit comme un objet {{\"id\":\"{id}\"}}");
            return null;
        }

        if (reference?.Unlisted?.Id is not { } unlistedId)
        {
            return null;
        }

        var idPath = JsonPath.Property(path, "id");
        if (!KebabCase.IsValid(unlistedId))
        {
            sink.Report(idPath, DeclarationErrorKind.InvalidValue,
                $"An unlisted recipient id is kebab-case (^[a-z0-9]+(-[a-z0-9]+)*$), such as 'ad-network'; '{unlistedId}' is not.",
                $"L'identifiant d'un destinataire non prévu est en kebab-case (^[a-z0-9]+(-[a-z0-9]+)*$), tel que 'ad-network' ; '{unlistedId}' ne l'est pas.");
            return null;
        }

        if (Recipient.TryParse(unlistedId, out _))
        {
            sink.Report(idPath, DeclarationErrorKind.InvalidValue,
                $"'{unlistedId}' is a recipient the norm lists: write it as a string, \"recipient\": \"{unlistedId}\".",
                $"'{unlistedId}' est un destinataire prévu par la norme : écrivez-le comme une chaîne, \"recipient\": \"{unlistedId}\".");
            return null;
        }

        return Recipient.Unlisted(unlistedId);
    }

    private FileTransferDeclaration? MapFileTransfer(FileTransferDto dto, string path)
    {
        var modes = new List<TransferMode>();
        var modesPath = JsonPath.Property(path, "modes");
        for (var i = 0; dto.Modes is not null && i < dto.Modes.Count; i++)
        {
            if (OneOf(dto.Modes[i], JsonPath.Index(modesPath, i), DeclarationVocabulary.TransferModes, "transfer mode", "de mode de transfert") is { } mode)
            {
                modes.Add((TransferMode)mode);
            }
        }

        var fields = new List<DataField>();
        var fieldsPath = JsonPath.Property(path, "fields");
        for (var i = 0; dto.Fields is not null && i < dto.Fields.Count; i++)
        {
            if (MapFieldId(dto.Fields[i], JsonPath.Index(fieldsPath, i)) is { } field)
            {
                fields.Add(field);
            }
        }

        return dto is { AcquirerCommitment: { } commitment, ExpressConsent: { } consent, ObjectorsExcluded: { } excluded }
            ? new FileTransferDeclaration(modes, fields, commitment, consent, excluded)
            : null;
    }

    private RetentionPolicy? MapRetentionPolicy(RetentionPolicyDto dto, string path)
    {
        var status = OneOf(dto.Status, JsonPath.Property(path, "status"), DeclarationVocabulary.SubjectStatuses, "subject status", "de statut");
        var fieldPath = JsonPath.Property(path, "field");
        var field = MapFieldId(dto.Field, fieldPath);
        DataCategory? category = null;
        if (dto.Category is { } categoryId && !DataCategory.TryParse(categoryId, out category))
        {
            UnknownId(JsonPath.Property(path, "category"), categoryId, "category", "de catégorie", DataCategory.All.Select(c => c.Id));
        }

        var anchor = OneOf(dto.Anchor, JsonPath.Property(path, "anchor"), DeclarationVocabulary.RetentionAnchors, "retention anchor", "de point de départ");
        var periodPath = JsonPath.Property(path, "period");
        var period = MapPeriod(dto.Period, periodPath);
        var action = OneOf(dto.Action, JsonPath.Property(path, "action"), DeclarationVocabulary.RetentionEndActions, "retention end action", "d'action de fin de conservation");
        var countPath = JsonPath.Property(path, "maxUnansweredSolicitations");
        var count = dto.MaxUnansweredSolicitations;
        if (dto.Status is null && anchor is not null && !IsStatusFreeAnchor((RetentionAnchor)anchor))
        {
            sink.Report(path, DeclarationErrorKind.MissingProperty,
                $"A retention policy whose clock starts at '{dto.Anchor}' states the persons it concerns: add \"status\": \"client\" or \"prospect\" (only the anchors tracker-set, objection and last-activity may go without).",
                $"Une durée de conservation dont le délai court à partir de '{dto.Anchor}' indique les personnes concernées : ajoutez \"status\": \"client\" ou \"prospect\" (seuls les points de départ tracker-set, objection et last-activity peuvent s'en passer).");
            anchor = null;
        }

        var valid = (dto.Status is null || status is not null) && anchor is not null && action is not null
            && (dto.Field is null || field is not null) && (dto.Category is null || category is not null) && (dto.Period is null || period is not null);
        if (count is < 0)
        {
            sink.Report(countPath, DeclarationErrorKind.InvalidValue,
                $"'maxUnansweredSolicitations' is a count, 0 or more; it is {count}.",
                $"'maxUnansweredSolicitations' est un nombre, 0 ou plus ; il vaut {count}.");
            valid = false;
        }

        if (field is not null && category is not null && !ReferenceEquals(field.Category, category))
        {
            sink.Report(fieldPath, DeclarationErrorKind.InvalidValue,
                $"The field '{field.Id}' is of category {field.Category.Id}, not {category.Id}: give one of 'field' and 'category', or make them agree.",
                $"La donnée '{field.Id}' relève de la catégorie {field.Category.Id}, pas {category.Id} : donnez 'field' ou 'category', ou faites-les concorder.");
            valid = false;
        }

        // A value given but refused (a period of the wrong type …) was reported where it stands; only report the lack of both.
        if (!sink.IsLocated(periodPath) && !sink.IsLocated(countPath))
        {
            sink.Report(path, DeclarationErrorKind.MissingProperty,
                "A retention policy states a 'period', a 'maxUnansweredSolicitations', or both.",
                "Une durée de conservation indique une période ('period'), un nombre maximal de sollicitations sans réponse ('maxUnansweredSolicitations'), ou les deux.");
            valid = false;
        }

        if (!valid || (period is null && count is null))
        {
            return null;
        }

        return new RetentionPolicy(
            (SubjectStatus?)status, category, dto.Proof ?? false, (RetentionAnchor)anchor!, period, (RetentionEndAction)action!,
            rule: null, maxUnansweredSolicitations: count, field: field);
    }

    /// <summary>
    /// Reads an ISO-8601 period with NodaTime's <see cref="PeriodPattern.NormalizingIso"/>, which reads standard
    /// ISO-8601 (fractional seconds included) and keeps the units as written (<c>P2W</c> stays two weeks).
    /// </summary>
    private Period? MapPeriod(string? text, string path)
    {
        if (text is null)
        {
            return null;
        }

        var parsed = DeclarationVocabulary.Period().IsMatch(text) ? PeriodPattern.NormalizingIso.Parse(text) : null;
        if (parsed is not { Success: true })
        {
            sink.Report(path, DeclarationErrorKind.InvalidValue,
                $"A period is an ISO-8601 period with no sign, such as P1Y, P6M, P2W, P30D or P1Y6M; '{text}' is not.",
                $"Une période est une durée ISO-8601 sans signe, telle que P1Y, P6M, P2W, P30D ou P1Y6M ; '{text}' n'en est pas une.");
            return null;
        }

        var period = parsed.Value;
        bool fits;
        try
        {
            fits = PeriodBase.Plus(period) < PeriodLimit;
        }
        catch (Exception exception) when (exception is OverflowException or ArgumentOutOfRangeException)
        {
            fits = false;
        }

        if (!fits)
        {
            sink.Report(path, DeclarationErrorKind.InvalidValue,
                $"The period '{text}' is too long for a retention period: it must be shorter than 1000 years.",
                $"La période '{text}' est trop longue pour une durée de conservation : elle doit être inférieure à 1000 ans.");
            return null;
        }

        return period;
    }

    private DeclaredChannel? MapChannel(ChannelDto dto, string path)
    {
        var channel = OneOf(dto.Channel, JsonPath.Property(path, "channel"), DeclarationVocabulary.ProspectingChannels, "channel", "de canal");
        var audience = OneOf(dto.Audience, JsonPath.Property(path, "audience"), DeclarationVocabulary.Audiences, "audience", "de public");
        var target = OneOf(dto.Target, JsonPath.Property(path, "target"), DeclarationVocabulary.SubjectStatuses, "subject status", "de statut");
        return channel is null || audience is null || target is null || dto.ConsentCollected is not { } consent
            || dto.ObjectionOfferedAtCollection is not { } objection
            ? null
            : new DeclaredChannel((ProspectingChannel)channel, (Audience)audience, (SubjectStatus)target, consent, objection, dto.AnalogousProducts ?? false);
    }

    /// <summary>
    /// The anchors of data kept whatever the person's status — trackers, objection lists, online accounts — whose
    /// policies may go without a status (RetentionPolicy.Status null).
    /// </summary>
    private static bool IsStatusFreeAnchor(RetentionAnchor anchor) =>
        anchor is RetentionAnchor.TrackerSet or RetentionAnchor.Objection or RetentionAnchor.LastActivity;

    private List<DeclaredForm> MapForms(IReadOnlyList<FormDto?>? entries, string path)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        return MapEach(entries, path, (dto, formPath) =>
        {
            var idPath = JsonPath.Property(formPath, "id");
            var id = dto.Id;
            if (id is not null && !KebabCase.IsValid(id))
            {
                sink.Report(idPath, DeclarationErrorKind.InvalidValue,
                    $"A form id is kebab-case (^[a-z0-9]+(-[a-z0-9]+)*$), such as 'newsletter-signup'; '{id}' is not.",
                    $"L'identifiant d'un formulaire est en kebab-case (^[a-z0-9]+(-[a-z0-9]+)*$), tel que 'newsletter-signup' ; '{id}' ne l'est pas.");
                id = null;
            }
            else if (id is not null && !ids.Add(id))
            {
                sink.Report(idPath, DeclarationErrorKind.DuplicateId,
                    $"The form '{id}' is declared twice; give each form its own id.",
                    $"Le formulaire '{id}' est déclaré deux fois ; donnez à chaque formulaire son propre identifiant.");
                id = null;
            }

            var items = new List<NoticeItem>();
            var itemsPath = JsonPath.Property(formPath, "items");
            for (var i = 0; dto.Items is not null && i < dto.Items.Count; i++)
            {
                if (OneOf(dto.Items[i], JsonPath.Index(itemsPath, i), DeclarationVocabulary.NoticeItems, "notice item", "de mention") is { } item)
                {
                    items.Add((NoticeItem)item);
                }
            }

            var checkbox = OneOf(dto.ConsentCheckbox, JsonPath.Property(formPath, "consentCheckbox"), DeclarationVocabulary.ConsentCheckboxes, "consent checkbox", "de case de consentement");
            if (id is null || (dto.ConsentCheckbox is not null && checkbox is null))
            {
                return null;
            }

            var notice = new NoticeForm(
                items,
                prospecting: dto.Prospecting ?? false,
                objectionNotice: dto.ObjectionNotice ?? false,
                trackers: dto.Trackers ?? false,
                trackersNotice: dto.TrackersNotice ?? false,
                consentCheckbox: (ConsentCheckbox?)checkbox);
            return new DeclaredForm(id, notice);
        });
    }

    private static SecurityMeasures? MapSecurity(SecurityDto? dto) =>
        dto is { DataProtection: { } data, OnlineService: { } online, OnlineAccessProtection: { } access, RemoteCardPayments: { } card, SecurePayment: { } payment }
            ? new SecurityMeasures(
                data,
                online,
                access,
                card,
                payment,
                individualAuthentication: dto.IndividualAuthentication ?? false,
                passwordsNotInClear: dto.PasswordsNotInClear ?? false,
                encryptedTransit: dto.EncryptedTransit ?? false,
                paymentAccessTraced: dto.PaymentAccessTraced ?? false)
            : null;

    private static List<TResult> MapEach<TDto, TResult>(IReadOnlyList<TDto?>? entries, string path, Func<TDto, string, TResult?> map)
        where TDto : class
        where TResult : class
    {
        var results = new List<TResult>();
        for (var i = 0; entries is not null && i < entries.Count; i++)
        {
            if (entries[i] is { } entry && map(entry, JsonPath.Index(path, i)) is { } result)
            {
                results.Add(result);
            }
        }

        return results;
    }

    /// <summary>The enum value (index + 1) of an id of a closed vocabulary, or null (reported) when it is not one.</summary>
    private int? OneOf(string? id, string path, IReadOnlyList<string> accepted, string what, string whatFrench)
    {
        if (id is null)
        {
            return null;
        }

        var index = VocabularyIds.ValueOf(accepted, id) - 1;
        if (index >= 0)
        {
            return index + 1;
        }

        UnknownId(path, id, what, whatFrench, accepted);
        return null;
    }

    private void UnknownId(string path, string id, string what, string whatFrench, IEnumerable<string> accepted, string hint = "", string frenchHint = "")
    {
        var list = string.Join(", ", accepted);
        sink.Report(path, DeclarationErrorKind.UnknownId,
            $"'{id}' is not a known {what} id. Accepted ids: {list}{hint}.",
            $"'{id}' n'est pas un identifiant {whatFrench} connu. Identifiants acceptés : {list}{frenchHint}.");
    }
}
