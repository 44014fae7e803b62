using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using Norme48.Cli.Tests.Evaluate;

namespace Norme48.Cli.Tests;

/// <summary>What a generated input line is, for the contract: a question, a bad line, or a blank line.</summary>
public enum LineKind
{
    /// <summary>A well-formed question: answered with a decision.</summary>
    Question = 1,

    /// <summary>A bad line: answered with an error line.</summary>
    Bad = 2,

    /// <summary>Empty or white space only: no answer.</summary>
    Blank = 3,
}

/// <summary>One generated input line, without its terminator; a question's <c>id</c>, when it has one, is <see cref="Id"/>.</summary>
public sealed record GeneratedLine(string Text, LineKind Kind, string? Id);

/// <summary>A generated input: lines, each ended by <c>\n</c> or <c>\r\n</c>, the last one possibly unterminated.</summary>
public sealed record QuestionLines(IReadOnlyList<GeneratedLine> Lines, IReadOnlyList<string> Terminators)
{
    public string Text => string.Concat(Lines.Select((line, i) => line.Text + Terminators[i]));

    public override string ToString() => Text;
}

/// <summary>
/// FsCheck generators for the CLI suite; register with <c>[Property(Arbitrary = new[] { typeof(Arbitraries) })]</c>.
/// Generated lines are valid UTF-8 (invalid bytes have their own example tests).
/// </summary>
public static class Arbitraries
{
    private const int StreamLength = 200;

    private static readonly string[] Blanks = ["", " ", "\t", "  \t ", "\t\t"];

