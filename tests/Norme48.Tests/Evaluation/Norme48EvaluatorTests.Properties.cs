using System;
using FsCheck.Xunit;
using Norme48.Decisions;
using Norme48.Evaluation;
using Norme48.Rules;
using Norme48.Vocabulary;
using Xunit;

namespace Norme48.Tests.Evaluation;

public sealed partial class Norme48EvaluatorTests
{
    private const int PropertyRuns = 300;

    private static readonly Norme48Evaluator Fresh = new(Edition.Ns2005);

    [Property(Arbitrary = [typeof(Arbitraries)], MaxTest = PropertyRuns)]
    public void MayCollect_AnyValidAsk_ReturnsADecision(CollectAsk ask)
    {
        var decision = Decide(Evaluator, ask);

        AssertIsADecision(decision);
    }

    [Property(Arbitrary = [typeof(Arbitraries)], MaxTest = PropertyRuns)]
    public void MayShare_AnyValidAsk_ReturnsADecision(ShareAsk ask)
    {
        var decision = Decide(Evaluator, ask);

        AssertIsADecision(decision);
    }

    [Property(Arbitrary = [typeof(Arbitraries)], MaxTest = PropertyRuns)]
    public void MayTransfer_AnyValidAsk_ReturnsADecision(TransferAsk ask)
    {
        var decision = Decide(Evaluator, ask);

        AssertIsADecision(decision);
    }

    [Property(Arbitrary = [typeof(Arbitraries)], MaxTest = PropertyRuns)]
    public void MayTransfer_AnySensitiveFlagOnAnotherCategory_ThrowsNamingSensitive(MisflaggedTransferAsk ask)
    {
        var exception = Assert.Throws<ArgumentException>(
            () => Evaluator.MayTransfer(ask.Field, TransferMode.Cession, ask.Conditions, ask.Sensitive, ask.Sector));

        Assert.Equal("sensitive", exception.ParamName);
    }

    // "NS48-SCOPE-SECTOR when the sector is outside the norm" is cited alone, whatever else is asked.
    [Property(Arbitrary = [typeof(Arbitraries)], MaxTest = PropertyRuns)]
    public void AnyAsk_SectorOutsideNorm_CitesScopeSectorAlone(CollectAsk collect, ShareAsk share, TransferAsk transfer)
    {
        var decisions = new[] { (collect.Sector, Decide(Evaluator, collect)), (share.Sector, Decide(Evaluator, share)), (transfer.Sector, Decide(Evaluator, transfer)) };

        foreach (var (sector, decision) in decisions)
        {
            if (sector is not null && Array.IndexOf(Ns2005Spec.OutsideSectorNames, sector.Name) >= 0)
            {
                DecisionAssert.Denied(decision, "NS48-SCOPE-SECTOR");
            }
        }
    }

    [Property(Arbitrary = [typeof(Arbitraries)], MaxTest = PropertyRuns)]
    public void AnyDenial_CitesAtLeastOneExplainedRule(CollectAsk collect, ShareAsk share, TransferAsk transfer)
    {
        foreach (var decision in new[] { Decide(Evaluator, collect), Decide(Evaluator, share), Decide(Evaluator, transfer) })
        {
            if (!decision.IsAllowed)
            {
                Assert.NotEmpty(decision.Rules);
                DecisionAssert.ReasonsAreExplained(decision);
                Assert.Empty(decision.Obligations);
            }
        }
    }

    [Property(Arbitrary = [typeof(Arbitraries)], MaxTest = PropertyRuns)]
    public void AnyAllowance_CitesExactlyOneRule(CollectAsk collect, ShareAsk share, TransferAsk transfer)
    {
        foreach (var decision in new[] { Decide(Evaluator, collect), Decide(Evaluator, share), Decide(Evaluator, transfer) })
        {
            if (decision.IsAllowed)
            {
                Assert.Single(decision.Rules);
                DecisionAssert.ReasonsAreExplained(decision);
            }
        }
    }

    [Property(Arbitrary = [typeof(Arbitraries)], MaxTest = PropertyRuns)]
    public void AnyAsk_AboutTheNir_IsNeverAllowed(CollectAsk collect, ShareAsk share, TransferAsk transfer)
    {
        var nirCollect = Decide(Evaluator, collect with { Field = DataField.Nir });
        var nirShare = Decide(Evaluator, share with { Field = DataField.Nir });
        var nirTransfer = Decide(Evaluator, transfer with { Field = DataField.Nir, Sensitive = null });

        Assert.False(nirCollect.IsAllowed);
        Assert.False(nirShare.IsAllowed);
        Assert.False(nirTransfer.IsAllowed);
    }

