using System;
using System.Linq;
using System.Text.Json;
using Xunit;

namespace Norme48.Cli.Tests.Evaluate;

/// <summary>
/// The later editions end to end (CONTRACT.md; RULES.md, "Rules of ns48-2016 and ref-2021"): three-year prospect
/// retention with re-contact, client data used for prospecting, the card and tracker error lines, the unconfirmed-list
/// advisories, scope and excluded uses per edition, soft opt-in, B2B and telephone consent, the 2016 notice. Every
/// expected instant is computed by hand in the comments (Europe/Paris: CET = UTC+1, CEST = UTC+2).
/// </summary>
public class EvaluateLaterEditionTests
{
    private const string Sixteen = "ns48-2016";
    private const string Ref = "ref-2021";

    // A prospect collected 2014-03-10T10:00Z = 11:00 CET. D = + 3 years = 2017-03-10 11:00 local, still CET (summer time
    // starts 2017-03-26) = 2017-03-10T10:00:00Z. With a 30-day window, W = D + 30 days = 2017-04-09 11:00 local, now
    // CEST = 2017-04-09T09:00:00Z.
    private const string D = "2017-03-10T10:00:00Z";
    private const string W = "2017-04-09T09:00:00Z";

    private static string Prospect(string now, string extra = "", string edition = Sixteen) =>
        $$"""{"ask":"retention","field":"last-name","subject":{"status":"prospect","collectedAt":"2014-03-10T10:00:00Z"{{extra}}},"now":"{{now}}","edition":"{{edition}}"}""";