    /// <summary>Bad lines of every kind the contract names; <c>{ID}</c> is replaced by the line's id.</summary>
    private static readonly string[] BadLines =
    [
        """{"id":"{ID}","ask":"collect","field":"last-name","purpose":"orders","colour":"red"}""",
        """{"id":"{ID}","ask":"collect","field":"last-name","purpose":"orders","purpose":"orders"}""",
        """{"id":"{ID}","ask":"collect","field":"last-name","purpose":3}""",
        """{"id":"{ID}","ask":"collect","field":"surname","purpose":"orders"}""",
        """{"id":"{ID}","ask":"share","field":"last-name","recipient":"ad-network"}""",
        """{"id":"{ID}","ask":"transfer","field":"last-name","mode":"cession","sensitive":false}""",
        """{"id":"{ID}","ask":"collect","field":"last-name","purpose":"orders","sector":"santé"}""",
        """{"id":"{ID}","ask":"retention","field":"last-name"}""",
        """{"id":"{ID}","ask":"collect","field":"last-name","purpose":"orders","edition":"ref-2022"}""",
        """{"id":"{ID}","ask":"collect","field":"last-name","purpose":"fraud-detection","edition":"ns48-2016"}""",
        """{"id":"{ID}","ask":"collect","field":"last-name","purpose":"opposition-list-update","edition":"ref-2021"}""",
        """{"id":"{ID}","ask":"retention","field":"bank-card-number","subject":{"status":"client"},"now":"2025-06-01T00:00:00Z","edition":"ref-2021"}""",
        """{"id":"{ID}","ask":"retention","field":"ip-address","subject":{"status":"client"},"now":"2017-06-01T00:00:00Z","edition":"ns48-2016"}""",
        """{"id":"{ID}","ask":"retention","field":"last-name","subject":{"status":"prospect","collectedAt":"2014-01-15T09:00:00Z"},"now":"2018-01-01T00:00:00Z","edition":"ns48-2016"}""",
        """{"id":"{ID}","ask":"retention","field":"last-name","subject":{"status":"prospect","collectedAt":"2014-01-15T09:00:00Z","answerWindowDays":0},"now":"2015-01-01T00:00:00Z","edition":"ns48-2016"}""",
        """{"id":"{ID}","ask":"solicit","channel":"phone","audience":"consumer","subject":{"status":"prospect"},"edition":"ref-2021"}""",
        """{"id":"{ID}","ask":"internal-code","value":" - "}""",
        """{"id":{"n":1},"ask":"collect","field":"last-name","purpose":"orders"}""",
        """{"id":"{ID}","ask":"retention","field":"last-name","subject":{"status":"client"},"now":"2025-06-01T00:00:00"}""",
        """{"id":"{ID}","ask":"retention","field":"last-name","subject":{"status":"client"},"now":"9999-01-01T00:00:00Z"}""",
        """{"id":"{ID}","ask":"retention","field":"amount","subject":{"status":"client"},"now":"2025-06-01T00:00:00Z","proofFrom":"2020-05-01T00:00:00+02:00"}""",
        """{"id":"{ID}","ask":"retention","field":"last-name","subject":{"status":"prospect"},"now":"2025-06-01T00:00:00Z"}""",
        """{"id":"{ID}","ask":"retention","field":"last-name","subject":{"status":"prospect","collectedAt":"2025-07-01T00:00:00Z"},"now":"2025-06-01T00:00:00Z"}""",
        """{"id":"{ID}","ask":"retention","field":"last-name","subject":{"status":"prospect","collectedAt":"2025-01-15T09:00:00Z","lastContactAt":"2025-02-01T00:00:00Z","events":[]},"now":"2025-06-01T00:00:00Z"}""",
        """{"id":"{ID}","ask":"retention","field":"last-name","subject":{"status":"prospect","collectedAt":"2025-01-15T09:00:00Z","events":[{"type":"reconfirmation-yes","at":"2025-02-01T00:00:00Z"}]},"now":"2025-06-01T00:00:00Z"}""",
        """{"id":"{ID}","ask":"retention","field":"last-name","subject":{"status":"prospect","collectedAt":"2025-01-15T09:00:00Z","unansweredSolicitations":2.0},"now":"2025-06-01T00:00:00Z"}""",
        """{"id":"{ID}","ask":"retention","field":"last-name","subject":{"status":"lead","collectedAt":"2025-01-15T09:00:00Z"},"now":"2025-06-01T00:00:00Z"}""",
        """{"id":"{ID}","ask":"retention","field":"last-name","subject":{"status":"client","events":[{"type":"order","at":"2025-02-01T00:00:00Z","by":"web"}]},"now":"2025-06-01T00:00:00Z"}""",
        """{"id":"{ID}","ask":"retention","field":"last-name","subject":{"status":"client"},"now":"2020-01-01T00:00:00Z","edition":"in-force"}""",
        """{"id":"{ID}","ask":"solicit","channel":"letter","audience":"consumer","subject":{"status":"prospect"}}""",
        """{"id":"{ID}","ask":"solicit","channel":"email","audience":"business","subject":{"status":"prospect"}}""",
        """{"id":"{ID}","ask":"solicit","channel":"email","audience":"consumer","subject":{"status":"prospect","consent":"yes"}}""",
        """{"id":"{ID}","ask":"notice","items":["privacy"]}""",
        """{"id":"{ID}","ask":"notice","items":"rights"}""",
        """{"id":"{ID}","ask":"notice","items":[],"consentCheckbox":"checked"}""",
        """{"id":"{ID}","ask":"notice","items":[],"edition":"in-force"}""",
        """[1,2,3]""",
        """{"ask":"collect","field":""",
        """not json""",
    ];

    /// <summary>A stream of 200 lines mixing questions of every implemented ask, bad lines and blank lines.</summary>
    public static Arbitrary<QuestionLines> QuestionLines()
    {
        Gen<(string Text, LineKind Kind)> line = Gen.Frequency(
            (6, QuestionGen().Select(text => (text, LineKind.Question))),
            (3, Gen.Elements(BadLines).Select(text => (text, LineKind.Bad))),
            (2, Gen.Elements(Blanks).Select(text => (text, LineKind.Blank))));
        Gen<string> terminator = Gen.Elements("\n", "\r\n");

        Gen<QuestionLines> stream =
            from lines in Gen.ArrayOf(line, StreamLength)
            from terminators in Gen.ArrayOf(terminator, StreamLength)
            from terminatedLast in Gen.Elements(true, false)
            select Build(lines, terminators, terminatedLast);

        return Arb.From(stream);
    }

