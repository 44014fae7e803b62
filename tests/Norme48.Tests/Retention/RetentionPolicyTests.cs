using System;
using System.Linq;
using NodaTime;
using Norme48.Retention;
using Norme48.Rules;
using Norme48.Vocabulary;
using Xunit;

namespace Norme48.Tests.Retention;

/// <summary>
/// <see cref="RetentionPolicy"/>: the constructor's checks, as its XML docs list them (exception type, parameter name and
/// message), finding a policy by its rule, and the description <see cref="RetentionPolicy.ToString"/> writes.
/// </summary>
public sealed class RetentionPolicyTests
{
    [Fact]
    public void Constructor_UndefinedStatus_ThrowsNamingStatus()
    {
        var exception = Assert.Throws<ArgumentOutOfRangeException>(() =>
            new RetentionPolicy((SubjectStatus)99, null, false, RetentionAnchor.Collection, Period.FromYears(1), RetentionEndAction.Purge));

        AssertOutOfRange(exception, "status", (SubjectStatus)99, "Not a defined subject status.");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(10)]
    public void Constructor_UndefinedAnchor_ThrowsNamingAnchor(int value)
    {
        var exception = Assert.Throws<ArgumentOutOfRangeException>(() =>
            new RetentionPolicy(SubjectStatus.Client, null, false, (RetentionAnchor)value, Period.FromYears(1), RetentionEndAction.Purge));

        AssertOutOfRange(exception, "anchor", (RetentionAnchor)value, "Not a defined retention anchor.");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(4)]
    public void Constructor_UndefinedAction_ThrowsNamingAction(int value)
    {
        var exception = Assert.Throws<ArgumentOutOfRangeException>(() =>
            new RetentionPolicy(SubjectStatus.Client, null, false, RetentionAnchor.Collection, Period.FromYears(1), (RetentionEndAction)value));

        AssertOutOfRange(exception, "action", (RetentionEndAction)value, "Not a defined retention end action.");
    }

    [Fact]
    public void Constructor_UndefinedRule_ThrowsNamingRule()
    {
        var exception = Assert.Throws<ArgumentOutOfRangeException>(() =>
            new RetentionPolicy(SubjectStatus.Client, null, false, RetentionAnchor.Collection, Period.FromYears(1), RetentionEndAction.Purge, rule: (RuleId)0));

        AssertOutOfRange(exception, "rule", (RuleId)0, "Not a defined rule id.");
    }

    [Fact]
    public void Constructor_NegativeCountLimit_ThrowsNamingIt()
    {
        var exception = Assert.Throws<ArgumentOutOfRangeException>(() =>
            new RetentionPolicy(SubjectStatus.Prospect, null, false, RetentionAnchor.LastContactFromPerson, null, RetentionEndAction.Purge, maxUnansweredSolicitations: -1));

        AssertOutOfRange(exception, "maxUnansweredSolicitations", -1, "A count limit is not negative.");
    }

