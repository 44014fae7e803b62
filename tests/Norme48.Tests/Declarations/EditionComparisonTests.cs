using System;
using System.Linq;
using Norme48.Declarations;
using Norme48.Evaluation;
using Norme48.Rules;
using Norme48.Vocabulary;
using Xunit;

namespace Norme48.Tests.Declarations;

/// <summary>
/// Example tests of <see cref="EditionComparison"/>: the compliant small shop compared between editions, with a purpose
/// that one edition excludes or lacks added where a test needs it.
/// </summary>
public sealed class EditionComparisonTests
{
    [Fact]
    public void Compare_CompliantShopFrom2005To2016_ProspectRetentionGoesFromOneYearToThreeYears()
    {
        var declaration = DeclarationDraft.CompliantShop().Build();

        var changes = EditionComparison.Compare(declaration, Edition.Ns2005, Edition.Ns2016);

        var prospect = Assert.Single(changes, c => c.Ask == DecisionAsk.Retention && c.Subject == "prospect");
        Assert.Equal("1 year from last-contact-from-person; at most 2 unanswered solicitations since last-contact-from-person", prospect.Before!.Verdict);
        Assert.Equal([RuleId.RetentionProspectOneYear, RuleId.RetentionProspectTwoUnanswered], prospect.Before.Rules);
        Assert.Equal("3 years from last-contact-from-person", prospect.After!.Verdict);
        Assert.Equal([RuleId.RetentionProspectThreeYears], prospect.After.Rules);
        Assert.Same(Edition.Ns2005, prospect.Before.Edition);
        Assert.Same(Edition.Ns2016, prospect.After.Edition);
        Assert.Equal("retention", prospect.AskId);
    }

