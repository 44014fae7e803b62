using System;
using System.Linq;
using System.Text.Json;
using Xunit;

namespace Norme48.Cli.Tests.Evaluate;

/// <summary>
/// CONTRACT.md, "Answers", for <c>collect</c>, <c>share</c> and <c>transfer</c>: verdicts, rules in catalogue order
/// (RULES.md, "How decisions cite rules"), reasons and obligations, checked against RULES.md.
/// </summary>
public class EvaluateDecisionTests
{
    private const string Confidentiality = "confidentiality:NS48-RCPT-ACCESS";

    /// <summary>Question, verdict, deciding rules (space-separated, in order), obligations as <c>id:rule</c>.</summary>
    private static readonly (string Question, string Verdict, string Rules, string Obligations)[] Collect =
    [
        // NS48-DATA-LISTED allows every listed, non-connection field for every non-excluded purpose.
        ("""{"ask":"collect","field":"last-name","purpose":"orders"}""", "allowed", "NS48-DATA-LISTED", ""),
        ("""{"ask":"collect","field":"internal-client-code","purpose":"accounting"}""", "allowed", "NS48-DATA-LISTED", ""),
        ("""{"ask":"collect","field":"bank-card-number","purpose":"invoices"}""", "allowed", "NS48-DATA-LISTED", ""),
        ("""{"ask":"collect","field":"profession","purpose":"prospecting-selection"}""", "allowed", "NS48-DATA-LISTED", ""),
        ("""{"ask":"collect","field":"purchase-history","purpose":"file-transfer"}""", "allowed", "NS48-DATA-LISTED", ""),
        ("""{"ask":"collect","field":"balances","purpose":"loyalty-programme"}""", "allowed", "NS48-DATA-LISTED", ""),
        ("""{"ask":"collect","field":{"id":"badge-number","category":"identity"},"purpose":"deliveries"}""", "allowed", "NS48-DATA-LISTED", ""),
        ("""{"ask":"collect","field":{"id":"magazine","category":"commercial-relationship","sensitive":true},"purpose":"solicitations"}""", "allowed", "NS48-DATA-LISTED", ""),

        // NS48-DATA-CONNECTION-STATS-ONLY: connection data for website audience statistics only, custom ones included.
        ("""{"ask":"collect","field":"ip-address","purpose":"website-audience-statistics"}""", "allowed", "NS48-DATA-CONNECTION-STATS-ONLY", ""),
        ("""{"ask":"collect","field":"page-visited","purpose":"commercial-statistics"}""", "denied", "NS48-DATA-CONNECTION-STATS-ONLY", ""),
        ("""{"ask":"collect","field":"connection-date","purpose":"orders"}""", "denied", "NS48-DATA-CONNECTION-STATS-ONLY", ""),
        ("""{"ask":"collect","field":{"id":"beacon-id","category":"connection-data"},"purpose":"prospecting-selection"}""", "denied", "NS48-DATA-CONNECTION-STATS-ONLY", ""),
        ("""{"ask":"collect","field":{"id":"beacon-id","category":"connection-data"},"purpose":"website-audience-statistics"}""", "allowed", "NS48-DATA-CONNECTION-STATS-ONLY", ""),

        // NS48-SCOPE-EXCLUDED-USE denies anything asked for an excluded use, beside the other denying rules.
        ("""{"ask":"collect","field":"last-name","purpose":"exclusion-from-right"}""", "denied", "NS48-SCOPE-EXCLUDED-USE", ""),
        ("""{"ask":"collect","field":"purchase-history","purpose":"shared-loyalty-programme"}""", "denied", "NS48-SCOPE-EXCLUDED-USE", ""),
        ("""{"ask":"collect","field":"connection-time","purpose":"exclusion-from-right"}""", "denied", "NS48-SCOPE-EXCLUDED-USE NS48-DATA-CONNECTION-STATS-ONLY", ""),

        // NS48-DATA-NIR: the NIR and the excluded category, cited alone whatever the purpose.
        ("""{"ask":"collect","field":"nir","purpose":"orders"}""", "denied", "NS48-DATA-NIR", ""),
        ("""{"ask":"collect","field":"nir","purpose":"website-audience-statistics"}""", "denied", "NS48-DATA-NIR", ""),
        ("""{"ask":"collect","field":"nir","purpose":"shared-loyalty-programme"}""", "denied", "NS48-DATA-NIR", ""),
        ("""{"ask":"collect","field":{"id":"passport-number","category":"excluded"},"purpose":"contracts"}""", "denied", "NS48-DATA-NIR", ""),
    ];

