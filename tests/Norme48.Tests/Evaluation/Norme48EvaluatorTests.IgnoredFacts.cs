using System;
using NodaTime;
using Norme48.Decisions;
using Norme48.Retention;
using Norme48.Rules;
using Norme48.Vocabulary;
using Xunit;

namespace Norme48.Tests.Evaluation;

/// <summary>Facts a status does not use are ignored, even where they would otherwise be refused (CONTRACT.md, Strictness).</summary>
public sealed partial class Norme48EvaluatorTests
{
    private static readonly Instant IgnoredFactsNow = Instant.FromUtc(2025, 6, 1, 0, 0);

    [Fact]
    public void DecideRetention_ClientWithLastContactAfterNow_IgnoresIt()
    {
        var ended = Instant.FromUtc(2024, 3, 15, 10, 0);
        var client = new Subject(SubjectStatus.Client, relationshipEndedAt: ended, lastContactAt: IgnoredFactsNow + Duration.FromDays(200));

        var decision = Evaluator.DecideRetention(DataField.LastName, client, IgnoredFactsNow);

        Assert.Equal(RetentionVerdict.Purge, decision.Verdict);
        Assert.Equal(ended, decision.Since);
        Assert.Equal([RuleId.RetentionClient], decision.Rules);
    }

    [Fact]
    public void DecideRetention_ProspectWithProofDateAfterNow_IgnoresIt()
    {
        var collected = Instant.FromUtc(2023, 5, 10, 10, 0);
        var prospect = new Subject(SubjectStatus.Prospect, collectedAt: collected);

        var decision = Evaluator.DecideRetention(DataField.LastName, prospect, IgnoredFactsNow, proof: true, proofFrom: IgnoredFactsNow + Duration.FromDays(1));

        Assert.Equal(RetentionVerdict.Purge, decision.Verdict);
        Assert.Equal(Instant.FromUtc(2024, 5, 10, 10, 0), decision.Since);
        Assert.Equal([RuleId.RetentionProspectOneYear], decision.Rules);
    }

    [Fact]
    public void DecideRetention_ClientWithProofDateAfterNow_Throws()
    {
        var client = new Subject(SubjectStatus.Client, relationshipEndedAt: Instant.FromUtc(2024, 3, 15, 10, 0));

        var exception = Assert.Throws<ArgumentException>(
            () => Evaluator.DecideRetention(DataField.Amount, client, IgnoredFactsNow, proof: true, proofFrom: IgnoredFactsNow + Duration.FromDays(1)));

        Assert.Equal("proofFrom", exception.ParamName);
    }
}
