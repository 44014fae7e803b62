using System;
using System.Linq;
using System.Text.Json;
using Xunit;

namespace Norme48.Cli.Tests.Evaluate;

/// <summary>
/// CONTRACT.md and RULES.md for <c>retention</c> under <c>ns48-2005</c>: verdicts, <c>until</c> / <c>since</c>
/// computed by hand in Europe/Paris (CET +01:00; CEST +02:00 from the last Sunday of March 01:00Z to the last Sunday of
/// October 01:00Z; periods added to the local date-time, resolved leniently), the facts derived from <c>events</c>,
/// advisory mode, keys ignored per status, and error lines naming the key.
/// </summary>
public class EvaluateRetentionTests
{
    /// <summary>Question, verdict, <c>until</c> and <c>since</c> ("" when the key must be absent), deciding rules in order.</summary>
    private static readonly (string Question, string Verdict, string Until, string Since, string Rules)[] Client =
    [
        // NS48-RET-CLIENT: keep while the relationship lasts (until a scheduled end), purge since its end.
        ("""{"ask":"retention","field":"last-name","subject":{"status":"client","collectedAt":"2020-01-01T10:00:00Z"},"now":"2025-06-01T00:00:00Z"}""", "keep", "", "", "NS48-RET-CLIENT"),
        ("""{"ask":"retention","field":"last-name","subject":{"status":"client","relationshipEndedAt":"2026-01-31T23:00:00Z"},"now":"2025-06-01T00:00:00Z"}""", "keep", "2026-01-31T23:00:00Z", "", "NS48-RET-CLIENT"),
        ("""{"ask":"retention","field":"postal-address","subject":{"status":"client","relationshipEndedAt":"2026-02-01T00:00:00+01:00"},"now":"2025-06-01T00:00:00Z"}""", "keep", "2026-01-31T23:00:00Z", "", "NS48-RET-CLIENT"),
        ("""{"ask":"retention","field":"last-name","subject":{"status":"client","relationshipEndedAt":"2024-03-15T10:00:00Z"},"now":"2025-06-01T00:00:00Z"}""", "purge", "", "2024-03-15T10:00:00Z", "NS48-RET-CLIENT"),
        ("""{"ask":"retention","field":"purchase-history","subject":{"status":"client","relationshipEndedAt":"2024-03-15T12:00:00+02:00"},"now":"2025-06-01T00:00:00Z"}""", "purge", "", "2024-03-15T10:00:00Z", "NS48-RET-CLIENT"),

        // An end at exactly now is not after now: the relationship has ended.
        ("""{"ask":"retention","field":"last-name","subject":{"status":"client","relationshipEndedAt":"2025-06-01T00:00:00Z"},"now":"2025-06-01T00:00:00Z"}""", "purge", "", "2025-06-01T00:00:00Z", "NS48-RET-CLIENT"),

        // NS48-RET-CLIENT-PROOF without proofFrom: archived until 10 years after the end (2034-03-15 11:00 CET).
        ("""{"ask":"retention","field":"amount","subject":{"status":"client","relationshipEndedAt":"2024-03-15T10:00:00Z"},"now":"2025-06-01T00:00:00Z","proof":true}""", "archive", "2034-03-15T10:00:00Z", "", "NS48-RET-CLIENT-PROOF"),

        // 2024-03-30 13:00 CET + 10 years = 2034-03-30 13:00, which is CEST (summer time began on 2034-03-26).
        ("""{"ask":"retention","field":"amount","subject":{"status":"client","relationshipEndedAt":"2024-03-30T12:00:00Z"},"now":"2025-06-01T00:00:00Z","proof":true}""", "archive", "2034-03-30T11:00:00Z", "", "NS48-RET-CLIENT-PROOF"),

        // With proofFrom (a Paris midnight): archived until 10 years after it, 2030-05-01 00:00 CEST.
        ("""{"ask":"retention","field":"amount","subject":{"status":"client","relationshipEndedAt":"2024-03-15T10:00:00Z"},"now":"2025-06-01T00:00:00Z","proof":true,"proofFrom":"2020-05-01T00:00:00+02:00"}""", "archive", "2030-04-30T22:00:00Z", "", "NS48-RET-CLIENT-PROOF"),

        // proofFrom 2024-02-29 00:00 Paris: 10 years later is clamped to 2034-02-28 00:00 CET.
        ("""{"ask":"retention","field":"amount","subject":{"status":"client","relationshipEndedAt":"2024-05-01T00:00:00Z"},"now":"2025-06-01T00:00:00Z","proof":true,"proofFrom":"2024-02-28T23:00:00Z"}""", "archive", "2034-02-27T23:00:00Z", "", "NS48-RET-CLIENT-PROOF"),

        // The archive end is past: purge since the archive end.
        ("""{"ask":"retention","field":"amount","subject":{"status":"client","relationshipEndedAt":"2019-06-01T00:00:00Z"},"now":"2025-06-01T00:00:00Z","proof":true,"proofFrom":"2010-02-10T09:00:00Z"}""", "purge", "", "2020-02-10T09:00:00Z", "NS48-RET-CLIENT-PROOF"),
        ("""{"ask":"retention","field":"amount","subject":{"status":"client","relationshipEndedAt":"2014-01-20T15:00:00Z"},"now":"2025-06-01T00:00:00Z","proof":true}""", "purge", "", "2024-01-20T15:00:00Z", "NS48-RET-CLIENT-PROOF"),

        // At now = the archive end the purge is due; one second earlier the archive still holds.
        ("""{"ask":"retention","field":"amount","subject":{"status":"client","relationshipEndedAt":"2014-01-20T15:00:00Z"},"now":"2024-01-20T15:00:00Z","proof":true}""", "purge", "", "2024-01-20T15:00:00Z", "NS48-RET-CLIENT-PROOF"),
        ("""{"ask":"retention","field":"amount","subject":{"status":"client","relationshipEndedAt":"2014-01-20T15:00:00Z"},"now":"2024-01-20T14:59:59Z","proof":true}""", "archive", "2024-01-20T15:00:00Z", "", "NS48-RET-CLIENT-PROOF"),

        // The archive end was already past when the relationship ended: purge since the end.
        ("""{"ask":"retention","field":"amount","subject":{"status":"client","relationshipEndedAt":"2016-01-01T00:00:00Z"},"now":"2025-06-01T00:00:00Z","proof":true,"proofFrom":"2005-01-10T09:00:00Z"}""", "purge", "", "2016-01-01T00:00:00Z", "NS48-RET-CLIENT-PROOF"),

        // A proof field of a lasting relationship is kept under NS48-RET-CLIENT (until a scheduled end).
        ("""{"ask":"retention","field":"amount","subject":{"status":"client","relationshipEndedAt":"2026-01-31T23:00:00Z"},"now":"2025-06-01T00:00:00Z","proof":true}""", "keep", "2026-01-31T23:00:00Z", "", "NS48-RET-CLIENT"),
        ("""{"ask":"retention","field":"amount","subject":{"status":"client"},"now":"2025-06-01T00:00:00Z","proof":true,"proofFrom":"2020-05-01T00:00:00+02:00"}""", "keep", "", "", "NS48-RET-CLIENT"),

        // Custom fields and connection data follow the subject's status like every other field.
        ("""{"ask":"retention","field":{"id":"loyalty-tier","category":"commercial-relationship"},"subject":{"status":"client","relationshipEndedAt":"2024-03-15T10:00:00Z"},"now":"2025-06-01T00:00:00Z","proof":true}""", "archive", "2034-03-15T10:00:00Z", "", "NS48-RET-CLIENT-PROOF"),
        ("""{"ask":"retention","field":"ip-address","subject":{"status":"client","relationshipEndedAt":"2024-03-15T10:00:00Z"},"now":"2025-06-01T00:00:00Z"}""", "purge", "", "2024-03-15T10:00:00Z", "NS48-RET-CLIENT"),
        ("""{"ask":"retention","field":"bank-card-number","subject":{"status":"client","relationshipEndedAt":"2024-03-15T10:00:00Z"},"now":"2025-06-01T00:00:00Z"}""", "purge", "", "2024-03-15T10:00:00Z", "NS48-RET-CLIENT"),
    ];