    private static readonly (string Question, string Verdict, string Rules, string Obligations)[] Share =
    [
        // NS48-RCPT-ACCESS: staff within their remit; contracted companies only for the execution of a contract.
        ("""{"ask":"share","field":"last-name","recipient":"commercial-staff"}""", "allowed", "NS48-RCPT-ACCESS", ""),
        ("""{"ask":"share","field":"purchase-history","recipient":"administrative-staff"}""", "allowed", "NS48-RCPT-ACCESS", ""),
        ("""{"ask":"share","field":"amount","recipient":"line-managers"}""", "allowed", "NS48-RCPT-ACCESS", ""),
        ("""{"ask":"share","field":"balances","recipient":"control-services"}""", "allowed", "NS48-RCPT-ACCESS", ""),
        ("""{"ask":"share","field":"ip-address","recipient":"commercial-staff"}""", "allowed", "NS48-RCPT-ACCESS", ""),
        ("""{"ask":"share","field":"delivery-address","recipient":"contracted-companies","basis":"contract-execution"}""", "allowed", "NS48-RCPT-ACCESS", Confidentiality),
        ("""{"ask":"share","field":"page-visited","recipient":"contracted-companies","basis":"contract-execution"}""", "allowed", "NS48-RCPT-ACCESS", Confidentiality),
        ("""{"ask":"share","field":"delivery-address","recipient":"contracted-companies"}""", "denied", "NS48-RCPT-ACCESS", ""),
        ("""{"ask":"share","field":"delivery-address","recipient":"contracted-companies","basis":"legal-obligation"}""", "denied", "NS48-RCPT-ACCESS", ""),

        // NS48-RCPT-PUBLIC-BODIES: exclusively to meet a legal obligation.
        ("""{"ask":"share","field":"last-name","recipient":"public-bodies","basis":"legal-obligation"}""", "allowed", "NS48-RCPT-PUBLIC-BODIES", ""),
        ("""{"ask":"share","field":"last-name","recipient":"public-bodies"}""", "denied", "NS48-RCPT-PUBLIC-BODIES", ""),
        ("""{"ask":"share","field":"last-name","recipient":"public-bodies","basis":"debt-recovery"}""", "denied", "NS48-RCPT-PUBLIC-BODIES", ""),

        // NS48-RCPT-DEBT-RECOVERY: court auxiliaries and debt collectors, for debt recovery only.
        ("""{"ask":"share","field":"unpaid-invoices","recipient":"justice-auxiliaries","basis":"debt-recovery"}""", "allowed", "NS48-RCPT-DEBT-RECOVERY", ""),
        ("""{"ask":"share","field":"unpaid-invoices","recipient":"debt-collectors","basis":"debt-recovery"}""", "allowed", "NS48-RCPT-DEBT-RECOVERY", ""),
        ("""{"ask":"share","field":"unpaid-invoices","recipient":"debt-collectors"}""", "denied", "NS48-RCPT-DEBT-RECOVERY", ""),
        ("""{"ask":"share","field":"unpaid-invoices","recipient":"justice-auxiliaries","basis":"contract-execution"}""", "denied", "NS48-RCPT-DEBT-RECOVERY", ""),

        // NS48-RCPT-UNKNOWN: an unlisted recipient, written as an object.
        ("""{"ask":"share","field":"last-name","recipient":{"id":"ad-network"}}""", "denied", "NS48-RCPT-UNKNOWN", ""),
        ("""{"ask":"share","field":"ip-address","recipient":{"id":"ad-network"},"basis":"contract-execution"}""", "denied", "NS48-RCPT-UNKNOWN", ""),
        ("""{"ask":"share","field":{"id":"badge-number","category":"identity"},"recipient":{"id":"partner-2"}}""", "denied", "NS48-RCPT-UNKNOWN", ""),

        // NS48-DATA-NIR is cited alone, before any recipient rule.
        ("""{"ask":"share","field":"nir","recipient":"commercial-staff"}""", "denied", "NS48-DATA-NIR", ""),
        ("""{"ask":"share","field":"nir","recipient":{"id":"ad-network"}}""", "denied", "NS48-DATA-NIR", ""),
        ("""{"ask":"share","field":{"id":"passport-number","category":"excluded"},"recipient":"public-bodies","basis":"legal-obligation"}""", "denied", "NS48-DATA-NIR", ""),
        ("""{"ask":"share","field":"nir","recipient":"file-acquirer"}""", "denied", "NS48-DATA-NIR", ""),
    ];

