using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using Xunit;

namespace Norme48.Cli.Tests.Evaluate;

/// <summary>
/// CONTRACT.md, "Strictness": unknown, repeated, mistyped or missing keys, closed vocabularies, later-edition ids,
/// sectors and their "did you mean", <c>sensitive</c>, the edition named on a line or by <c>--edition</c>.
/// </summary>
public class EvaluateStrictnessTests
{
    /// <summary>A question and the key (with its path) its error must name.</summary>
    private static readonly (string Question, string Key)[] KeyErrors =
    [
        // Unknown keys, at the root and inside field and recipient objects; keys are case-sensitive.
        ("""{"ask":"collect","field":"last-name","purpose":"orders","colour":"red"}""", "colour"),
        ("""{"ask":"collect","field":{"id":"loyalty-tier","category":"commercial-relationship","colour":"red"},"purpose":"orders"}""", "field.colour"),
        ("""{"ask":"share","field":"last-name","recipient":{"id":"ad-network","colour":"red"}}""", "recipient.colour"),
        ("""{"ask":"share","field":{"id":"loyalty-tier","category":"commercial-relationship","Sensitive":true},"recipient":"commercial-staff"}""", "field.Sensitive"),
        ("""{"ask":"transfer","field":"last-name","mode":"cession","AcquirerCommitment":true}""", "AcquirerCommitment"),

        // Keys of other asks (or of other rows of the contract) are unknown here.
        ("""{"ask":"collect","field":"last-name","purpose":"orders","proofFrom":"2020-05-01T00:00:00+02:00"}""", "proofFrom"),
        ("""{"ask":"collect","field":"last-name","purpose":"orders","subject":{"status":"client"}}""", "subject"),
        ("""{"ask":"collect","field":"last-name","purpose":"orders","now":"2024-01-01T00:00:00Z"}""", "now"),
        ("""{"ask":"collect","field":"last-name","purpose":"orders","recipient":"commercial-staff"}""", "recipient"),
        ("""{"ask":"collect","field":"purchase-history","purpose":"orders","sensitive":true}""", "sensitive"),
        ("""{"ask":"collect","field":"last-name","purpose":"orders","value":"C-1"}""", "value"),
        ("""{"ask":"share","field":"last-name","recipient":"commercial-staff","purpose":"orders"}""", "purpose"),
        ("""{"ask":"share","field":"last-name","recipient":"commercial-staff","mode":"cession"}""", "mode"),
        ("""{"ask":"share","field":"purchase-history","recipient":"commercial-staff","sensitive":false}""", "sensitive"),
        ("""{"ask":"share","field":"last-name","recipient":"file-acquirer","acquirerCommitment":true}""", "acquirerCommitment"),
        ("""{"ask":"transfer","field":"last-name","mode":"cession","basis":"contract-execution"}""", "basis"),
        ("""{"ask":"transfer","field":"last-name","mode":"cession","at":"2024-01-01T00:00:00Z"}""", "at"),
        ("""{"ask":"internal-code","value":"C-12345","field":"internal-client-code"}""", "field"),
        ("""{"ask":"internal-code","value":"C-12345","proof":true}""", "proof"),

        // A key given twice, at the root and nested.
        ("""{"ask":"collect","field":"last-name","purpose":"orders","purpose":"orders"}""", "purpose"),
        ("""{"ask":"collect","ask":"share","field":"last-name","purpose":"orders"}""", "ask"),
        ("""{"ask":"transfer","field":"purchase-history","mode":"rental","sensitive":true,"sensitive":false}""", "sensitive"),
        ("""{"ask":"collect","field":{"id":"loyalty-tier","category":"commercial-relationship","category":"identity"},"purpose":"orders"}""", "field.category"),
        ("""{"ask":"share","field":"last-name","recipient":{"id":"ad-network","id":"ad-network"}}""", "recipient.id"),
        ("""{"ask":"collect","field":"last-name","purpose":"orders","purp\u006fse":"orders"}""", "purpose"),
        ("""{"id":"a","id":"b","ask":"collect","field":"last-name","purpose":"orders"}""", "id"),

        // Wrong JSON types.
        ("""{"ask":"collect","field":"last-name","purpose":3}""", "purpose"),
        ("""{"ask":"transfer","field":"last-name","mode":"cession","acquirerCommitment":"yes"}""", "acquirerCommitment"),
        ("""{"ask":"transfer","field":"purchase-history","mode":"cession","expressConsent":1}""", "expressConsent"),
        ("""{"ask":"transfer","field":"last-name","mode":"cession","objected":"false"}""", "objected"),
        ("""{"ask":"transfer","field":"purchase-history","mode":"cession","sensitive":"true"}""", "sensitive"),
        ("""{"ask":"collect","field":7,"purpose":"orders"}""", "field"),
        ("""{"ask":"collect","field":["last-name"],"purpose":"orders"}""", "field"),
        ("""{"ask":"share","field":"last-name","recipient":["commercial-staff"]}""", "recipient"),
        ("""{"ask":"share","field":"last-name","recipient":"contracted-companies","basis":true}""", "basis"),
        ("""{"ask":"transfer","field":"last-name","mode":1}""", "mode"),
        ("""{"ask":"internal-code","value":12345}""", "value"),
        ("""{"ask":"collect","field":"last-name","purpose":"orders","sector":3}""", "sector"),
        ("""{"ask":"collect","field":"last-name","purpose":"orders","sectorConfirmed":"yes"}""", "sectorConfirmed"),
        ("""{"ask":"collect","field":"last-name","purpose":"orders","edition":2005}""", "edition"),
        ("""{"ask":3,"field":"last-name","purpose":"orders"}""", "ask"),
        ("""{"ask":"collect","field":{"id":"loyalty-tier","category":"commercial-relationship","sensitive":"no"},"purpose":"orders"}""", "field.sensitive"),
        ("""{"ask":"collect","field":{"id":5,"category":"identity"},"purpose":"orders"}""", "field.id"),
        ("""{"ask":"collect","field":{"id":"loyalty-tier","category":["identity"]},"purpose":"orders"}""", "field.category"),
        ("""{"ask":"share","field":"last-name","recipient":{"id":5}}""", "recipient.id"),

        // Required keys missing or null.
        ("""{"ask":"collect","field":null,"purpose":"orders"}""", "field"),
        ("""{"ask":"collect","field":"last-name","purpose":null}""", "purpose"),
        ("""{"ask":"share","field":"last-name","recipient":null}""", "recipient"),
        ("""{"ask":"transfer","field":"last-name","mode":null}""", "mode"),
        ("""{"ask":"internal-code","value":null}""", "value"),
        ("""{"ask":null,"field":"last-name","purpose":"orders"}""", "ask"),
        ("""{"ask":"collect","field":{"id":null,"category":"identity"},"purpose":"orders"}""", "field.id"),
        ("""{"ask":"collect","field":{"id":"loyalty-tier","category":null},"purpose":"orders"}""", "field.category"),
        ("""{"ask":"share","field":"last-name","recipient":{"id":null}}""", "recipient.id"),
        ("""{"ask":"collect","purpose":"orders"}""", "field"),
        ("""{"ask":"collect","field":"last-name"}""", "purpose"),
        ("""{"ask":"share","field":"last-name"}""", "recipient"),
        ("""{"ask":"transfer","field":"last-name"}""", "mode"),
        ("""{"ask":"internal-code"}""", "value"),
        ("""{"field":"last-name","purpose":"orders"}""", "ask"),
        ("""{"ask":"collect","field":{"id":"loyalty-tier"},"purpose":"orders"}""", "field.category"),
        ("""{"ask":"collect","field":{"category":"identity"},"purpose":"orders"}""", "field.id"),
        ("""{"ask":"share","field":"last-name","recipient":{}}""", "recipient.id"),

        // An unlisted recipient is a kebab-case id that is not a listed one.
        ("""{"ask":"share","field":"last-name","recipient":{"id":"public-bodies"}}""", "recipient.id"),
        ("""{"ask":"share","field":"last-name","recipient":{"id":"file-acquirer"}}""", "recipient.id"),
        ("""{"ask":"share","field":"last-name","recipient":{"id":"Ad_Network"}}""", "recipient.id"),
        ("""{"ask":"share","field":"last-name","recipient":{"id":"ad network"}}""", "recipient.id"),
        ("""{"ask":"share","field":"last-name","recipient":{"id":"ad--network"}}""", "recipient.id"),
        ("""{"ask":"share","field":"last-name","recipient":{"id":""}}""", "recipient.id"),

        // A custom field is a kebab-case id that is not a built-in one.
        ("""{"ask":"collect","field":{"id":"last-name","category":"identity"},"purpose":"orders"}""", "field.id"),
        ("""{"ask":"collect","field":{"id":"nir","category":"excluded"},"purpose":"orders"}""", "field.id"),
        ("""{"ask":"collect","field":{"id":"Loyalty_Tier","category":"commercial-relationship"},"purpose":"orders"}""", "field.id"),
        ("""{"ask":"collect","field":{"id":"loyalty-tier-","category":"commercial-relationship"},"purpose":"orders"}""", "field.id"),

        // sensitive: only with a built-in commercial-relationship field, or inside a commercial-relationship custom object.
        ("""{"ask":"transfer","field":"last-name","mode":"cession","acquirerCommitment":true,"sensitive":false}""", "sensitive"),
        ("""{"ask":"transfer","field":"profession","mode":"cession","acquirerCommitment":true,"sensitive":true}""", "sensitive"),
        ("""{"ask":"transfer","field":"ip-address","mode":"cession","sensitive":false}""", "sensitive"),
        ("""{"ask":"transfer","field":"bank-card-number","mode":"rental","sensitive":false}""", "sensitive"),
        ("""{"ask":"transfer","field":{"id":"loyalty-tier","category":"commercial-relationship"},"mode":"cession","sensitive":true}""", "sensitive"),
        ("""{"ask":"transfer","field":{"id":"loyalty-tier","category":"commercial-relationship","sensitive":false},"mode":"cession","sensitive":false}""", "sensitive"),
        ("""{"ask":"transfer","field":{"id":"hobby","category":"situation","sensitive":false},"mode":"cession"}""", "field.sensitive"),
        ("""{"ask":"collect","field":{"id":"badge-number","category":"identity","sensitive":true},"purpose":"orders"}""", "field.sensitive"),
        ("""{"ask":"share","field":{"id":"passport","category":"excluded","sensitive":false},"recipient":"commercial-staff"}""", "field.sensitive"),

        // sector is a kebab-case name.
        ("""{"ask":"collect","field":"last-name","purpose":"orders","sector":"Retail"}""", "sector"),
        ("""{"ask":"collect","field":"last-name","purpose":"orders","sector":"retail_shop"}""", "sector"),
        ("""{"ask":"collect","field":"last-name","purpose":"orders","sector":""}""", "sector"),

        // A null sectorConfirmed counts as absent (false): the look-alike stays an error.
        ("""{"ask":"collect","field":"last-name","purpose":"orders","sector":"helth","sectorConfirmed":null}""", "sector"),
    ];

