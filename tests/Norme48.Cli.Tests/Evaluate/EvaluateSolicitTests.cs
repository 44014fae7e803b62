using System;
using System.Linq;
using System.Text.Json;
using Xunit;

namespace Norme48.Cli.Tests.Evaluate;

/// <summary>
/// CONTRACT.md and RULES.md for <c>solicit</c> under <c>ns48-2005</c> ("How decisions cite rules", the solicit
/// bullet): objection first and alone, consent on electronic channels, the client and professional exceptions with
/// the objection offered at collection, opt-out on phone and postal mail; retention facts accepted and ignored.
/// </summary>
public class EvaluateSolicitTests
{
    private static readonly string[] Channels = ["email", "sms", "fax", "automated-call", "phone", "postal"];

    private static readonly string[] ElectronicChannels = ["email", "sms", "fax", "automated-call"];

    private static readonly string[] Audiences = ["consumer", "professional"];

    /// <summary>Question, verdict, the deciding rule.</summary>
    private static readonly (string Question, string Verdict, string Rules)[] Decisions =
    [
        // NS48-PROSP-OBJECTED: cited alone on every channel, whatever the consent, status, audience or offer.
        .. Channels.Select(channel => (
            $$$"""{"ask":"solicit","channel":"{{{channel}}}","audience":"professional","subject":{"status":"client","consent":true,"objected":true,"objectionOfferedAtCollection":true}}""",
            "denied", "NS48-PROSP-OBJECTED")),
        .. Channels.Select(channel => (
            $$$"""{"ask":"solicit","channel":"{{{channel}}}","audience":"consumer","subject":{"status":"prospect","objected":true}}""",
            "denied", "NS48-PROSP-OBJECTED")),

        // NS48-PROSP-E-CONSENT allows an electronic channel with consent, before any exception is looked at.
        .. ElectronicChannels.Select(channel => (
            $$$"""{"ask":"solicit","channel":"{{{channel}}}","audience":"consumer","subject":{"status":"prospect","consent":true}}""",
            "allowed", "NS48-PROSP-E-CONSENT")),
        ("""{"ask":"solicit","channel":"email","audience":"professional","subject":{"status":"client","consent":true}}""", "allowed", "NS48-PROSP-E-CONSENT"),

        // Without consent, a client or a professional: NS48-PROSP-EXCEPTION-OBJECTION allows iff an objection was offered.
        .. ElectronicChannels.Select(channel => (
            $$$"""{"ask":"solicit","channel":"{{{channel}}}","audience":"consumer","subject":{"status":"client","objectionOfferedAtCollection":true}}""",
            "allowed", "NS48-PROSP-EXCEPTION-OBJECTION")),
        .. ElectronicChannels.Select(channel => (
            $$$"""{"ask":"solicit","channel":"{{{channel}}}","audience":"consumer","subject":{"status":"client"}}""",
            "denied", "NS48-PROSP-EXCEPTION-OBJECTION")),
        .. ElectronicChannels.Select(channel => (
            $$$"""{"ask":"solicit","channel":"{{{channel}}}","audience":"professional","subject":{"status":"prospect","objectionOfferedAtCollection":true}}""",
            "allowed", "NS48-PROSP-EXCEPTION-OBJECTION")),
        .. ElectronicChannels.Select(channel => (
            $$$"""{"ask":"solicit","channel":"{{{channel}}}","audience":"professional","subject":{"status":"prospect","objectionOfferedAtCollection":false}}""",
            "denied", "NS48-PROSP-EXCEPTION-OBJECTION")),

        // Both exceptions: the rule is cited once.
        ("""{"ask":"solicit","channel":"email","audience":"professional","subject":{"status":"client","objectionOfferedAtCollection":true}}""", "allowed", "NS48-PROSP-EXCEPTION-OBJECTION"),
        ("""{"ask":"solicit","channel":"sms","audience":"professional","subject":{"status":"client"}}""", "denied", "NS48-PROSP-EXCEPTION-OBJECTION"),

        // The client exception holds whether or not the relationship has ended.
        ("""{"ask":"solicit","channel":"email","audience":"consumer","subject":{"status":"client","relationshipEndedAt":"2020-01-01T00:00:00Z","objectionOfferedAtCollection":true}}""", "allowed", "NS48-PROSP-EXCEPTION-OBJECTION"),
        ("""{"ask":"solicit","channel":"email","audience":"consumer","subject":{"status":"client","events":[{"type":"relationship-end","at":"2020-01-01T00:00:00Z"}],"objectionOfferedAtCollection":true}}""", "allowed", "NS48-PROSP-EXCEPTION-OBJECTION"),

        // A consumer prospect without consent: no exception, NS48-PROSP-E-CONSENT denies (an offered objection does not help).
        .. ElectronicChannels.Select(channel => (
            $$$"""{"ask":"solicit","channel":"{{{channel}}}","audience":"consumer","subject":{"status":"prospect"}}""",
            "denied", "NS48-PROSP-E-CONSENT")),
        ("""{"ask":"solicit","channel":"email","audience":"consumer","subject":{"status":"prospect","objectionOfferedAtCollection":true}}""", "denied", "NS48-PROSP-E-CONSENT"),
        ("""{"ask":"solicit","channel":"email","audience":"consumer","subject":{"status":"prospect","consent":false}}""", "denied", "NS48-PROSP-E-CONSENT"),

        // Phone and postal mail: NS48-PROSP-OPT-OUT allows, whatever the consent, status or audience.
        .. new[] { "phone", "postal" }.SelectMany(channel => Audiences.SelectMany(audience => new[] { "client", "prospect" }.Select(status => (
            $$$"""{"ask":"solicit","channel":"{{{channel}}}","audience":"{{{audience}}}","subject":{"status":"{{{status}}}"}}""",
            "allowed", "NS48-PROSP-OPT-OUT")))),
        ("""{"ask":"solicit","channel":"phone","audience":"consumer","subject":{"status":"prospect","consent":true,"objectionOfferedAtCollection":true}}""", "allowed", "NS48-PROSP-OPT-OUT"),

        // at is optional and unused under ns48-2005 (telephone consent belongs to ref-2021); null counts as absent.
        ("""{"ask":"solicit","channel":"phone","audience":"consumer","subject":{"status":"prospect"},"at":"2026-09-01T10:00:00+02:00"}""", "allowed", "NS48-PROSP-OPT-OUT"),
        ("""{"ask":"solicit","channel":"email","audience":"consumer","subject":{"status":"prospect","consent":true},"at":"2025-06-01T00:00:00Z"}""", "allowed", "NS48-PROSP-E-CONSENT"),
        ("""{"ask":"solicit","channel":"email","audience":"consumer","subject":{"status":"prospect"},"at":null}""", "denied", "NS48-PROSP-E-CONSENT"),
        ("""{"ask":"solicit","channel":"email","audience":"consumer","subject":{"status":"prospect","consent":null,"objected":null,"objectionOfferedAtCollection":null}}""", "denied", "NS48-PROSP-E-CONSENT"),

        // Retention facts (and keys of later editions) are accepted and ignored; solicit needs only status and the flags.
        ("""{"ask":"solicit","channel":"email","audience":"consumer","subject":{"status":"prospect","consent":true,"collectedAt":"2020-01-01T00:00:00Z","lastContactAt":"2020-02-01T00:00:00Z","unansweredSolicitations":5,"relationshipEndedAt":"2019-01-01T00:00:00Z","usedForProspecting":true,"analogousProducts":true,"answerWindowDays":30}}""", "allowed", "NS48-PROSP-E-CONSENT"),
        ("""{"ask":"solicit","channel":"sms","audience":"consumer","subject":{"status":"prospect","consent":true,"collectedAt":"2020-01-01T00:00:00Z","events":[{"type":"solicitation","at":"2020-02-01T00:00:00Z"},{"type":"solicitation","at":"2020-03-01T00:00:00Z"},{"type":"email-open","at":"2020-03-02T00:00:00Z"}]}}""", "allowed", "NS48-PROSP-E-CONSENT"),
        ("""{"ask":"solicit","channel":"postal","audience":"consumer","subject":{"status":"prospect","collectedAt":"2030-01-01T00:00:00Z"},"at":"2025-06-01T00:00:00Z"}""", "allowed", "NS48-PROSP-OPT-OUT"),
        ("""{"ask":"solicit","channel":"fax","audience":"professional","subject":{"status":"client","unansweredSolicitations":9,"objectionOfferedAtCollection":true}}""", "allowed", "NS48-PROSP-EXCEPTION-OBJECTION"),

        // Outside the norm's sectors: NS48-SCOPE-SECTOR alone, the objection included.
        ("""{"ask":"solicit","channel":"email","audience":"consumer","subject":{"status":"prospect","consent":true},"sector":"health"}""", "denied", "NS48-SCOPE-SECTOR"),
        ("""{"ask":"solicit","channel":"postal","audience":"consumer","subject":{"status":"client","objected":true},"sector":"banking"}""", "denied", "NS48-SCOPE-SECTOR"),

        // edition on the line.
        ("""{"ask":"solicit","channel":"phone","audience":"professional","subject":{"status":"client"},"edition":"ns48-2005"}""", "allowed", "NS48-PROSP-OPT-OUT"),
        ("""{"ask":"solicit","channel":"phone","audience":"professional","subject":{"status":"prospect"},"at":"2010-06-01T00:00:00Z","edition":"in-force"}""", "allowed", "NS48-PROSP-OPT-OUT"),
    ];