    /// <summary>A client's relationship derived from <c>events</c> (CONTRACT.md, "From events the library derives the facts").</summary>
    private static readonly (string Question, string Verdict, string Until, string Since, string Rules)[] ClientEvents =
    [
        ("""{"ask":"retention","field":"last-name","subject":{"status":"client","events":[{"type":"relationship-start","at":"2020-01-01T00:00:00Z"},{"type":"relationship-end","at":"2024-03-15T10:00:00Z"}]},"now":"2025-06-01T00:00:00Z"}""", "purge", "", "2024-03-15T10:00:00Z", "NS48-RET-CLIENT"),

        // In any order.
        ("""{"ask":"retention","field":"last-name","subject":{"status":"client","events":[{"type":"relationship-end","at":"2024-04-15T10:00:00Z"},{"type":"relationship-start","at":"2020-01-01T00:00:00Z"}]},"now":"2025-06-01T00:00:00Z"}""", "purge", "", "2024-04-15T10:00:00Z", "NS48-RET-CLIENT"),

        // A later start resumes the relationship; an end with no start has ended it; an end at the start's instant has not.
        ("""{"ask":"retention","field":"last-name","subject":{"status":"client","events":[{"type":"relationship-start","at":"2020-01-01T00:00:00Z"},{"type":"relationship-end","at":"2022-01-01T00:00:00Z"},{"type":"relationship-start","at":"2023-01-01T00:00:00Z"}]},"now":"2025-06-01T00:00:00Z"}""", "keep", "", "", "NS48-RET-CLIENT"),
        ("""{"ask":"retention","field":"last-name","subject":{"status":"client","events":[{"type":"relationship-end","at":"2024-03-15T10:00:00Z"}]},"now":"2025-06-01T00:00:00Z"}""", "purge", "", "2024-03-15T10:00:00Z", "NS48-RET-CLIENT"),
        ("""{"ask":"retention","field":"last-name","subject":{"status":"client","events":[{"type":"relationship-start","at":"2024-03-15T10:00:00Z"},{"type":"relationship-end","at":"2024-03-15T10:00:00Z"}]},"now":"2025-06-01T00:00:00Z"}""", "keep", "", "", "NS48-RET-CLIENT"),

        // A relationship-end after now is a scheduled end; a relationship-start after now is ignored.
        ("""{"ask":"retention","field":"last-name","subject":{"status":"client","events":[{"type":"relationship-start","at":"2020-01-01T00:00:00Z"},{"type":"relationship-end","at":"2026-01-31T23:00:00Z"}]},"now":"2025-06-01T00:00:00Z"}""", "keep", "2026-01-31T23:00:00Z", "", "NS48-RET-CLIENT"),
        ("""{"ask":"retention","field":"last-name","subject":{"status":"client","events":[{"type":"relationship-start","at":"2020-01-01T00:00:00Z"},{"type":"relationship-end","at":"2023-01-01T00:00:00Z"},{"type":"relationship-start","at":"2024-01-01T00:00:00Z"},{"type":"relationship-end","at":"2026-01-31T23:00:00Z"}]},"now":"2025-06-01T00:00:00Z"}""", "keep", "2026-01-31T23:00:00Z", "", "NS48-RET-CLIENT"),
        ("""{"ask":"retention","field":"first-names","subject":{"status":"client","events":[{"type":"relationship-end","at":"2024-03-15T10:00:00Z"},{"type":"relationship-start","at":"2025-07-01T00:00:00Z"}]},"now":"2025-06-01T00:00:00Z"}""", "purge", "", "2024-03-15T10:00:00Z", "NS48-RET-CLIENT"),

        // Two scheduled ends: the keep stops holding at the first.
        ("""{"ask":"retention","field":"last-name","subject":{"status":"client","events":[{"type":"relationship-end","at":"2027-01-31T23:00:00Z"},{"type":"relationship-end","at":"2026-01-31T23:00:00Z"}]},"now":"2025-06-01T00:00:00Z"}""", "keep", "2026-01-31T23:00:00Z", "", "NS48-RET-CLIENT"),

        // Contacts and solicitations do not end a client's relationship.
        ("""{"ask":"retention","field":"last-name","subject":{"status":"client","events":[{"type":"order","at":"2020-01-01T00:00:00Z"},{"type":"solicitation","at":"2024-01-01T00:00:00Z"},{"type":"solicitation","at":"2024-02-01T00:00:00Z"}]},"now":"2025-06-01T00:00:00Z"}""", "keep", "", "", "NS48-RET-CLIENT"),

        // A proof field of a relationship ended by events.
        ("""{"ask":"retention","field":"amount","subject":{"status":"client","events":[{"type":"relationship-start","at":"2020-01-01T00:00:00Z"},{"type":"relationship-end","at":"2024-03-15T10:00:00Z"}]},"now":"2025-06-01T00:00:00Z","proof":true}""", "archive", "2034-03-15T10:00:00Z", "", "NS48-RET-CLIENT-PROOF"),
    ];

    private static readonly (string Question, string Verdict, string Until, string Since, string Rules)[] Prospect =
    [
        // NS48-RET-PROSPECT-1Y: keep until 1 year after the later of collection and the last contact from the person.
        ("""{"ask":"retention","field":"last-name","subject":{"status":"prospect","collectedAt":"2025-01-15T09:00:00Z"},"now":"2025-06-01T00:00:00Z"}""", "keep", "2026-01-15T09:00:00Z", "", "NS48-RET-PROSPECT-1Y"),
        ("""{"ask":"retention","field":"last-name","subject":{"status":"prospect","collectedAt":"2024-01-15T09:00:00Z","lastContactAt":"2024-08-10T14:30:00Z"},"now":"2025-06-01T00:00:00Z"}""", "keep", "2025-08-10T14:30:00Z", "", "NS48-RET-PROSPECT-1Y"),
        ("""{"ask":"retention","field":"last-name","subject":{"status":"prospect","collectedAt":"2025-03-01T12:00:00Z","lastContactAt":"2024-12-01T12:00:00Z"},"now":"2025-06-01T00:00:00Z"}""", "keep", "2026-03-01T12:00:00Z", "", "NS48-RET-PROSPECT-1Y"),
        ("""{"ask":"retention","field":"last-name","subject":{"status":"prospect","lastContactAt":"2025-02-01T08:00:00Z"},"now":"2025-06-01T00:00:00Z"}""", "keep", "2026-02-01T08:00:00Z", "", "NS48-RET-PROSPECT-1Y"),
        ("""{"ask":"retention","field":"ip-address","subject":{"status":"prospect","collectedAt":"2025-01-15T09:00:00Z"},"now":"2025-06-01T00:00:00Z"}""", "keep", "2026-01-15T09:00:00Z", "", "NS48-RET-PROSPECT-1Y"),
        ("""{"ask":"retention","field":"last-name","subject":{"status":"prospect","collectedAt":"2023-05-10T10:00:00Z"},"now":"2025-06-01T00:00:00Z"}""", "purge", "", "2024-05-10T10:00:00Z", "NS48-RET-PROSPECT-1Y"),

        // At now = the due instant the purge is due; one second before it, keep.
        ("""{"ask":"retention","field":"last-name","subject":{"status":"prospect","collectedAt":"2024-06-01T00:00:00Z"},"now":"2025-06-01T00:00:00Z"}""", "purge", "", "2025-06-01T00:00:00Z", "NS48-RET-PROSPECT-1Y"),
        ("""{"ask":"retention","field":"last-name","subject":{"status":"prospect","collectedAt":"2024-06-01T00:00:01Z"},"now":"2025-06-01T00:00:00Z"}""", "keep", "2025-06-01T00:00:01Z", "", "NS48-RET-PROSPECT-1Y"),

        // NS48-RET-PROSPECT-2-UNANSWERED from the flat count: 2 or more means purge now, since unknown.
        ("""{"ask":"retention","field":"last-name","subject":{"status":"prospect","collectedAt":"2025-01-15T09:00:00Z","unansweredSolicitations":2},"now":"2025-06-01T00:00:00Z"}""", "purge", "", "", "NS48-RET-PROSPECT-2-UNANSWERED"),
        ("""{"ask":"retention","field":"last-name","subject":{"status":"prospect","collectedAt":"2025-01-15T09:00:00Z","unansweredSolicitations":3},"now":"2025-06-01T00:00:00Z"}""", "purge", "", "", "NS48-RET-PROSPECT-2-UNANSWERED"),
        ("""{"ask":"retention","field":"last-name","subject":{"status":"prospect","collectedAt":"2025-01-15T09:00:00Z","unansweredSolicitations":3000000000},"now":"2025-06-01T00:00:00Z"}""", "purge", "", "", "NS48-RET-PROSPECT-2-UNANSWERED"),
        ("""{"ask":"retention","field":"last-name","subject":{"status":"prospect","collectedAt":"2025-01-15T09:00:00Z","unansweredSolicitations":1},"now":"2025-06-01T00:00:00Z"}""", "keep", "2026-01-15T09:00:00Z", "", "NS48-RET-PROSPECT-1Y"),
        ("""{"ask":"retention","field":"last-name","subject":{"status":"prospect","collectedAt":"2025-01-15T09:00:00Z","unansweredSolicitations":0},"now":"2025-06-01T00:00:00Z"}""", "keep", "2026-01-15T09:00:00Z", "", "NS48-RET-PROSPECT-1Y"),

        // Both due: both cited in catalogue order, since the earliest known due instant (only the year's is known).
        ("""{"ask":"retention","field":"last-name","subject":{"status":"prospect","collectedAt":"2023-05-10T10:00:00Z","unansweredSolicitations":2},"now":"2025-06-01T00:00:00Z"}""", "purge", "", "2024-05-10T10:00:00Z", "NS48-RET-PROSPECT-1Y NS48-RET-PROSPECT-2-UNANSWERED"),
    ];