    [Fact]
    public void Constructor_NeitherPeriodNorCountLimit_ThrowsNamingPeriod()
    {
        var exception = Assert.Throws<ArgumentException>(() =>
            new RetentionPolicy(SubjectStatus.Prospect, null, false, RetentionAnchor.LastContactFromPerson, null, RetentionEndAction.Purge));

        Assert.Equal("period", exception.ParamName);
        Assert.StartsWith("A retention policy states a period, a count limit, or both.", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_CountLimitOnly_IsAPolicy()
    {
        var policy = new RetentionPolicy(SubjectStatus.Prospect, null, false, RetentionAnchor.LastContactFromPerson, null, RetentionEndAction.Purge, maxUnansweredSolicitations: 0);

        Assert.Null(policy.Period);
        Assert.Equal(0, policy.MaxUnansweredSolicitations);
    }

    [Fact]
    public void Constructor_FieldOfAnotherCategory_ThrowsNamingFieldAndBothCategories()
    {
        var exception = Assert.Throws<ArgumentException>(() => new RetentionPolicy(
            SubjectStatus.Client, DataCategory.Identity, false, RetentionAnchor.DebitDate, Period.FromMonths(13), RetentionEndAction.Purge, field: DataField.BankCardNumber));

        Assert.Equal("field", exception.ParamName);
        Assert.StartsWith("The field 'bank-card-number' is of category payment-means, not identity.", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_FieldOfItsCategory_KeepsBoth()
    {
        var policy = new RetentionPolicy(
            SubjectStatus.Client, DataCategory.PaymentMeans, false, RetentionAnchor.DebitDate, Period.FromMonths(13), RetentionEndAction.Purge, field: DataField.BankCardNumber);

        Assert.Same(DataCategory.PaymentMeans, policy.Category);
        Assert.Same(DataField.BankCardNumber, policy.Field);
    }

    [Fact]
    public void Find_RuleOfThePolicies_ReturnsItsPolicy()
    {
        var policies = RetentionPolicy.ForEdition(Edition.Ns2016);

        var policy = RetentionPolicy.Find(policies, RuleId.RetentionTracker13Months);

        Assert.Equal(RuleId.RetentionTracker13Months, policy.Rule);
        Assert.Equal(Period.FromMonths(13), policy.Period);
    }

    // NS48-RET-TRACKER-13M is a rule of ns48-2016, not of ns48-2005 (RULES.md, "Retention 2016").
    [Fact]
    public void Find_RuleNoPolicyStates_ThrowsNamingTheRule()
    {
        var exception = Assert.Throws<InvalidOperationException>(() =>
            RetentionPolicy.Find(RetentionPolicy.ForEdition(Edition.Ns2005), RuleId.RetentionTracker13Months));

        Assert.Equal("No retention policy states NS48-RET-TRACKER-13M.", exception.Message);
    }

    // The example of the XML docs: "prospect, every field: P1Y from LastContactFromPerson, then Purge (NS48-RET-PROSPECT-1Y)".
    [Fact]
    public void ToString_ProspectOneYear_AsDocumented()
    {
        var policy = RetentionPolicy.Find(RetentionPolicy.ForEdition(Edition.Ns2005), RuleId.RetentionProspectOneYear);

        Assert.Equal("prospect, every field: P1Y from LastContactFromPerson, then Purge (NS48-RET-PROSPECT-1Y)", policy.ToString());
    }

    // An objection list keeps each objection at least three years: the period is a minimum, and the text says so.
    [Fact]
    public void ToString_ObjectionList_SaysAtLeast()
    {
        var policy = RetentionPolicy.Find(RetentionPolicy.ForEdition(Edition.Ns2016), RuleId.RetentionObjectionListThreeYears);

        Assert.True(policy.IsMinimum);
        Assert.Equal("any person, every field: at least P3Y from Objection, then Purge (NS48-RET-OBJECTION-LIST-3Y)", policy.ToString());
    }

    [Fact]
    public void ToString_ControllersOwnCountPolicy_NoRuleAndTheCount()
    {
        var policy = new RetentionPolicy(SubjectStatus.Client, null, proofOnly: true, RetentionAnchor.ProofDocumentDate, null, RetentionEndAction.ArchiveThenPurge, maxUnansweredSolicitations: 2, field: DataField.Amount);

        Assert.False(policy.IsMinimum);
        Assert.Equal("client, amount, proof: at most 2 unanswered solicitations, then ArchiveThenPurge", policy.ToString());
    }

    // The policies ns48-2016 and ref-2021 share are built once per process by CommonLater(); built afresh, they are
    // RULES.md's "Retention 2016": client data as long as the relationship lasts, proof data archived 10 years, client
    // data used for prospecting 3 years after the relationship, prospects 3 years from the last contact (then asked),
    // the card number archived 13 months after the debit date for disputes, objection lists at least 3 years.
    [Fact]
    public void CommonLater_BuiltAfresh_TheSharedPoliciesOfRulesMd()
    {
        var policies = RetentionPolicy.CommonLater();

        Assert.Equal(
            [
                ("client", "every field", false, RetentionAnchor.RelationshipEnd, Period.Zero, RetentionEndAction.Purge, RuleId.RetentionClient),
                ("client", "every field", true, RetentionAnchor.ProofDocumentDate, Period.FromYears(10), RetentionEndAction.ArchiveThenPurge, RuleId.RetentionClientProof),
                ("client", "every field", false, RetentionAnchor.RelationshipEnd, Period.FromYears(3), RetentionEndAction.Purge, RuleId.RetentionClientProspectingThreeYears),
                ("prospect", "every field", false, RetentionAnchor.LastContactFromPerson, Period.FromYears(3), RetentionEndAction.AskThenPurge, RuleId.RetentionProspectThreeYears),
                ("client", "bank-card-number", false, RetentionAnchor.DebitDate, Period.FromMonths(13), RetentionEndAction.ArchiveThenPurge, RuleId.RetentionCardDispute),
                ("any", "every field", false, RetentionAnchor.Objection, Period.FromYears(3), RetentionEndAction.Purge, RuleId.RetentionObjectionListThreeYears),
            ],
            policies.Select(p => (
                p.Status switch { SubjectStatus.Client => "client", SubjectStatus.Prospect => "prospect", _ => "any" },
                p.Field?.Id ?? p.Category?.Id ?? "every field",
                p.ProofOnly,
                p.Anchor,
                p.Period!,
                p.Action,
                p.Rule!.Value)).ToArray());
        Assert.All(policies, p => Assert.Null(p.MaxUnansweredSolicitations));
        Assert.Same(DataCategory.PaymentMeans, policies[4].Category);
    }

    // RULES.md, Retention policies: anchors are ordered collection ≤ last contact from the person; a declared period is
    // longer when Period.CreateComparer ranks it longer at 2024-02-29T00:00 or at 2025-03-31T00:00. P1M is 29 days from
    // 2024-02-29 and 30 from 2025-03-31; P11M is 335 days from 2024-02-29 and 334 from 2025-03-31.
    [Theory]
    [InlineData("P1Y", "P1Y", RetentionExcess.None)]
    [InlineData("P12M", "P1Y", RetentionExcess.None)]
    [InlineData("P13M", "P1Y", RetentionExcess.LongerPeriod)]
    [InlineData("P11M", "P1Y", RetentionExcess.None)]
    [InlineData("P365D", "P1Y", RetentionExcess.None)]
    [InlineData("P366D", "P1Y", RetentionExcess.LongerPeriod)]
    [InlineData("P1M", "P29D", RetentionExcess.LongerPeriod)]
    [InlineData("P1M", "P30D", RetentionExcess.None)]
    [InlineData("P11M", "P334D", RetentionExcess.LongerPeriod)]
    [InlineData("P11M", "P335D", RetentionExcess.None)]
    internal void ExcessOver_SameAnchor_LongerWhenLongerAtEitherBase(string declared, string norm, RetentionExcess expected)
    {
        var policy = Policy(RetentionAnchor.LastContactFromPerson, declared);

        Assert.Equal(expected, policy.ExcessOver(Policy(RetentionAnchor.LastContactFromPerson, norm)));
    }

    [Theory]
    [InlineData(RetentionAnchor.Collection, RetentionAnchor.LastContactFromPerson, RetentionExcess.None)]
    [InlineData(RetentionAnchor.LastContactFromPerson, RetentionAnchor.Collection, RetentionExcess.LaterAnchor)]
    [InlineData(RetentionAnchor.RelationshipEnd, RetentionAnchor.LastContactFromPerson, RetentionExcess.LaterAnchor)]
    [InlineData(RetentionAnchor.Collection, RetentionAnchor.RelationshipEnd, RetentionExcess.LaterAnchor)]
    internal void ExcessOver_OtherAnchor_LaterUnlessCollectionForLastContact(RetentionAnchor declared, RetentionAnchor norm, RetentionExcess expected)
    {
        Assert.Equal(expected, Policy(declared, "P1Y").ExcessOver(Policy(norm, "P1Y")));
    }

    // "For a minimum (NS48-RET-OBJECTION-LIST-3Y) the violation is a shorter period."
    [Theory]
    [InlineData("P2Y", RetentionExcess.ShorterPeriod)]
    [InlineData("P35M", RetentionExcess.ShorterPeriod)]
    [InlineData("P3Y", RetentionExcess.None)]
    [InlineData("P5Y", RetentionExcess.None)]
    internal void ExcessOver_ObjectionList_ShorterIsTheExcess(string declared, RetentionExcess expected)
    {
        var norm = RetentionPolicy.Find(RetentionPolicy.ForEdition(Edition.Ns2016), RuleId.RetentionObjectionListThreeYears);

        Assert.Equal(expected, Policy(RetentionAnchor.Objection, declared, status: null).ExcessOver(norm));
    }

    // "A count limit above the norm's keeps data longer": NS48-RET-PROSPECT-2-UNANSWERED allows 2.
    [Theory]
    [InlineData(1, RetentionExcess.None)]
    [InlineData(2, RetentionExcess.None)]
    [InlineData(3, RetentionExcess.HigherCount)]
    internal void ExcessOver_CountLimit_HigherThanTheNormsIsTheExcess(int count, RetentionExcess expected)
    {
        var norm = RetentionPolicy.Find(RetentionPolicy.ForEdition(Edition.Ns2005), RuleId.RetentionProspectTwoUnanswered);
        var declared = new RetentionPolicy(SubjectStatus.Prospect, null, false, RetentionAnchor.LastContactFromPerson, null, RetentionEndAction.Purge, maxUnansweredSolicitations: count);

        Assert.Equal(expected, declared.ExcessOver(norm));
        Assert.Equal(RetentionExcess.None, Policy(RetentionAnchor.LastContactFromPerson, "P1Y").ExcessOver(norm));
    }

    private static RetentionPolicy Policy(RetentionAnchor anchor, string period, SubjectStatus? status = SubjectStatus.Prospect) =>
        new(status, null, false, anchor, NodaTime.Text.PeriodPattern.Roundtrip.Parse(period).Value, RetentionEndAction.Purge);

    private static void AssertOutOfRange(ArgumentOutOfRangeException exception, string paramName, object actual, string message)
    {
        Assert.Equal(paramName, exception.ParamName);
        Assert.Equal(actual, exception.ActualValue);
        Assert.StartsWith(message, exception.Message, StringComparison.Ordinal);
    }
}
