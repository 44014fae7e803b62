using System;
using System.Linq;
using System.Text.Json;
using Xunit;

namespace Norme48.Cli.Tests.Evaluate;

/// <summary>
/// <c>--edition in-force</c> (CONTRACT.md, "Stream"; RULES.md, "Choosing an edition by date"): the edition in force at
/// the Europe/Paris local date of <c>now</c> (retention) or <c>at</c> (solicit); ns48-2005 from 2005-06-07 to
/// 2012-07-12, ns48-2016 to 2018-05-24 (with an edition note before 2016-09-14), none to 2022-04-09, then ref-2021.
/// </summary>
public class EvaluateInForceTests
{
    /// <summary>Retention questions whose <c>now</c> falls under ns48-2005, and their answer.</summary>
    private static readonly (string Question, string Verdict, string Until, string Rules)[] Answered =
    [
        ("""{"ask":"retention","field":"last-name","subject":{"status":"client"},"now":"2010-06-01T00:00:00Z"}""", "keep", "", "NS48-RET-CLIENT"),
        ("""{"ask":"retention","field":"last-name","subject":{"status":"prospect","collectedAt":"2010-01-15T09:00:00Z"},"now":"2010-06-01T00:00:00Z"}""", "keep", "2011-01-15T09:00:00Z", "NS48-RET-PROSPECT-1Y"),

        // The first and last Paris days of ns48-2005: 2005-06-07 00:00 CEST and 2012-07-12 23:59:59 CEST.
        ("""{"ask":"retention","field":"last-name","subject":{"status":"client"},"now":"2005-06-06T22:00:00Z"}""", "keep", "", "NS48-RET-CLIENT"),
        ("""{"ask":"retention","field":"last-name","subject":{"status":"client"},"now":"2012-07-12T21:59:59Z"}""", "keep", "", "NS48-RET-CLIENT"),
        ("""{"ask":"retention","field":"last-name","subject":{"status":"client"},"now":"2012-07-12T23:59:59+02:00"}""", "keep", "", "NS48-RET-CLIENT"),
    ];

    /// <summary>
    /// Instants under ns48-2016 or ref-2021: answered under that edition (a client's field is kept while the relationship
    /// lasts; telephone to a consumer is opt-out), with an <c>edition-note</c> advisory before 2016-09-14 (Paris).
    /// </summary>
    private static readonly (string Question, string Edition, string Rules, bool EditionNote)[] LaterEditions =
    [
        // 2012-07-12T22:00Z is 2012-07-13 00:00 CEST: the first Paris day of ns48-2016, under its 2012 text.
        ("""{"ask":"retention","field":"last-name","subject":{"status":"client"},"now":"2012-07-12T22:00:00Z"}""", "ns48-2016", "NS48-RET-CLIENT", true),
        ("""{"ask":"retention","field":"last-name","subject":{"status":"client"},"now":"2015-06-01T00:00:00Z"}""", "ns48-2016", "NS48-RET-CLIENT", true),

        // 2016-09-13T21:59:59Z is 23:59:59 CEST, the last day before the 2016 amendment; 22:00Z is 2016-09-14 00:00.
        ("""{"ask":"retention","field":"last-name","subject":{"status":"client"},"now":"2016-09-13T21:59:59Z"}""", "ns48-2016", "NS48-RET-CLIENT", true),
        ("""{"ask":"retention","field":"last-name","subject":{"status":"client"},"now":"2016-09-13T22:00:00Z"}""", "ns48-2016", "NS48-RET-CLIENT", false),

        // 2018-05-24T21:59:59Z is 23:59:59 CEST, the last day of ns48-2016.
        ("""{"ask":"retention","field":"last-name","subject":{"status":"client"},"now":"2018-05-24T21:59:59Z"}""", "ns48-2016", "NS48-RET-CLIENT", false),

        // 2022-04-09T22:00Z is 2022-04-10 00:00 CEST: the first day of ref-2021.
        ("""{"ask":"retention","field":"last-name","subject":{"status":"client"},"now":"2022-04-09T22:00:00Z"}""", "ref-2021", "NS48-RET-CLIENT", false),
        ("""{"ask":"retention","field":"last-name","subject":{"status":"client"},"now":"2023-06-01T00:00:00Z"}""", "ref-2021", "NS48-RET-CLIENT", false),
        ("""{"ask":"retention","field":"last-name","subject":{"status":"client"},"now":"2025-06-01T00:00:00Z"}""", "ref-2021", "NS48-RET-CLIENT", false),
        ("""{"ask":"solicit","channel":"phone","audience":"consumer","subject":{"status":"prospect"},"at":"2015-06-01T00:00:00Z"}""", "ns48-2016", "NS48-PROSP-OPT-OUT", true),
        ("""{"ask":"solicit","channel":"phone","audience":"consumer","subject":{"status":"prospect"},"at":"2017-06-01T00:00:00Z"}""", "ns48-2016", "NS48-PROSP-OPT-OUT", false),
        ("""{"ask":"solicit","channel":"phone","audience":"consumer","subject":{"status":"prospect"},"at":"2023-06-01T00:00:00Z"}""", "ref-2021", "NS48-PROSP-OPT-OUT", false),
    ];