    private static QuestionLines Build((string Text, LineKind Kind)[] lines, string[] terminators, bool terminatedLast)
    {
        GeneratedLine[] generated = lines
            .Select((line, i) =>
            {
                string id = "p" + i.ToString(CultureInfo.InvariantCulture);
                bool hasId = line.Text.Contains("{ID}", System.StringComparison.Ordinal);
                return new GeneratedLine(line.Text.Replace("{ID}", id, System.StringComparison.Ordinal), line.Kind, hasId ? id : null);
            })
            .ToArray();
        string[] ends = terminators.ToArray();
        if (!terminatedLast)
        {
            ends[^1] = string.Empty;
        }

        return new QuestionLines(generated, ends);
    }

    /// <summary>The edition written on a generated question: none (the default, ns48-2005) or one of the three.</summary>
    private static readonly string[] EditionKeys = ["", ",\"edition\":\"ns48-2005\"", ",\"edition\":\"ns48-2016\"", ",\"edition\":\"ref-2021\""];

    /// <summary>The edition id a generated edition key stands for.</summary>
    private static string EditionOf(string editionKey) =>
        editionKey.Contains("ns48-2016", System.StringComparison.Ordinal) ? "ns48-2016"
        : editionKey.Contains("ref-2021", System.StringComparison.Ordinal) ? "ref-2021"
        : "ns48-2005";

    private static Gen<string> QuestionGen()
    {
        string[] fields = Vocabulary2005.Fields;
        Gen<string> edition = Gen.Elements(EditionKeys);
        Gen<string> optionalBasis = Gen.Elements(["", .. Vocabulary2005.Bases.Select(b => $",\"basis\":\"{b}\"")]);
        Gen<string> flag = Gen.Elements("true", "false", "null");

        Gen<string> collect =
            from field in Gen.Elements(fields)
            from purpose in Gen.Elements(Vocabulary2005.Purposes)
            from ed in edition
            select $$"""{"id":"{ID}","ask":"collect","field":"{{field}}","purpose":"{{purpose}}"{{ed}}}""";

        // Purposes of the later editions only, each on an edition that has it (RULES.md, "New vocabulary").
        Gen<string> laterCollect =
            from field in Gen.Elements(fields)
            from pair in Gen.Elements(
                ("customer-follow-up", "ns48-2016"), ("contests", "ref-2021"), ("opposition-list-update", "ns48-2016"),
                ("general-accounting", "ref-2021"), ("fraud-detection", "ref-2021"), ("third-party-profiling", "ref-2021"),
                ("reviews", "ns48-2016"), ("studies-selection", "ref-2021"))
            select $$"""{"id":"{ID}","ask":"collect","field":"{{field}}","purpose":"{{pair.Item1}}","edition":"{{pair.Item2}}"}""";
        Gen<string> share =
            from field in Gen.Elements(fields)
            from recipient in Gen.Elements([.. Vocabulary2005.Recipients.Select(r => $"\"{r}\""), "{\"id\":\"ad-network\"}"])
            from basis in optionalBasis
            from ed in edition
            select $$"""{"id":"{ID}","ask":"share","field":"{{field}}","recipient":{{recipient}}{{basis}}{{ed}}}""";
        Gen<string> transfer =
            from field in Gen.Elements(fields)
            from mode in Gen.Elements(Vocabulary2005.Modes)
            from commitment in flag
            from consent in flag
            from objected in flag
            from ed in edition
            select $$"""{"id":"{ID}","ask":"transfer","field":"{{field}}","mode":"{{mode}}","acquirerCommitment":{{commitment}},"expressConsent":{{consent}},"objected":{{objected}}{{ed}}}""";
        Gen<string> internalCode =
            from length in Gen.Choose(1, 20)
            from digits in Gen.ArrayOf(Gen.Elements("0123456789ABC- ".ToCharArray()), length)
            let code = new string(digits)
            where code.Trim(' ', '-').Length > 0
            from ed in edition
            select $$"""{"id":"{ID}","ask":"internal-code","value":"{{code}}"{{ed}}}""";
        Gen<string> sector =
            from field in Gen.Elements(fields)
            from name in Gen.Elements("health", "banking", "insurance", "education", "retail", "online-gambling")
            from ed in edition
            select $$"""{"id":"{ID}","ask":"collect","field":"{{field}}","purpose":"orders","sector":"{{name}}"{{ed}}}""";

        return Gen.OneOf(collect, laterCollect, share, transfer, internalCode, sector, RetentionGen(), SolicitGen(), NoticeGen());
    }