    /// <summary>Prospect retention: question, verdict, until, since, rules.</summary>
    private static readonly (string Question, string Verdict, string Until, string Since, string Rules)[] ProspectRows =
    [
        // Before D: keep until D.
        (Prospect("2016-10-01T00:00:00Z"), "keep", D, "", "NS48-RET-PROSPECT-3Y"),
        (Prospect("2017-03-10T09:59:59Z"), "keep", D, "", "NS48-RET-PROSPECT-3Y"),

        // An e-mail open is never a contact: D does not move.
        (Prospect("2016-10-01T00:00:00Z", ""","events":[{"type":"email-open","at":"2015-06-01T08:00:00Z"}]"""), "keep", D, "", "NS48-RET-PROSPECT-3Y"),

        // A click is: 2015-06-01T08:00Z = 10:00 CEST; + 3 years = 2018-06-01 10:00 CEST = 2018-06-01T08:00:00Z.
        (Prospect("2016-10-01T00:00:00Z", ""","events":[{"type":"link-click","at":"2015-06-01T08:00:00Z"}]"""), "keep", "2018-06-01T08:00:00Z", "", "NS48-RET-PROSPECT-3Y"),

        // The same contact given flat; the unanswered count means nothing from 2016 on.
        (Prospect("2016-10-01T00:00:00Z", ""","lastContactAt":"2015-06-01T08:00:00Z","unansweredSolicitations":5"""), "keep", "2018-06-01T08:00:00Z", "", "NS48-RET-PROSPECT-3Y"),

        // From D: ask before purging until W.
        (Prospect(D, ""","answerWindowDays":30"""), "ask-before-purge", W, "", "NS48-RET-PROSPECT-RECONTACT"),
        (Prospect("2017-04-09T08:59:59Z", ""","answerWindowDays":30"""), "ask-before-purge", W, "", "NS48-RET-PROSPECT-RECONTACT"),

        // A request at or after D and before W moves the window: 2017-03-20T09:00Z = 10:00 CET; + 30 days =
        // 2017-04-19 10:00 CEST = 2017-04-19T08:00:00Z.
        (Prospect("2017-04-10T00:00:00Z", ""","answerWindowDays":30,"events":[{"type":"reconfirmation-request","at":"2017-03-20T09:00:00Z"}]"""), "ask-before-purge", "2017-04-19T08:00:00Z", "", "NS48-RET-PROSPECT-RECONTACT"),

        // A request exactly at D gives W itself.
        (Prospect(D, ""","answerWindowDays":30,"events":[{"type":"reconfirmation-request","at":"2017-03-10T10:00:00Z"}]"""), "ask-before-purge", W, "", "NS48-RET-PROSPECT-RECONTACT"),

        // A request before D, or at/after W, is ignored: purge since W.
        (Prospect("2017-04-10T00:00:00Z", ""","answerWindowDays":30,"events":[{"type":"reconfirmation-request","at":"2017-03-01T09:00:00Z"}]"""), "purge", "", W, "NS48-RET-PROSPECT-3Y NS48-RET-PROSPECT-RECONTACT"),
        (Prospect("2017-04-20T00:00:00Z", ""","answerWindowDays":30,"events":[{"type":"reconfirmation-request","at":"2017-04-15T09:00:00Z"}]"""), "purge", "", W, "NS48-RET-PROSPECT-3Y NS48-RET-PROSPECT-RECONTACT"),

        // A yes (or an order) after the request restarts the 3 years: 2017-03-25T10:00Z = 11:00 CET; + 3 years =
        // 2020-03-25 11:00, still CET (summer time starts 2020-03-29) = 2020-03-25T10:00:00Z.
        (Prospect("2017-04-10T00:00:00Z", ""","answerWindowDays":30,"events":[{"type":"reconfirmation-request","at":"2017-03-20T09:00:00Z"},{"type":"reconfirmation-yes","at":"2017-03-25T10:00:00Z"}]"""), "keep", "2020-03-25T10:00:00Z", "", "NS48-RET-PROSPECT-3Y"),
        (Prospect("2017-04-10T00:00:00Z", ""","answerWindowDays":30,"events":[{"type":"reconfirmation-request","at":"2017-03-20T09:00:00Z"},{"type":"order","at":"2017-03-25T10:00:00Z"}]"""), "keep", "2020-03-25T10:00:00Z", "", "NS48-RET-PROSPECT-3Y"),

        // A yes after now is ignored.
        (Prospect("2017-04-10T00:00:00Z", ""","answerWindowDays":30,"events":[{"type":"reconfirmation-yes","at":"2017-05-01T00:00:00Z"}]"""), "purge", "", W, "NS48-RET-PROSPECT-3Y NS48-RET-PROSPECT-RECONTACT"),

        // From W: purge since W.
        (Prospect(W, ""","answerWindowDays":30"""), "purge", "", W, "NS48-RET-PROSPECT-3Y NS48-RET-PROSPECT-RECONTACT"),

        // ref-2021: the same instants, its own strengths (checked by RetentionIn).
        (Prospect("2016-10-01T00:00:00Z", edition: Ref), "keep", D, "", "NS48-RET-PROSPECT-3Y"),
        (Prospect(W, ""","answerWindowDays":30""", Ref), "purge", "", W, "NS48-RET-PROSPECT-3Y NS48-RET-PROSPECT-RECONTACT"),
    ];

    // A client whose relationship ended 2023-01-31T23:00Z = 2023-02-01 00:00 CET; + 3 years = 2026-02-01 00:00 CET =
    // 2026-01-31T23:00:00Z.
    private const string Ended = "2023-01-31T23:00:00Z";
    private const string EndPlus3 = "2026-01-31T23:00:00Z";

    private static string Client(string field, string now, string edition, bool used = true) =>
        $$"""{"ask":"retention","field":"{{field}}","subject":{"status":"client","relationshipEndedAt":"{{Ended}}"{{(used ? ",\"usedForProspecting\":true" : "")}}},"now":"{{now}}"{{(edition.Length == 0 ? "" : $",\"edition\":\"{edition}\"")}}}""";