    /// <summary>An unknown value of a closed vocabulary: the question, its key, and the values the error must list.</summary>
    private static readonly (string Question, string Key, string[] Accepted)[] VocabularyErrors =
    [
        ("""{"ask":"collect","field":"surname","purpose":"orders"}""", "field", Vocabulary2005.Fields),
        ("""{"ask":"collect","field":"last-name","purpose":"ordering"}""", "purpose", Vocabulary2005.Purposes),
        ("""{"ask":"share","field":"last-name","recipient":"ad-network"}""", "recipient", Vocabulary2005.Recipients),
        ("""{"ask":"share","field":"last-name","recipient":"Commercial-Staff"}""", "recipient", Vocabulary2005.Recipients),
        ("""{"ask":"share","field":"last-name","recipient":"public-bodies","basis":"court-order"}""", "basis", Vocabulary2005.Bases),
        ("""{"ask":"transfer","field":"last-name","mode":"sale"}""", "mode", Vocabulary2005.Modes),
        ("""{"ask":"evaluate","field":"last-name","purpose":"orders"}""", "ask", Vocabulary2005.SupportedAsks),
        ("""{"ask":"collect","field":{"id":"loyalty-tier","category":"loyalty"},"purpose":"orders"}""", "field.category", Vocabulary2005.Categories),
        ("""{"ask":"collect","field":"last-name","purpose":"orders","edition":"ns48-2099"}""", "edition", Vocabulary2005.Editions),
    ];