    private static readonly (string Question, string Verdict, string Until, string Since, string Rules)[] ProspectEvents =
    [
        // The second solicitation after the last contact makes the purge due, since its instant.
        ("""{"ask":"retention","field":"last-name","subject":{"status":"prospect","collectedAt":"2025-01-15T09:00:00Z","events":[{"type":"order","at":"2025-02-01T10:00:00Z"},{"type":"solicitation","at":"2025-03-01T10:00:00Z"},{"type":"solicitation","at":"2025-04-01T09:00:00Z"}]},"now":"2025-06-01T00:00:00Z"}""", "purge", "", "2025-04-01T09:00:00Z", "NS48-RET-PROSPECT-2-UNANSWERED"),
        ("""{"ask":"retention","field":"last-name","subject":{"status":"prospect","collectedAt":"2025-01-15T09:00:00Z","events":[{"type":"solicitation","at":"2025-04-02T09:00:00Z"},{"type":"order","at":"2025-02-01T10:00:00Z"},{"type":"solicitation","at":"2025-03-01T10:00:00Z"}]},"now":"2025-06-01T00:00:00Z"}""", "purge", "", "2025-04-02T09:00:00Z", "NS48-RET-PROSPECT-2-UNANSWERED"),

        // With three unanswered solicitations, the purge was due from the second; a fraction and an offset carry through.
        ("""{"ask":"retention","field":"last-name","subject":{"status":"prospect","collectedAt":"2025-01-15T09:00:00Z","events":[{"type":"solicitation","at":"2025-03-01T10:00:00Z"},{"type":"solicitation","at":"2025-04-01T09:00:00.75+02:00"},{"type":"solicitation","at":"2025-05-01T09:00:00Z"}]},"now":"2025-06-01T00:00:00Z"}""", "purge", "", "2025-04-01T07:00:00.75Z", "NS48-RET-PROSPECT-2-UNANSWERED"),

        // Both due: since is the earlier of the year's end and the second unanswered solicitation.
        ("""{"ask":"retention","field":"last-name","subject":{"status":"prospect","collectedAt":"2023-01-10T09:00:00Z","events":[{"type":"solicitation","at":"2023-02-01T09:00:00Z"},{"type":"solicitation","at":"2023-03-01T09:00:00Z"}]},"now":"2025-06-01T00:00:00Z"}""", "purge", "", "2023-03-01T09:00:00Z", "NS48-RET-PROSPECT-1Y NS48-RET-PROSPECT-2-UNANSWERED"),
        ("""{"ask":"retention","field":"last-name","subject":{"status":"prospect","collectedAt":"2023-01-10T09:00:00Z","events":[{"type":"solicitation","at":"2024-06-01T08:00:00Z"},{"type":"solicitation","at":"2024-07-01T08:00:00Z"}]},"now":"2025-06-01T00:00:00Z"}""", "purge", "", "2024-01-10T09:00:00Z", "NS48-RET-PROSPECT-1Y NS48-RET-PROSPECT-2-UNANSWERED"),

        // An email-open is never a contact: it neither resets the count nor moves the year.
        ("""{"ask":"retention","field":"last-name","subject":{"status":"prospect","collectedAt":"2025-01-15T09:00:00Z","events":[{"type":"solicitation","at":"2025-02-01T10:00:00Z"},{"type":"email-open","at":"2025-02-02T10:00:00Z"},{"type":"solicitation","at":"2025-03-01T10:00:00Z"}]},"now":"2025-06-01T00:00:00Z"}""", "purge", "", "2025-03-01T10:00:00Z", "NS48-RET-PROSPECT-2-UNANSWERED"),
        ("""{"ask":"retention","field":"last-name","subject":{"status":"prospect","collectedAt":"2024-03-01T10:00:00Z","events":[{"type":"email-open","at":"2024-12-01T10:00:00Z"}]},"now":"2025-06-01T00:00:00Z"}""", "purge", "", "2025-03-01T10:00:00Z", "NS48-RET-PROSPECT-1Y"),

        // A contact restarts the count and the year.
        ("""{"ask":"retention","field":"last-name","subject":{"status":"prospect","collectedAt":"2025-01-15T09:00:00Z","events":[{"type":"solicitation","at":"2025-02-01T10:00:00Z"},{"type":"solicitation","at":"2025-03-01T10:00:00Z"},{"type":"link-click","at":"2025-03-05T10:00:00Z"},{"type":"solicitation","at":"2025-04-01T09:00:00Z"}]},"now":"2025-06-01T00:00:00Z"}""", "keep", "2026-03-05T10:00:00Z", "", "NS48-RET-PROSPECT-1Y"),

        // Events after now are ignored: a future order does not move the year, future solicitations do not count.
        ("""{"ask":"retention","field":"last-name","subject":{"status":"prospect","collectedAt":"2024-03-01T10:00:00Z","events":[{"type":"order","at":"2025-07-01T10:00:00Z"}]},"now":"2025-06-01T00:00:00Z"}""", "purge", "", "2025-03-01T10:00:00Z", "NS48-RET-PROSPECT-1Y"),
        ("""{"ask":"retention","field":"last-name","subject":{"status":"prospect","collectedAt":"2025-01-15T09:00:00Z","events":[{"type":"solicitation","at":"2025-07-01T10:00:00Z"},{"type":"solicitation","at":"2025-08-01T10:00:00Z"}]},"now":"2025-06-01T00:00:00Z"}""", "keep", "2026-01-15T09:00:00Z", "", "NS48-RET-PROSPECT-1Y"),

        // An event at now is not after now.
        ("""{"ask":"retention","field":"last-name","subject":{"status":"prospect","collectedAt":"2025-01-15T09:00:00Z","events":[{"type":"solicitation","at":"2025-05-01T10:00:00Z"},{"type":"solicitation","at":"2025-06-01T00:00:00Z"}]},"now":"2025-06-01T00:00:00Z"}""", "purge", "", "2025-06-01T00:00:00Z", "NS48-RET-PROSPECT-2-UNANSWERED"),

        // With no contact, solicitations at or after collectedAt count; one before it does not.
        ("""{"ask":"retention","field":"last-name","subject":{"status":"prospect","collectedAt":"2025-01-15T09:00:00Z","events":[{"type":"solicitation","at":"2025-01-15T09:00:00Z"},{"type":"solicitation","at":"2025-02-01T10:00:00Z"}]},"now":"2025-06-01T00:00:00Z"}""", "purge", "", "2025-02-01T10:00:00Z", "NS48-RET-PROSPECT-2-UNANSWERED"),
        ("""{"ask":"retention","field":"last-name","subject":{"status":"prospect","collectedAt":"2025-01-15T09:00:00Z","events":[{"type":"solicitation","at":"2025-01-15T08:59:59Z"},{"type":"solicitation","at":"2025-02-01T10:00:00Z"}]},"now":"2025-06-01T00:00:00Z"}""", "keep", "2026-01-15T09:00:00Z", "", "NS48-RET-PROSPECT-1Y"),

        // Solicitations count strictly after the last contact, even before the collection.
        ("""{"ask":"retention","field":"last-name","subject":{"status":"prospect","collectedAt":"2025-01-15T09:00:00Z","events":[{"type":"order","at":"2025-02-01T10:00:00Z"},{"type":"solicitation","at":"2025-02-01T10:00:00Z"},{"type":"solicitation","at":"2025-03-01T10:00:00Z"}]},"now":"2025-06-01T00:00:00Z"}""", "keep", "2026-02-01T10:00:00Z", "", "NS48-RET-PROSPECT-1Y"),
        ("""{"ask":"retention","field":"last-name","subject":{"status":"prospect","collectedAt":"2025-03-01T12:00:00Z","events":[{"type":"reply","at":"2024-12-01T12:00:00Z"},{"type":"solicitation","at":"2025-01-01T12:00:00Z"},{"type":"solicitation","at":"2025-02-01T12:00:00Z"}]},"now":"2025-06-01T00:00:00Z"}""", "purge", "", "2025-02-01T12:00:00Z", "NS48-RET-PROSPECT-2-UNANSWERED"),

        // A contact event stands for collectedAt; the later of the two anchors the year.
        ("""{"ask":"retention","field":"last-name","subject":{"status":"prospect","events":[{"type":"documentation-request","at":"2025-02-01T10:00:00Z"}]},"now":"2025-06-01T00:00:00Z"}""", "keep", "2026-02-01T10:00:00Z", "", "NS48-RET-PROSPECT-1Y"),
        ("""{"ask":"retention","field":"last-name","subject":{"status":"prospect","collectedAt":"2025-03-01T12:00:00Z","events":[{"type":"reply","at":"2024-12-01T12:00:00Z"}]},"now":"2025-06-01T00:00:00Z"}""", "keep", "2026-03-01T12:00:00Z", "", "NS48-RET-PROSPECT-1Y"),

        // An empty log: the facts are those of collection alone.
        ("""{"ask":"retention","field":"last-name","subject":{"status":"prospect","collectedAt":"2025-01-15T09:00:00Z","events":[]},"now":"2025-06-01T00:00:00Z"}""", "keep", "2026-01-15T09:00:00Z", "", "NS48-RET-PROSPECT-1Y"),
    ];