    /// <summary>Client retention: question, edition, verdict, until, since, rules.</summary>
    private static readonly (string Question, string Edition, string Verdict, string Until, string Since, string Rules)[] ClientRows =
    [
        (Client("last-name", "2024-06-01T00:00:00Z", Ref), Ref, "keep", EndPlus3, "", "NS48-RET-CLIENT-PROSPECTING-3Y"),
        (Client("last-name", "2026-01-31T22:59:59Z", Ref), Ref, "keep", EndPlus3, "", "NS48-RET-CLIENT-PROSPECTING-3Y"),
        (Client("last-name", EndPlus3, Ref), Ref, "purge", "", EndPlus3, "NS48-RET-CLIENT-PROSPECTING-3Y"),
        (Client("profession", "2024-06-01T00:00:00Z", Ref), Ref, "keep", EndPlus3, "", "NS48-RET-CLIENT-PROSPECTING-3Y"),
        (Client("purchase-history", "2024-06-01T00:00:00Z", Sixteen), Sixteen, "keep", EndPlus3, "", "NS48-RET-CLIENT-PROSPECTING-3Y"),

        // Identity, situation and commercial-relationship only: other fields are purged at the end (NS48-RET-CLIENT).
        (Client("cheque-number", "2024-06-01T00:00:00Z", Ref), Ref, "purge", "", Ended, "NS48-RET-CLIENT"),
        (Client("balances", "2024-06-01T00:00:00Z", Ref), Ref, "purge", "", Ended, "NS48-RET-CLIENT"),

        // Not used for prospecting: purged at the end.
        (Client("last-name", "2024-06-01T00:00:00Z", Ref, used: false), Ref, "purge", "", Ended, "NS48-RET-CLIENT"),

        // ns48-2005 ignores usedForProspecting.
        (Client("last-name", "2024-06-01T00:00:00Z", ""), "ns48-2005", "purge", "", Ended, "NS48-RET-CLIENT"),

        // ref-2021: a connection-data field follows the status like any other.
        (Client("ip-address", "2024-06-01T00:00:00Z", Ref, used: false), Ref, "purge", "", Ended, "NS48-RET-CLIENT"),
        ("""{"ask":"retention","field":"ip-address","subject":{"status":"client"},"now":"2024-06-01T00:00:00Z","edition":"ref-2021"}""", Ref, "keep", "", "", "NS48-RET-CLIENT"),

        // Outside the norm from 2016 on: online gambling.
        ("""{"ask":"retention","field":"last-name","subject":{"status":"client"},"now":"2024-06-01T00:00:00Z","edition":"ref-2021","sector":"online-gambling"}""", Ref, "out-of-scope", "", "", "NS48-SCOPE-SECTOR"),
    ];

    /// <summary>Error lines: question, fragments the message contains.</summary>
    private static readonly (string Question, string[] Fragments)[] ErrorRows =
    [
        // From D, the window is required.
        (Prospect(D), ["subject.answerWindowDays"]),
        (Prospect("2020-01-01T00:00:00Z", edition: Ref), ["subject.answerWindowDays"]),
        (Prospect("2016-10-01T00:00:00Z", ""","answerWindowDays":0"""), ["subject.answerWindowDays"]),

        // Card and tracker retention need contract version 2.
        ("""{"ask":"retention","field":"bank-card-number","subject":{"status":"client"},"now":"2017-06-01T00:00:00Z","edition":"ns48-2016"}""", ["contract version 2", "NS48-RET-CARD"]),
        ("""{"ask":"retention","field":"bank-card-number","subject":{"status":"client"},"now":"2024-06-01T00:00:00Z","edition":"ref-2021"}""", ["contract version 2", "NS48-RET-CARD"]),
        ("""{"ask":"retention","field":"ip-address","subject":{"status":"client"},"now":"2017-06-01T00:00:00Z","edition":"ns48-2016"}""", ["NS48-RET-TRACKER-13M"]),
        ("""{"ask":"retention","field":{"id":"session-cookie","category":"connection-data"},"subject":{"status":"client"},"now":"2017-06-01T00:00:00Z","edition":"ns48-2016"}""", ["NS48-RET-TRACKER-13M"]),

        // Ids an edition does not have name the editions that have them.
        ("""{"ask":"collect","field":"last-name","purpose":"fraud-detection","edition":"ns48-2016"}""", ["fraud-detection", "ref-2021"]),
        ("""{"ask":"collect","field":"last-name","purpose":"opposition-list-update","edition":"ref-2021"}""", ["opposition-list-update", "ns48-2016"]),
        ("""{"ask":"retention","field":"last-name","subject":{"status":"prospect","collectedAt":"2014-03-10T10:00:00Z","events":[{"type":"reconfirmation-request","at":"2014-04-01T00:00:00Z"}]},"now":"2014-06-01T00:00:00Z"}""", ["reconfirmation-request", "ns48-2016", "ref-2021"]),

        // ref-2021: telephone to a consumer needs at.
        ("""{"ask":"solicit","channel":"phone","audience":"consumer","subject":{"status":"prospect"},"edition":"ref-2021"}""", ["'at'"]),
    ];