    /// <summary>A purpose of a later edition, the editions that have it, and editions that do not.</summary>
    private static readonly (string Purpose, string[] Having, string[] NotHaving)[] LaterPurposes =
    [
        ("contests", ["ns48-2016", "ref-2021"], []),
        ("customer-follow-up", ["ns48-2016", "ref-2021"], []),
        ("reviews", ["ns48-2016", "ref-2021"], []),
        ("opposition-list-update", ["ns48-2016"], ["ref-2021"]),
        ("fraud-detection", ["ref-2021"], ["ns48-2016"]),
        ("third-party-profiling", ["ref-2021"], ["ns48-2016"]),
        ("general-accounting", ["ref-2021"], ["ns48-2016"]),
    ];

    /// <summary>Questions from organisations outside the norm: denied, citing NS48-SCOPE-SECTOR alone.</summary>
    private static readonly string[] OutsideSector =
    [
        """{"ask":"collect","field":"last-name","purpose":"orders","sector":"health"}""",
        """{"ask":"collect","field":"nir","purpose":"exclusion-from-right","sector":"health"}""",
        """{"ask":"collect","field":"ip-address","purpose":"commercial-statistics","sector":"education"}""",
        """{"ask":"share","field":"last-name","recipient":"commercial-staff","sector":"banking"}""",
        """{"ask":"share","field":"nir","recipient":{"id":"ad-network"},"sector":"insurance"}""",
        """{"ask":"share","field":"purchase-history","recipient":"file-acquirer","sector":"education"}""",
        """{"ask":"transfer","field":"last-name","mode":"cession","acquirerCommitment":true,"sector":"insurance"}""",
        """{"ask":"transfer","field":"internal-client-code","mode":"exchange","objected":true,"sector":"banking"}""",
        """{"ask":"internal-code","value":"C-000123","sector":"health"}""",
        """{"ask":"internal-code","value":"6123451234567893","sector":"education"}""",
        """{"ask":"collect","field":"last-name","purpose":"orders","sector":"insurance","sectorConfirmed":true}""",
    ];