    [Fact]
    public void Compare_CompliantShopFrom2005To2016_ObjectionListAndTrackersAreNotIn2005()
    {
        var declaration = DeclarationDraft.CompliantShop().Build();

        var changes = EditionComparison.Compare(declaration, Edition.Ns2005, Edition.Ns2016);

        var anyPerson = Assert.Single(changes, c => c.Ask == DecisionAsk.Retention && c.Subject == "any-person");
        Assert.Null(anyPerson.Before);
        Assert.Equal([RuleId.RetentionObjectionListThreeYears, RuleId.RetentionTracker13Months], anyPerson.After!.Rules);
        Assert.Equal("at least 3 years from objection; connection-data: 13 months from tracker-set", anyPerson.After.Verdict);
        Assert.StartsWith("retention any-person: not in this edition ⇒ at least 3 years", anyPerson.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Compare_SharedLoyaltyProgramme_GoesFromExcludedUseToAllowed()
    {
        var draft = DeclarationDraft.CompliantShop();
        draft.Purposes.Add(ProcessingPurpose.SharedLoyaltyProgramme);
        draft.Fields.Add(new DeclaredField(DataField.LandlinePhone, [ProcessingPurpose.SharedLoyaltyProgramme]));

        var changes = EditionComparison.Compare(draft.Build(), Edition.Ns2005, Edition.Ns2016);

        var collect = Assert.Single(changes, c => c.Ask == DecisionAsk.Collect);
        Assert.Equal("landline-phone → shared-loyalty-programme", collect.Subject);
        Assert.Equal("denied", collect.Before!.Verdict);
        Assert.Equal([RuleId.ScopeExcludedUse], collect.Before.Rules);
        Assert.Equal("allowed", collect.After!.Verdict);
        Assert.Equal([RuleId.DataListed], collect.After.Rules);
        Assert.NotNull(collect.Before.Message);
        Assert.Equal(
            "collect landline-phone → shared-loyalty-programme: denied (NS48-SCOPE-EXCLUDED-USE) ⇒ allowed (NS48-DATA-LISTED)",
            collect.ToString());
        var conformity = Assert.Single(changes, c => c.Ask == DecisionAsk.Conformity);
        Assert.Equal("non-compliant", conformity.Before!.Verdict);
        Assert.Contains(RuleId.ScopeExcludedUse, conformity.Before.Rules);
        Assert.DoesNotContain(RuleId.ScopeExcludedUse, conformity.After!.Rules);
    }

    [Fact]
    public void Compare_PurposeOnlyInNs2016_IsNotInTheOtherEditions()
    {
        var draft = DeclarationDraft.CompliantShop();
        draft.Edition = Edition.Ns2016;
        draft.Purposes.Add(ProcessingPurpose.OppositionListUpdate);
        draft.Fields.Add(new DeclaredField(DataField.LandlinePhone, [ProcessingPurpose.OppositionListUpdate]));
        var declaration = draft.Build();

        var fromOlder = EditionComparison.Compare(declaration, Edition.Ns2005, Edition.Ns2016);
        var toNewer = EditionComparison.Compare(declaration, Edition.Ns2016, Edition.Ref2021);

        var added = Assert.Single(fromOlder, c => c.Ask == DecisionAsk.Collect);
        Assert.Equal("landline-phone → opposition-list-update", added.Subject);
        Assert.Null(added.Before);
        Assert.Equal("allowed", added.After!.Verdict);
        var removed = Assert.Single(toNewer, c => c.Ask == DecisionAsk.Collect);
        Assert.Equal("allowed", removed.Before!.Verdict);
        Assert.Null(removed.After);
        Assert.Null(Assert.Single(fromOlder, c => c.Ask == DecisionAsk.Conformity).Before);
        Assert.Null(Assert.Single(toNewer, c => c.Ask == DecisionAsk.Conformity).After);
    }

    [Fact]
    public void Compare_DeclarationNamingAnotherEdition_IgnoresIt()
    {
        var draft = DeclarationDraft.CompliantShop();
        draft.Edition = Edition.Ns2005;

        var changes = EditionComparison.Compare(draft.Build(), Edition.Ns2016, Edition.Ref2021);

        Assert.All(changes, c => Assert.Same(Edition.Ns2016, c.Before?.Edition ?? Edition.Ns2016));
        Assert.All(changes, c => Assert.Same(Edition.Ref2021, c.After?.Edition ?? Edition.Ref2021));
    }

    [Theory]
    [InlineData("ns48-2005")]
    [InlineData("ns48-2016")]
    [InlineData("ref-2021")]
    public void Compare_SameEdition_NoChange(string id)
    {
        var edition = Edition.Parse(id);
        var draft = DeclarationDraft.CompliantShop();
        draft.Purposes.Add(ProcessingPurpose.SharedLoyaltyProgramme);
        draft.Fields.Add(new DeclaredField(DataField.LandlinePhone, [ProcessingPurpose.SharedLoyaltyProgramme]));
        var declaration = draft.Build();

        var changes = EditionComparison.Compare(declaration, edition, edition);

        Assert.Empty(changes);
        Assert.NotEmpty(EditionComparison.Compare(declaration, edition, ReferenceEquals(edition, Edition.Ns2005) ? Edition.Ns2016 : Edition.Ns2005));
    }

    [Fact]
    public void Compare_Changes_AreInQuestionOrderThenDeclarationOrder()
    {
        var draft = DeclarationDraft.CompliantShop();
        var shared = ProcessingPurpose.SharedLoyaltyProgramme;
        draft.Purposes.Add(shared);
        draft.Fields.Insert(0, new DeclaredField(DataField.MobilePhone, [ProcessingPurpose.Orders, shared]));
        draft.Fields.Add(new DeclaredField(DataField.LandlinePhone, [shared]));

        var changes = EditionComparison.Compare(draft.Build(), Edition.Ns2005, Edition.Ns2016);

        Assert.Equal(
            [
                "collect mobile-phone → shared-loyalty-programme",
                "collect landline-phone → shared-loyalty-programme",
                "retention client",
                "retention prospect",
                "retention any-person",
                "conformity declaration",
            ],
            changes.Select(c => $"{c.AskId} {c.Subject}").Where(s => !s.StartsWith("solicit", StringComparison.Ordinal)));
        Assert.Equal(changes.Select(c => c.Ask).Order(), changes.Select(c => c.Ask));
    }

    [Fact]
    public void Answer_CompliantShop_AsksEveryQuestionInOrder()
    {
        var declaration = DeclarationDraft.CompliantShop().Build();

        var answers = EditionComparison.Answer(declaration, Norme48Evaluator.Default);

        var collects = declaration.Fields.Sum(f => f.Purposes.Distinct().Count());
        Assert.Equal(
            [
                .. Enumerable.Repeat(DecisionAsk.Collect, collects),
                .. Enumerable.Repeat(DecisionAsk.Share, declaration.Recipients.Count),
                .. Enumerable.Repeat(DecisionAsk.Solicit, declaration.Channels.Count),
                .. Enumerable.Repeat(DecisionAsk.Notice, declaration.Forms.Count),
                DecisionAsk.Retention, DecisionAsk.Retention, DecisionAsk.Retention,
                DecisionAsk.Conformity,
            ],
            answers.Select(a => a.Ask));
        Assert.Equal("last-name → orders", answers[0].Subject);
        Assert.Equal("contracted-companies (contract-execution)", answers[collects + 2].Subject);
        Assert.Equal("email → consumer prospect", answers[collects + declaration.Recipients.Count].Subject);
    }

    [Fact]
    public void Compare_NullArguments_ThrowNamingThem()
    {
        var declaration = DeclarationDraft.CompliantShop().Build();

        Assert.Equal("declaration", Assert.Throws<ArgumentNullException>(() => EditionComparison.Compare(null!, Edition.Ns2005, Edition.Ns2016)).ParamName);
        Assert.Equal("from", Assert.Throws<ArgumentNullException>(() => EditionComparison.Compare(declaration, null!, Edition.Ns2016)).ParamName);
        Assert.Equal("to", Assert.Throws<ArgumentNullException>(() => EditionComparison.Compare(declaration, Norme48Evaluator.Default, null!)).ParamName);
    }

    [Fact]
    public void DecisionOutcome_SameVerdictAndRulesWithOtherTextsAndEditions_AreEqual()
    {
        var before = new DecisionOutcome(Edition.Ns2005, "allowed", [RuleId.DataListed], new LocalizedText("One text.", "Un texte."));
        var after = new DecisionOutcome(Edition.Ns2016, "allowed", [RuleId.DataListed], new LocalizedText("Another text.", "Un autre texte."));
        var otherRule = new DecisionOutcome(Edition.Ns2016, "allowed", [RuleId.DataConnectionStatsOnly], null);
        var otherVerdict = new DecisionOutcome(Edition.Ns2016, "denied", [RuleId.DataListed], null);

        Assert.Equal(before, after);
        Assert.Equal(before.GetHashCode(), after.GetHashCode());
        Assert.NotEqual(before, otherRule);
        Assert.NotEqual(before, otherVerdict);
        Assert.Equal("allowed (NS48-DATA-LISTED)", before.ToString());
    }
}