    /// <summary>allowed / denied decisions: question, edition, verdict, rules, advisories as <c>kind/rule@since</c>.</summary>
    private static readonly (string Question, string Edition, string Verdict, string Rules, string Advisories)[] DecisionRows =
    [
        // The 2005 lists, applied under the later editions, carry one unconfirmed advisory naming the deciding rule.
        ("""{"ask":"collect","field":"last-name","purpose":"orders","edition":"ns48-2016"}""", Sixteen, "allowed", "NS48-DATA-LISTED", "unconfirmed/NS48-DATA-LISTED@"),
        ("""{"ask":"collect","field":"last-name","purpose":"orders","edition":"ref-2021"}""", Ref, "allowed", "NS48-DATA-LISTED", "unconfirmed/NS48-DATA-LISTED@"),
        ("""{"ask":"share","field":"last-name","recipient":"commercial-staff","edition":"ns48-2016"}""", Sixteen, "allowed", "NS48-RCPT-ACCESS", "unconfirmed/NS48-RCPT-ACCESS@"),
        ("""{"ask":"share","field":"last-name","recipient":"public-bodies","edition":"ref-2021"}""", Ref, "denied", "NS48-RCPT-PUBLIC-BODIES", "unconfirmed/NS48-RCPT-PUBLIC-BODIES@"),
        ("""{"ask":"share","field":"last-name","recipient":"debt-collectors","basis":"debt-recovery","edition":"ref-2021"}""", Ref, "allowed", "NS48-RCPT-DEBT-RECOVERY", "unconfirmed/NS48-RCPT-DEBT-RECOVERY@"),
        ("""{"ask":"share","field":"last-name","recipient":{"id":"ad-network"},"edition":"ref-2021"}""", Ref, "denied", "NS48-RCPT-UNKNOWN", "unconfirmed/NS48-RCPT-UNKNOWN@"),
        ("""{"ask":"transfer","field":"last-name","mode":"cession","acquirerCommitment":true,"edition":"ns48-2016"}""", Sixteen, "allowed", "NS48-TRANSFER-IDENTITY-SITUATION", "unconfirmed/NS48-TRANSFER-IDENTITY-SITUATION@"),
        ("""{"ask":"transfer","field":"amount","mode":"rental","edition":"ref-2021"}""", Ref, "denied", "NS48-TRANSFER-RELATIONSHIP-CONSENT", "unconfirmed/NS48-TRANSFER-RELATIONSHIP-CONSENT@"),

        // NS48-DATA-NIR and NS48-SCOPE-SECTOR answers carry none.
        ("""{"ask":"collect","field":"nir","purpose":"orders","edition":"ns48-2016"}""", Sixteen, "denied", "NS48-DATA-NIR", ""),
        ("""{"ask":"share","field":"nir","recipient":"commercial-staff","edition":"ref-2021"}""", Ref, "denied", "NS48-DATA-NIR", ""),
        ("""{"ask":"transfer","field":"nir","mode":"cession","edition":"ref-2021"}""", Ref, "denied", "NS48-DATA-NIR", ""),
        ("""{"ask":"collect","field":"last-name","purpose":"orders","sector":"health","edition":"ns48-2016"}""", Sixteen, "denied", "NS48-SCOPE-SECTOR", ""),

        // Online gambling is outside from ns48-2016 only.
        ("""{"ask":"collect","field":"last-name","purpose":"orders","sector":"online-gambling"}""", "ns48-2005", "allowed", "NS48-DATA-LISTED", ""),
        ("""{"ask":"collect","field":"last-name","purpose":"orders","sector":"online-gambling","edition":"ns48-2016"}""", Sixteen, "denied", "NS48-SCOPE-SECTOR", ""),
        ("""{"ask":"share","field":"last-name","recipient":"commercial-staff","sector":"online-gambling","edition":"ref-2021"}""", Ref, "denied", "NS48-SCOPE-SECTOR", ""),

        // Excluded uses per edition.
        ("""{"ask":"collect","field":"last-name","purpose":"shared-loyalty-programme"}""", "ns48-2005", "denied", "NS48-SCOPE-EXCLUDED-USE", ""),
        ("""{"ask":"collect","field":"last-name","purpose":"shared-loyalty-programme","edition":"ns48-2016"}""", Sixteen, "allowed", "NS48-DATA-LISTED", "unconfirmed/NS48-DATA-LISTED@"),
        ("""{"ask":"collect","field":"last-name","purpose":"shared-loyalty-programme","edition":"ref-2021"}""", Ref, "allowed", "NS48-DATA-LISTED", "unconfirmed/NS48-DATA-LISTED@"),
        ("""{"ask":"collect","field":"last-name","purpose":"exclusion-from-right","edition":"ns48-2016"}""", Sixteen, "denied", "NS48-SCOPE-EXCLUDED-USE", ""),
        ("""{"ask":"collect","field":"last-name","purpose":"fraud-detection","edition":"ref-2021"}""", Ref, "denied", "NS48-SCOPE-EXCLUDED-USE", ""),
        ("""{"ask":"collect","field":"last-name","purpose":"third-party-profiling","edition":"ref-2021"}""", Ref, "denied", "NS48-SCOPE-EXCLUDED-USE", ""),

        // solicit under ns48-2016: soft opt-in for clients, B2B for professionals.
        ("""{"ask":"solicit","channel":"email","audience":"consumer","subject":{"status":"client","analogousProducts":true,"objectionOfferedAtCollection":true},"edition":"ns48-2016"}""", Sixteen, "allowed", "NS48-PROSP-SOFT-OPT-IN", ""),
        ("""{"ask":"solicit","channel":"email","audience":"consumer","subject":{"status":"client","objectionOfferedAtCollection":true},"edition":"ns48-2016"}""", Sixteen, "denied", "NS48-PROSP-SOFT-OPT-IN", ""),
        ("""{"ask":"solicit","channel":"sms","audience":"consumer","subject":{"status":"client","analogousProducts":true},"edition":"ns48-2016"}""", Sixteen, "denied", "NS48-PROSP-SOFT-OPT-IN", ""),
        ("""{"ask":"solicit","channel":"email","audience":"professional","subject":{"status":"prospect","objectionOfferedAtCollection":true},"edition":"ns48-2016"}""", Sixteen, "allowed", "NS48-PROSP-B2B", ""),
        ("""{"ask":"solicit","channel":"email","audience":"professional","subject":{"status":"prospect"},"edition":"ns48-2016"}""", Sixteen, "denied", "NS48-PROSP-B2B", ""),
        ("""{"ask":"solicit","channel":"email","audience":"professional","subject":{"status":"client"},"edition":"ns48-2016"}""", Sixteen, "denied", "NS48-PROSP-SOFT-OPT-IN NS48-PROSP-B2B", ""),
        ("""{"ask":"solicit","channel":"email","audience":"consumer","subject":{"status":"prospect","analogousProducts":true,"objectionOfferedAtCollection":true},"edition":"ns48-2016"}""", Sixteen, "denied", "NS48-PROSP-E-CONSENT", ""),
        ("""{"ask":"solicit","channel":"fax","audience":"consumer","subject":{"status":"prospect","consent":true},"edition":"ns48-2016"}""", Sixteen, "allowed", "NS48-PROSP-E-CONSENT", ""),

        // ref-2021 telephone to consumers: opt-out through 2026-08-10 (Paris), consent from 2026-08-11. 21:59:59Z is
        // 23:59:59 CEST on the 10th; 22:00:00Z is 00:00 CEST on the 11th.
        ("""{"ask":"solicit","channel":"phone","audience":"consumer","subject":{"status":"prospect"},"at":"2026-08-10T21:59:59Z","edition":"ref-2021"}""", Ref, "allowed", "NS48-PROSP-OPT-OUT", ""),
        ("""{"ask":"solicit","channel":"phone","audience":"consumer","subject":{"status":"prospect"},"at":"2026-08-10T22:00:00Z","edition":"ref-2021"}""", Ref, "denied", "NS48-PROSP-PHONE-CONSENT", ""),
        ("""{"ask":"solicit","channel":"phone","audience":"consumer","subject":{"status":"client","consent":true},"at":"2026-08-10T22:00:00Z","edition":"ref-2021"}""", Ref, "allowed", "NS48-PROSP-PHONE-CONSENT", ""),
        ("""{"ask":"solicit","channel":"phone","audience":"professional","subject":{"status":"prospect"},"edition":"ref-2021"}""", Ref, "allowed", "NS48-PROSP-OPT-OUT", ""),
        ("""{"ask":"solicit","channel":"phone","audience":"professional","subject":{"status":"prospect"},"at":"2027-01-01T00:00:00Z","edition":"ref-2021"}""", Ref, "allowed", "NS48-PROSP-OPT-OUT", ""),
        ("""{"ask":"solicit","channel":"phone","audience":"consumer","subject":{"status":"prospect","objected":true,"consent":true},"at":"2027-01-01T00:00:00Z","edition":"ref-2021"}""", Ref, "denied", "NS48-PROSP-OBJECTED", ""),

        // ns48-2016 before 2016-09-14 (Paris): an edition note. 2016-09-13T21:59:59Z = 23:59:59 CEST on the 13th.
        ("""{"ask":"solicit","channel":"email","audience":"consumer","subject":{"status":"prospect","consent":true},"at":"2016-09-13T21:59:59Z","edition":"ns48-2016"}""", Sixteen, "allowed", "NS48-PROSP-E-CONSENT", "edition-note/NS48-PROSP-E-CONSENT@"),
        ("""{"ask":"solicit","channel":"email","audience":"consumer","subject":{"status":"prospect","consent":true},"at":"2016-09-13T22:00:00Z","edition":"ns48-2016"}""", Sixteen, "allowed", "NS48-PROSP-E-CONSENT", ""),
        ("""{"ask":"solicit","channel":"email","audience":"consumer","subject":{"status":"client","analogousProducts":true,"objectionOfferedAtCollection":true},"at":"2014-01-01T00:00:00+01:00","edition":"ns48-2016"}""", Sixteen, "allowed", "NS48-PROSP-SOFT-OPT-IN", "edition-note/NS48-PROSP-SOFT-OPT-IN@"),
    ];