    /// <summary>Sector names that look like an excluded sector, and the English name the "did you mean" must give.</summary>
    private static readonly (string Sector, string Meant)[] LookAlikeSectors =
    [
        ("santé", "health"),
        ("sante", "health"),
        ("banque", "banking"),
        ("assurance", "insurance"),
        ("éducation", "education"),
        ("enseignement", "education"),
        ("helth", "health"),
        ("wealth", "health"),
        ("ehatlh", "health"),
        ("abnkign", "banking"),
        ("nisuarnce", "insurance"),
        ("edcuatoin", "education"),
        ("healthcare", "health"),
        ("bankers", "banking"),
        ("insur-tech", "insurance"),
        ("educational-toys", "education"),
        ("retail-banking", "banking"),
        ("fresh-heath", "health"),
        ("health-food", "health"),
    ];

    /// <summary>Sector names inside the norm (far from every excluded name, by optimal-string-alignment distance).</summary>
    private static readonly string[] InsideSectors =
    [
        "retail",
        "general",
        "teaching",
        "hea",
        "online-gambling",
        "axbnking",
        "niusrnace",
    ];

    /// <summary>Optional keys given as null count as absent: the question, its verdict and the deciding rules.</summary>
    private static readonly (string Question, string Verdict, string Rules)[] NullOptionals =
    [
        ("""{"ask":"share","field":"last-name","recipient":"commercial-staff","basis":null}""", "allowed", "NS48-RCPT-ACCESS"),
        ("""{"ask":"share","field":"last-name","recipient":"contracted-companies","basis":null}""", "denied", "NS48-RCPT-ACCESS"),
        ("""{"ask":"transfer","field":"last-name","mode":"rental","acquirerCommitment":true,"objected":null}""", "allowed", "NS48-TRANSFER-IDENTITY-SITUATION"),
        ("""{"ask":"transfer","field":"last-name","mode":"rental","acquirerCommitment":null}""", "denied", "NS48-TRANSFER-IDENTITY-SITUATION"),
        ("""{"ask":"transfer","field":"last-name","mode":"rental","acquirerCommitment":true,"sensitive":null}""", "allowed", "NS48-TRANSFER-IDENTITY-SITUATION"),
        ("""{"ask":"transfer","field":"purchase-history","mode":"rental","acquirerCommitment":true,"expressConsent":true,"sensitive":null}""", "allowed", "NS48-TRANSFER-RELATIONSHIP-CONSENT"),
        ("""{"ask":"transfer","field":"purchase-history","mode":"rental","acquirerCommitment":true,"expressConsent":null}""", "denied", "NS48-TRANSFER-RELATIONSHIP-CONSENT"),
        ("""{"ask":"collect","field":{"id":"badge-number","category":"identity","sensitive":null},"purpose":"orders"}""", "allowed", "NS48-DATA-LISTED"),
        ("""{"ask":"collect","field":"last-name","purpose":"orders","sector":null,"sectorConfirmed":null,"edition":null}""", "allowed", "NS48-DATA-LISTED"),
    ];

