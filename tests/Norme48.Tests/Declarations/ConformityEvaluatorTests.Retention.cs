using NodaTime;
using Norme48.Declarations;
using Norme48.Retention;
using Xunit;

namespace Norme48.Tests.Declarations;

/// <summary>
/// The controller's own retention policies against the edition's: RULES.md, "Retention policies" ("anchors are ordered
/// collection ≤ last contact from the person … the declared period is longer when Period.CreateComparer(base) ranks it
/// longer at base 2024-02-29T00:00 or at 2025-03-31T00:00 … maxUnansweredSolicitations … above 2 it violates").
/// </summary>
public sealed partial class ConformityEvaluatorTests
{
    private static readonly LocalDateTime FirstBase = new(2024, 2, 29, 0, 0);

    private static readonly LocalDateTime SecondBase = new(2025, 3, 31, 0, 0);

    /// <summary>The specification's comparison, computed here with NodaTime rather than read from the library.</summary>
    private static bool LongerAtEitherBase(Period declared, Period norm) =>
        Period.CreateComparer(FirstBase).Compare(declared, norm) > 0 || Period.CreateComparer(SecondBase).Compare(declared, norm) > 0;

    private static ConformityReport EvaluateWithPolicy(RetentionPolicy policy)
    {
        var draft = DeclarationDraft.CompliantShop();
        draft.RetentionPolicies.Add(policy);
        return Checker.Evaluate(draft.Build());
    }

    private static RetentionPolicy Client(Period period, RetentionAnchor anchor = RetentionAnchor.RelationshipEnd) =>
        new(SubjectStatus.Client, null, proofOnly: false, anchor, period, RetentionEndAction.Purge);

    private static RetentionPolicy Proof(Period period, RetentionAnchor anchor = RetentionAnchor.ProofDocumentDate) =>
        new(SubjectStatus.Client, null, proofOnly: true, anchor, period, RetentionEndAction.ArchiveThenPurge);

    private static RetentionPolicy Prospect(Period period, RetentionAnchor anchor = RetentionAnchor.LastContactFromPerson) =>
        new(SubjectStatus.Prospect, null, proofOnly: false, anchor, period, RetentionEndAction.Purge);

    private static RetentionPolicy ProspectCount(int max) =>
        new(SubjectStatus.Prospect, null, proofOnly: false, RetentionAnchor.LastContactFromPerson, null, RetentionEndAction.Purge, maxUnansweredSolicitations: max);

    // NS48-RET-CLIENT: "Client data may not be kept beyond the commercial relationship."
    [Fact]
    public void Evaluate_ClientPolicyOneMonthAfterRelationshipEnd_RetentionClient()
    {
        var policy = Client(Period.FromMonths(1));

        var report = EvaluateWithPolicy(policy);

        ReportAssert.SingleViolation(report, "NS48-RET-CLIENT", DeclarationPart.RetentionPolicy, policy.ToString());
    }

    [Fact]
    public void Evaluate_ClientPolicyOneDayAfterRelationshipEnd_RetentionClient()
    {
        var policy = Client(Period.FromDays(1));

        var report = EvaluateWithPolicy(policy);

        ReportAssert.SingleViolation(report, "NS48-RET-CLIENT", DeclarationPart.RetentionPolicy, policy.ToString());
    }

    // "anchors of other kinds must be equal": a client clock started at collection or at the last contact is not the
    // end of the relationship.
    [Theory]
    [InlineData(RetentionAnchor.Collection)]
    [InlineData(RetentionAnchor.LastContactFromPerson)]
    public void Evaluate_ClientPolicyAnchoredElsewhere_RetentionClient(RetentionAnchor anchor)
    {
        var policy = Client(Period.Zero, anchor);

        var report = EvaluateWithPolicy(policy);

        ReportAssert.SingleViolation(report, "NS48-RET-CLIENT", DeclarationPart.RetentionPolicy, policy.ToString());
    }

    // NS48-RET-CLIENT-PROOF: "kept in the archive until 10 years after the date of the document or contract they prove".
    [Fact]
    public void Evaluate_ProofPolicyOfElevenYears_RetentionClientProof()
    {
        var policy = Proof(Period.FromYears(11));

        var report = EvaluateWithPolicy(policy);

        ReportAssert.SingleViolation(report, "NS48-RET-CLIENT-PROOF", DeclarationPart.RetentionPolicy, policy.ToString());
    }

    [Theory]
    [InlineData(10, 0, 0)]
    [InlineData(0, 120, 0)]
    [InlineData(5, 0, 0)]
    [InlineData(9, 11, 30)]
    public void Evaluate_ProofPolicyOfTenYearsOrLess_Compliant(int years, int months, int days)
    {
        var policy = Proof(new PeriodBuilder { Years = years, Months = months, Days = days }.Build());

        var report = EvaluateWithPolicy(policy);

        ReportAssert.Compliant(report);
    }

