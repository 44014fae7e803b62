using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using NodaTime;
using NodaTime.Text;
using Norme48.Decisions;
using Norme48.Evaluation;
using Norme48.Prospecting;
using Norme48.Retention;
using Norme48.Rules;
using Norme48.Vocabulary;

namespace Norme48.Cli.Evaluate;

/// <content>The asks about a person and time: retention, solicit, and the notice check.</content>
internal sealed partial class QuestionEvaluator
{
    private static readonly OffsetDateTimePattern TimePattern =
        OffsetDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm':'ss.FFFFFFFFFo<Z+HH:mm>");


    private static readonly string[] SubjectKeys =
    [
        "status", "collectedAt", "relationshipEndedAt", "lastContactAt", "unansweredSolicitations", "usedForProspecting", "consent",
        "objected", "objectionOfferedAtCollection", "analogousProducts", "answerWindowDays", "events",
    ];

    private static readonly string[] EventKeys = ["type", "at"];

    private void DecideDated(string ask, Dictionary<string, JsonElement> keys, Sector sector, int lineNumber, string? idRaw, Utf8JsonWriter writer)
    {
        switch (ask)
        {
            case "notice":
            {
                var noticeEvaluator = EvaluatorFor(keys, ask, instant: null);
                var form = ReadNoticeForm(keys);
                WriteNotice(writer, lineNumber, idRaw, noticeEvaluator.CheckNotice(form, sector));
                break;
            }

            case "retention":
            {
                var now = ReadInstant(keys, null, "now") ?? throw Missing("now");
                var retentionEvaluator = EvaluatorFor(keys, ask, now);
                var field = ReadField(keys);
                var proof = OptionalBool(keys, null, "proof") ?? false;
                var proofFrom = ReadInstant(keys, null, "proofFrom");
                if (proofFrom is not null && !proof)
                {
                    throw Fail(
                        "'proofFrom' is the date of the document a proof field proves: give it only with \"proof\": true.",
                        "'proofFrom' est la date du document que prouve une donnée de preuve : ne l'indiquez qu'avec \"proof\": true.");
                }

                var edition = retentionEvaluator.Edition;
                if (!ReferenceEquals(edition, Edition.Ns2005) && ReferenceEquals(field, DataField.BankCardNumber))
                {
                    throw Fail(
                        $"Under {edition.Id}, 'retention' of bank-card-number needs the inputs of contract version 2: NS48-RET-CARD-* (transaction, debit date, consent); use the C# API (DecideCardRetention).",
                        $"Sous {edition.Id}, 'retention' de bank-card-number nécessite les entrées de la version 2 du contrat : NS48-RET-CARD-* (transaction, date de débit, consentement) ; utilisez l'API C# (DecideCardRetention).");
                }

                if (ReferenceEquals(edition, Edition.Ns2016) && ReferenceEquals(field.Category, DataCategory.ConnectionData))
                {
                    throw Fail(
                        $"Under {edition.Id}, 'retention' of a connection-data field needs the inputs of contract version 2: NS48-RET-TRACKER-13M (when the tracker was set); use the C# API (DecideTrackerRetention).",
                        $"Sous {edition.Id}, 'retention' d'une donnée de connexion nécessite les entrées de la version 2 du contrat : NS48-RET-TRACKER-13M (date de dépôt du traceur) ; utilisez l'API C# (DecideTrackerRetention).");
                }

                var subject = ReadSubject(keys, edition, now);
                if (subject.Status == SubjectStatus.Client)
                {
                    NotAfterNow(proofFrom, now, "proofFrom");
                }
                else
                {
                    // Proof means nothing for a prospect: accepted and ignored.
                    proof = false;
                    proofFrom = null;
                }

                RetentionDecision decision;
                try
                {
                    decision = retentionEvaluator.DecideRetention(field, subject, now, proof, proofFrom, sector);
                }
                catch (ArgumentException) when (subject.Status == SubjectStatus.Prospect && subject.Prospecting.AnswerWindowDays is null
                    && !ReferenceEquals(edition, Edition.Ns2005))
                {
                    // The only input error left once the line is read: the three years have run and the window is unknown.
                    throw Fail(
                        "The prospect's three years have run: 'subject.answerWindowDays' is required (how many days the person is given to answer a re-confirmation request).",
                        "Les trois ans du prospect sont écoulés : 'subject.answerWindowDays' est obligatoire (nombre de jours laissés à la personne pour répondre à une demande de confirmation).");
                }
                catch (Exception exception) when (exception is ArgumentOutOfRangeException or OverflowException
                    && subject.Status == SubjectStatus.Prospect && subject.Prospecting.AnswerWindowDays is not null
                    && !ReferenceEquals(edition, Edition.Ns2005))
                {
                    // A window so long that its end lies beyond the calendar: an error line, not the end of the stream.
                    throw Fail(
                        "'subject.answerWindowDays' is too large: the end of the answer window would lie beyond the range of instants.",
                        "'subject.answerWindowDays' est trop grand : la fin du délai de réponse sortirait de la plage des instants.");
                }

                WriteRetention(writer, lineNumber, idRaw, decision);
                break;
            }

            default:
            {
                var channel = (ProspectingChannel)OneOf("channel", RequiredString(keys, null, "channel"), VocabularyIds.ProspectingChannels);
                var audience = (Audience)OneOf("audience", RequiredString(keys, null, "audience"), VocabularyIds.Audiences);
                var at = ReadInstant(keys, null, "at");
                var solicitEvaluator = EvaluatorFor(keys, ask, at);
                var subject = ReadSubject(keys, solicitEvaluator.Edition, now: null);
                if (at is null && channel == ProspectingChannel.Phone && audience == Audience.Consumer
                    && solicitEvaluator.Rulebook.Contains(RuleId.ProspectingPhoneConsent))
                {
                    throw Fail(
                        $"The required key 'at' is missing (or null): under {solicitEvaluator.Edition.Id}, telephone prospecting of a consumer needs prior consent from 2026-08-11, so the decision depends on the date.",
                        $"La clé obligatoire 'at' est absente (ou null) : sous {solicitEvaluator.Edition.Id}, la prospection téléphonique d'un consommateur nécessite un consentement préalable à partir du 2026-08-11 ; la décision dépend donc de la date.");
                }

                WriteDecision(writer, lineNumber, idRaw, solicitEvaluator.MaySolicit(channel, audience, subject, at, sector), maskedValue: null);
                break;
            }
        }
    }