    /// <summary>Built-in commercial-relationship fields may carry a top-level sensitive (positive controls).</summary>
    private static readonly (string Question, string Verdict, string Rules)[] SensitiveAccepted =
    [
        ("""{"ask":"transfer","field":"purchase-history","mode":"cession","acquirerCommitment":true,"expressConsent":true,"sensitive":true}""", "allowed", "NS48-TRANSFER-SENSITIVE-CONSENT"),
        ("""{"ask":"transfer","field":"documentation-requests","mode":"cession","acquirerCommitment":true,"expressConsent":true,"sensitive":false}""", "allowed", "NS48-TRANSFER-RELATIONSHIP-CONSENT"),
        ("""{"ask":"transfer","field":{"id":"magazine","category":"commercial-relationship","sensitive":true},"mode":"exchange","acquirerCommitment":true}""", "denied", "NS48-TRANSFER-SENSITIVE-CONSENT"),
    ];

    /// <summary>Editions on a line: in-force for asks that have no instant.</summary>
    private static readonly (string Question, string[] Fragments)[] EditionErrors =
    [
        ("""{"ask":"collect","field":"last-name","purpose":"orders","edition":"in-force"}""", ["in-force"]),
        ("""{"ask":"internal-code","value":"C-000123","edition":"in-force"}""", ["in-force"]),
    ];

    /// <summary>A question naming a later edition on its line, answered under that edition (its verdict and rules).</summary>
    private static readonly (string Question, string Edition, string Verdict, string Rules)[] LaterEditionLines =
    [
        ("""{"ask":"collect","field":"last-name","purpose":"orders","edition":"ref-2021"}""", "ref-2021", "allowed", "NS48-DATA-LISTED"),
        ("""{"ask":"share","field":"last-name","recipient":"commercial-staff","edition":"ns48-2016"}""", "ns48-2016", "allowed", "NS48-RCPT-ACCESS"),
        ("""{"ask":"internal-code","value":"C-000123","edition":"ns48-2016"}""", "ns48-2016", "allowed", "NS48-DATA-INTERNAL-CODE"),
        ("""{"ask":"collect","field":"nir","purpose":"orders","edition":"ref-2021"}""", "ref-2021", "denied", "NS48-DATA-NIR"),
    ];

    private static readonly QuestionBatch Batch = new(
    [
        .. KeyErrors.Select(row => row.Question),
        .. VocabularyErrors.Select(row => row.Question),
        .. LaterPurposes.Select(row => Collect(row.Purpose, null)),
        .. OutsideSector,
        .. LookAlikeSectors.Select(row => Collect("orders", row.Sector)),
        .. LookAlikeSectors.Select(row => Collect("orders", row.Sector, confirmed: true)),
        .. InsideSectors.Select(sector => Collect("orders", sector)),
        .. NullOptionals.Select(row => row.Question),
        .. SensitiveAccepted.Select(row => row.Question),
        .. EditionErrors.Select(row => row.Question),
        .. LaterEditionLines.Select(row => row.Question),
    ]);

    public static TheoryData<string, string> KeyErrorRows => Rows.Of(KeyErrors);

    public static TheoryData<string, string> VocabularyErrorRows =>
        Rows.Of(VocabularyErrors.Select(row => (row.Question, row.Key)).ToArray());

