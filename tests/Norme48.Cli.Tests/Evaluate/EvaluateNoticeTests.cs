using System;
using System.Linq;
using System.Text.Json;
using Xunit;

namespace Norme48.Cli.Tests.Evaluate;

/// <summary>
/// CONTRACT.md and RULES.md for <c>notice</c> under <c>ns48-2005</c>: violations in catalogue order (the six items in
/// their listed order, then objection-notice, consent-checkbox, trackers-notice), rules as the distinct rules of the
/// violations, the consent checkbox's three values and its absence, and out-of-scope sectors.
/// </summary>
public class EvaluateNoticeTests
{
    private const string Notice = "NS48-INFO-NOTICE";
    private const string Objection = "NS48-INFO-PROSPECTING-OBJECTION";
    private const string Checkbox = "NS48-PROSP-CHECKBOX";
    private const string Cookies = "NS48-INFO-COOKIES";

    /// <summary>The six items, in the order CONTRACT.md lists them.</summary>
    private static readonly string[] Items =
        ["controller-identity", "purposes", "mandatory-or-optional", "consequences-of-no-answer", "recipients", "rights"];

    private const string AllSix =
        """["controller-identity","purposes","mandatory-or-optional","consequences-of-no-answer","recipients","rights"]""";

    /// <summary>Question, verdict, violations as <c>rule:item</c> (space-separated, in order), rules (space-separated, in order).</summary>
    private static readonly (string Question, string Verdict, string Violations, string Rules)[] Decisions =
    [
        // All six items: compliant, with empty violations and rules; order and duplicates do not matter.
        ($$"""{"ask":"notice","items":{{AllSix}}}""", "compliant", "", ""),
        ("""{"ask":"notice","items":["rights","recipients","consequences-of-no-answer","mandatory-or-optional","purposes","controller-identity"]}""", "compliant", "", ""),
        ("""{"ask":"notice","items":["rights","rights","purposes","controller-identity","purposes","mandatory-or-optional","consequences-of-no-answer","recipients","controller-identity"]}""", "compliant", "", ""),

        // NS48-INFO-NOTICE: one violation per missing item, in the listed order whatever the order given.
        ("""{"ask":"notice","items":[]}""", "non-compliant",
            "NS48-INFO-NOTICE:controller-identity NS48-INFO-NOTICE:purposes NS48-INFO-NOTICE:mandatory-or-optional NS48-INFO-NOTICE:consequences-of-no-answer NS48-INFO-NOTICE:recipients NS48-INFO-NOTICE:rights",
            Notice),
        ("""{"ask":"notice","items":["rights","purposes","controller-identity"]}""", "non-compliant",
            "NS48-INFO-NOTICE:mandatory-or-optional NS48-INFO-NOTICE:consequences-of-no-answer NS48-INFO-NOTICE:recipients", Notice),
        ("""{"ask":"notice","items":["recipients","recipients","rights","rights"]}""", "non-compliant",
            "NS48-INFO-NOTICE:controller-identity NS48-INFO-NOTICE:purposes NS48-INFO-NOTICE:mandatory-or-optional NS48-INFO-NOTICE:consequences-of-no-answer", Notice),
        ("""{"ask":"notice","items":["controller-identity","purposes","mandatory-or-optional","consequences-of-no-answer","recipients"]}""", "non-compliant",
            "NS48-INFO-NOTICE:rights", Notice),

        // NS48-INFO-PROSPECTING-OBJECTION: only where data are used for prospecting.
        ($$"""{"ask":"notice","items":{{AllSix}},"prospecting":true}""", "non-compliant", "NS48-INFO-PROSPECTING-OBJECTION:objection-notice", Objection),
        ($$"""{"ask":"notice","items":{{AllSix}},"prospecting":true,"objectionNotice":false}""", "non-compliant", "NS48-INFO-PROSPECTING-OBJECTION:objection-notice", Objection),
        // (With prospecting and no consentCheckbox key, the checkbox is not assessed.)
        ($$"""{"ask":"notice","items":{{AllSix}},"prospecting":true,"objectionNotice":true}""", "compliant", "", ""),
        ($$"""{"ask":"notice","items":{{AllSix}},"objectionNotice":true}""", "compliant", "", ""),
        ($$"""{"ask":"notice","items":{{AllSix}},"prospecting":false,"objectionNotice":false}""", "compliant", "", ""),

        // NS48-PROSP-CHECKBOX: absent is not assessed; none is a violation only with prospecting; pre-ticked always.
        ($$"""{"ask":"notice","items":{{AllSix}},"prospecting":true,"objectionNotice":true,"consentCheckbox":"none"}""", "non-compliant", "NS48-PROSP-CHECKBOX:consent-checkbox", Checkbox),
        ($$"""{"ask":"notice","items":{{AllSix}},"consentCheckbox":"none"}""", "compliant", "", ""),
        ($$"""{"ask":"notice","items":{{AllSix}},"prospecting":false,"consentCheckbox":"none"}""", "compliant", "", ""),
        ($$"""{"ask":"notice","items":{{AllSix}},"prospecting":true,"objectionNotice":true,"consentCheckbox":"unticked"}""", "compliant", "", ""),
        ($$"""{"ask":"notice","items":{{AllSix}},"consentCheckbox":"unticked"}""", "compliant", "", ""),
        ($$"""{"ask":"notice","items":{{AllSix}},"consentCheckbox":"pre-ticked"}""", "non-compliant", "NS48-PROSP-CHECKBOX:consent-checkbox", Checkbox),
        ($$"""{"ask":"notice","items":{{AllSix}},"prospecting":true,"objectionNotice":true,"consentCheckbox":"pre-ticked"}""", "non-compliant", "NS48-PROSP-CHECKBOX:consent-checkbox", Checkbox),
        ($$"""{"ask":"notice","items":{{AllSix}},"prospecting":true,"objectionNotice":true,"consentCheckbox":null}""", "compliant", "", ""),
        ($$"""{"ask":"notice","items":{{AllSix}},"prospecting":null,"consentCheckbox":"none"}""", "compliant", "", ""),

        // NS48-INFO-COOKIES: only where trackers are used.
        ($$"""{"ask":"notice","items":{{AllSix}},"trackers":true}""", "non-compliant", "NS48-INFO-COOKIES:trackers-notice", Cookies),
        ($$"""{"ask":"notice","items":{{AllSix}},"trackers":true,"trackersNotice":true}""", "compliant", "", ""),
        ($$"""{"ask":"notice","items":{{AllSix}},"trackersNotice":true}""", "compliant", "", ""),

        // Several rules: violations in catalogue order, rules the distinct rules in the same order.
        ($$"""{"ask":"notice","items":{{AllSix}},"prospecting":true,"consentCheckbox":"none"}""", "non-compliant",
            "NS48-INFO-PROSPECTING-OBJECTION:objection-notice NS48-PROSP-CHECKBOX:consent-checkbox", $"{Objection} {Checkbox}"),
        ("""{"ask":"notice","trackers":true,"consentCheckbox":"pre-ticked","prospecting":true,"items":["purposes","controller-identity","consequences-of-no-answer","mandatory-or-optional"]}""", "non-compliant",
            "NS48-INFO-NOTICE:recipients NS48-INFO-NOTICE:rights NS48-INFO-PROSPECTING-OBJECTION:objection-notice NS48-PROSP-CHECKBOX:consent-checkbox NS48-INFO-COOKIES:trackers-notice",
            $"{Notice} {Objection} {Checkbox} {Cookies}"),
        ("""{"ask":"notice","items":[],"prospecting":true,"consentCheckbox":"none","trackers":true}""", "non-compliant",
            "NS48-INFO-NOTICE:controller-identity NS48-INFO-NOTICE:purposes NS48-INFO-NOTICE:mandatory-or-optional NS48-INFO-NOTICE:consequences-of-no-answer NS48-INFO-NOTICE:recipients NS48-INFO-NOTICE:rights NS48-INFO-PROSPECTING-OBJECTION:objection-notice NS48-PROSP-CHECKBOX:consent-checkbox NS48-INFO-COOKIES:trackers-notice",
            $"{Notice} {Objection} {Checkbox} {Cookies}"),
        ("""{"ask":"notice","items":["rights"],"trackers":true,"objectionNotice":true}""", "non-compliant",
            "NS48-INFO-NOTICE:controller-identity NS48-INFO-NOTICE:purposes NS48-INFO-NOTICE:mandatory-or-optional NS48-INFO-NOTICE:consequences-of-no-answer NS48-INFO-NOTICE:recipients NS48-INFO-COOKIES:trackers-notice",
            $"{Notice} {Cookies}"),

        // edition on the line.
        ($$"""{"ask":"notice","items":{{AllSix}},"edition":"ns48-2005"}""", "compliant", "", ""),
    ];