    private Subject ReadSubject(Dictionary<string, JsonElement> keys, Edition edition, Instant? now)
    {
        if (!keys.TryGetValue("subject", out var element) || element.ValueKind == JsonValueKind.Null)
        {
            throw Missing("subject");
        }

        if (element.ValueKind != JsonValueKind.Object)
        {
            throw WrongType("subject", "an object", "un objet");
        }

        var subject = ReadObject(element, "subject", SubjectKeys, out _);
        var status = (SubjectStatus)OneOf("subject.status", RequiredString(subject, "subject", "status"), VocabularyIds.SubjectStatuses);
        var collectedAt = ReadInstant(subject, "subject", "collectedAt");
        var relationshipEndedAt = ReadInstant(subject, "subject", "relationshipEndedAt");
        var lastContactAt = ReadInstant(subject, "subject", "lastContactAt");
        var unanswered = ReadInteger(subject, "subject", "unansweredSolicitations", minimum: 0) ?? 0;

        // Under ns48-2005 the answer window is accepted and ignored: only its type is checked.
        var usesAnswerWindow = !ReferenceEquals(edition, Edition.Ns2005);
        var answerWindowDays = ReadInteger(subject, "subject", "answerWindowDays", minimum: usesAnswerWindow ? 1 : int.MinValue);
        if (!usesAnswerWindow)
        {
            answerWindowDays = null;
        }

        // Facts the status does not use are accepted and ignored.
        if (status == SubjectStatus.Client)
        {
            lastContactAt = null;
            unanswered = 0;
        }
        else
        {
            relationshipEndedAt = null;
        }

        var prospecting = new ProspectingFacts(
            consent: OptionalBool(subject, "subject", "consent") ?? false,
            objected: OptionalBool(subject, "subject", "objected") ?? false,
            objectionOfferedAtCollection: OptionalBool(subject, "subject", "objectionOfferedAtCollection") ?? false,
            usedForProspecting: OptionalBool(subject, "subject", "usedForProspecting") ?? false,
            analogousProducts: OptionalBool(subject, "subject", "analogousProducts") ?? false,
            answerWindowDays: answerWindowDays);

        if (now is { } at)
        {
            NotAfterNow(collectedAt, at, "subject.collectedAt");
            NotAfterNow(lastContactAt, at, "subject.lastContactAt");
        }

        Subject result;
        if (subject.TryGetValue("events", out var events) && events.ValueKind != JsonValueKind.Null)
        {
            foreach (var flat in new[] { "lastContactAt", "unansweredSolicitations", "relationshipEndedAt" })
            {
                if (subject.TryGetValue(flat, out var value) && value.ValueKind != JsonValueKind.Null)
                {
                    throw Fail(
                        $"'subject.events' replaces 'subject.{flat}': give the activity log or the facts, not both.",
                        $"'subject.events' remplace 'subject.{flat}' : donnez le journal d'activité ou les faits, pas les deux.");
                }
            }

            result = Subject.FromEvents(status, ReadEvents(events, edition), collectedAt, prospecting);
        }
        else
        {
            result = new Subject(status, collectedAt, relationshipEndedAt, lastContactAt, unanswered, prospecting);
        }

        if (now is { } decisionInstant && status == SubjectStatus.Prospect && collectedAt is null
            && (result.HasEvents ? !result.Events.Any(e => e.IsContactFromPerson && e.At <= decisionInstant) : lastContactAt is null))
        {
            throw Fail(
                "A prospect's retention runs from the collection or the last contact from the person: give 'subject.collectedAt' (or a contact).",
                "La conservation des données d'un prospect court à partir de la collecte ou de son dernier contact : indiquez 'subject.collectedAt' (ou un contact).");
        }

        return result;
    }