    /// <summary>RULES.md, "Retention" time arithmetic: autumn fall-back, spring-forward gap, month clamping, offsets, fractions, range.</summary>
    private static readonly (string Question, string Verdict, string Until, string Since, string Rules)[] Arithmetic =
    [
        // (1) The autumn fall-back hour: 00:30Z is 02:30 CEST, a year later 02:30 CET; 01:10Z is 02:10 CET.
        ("""{"ask":"retention","field":"last-name","subject":{"status":"prospect","collectedAt":"2025-01-01T00:00:00Z","lastContactAt":"2025-10-26T00:30:00Z"},"now":"2026-01-01T00:00:00Z"}""", "keep", "2026-10-26T01:30:00Z", "", "NS48-RET-PROSPECT-1Y"),
        ("""{"ask":"retention","field":"last-name","subject":{"status":"prospect","collectedAt":"2025-01-01T00:00:00Z","events":[{"type":"order","at":"2025-10-26T00:30:00Z"}]},"now":"2026-01-01T00:00:00Z"}""", "keep", "2026-10-26T01:30:00Z", "", "NS48-RET-PROSPECT-1Y"),
        ("""{"ask":"retention","field":"last-name","subject":{"status":"prospect","collectedAt":"2025-01-01T00:00:00Z","lastContactAt":"2025-10-26T01:10:00Z"},"now":"2026-01-01T00:00:00Z"}""", "keep", "2026-10-26T01:10:00Z", "", "NS48-RET-PROSPECT-1Y"),

        // (2) The spring-forward gap: 2026-03-29 02:30 does not exist and moves forward by an hour to 03:30 CEST.
        ("""{"ask":"retention","field":"last-name","subject":{"status":"prospect","collectedAt":"2025-03-29T01:30:00Z"},"now":"2025-06-01T00:00:00Z"}""", "keep", "2026-03-29T01:30:00Z", "", "NS48-RET-PROSPECT-1Y"),
        ("""{"ask":"retention","field":"last-name","subject":{"status":"prospect","collectedAt":"2025-03-29T02:10:00Z"},"now":"2025-06-01T00:00:00Z"}""", "keep", "2026-03-29T01:10:00Z", "", "NS48-RET-PROSPECT-1Y"),
        ("""{"ask":"retention","field":"last-name","subject":{"status":"prospect","collectedAt":"2025-03-29T03:30:00+02:00"},"now":"2025-06-01T00:00:00Z"}""", "keep", "2026-03-29T01:30:00Z", "", "NS48-RET-PROSPECT-1Y"),

        // (3) Clamping: 29 February 00:00 Paris + 1 year = 28 February 00:00.
        ("""{"ask":"retention","field":"last-name","subject":{"status":"prospect","collectedAt":"2024-02-28T22:59:00Z"},"now":"2024-06-01T00:00:00Z"}""", "keep", "2025-02-28T22:59:00Z", "", "NS48-RET-PROSPECT-1Y"),
        ("""{"ask":"retention","field":"last-name","subject":{"status":"prospect","collectedAt":"2024-02-28T23:00:00Z"},"now":"2024-06-01T00:00:00Z"}""", "keep", "2025-02-27T23:00:00Z", "", "NS48-RET-PROSPECT-1Y"),

        // Offsets other than Z are converted; the period runs in Paris time, not in the input's offset.
        ("""{"ask":"retention","field":"last-name","subject":{"status":"prospect","collectedAt":"2025-05-10T12:00:00+02:00"},"now":"2025-06-01T00:00:00Z"}""", "keep", "2026-05-10T10:00:00Z", "", "NS48-RET-PROSPECT-1Y"),
        ("""{"ask":"retention","field":"last-name","subject":{"status":"prospect","collectedAt":"2025-01-15T04:00:00-05:00"},"now":"2025-06-01T00:00:00Z"}""", "keep", "2026-01-15T09:00:00Z", "", "NS48-RET-PROSPECT-1Y"),
        ("""{"ask":"retention","field":"last-name","subject":{"status":"prospect","collectedAt":"2024-02-28T20:00:00-03:00"},"now":"2024-06-01T00:00:00+02:00"}""", "keep", "2025-02-27T23:00:00Z", "", "NS48-RET-PROSPECT-1Y"),
        ("""{"ask":"retention","field":"last-name","subject":{"status":"prospect","collectedAt":"2025-06-01T02:00:00+02:00"},"now":"2025-06-01T00:00:00Z"}""", "keep", "2026-06-01T00:00:00Z", "", "NS48-RET-PROSPECT-1Y"),

        // Answers write a fraction only when it is not zero, without trailing zeros.
        ("""{"ask":"retention","field":"last-name","subject":{"status":"prospect","collectedAt":"2025-01-15T09:00:00.5Z"},"now":"2025-06-01T00:00:00Z"}""", "keep", "2026-01-15T09:00:00.5Z", "", "NS48-RET-PROSPECT-1Y"),
        ("""{"ask":"retention","field":"last-name","subject":{"status":"prospect","collectedAt":"2025-01-15T10:00:00.120+01:00"},"now":"2025-06-01T00:00:00Z"}""", "keep", "2026-01-15T09:00:00.12Z", "", "NS48-RET-PROSPECT-1Y"),
        ("""{"ask":"retention","field":"last-name","subject":{"status":"prospect","collectedAt":"2025-01-15T09:00:00.000Z"},"now":"2025-06-01T00:00:00Z"}""", "keep", "2026-01-15T09:00:00Z", "", "NS48-RET-PROSPECT-1Y"),
        ("""{"ask":"retention","field":"last-name","subject":{"status":"prospect","collectedAt":"2025-01-15T09:00:00.123456789Z"},"now":"2025-06-01T00:00:00Z"}""", "keep", "2026-01-15T09:00:00.123456789Z", "", "NS48-RET-PROSPECT-1Y"),
        ("""{"ask":"retention","field":"last-name","subject":{"status":"client","relationshipEndedAt":"2024-03-15T10:00:00.250Z"},"now":"2025-06-01T00:00:00Z"}""", "purge", "", "2024-03-15T10:00:00.25Z", "NS48-RET-CLIENT"),

        // The ends of the range are accepted; due instants may lie beyond them (Paris keeps one offset all year 1).
        ("""{"ask":"retention","field":"last-name","subject":{"status":"prospect","collectedAt":"9989-12-31T23:59:59Z"},"now":"9989-12-31T23:59:59Z"}""", "keep", "9990-12-31T23:59:59Z", "", "NS48-RET-PROSPECT-1Y"),
        ("""{"ask":"retention","field":"last-name","subject":{"status":"client"},"now":"9990-01-01T00:59:59+01:00"}""", "keep", "", "", "NS48-RET-CLIENT"),
        ("""{"ask":"retention","field":"last-name","subject":{"status":"prospect","collectedAt":"0001-01-01T00:00:00Z"},"now":"0001-06-01T00:00:00Z"}""", "keep", "0002-01-01T00:00:00Z", "", "NS48-RET-PROSPECT-1Y"),
    ];

    /// <summary>NS48-DATA-NIR (alone, no since) and NS48-SCOPE-SECTOR (out-of-scope, alone, no until or since).</summary>
    private static readonly (string Question, string Verdict, string Until, string Since, string Rules)[] NirAndScope =
    [
        ("""{"ask":"retention","field":"nir","subject":{"status":"client"},"now":"2025-06-01T00:00:00Z"}""", "purge", "", "", "NS48-DATA-NIR"),
        ("""{"ask":"retention","field":"nir","subject":{"status":"client","relationshipEndedAt":"2024-03-15T10:00:00Z"},"now":"2025-06-01T00:00:00Z","proof":true,"proofFrom":"2020-05-01T00:00:00+02:00"}""", "purge", "", "", "NS48-DATA-NIR"),
        ("""{"ask":"retention","field":"nir","subject":{"status":"prospect","collectedAt":"2025-01-15T09:00:00Z"},"now":"2025-06-01T00:00:00Z"}""", "purge", "", "", "NS48-DATA-NIR"),
        ("""{"ask":"retention","field":"nir","subject":{"status":"prospect","collectedAt":"2023-05-10T10:00:00Z","unansweredSolicitations":2},"now":"2025-06-01T00:00:00Z"}""", "purge", "", "", "NS48-DATA-NIR"),
        ("""{"ask":"retention","field":{"id":"passport-number","category":"excluded"},"subject":{"status":"prospect","collectedAt":"2025-01-15T09:00:00Z"},"now":"2025-06-01T00:00:00Z"}""", "purge", "", "", "NS48-DATA-NIR"),

        ("""{"ask":"retention","field":"last-name","subject":{"status":"client"},"now":"2025-06-01T00:00:00Z","sector":"health"}""", "out-of-scope", "", "", "NS48-SCOPE-SECTOR"),
        ("""{"ask":"retention","field":"last-name","subject":{"status":"client","relationshipEndedAt":"2026-01-31T23:00:00Z"},"now":"2025-06-01T00:00:00Z","sector":"insurance"}""", "out-of-scope", "", "", "NS48-SCOPE-SECTOR"),
        ("""{"ask":"retention","field":"amount","subject":{"status":"client","relationshipEndedAt":"2024-03-15T10:00:00Z"},"now":"2025-06-01T00:00:00Z","proof":true,"sector":"banking"}""", "out-of-scope", "", "", "NS48-SCOPE-SECTOR"),
        ("""{"ask":"retention","field":"last-name","subject":{"status":"prospect","collectedAt":"2023-05-10T10:00:00Z"},"now":"2025-06-01T00:00:00Z","sector":"education"}""", "out-of-scope", "", "", "NS48-SCOPE-SECTOR"),
        ("""{"ask":"retention","field":"nir","subject":{"status":"client"},"now":"2025-06-01T00:00:00Z","sector":"health"}""", "out-of-scope", "", "", "NS48-SCOPE-SECTOR"),
        ("""{"ask":"retention","field":"last-name","subject":{"status":"prospect","collectedAt":"2023-05-10T10:00:00Z"},"now":"2025-06-01T00:00:00Z","sector":"retail"}""", "purge", "", "2024-05-10T10:00:00Z", "NS48-RET-PROSPECT-1Y"),
    ];