    public static TheoryData<string> LaterPurposeRows => new(LaterPurposes.Select(row => row.Purpose));

    public static TheoryData<string> OutsideSectorRows => new(OutsideSector);

    public static TheoryData<string, string> LookAlikeRows => Rows.Of(LookAlikeSectors);

    public static TheoryData<string> LookAlikeNames => new(LookAlikeSectors.Select(row => row.Sector));

    public static TheoryData<string> InsideSectorRows => new(InsideSectors);

    public static TheoryData<string, string, string> NullOptionalRows => Rows.Of(NullOptionals);

    public static TheoryData<string, string, string> SensitiveAcceptedRows => Rows.Of(SensitiveAccepted);


    public static TheoryData<string> EditionErrorRows => new(EditionErrors.Select(row => row.Question));

    public static TheoryData<string> LaterEditionRows => new(LaterEditionLines.Select(row => row.Question));

    [Theory]
    [MemberData(nameof(LaterEditionRows))]
    public void Evaluate_LaterEditionOnTheLine_AnsweredUnderThatEdition(string question)
    {
        var row = LaterEditionLines.Single(r => r.Question == question);

        JsonElement answer = Batch.AnswerTo(question);

        AnswerAssert.DecisionIn(answer, row.Edition, row.Verdict, AnswerAssert.Split(row.Rules));
    }

    [Theory]
    [MemberData(nameof(KeyErrorRows))]
    public void Evaluate_BadKey_ErrorNamingTheKeyWithItsPath(string question, string key)
    {
        JsonElement answer = Batch.AnswerTo(question);

        AnswerAssert.Error(answer, key);
    }

    [Theory]
    [MemberData(nameof(VocabularyErrorRows))]
    public void Evaluate_UnknownVocabularyValue_ErrorNamingTheKeyAndListingAcceptedValues(string question, string key)
    {
        string[] accepted = VocabularyErrors.Single(row => row.Question == question).Accepted;

        JsonElement answer = Batch.AnswerTo(question);

        string message = AnswerAssert.Error(answer, key);
        string[] missing = accepted.Where(value => !message.Contains(value, StringComparison.Ordinal)).ToArray();
        Assert.True(missing.Length == 0, $"Accepted values missing from the error: {string.Join(", ", missing)}\n{message}");
    }