    private List<SubjectEvent> ReadEvents(JsonElement events, Edition edition)
    {
        if (events.ValueKind != JsonValueKind.Array)
        {
            throw WrongType("subject.events", "an array of events", "un tableau d'événements");
        }

        var list = new List<SubjectEvent>();
        var index = 0;
        foreach (var item in events.EnumerateArray())
        {
            var path = $"subject.events[{index}]";
            if (item.ValueKind != JsonValueKind.Object)
            {
                throw WrongType(path, "an object {\"type\":…,\"at\":…}", "un objet {\"type\":…,\"at\":…}");
            }

            var entry = ReadObject(item, path, EventKeys, out _);
            var typeText = RequiredString(entry, path, "type");
            var type = (SubjectEventType)OneOf(path + ".type", typeText, VocabularyIds.SubjectEventTypes);
            if (type is SubjectEventType.ReconfirmationYes or SubjectEventType.ReconfirmationRequest && ReferenceEquals(edition, Edition.Ns2005))
            {
                throw Fail(
                    $"The event type '{typeText}' ('{path}.type') is not part of edition {edition.Id}; it exists in ns48-2016, ref-2021.",
                    $"Le type d'événement '{typeText}' ('{path}.type') n'existe pas dans l'édition {edition.Id} ; il existe dans ns48-2016, ref-2021.");
            }

            var at = ReadInstant(entry, path, "at") ?? throw Missing(path + ".at");
            list.Add(new SubjectEvent(type, at));
            index++;
        }

        return list;
    }