    private const string AllSix = """["controller-identity","purposes","mandatory-or-optional","consequences-of-no-answer","recipients","rights"]""";

    /// <summary>Notices: question, edition, verdict, violations (<c>rule:item</c>), rules, advisory count.</summary>
    private static readonly (string Question, string Edition, string Verdict, string Violations, string Rules, int Advisories)[] NoticeRows =
    [
        ("""{"ask":"notice","items":["controller-identity","purposes","mandatory-or-optional","consequences-of-no-answer","rights"],"edition":"ns48-2016"}""", Sixteen, "compliant", "", "", 1),
        ("""{"ask":"notice","items":["controller-identity","purposes","mandatory-or-optional","consequences-of-no-answer","recipients"],"edition":"ns48-2016"}""", Sixteen, "non-compliant", "NS48-INFO-NOTICE:rights", "NS48-INFO-NOTICE", 0),
        ($$"""{"ask":"notice","items":{{AllSix}},"trackers":true,"edition":"ref-2021"}""", Ref, "compliant", "", "", 0),
        ($$"""{"ask":"notice","items":{{AllSix}},"trackers":true,"edition":"ns48-2016"}""", Sixteen, "non-compliant", "NS48-INFO-COOKIES:trackers-notice", "NS48-INFO-COOKIES", 0),
        ("""{"ask":"notice","items":["purposes","recipients"],"prospecting":true,"consentCheckbox":"pre-ticked","trackers":true,"edition":"ns48-2016"}""", Sixteen, "non-compliant",
            "NS48-INFO-NOTICE:controller-identity NS48-INFO-NOTICE:mandatory-or-optional NS48-INFO-NOTICE:rights NS48-INFO-PROSPECTING-OBJECTION:objection-notice NS48-PROSP-CHECKBOX:consent-checkbox NS48-INFO-COOKIES:trackers-notice",
            "NS48-INFO-NOTICE NS48-INFO-PROSPECTING-OBJECTION NS48-PROSP-CHECKBOX NS48-INFO-COOKIES", 1),
    ];

