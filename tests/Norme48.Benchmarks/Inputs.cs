using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Encodings.Web;
using System.Text.Json;
using NodaTime;
using NodaTime.Text;
using NodaTime.TimeZones;
using Norme48.Benchmarks.Peers;
using Norme48.Retention;
using Norme48.Vocabulary;

namespace Norme48.Benchmarks;

/// <summary>
/// The benchmark inputs, precomputed into arrays so that a benchmark only reads the next slot: the decisions cycle
/// through every input instead of hitting one branch the CPU learns.
/// </summary>
internal static class Inputs
{
    private static readonly DateTimeZone Paris = DateTimeZoneProviders.Tzdb["Europe/Paris"];

    /// <summary>Gets the purposes of <c>ns48-2005</c>, the default edition.</summary>
    public static ProcessingPurpose[] Purposes2005 { get; } = [.. ProcessingPurpose.All.Where(p => p.IsDefinedIn(Edition.Ns2005))];

    /// <summary>Every built-in field × every <c>ns48-2005</c> purpose, with the same question for the peers.</summary>
    public static (DataField[] Fields, ProcessingPurpose[] Purposes, CollectRequest[] Requests) Collect()
    {
        var pairs = (from field in DataField.BuiltIn from purpose in Purposes2005 select (field, purpose)).ToArray();
        return (
            [.. pairs.Select(p => p.field)],
            [.. pairs.Select(p => p.purpose)],
            [.. pairs.Select(p => new CollectRequest(p.field.Category.Id, p.purpose.Id))]);
    }

    /// <summary>
    /// Prospects and the instant their retention is decided at: random anchors and delays around the one-year limit,
    /// with anchors whose anniversary falls in the spring-forward gap or the autumn overlap of Europe/Paris, and
    /// instants exactly at and just before the resolved limit.
    /// </summary>
    public static (Subject[] Subjects, Instant[] Nows, ProspectRetentionRequest[] Requests) ProspectRetention(int count = 1024)
    {
        var cases = new List<(Instant Collected, Instant LastContact, int Unanswered, Instant Now)>();

        // 2024-03-30 02:30 CET (01:30Z): a year later, 02:30 does not exist in Paris; leniently 03:30 CEST (01:30Z).
        // 2024-10-27 02:30 CEST (00:30Z): a year later, 02:30 happens twice; the earlier is 00:30Z.
        // 2024-02-29 12:00Z: a year later is 2025-02-28 in Paris.
        (Instant Anchor, Instant Due)[] edges =
        [
            (Instant.FromUtc(2024, 3, 30, 1, 30), Instant.FromUtc(2025, 3, 30, 1, 30)),
            (Instant.FromUtc(2024, 10, 27, 0, 30), Instant.FromUtc(2025, 10, 26, 0, 30)),
            (Instant.FromUtc(2024, 2, 29, 12, 0), Instant.FromUtc(2025, 2, 28, 12, 0)),
        ];
        foreach (var (anchor, due) in edges)
        {
            foreach (var now in new[] { due - Duration.FromSeconds(1), due, due + Duration.FromMinutes(30) })
            {
                cases.Add((anchor - Duration.FromDays(3), anchor, 0, now));
                cases.Add((anchor, anchor - Duration.FromDays(3), 1, now));
            }
        }

        // A fixed seed: every run decides the same inputs. Not security-relevant.
#pragma warning disable CA5394
        var random = new Random(48);
        var start = Instant.FromUtc(2022, 1, 1, 0, 0);
        while (cases.Count < count)
        {
            var collected = start + Duration.FromMinutes(random.Next(0, 3 * 365 * 24 * 60));
            var lastContact = collected + Duration.FromMinutes(random.Next(0, 200 * 24 * 60));
            var now = lastContact + Duration.FromMinutes(random.Next(300 * 24 * 60, 430 * 24 * 60));
            cases.Add((collected, lastContact, random.Next(0, 4) == 0 ? 2 : random.Next(0, 2), now));
        }
#pragma warning restore CA5394

        return (
            [.. cases.Select(c => new Subject(SubjectStatus.Prospect, c.Collected, lastContactAt: c.LastContact, unansweredSolicitations: c.Unanswered))],
            [.. cases.Select(c => c.Now)],
            [.. cases.Select(c => new ProspectRetentionRequest(c.Collected.ToDateTimeUtc(), c.LastContact.ToDateTimeUtc(), c.Unanswered, c.Now.ToDateTimeUtc()))]);
    }