    /// <summary>Outside the norm's sectors: out-of-scope, no violations key, NS48-SCOPE-SECTOR alone.</summary>
    private static readonly string[] OutOfScope =
    [
        """{"ask":"notice","items":[],"prospecting":true,"consentCheckbox":"pre-ticked","trackers":true,"sector":"health"}""",
        $$"""{"ask":"notice","items":{{AllSix}},"sector":"banking"}""",
        """{"ask":"notice","items":["rights"],"sector":"education"}""",
        """{"ask":"notice","items":["rights"],"sector":"insurance","sectorConfirmed":true}""",
    ];

    /// <summary>A bad question and the fragments its error must contain (the key with its path, first).</summary>
    private static readonly (string Question, string[] Fragments)[] Errors =
    [
        // An unknown item names its position and lists the six items.
        ("""{"ask":"notice","items":["privacy"]}""", ["items[0]", .. Items]),
        ("""{"ask":"notice","items":["rights","dpo-contact"]}""", ["items[1]", .. Items]),
        ("""{"ask":"notice","items":["Rights"]}""", ["items[0]", .. Items]),
        ("""{"ask":"notice","items":["objection-notice"]}""", ["items[0]", .. Items]),

        // items: a required array of strings.
        ("""{"ask":"notice","items":"rights"}""", ["items"]),
        ("""{"ask":"notice","items":{"rights":true}}""", ["items"]),
        ("""{"ask":"notice","items":6}""", ["items"]),
        ("""{"ask":"notice"}""", ["items"]),
        ("""{"ask":"notice","items":null}""", ["items"]),
        ("""{"ask":"notice","items":[1]}""", ["items[0]"]),
        ("""{"ask":"notice","items":["rights",null]}""", ["items[1]"]),
        ("""{"ask":"notice","items":[["rights"]]}""", ["items[0]"]),

        // consentCheckbox: a closed vocabulary; the flags are booleans.
        ("""{"ask":"notice","items":[],"consentCheckbox":"checked"}""", ["consentCheckbox", "none", "unticked", "pre-ticked"]),
        ("""{"ask":"notice","items":[],"consentCheckbox":"preticked"}""", ["consentCheckbox", "none", "unticked", "pre-ticked"]),
        ("""{"ask":"notice","items":[],"consentCheckbox":true}""", ["consentCheckbox"]),
        ("""{"ask":"notice","items":[],"prospecting":"yes"}""", ["prospecting"]),
        ("""{"ask":"notice","items":[],"objectionNotice":1}""", ["objectionNotice"]),
        ("""{"ask":"notice","items":[],"trackers":"true"}""", ["trackers"]),
        ("""{"ask":"notice","items":[],"trackersNotice":[]}""", ["trackersNotice"]),

        // Unknown and repeated keys, keys of other asks.
        ("""{"ask":"notice","items":[],"objectionNotices":true}""", ["objectionNotices"]),
        ("""{"ask":"notice","items":[],"subject":{"status":"client"}}""", ["subject"]),
        ("""{"ask":"notice","items":[],"now":"2025-06-01T00:00:00Z"}""", ["now"]),
        ("""{"ask":"notice","items":[],"at":"2025-06-01T00:00:00Z"}""", ["at"]),
        ("""{"ask":"notice","items":[],"items":["rights"]}""", ["items"]),

        // notice has no instant: in-force cannot choose an edition.
        ($$"""{"ask":"notice","items":{{AllSix}},"edition":"in-force"}""", ["in-force"]),
        ($$"""{"ask":"notice","items":{{AllSix}},"edition":"in-force","sector":"retail"}""", ["in-force", "notice"]),
    ];