    /// <summary>Keys the status, the ask or the edition does not use are accepted and ignored (CONTRACT.md, "Strictness").</summary>
    private static readonly (string Question, string Verdict, string Until, string Since, string Rules)[] IgnoredKeys =
    [
        // For a prospect: relationshipEndedAt, proof, proofFrom.
        ("""{"ask":"retention","field":"last-name","subject":{"status":"prospect","collectedAt":"2025-01-15T09:00:00Z","relationshipEndedAt":"2025-02-01T00:00:00Z"},"now":"2025-06-01T00:00:00Z","proof":true,"proofFrom":"2020-01-01T00:00:00Z"}""", "keep", "2026-01-15T09:00:00Z", "", "NS48-RET-PROSPECT-1Y"),
        ("""{"ask":"retention","field":"last-name","subject":{"status":"prospect","collectedAt":"2023-05-10T10:00:00Z","relationshipEndedAt":"2023-06-01T00:00:00Z"},"now":"2025-06-01T00:00:00Z"}""", "purge", "", "2024-05-10T10:00:00Z", "NS48-RET-PROSPECT-1Y"),
        ("""{"ask":"retention","field":"last-name","subject":{"status":"prospect","collectedAt":"2025-01-15T09:00:00Z","relationshipEndedAt":"2027-01-01T00:00:00Z"},"now":"2025-06-01T00:00:00Z"}""", "keep", "2026-01-15T09:00:00Z", "", "NS48-RET-PROSPECT-1Y"),

        // For a client: lastContactAt, unansweredSolicitations.
        ("""{"ask":"retention","field":"last-name","subject":{"status":"client","lastContactAt":"2020-01-01T00:00:00Z","unansweredSolicitations":5},"now":"2025-06-01T00:00:00Z"}""", "keep", "", "", "NS48-RET-CLIENT"),
        ("""{"ask":"retention","field":"last-name","subject":{"status":"client","relationshipEndedAt":"2024-03-15T10:00:00Z","lastContactAt":"2020-01-01T00:00:00Z","unansweredSolicitations":3},"now":"2025-06-01T00:00:00Z"}""", "purge", "", "2024-03-15T10:00:00Z", "NS48-RET-CLIENT"),

        // Under ns48-2005: usedForProspecting, analogousProducts, answerWindowDays.
        ("""{"ask":"retention","field":"last-name","subject":{"status":"client","relationshipEndedAt":"2024-03-15T10:00:00Z","usedForProspecting":true,"analogousProducts":true,"answerWindowDays":30},"now":"2025-06-01T00:00:00Z"}""", "purge", "", "2024-03-15T10:00:00Z", "NS48-RET-CLIENT"),
        ("""{"ask":"retention","field":"last-name","subject":{"status":"prospect","collectedAt":"2023-05-10T10:00:00Z","usedForProspecting":true,"analogousProducts":true,"answerWindowDays":30},"now":"2025-06-01T00:00:00Z"}""", "purge", "", "2024-05-10T10:00:00Z", "NS48-RET-PROSPECT-1Y"),

        // Ignored keys are ignored even where they would otherwise be errors: a client's last contact after now, a
        // prospect's proof date after now, an answer window of 0 under ns48-2005 (the >= 1 bound belongs to later editions).
        ("""{"ask":"retention","field":"last-name","subject":{"status":"client","relationshipEndedAt":"2024-03-15T10:00:00Z","lastContactAt":"2026-01-01T00:00:00Z"},"now":"2025-06-01T00:00:00Z"}""", "purge", "", "2024-03-15T10:00:00Z", "NS48-RET-CLIENT"),
        ("""{"ask":"retention","field":"last-name","proof":true,"proofFrom":"2026-01-01T00:00:00Z","subject":{"status":"prospect","collectedAt":"2023-05-10T10:00:00Z"},"now":"2025-06-01T00:00:00Z"}""", "purge", "", "2024-05-10T10:00:00Z", "NS48-RET-PROSPECT-1Y"),
        ("""{"ask":"retention","field":"last-name","subject":{"status":"prospect","collectedAt":"2023-05-10T10:00:00Z","answerWindowDays":0},"now":"2025-06-01T00:00:00Z"}""", "purge", "", "2024-05-10T10:00:00Z", "NS48-RET-PROSPECT-1Y"),

        // The prospecting flags of the subject table do not change a retention decision.
        ("""{"ask":"retention","field":"last-name","subject":{"status":"prospect","collectedAt":"2025-01-15T09:00:00Z","consent":true,"objected":true,"objectionOfferedAtCollection":true},"now":"2025-06-01T00:00:00Z"}""", "keep", "2026-01-15T09:00:00Z", "", "NS48-RET-PROSPECT-1Y"),

        // null counts as absent: beside events, and for proof / proofFrom.
        ("""{"ask":"retention","field":"last-name","subject":{"status":"prospect","collectedAt":"2025-01-15T09:00:00Z","lastContactAt":null,"unansweredSolicitations":null,"relationshipEndedAt":null,"events":[{"type":"order","at":"2025-02-01T10:00:00Z"}]},"now":"2025-06-01T00:00:00Z"}""", "keep", "2026-02-01T10:00:00Z", "", "NS48-RET-PROSPECT-1Y"),
        ("""{"ask":"retention","field":"last-name","subject":{"status":"prospect","collectedAt":"2025-01-15T09:00:00Z","lastContactAt":"2025-02-01T10:00:00Z","events":null},"now":"2025-06-01T00:00:00Z"}""", "keep", "2026-02-01T10:00:00Z", "", "NS48-RET-PROSPECT-1Y"),
        ("""{"ask":"retention","field":"amount","subject":{"status":"client","relationshipEndedAt":"2024-03-15T10:00:00Z"},"now":"2025-06-01T00:00:00Z","proof":null,"proofFrom":null}""", "purge", "", "2024-03-15T10:00:00Z", "NS48-RET-CLIENT"),

        // edition on the line: in-force chooses ns48-2005 for a now in 2010.
        ("""{"ask":"retention","field":"last-name","subject":{"status":"prospect","collectedAt":"2010-01-15T09:00:00Z"},"now":"2010-06-01T00:00:00Z","edition":"in-force"}""", "keep", "2011-01-15T09:00:00Z", "", "NS48-RET-PROSPECT-1Y"),
        ("""{"ask":"retention","field":"last-name","subject":{"status":"prospect","collectedAt":"2025-01-15T09:00:00Z"},"now":"2025-06-01T00:00:00Z","edition":"ns48-2005"}""", "keep", "2026-01-15T09:00:00Z", "", "NS48-RET-PROSPECT-1Y"),
    ];

    /// <summary>A contact event type, or not: one event at 2025-05-20 12:00 CEST after a collection on 2024-01-10.</summary>
    private static readonly (string Type, bool IsContact)[] EventTypes =
    [
        ("order", true),
        ("documentation-request", true),
        ("trial-request", true),
        ("reply", true),
        ("link-click", true),
        ("inbound-message", true),
        ("email-open", false),
        ("solicitation", false),
        ("relationship-start", false),
        ("relationship-end", false),
    ];

    private const string UnknownEventType =
        """{"ask":"retention","field":"last-name","subject":{"status":"prospect","collectedAt":"2025-01-15T09:00:00Z","events":[{"type":"visit","at":"2025-02-01T10:00:00Z"}]},"now":"2025-06-01T00:00:00Z"}""";

    private const string WithStringId = """{"id":"r-1","ask":"retention","field":"last-name","subject":{"status":"client"},"now":"2025-06-01T00:00:00Z"}""";

    private const string ErrorWithNumberId = """{"id":42,"ask":"retention","field":"last-name","subject":{"status":"prospect"},"now":"2025-06-01T00:00:00Z"}""";