    /// <summary>A bad question and the fragments its error must contain (the key with its path, first).</summary>
    private static readonly (string Question, string[] Fragments)[] Errors =
    [
        // Closed vocabularies list the accepted values.
        ("""{"ask":"solicit","channel":"letter","audience":"consumer","subject":{"status":"prospect"}}""", ["channel", .. Channels]),
        ("""{"ask":"solicit","channel":"Email","audience":"consumer","subject":{"status":"prospect"}}""", ["channel", .. Channels]),
        ("""{"ask":"solicit","channel":"e-mail","audience":"consumer","subject":{"status":"prospect"}}""", ["channel", .. Channels]),
        ("""{"ask":"solicit","channel":"email","audience":"business","subject":{"status":"prospect"}}""", ["audience", .. Audiences]),
        ("""{"ask":"solicit","channel":"email","audience":"b2b","subject":{"status":"prospect"}}""", ["audience", .. Audiences]),
        ("""{"ask":"solicit","channel":"email","audience":"consumer","subject":{"status":"lead"}}""", ["subject.status", "client", "prospect"]),

        // Required keys and types.
        ("""{"ask":"solicit","audience":"consumer","subject":{"status":"prospect"}}""", ["channel"]),
        ("""{"ask":"solicit","channel":null,"audience":"consumer","subject":{"status":"prospect"}}""", ["channel"]),
        ("""{"ask":"solicit","channel":"email","subject":{"status":"prospect"}}""", ["audience"]),
        ("""{"ask":"solicit","channel":"email","audience":"consumer"}""", ["subject"]),
        ("""{"ask":"solicit","channel":"email","audience":"consumer","subject":{}}""", ["subject.status"]),
        ("""{"ask":"solicit","channel":["email"],"audience":"consumer","subject":{"status":"prospect"}}""", ["channel"]),
        ("""{"ask":"solicit","channel":"email","audience":1,"subject":{"status":"prospect"}}""", ["audience"]),
        ("""{"ask":"solicit","channel":"email","audience":"consumer","subject":{"status":"prospect","consent":"yes"}}""", ["subject.consent"]),
        ("""{"ask":"solicit","channel":"email","audience":"consumer","subject":{"status":"prospect","objected":1}}""", ["subject.objected"]),
        ("""{"ask":"solicit","channel":"email","audience":"consumer","subject":{"status":"prospect","objectionOfferedAtCollection":"true"}}""", ["subject.objectionOfferedAtCollection"]),

        // at: an instant with an offset, within the range.
        ("""{"ask":"solicit","channel":"email","audience":"consumer","subject":{"status":"prospect"},"at":"2025-06-01T00:00:00"}""", ["at"]),
        ("""{"ask":"solicit","channel":"email","audience":"consumer","subject":{"status":"prospect"},"at":"9999-01-01T00:00:00Z"}""", ["at"]),
        ("""{"ask":"solicit","channel":"email","audience":"consumer","subject":{"status":"prospect"},"at":true}""", ["at"]),

        // Unknown and repeated keys, keys of other asks.
        ("""{"ask":"solicit","channel":"email","audience":"consumer","subject":{"status":"prospect"},"now":"2025-06-01T00:00:00Z"}""", ["now"]),
        ("""{"ask":"solicit","channel":"email","audience":"consumer","subject":{"status":"prospect"},"field":"email-address"}""", ["field"]),
        ("""{"ask":"solicit","channel":"email","audience":"consumer","subject":{"status":"prospect"},"proof":true}""", ["proof"]),
        ("""{"ask":"solicit","channel":"email","audience":"consumer","subject":{"status":"prospect"},"items":[]}""", ["items"]),
        ("""{"ask":"solicit","channel":"email","audience":"consumer","subject":{"status":"prospect","optIn":true}}""", ["subject.optIn"]),
        ("""{"ask":"solicit","channel":"email","audience":"consumer","subject":{"status":"prospect","consent":true,"consent":false}}""", ["subject.consent"]),
        ("""{"ask":"solicit","channel":"email","channel":"sms","audience":"consumer","subject":{"status":"prospect"}}""", ["channel"]),

        // The subject is read as for retention: events are checked, and replace the flat facts.
        ("""{"ask":"solicit","channel":"email","audience":"consumer","subject":{"status":"prospect","events":[{"type":"reconfirmation-yes","at":"2025-02-01T10:00:00Z"}]}}""", ["reconfirmation-yes", "ns48-2016", "ref-2021"]),
        ("""{"ask":"solicit","channel":"email","audience":"consumer","subject":{"status":"prospect","events":[{"type":"click","at":"2025-02-01T10:00:00Z"}]}}""", ["subject.events[0].type"]),
        ("""{"ask":"solicit","channel":"email","audience":"consumer","subject":{"status":"prospect","lastContactAt":"2025-02-01T10:00:00Z","events":[]}}""", ["lastContactAt", "events"]),
        ("""{"ask":"solicit","channel":"email","audience":"consumer","subject":{"status":"prospect","unansweredSolicitations":2.0}}""", ["subject.unansweredSolicitations"]),

        // in-force needs at, and an edition in force at it (none in 2019).
        ("""{"ask":"solicit","channel":"phone","audience":"consumer","subject":{"status":"prospect"},"edition":"in-force"}""", ["in-force"]),
        ("""{"ask":"solicit","channel":"phone","audience":"consumer","subject":{"status":"prospect"},"at":"2019-06-01T00:00:00Z","edition":"in-force"}""", ["No edition was in force", "2019-06-01T00:00:00Z"]),
    ];