    /// <summary>
    /// The purge-plan workload of issue 8: a pool of subjects of ten fields each — 30 % clients (a third of them with
    /// an ended relationship; every client has two proof fields, one dated by its contract and one not) and 70 %
    /// prospects — whose anchors (collection, last contact, end of the relationship, contract date) are spread over the
    /// fifteen years before <c>now</c>, one in eight placed on a daylight-saving transition, a leap day or at the
    /// cutoff's edge (one period before <c>now</c>, ± a few minutes). One <c>now</c> for the whole plan.
    /// </summary>
    public static (PurgeCandidate<long>[] Pool, Instant Now) PurgePlanPool(int size = 8192)
    {
        var now = Instant.FromUtc(2026, 6, 1, 8, 0);
        var start = now - Duration.FromDays(15 * 365);
        var edges = CalendarEdges(start, now);
        edges.Add(now - Duration.FromDays(365));
        edges.Add(now - Duration.FromDays(366));

        RetentionField[] prospectFields =
        [
            new(DataField.LastName), new(DataField.FirstNames), new(DataField.PostalAddress), new(DataField.EmailAddress),
            new(DataField.MobilePhone), new(DataField.Profession), new(DataField.DocumentationRequests),
            new(DataField.TrialRequests), new(DataField.ConnectionDate), new(DataField.IpAddress),
        ];

        // A fixed seed: every run plans the same subjects. Not security-relevant.
#pragma warning disable CA5394
        var random = new Random(48);
        Instant Anchor()
        {
            if (random.Next(8) == 0)
            {
                return edges[random.Next(edges.Count)] + Duration.FromMinutes(random.Next(-90, 91));
            }

            return start + Duration.FromSeconds(random.NextInt64(0, (long)(now - start).TotalSeconds));
        }

        var pool = new PurgeCandidate<long>[size];
        for (var i = 0; i < size; i++)
        {
            Subject subject;
            RetentionField[] fields;
            if (random.Next(10) < 3)
            {
                var a = Anchor();
                var b = Anchor();
                var (collected, end) = a < b ? (a, b) : (b, a);
                var contract = collected + Duration.FromSeconds(random.NextInt64(0, (long)(end - collected).TotalSeconds + 1));
                subject = new Subject(SubjectStatus.Client, collected, relationshipEndedAt: random.Next(3) == 0 ? end : null);
                fields =
                [
                    new(DataField.LastName), new(DataField.FirstNames), new(DataField.PostalAddress), new(DataField.EmailAddress),
                    new(DataField.ProductPurchased), new(DataField.Amount, proof: true, proofFrom: contract),
                    new(DataField.Receipts, proof: true), new(DataField.PaymentTerms), new(DataField.ConnectionDate),
                    new(DataField.IpAddress),
                ];
            }
            else
            {
                var collected = Anchor();
                var lastContact = random.Next(2) == 0 ? (Instant?)null : collected + Duration.FromSeconds(random.NextInt64(0, (long)(now - collected).TotalSeconds + 1));
                subject = new Subject(SubjectStatus.Prospect, collected, lastContactAt: lastContact, unansweredSolicitations: random.Next(5) == 0 ? 2 : random.Next(2));
                fields = prospectFields;
            }

            pool[i] = new PurgeCandidate<long>(i, subject, fields);
        }
#pragma warning restore CA5394

        return (pool, now);
    }