    private static readonly QuestionBatch Batch = new(
    [
        .. ProspectRows.Select(row => row.Question),
        .. ClientRows.Select(row => row.Question),
        .. ErrorRows.Select(row => row.Question),
        .. DecisionRows.Select(row => row.Question),
        .. NoticeRows.Select(row => row.Question),
    ]);

    public static TheoryData<string> ProspectQuestions => new(ProspectRows.Select(row => row.Question));

    public static TheoryData<string> ClientQuestions => new(ClientRows.Select(row => row.Question));

    public static TheoryData<string> ErrorQuestions => new(ErrorRows.Select(row => row.Question));

    public static TheoryData<string> DecisionQuestions => new(DecisionRows.Select(row => row.Question));

    public static TheoryData<string> NoticeQuestions => new(NoticeRows.Select(row => row.Question));

    [Theory]
    [MemberData(nameof(ProspectQuestions))]
    public void Evaluate_ProspectUnderLaterEditions_ThreeYearsThenAskThenPurge(string question)
    {
        var row = ProspectRows.Single(r => r.Question == question);
        string edition = question.Contains(Ref, StringComparison.Ordinal) ? Ref : Sixteen;

        JsonElement answer = Batch.AnswerTo(question);

        AnswerAssert.RetentionIn(answer, edition, row.Verdict, Nullable(row.Until), Nullable(row.Since), AnswerAssert.Split(row.Rules));
        Assert.Empty(AnswerAssert.EditionAdvisories(answer));
    }