    /// <summary>A bad question and the fragments its error must contain (the key with its path, first).</summary>
    private static readonly (string Question, string[] Fragments)[] Errors =
    [
        // Times: an offset is required, the format is uuuu-MM-ddTHH:mm:ss[.fffffffff] then Z or ±HH:mm.
        ("""{"ask":"retention","field":"last-name","subject":{"status":"client"},"now":"2025-06-01T00:00:00"}""", ["now"]),
        ("""{"ask":"retention","field":"last-name","subject":{"status":"client"},"now":"2025-06-01"}""", ["now"]),
        ("""{"ask":"retention","field":"last-name","subject":{"status":"prospect","collectedAt":"2025-01-15T09:00:00"},"now":"2025-06-01T00:00:00Z"}""", ["subject.collectedAt"]),
        ("""{"ask":"retention","field":"last-name","subject":{"status":"client","relationshipEndedAt":"2024-03-15T10:00:00"},"now":"2025-06-01T00:00:00Z"}""", ["subject.relationshipEndedAt"]),
        ("""{"ask":"retention","field":"last-name","subject":{"status":"prospect","collectedAt":"2025-01-15T09:00:00Z","lastContactAt":"2025-02-01 10:00:00Z"},"now":"2025-06-01T00:00:00Z"}""", ["subject.lastContactAt"]),
        ("""{"ask":"retention","field":"amount","subject":{"status":"client","relationshipEndedAt":"2024-03-15T10:00:00Z"},"now":"2025-06-01T00:00:00Z","proof":true,"proofFrom":"2020-05-01"}""", ["proofFrom"]),
        ("""{"ask":"retention","field":"last-name","subject":{"status":"prospect","collectedAt":"2025-01-15T09:00:00Z","events":[{"type":"order","at":"2025-02-01T10:00:00"}]},"now":"2025-06-01T00:00:00Z"}""", ["subject.events[0].at"]),
        ("""{"ask":"retention","field":"last-name","subject":{"status":"prospect","collectedAt":"2025-01-15T09:00:00Z","events":[{"type":"order","at":"2025-02-01T10:00:00Z"},{"type":"solicitation","at":"2025-03-01T10:00Z"}]},"now":"2025-06-01T00:00:00Z"}""", ["subject.events[1].at"]),
        ("""{"ask":"retention","field":"last-name","subject":{"status":"client"},"now":"2025-06-01T00:00:00+0200"}""", ["now"]),
        ("""{"ask":"retention","field":"last-name","subject":{"status":"client"},"now":"2025-06-01T00:00:00+02"}""", ["now"]),
        ("""{"ask":"retention","field":"last-name","subject":{"status":"client"},"now":"2025-06-01T00:00:00.1234567891Z"}""", ["now"]),
        ("""{"ask":"retention","field":"last-name","subject":{"status":"client"},"now":"2025-02-29T00:00:00Z"}""", ["now"]),
        ("""{"ask":"retention","field":"last-name","subject":{"status":"client"},"now":"2025-06-01T00:00:00.Z"}""", ["now"]),
        ("""{"ask":"retention","field":"last-name","subject":{"status":"client"},"now":"2025-06-01T00:00:00+02:00:00"}""", ["now"]),
        ("""{"ask":"retention","field":"last-name","subject":{"status":"client"},"now":20250601}""", ["now"]),

        // Times outside 0001-01-01T00:00:00Z .. 9989-12-31T23:59:59Z.
        ("""{"ask":"retention","field":"last-name","subject":{"status":"prospect","collectedAt":"0001-01-01T00:00:00+01:00"},"now":"2025-06-01T00:00:00Z"}""", ["subject.collectedAt"]),
        ("""{"ask":"retention","field":"last-name","subject":{"status":"client"},"now":"9999-01-01T00:00:00Z"}""", ["now"]),
        ("""{"ask":"retention","field":"last-name","subject":{"status":"client"},"now":"9989-12-31T23:59:59.5Z"}""", ["now"]),
        ("""{"ask":"retention","field":"last-name","subject":{"status":"client"},"now":"9990-01-01T00:00:00Z"}""", ["now"]),
        ("""{"ask":"retention","field":"last-name","subject":{"status":"client","events":[{"type":"relationship-end","at":"9999-01-01T00:00:00Z"}]},"now":"2025-06-01T00:00:00Z"}""", ["subject.events[0].at"]),

        // The contract's HH runs from 00 to 23: NodaTime's 24:00:00 is refused.
        ("""{"ask":"retention","field":"last-name","subject":{"status":"prospect","collectedAt":"2025-01-14T24:00:00Z"},"now":"2025-06-01T00:00:00Z"}""", ["subject.collectedAt"]),

        // collectedAt, lastContactAt and proofFrom after now.
        ("""{"ask":"retention","field":"last-name","subject":{"status":"prospect","collectedAt":"2025-06-01T00:00:01Z"},"now":"2025-06-01T00:00:00Z"}""", ["subject.collectedAt"]),
        ("""{"ask":"retention","field":"last-name","subject":{"status":"prospect","collectedAt":"2025-06-01T02:00:01+02:00"},"now":"2025-06-01T00:00:00Z"}""", ["subject.collectedAt"]),
        ("""{"ask":"retention","field":"last-name","subject":{"status":"client","collectedAt":"2025-06-01T00:00:01Z"},"now":"2025-06-01T00:00:00Z"}""", ["subject.collectedAt"]),
        ("""{"ask":"retention","field":"last-name","subject":{"status":"prospect","collectedAt":"2025-01-15T09:00:00Z","lastContactAt":"2025-07-01T00:00:00Z"},"now":"2025-06-01T00:00:00Z"}""", ["subject.lastContactAt"]),
        ("""{"ask":"retention","field":"amount","subject":{"status":"client","relationshipEndedAt":"2024-03-15T10:00:00Z"},"now":"2025-06-01T00:00:00Z","proof":true,"proofFrom":"2025-06-02T00:00:00+02:00"}""", ["proofFrom"]),

        // proofFrom only with "proof": true.
        ("""{"ask":"retention","field":"amount","subject":{"status":"client","relationshipEndedAt":"2024-03-15T10:00:00Z"},"now":"2025-06-01T00:00:00Z","proofFrom":"2020-05-01T00:00:00+02:00"}""", ["proofFrom"]),
        ("""{"ask":"retention","field":"amount","subject":{"status":"client","relationshipEndedAt":"2024-03-15T10:00:00Z"},"now":"2025-06-01T00:00:00Z","proof":false,"proofFrom":"2020-05-01T00:00:00+02:00"}""", ["proofFrom"]),
        ("""{"ask":"retention","field":"amount","subject":{"status":"client","relationshipEndedAt":"2024-03-15T10:00:00Z"},"now":"2025-06-01T00:00:00Z","proof":null,"proofFrom":"2020-05-01T00:00:00+02:00"}""", ["proofFrom"]),

        // A prospect needs collectedAt or a contact from the person (at or before now).
        ("""{"ask":"retention","field":"last-name","subject":{"status":"prospect"},"now":"2025-06-01T00:00:00Z"}""", ["subject.collectedAt"]),
        ("""{"ask":"retention","field":"last-name","subject":{"status":"prospect","unansweredSolicitations":2,"relationshipEndedAt":"2024-01-01T00:00:00Z"},"now":"2025-06-01T00:00:00Z"}""", ["subject.collectedAt"]),
        ("""{"ask":"retention","field":"last-name","subject":{"status":"prospect","events":[{"type":"solicitation","at":"2025-02-01T10:00:00Z"},{"type":"email-open","at":"2025-02-02T10:00:00Z"}]},"now":"2025-06-01T00:00:00Z"}""", ["subject.collectedAt"]),
        ("""{"ask":"retention","field":"last-name","subject":{"status":"prospect","events":[{"type":"order","at":"2025-07-01T10:00:00Z"}]},"now":"2025-06-01T00:00:00Z"}""", ["subject.collectedAt"]),
        ("""{"ask":"retention","field":"last-name","subject":{"status":"prospect","events":[]},"now":"2025-06-01T00:00:00Z"}""", ["subject.collectedAt"]),

        // events replace lastContactAt / unansweredSolicitations / relationshipEndedAt: giving both is an error.
        ("""{"ask":"retention","field":"last-name","subject":{"status":"prospect","collectedAt":"2025-01-15T09:00:00Z","lastContactAt":"2025-02-01T10:00:00Z","events":[]},"now":"2025-06-01T00:00:00Z"}""", ["lastContactAt", "events"]),
        ("""{"ask":"retention","field":"last-name","subject":{"status":"prospect","collectedAt":"2025-01-15T09:00:00Z","unansweredSolicitations":0,"events":[{"type":"order","at":"2025-02-01T10:00:00Z"}]},"now":"2025-06-01T00:00:00Z"}""", ["unansweredSolicitations", "events"]),
        ("""{"ask":"retention","field":"last-name","subject":{"status":"client","relationshipEndedAt":"2024-03-15T10:00:00Z","events":[{"type":"relationship-end","at":"2024-03-15T10:00:00Z"}]},"now":"2025-06-01T00:00:00Z"}""", ["relationshipEndedAt", "events"]),

        // status: required, a closed vocabulary.
        ("""{"ask":"retention","field":"last-name","subject":{"status":"customer"},"now":"2025-06-01T00:00:00Z"}""", ["subject.status", "client", "prospect"]),
        ("""{"ask":"retention","field":"last-name","subject":{"status":"Client"},"now":"2025-06-01T00:00:00Z"}""", ["subject.status", "client", "prospect"]),
        ("""{"ask":"retention","field":"last-name","subject":{"collectedAt":"2025-01-15T09:00:00Z"},"now":"2025-06-01T00:00:00Z"}""", ["subject.status"]),
        ("""{"ask":"retention","field":"last-name","subject":{"status":null},"now":"2025-06-01T00:00:00Z"}""", ["subject.status"]),
        ("""{"ask":"retention","field":"last-name","subject":{"status":1},"now":"2025-06-01T00:00:00Z"}""", ["subject.status"]),

        // Event types: a closed vocabulary (the list is checked by its own test); reconfirmation-* are of later editions.
        (UnknownEventType, ["subject.events[0].type"]),
        ("""{"ask":"retention","field":"last-name","subject":{"status":"prospect","collectedAt":"2025-01-15T09:00:00Z","events":[{"type":"order","at":"2025-02-01T10:00:00Z"},{"type":"open","at":"2025-02-02T10:00:00Z"}]},"now":"2025-06-01T00:00:00Z"}""", ["subject.events[1].type"]),
        ("""{"ask":"retention","field":"last-name","subject":{"status":"prospect","collectedAt":"2025-01-15T09:00:00Z","events":[{"type":"reconfirmation-yes","at":"2025-02-01T10:00:00Z"}]},"now":"2025-06-01T00:00:00Z"}""", ["reconfirmation-yes", "ns48-2016", "ref-2021"]),
        ("""{"ask":"retention","field":"last-name","subject":{"status":"prospect","collectedAt":"2025-01-15T09:00:00Z","events":[{"type":"reconfirmation-request","at":"2025-02-01T10:00:00Z"}]},"now":"2025-06-01T00:00:00Z"}""", ["reconfirmation-request", "ns48-2016", "ref-2021"]),

        // unansweredSolicitations: a non-negative integer written without fraction or exponent.
        ("""{"ask":"retention","field":"last-name","subject":{"status":"prospect","collectedAt":"2025-01-15T09:00:00Z","unansweredSolicitations":2.0},"now":"2025-06-01T00:00:00Z"}""", ["subject.unansweredSolicitations"]),
        ("""{"ask":"retention","field":"last-name","subject":{"status":"prospect","collectedAt":"2025-01-15T09:00:00Z","unansweredSolicitations":2e0},"now":"2025-06-01T00:00:00Z"}""", ["subject.unansweredSolicitations"]),
        ("""{"ask":"retention","field":"last-name","subject":{"status":"prospect","collectedAt":"2025-01-15T09:00:00Z","unansweredSolicitations":-1},"now":"2025-06-01T00:00:00Z"}""", ["subject.unansweredSolicitations"]),
        ("""{"ask":"retention","field":"last-name","subject":{"status":"prospect","collectedAt":"2025-01-15T09:00:00Z","unansweredSolicitations":"2"},"now":"2025-06-01T00:00:00Z"}""", ["subject.unansweredSolicitations"]),
        ("""{"ask":"retention","field":"last-name","subject":{"status":"prospect","collectedAt":"2025-01-15T09:00:00Z","unansweredSolicitations":2.5},"now":"2025-06-01T00:00:00Z"}""", ["subject.unansweredSolicitations"]),
        ("""{"ask":"retention","field":"last-name","subject":{"status":"prospect","collectedAt":"2025-01-15T09:00:00Z","unansweredSolicitations":true},"now":"2025-06-01T00:00:00Z"}""", ["subject.unansweredSolicitations"]),

        // Unknown and repeated keys inside subject and inside an event, with their path.
        ("""{"ask":"retention","field":"last-name","subject":{"status":"client","colour":"red"},"now":"2025-06-01T00:00:00Z"}""", ["subject.colour"]),
        ("""{"ask":"retention","field":"last-name","subject":{"status":"client","Status":"client"},"now":"2025-06-01T00:00:00Z"}""", ["subject.Status"]),
        ("""{"ask":"retention","field":"last-name","subject":{"status":"prospect","collectedAt":"2025-01-15T09:00:00Z","events":[{"type":"order","at":"2025-02-01T10:00:00Z","channel":"email"}]},"now":"2025-06-01T00:00:00Z"}""", ["subject.events[0].channel"]),
        ("""{"ask":"retention","field":"last-name","subject":{"status":"prospect","collectedAt":"2025-01-15T09:00:00Z","events":[{"type":"order","At":"2025-02-01T10:00:00Z"}]},"now":"2025-06-01T00:00:00Z"}""", ["subject.events[0].At"]),
        ("""{"ask":"retention","field":"last-name","subject":{"status":"client","status":"prospect"},"now":"2025-06-01T00:00:00Z"}""", ["subject.status"]),
        ("""{"ask":"retention","field":"last-name","subject":{"status":"prospect","collectedAt":"2025-01-15T09:00:00Z","collectedAt":"2025-01-16T09:00:00Z"},"now":"2025-06-01T00:00:00Z"}""", ["subject.collectedAt"]),
        ("""{"ask":"retention","field":"last-name","subject":{"status":"prospect","collectedAt":"2025-01-15T09:00:00Z","events":[{"type":"order","type":"reply","at":"2025-02-01T10:00:00Z"}]},"now":"2025-06-01T00:00:00Z"}""", ["subject.events[0].type"]),

        // Missing, null or mistyped structure.
        ("""{"ask":"retention","field":"last-name","subject":{"status":"client"}}""", ["now"]),
        ("""{"ask":"retention","field":"last-name","subject":{"status":"client"},"now":null}""", ["now"]),
        ("""{"ask":"retention","subject":{"status":"client"},"now":"2025-06-01T00:00:00Z"}""", ["field"]),
        ("""{"ask":"retention","field":"last-name","now":"2025-06-01T00:00:00Z"}""", ["subject"]),
        ("""{"ask":"retention","field":"last-name","subject":null,"now":"2025-06-01T00:00:00Z"}""", ["subject"]),
        ("""{"ask":"retention","field":"last-name","subject":"client","now":"2025-06-01T00:00:00Z"}""", ["subject"]),
        ("""{"ask":"retention","field":"last-name","subject":{"status":"client","events":{"type":"order","at":"2025-02-01T10:00:00Z"}},"now":"2025-06-01T00:00:00Z"}""", ["subject.events"]),
        ("""{"ask":"retention","field":"last-name","subject":{"status":"client","events":["order"]},"now":"2025-06-01T00:00:00Z"}""", ["subject.events[0]"]),
        ("""{"ask":"retention","field":"last-name","subject":{"status":"client","events":[{"type":"order"}]},"now":"2025-06-01T00:00:00Z"}""", ["subject.events[0].at"]),
        ("""{"ask":"retention","field":"last-name","subject":{"status":"client","events":[{"type":"order","at":null}]},"now":"2025-06-01T00:00:00Z"}""", ["subject.events[0].at"]),
        ("""{"ask":"retention","field":"last-name","subject":{"status":"client","events":[{"at":"2025-02-01T10:00:00Z"}]},"now":"2025-06-01T00:00:00Z"}""", ["subject.events[0].type"]),
        ("""{"ask":"retention","field":"last-name","subject":{"status":"client"},"now":"2025-06-01T00:00:00Z","proof":"yes"}""", ["proof"]),
        ("""{"ask":"retention","field":"last-name","subject":{"status":"client","consent":"yes"},"now":"2025-06-01T00:00:00Z"}""", ["subject.consent"]),
        ("""{"ask":"retention","field":"last-name","subject":{"status":"client","usedForProspecting":1},"now":"2025-06-01T00:00:00Z"}""", ["subject.usedForProspecting"]),
        ("""{"ask":"retention","field":"last-name","subject":{"status":"client","answerWindowDays":"30"},"now":"2025-06-01T00:00:00Z"}""", ["subject.answerWindowDays"]),

        // Keys of other asks are unknown here.
        ("""{"ask":"retention","field":"last-name","subject":{"status":"client"},"now":"2025-06-01T00:00:00Z","at":"2025-06-01T00:00:00Z"}""", ["at"]),
        ("""{"ask":"retention","field":"last-name","subject":{"status":"client"},"now":"2025-06-01T00:00:00Z","channel":"email"}""", ["channel"]),
        ("""{"ask":"retention","field":"last-name","subject":{"status":"client"},"now":"2025-06-01T00:00:00Z","purpose":"orders"}""", ["purpose"]),
        ("""{"ask":"retention","field":"purchase-history","subject":{"status":"client"},"now":"2025-06-01T00:00:00Z","sensitive":true}""", ["sensitive"]),
        ("""{"ask":"retention","field":"surname","subject":{"status":"client"},"now":"2025-06-01T00:00:00Z"}""", ["field"]),

        // Editions on the line: in-force with no edition in force at now; a later edition's own input errors.
        ("""{"ask":"retention","field":"last-name","subject":{"status":"client"},"now":"2019-06-01T00:00:00Z","edition":"in-force"}""", ["No edition was in force"]),
        ("""{"ask":"retention","field":"last-name","subject":{"status":"prospect","collectedAt":"2025-01-15T09:00:00Z","answerWindowDays":0},"now":"2025-06-01T00:00:00Z","edition":"ns48-2016"}""", ["subject.answerWindowDays"]),
        ("""{"ask":"retention","field":"last-name","subject":{"status":"client"},"now":"2020-06-01T00:00:00Z","edition":"in-force"}""", ["in force"]),
    ];

