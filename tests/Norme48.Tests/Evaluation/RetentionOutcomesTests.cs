using System.Collections.Generic;
using System.Linq;
using Norme48.Decisions;
using Norme48.Evaluation;
using Norme48.Rules;
using Norme48.Vocabulary;
using Xunit;

namespace Norme48.Tests.Evaluation;

/// <summary>
/// Tests of <see cref="RetentionOutcomes"/>, the table of every retention outcome an edition can give. An evaluator
/// builds it once per edition and per process; these tests build it afresh, so each check below reads what the
/// constructor makes, not a table built earlier in the test run.
/// </summary>
public sealed class RetentionOutcomesTests
{
    public static TheoryData<string> Editions => [.. Edition.All.Select(e => e.Id)];

    [Theory]
    [MemberData(nameof(Editions))]
    public void Outcomes_Single_HaveTheirVerdictRuleAndMessage(string editionId)
    {
        var edition = Edition.Parse(editionId);
        var outcomes = new RetentionOutcomes(Rulebook.For(edition));

        Single(outcomes.OutOfScope, edition, RetentionVerdict.OutOfScope, RuleId.ScopeSector, Messages.SectorOutsideIn(edition));
        Single(outcomes.NirPurge, edition, RetentionVerdict.Purge, RuleId.DataNir, Messages.NirPurge);
        Single(outcomes.ExcludedPurge, edition, RetentionVerdict.Purge, RuleId.DataNir, Messages.ExcludedPurge);
        Assert.NotEqual(outcomes.NirPurge.Reasons[0].Message, outcomes.ExcludedPurge.Reasons[0].Message);
    }

    [Theory]
    [MemberData(nameof(Editions))]
    public void Outcomes_Paired_CarryTheEditionsConnectionNoteOnlyOnTheirConnectionVariant(string editionId)
    {
        var edition = Edition.Parse(editionId);
        var outcomes = new RetentionOutcomes(Rulebook.For(edition));
        var later = edition != Edition.Ns2005;
        var proof = (LocalizedText message) => later ? Messages.Join(message, Messages.ProofFiveYearsNote) : message;

        Pair(outcomes.ClientKeep, edition, RetentionVerdict.Keep, [RuleId.RetentionClient], [Messages.ClientKeep]);
        Pair(outcomes.ClientPurge, edition, RetentionVerdict.Purge, [RuleId.RetentionClient], [Messages.ClientPurge]);
        Pair(outcomes.ProofArchive, edition, RetentionVerdict.Archive, [RuleId.RetentionClientProof], [proof(Messages.ProofArchive)]);
        Pair(outcomes.ProofArchiveUpperBound, edition, RetentionVerdict.Archive, [RuleId.RetentionClientProof],
            [proof(Messages.ProofArchiveUpperBound)]);
        Pair(outcomes.ProofPurge, edition, RetentionVerdict.Purge, [RuleId.RetentionClientProof], [Messages.ProofPurge]);
        Pair(outcomes.ProspectNecessary, edition, RetentionVerdict.Keep, [RuleId.RetentionProspectNecessary], [Messages.ProspectNecessary]);
        if (!later)
        {
            Pair(outcomes.ProspectKeep, edition, RetentionVerdict.Keep, [RuleId.RetentionProspectOneYear], [Messages.ProspectKeep]);
            Pair(outcomes.ProspectPurgeOneYear, edition, RetentionVerdict.Purge, [RuleId.RetentionProspectOneYear], [Messages.ProspectOneYearDue]);
            Pair(outcomes.ProspectPurgeUnanswered, edition, RetentionVerdict.Purge, [RuleId.RetentionProspectTwoUnanswered],
                [Messages.ProspectTwoUnansweredDue]);
            Pair(outcomes.ProspectPurgeBoth, edition, RetentionVerdict.Purge,
                [RuleId.RetentionProspectOneYear, RuleId.RetentionProspectTwoUnanswered],
                [Messages.ProspectOneYearDue, Messages.ProspectTwoUnansweredDue]);
            Assert.Empty(outcomes.ProspectAskBeforePurge);
            Assert.Empty(outcomes.ProspectRecontactPurge);
            Assert.Empty(outcomes.ClientProspectingKeep);
            Assert.Empty(outcomes.ClientProspectingPurge);
            return;
        }

        Pair(outcomes.ProspectKeep, edition, RetentionVerdict.Keep, [RuleId.RetentionProspectThreeYears], [Messages.ProspectKeepThreeYears]);
        Pair(outcomes.ProspectAskBeforePurge, edition, RetentionVerdict.AskBeforePurge, [RuleId.RetentionProspectRecontact],
            [Messages.ProspectAskBeforePurge]);
        Pair(outcomes.ProspectRecontactPurge, edition, RetentionVerdict.Purge,
            [RuleId.RetentionProspectThreeYears, RuleId.RetentionProspectRecontact],
            [Messages.ProspectThreeYearsDue, Messages.ProspectRecontactPurge]);
        Pair(outcomes.ClientProspectingKeep, edition, RetentionVerdict.Keep, [RuleId.RetentionClientProspectingThreeYears],
            [Messages.ClientProspectingKeep]);
        Pair(outcomes.ClientProspectingPurge, edition, RetentionVerdict.Purge, [RuleId.RetentionClientProspectingThreeYears],
            [Messages.ClientProspectingPurge]);
        Assert.Empty(outcomes.ProspectPurgeOneYear);
        Assert.Empty(outcomes.ProspectPurgeUnanswered);
        Assert.Empty(outcomes.ProspectPurgeBoth);
    }