    private static readonly QuestionBatch Batch = new(
        [.. Decisions.Select(row => row.Question), .. OutOfScope, .. Errors.Select(row => row.Question)]);

    public static TheoryData<string, string, string, string> DecisionRows => Rows.Of(Decisions);

    public static TheoryData<string> OutOfScopeRows => new(OutOfScope);

    public static TheoryData<string> ErrorRows => new(Errors.Select(row => row.Question));

    [Theory]
    [MemberData(nameof(DecisionRows))]
    public void Evaluate_Notice_ViolationsAndRulesInCatalogueOrder(string question, string verdict, string violations, string rules)
    {
        JsonElement answer = Batch.AnswerTo(question);

        AnswerAssert.Notice(answer, verdict, AnswerAssert.Split(violations), AnswerAssert.Split(rules));
    }

    [Theory]
    [MemberData(nameof(OutOfScopeRows))]
    public void Evaluate_NoticeOutsideTheNorm_OutOfScopeWithoutViolations(string question)
    {
        JsonElement answer = Batch.AnswerTo(question);

        AnswerAssert.Notice(answer, "out-of-scope", null, "NS48-SCOPE-SECTOR");
    }

    [Theory]
    [MemberData(nameof(ErrorRows))]
    public void Evaluate_BadNoticeQuestion_ErrorLineNamingTheKey(string question)
    {
        string[] fragments = Errors.Single(row => row.Question == question).Fragments;

        JsonElement answer = Batch.AnswerTo(question);

        AnswerAssert.Error(answer, fragments);
    }

    [Fact]
    public void Evaluate_CompliantNotice_EmptyViolationsAndRulesWrittenAsEmptyArrays()
    {
        JsonElement answer = Batch.AnswerTo($$"""{"ask":"notice","items":{{AllSix}}}""");

        Assert.Equal("[]", answer.GetProperty("violations").GetRawText());
        Assert.Equal("[]", answer.GetProperty("rules").GetRawText());
    }

    [Fact]
    public void Evaluate_NoticeBatch_OneAnswerPerQuestionAndExitCodeOne()
    {
        CliResult result = Batch.Result;

        Assert.Equal(Enumerable.Range(1, Batch.Count).ToArray(), result.Answers.Select(a => a.GetProperty("line").GetInt32()).ToArray());
        Assert.Equal(1, result.ExitCode);
    }
}