    /// <summary>
    /// <c>--recommendations advise</c>: the question, verdict, rules, and advisories as <c>rule@since</c>
    /// (<c>rule@</c> when the due instant is unknown), in catalogue order.
    /// </summary>
    private static readonly (string Question, string Verdict, string Rules, string Advisories)[] Advise =
    [
        ("""{"ask":"retention","field":"last-name","subject":{"status":"prospect","collectedAt":"2025-01-15T09:00:00Z"},"now":"2025-06-01T00:00:00Z"}""", "keep", "NS48-RET-PROSPECT-NECESSARY", ""),
        ("""{"ask":"retention","field":"last-name","subject":{"status":"prospect","collectedAt":"2023-05-10T10:00:00Z"},"now":"2025-06-01T00:00:00Z"}""", "keep", "NS48-RET-PROSPECT-NECESSARY", "NS48-RET-PROSPECT-1Y@2024-05-10T10:00:00Z"),
        ("""{"ask":"retention","field":"last-name","subject":{"status":"prospect","collectedAt":"2024-06-01T00:00:00Z"},"now":"2025-06-01T00:00:00Z"}""", "keep", "NS48-RET-PROSPECT-NECESSARY", "NS48-RET-PROSPECT-1Y@2025-06-01T00:00:00Z"),
        ("""{"ask":"retention","field":"last-name","subject":{"status":"prospect","collectedAt":"2025-01-15T09:00:00Z","unansweredSolicitations":2},"now":"2025-06-01T00:00:00Z"}""", "keep", "NS48-RET-PROSPECT-NECESSARY", "NS48-RET-PROSPECT-2-UNANSWERED@"),
        ("""{"ask":"retention","field":"last-name","subject":{"status":"prospect","collectedAt":"2025-01-15T09:00:00Z","events":[{"type":"order","at":"2025-02-01T10:00:00Z"},{"type":"solicitation","at":"2025-03-01T10:00:00Z"},{"type":"solicitation","at":"2025-04-01T09:00:00Z"}]},"now":"2025-06-01T00:00:00Z"}""", "keep", "NS48-RET-PROSPECT-NECESSARY", "NS48-RET-PROSPECT-2-UNANSWERED@2025-04-01T09:00:00Z"),
        ("""{"ask":"retention","field":"last-name","subject":{"status":"prospect","collectedAt":"2023-05-10T10:00:00Z","unansweredSolicitations":2},"now":"2025-06-01T00:00:00Z"}""", "keep", "NS48-RET-PROSPECT-NECESSARY", "NS48-RET-PROSPECT-1Y@2024-05-10T10:00:00Z NS48-RET-PROSPECT-2-UNANSWERED@"),
        ("""{"ask":"retention","field":"last-name","subject":{"status":"prospect","collectedAt":"2023-01-10T09:00:00Z","events":[{"type":"solicitation","at":"2023-02-01T09:00:00Z"},{"type":"solicitation","at":"2023-03-01T09:00:00Z"}]},"now":"2025-06-01T00:00:00Z"}""", "keep", "NS48-RET-PROSPECT-NECESSARY", "NS48-RET-PROSPECT-1Y@2024-01-10T09:00:00Z NS48-RET-PROSPECT-2-UNANSWERED@2023-03-01T09:00:00Z"),
        ("""{"ask":"retention","field":"ip-address","subject":{"status":"prospect","collectedAt":"2025-01-15T09:00:00.5Z"},"now":"2026-02-01T00:00:00+01:00"}""", "keep", "NS48-RET-PROSPECT-NECESSARY", "NS48-RET-PROSPECT-1Y@2026-01-15T09:00:00.5Z"),
    ];

    /// <summary>Under <c>--recommendations advise</c>, answers that no recommendation decides stay as in enforce mode.</summary>
    private static readonly (string Question, string Verdict, string Until, string Since, string Rules)[] AdviseUnchanged =
    [
        ("""{"ask":"retention","field":"last-name","subject":{"status":"client","relationshipEndedAt":"2026-01-31T23:00:00Z"},"now":"2025-06-01T00:00:00Z"}""", "keep", "2026-01-31T23:00:00Z", "", "NS48-RET-CLIENT"),
        ("""{"ask":"retention","field":"last-name","subject":{"status":"client","relationshipEndedAt":"2024-03-15T10:00:00Z"},"now":"2025-06-01T00:00:00Z"}""", "purge", "", "2024-03-15T10:00:00Z", "NS48-RET-CLIENT"),
        ("""{"ask":"retention","field":"amount","subject":{"status":"client","relationshipEndedAt":"2024-03-15T10:00:00Z"},"now":"2025-06-01T00:00:00Z","proof":true}""", "archive", "2034-03-15T10:00:00Z", "", "NS48-RET-CLIENT-PROOF"),
        ("""{"ask":"retention","field":"nir","subject":{"status":"prospect","collectedAt":"2023-05-10T10:00:00Z","unansweredSolicitations":2},"now":"2025-06-01T00:00:00Z"}""", "purge", "", "", "NS48-DATA-NIR"),
        ("""{"ask":"retention","field":"last-name","subject":{"status":"prospect","collectedAt":"2023-05-10T10:00:00Z","unansweredSolicitations":2},"now":"2025-06-01T00:00:00Z","sector":"health"}""", "out-of-scope", "", "", "NS48-SCOPE-SECTOR"),
    ];

    private static readonly (string Question, string Verdict, string Until, string Since, string Rules)[] AllDecisions =
        [.. Client, .. ClientEvents, .. Prospect, .. ProspectEvents, .. Arithmetic, .. NirAndScope, .. IgnoredKeys];

    private static readonly QuestionBatch Batch = new(
    [
        .. AllDecisions.Select(row => row.Question),
        .. EventTypes.Select(row => WithOneEvent(row.Type)),
        .. Errors.Select(row => row.Question),
        WithStringId,
        ErrorWithNumberId,
    ]);

    /// <summary>
    /// RULES.md, "Range": instants stop at 9989-12-31T23:59:59Z "so that every due instant stays within NodaTime's
    /// range", the 10-year archive of a proof field included. Run apart, between two ordinary lines.
    /// </summary>
    private static readonly string[] RangeEndLines =
    [
        """{"ask":"retention","field":"last-name","subject":{"status":"client"},"now":"2025-06-01T00:00:00Z"}""",
        """{"ask":"retention","field":"amount","subject":{"status":"client","relationshipEndedAt":"9989-12-31T23:59:59Z"},"now":"9989-12-31T23:59:59Z","proof":true,"proofFrom":"9989-12-31T22:00:00Z"}""",
        """{"ask":"retention","field":"amount","subject":{"status":"client","relationshipEndedAt":"9989-12-31T23:59:59Z"},"now":"9989-12-31T23:59:59Z","proof":true}""",
        """{"ask":"retention","field":"last-name","subject":{"status":"client","relationshipEndedAt":"2024-03-15T10:00:00Z"},"now":"2025-06-01T00:00:00Z"}""",
    ];

    private static readonly QuestionBatch RangeEndBatch = new(RangeEndLines);