    [Fact]
    public void Evaluate_ProofPolicyOfTenYearsAndADay_RetentionClientProof()
    {
        var policy = Proof(Period.FromYears(10) + Period.FromDays(1));

        var report = EvaluateWithPolicy(policy);

        ReportAssert.SingleViolation(report, "NS48-RET-CLIENT-PROOF", DeclarationPart.RetentionPolicy, policy.ToString());
    }

    [Fact]
    public void Evaluate_ProofPolicyAnchoredAtRelationshipEnd_RetentionClientProof()
    {
        var policy = Proof(Period.FromYears(10), RetentionAnchor.RelationshipEnd);

        var report = EvaluateWithPolicy(policy);

        ReportAssert.SingleViolation(report, "NS48-RET-CLIENT-PROOF", DeclarationPart.RetentionPolicy, policy.ToString());
    }

    // NS48-RET-PROSPECT-1Y: "deleted at the latest 1 year after the last contact from the prospect".
    [Fact]
    public void Evaluate_ProspectPolicyOfThirteenMonths_RetentionProspectOneYear()
    {
        var policy = Prospect(Period.FromMonths(13));

        var report = EvaluateWithPolicy(policy);

        var violation = ReportAssert.SingleViolation(report, "NS48-RET-PROSPECT-1Y", DeclarationPart.RetentionPolicy, policy.ToString());
        Assert.Equal(Norme48.Rules.RuleStrength.Recommended, violation.Strength);
    }

    [Theory]
    [InlineData("P12M")]
    [InlineData("P1Y")]
    [InlineData("P6M")]
    [InlineData("P52W")]
    public void Evaluate_ProspectPolicyOfAYearOrLess_Compliant(string period)
    {
        var policy = Prospect(PeriodPattern(period));

        var report = EvaluateWithPolicy(policy);

        ReportAssert.Compliant(report);
    }

    // 365 days from 2024-02-29 is 2025-02-28, as is one year (clamped); from 2025-03-31 both reach 2026-03-31: not
    // longer at either base. 366 days reach 2025-03-01 and 2026-04-01: longer at both.
    [Theory]
    [InlineData(364, false)]
    [InlineData(365, false)]
    [InlineData(366, true)]
    [InlineData(367, true)]
    public void Evaluate_ProspectPolicyInDays_ViolatesExactlyWhenLongerThanAYearAtEitherBase(int days, bool longer)
    {
        var period = Period.FromDays(days);
        var policy = Prospect(period);

        var report = EvaluateWithPolicy(policy);

        Assert.Equal(longer, LongerAtEitherBase(period, Period.FromYears(1)));
        if (longer)
        {
            ReportAssert.SingleViolation(report, "NS48-RET-PROSPECT-1Y", DeclarationPart.RetentionPolicy, policy.ToString());
        }
        else
        {
            ReportAssert.Compliant(report);
        }
    }

    // P11M31D: from 2024-02-29, 2025-01-29 + 31 days = 2025-03-01 > 2025-02-28 (longer); from 2025-03-31, 2026-02-28 +
    // 31 days = 2026-03-31 (equal). P10M61D: from 2024-02-29, 2024-12-29 + 61 days = 2025-02-28 (equal); from
    // 2025-03-31, 2026-01-31 + 61 days = 2026-04-02 (longer). Either base alone is enough.
    [Theory]
    [InlineData("P11M31D", true, false)]
    [InlineData("P10M61D", false, true)]
    [InlineData("P11M30D", false, false)]
    public void Evaluate_ProspectPolicyLongerAtOneBaseOnly_Violates(string text, bool longerAtFirst, bool longerAtSecond)
    {
        var period = PeriodPattern(text);
        var policy = Prospect(period);

        var report = EvaluateWithPolicy(policy);

        Assert.Equal(longerAtFirst, Period.CreateComparer(FirstBase).Compare(period, Period.FromYears(1)) > 0);
        Assert.Equal(longerAtSecond, Period.CreateComparer(SecondBase).Compare(period, Period.FromYears(1)) > 0);
        if (longerAtFirst || longerAtSecond)
        {
            ReportAssert.SingleViolation(report, "NS48-RET-PROSPECT-1Y", DeclarationPart.RetentionPolicy, policy.ToString());
        }
        else
        {
            ReportAssert.Compliant(report);
        }
    }

    // "a declared anchor that can fall later than the edition's is a violation (anchors of other kinds must be equal)".
    [Theory]
    [InlineData(RetentionAnchor.RelationshipEnd)]
    [InlineData(RetentionAnchor.ProofDocumentDate)]
    public void Evaluate_ProspectPolicyAnchoredOnAnotherKind_RetentionProspectOneYear(RetentionAnchor anchor)
    {
        var policy = Prospect(Period.FromMonths(6), anchor);

        var report = EvaluateWithPolicy(policy);

        ReportAssert.SingleViolation(report, "NS48-RET-PROSPECT-1Y", DeclarationPart.RetentionPolicy, policy.ToString());
    }