    /// <summary>A share to file-acquirer is decided as a transfer with no commitment, consent or objection.</summary>
    private static readonly (string Question, string Verdict, string Rules, string Obligations)[] ShareToAcquirer =
    [
        ("""{"ask":"share","field":"last-name","recipient":"file-acquirer"}""", "denied", "NS48-TRANSFER-IDENTITY-SITUATION", ""),
        ("""{"ask":"share","field":"profession","recipient":"file-acquirer","basis":"contract-execution"}""", "denied", "NS48-TRANSFER-IDENTITY-SITUATION", ""),
        ("""{"ask":"share","field":"internal-client-code","recipient":"file-acquirer"}""", "denied", "NS48-TRANSFER-INTERNAL-CODE", ""),
        ("""{"ask":"share","field":"purchase-history","recipient":"file-acquirer"}""", "denied", "NS48-TRANSFER-RELATIONSHIP-CONSENT", ""),
        ("""{"ask":"share","field":{"id":"magazine","category":"commercial-relationship","sensitive":true},"recipient":"file-acquirer"}""", "denied", "NS48-TRANSFER-SENSITIVE-CONSENT", ""),
        ("""{"ask":"share","field":"bank-card-number","recipient":"file-acquirer"}""", "denied", "NS48-TRANSFER-OTHER", ""),
        ("""{"ask":"share","field":"receipts","recipient":"file-acquirer"}""", "denied", "NS48-TRANSFER-OTHER", ""),
        ("""{"ask":"share","field":"ip-address","recipient":"file-acquirer"}""", "denied", "NS48-TRANSFER-OTHER", ""),
    ];

