using System;
using System.Linq;
using System.Text.Json;
using Xunit;

namespace Norme48.Cli.Tests.Evaluate;

/// <summary>
/// <c>--edition in-force</c> (CONTRACT.md, "Stream"; RULES.md, "Choosing an edition by date"): the edition in force at
/// the Europe/Paris local date of <c>now</c> (retention) or <c>at</c> (solicit); ns48-2005 from 2005-06-07 to
/// 2012-07-12, ns48-2016 (not implemented yet) to 2018-05-24, none to 2022-04-09, then ref-2021 (not implemented yet).
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

    /// <summary>Instants under ns48-2016 or ref-2021: an error line saying the edition is not implemented yet.</summary>
    private static readonly (string Question, string Edition)[] NotImplemented =
    [
        ("""{"ask":"retention","field":"last-name","subject":{"status":"client"},"now":"2012-07-12T22:00:00Z"}""", "ns48-2016"),
        ("""{"ask":"retention","field":"last-name","subject":{"status":"client"},"now":"2015-06-01T00:00:00Z"}""", "ns48-2016"),
        ("""{"ask":"retention","field":"last-name","subject":{"status":"client"},"now":"2018-05-24T21:59:59Z"}""", "ns48-2016"),
        ("""{"ask":"retention","field":"last-name","subject":{"status":"client"},"now":"2022-04-09T22:00:00Z"}""", "ref-2021"),
        ("""{"ask":"retention","field":"last-name","subject":{"status":"client"},"now":"2025-06-01T00:00:00Z"}""", "ref-2021"),
        ("""{"ask":"solicit","channel":"phone","audience":"consumer","subject":{"status":"prospect"},"at":"2015-06-01T00:00:00Z"}""", "ns48-2016"),
    ];

    /// <summary>Instants when no edition was in force: an error line, which says so (not "not implemented").</summary>
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
            .. NotImplemented.Select(row => row.Question),
            .. NoneInForce,
            SolicitIn2010,
            SolicitWithoutAt,
            NoticeInForce,
            NoticeNamingItsEdition,
        ],
        "--edition", "in-force");

    public static TheoryData<string, string, string, string> AnsweredRows => Rows.Of(Answered);

    public static TheoryData<string, string> NotImplementedRows => Rows.Of(NotImplemented);

    public static TheoryData<string> NoneInForceRows => new(NoneInForce);

    [Theory]
    [MemberData(nameof(AnsweredRows))]
    public void Evaluate_RetentionInForceWhileNs48Of2005Was_AnsweredUnderIt(string question, string verdict, string until, string rules)
    {
        JsonElement answer = Batch.AnswerTo(question);

        AnswerAssert.Retention(answer, verdict, until.Length == 0 ? null : until, null, AnswerAssert.Split(rules));
    }

    [Theory]
    [MemberData(nameof(NotImplementedRows))]
    public void Evaluate_InForceWhenALaterEditionWas_ErrorSayingItIsNotImplemented(string question, string edition)
    {
        JsonElement answer = Batch.AnswerTo(question);

        AnswerAssert.Error(answer, edition, "not implemented");
    }

    [Theory]
    [MemberData(nameof(NoneInForceRows))]
    public void Evaluate_InForceWhenNoEditionWas_ErrorSayingNoneWasInForce(string question)
    {
        JsonElement answer = Batch.AnswerTo(question);

        string message = AnswerAssert.Error(answer, "in force");
        Assert.DoesNotContain("not implemented", message, StringComparison.Ordinal);
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
