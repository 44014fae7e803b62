using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Encodings.Web;
using System.Text.Json;
using NodaTime;
using NodaTime.Text;
using NodaTime.TimeZones;
using Norme48.Vocabulary;

namespace Norme48.Benchmarks;

/// <content>The <c>norme48 evaluate</c> workload: a file of question lines.</content>
internal static partial class Inputs
{
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