    private NoticeForm ReadNoticeForm(Dictionary<string, JsonElement> keys)
    {
        if (!keys.TryGetValue("items", out var element) || element.ValueKind == JsonValueKind.Null)
        {
            throw Missing("items");
        }

        if (element.ValueKind != JsonValueKind.Array)
        {
            throw WrongType("items", "an array of information item ids", "un tableau d'identifiants de mentions");
        }

        var items = new List<NoticeItem>();
        var index = 0;
        foreach (var item in element.EnumerateArray())
        {
            if (item.ValueKind != JsonValueKind.String)
            {
                throw WrongType($"items[{index}]", "a string", "une chaîne");
            }

            items.Add((NoticeItem)OneOf($"items[{index}]", item.GetString()!, VocabularyIds.NoticeItems));
            index++;
        }

        var checkbox = OptionalString(keys, null, "consentCheckbox") is { } text
            ? (ConsentCheckbox)OneOf("consentCheckbox", text, VocabularyIds.ConsentCheckboxes)
            : (ConsentCheckbox?)null;
        return new NoticeForm(
            items,
            prospecting: OptionalBool(keys, null, "prospecting") ?? false,
            objectionNotice: OptionalBool(keys, null, "objectionNotice") ?? false,
            trackers: OptionalBool(keys, null, "trackers") ?? false,
            trackersNotice: OptionalBool(keys, null, "trackersNotice") ?? false,
            consentCheckbox: checkbox);
    }