    private static readonly (string Question, string Verdict, string Rules, string Obligations)[] Transfer =
    [
        // NS48-TRANSFER-IDENTITY-SITUATION: identity (except the internal code) and situation need the acquirer's commitment.
        ("""{"ask":"transfer","field":"last-name","mode":"cession","acquirerCommitment":true}""", "allowed", "NS48-TRANSFER-IDENTITY-SITUATION", "acquirer-commitment:NS48-TRANSFER-IDENTITY-SITUATION"),
        ("""{"ask":"transfer","field":"profession","mode":"cession","acquirerCommitment":true}""", "allowed", "NS48-TRANSFER-IDENTITY-SITUATION", "acquirer-commitment:NS48-TRANSFER-IDENTITY-SITUATION"),
        ("""{"ask":"transfer","field":"profession","mode":"rental","acquirerCommitment":true}""", "allowed", "NS48-TRANSFER-IDENTITY-SITUATION", "acquirer-commitment:NS48-TRANSFER-IDENTITY-SITUATION"),
        ("""{"ask":"transfer","field":"profession","mode":"exchange","acquirerCommitment":true}""", "allowed", "NS48-TRANSFER-IDENTITY-SITUATION", "acquirer-commitment:NS48-TRANSFER-IDENTITY-SITUATION"),
        ("""{"ask":"transfer","field":{"id":"income-band","category":"situation"},"mode":"exchange","acquirerCommitment":true,"expressConsent":true}""", "allowed", "NS48-TRANSFER-IDENTITY-SITUATION", "acquirer-commitment:NS48-TRANSFER-IDENTITY-SITUATION"),
        ("""{"ask":"transfer","field":"postal-address","mode":"cession"}""", "denied", "NS48-TRANSFER-IDENTITY-SITUATION", ""),
        ("""{"ask":"transfer","field":"children-in-household","mode":"exchange","expressConsent":true}""", "denied", "NS48-TRANSFER-IDENTITY-SITUATION", ""),

        // NS48-TRANSFER-OBJECTION: a person who objected is never transferred, beside the other denying rules.
        ("""{"ask":"transfer","field":"email-address","mode":"exchange","acquirerCommitment":true,"objected":true}""", "denied", "NS48-TRANSFER-OBJECTION", ""),
        ("""{"ask":"transfer","field":"mobile-phone","mode":"cession","objected":true}""", "denied", "NS48-TRANSFER-IDENTITY-SITUATION NS48-TRANSFER-OBJECTION", ""),
        ("""{"ask":"transfer","field":{"id":"loyalty-tier","category":"commercial-relationship"},"mode":"rental","acquirerCommitment":true,"expressConsent":true,"objected":true}""", "denied", "NS48-TRANSFER-OBJECTION", ""),

        // NS48-TRANSFER-INTERNAL-CODE: never, whatever the conditions.
        ("""{"ask":"transfer","field":"internal-client-code","mode":"cession","acquirerCommitment":true,"expressConsent":true}""", "denied", "NS48-TRANSFER-INTERNAL-CODE", ""),
        ("""{"ask":"transfer","field":"internal-client-code","mode":"rental","objected":true}""", "denied", "NS48-TRANSFER-INTERNAL-CODE NS48-TRANSFER-OBJECTION", ""),

        // NS48-TRANSFER-RELATIONSHIP-CONSENT: commercial-relationship data need express consent and the commitment.
        ("""{"ask":"transfer","field":"purchase-history","mode":"cession","acquirerCommitment":true,"expressConsent":true}""", "allowed", "NS48-TRANSFER-RELATIONSHIP-CONSENT", "acquirer-commitment:NS48-TRANSFER-RELATIONSHIP-CONSENT"),
        ("""{"ask":"transfer","field":"service-or-subscription","mode":"rental","acquirerCommitment":true,"expressConsent":true,"sensitive":false}""", "allowed", "NS48-TRANSFER-RELATIONSHIP-CONSENT", "acquirer-commitment:NS48-TRANSFER-RELATIONSHIP-CONSENT"),
        ("""{"ask":"transfer","field":"purchase-history","mode":"cession","acquirerCommitment":true}""", "denied", "NS48-TRANSFER-RELATIONSHIP-CONSENT", ""),
        ("""{"ask":"transfer","field":"purchase-history","mode":"cession","expressConsent":true}""", "denied", "NS48-TRANSFER-RELATIONSHIP-CONSENT", ""),

        // NS48-TRANSFER-SENSITIVE-CONSENT: sensitive-revealing data, flagged on a built-in field or inside a custom one.
        ("""{"ask":"transfer","field":"documentation-requests","mode":"exchange","acquirerCommitment":true,"expressConsent":true,"sensitive":true}""", "allowed", "NS48-TRANSFER-SENSITIVE-CONSENT", "acquirer-commitment:NS48-TRANSFER-SENSITIVE-CONSENT"),
        ("""{"ask":"transfer","field":{"id":"magazine","category":"commercial-relationship","sensitive":true},"mode":"cession","acquirerCommitment":true,"expressConsent":true}""", "allowed", "NS48-TRANSFER-SENSITIVE-CONSENT", "acquirer-commitment:NS48-TRANSFER-SENSITIVE-CONSENT"),
        ("""{"ask":"transfer","field":"product-purchased","mode":"cession","acquirerCommitment":true,"sensitive":true}""", "denied", "NS48-TRANSFER-SENSITIVE-CONSENT", ""),
        ("""{"ask":"transfer","field":"product-purchased","mode":"cession","expressConsent":true,"sensitive":true}""", "denied", "NS48-TRANSFER-SENSITIVE-CONSENT", ""),
        ("""{"ask":"transfer","field":"purchase-history","mode":"rental","objected":true,"sensitive":true}""", "denied", "NS48-TRANSFER-OBJECTION NS48-TRANSFER-SENSITIVE-CONSENT", ""),

        // NS48-TRANSFER-OTHER: payment means, invoice settlement and connection data never go, custom ones included.
        ("""{"ask":"transfer","field":"bank-card-number","mode":"cession","acquirerCommitment":true,"expressConsent":true}""", "denied", "NS48-TRANSFER-OTHER", ""),
        ("""{"ask":"transfer","field":"cheque-number","mode":"rental","acquirerCommitment":true}""", "denied", "NS48-TRANSFER-OTHER", ""),
        ("""{"ask":"transfer","field":"receipts","mode":"exchange","acquirerCommitment":true,"expressConsent":true}""", "denied", "NS48-TRANSFER-OTHER", ""),
        ("""{"ask":"transfer","field":"ip-address","mode":"cession","acquirerCommitment":true,"expressConsent":true}""", "denied", "NS48-TRANSFER-OTHER", ""),
        ("""{"ask":"transfer","field":{"id":"wallet-token","category":"payment-means"},"mode":"cession","acquirerCommitment":true,"expressConsent":true}""", "denied", "NS48-TRANSFER-OTHER", ""),
        ("""{"ask":"transfer","field":{"id":"dunning-level","category":"invoice-settlement"},"mode":"rental","acquirerCommitment":true,"expressConsent":true}""", "denied", "NS48-TRANSFER-OTHER", ""),
        ("""{"ask":"transfer","field":"bank-account-details","mode":"exchange","objected":true}""", "denied", "NS48-TRANSFER-OBJECTION NS48-TRANSFER-OTHER", ""),

        // NS48-DATA-NIR alone, whatever the conditions.
        ("""{"ask":"transfer","field":"nir","mode":"cession","acquirerCommitment":true,"expressConsent":true}""", "denied", "NS48-DATA-NIR", ""),
        ("""{"ask":"transfer","field":"nir","mode":"rental","objected":true}""", "denied", "NS48-DATA-NIR", ""),
        ("""{"ask":"transfer","field":{"id":"passport-number","category":"excluded"},"mode":"exchange","objected":true}""", "denied", "NS48-DATA-NIR", ""),
    ];