    [Theory]
    [MemberData(nameof(ClientQuestions))]
    public void Evaluate_ClientUnderLaterEditions_UsedForProspectingKeptThreeYears(string question)
    {
        var row = ClientRows.Single(r => r.Question == question);

        JsonElement answer = Batch.AnswerTo(question);

        AnswerAssert.RetentionIn(answer, row.Edition, row.Verdict, Nullable(row.Until), Nullable(row.Since), AnswerAssert.Split(row.Rules));
        Assert.Empty(AnswerAssert.EditionAdvisories(answer));
    }

    [Theory]
    [MemberData(nameof(ErrorQuestions))]
    public void Evaluate_LaterEditionInputError_ErrorLineNamingIt(string question)
    {
        var row = ErrorRows.Single(r => r.Question == question);

        JsonElement answer = Batch.AnswerTo(question);

        AnswerAssert.Error(answer, row.Fragments);
    }

    [Theory]
    [MemberData(nameof(DecisionQuestions))]
    public void Evaluate_DecisionUnderAnEdition_RulesStrengthsAndAdvisories(string question)
    {
        var row = DecisionRows.Single(r => r.Question == question);

        JsonElement answer = Batch.AnswerTo(question);

        AnswerAssert.DecisionIn(answer, row.Edition, row.Verdict, AnswerAssert.Split(row.Rules));
        Assert.Equal(AnswerAssert.Split(row.Advisories), AnswerAssert.EditionAdvisories(answer));
    }