    private Instant? ReadInstant(Dictionary<string, JsonElement> keys, string? path, string key)
    {
        if (!keys.TryGetValue(key, out var element) || element.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        var name = Join(path, key);
        if (element.ValueKind != JsonValueKind.String)
        {
            throw WrongType(name, "an ISO-8601 instant with an offset, such as 2025-01-31T09:00:00+01:00", "un instant ISO-8601 avec décalage, tel que 2025-01-31T09:00:00+01:00");
        }

        var text = element.GetString()!;
        var parsed = TimePattern.Parse(text);

        // NodaTime reads 24:00:00 as the next midnight; the contract's HH is 00 to 23.
        if (!parsed.Success || (text.Length > 12 && text[10] == 'T' && text[11] == '2' && text[12] == '4'))
        {
            throw Fail(
                $"'{name}' must be an ISO-8601 instant with an offset (uuuu-MM-ddTHH:mm:ss[.fffffffff] then Z or ±HH:mm); '{text}' is not.",
                $"'{name}' doit être un instant ISO-8601 avec décalage (uuuu-MM-ddTHH:mm:ss[.fffffffff] puis Z ou ±HH:mm) ; '{text}' ne l'est pas.");
        }

        var instant = parsed.Value.ToInstant();
        if (instant < Norme48Evaluator.EarliestInstant || instant > Norme48Evaluator.LatestInstant)
        {
            throw Fail(
                $"'{name}' must lie between 0001-01-01T00:00:00Z and 9989-12-31T23:59:59Z; '{text}' does not.",
                $"'{name}' doit être compris entre 0001-01-01T00:00:00Z et 9989-12-31T23:59:59Z ; '{text}' ne l'est pas.");
        }

        return instant;
    }

    private int? ReadInteger(Dictionary<string, JsonElement> keys, string? path, string key, int minimum)
    {
        if (!keys.TryGetValue(key, out var element) || element.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        var name = Join(path, key);
        var raw = element.ValueKind == JsonValueKind.Number ? element.GetRawText() : string.Empty;
        if (element.ValueKind != JsonValueKind.Number || raw.IndexOfAny(['.', 'e', 'E']) >= 0)
        {
            throw WrongType(name, "an integer (no fraction, no exponent)", "un entier (sans partie décimale ni exposant)");
        }

        // Integers beyond Int32 saturate: a count of three billion decides like any count above the limits.
        var value = element.TryGetInt32(out var exact) ? exact : raw.StartsWith('-') ? int.MinValue : int.MaxValue;

        if (value < minimum)
        {
            throw Fail($"'{name}' must be at least {minimum}.", $"'{name}' doit valoir au moins {minimum}.");
        }

        return value;
    }

    private void NotAfterNow(Instant? value, Instant now, string name)
    {
        if (value > now)
        {
            throw Fail($"'{name}' lies after 'now'.", $"'{name}' est postérieur à 'now'.");
        }
    }

    private void WriteRetention(Utf8JsonWriter writer, int lineNumber, string? idRaw, RetentionDecision decision)
    {
        writer.WriteStartObject();
        writer.WriteNumber("line", lineNumber);
        WriteId(writer, idRaw);
        writer.WriteString("edition", decision.Edition.Id);
        writer.WriteString("verdict", RetentionVerdictId(decision.Verdict));
        if (decision.Until is { } until)
        {
            writer.WriteString("until", InstantPattern.ExtendedIso.Format(until));
        }

        if (decision.Since is { } since)
        {
            writer.WriteString("since", InstantPattern.ExtendedIso.Format(since));
        }

        WriteRulesAndReasons(writer, decision.Rules, decision.Reasons);
        WriteAdvisories(writer, decision.Advisories);
        writer.WriteEndObject();
    }

    private void WriteAdvisories(Utf8JsonWriter writer, IReadOnlyList<Advisory> advisories)
    {
        if (advisories.Count > 0)
        {
            writer.WriteStartArray("advisories");
            foreach (var advisory in advisories)
            {
                writer.WriteStartObject();
                writer.WriteString("rule", advisory.Rule.Code);
                writer.WriteString("strength", StrengthId(advisory.Strength));
                if (advisory.Since is { } advisorySince)
                {
                    writer.WriteString("since", InstantPattern.ExtendedIso.Format(advisorySince));
                }

                writer.WriteString("message", advisory.Message.In(language));
                if (advisory.Kind is { } kind)
                {
                    writer.WriteString("kind", kind);
                }

                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }
    }

    private void WriteNotice(Utf8JsonWriter writer, int lineNumber, string? idRaw, NoticeDecision decision)
    {
        writer.WriteStartObject();
        writer.WriteNumber("line", lineNumber);
        WriteId(writer, idRaw);
        writer.WriteString("edition", decision.Edition.Id);
        writer.WriteString("verdict", decision.Verdict switch
        {
            NoticeVerdict.Compliant => "compliant",
            NoticeVerdict.NonCompliant => "non-compliant",
            _ => "out-of-scope",
        });
        if (decision.Verdict != NoticeVerdict.OutOfScope)
        {
            writer.WriteStartArray("violations");
            foreach (var violation in decision.Violations)
            {
                writer.WriteStartObject();
                writer.WriteString("rule", violation.Rule.ToId());
                writer.WriteString("item", violation.Item);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        WriteRulesAndReasons(writer, decision.Rules, decision.Reasons);
        WriteAdvisories(writer, decision.Advisories);
        writer.WriteEndObject();
    }

    private void WriteRulesAndReasons(Utf8JsonWriter writer, IReadOnlyList<RuleId> rules, IReadOnlyList<Reason> reasons)
    {
        writer.WriteStartArray("rules");
        foreach (var rule in rules)
        {
            writer.WriteStringValue(rule.ToId());
        }

        writer.WriteEndArray();
        writer.WriteStartArray("reasons");
        foreach (var reason in reasons)
        {
            writer.WriteStartObject();
            writer.WriteString("rule", reason.Rule.Code);
            writer.WriteString("strength", StrengthId(reason.Strength));
            writer.WriteString("source", reason.Source);
            writer.WriteString("message", reason.Message.In(language));
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    private static string StrengthId(RuleStrength strength) => strength == RuleStrength.Mandatory ? "mandatory" : "recommended";

    private static string RetentionVerdictId(RetentionVerdict verdict) => verdict switch
    {
        RetentionVerdict.Keep => "keep",
        RetentionVerdict.Archive => "archive",
        RetentionVerdict.Purge => "purge",
        RetentionVerdict.OutOfScope => "out-of-scope",
        _ => "ask-before-purge",
    };
}