    /// <summary>
    /// The <c>norme48 evaluate</c> workload of issue 8: <paramref name="count"/> question lines of the JSON Lines contract
    /// (shared/norme48/CONTRACT.md), every one answerable, drawn from a fixed seed so that every run writes the same
    /// bytes. The mix: 24 % collect, 14 % share, 10 % transfer, 32 % retention (three prospects for two clients; a third
    /// of the prospects and a fifth of the clients given as an activity log), 12 % solicit, 3 % internal-code, 5 % notice.
    /// Anchors fall one in eight within 90 minutes of a Europe/Paris offset change or on a 29 February, one in eight where
    /// their anniversary does, and <c>now</c> lands about one in four on a due instant (one second before, at, one second
    /// after). One line in twenty names its own edition (<c>ns48-2005</c>, <c>ns48-2016</c>, <c>ref-2021</c>, or
    /// <c>in-force</c> on retention and solicit lines); one in twelve names a sector, a few outside the norm; times are
    /// written in UTC or with their Paris offset.
    /// </summary>
    public static void WriteEvaluateQuestions(Stream output, int count)
    {
        using var questions = new EvaluateQuestionWriter(output, CalendarEdges(Instant.FromUtc(2005, 1, 1, 0, 0), Instant.FromUtc(2040, 1, 1, 0, 0)));
        for (var line = 1; line <= count; line++)
        {
            questions.Write(line);
        }
    }

    /// <summary>
    /// The instants around <paramref name="start"/> to <paramref name="end"/> where the Europe/Paris calendar is
    /// irregular: the start of every offset interval met (the spring-forward gap, the autumn overlap; the first one may
    /// lie before <paramref name="start"/>), then the start of each 29 February in the range (Paris midnight, 23:00Z
    /// the day before).
    /// </summary>
    private static List<Instant> CalendarEdges(Instant start, Instant end)
    {
        var edges = new List<Instant>();
        foreach (var interval in Paris.GetZoneIntervals(start, end))
        {
            edges.Add(interval.Start);
        }

        for (var year = start.InUtc().Year; year <= end.InUtc().Year; year++)
        {
            var leapDay = Instant.FromUtc(year, 2, 28, 23, 0);
            if (DateTime.IsLeapYear(year) && leapDay >= start && leapDay <= end)
            {
                edges.Add(leapDay);
            }
        }

        return edges;
    }

    /// <summary>
    /// Writes the question lines of <see cref="WriteEvaluateQuestions"/>, one at a time, every choice drawn from one
    /// seeded <see cref="Random"/>. Each line keeps to what the contract accepts under the edition that decides it: a
    /// purpose of that edition, no <c>reconfirmation-*</c> event under <c>ns48-2005</c>, an answer window for every
    /// later-edition prospect, no <c>retention</c> of a card number (nor, under <c>ns48-2016</c>, of connection data)
    /// after 2005, <c>at</c> on every <c>ref-2021</c> solicitation, instants never after <c>now</c> where it forbids it.
    /// </summary>
    private sealed class EvaluateQuestionWriter : IDisposable
    {
        private static readonly Duration Second = Duration.FromSeconds(1);
        private static readonly Duration Day = Duration.FromDays(1);
        private static readonly Duration Year = Duration.FromDays(365);

        /// <summary>Paris midnight starting 2026-08-11, from which telephone prospecting of consumers needs consent (ref-2021).</summary>
        private static readonly Instant PhoneConsentFrom = Instant.FromUtc(2026, 8, 10, 22, 0);

        private static readonly OffsetDateTimePattern ParisTime =
            OffsetDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm':'ss;FFFFFFFFFo<+HH:mm>");

        private static readonly string[] ContactEvents = ["order", "documentation-request", "trial-request", "reply", "link-click", "inbound-message"];
        private static readonly string[] CustomFieldIds = ["loyalty-tier", "preferred-store", "newsletter-topics", "visit-count", "referral-source"];
        private static readonly string[] InsideSectors = ["general", "retail", "travel", "furniture", "publishing"];
        private static readonly string[] OutsideSectors = ["health", "education", "banking", "insurance"];
        private static readonly string[] ConfirmedSectors = ["healthy-snacks", "bankside-cafe", "educational-toys"];
        private static readonly string[] UnlistedRecipients = ["ad-network", "data-broker", "partner-brand"];