    [Theory]
    [MemberData(nameof(NoticeQuestions))]
    public void Evaluate_NoticeUnderLaterEditions_FormItemsAndTrackers(string question)
    {
        var row = NoticeRows.Single(r => r.Question == question);

        JsonElement answer = Batch.AnswerTo(question);

        AnswerAssert.NoticeIn(answer, row.Edition, row.Verdict, AnswerAssert.Split(row.Violations), AnswerAssert.Split(row.Rules));
        string[] advisories = AnswerAssert.EditionAdvisories(answer);
        Assert.Equal(row.Advisories, advisories.Length);
        Assert.All(advisories, advisory => Assert.Equal("/NS48-INFO-NOTICE@", advisory));
    }

    [Fact]
    public void Evaluate_Ref2021Strengths_GuidanceRecommendedStatutesMandatory()
    {
        JsonElement listed = Batch.AnswerTo("""{"ask":"collect","field":"last-name","purpose":"orders","edition":"ref-2021"}""");
        JsonElement objected = Batch.AnswerTo("""{"ask":"solicit","channel":"phone","audience":"consumer","subject":{"status":"prospect","objected":true,"consent":true},"at":"2027-01-01T00:00:00Z","edition":"ref-2021"}""");

        Assert.Equal("recommended", listed.GetProperty("reasons")[0].GetProperty("strength").GetString());
        Assert.Equal("mandatory", objected.GetProperty("reasons")[0].GetProperty("strength").GetString());
    }

    [Fact]
    public void Evaluate_AnswerWindowTooLarge_ErrorLineAndTheStreamGoesOn()
    {
        string[] lines =
        [
            """{"id":"before","ask":"collect","field":"last-name","purpose":"orders"}""",
            Prospect("2017-04-10T00:00:00Z", ""","answerWindowDays":2147483647"""),
            Prospect("2017-04-10T00:00:00Z", ""","answerWindowDays":3000000"""),
            """{"ask":"retention","field":"last-name","subject":{"status":"prospect","collectedAt":"9986-12-31T23:59:59Z","answerWindowDays":5000},"now":"9989-12-31T23:59:59Z","edition":"ns48-2016"}""",
            """{"id":"after","ask":"collect","field":"last-name","purpose":"orders"}""",
        ];

        CliResult result = CliRunner.EvaluateLines(lines);

        Assert.True(result.ExitCode == 1, result.Describe());
        Assert.Equal([1, 2, 3, 4, 5], result.Answers.Select(a => a.GetProperty("line").GetInt32()).ToArray());
        AnswerAssert.Decision(result.AnswerForLine(1), "allowed", "NS48-DATA-LISTED");
        AnswerAssert.Error(result.AnswerForLine(2), "subject.answerWindowDays");
        AnswerAssert.Error(result.AnswerForLine(3), "subject.answerWindowDays");
        AnswerAssert.Error(result.AnswerForLine(4), "subject.answerWindowDays");
        AnswerAssert.Decision(result.AnswerForLine(5), "allowed", "NS48-DATA-LISTED");
    }

    [Fact]
    public void Evaluate_LaterEditionBatch_OneAnswerPerQuestionAndExitCodeOne()
    {
        CliResult result = Batch.Result;

        Assert.Equal(Enumerable.Range(1, Batch.Count).ToArray(), result.Answers.Select(a => a.GetProperty("line").GetInt32()).ToArray());
        Assert.Equal(1, result.ExitCode);
    }

    private static string? Nullable(string value) => value.Length == 0 ? null : value;
}