    /// <summary>Instants when no edition was in force: an error line, which says so.</summary>
    private static readonly string[] NoneInForce =
    [
        """{"ask":"retention","field":"last-name","subject":{"status":"client"},"now":"2005-06-06T21:59:59Z"}""",
        """{"ask":"retention","field":"last-name","subject":{"status":"client"},"now":"2000-01-01T00:00:00Z"}""",
        """{"ask":"retention","field":"last-name","subject":{"status":"client"},"now":"2018-05-24T22:00:00Z"}""",
        """{"ask":"retention","field":"last-name","subject":{"status":"client"},"now":"2020-01-01T00:00:00Z"}""",
        """{"ask":"retention","field":"last-name","subject":{"status":"client"},"now":"2022-04-09T21:59:59Z"}""",
        """{"ask":"solicit","channel":"phone","audience":"consumer","subject":{"status":"prospect"},"at":"2020-01-01T00:00:00Z"}""",
    ];

    private const string SolicitIn2010 =
        """{"ask":"solicit","channel":"email","audience":"consumer","subject":{"status":"prospect","consent":true},"at":"2010-06-01T00:00:00Z"}""";

    private const string SolicitWithoutAt = """{"ask":"solicit","channel":"email","audience":"consumer","subject":{"status":"prospect","consent":true}}""";

    private const string NoticeInForce = """{"ask":"notice","items":["rights"]}""";

    private const string NoticeNamingItsEdition =
        """{"ask":"notice","items":["controller-identity","purposes","mandatory-or-optional","consequences-of-no-answer","recipients","rights"],"edition":"ns48-2005"}""";

    private static readonly QuestionBatch Batch = new(
        [
            .. Answered.Select(row => row.Question),
            .. LaterEditions.Select(row => row.Question),
            .. NoneInForce,
            SolicitIn2010,
            SolicitWithoutAt,
            NoticeInForce,
            NoticeNamingItsEdition,
        ],
        "--edition", "in-force");

    public static TheoryData<string, string, string, string> AnsweredRows => Rows.Of(Answered);

    public static TheoryData<string> LaterEditionRows => new(LaterEditions.Select(row => row.Question));

    public static TheoryData<string> NoneInForceRows => new(NoneInForce);

    [Theory]
    [MemberData(nameof(AnsweredRows))]
    public void Evaluate_RetentionInForceWhileNs48Of2005Was_AnsweredUnderIt(string question, string verdict, string until, string rules)
    {
        JsonElement answer = Batch.AnswerTo(question);

        AnswerAssert.Retention(answer, verdict, until.Length == 0 ? null : until, null, AnswerAssert.Split(rules));
    }

    [Theory]
    [MemberData(nameof(LaterEditionRows))]
    public void Evaluate_InForceWhenALaterEditionWas_AnsweredUnderIt(string question)
    {
        var row = LaterEditions.Single(r => r.Question == question);

        JsonElement answer = Batch.AnswerTo(question);

        if (question.Contains("\"retention\"", StringComparison.Ordinal))
        {
            AnswerAssert.RetentionIn(answer, row.Edition, "keep", null, null, row.Rules);
        }
        else
        {
            AnswerAssert.DecisionIn(answer, row.Edition, "allowed", row.Rules);
        }

        string[] advisories = AnswerAssert.EditionAdvisories(answer);
        Assert.Equal(row.EditionNote ? [$"edition-note/{row.Rules}@"] : [], advisories);
    }

    [Theory]
    [MemberData(nameof(NoneInForceRows))]
    public void Evaluate_InForceWhenNoEditionWas_ErrorSayingNoneWasInForce(string question)
    {
        JsonElement answer = Batch.AnswerTo(question);

        AnswerAssert.Error(answer, "No edition was in force");
    }

    [Fact]
    public void Evaluate_SolicitInForceAtAnInstantOf2010_AnsweredUnderNs48Of2005()
    {
        JsonElement answer = Batch.AnswerTo(SolicitIn2010);

        AnswerAssert.Decision(answer, "allowed", "NS48-PROSP-E-CONSENT");
    }

    [Fact]
    public void Evaluate_SolicitInForceWithoutAt_ErrorLine()
    {
        JsonElement answer = Batch.AnswerTo(SolicitWithoutAt);

        AnswerAssert.Error(answer, "in-force");
    }

    [Fact]
    public void Evaluate_NoticeInForce_ErrorLineUnlessTheLineNamesAnEdition()
    {
        JsonElement inForce = Batch.AnswerTo(NoticeInForce);
        JsonElement named = Batch.AnswerTo(NoticeNamingItsEdition);

        AnswerAssert.Error(inForce, "in-force");
        AnswerAssert.Notice(named, "compliant", [], []);
    }

    [Fact]
    public void Evaluate_InForceBatch_OneAnswerPerQuestionAndExitCodeOne()
    {
        CliResult result = Batch.Result;

        Assert.Equal(Enumerable.Range(1, Batch.Count).ToArray(), result.Answers.Select(a => a.GetProperty("line").GetInt32()).ToArray());
        Assert.Equal(1, result.ExitCode);
    }
}