    /// <summary>
    /// Valid retention questions: every past instant lies before every <c>now</c>, a prospect always has
    /// <c>collectedAt</c>, <c>proofFrom</c> comes only with <c>"proof": true</c>, events use the 2005 types only under
    /// ns48-2005. Under ns48-2016 and ref-2021 (CONTRACT.md): the subject always has <c>answerWindowDays</c> (required once
    /// a prospect's three years have run), events may be re-confirmations, and the fields that are error lines there are
    /// left out (<c>bank-card-number</c>; connection data under ns48-2016).
    /// </summary>
    private static Gen<string> RetentionGen()
    {
        string[] past = ["2020-01-01T00:00:00Z", "2023-03-26T01:30:00+01:00", "2024-02-28T23:00:00Z", "2024-10-27T00:30:00Z", "2025-01-15T09:00:00.5Z"];
        string[] nows = ["2025-06-01T00:00:00Z", "2026-10-25T02:30:00+02:00", "2030-01-01T00:00:00-05:00"];
        string[] anyTime = [.. past, "2027-01-31T23:00:00Z", "2031-06-01T00:00:00Z"];
        string[] eventTypes =
        [
            "order", "documentation-request", "trial-request", "reply", "link-click", "inbound-message", "solicitation", "email-open",
            "relationship-start", "relationship-end",
        ];

        string[] laterEventTypes = [.. eventTypes, "reconfirmation-request", "reconfirmation-yes"];
        string[] connectionData = ["connection-date", "connection-time", "ip-address", "visitor-protocol", "page-visited"];

        Gen<string> OptionalPast(string key) => Gen.Elements(["", .. past.Select(t => $",\"{key}\":\"{t}\"")]);
        Gen<string> Evt(string[] types) =>
            from type in Gen.Elements(types)
            from at in Gen.Elements(anyTime)
            select $$"""{"type":"{{type}}","at":"{{at}}"}""";
        Gen<string> flat =
            from ended in Gen.Elements(["", .. anyTime.Select(t => $",\"relationshipEndedAt\":\"{t}\"")])
            from contact in OptionalPast("lastContactAt")
            from unanswered in Gen.Elements("", ",\"unansweredSolicitations\":0", ",\"unansweredSolicitations\":1", ",\"unansweredSolicitations\":2", ",\"unansweredSolicitations\":5")
            select ended + contact + unanswered;
        Gen<string> Logged(string[] types) =>
            from count in Gen.Choose(0, 4)
            from events in Gen.ArrayOf(Evt(types), count)
            select $",\"events\":[{string.Join(",", events)}]";

        return
            from editionKey in Gen.Elements(EditionKeys)
            let edition = EditionOf(editionKey)
            let later = edition != "ns48-2005"
            from field in Gen.Elements(
                [
                    .. Vocabulary2005.Fields.Where(f => !later || (f != "bank-card-number" && (edition != "ns48-2016" || !connectionData.Contains(f)))),
                    """{"id":"loyalty-tier","category":"commercial-relationship"}""",
                ])
            from status in Gen.Elements("client", "prospect")
            from collected in Gen.Elements(past)
            from facts in Gen.OneOf(flat, Logged(later ? laterEventTypes : eventTypes))
            from now in Gen.Elements(nows)
            from proof in Gen.Elements("", ",\"proof\":false", ",\"proof\":true", ",\"proof\":true,\"proofFrom\":\"2020-05-01T00:00:00+02:00\"")
            from sector in Gen.Elements("", ",\"sector\":\"health\"", ",\"sector\":\"retail\"", ",\"sector\":\"online-gambling\"")
            from window in later ? Gen.Elements(",\"answerWindowDays\":1", ",\"answerWindowDays\":30", ",\"answerWindowDays\":400") : Gen.Elements("", ",\"answerWindowDays\":30")
            from used in Gen.Elements("", ",\"usedForProspecting\":true", ",\"usedForProspecting\":false")
            let fieldJson = field.StartsWith('{') ? field : $"\"{field}\""
            select $$"""{"id":"{ID}","ask":"retention","field":{{fieldJson}},"subject":{"status":"{{status}}","collectedAt":"{{collected}}"{{facts}}{{window}}{{used}}},"now":"{{now}}"{{proof}}{{sector}}{{editionKey}}}""";
    }