    private static readonly QuestionBatch Batch = new([.. Decisions.Select(row => row.Question), .. Errors.Select(row => row.Question)]);

    public static TheoryData<string, string, string> DecisionRows => Rows.Of(Decisions);

    public static TheoryData<string> ErrorRows => new(Errors.Select(row => row.Question));

    [Theory]
    [MemberData(nameof(DecisionRows))]
    public void Evaluate_Solicit_DecidedAsRulesMdSays(string question, string verdict, string rules)
    {
        JsonElement answer = Batch.AnswerTo(question);

        AnswerAssert.Decision(answer, verdict, AnswerAssert.Split(rules));
        Assert.Empty(AnswerAssert.Obligations(answer));
    }

    [Theory]
    [MemberData(nameof(ErrorRows))]
    public void Evaluate_BadSolicitQuestion_ErrorLineNamingTheKey(string question)
    {
        string[] fragments = Errors.Single(row => row.Question == question).Fragments;

        JsonElement answer = Batch.AnswerTo(question);

        AnswerAssert.Error(answer, fragments);
    }

    [Fact]
    public void Evaluate_SolicitBatch_OneAnswerPerQuestionAndExitCodeOne()
    {
        CliResult result = Batch.Result;

        Assert.Equal(Enumerable.Range(1, Batch.Count).ToArray(), result.Answers.Select(a => a.GetProperty("line").GetInt32()).ToArray());
        Assert.Equal(1, result.ExitCode);
    }

    [Fact]
    public void Evaluate_SolicitWithRecommendationsAdvise_SameAnswers()
    {
        string[] questions = Decisions.Select(row => row.Question).ToArray();

        CliResult advise = CliRunner.EvaluateLines(questions, "--recommendations", "advise");

        // The batch starts with the same questions, so its first lines are the enforce-mode answers.
        Assert.Equal(Batch.Result.Lines.Take(questions.Length), advise.Lines);
        Assert.Equal(0, advise.ExitCode);
    }
}