    private static readonly QuestionBatch AdviseBatch = new(
        [.. Advise.Select(row => row.Question), .. AdviseUnchanged.Select(row => row.Question)],
        "--recommendations", "advise");

    public static TheoryData<string, string, string, string, string> ClientRows => Rows.Of(Client);

    public static TheoryData<string, string, string, string, string> ClientEventRows => Rows.Of(ClientEvents);

    public static TheoryData<string, string, string, string, string> ProspectRows => Rows.Of(Prospect);

    public static TheoryData<string, string, string, string, string> ProspectEventRows => Rows.Of(ProspectEvents);

    public static TheoryData<string, string, string, string, string> ArithmeticRows => Rows.Of(Arithmetic);

    public static TheoryData<string, string, string, string, string> NirAndScopeRows => Rows.Of(NirAndScope);

    public static TheoryData<string, string, string, string, string> IgnoredKeyRows => Rows.Of(IgnoredKeys);

    public static TheoryData<string, string, string, string, string> AdviseUnchangedRows => Rows.Of(AdviseUnchanged);

    public static TheoryData<string, string, string, string> AdviseRows => Rows.Of(Advise);

    public static TheoryData<string> EventTypeRows => new(EventTypes.Select(row => row.Type));

    public static TheoryData<string> ErrorRows => new(Errors.Select(row => row.Question));

    [Theory]
    [MemberData(nameof(ClientRows))]
    public void Evaluate_RetentionOfClientData_DecidedAsRulesMdSays(string question, string verdict, string until, string since, string rules)
    {
        JsonElement answer = Batch.AnswerTo(question);

        AssertRetention(answer, verdict, until, since, rules);
    }

    [Theory]
    [MemberData(nameof(ClientEventRows))]
    public void Evaluate_RetentionOfClientDataFromEvents_RelationshipDerivedAsTheContractSays(string question, string verdict, string until, string since, string rules)
    {
        JsonElement answer = Batch.AnswerTo(question);

        AssertRetention(answer, verdict, until, since, rules);
    }

    [Theory]
    [MemberData(nameof(ProspectRows))]
    public void Evaluate_RetentionOfProspectData_DecidedAsRulesMdSays(string question, string verdict, string until, string since, string rules)
    {
        JsonElement answer = Batch.AnswerTo(question);

        AssertRetention(answer, verdict, until, since, rules);
    }

    [Theory]
    [MemberData(nameof(ProspectEventRows))]
    public void Evaluate_RetentionOfProspectDataFromEvents_ContactsAndSolicitationsDerivedAsTheContractSays(string question, string verdict, string until, string since, string rules)
    {
        JsonElement answer = Batch.AnswerTo(question);

        AssertRetention(answer, verdict, until, since, rules);
    }

    [Theory]
    [MemberData(nameof(ArithmeticRows))]
    public void Evaluate_RetentionDueInstant_ComputedInParisTimeAndWrittenInUtc(string question, string verdict, string until, string since, string rules)
    {
        JsonElement answer = Batch.AnswerTo(question);

        AssertRetention(answer, verdict, until, since, rules);
    }

    [Theory]
    [MemberData(nameof(NirAndScopeRows))]
    public void Evaluate_RetentionOfTheNirOrOutsideTheNorm_CitesThatRuleAlone(string question, string verdict, string until, string since, string rules)
    {
        JsonElement answer = Batch.AnswerTo(question);

        AssertRetention(answer, verdict, until, since, rules);
    }

    [Theory]
    [MemberData(nameof(IgnoredKeyRows))]
    public void Evaluate_RetentionWithKeysTheStatusOrEditionDoesNotUse_AcceptedAndIgnored(string question, string verdict, string until, string since, string rules)
    {
        JsonElement answer = Batch.AnswerTo(question);

        AssertRetention(answer, verdict, until, since, rules);
    }

    [Theory]
    [MemberData(nameof(EventTypeRows))]
    public void Evaluate_RetentionWithOneEvent_OnlyContactsFromThePersonMoveTheYear(string type)
    {
        bool isContact = EventTypes.Single(row => row.Type == type).IsContact;

        JsonElement answer = Batch.AnswerTo(WithOneEvent(type));

        // A contact on 2025-05-20 12:00 CEST anchors the year; otherwise the collection on 2024-01-10 10:00 CET does.
        if (isContact)
        {
            AssertRetention(answer, "keep", "2026-05-20T10:00:00Z", "", "NS48-RET-PROSPECT-1Y");
        }
        else
        {
            AssertRetention(answer, "purge", "", "2025-01-10T09:00:00Z", "NS48-RET-PROSPECT-1Y");
        }
    }

    [Theory]
    [MemberData(nameof(ErrorRows))]
    public void Evaluate_BadRetentionQuestion_ErrorLineNamingTheKey(string question)
    {
        string[] fragments = Errors.Single(row => row.Question == question).Fragments;

        JsonElement answer = Batch.AnswerTo(question);

        AnswerAssert.Error(answer, fragments);
    }

    [Fact]
    public void Evaluate_UnknownEventType_ErrorListsEveryEventType()
    {
        string[] types =
        [
            "order", "documentation-request", "trial-request", "reply", "link-click", "inbound-message", "reconfirmation-yes",
            "solicitation", "reconfirmation-request", "email-open", "relationship-start", "relationship-end",
        ];

        string message = AnswerAssert.Error(Batch.AnswerTo(UnknownEventType), "subject.events[0].type");

        string[] missing = types.Where(type => !message.Contains(type, StringComparison.Ordinal)).ToArray();
        Assert.True(missing.Length == 0, $"Event types missing from the error: {string.Join(", ", missing)}\n{message}");
    }

    [Fact]
    public void Evaluate_RetentionWithAnId_EchoesItOnTheDecisionAndOnTheErrorLine()
    {
        JsonElement decision = Batch.AnswerTo(WithStringId);
        JsonElement error = Batch.AnswerTo(ErrorWithNumberId);

        AssertRetention(decision, "keep", "", "", "NS48-RET-CLIENT");
        Assert.Equal("r-1", decision.GetProperty("id").GetString());
        AnswerAssert.Error(error, "subject.collectedAt");
        Assert.Equal("42", error.GetProperty("id").GetRawText());
    }

    [Theory]
    [MemberData(nameof(AdviseRows))]
    public void Evaluate_RetentionOfProspectDataInAdvisoryMode_KeptWithOneAdvisoryPerDueRecommendation(string question, string verdict, string rules, string advisories)
    {
        JsonElement answer = AdviseBatch.AnswerTo(question);

        AnswerAssert.Retention(answer, verdict, null, null, AnswerAssert.Split(rules));
        Assert.Equal(AnswerAssert.Split(advisories), AnswerAssert.Advisories(answer));
    }

    [Theory]
    [MemberData(nameof(AdviseUnchangedRows))]
    public void Evaluate_RetentionInAdvisoryMode_ClientNirAndScopeAnswersUnchanged(string question, string verdict, string until, string since, string rules)
    {
        JsonElement answer = AdviseBatch.AnswerTo(question);

        AssertRetention(answer, verdict, until, since, rules);
    }

    [Fact]
    public void Evaluate_ArchiveEndingNearTheEndOfTheRange_OneAnswerPerLineAndExitCodeZero()
    {
        CliResult result = RangeEndBatch.Result;

        Assert.True(result.Lines.Count == RangeEndBatch.Count, $"Expected one answer per line. {result.Describe()}");
        AssertRetention(result.AnswerForLine(1), "keep", "", "", "NS48-RET-CLIENT");
        AssertRetention(result.AnswerForLine(4), "purge", "", "2024-03-15T10:00:00Z", "NS48-RET-CLIENT");
        Assert.Equal(0, result.ExitCode);
    }

    [Fact]
    public void Evaluate_ProofFromOnTheLastParisDayOfTheRange_ArchivedUntilTenYearsLater()
    {
        // 9989-12-31 23:00 CET + 10 years = 9999-12-31 23:00 CET, a local time NodaTime holds.
        JsonElement answer = RangeEndBatch.AnswerTo(RangeEndLines[1]);

        AssertRetention(answer, "archive", "9999-12-31T22:00:00Z", "", "NS48-RET-CLIENT-PROOF");
    }

    [Fact]
    public void Evaluate_RelationshipEndAtTheEndOfTheRange_ArchivedUntilTenYearsLater()
    {
        // 9990-01-01 00:59:59 CET + 10 years = 10000-01-01 00:59:59 CET = 9999-12-31T23:59:59Z, an instant NodaTime holds.
        JsonElement answer = RangeEndBatch.AnswerTo(RangeEndLines[2]);

        AssertRetention(answer, "archive", "9999-12-31T23:59:59Z", "", "NS48-RET-CLIENT-PROOF");
    }

    [Fact]
    public void Evaluate_RetentionBatch_OneAnswerPerQuestionAndExitCodeOne()
    {
        CliResult result = Batch.Result;

        Assert.Equal(Enumerable.Range(1, Batch.Count).ToArray(), result.Answers.Select(a => a.GetProperty("line").GetInt32()).ToArray());
        Assert.Equal(1, result.ExitCode);
    }

    [Fact]
    public void Evaluate_AdviseBatch_OneAnswerPerQuestionAndExitCodeZero()
    {
        CliResult result = AdviseBatch.Result;

        Assert.Equal(Enumerable.Range(1, AdviseBatch.Count).ToArray(), result.Answers.Select(a => a.GetProperty("line").GetInt32()).ToArray());
        Assert.Equal(0, result.ExitCode);
    }

    private static void AssertRetention(JsonElement answer, string verdict, string until, string since, string rules)
    {
        AnswerAssert.Retention(answer, verdict, until.Length == 0 ? null : until, since.Length == 0 ? null : since, AnswerAssert.Split(rules));
        Assert.Empty(AnswerAssert.Advisories(answer));
    }

    private static string WithOneEvent(string type) =>
        $$"""{"ask":"retention","field":"last-name","subject":{"status":"prospect","collectedAt":"2024-01-10T09:00:00Z","events":[{"type":"{{type}}","at":"2025-05-20T10:00:00Z"}]},"now":"2025-06-01T00:00:00Z"}""";
}