    // "anchors are ordered collection ≤ last contact from the person": a clock started at collection never runs later.
    [Fact]
    public void Evaluate_ProspectPolicyOfAYearFromCollection_Compliant()
    {
        var policy = Prospect(Period.FromYears(1), RetentionAnchor.Collection);

        var report = EvaluateWithPolicy(policy);

        ReportAssert.Compliant(report);
    }

    [Fact]
    public void Evaluate_ProspectPolicyOfThirteenMonthsFromCollection_RetentionProspectOneYear()
    {
        var policy = Prospect(Period.FromMonths(13), RetentionAnchor.Collection);

        var report = EvaluateWithPolicy(policy);

        ReportAssert.SingleViolation(report, "NS48-RET-PROSPECT-1Y", DeclarationPart.RetentionPolicy, policy.ToString());
    }

    // NS48-RET-PROSPECT-2-UNANSWERED: "a count limit is declared as maxUnansweredSolicitations, and above 2 it violates".
    [Theory]
    [InlineData(3)]
    [InlineData(10)]
    public void Evaluate_ProspectCountAboveTwo_RetentionProspectTwoUnanswered(int max)
    {
        var policy = ProspectCount(max);

        var report = EvaluateWithPolicy(policy);

        var violation = ReportAssert.SingleViolation(report, "NS48-RET-PROSPECT-2-UNANSWERED", DeclarationPart.RetentionPolicy, policy.ToString());
        Assert.Equal(Norme48.Rules.RuleStrength.Recommended, violation.Strength);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    public void Evaluate_ProspectCountOfTwoOrLess_Compliant(int max)
    {
        var policy = ProspectCount(max);

        var report = EvaluateWithPolicy(policy);

        ReportAssert.Compliant(report);
    }

    [Fact]
    public void Evaluate_ProspectPolicyTooLongAndCountTooHigh_BothRulesInCatalogueOrder()
    {
        var policy = new RetentionPolicy(
            SubjectStatus.Prospect, null, proofOnly: false, RetentionAnchor.LastContactFromPerson, Period.FromMonths(18), RetentionEndAction.Purge, maxUnansweredSolicitations: 5);

        var report = EvaluateWithPolicy(policy);

        ReportAssert.Violations(
            report,
            ("NS48-RET-PROSPECT-1Y", DeclarationPart.RetentionPolicy, policy.ToString()),
            ("NS48-RET-PROSPECT-2-UNANSWERED", DeclarationPart.RetentionPolicy, policy.ToString()));
    }

    // "A declared policy is compared with the edition's for the same status and field" and "proof means nothing for a
    // prospect": a prospect policy flagged proof-only still keeps prospect data, so the prospect rules judge it.
    [Fact]
    public void Evaluate_ProspectPolicyFlaggedProofOfFiveYears_RetentionProspectOneYear()
    {
        var policy = new RetentionPolicy(
            SubjectStatus.Prospect, null, proofOnly: true, RetentionAnchor.LastContactFromPerson, Period.FromYears(5), RetentionEndAction.Purge);

        var report = EvaluateWithPolicy(policy);

        ReportAssert.SingleViolation(report, "NS48-RET-PROSPECT-1Y", DeclarationPart.RetentionPolicy, policy.ToString());
    }

    // A policy for one category or one field is compared with the edition's, which covers every field.
    [Fact]
    public void Evaluate_ProspectPolicyForOneFieldTooLong_RetentionProspectOneYear()
    {
        var policy = new RetentionPolicy(
            SubjectStatus.Prospect, null, proofOnly: false, RetentionAnchor.LastContactFromPerson, Period.FromYears(2), RetentionEndAction.Purge,
            field: Norme48.Vocabulary.DataField.EmailAddress);

        var report = EvaluateWithPolicy(policy);

        ReportAssert.SingleViolation(report, "NS48-RET-PROSPECT-1Y", DeclarationPart.RetentionPolicy, policy.ToString());
    }

    [Fact]
    public void Evaluate_TwoPoliciesBreakingDifferentRulesDeclaredInReverseOrder_CatalogueOrder()
    {
        var draft = DeclarationDraft.CompliantShop();
        var prospect = Prospect(Period.FromYears(2));
        var client = Client(Period.FromMonths(3));
        draft.RetentionPolicies.Add(prospect);
        draft.RetentionPolicies.Add(client);

        var report = Checker.Evaluate(draft.Build());

        ReportAssert.Violations(
            report,
            ("NS48-RET-CLIENT", DeclarationPart.RetentionPolicy, client.ToString()),
            ("NS48-RET-PROSPECT-1Y", DeclarationPart.RetentionPolicy, prospect.ToString()));
    }

    private static Period PeriodPattern(string text) => NodaTime.Text.PeriodPattern.Roundtrip.Parse(text).Value;
}