    /// <summary>
    /// Valid solicit questions over every channel, audience, status, flag and edition, with or without <c>at</c> — except
    /// under ref-2021, where <c>at</c> is always given (required for telephone to consumers).
    /// </summary>
    private static Gen<string> SolicitGen()
    {
        Gen<string> Flag(string key) => Gen.Elements("", $",\"{key}\":true", $",\"{key}\":false", $",\"{key}\":null");

        return
            from channel in Gen.Elements("email", "sms", "fax", "automated-call", "phone", "postal")
            from audience in Gen.Elements("consumer", "professional")
            from status in Gen.Elements("client", "prospect")
            from consent in Flag("consent")
            from objected in Flag("objected")
            from offered in Flag("objectionOfferedAtCollection")
            from extra in Gen.Elements("", ",\"collectedAt\":\"2020-01-01T00:00:00Z\",\"unansweredSolicitations\":3", ",\"events\":[{\"type\":\"email-open\",\"at\":\"2020-01-01T00:00:00Z\"}]")
            from analogous in Flag("analogousProducts")
            from editionKey in Gen.Elements(EditionKeys)
            from at in EditionOf(editionKey) == "ref-2021"
                ? Gen.Elements(",\"at\":\"2025-06-01T00:00:00+02:00\"", ",\"at\":\"2026-08-10T21:59:59Z\"", ",\"at\":\"2026-08-10T22:00:00Z\"")
                : Gen.Elements("", ",\"at\":\"2025-06-01T00:00:00+02:00\"", ",\"at\":\"2015-06-01T00:00:00Z\"", ",\"at\":null")
            select $$"""{"id":"{ID}","ask":"solicit","channel":"{{channel}}","audience":"{{audience}}","subject":{"status":"{{status}}"{{consent}}{{objected}}{{offered}}{{analogous}}{{extra}}}{{at}}{{editionKey}}}""";
    }

    /// <summary>Valid notice questions: any items (duplicates included), flags, an optional checkbox, any edition.</summary>
    private static Gen<string> NoticeGen()
    {
        string[] items = ["controller-identity", "purposes", "mandatory-or-optional", "consequences-of-no-answer", "recipients", "rights"];
        Gen<string> Flag(string key) => Gen.Elements("", $",\"{key}\":true", $",\"{key}\":false");

        return
            from count in Gen.Choose(0, 8)
            from chosen in Gen.ArrayOf(Gen.Elements(items), count)
            from prospecting in Flag("prospecting")
            from objection in Flag("objectionNotice")
            from trackers in Flag("trackers")
            from trackersNotice in Flag("trackersNotice")
            from checkbox in Gen.Elements("", ",\"consentCheckbox\":\"none\"", ",\"consentCheckbox\":\"unticked\"", ",\"consentCheckbox\":\"pre-ticked\"", ",\"consentCheckbox\":null")
            from sector in Gen.Elements("", ",\"sector\":\"education\"")
            from editionKey in Gen.Elements(EditionKeys)
            let list = string.Join(",", chosen.Select(item => $"\"{item}\""))
            select $$"""{"id":"{ID}","ask":"notice","items":[{{list}}]{{prospecting}}{{objection}}{{trackers}}{{trackersNotice}}{{checkbox}}{{sector}}{{editionKey}}}""";
    }
}