    private static readonly QuestionBatch Batch = new(
        Collect.Concat(Share).Concat(ShareToAcquirer).Concat(Transfer).Select(row => row.Question));

    public static TheoryData<string, string, string, string> CollectRows => Rows.Of(Collect);

    public static TheoryData<string, string, string, string> ShareRows => Rows.Of(Share);

    public static TheoryData<string, string, string, string> ShareToAcquirerRows => Rows.Of(ShareToAcquirer);

    public static TheoryData<string, string, string, string> TransferRows => Rows.Of(Transfer);

    public static TheoryData<string> ShareToAcquirerQuestions => new(ShareToAcquirer.Select(row => row.Question));

    [Theory]
    [MemberData(nameof(CollectRows))]
    public void Evaluate_Collect_DecidedAsRulesMdSays(string question, string verdict, string rules, string obligations)
    {
        JsonElement answer = Batch.AnswerTo(question);

        AnswerAssert.Decision(answer, verdict, AnswerAssert.Split(rules));
        Assert.Equal(AnswerAssert.Split(obligations), AnswerAssert.Obligations(answer));
    }

    [Theory]
    [MemberData(nameof(ShareRows))]
    public void Evaluate_Share_DecidedAsRulesMdSays(string question, string verdict, string rules, string obligations)
    {
        JsonElement answer = Batch.AnswerTo(question);

        AnswerAssert.Decision(answer, verdict, AnswerAssert.Split(rules));
        Assert.Equal(AnswerAssert.Split(obligations), AnswerAssert.Obligations(answer));
    }