    [Property(Arbitrary = [typeof(Arbitraries)], MaxTest = PropertyRuns)]
    public void MayTransfer_InternalClientCode_IsNeverAllowed(TransferAsk ask)
    {
        var decision = Decide(Evaluator, ask with { Field = DataField.InternalClientCode, Sensitive = null });

        Assert.False(decision.IsAllowed);
    }

    // Monotonicity, checked over all eight condition sets of the generated field, mode, flag and sector.
    [Property(Arbitrary = [typeof(Arbitraries)], MaxTest = PropertyRuns)]
    public void MayTransfer_AddingConsentOrCommitment_NeverTurnsAllowanceIntoDenial(TransferAsk ask)
    {
        foreach (var (commitment, consent, objected) in AllConditionSets())
        {
            var before = Decide(Evaluator, ask.With(commitment, consent, objected));
            var withConsent = Decide(Evaluator, ask.With(commitment, consent: true, objected));
            var withCommitment = Decide(Evaluator, ask.With(commitment: true, consent, objected));

            if (before.IsAllowed)
            {
                Assert.True(withConsent.IsAllowed, $"adding consent to {ask.With(commitment, consent, objected)} denied it");
                Assert.True(withCommitment.IsAllowed, $"adding commitment to {ask.With(commitment, consent, objected)} denied it");
            }
        }
    }

    [Property(Arbitrary = [typeof(Arbitraries)], MaxTest = PropertyRuns)]
    public void MayTransfer_AddingObjection_NeverTurnsDenialIntoAllowance(TransferAsk ask)
    {
        foreach (var (commitment, consent, objected) in AllConditionSets())
        {
            var before = Decide(Evaluator, ask.With(commitment, consent, objected));
            var withObjection = Decide(Evaluator, ask.With(commitment, consent, objected: true));

            Assert.False(withObjection.IsAllowed, $"{ask.With(commitment, consent, objected: true)} was allowed");
            if (!before.IsAllowed)
            {
                Assert.False(withObjection.IsAllowed);
            }
        }
    }

    [Property(Arbitrary = [typeof(Arbitraries)], MaxTest = PropertyRuns)]
    public void AnyAsk_AskedTwiceOrOfAnotherEvaluator_DecidedAlike(CollectAsk collect, ShareAsk share, TransferAsk transfer)
    {
        AssertSameDecision(Decide(Evaluator, collect), Decide(Evaluator, collect));
        AssertSameDecision(Decide(Evaluator, collect), Decide(Fresh, collect));
        AssertSameDecision(Decide(Evaluator, share), Decide(Evaluator, share));
        AssertSameDecision(Decide(Evaluator, share), Decide(Fresh, share));
        AssertSameDecision(Decide(Evaluator, transfer), Decide(Evaluator, transfer));
        AssertSameDecision(Decide(Evaluator, transfer), Decide(Fresh, transfer));
    }

    [Property(Arbitrary = [typeof(Arbitraries)], MaxTest = PropertyRuns)]
    public void MayCollect_CustomField_DecidedAsBuiltInFieldOfItsCategory(CustomFieldAsk ask)
    {
        var custom = Evaluator.MayCollect(ask.Custom, ask.Purpose, ask.Sector);
        var builtIn = Evaluator.MayCollect(ask.BuiltIn, ask.Purpose, ask.Sector);

        AssertSameDecision(builtIn, custom);
    }

    private static Decision Decide(Norme48Evaluator evaluator, CollectAsk ask) =>
        evaluator.MayCollect(ask.Field, ask.Purpose, ask.Sector);

    private static Decision Decide(Norme48Evaluator evaluator, ShareAsk ask) =>
        evaluator.MayShare(ask.Field, ask.Recipient, ask.Basis, ask.Sector);

    private static Decision Decide(Norme48Evaluator evaluator, TransferAsk ask) =>
        evaluator.MayTransfer(ask.Field, ask.Mode, ask.Conditions, ask.Sensitive, ask.Sector);

    private static (bool Commitment, bool Consent, bool Objected)[] AllConditionSets() =>
    [
        (false, false, false), (true, false, false), (false, true, false), (true, true, false),
        (false, false, true), (true, false, true), (false, true, true), (true, true, true),
    ];

    private static void AssertIsADecision(Decision decision)
    {
        Assert.NotNull(decision);
        Assert.True(decision.Verdict is Verdict.Allowed or Verdict.Denied);
        Assert.Same(Edition.Ns2005, decision.Edition);
        Assert.NotEmpty(decision.Rules);
        Assert.All(decision.Rules, rule => Assert.True(Rulebook.For(Edition.Ns2005).Contains(rule)));
    }

    private static void AssertSameDecision(Decision expected, Decision actual)
    {
        Assert.Equal(expected.Verdict, actual.Verdict);
        Assert.Equal(expected.Rules, actual.Rules);
    }
}