    [Theory]
    [MemberData(nameof(LaterPurposeRows))]
    public void Evaluate_PurposeOfALaterEdition_ErrorNamingTheEditionsThatHaveIt(string purpose)
    {
        (_, string[] having, string[] notHaving) = LaterPurposes.Single(row => row.Purpose == purpose);

        JsonElement answer = Batch.AnswerTo(Collect(purpose, null));

        string message = AnswerAssert.Error(answer, [purpose, .. having]);
        foreach (string edition in notHaving)
        {
            Assert.DoesNotContain(edition, message, StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(OutsideSectorRows))]
    public void Evaluate_SectorOutsideTheNorm_DeniedCitingScopeSectorAlone(string question)
    {
        JsonElement answer = Batch.AnswerTo(question);

        AnswerAssert.Decision(answer, "denied", "NS48-SCOPE-SECTOR");
        Assert.Empty(AnswerAssert.Obligations(answer));
    }

    [Theory]
    [MemberData(nameof(LookAlikeRows))]
    public void Evaluate_SectorLookingLikeAnExcludedOne_ErrorWithDidYouMean(string sector, string meant)
    {
        JsonElement answer = Batch.AnswerTo(Collect("orders", sector));

        string message = AnswerAssert.Error(answer, "sector", meant);
        Assert.Contains("did you mean", message, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [MemberData(nameof(LookAlikeNames))]
    public void Evaluate_LookAlikeSectorConfirmed_AnsweredInsideTheNorm(string sector)
    {
        JsonElement answer = Batch.AnswerTo(Collect("orders", sector, confirmed: true));

        AnswerAssert.Decision(answer, "allowed", "NS48-DATA-LISTED");
    }

    [Theory]
    [MemberData(nameof(InsideSectorRows))]
    public void Evaluate_SectorFarFromExcludedOnes_AnsweredInsideTheNorm(string sector)
    {
        JsonElement answer = Batch.AnswerTo(Collect("orders", sector));

        AnswerAssert.Decision(answer, "allowed", "NS48-DATA-LISTED");
    }

    [Theory]
    [MemberData(nameof(NullOptionalRows))]
    public void Evaluate_NullOptionalKey_CountsAsAbsent(string question, string verdict, string rules)
    {
        JsonElement answer = Batch.AnswerTo(question);

        AnswerAssert.Decision(answer, verdict, AnswerAssert.Split(rules));
    }

    [Theory]
    [MemberData(nameof(SensitiveAcceptedRows))]
    public void Evaluate_SensitiveOnACommercialRelationshipField_Accepted(string question, string verdict, string rules)
    {
        JsonElement answer = Batch.AnswerTo(question);

        AnswerAssert.Decision(answer, verdict, AnswerAssert.Split(rules));
    }

    [Theory]
    [MemberData(nameof(EditionErrorRows))]
    public void Evaluate_EditionOnTheLineNotUsable_ErrorLine(string question)
    {
        string[] fragments = EditionErrors.Single(row => row.Question == question).Fragments;

        JsonElement answer = Batch.AnswerTo(question);

        AnswerAssert.Error(answer, fragments);
    }

    [Fact]
    public void Evaluate_EditionOptionLater_LinesAnsweredUnderItUnlessTheLineNamesAnother()
    {
        string[] lines =
        [
            Collect("orders", null),
            """{"ask":"internal-code","value":"C-000123"}""",
            """{"ask":"collect","field":"last-name","purpose":"orders","edition":"ref-2021"}""",
            """{"ask":"collect","field":"last-name","purpose":"orders","edition":"ns48-2005"}""",
        ];

        CliResult result = CliRunner.EvaluateLines(lines, "--edition", "ns48-2016");

        AnswerAssert.DecisionIn(result.AnswerForLine(1), "ns48-2016", "allowed", "NS48-DATA-LISTED");
        AnswerAssert.DecisionIn(result.AnswerForLine(2), "ns48-2016", "allowed", "NS48-DATA-INTERNAL-CODE");
        AnswerAssert.DecisionIn(result.AnswerForLine(3), "ref-2021", "allowed", "NS48-DATA-LISTED");
        AnswerAssert.Decision(result.AnswerForLine(4), "allowed", "NS48-DATA-LISTED");
        Assert.True(result.ExitCode == 0, result.Describe());
    }

    [Fact]
    public void Evaluate_EditionOptionInForce_ErrorLineForAsksWithoutAnInstant()
    {
        string[] lines =
        [
            Collect("orders", null),
            """{"ask":"share","field":"last-name","recipient":"commercial-staff"}""",
            """{"ask":"transfer","field":"last-name","mode":"cession","acquirerCommitment":true}""",
            """{"ask":"internal-code","value":"C-000123"}""",
            """{"ask":"share","field":"last-name","recipient":"commercial-staff","edition":"ns48-2005"}""",
        ];

        CliResult result = CliRunner.EvaluateLines(lines, "--edition", "in-force");

        AnswerAssert.Error(result.AnswerForLine(1));
        AnswerAssert.Error(result.AnswerForLine(2));
        AnswerAssert.Error(result.AnswerForLine(3));
        AnswerAssert.Error(result.AnswerForLine(4));
        AnswerAssert.Decision(result.AnswerForLine(5), "allowed", "NS48-RCPT-ACCESS");
        Assert.Equal(1, result.ExitCode);
    }

    [Fact]
    public void Evaluate_StrictnessBatch_OneAnswerPerQuestion()
    {
        CliResult result = Batch.Result;

        Assert.Equal(Enumerable.Range(1, Batch.Count).ToArray(), result.Answers.Select(a => a.GetProperty("line").GetInt32()).ToArray());
        Assert.Equal(1, result.ExitCode);
    }

    private static string Collect(string purpose, string? sector, bool confirmed = false)
    {
        string sectorKey = sector is null ? string.Empty : $",\"sector\":\"{sector}\"";
        string confirmedKey = confirmed ? ",\"sectorConfirmed\":true" : string.Empty;
        return $$"""{"ask":"collect","field":"last-name","purpose":"{{purpose}}"{{sectorKey}}{{confirmedKey}}}""";
    }
}