        private readonly Stream output;
        private readonly Utf8JsonWriter json;
        private readonly Instant[] edges;
        private readonly Dictionary<Edition, ProcessingPurpose[]> purposes;

        // A fixed seed: every run writes the same file. Not security-relevant.
#pragma warning disable CA5394
        private readonly Random random = new(48);

        public EvaluateQuestionWriter(Stream output, List<Instant> edges)
        {
            this.output = output;
            this.edges = [.. edges.Order()];
            purposes = Edition.All.ToDictionary(e => e, e => ProcessingPurpose.All.Where(p => p.IsDefinedIn(e)).ToArray());

            // The contract's answers are written the same way; the '+' of an offset stays as it is.
            json = new Utf8JsonWriter(output, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        }

        public void Dispose() => json.Dispose();

        /// <summary>Writes question line <paramref name="line"/> and its line feed.</summary>
        public void Write(int line)
        {
            json.WriteStartObject();
            switch (random.Next(20))
            {
                case < 15:
                    json.WriteString("id", $"q{line}");
                    break;
                case < 18:
                    json.WriteNumber("id", line);
                    break;
            }

            var (editionName, edition) = random.Next(100) switch
            {
                < 95 => (null, Edition.Ns2005),
                95 => ("ns48-2005", Edition.Ns2005),
                96 or 97 => ("ns48-2016", Edition.Ns2016),
                98 => ("ref-2021", Edition.Ref2021),
                _ => ("in-force", Edition.All[random.Next(Edition.All.Count)]),
            };

            var ask = random.Next(100);
            if (editionName == "in-force" && ask is < 48 or >= 92)
            {
                // Only a dated ask may choose its edition by date: the others name the edition drawn.
                editionName = edition.Id;
            }

            switch (ask)
            {
                case < 24:
                    json.WriteString("ask", "collect");
                    WriteField(edition, retention: false);
                    json.WriteString("purpose", Pick(purposes[edition]).Id);
                    break;
                case < 38:
                    Share();
                    break;
                case < 48:
                    Transfer(edition);
                    break;
                case < 80:
                    Retention(edition, editionName == "in-force");
                    break;
                case < 92:
                    Solicit(edition, editionName == "in-force");
                    break;
                case < 95:
                    json.WriteString("ask", "internal-code");
                    json.WriteString("value", InternalCode());
                    break;
                default:
                    Notice();
                    break;
            }

            if (editionName is not null)
            {
                json.WriteString("edition", editionName);
            }

            WriteSector();
            json.WriteEndObject();
            json.Flush();
            output.WriteByte((byte)'\n');
            json.Reset();
        }

        private void Share()
        {
            json.WriteString("ask", "share");
            WriteField(Edition.Ns2005, retention: false);
            if (random.Next(10) == 0)
            {
                json.WriteStartObject("recipient");
                json.WriteString("id", Pick(UnlistedRecipients));
                json.WriteEndObject();
            }
            else
            {
                json.WriteString("recipient", Recipient.Listed[random.Next(Recipient.Listed.Count)].Id);
            }

            if (random.Next(2) == 0)
            {
                json.WriteString("basis", VocabularyIds.SharingBases[random.Next(VocabularyIds.SharingBases.Count)]);
            }
        }

        private void Transfer(Edition edition)
        {
            json.WriteString("ask", "transfer");
            var field = WriteField(edition, retention: false);
            json.WriteString("mode", VocabularyIds.TransferModes[random.Next(VocabularyIds.TransferModes.Count)]);
            Flag("acquirerCommitment", 6);
            Flag("expressConsent", 4);
            Flag("objected", 1);

            // A top-level 'sensitive' only beside a built-in commercial-relationship field.
            if (field?.Category == DataCategory.CommercialRelationship && random.Next(3) == 0)
            {
                json.WriteBoolean("sensitive", random.Next(2) == 0);
            }
        }

        private void Retention(Edition edition, bool inForce)
        {
            json.WriteString("ask", "retention");
            WriteField(edition, retention: true);
            if (inForce || random.Next(5) < 3)
            {
                Prospect(edition, inForce);
            }
            else
            {
                Client(edition);
            }
        }

        /// <summary>
        /// A prospect's subject and <c>now</c>. With <paramref name="inForce"/>, every instant lies in a span where
        /// <paramref name="edition"/> is the edition in force at <c>now</c>.
        /// </summary>
        private void Prospect(Edition edition, bool inForce)
        {
            var later = edition != Edition.Ns2005;
            var years = later ? 3 : 1;
            var (from, to) = !inForce ? (Utc(2019, 1, 1), Utc(2025, 12, 31))
                : edition == Edition.Ns2005 ? (Utc(2006, 1, 1), Utc(2009, 12, 31))
                : edition == Edition.Ns2016 ? (Utc(2012, 8, 1), Utc(2013, 6, 30))
                : (Utc(2022, 4, 11), Utc(2025, 12, 31));
            var collected = Anchor(from, to, years);
            var basis = collected;
            Instant? lastContact = null;
            var unanswered = 0;
            List<(string Type, Instant At)>? events = null;
            if (random.Next(3) == 0)
            {
                events = [];
                for (var i = random.Next(1, 6); i > 0; i--)
                {
                    var at = Anchor(collected, collected + (400 * Day), years);
                    var roll = random.Next(10);
                    var type = roll < 5 ? Pick(ContactEvents) : roll < 8 ? "solicitation" : "email-open";
                    if (later && random.Next(8) == 0)
                    {
                        type = random.Next(2) == 0 ? "reconfirmation-request" : "reconfirmation-yes";
                    }

                    events.Add((type, at));
                    if (type != "solicitation" && type != "email-open" && type != "reconfirmation-request" && at > basis)
                    {
                        basis = at;
                    }
                }
            }
            else
            {
                if (random.Next(2) == 0)
                {
                    lastContact = Anchor(collected, collected + (400 * Day), years);
                    basis = Max(basis, lastContact.Value);
                }

                unanswered = random.Next(10) switch { < 6 => 0, < 8 => 1, 8 => 2, _ => 3 };
            }

            var due = Plus(basis, Period.FromYears(years));
            var window = random.Next(7, 61);
            var windowEnd = Plus(due, Period.FromDays(window));
            var now = random.Next(12) switch
            {
                0 => due - Second,
                1 => due,
                2 => due + Second,
                3 when later => windowEnd - Second,
                4 when later => windowEnd,
                _ => Uniform(basis, basis + (years * Year) + (120 * Day)),
            };

            if (inForce && Edition.InForceAt(now) != edition)
            {
                throw new InvalidOperationException($"The generator drew {now} for an in-force {edition.Id} question.");
            }

            json.WriteStartObject("subject");
            json.WriteString("status", "prospect");
            WriteTime("collectedAt", collected);
            if (lastContact is { } contact)
            {
                WriteTime("lastContactAt", contact);
            }

            if (unanswered > 0 || (events is null && random.Next(4) == 0))
            {
                json.WriteNumber("unansweredSolicitations", unanswered);
            }

            // Required from ns48-2016 on once the three years have run; accepted and ignored under ns48-2005.
            if (later || random.Next(20) == 0)
            {
                json.WriteNumber("answerWindowDays", window);
            }

            WriteEvents(events);
            json.WriteEndObject();
            WriteTime("now", now);
        }

        /// <summary>A client's subject, <c>now</c> and proof flags: a relationship that lasts, is scheduled to end, or ended.</summary>
        private void Client(Edition edition)
        {
            var begin = Uniform(Utc(2008, 1, 1), Utc(2018, 12, 31));
            Instant? collected = random.Next(10) < 7 ? begin : null;
            var proof = random.Next(5) < 2;
            Instant? proofFrom = null;
            Instant? end = null;
            Instant now;
            var state = random.Next(10);
            if (state < 5)
            {
                now = Uniform(begin, begin + (4 * Year));
                if (state == 4)
                {
                    end = Uniform(now + Day, now + (400 * Day));
                }
                else if (proof && random.Next(2) == 0)
                {
                    proofFrom = ParisMidnight(Uniform(begin, now));
                }
            }
            else
            {
                var ended = Anchor(begin, begin + (8 * Year), 10);
                end = ended;
                if (proof && random.Next(2) == 0)
                {
                    proofFrom = ParisMidnight(Uniform(begin, ended));
                }

                var archiveEnd = Plus(proofFrom ?? ended, Period.FromYears(10));
                now = random.Next(10) switch
                {
                    0 => archiveEnd - Second,
                    1 => archiveEnd,
                    2 => archiveEnd + Second,
                    3 => ended - Second,
                    _ => Uniform(ended, ended + (12 * Year)),
                };
            }

            // collectedAt and proofFrom may not lie after now.
            now = Max(now, Max(collected ?? now, proofFrom ?? now));

            json.WriteStartObject("subject");
            json.WriteString("status", "client");
            if (collected is { } at)
            {
                WriteTime("collectedAt", at);
            }

            if (random.Next(5) == 0)
            {
                List<(string Type, Instant At)> events = [("relationship-start", begin)];
                for (var i = random.Next(4); i > 0; i--)
                {
                    events.Add(("order", Uniform(begin, end ?? now)));
                }

                if (end is { } stop)
                {
                    events.Add(("relationship-end", stop));
                }

                WriteEvents(events);
            }
            else if (end is { } stop)
            {
                WriteTime("relationshipEndedAt", stop);
            }

            if (random.Next(edition == Edition.Ns2005 ? 10 : 3) == 0)
            {
                json.WriteBoolean("usedForProspecting", true);
            }

            json.WriteEndObject();
            WriteTime("now", now);
            if (proof)
            {
                json.WriteBoolean("proof", true);
                if (proofFrom is { } document)
                {
                    WriteTime("proofFrom", document, paris: true);
                }
            }
            else if (random.Next(10) == 0)
            {
                json.WriteBoolean("proof", false);
            }
        }

        private void Solicit(Edition edition, bool inForce)
        {
            json.WriteString("ask", "solicit");
            json.WriteString("channel", VocabularyIds.ProspectingChannels[random.Next(VocabularyIds.ProspectingChannels.Count)]);
            json.WriteString("audience", random.Next(10) < 7 ? "consumer" : "professional");
            json.WriteStartObject("subject");
            json.WriteString("status", random.Next(5) < 2 ? "client" : "prospect");
            Flag("consent", 3);
            Flag("objected", 1);
            Flag("objectionOfferedAtCollection", 6);
            Flag("analogousProducts", 3);
            json.WriteEndObject();

            Instant? at = null;
            if (inForce)
            {
                at = edition == Edition.Ns2005 ? Uniform(Utc(2006, 1, 1), Utc(2012, 6, 30))
                    : edition == Edition.Ns2016 ? Uniform(Utc(2012, 8, 1), Utc(2018, 4, 30))
                    : PhoneEdgeOr(Utc(2022, 5, 1), Utc(2027, 12, 31));
                if (Edition.InForceAt(at.Value) != edition)
                {
                    throw new InvalidOperationException($"The generator drew {at} for an in-force {edition.Id} solicitation.");
                }
            }
            else if (edition == Edition.Ref2021 || random.Next(5) < 2)
            {
                // Under ref-2021 the decision may depend on the date (telephone to consumers), so 'at' is always given.
                at = PhoneEdgeOr(Utc(2019, 1, 1), Utc(2027, 12, 31));
            }

            if (at is { } instant)
            {
                WriteTime("at", instant);
            }
        }

        private void Notice()
        {
            json.WriteString("ask", "notice");
            json.WriteStartArray("items");
            foreach (var item in VocabularyIds.NoticeItems)
            {
                if (random.Next(20) < 17)
                {
                    json.WriteStringValue(item);
                }
            }

            json.WriteEndArray();
            if (random.Next(2) == 0)
            {
                json.WriteBoolean("prospecting", true);
                Flag("objectionNotice", 6);
            }

            if (random.Next(5) < 2)
            {
                json.WriteBoolean("trackers", true);
                Flag("trackersNotice", 7);
            }

            var checkbox = random.Next(10);
            if (checkbox >= 4)
            {
                json.WriteString("consentCheckbox", checkbox < 6 ? "none" : checkbox < 9 ? "unticked" : "pre-ticked");
            }
        }

        /// <summary>
        /// An internal client code: mostly a plain code (allowed), else a synthetic number passing the Luhn check or a
        /// synthetic NIR with its key (both denied), or twelve random digits (one in ten passes the Luhn check).
        /// </summary>
        private string InternalCode()
        {
            var roll = random.Next(10);
            if (roll < 6)
            {
                return $"CL-{random.Next(1_000_000):D6}";
            }

            if (roll < 8)
            {
                var body = Digits(15);
                var number = body + LuhnCheckDigit(body);
                return $"{number[..4]} {number[4..8]} {number[8..12]} {number[12..]}";
            }

            if (roll < 9)
            {
                var nir = $"{random.Next(1, 3)}{random.Next(100):D2}{random.Next(1, 13):D2}{random.Next(1, 96):D2}{Digits(6)}";
                var key = 97 - (long.Parse(nir, System.Globalization.CultureInfo.InvariantCulture) % 97);
                return $"{nir}{key:D2}";
            }

            return Digits(12);
        }

        private string Digits(int count)
        {
            var digits = new char[count];
            for (var i = 0; i < count; i++)
            {
                digits[i] = (char)('0' + random.Next(10));
            }

            return new string(digits);
        }

        private static char LuhnCheckDigit(string body)
        {
            var sum = 0;
            for (var i = 0; i < body.Length; i++)
            {
                // From the right of the full number, the check digit is the first: the body's last digit is doubled.
                var digit = body[body.Length - 1 - i] - '0';
                if (i % 2 == 0)
                {
                    digit = digit * 2 > 9 ? (digit * 2) - 9 : digit * 2;
                }

                sum += digit;
            }

            return (char)('0' + ((10 - (sum % 10)) % 10));
        }

        /// <summary>
        /// Writes <c>field</c>: a built-in id, or one time in twelve a custom field object. Returns the built-in field, or
        /// <see langword="null"/> for a custom one.
        /// </summary>
        private DataField? WriteField(Edition edition, bool retention)
        {
            if (random.Next(12) == 0)
            {
                DataCategory category;
                do
                {
                    category = DataCategory.All[random.Next(DataCategory.All.Count)];
                }
                while (retention && !Retainable(edition, category, field: null));

                json.WriteStartObject("field");
                json.WriteString("id", Pick(CustomFieldIds));
                json.WriteString("category", category.Id);
                if (category == DataCategory.CommercialRelationship && random.Next(2) == 0)
                {
                    json.WriteBoolean("sensitive", random.Next(2) == 0);
                }

                json.WriteEndObject();
                return null;
            }

            DataField builtIn;
            do
            {
                builtIn = DataField.BuiltIn[random.Next(DataField.BuiltIn.Count)];
            }
            while (retention && !Retainable(edition, builtIn.Category, builtIn));

            json.WriteString("field", builtIn.Id);
            return builtIn;
        }

        /// <summary>Whether <c>retention</c> of such a field is answered under contract version 1 in this edition.</summary>
        private static bool Retainable(Edition edition, DataCategory category, DataField? field) =>
            edition == Edition.Ns2005
            || (field != DataField.BankCardNumber && !(edition == Edition.Ns2016 && category == DataCategory.ConnectionData));

        private void WriteEvents(List<(string Type, Instant At)>? events)
        {
            if (events is null)
            {
                return;
            }

            json.WriteStartArray("events");
            foreach (var (type, at) in events)
            {
                json.WriteStartObject();
                json.WriteString("type", type);
                WriteTime("at", at);
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        private void WriteSector()
        {
            switch (random.Next(100))
            {
                case < 92:
                    break;
                case < 95:
                    json.WriteString("sector", Pick(InsideSectors));
                    break;
                case < 98:
                    json.WriteString("sector", Pick(OutsideSectors));
                    break;
                case 98:
                    json.WriteString("sector", "online-gambling");
                    break;
                default:
                    json.WriteString("sector", Pick(ConfirmedSectors));
                    json.WriteBoolean("sectorConfirmed", true);
                    break;
            }
        }

        /// <summary>Writes an instant in UTC (<c>Z</c>) or, two times in five (always with <paramref name="paris"/>), with its Paris offset.</summary>
        private void WriteTime(string name, Instant instant, bool paris = false) =>
            json.WriteString(name, paris || random.Next(5) < 2
                ? ParisTime.Format(instant.InZone(Paris).ToOffsetDateTime())
                : InstantPattern.ExtendedIso.Format(instant));

        /// <summary>Writes <c>true</c> in <paramref name="tenths"/> cases out of ten; else <c>false</c> or nothing.</summary>
        private void Flag(string name, int tenths)
        {
            if (random.Next(10) < tenths)
            {
                json.WriteBoolean(name, true);
            }
            else if (random.Next(3) == 0)
            {
                json.WriteBoolean(name, false);
            }
        }

        /// <summary>
        /// An anchor between <paramref name="from"/> and <paramref name="to"/>: one in eight within 90 minutes of a
        /// calendar edge, one in eight whose anniversary after <paramref name="years"/> years is (the Paris local time of
        /// an edge, that many years earlier), else uniform.
        /// </summary>
        private Instant Anchor(Instant from, Instant to, int years)
        {
            switch (random.Next(8))
            {
                case 0 when EdgeIn(from, to) is { } edge:
                    return Clamp(edge + Duration.FromMinutes(random.Next(-90, 91)), from, to);
                case 1 when EdgeIn(from + (years * Year), to + (years * Year)) is { } edge:
                    var local = edge.InZone(Paris).LocalDateTime.PlusYears(-years).PlusMinutes(random.Next(-90, 91));
                    return Clamp(local.InZoneLeniently(Paris).ToInstant(), from, to);
                default:
                    return Uniform(from, to);
            }
        }

        private Instant? EdgeIn(Instant from, Instant to)
        {
            var first = Array.BinarySearch(edges, from);
            first = first < 0 ? ~first : first;
            var last = Array.BinarySearch(edges, to);
            last = last < 0 ? ~last : last + 1;
            return last > first ? edges[random.Next(first, last)] : null;
        }

        /// <summary>One time in four the instant telephone prospecting of consumers starts needing consent (± 1 s), else uniform.</summary>
        private Instant PhoneEdgeOr(Instant from, Instant to) =>
            random.Next(4) == 0 ? PhoneConsentFrom + (Second * random.Next(-1, 2)) : Uniform(from, to);

        /// <summary>A uniform instant in [from, to); one in twenty with milliseconds.</summary>
        private Instant Uniform(Instant from, Instant to)
        {
            var instant = from + Duration.FromSeconds(random.NextInt64(0, Math.Max(1, (long)(to - from).TotalSeconds)));
            return random.Next(20) == 0 ? instant + Duration.FromMilliseconds(random.Next(1, 1000)) : instant;
        }

        private T Pick<T>(IReadOnlyList<T> values) => values[random.Next(values.Count)];
#pragma warning restore CA5394

        /// <summary>RULES.md's normative arithmetic: the Paris local date-time plus the period, resolved leniently.</summary>
        private static Instant Plus(Instant anchor, Period period) =>
            (anchor.InZone(Paris).LocalDateTime + period).InZone(Paris, Resolvers.LenientResolver).ToInstant();

        private static Instant ParisMidnight(Instant instant) => instant.InZone(Paris).Date.AtStartOfDayInZone(Paris).ToInstant();

        private static Instant Utc(int year, int month, int day) => Instant.FromUtc(year, month, day, 0, 0);

        private static Instant Max(Instant a, Instant b) => a > b ? a : b;

        private static Instant Clamp(Instant instant, Instant from, Instant to) => instant < from ? from : instant > to ? to : instant;
    }
}