    [Theory]
    [MemberData(nameof(ShareToAcquirerRows))]
    public void Evaluate_ShareToFileAcquirer_DeniedWithTheTransferRules(string question, string verdict, string rules, string obligations)
    {
        JsonElement answer = Batch.AnswerTo(question);

        AnswerAssert.Decision(answer, verdict, AnswerAssert.Split(rules));
        Assert.Equal(AnswerAssert.Split(obligations), AnswerAssert.Obligations(answer));
    }

    [Theory]
    [MemberData(nameof(ShareToAcquirerQuestions))]
    public void Evaluate_ShareToFileAcquirer_EachMessageEndsAdvisingToAskTransfer(string question)
    {
        JsonElement answer = Batch.AnswerTo(question);

        Assert.NotEmpty(answer.GetProperty("reasons").EnumerateArray());
        foreach (JsonElement reason in answer.GetProperty("reasons").EnumerateArray())
        {
            string message = reason.GetProperty("message").GetString()!;
            string lastSentence = LastSentence(message);
            Assert.True(
                lastSentence.Contains("transfer", StringComparison.OrdinalIgnoreCase),
                $"The message should end with the advice to ask 'transfer': {message}");
        }
    }

    [Theory]
    [MemberData(nameof(TransferRows))]
    public void Evaluate_Transfer_DecidedAsRulesMdSays(string question, string verdict, string rules, string obligations)
    {
        JsonElement answer = Batch.AnswerTo(question);

        AnswerAssert.Decision(answer, verdict, AnswerAssert.Split(rules));
        Assert.Equal(AnswerAssert.Split(obligations), AnswerAssert.Obligations(answer));
    }

    [Fact]
    public void Evaluate_ContractExampleQuestion_AnsweredAsTheContractShows()
    {
        string question = """{"id":"q1","ask":"collect","field":"nir","purpose":"orders"}""";
        using JsonDocument expected = JsonDocument.Parse(
            """{"line":1,"id":"q1","edition":"ns48-2005","verdict":"denied","rules":["NS48-DATA-NIR"],"reasons":[{"rule":"NS48-DATA-NIR","strength":"mandatory","source":"NS-48 (2005), Données exclues","message":"The NIR may never be collected."}]}""");

        CliResult result = CliRunner.EvaluateLines([question]);

        JsonElement answer = Assert.Single(result.Answers);
        Assert.True(JsonElement.DeepEquals(expected.RootElement, answer), $"Expected the CONTRACT.md example, got {answer}");
    }

    [Fact]
    public void Evaluate_RecommendationsAdvise_SameAnswersForTheseAsks()
    {
        string[] questions = Collect.Concat(Share).Concat(ShareToAcquirer).Concat(Transfer).Select(row => row.Question).ToArray();

        CliResult advise = CliRunner.EvaluateLines(questions, "--recommendations", "advise");

        Assert.Equal(Batch.Result.Stdout, advise.Stdout);
        Assert.Equal(0, advise.ExitCode);
    }

    [Fact]
    public void Evaluate_ShareOfConnectionData_MessageSaysTheyServeAudienceStatisticsOnly()
    {
        string question = """{"ask":"share","field":"ip-address","recipient":"commercial-staff"}""";

        JsonElement answer = Batch.AnswerTo(question);

        string message = answer.GetProperty("reasons")[0].GetProperty("message").GetString()!;
        Assert.Contains("statistic", message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Evaluate_DecisionBatch_OneAnswerPerQuestionAndExitCodeZero()
    {
        CliResult result = Batch.Result;

        Assert.Equal(Enumerable.Range(1, Batch.Count).ToArray(), result.Answers.Select(a => a.GetProperty("line").GetInt32()).ToArray());
        Assert.Equal(0, result.ExitCode);
    }

    private static string LastSentence(string message)
    {
        string trimmed = message.TrimEnd().TrimEnd('.');
        int end = trimmed.LastIndexOf(". ", StringComparison.Ordinal);
        return end < 0 ? trimmed : trimmed[(end + 2)..];
    }
}
