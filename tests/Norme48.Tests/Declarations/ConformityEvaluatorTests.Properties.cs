using System;
using System.Linq;
using FsCheck.Xunit;
using NodaTime;
using Norme48.Declarations;
using Norme48.Retention;
using Xunit;

namespace Norme48.Tests.Declarations;

/// <summary>The laws of the report: defects compose, violations come in catalogue order, periods compare as RULES.md says.</summary>
public sealed partial class ConformityEvaluatorTests
{
    private const int PropertyRuns = 300;

    // Each defect causes its own violation whatever else is wrong, and the report lists them "in catalogue order of its
    // rule, then in the declaration's order" — whatever order the defects were declared in.
    [Property(Arbitrary = [typeof(Arbitraries)], MaxTest = PropertyRuns)]
    public void Evaluate_AnySetOfDefects_EachItsViolationInCatalogueOrder(DefectSet defects)
    {
        var draft = DeclarationDraft.CompliantShop();
        foreach (var index in defects.Indices)
        {
            DefectCatalogue.Apply(index, draft);
        }

        var report = Checker.Evaluate(draft.Build());

        var expected = defects.Indices.Order().Select(DefectCatalogue.Expected).ToArray();
        Assert.Equal(expected, ReportAssert.Triples(report));
        Assert.Equal(expected.Length == 0 ? ConformityVerdict.Compliant : ConformityVerdict.NonCompliant, report.Verdict);
        Assert.All(report.Violations, ReportAssert.Explained);
    }

    [Fact]
    public void DefectCatalogue_ListedInCatalogueOrder_OneDefectPerRule()
    {
        var rules = Enumerable.Range(0, DefectCatalogue.Count).Select(i => DefectCatalogue.Expected(i).Rule).ToArray();

        var positions = rules.Select(r => Array.IndexOf(Ns2005Spec.RuleIds, r)).ToArray();

        Assert.DoesNotContain(-1, positions);
        Assert.Equal(positions.Order(), positions);
        Assert.Equal(positions.Length, positions.Distinct().Count());
    }

    // "the declared period is longer when Period.CreateComparer(base) ranks it longer at base 2024-02-29T00:00 or at
    // 2025-03-31T00:00".
    [Property(Arbitrary = [typeof(Arbitraries)], MaxTest = PropertyRuns)]
    public void Evaluate_AnyPeriod_ViolatesExactlyWhenLongerAtEitherBase(RetentionPeriodCase period)
    {
        var policy = period.Proof
            ? new RetentionPolicy(SubjectStatus.Client, null, true, RetentionAnchor.ProofDocumentDate, period.Value, RetentionEndAction.ArchiveThenPurge)
            : new RetentionPolicy(SubjectStatus.Prospect, null, false, RetentionAnchor.LastContactFromPerson, period.Value, RetentionEndAction.Purge);

        var report = EvaluateWithPolicy(policy);

        if (LongerAtEitherBase(period.Value, period.Norm))
        {
            ReportAssert.SingleViolation(
                report, period.Proof ? "NS48-RET-CLIENT-PROOF" : "NS48-RET-PROSPECT-1Y", DeclarationPart.RetentionPolicy, policy.ToString());
        }
        else
        {
            ReportAssert.Compliant(report);
        }
    }

    // A clock started at collection never runs later than one started at the last contact, so it is judged on its
    // period alone, exactly as the same period from the last contact.
    [Property(Arbitrary = [typeof(Arbitraries)], MaxTest = PropertyRuns)]
    public void Evaluate_AnyProspectPeriodFromCollection_SameVerdictAsFromLastContact(RetentionPeriodCase period)
    {
        var fromCollection = new RetentionPolicy(SubjectStatus.Prospect, null, false, RetentionAnchor.Collection, period.Value, RetentionEndAction.Purge);
        var fromContact = new RetentionPolicy(SubjectStatus.Prospect, null, false, RetentionAnchor.LastContactFromPerson, period.Value, RetentionEndAction.Purge);

        var first = EvaluateWithPolicy(fromCollection);
        var second = EvaluateWithPolicy(fromContact);

        Assert.Equal(second.Verdict, first.Verdict);
        Assert.Equal(second.Violations.Select(v => v.Rule.Code), first.Violations.Select(v => v.Rule.Code));
    }

    // Adding a day to a declared period never turns a violation into compliance.
    [Property(Arbitrary = [typeof(Arbitraries)], MaxTest = PropertyRuns)]
    public void Evaluate_AnyProspectPeriodPlusADay_NeverLessStrict(RetentionPeriodCase period)
    {
        var shorter = new RetentionPolicy(SubjectStatus.Prospect, null, false, RetentionAnchor.LastContactFromPerson, period.Value, RetentionEndAction.Purge);
        var longer = new RetentionPolicy(
            SubjectStatus.Prospect, null, false, RetentionAnchor.LastContactFromPerson, period.Value + Period.FromDays(1), RetentionEndAction.Purge);

        var shorterReport = EvaluateWithPolicy(shorter);
        var longerReport = EvaluateWithPolicy(longer);

        Assert.True(shorterReport.IsCompliant || !longerReport.IsCompliant);
    }
}