    [Theory]
    [MemberData(nameof(Editions))]
    public void Outcomes_OwnRetentions_ExistOnlyInTheEditionsWithTheirRule(string editionId)
    {
        var edition = Edition.Parse(editionId);
        var rulebook = Rulebook.For(edition);
        var outcomes = new RetentionOutcomes(rulebook);
        var later = edition != Edition.Ns2005;

        // Every edition from ns48-2016 decides payment cards and the objection list; ns48-2005 has no such rules.
        Optional(later, outcomes.CardTransactionKeep, edition, RetentionVerdict.Keep, RuleId.RetentionCardTransaction, Messages.CardTransactionKeep);
        Optional(later, outcomes.CardDisputeArchive, edition, RetentionVerdict.Archive, RuleId.RetentionCardDispute, Messages.CardDisputeArchive);
        Optional(later, outcomes.CardDisputePurge, edition, RetentionVerdict.Purge, RuleId.RetentionCardDispute, Messages.CardDisputePurge);
        Optional(later, outcomes.CardSecurityCodeKeep, edition, RetentionVerdict.Keep, RuleId.RetentionCardCvv, Messages.CardSecurityCodeKeep);
        Optional(later, outcomes.CardSecurityCodePurge, edition, RetentionVerdict.Purge, RuleId.RetentionCardCvv, Messages.CardSecurityCodePurge);
        Optional(later, outcomes.CardConsentKeep, edition, RetentionVerdict.Keep, RuleId.RetentionCardConsent, Messages.CardConsentKeep);
        Optional(later, outcomes.ObjectionListKeep, edition, RetentionVerdict.Keep, RuleId.RetentionObjectionListThreeYears,
            Messages.ObjectionListKeepMinimum);
        Optional(later, outcomes.ObjectionListKeepBeyond, edition, RetentionVerdict.Keep, RuleId.RetentionObjectionListThreeYears,
            Messages.ObjectionListKeepBeyond);

        // The tracker rule is ns48-2016's; the inactive-account rule is the 2021 référentiel's.
        var trackers = edition == Edition.Ns2016;
        Assert.Equal(trackers, rulebook.Contains(RuleId.RetentionTracker13Months));
        Optional(trackers, outcomes.TrackerKeep, edition, RetentionVerdict.Keep, RuleId.RetentionTracker13Months, Messages.TrackerKeep);
        Optional(trackers, outcomes.TrackerPurge, edition, RetentionVerdict.Purge, RuleId.RetentionTracker13Months, Messages.TrackerPurge);

        var accounts = edition == Edition.Ref2021;
        Assert.Equal(accounts, rulebook.Contains(RuleId.RetentionAccountInactiveTwoYears));
        Optional(accounts, outcomes.AccountKeep, edition, RetentionVerdict.Keep, RuleId.RetentionAccountInactiveTwoYears, Messages.AccountKeep);
        Optional(accounts, outcomes.AccountWarn, edition, RetentionVerdict.AskBeforePurge, RuleId.RetentionAccountInactiveTwoYears,
            Messages.AccountWarn);
        Optional(accounts, outcomes.AccountPurge, edition, RetentionVerdict.Purge, RuleId.RetentionAccountInactiveTwoYears, Messages.AccountPurge);
    }

    /// <summary>The note an edition adds to the decisions of connection data: 2005 and 2021 have one, 2016 a rule of its own instead.</summary>
    private static LocalizedText? ConnectionNote(Edition edition) =>
        edition == Edition.Ns2005 ? Messages.ConnectionRetentionNote
        : edition == Edition.Ref2021 ? Messages.ConnectionRetentionNoteRef2021
        : null;

    private static void Single(RetentionOutcome outcome, Edition edition, RetentionVerdict verdict, RuleId rule, LocalizedText message)
    {
        Assert.Equal(verdict, outcome.Verdict);
        Assert.Same(edition, outcome.Edition);
        Assert.Equal([rule], outcome.Rules);
        Assert.Equal([(int)rule], outcome.RuleIndexes);
        var reason = Assert.Single(outcome.Reasons);
        Assert.Equal(rule, reason.RuleId);
        Assert.Equal(message, reason.Message);
        Assert.Same(outcome, outcome.ConnectionVariant);
    }

    private static void Optional(bool expected, RetentionOutcome? outcome, Edition edition, RetentionVerdict verdict, RuleId rule, LocalizedText message)
    {
        if (!expected)
        {
            Assert.Null(outcome);
            return;
        }

        Assert.NotNull(outcome);
        Single(outcome, edition, verdict, rule, message);
    }

    private static void Pair(RetentionOutcome[] pair, Edition edition, RetentionVerdict verdict, RuleId[] rules, LocalizedText[] messages)
    {
        Assert.Equal(2, pair.Length);
        var (plain, connection) = (pair[0], pair[1]);
        var note = ConnectionNote(edition);
        foreach (var outcome in pair)
        {
            Assert.Equal(verdict, outcome.Verdict);
            Assert.Same(edition, outcome.Edition);
            Assert.Equal(rules, outcome.Rules);
            Assert.Equal(rules.Select(r => (int)r), outcome.RuleIndexes);
        }

        Assert.Equal(messages, plain.Reasons.Select(r => r.Message));
        Assert.Same(connection, plain.ConnectionVariant);
        if (note is null)
        {
            Assert.Same(plain, connection);
            return;
        }

        Assert.NotSame(plain, connection);
        IEnumerable<LocalizedText> noted = messages.Select(m => Messages.Join(m, note));
        Assert.Equal(noted, connection.Reasons.Select(r => r.Message));
    }
}
