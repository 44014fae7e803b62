using System;
using System.Linq;
using Norme48.Decisions;
using Norme48.Evaluation;
using Norme48.Prospecting;
using Norme48.Retention;
using Norme48.Vocabulary;
using Xunit;
using static Norme48.Tests.Evaluation.RetentionAssert;

namespace Norme48.Tests.Evaluation.Heavy;

/// <summary>
/// <see cref="Norme48Evaluator"/> allocates nothing on the managed heap for the decisions it precomputes: tens of
/// thousands of decisions are counted in bytes allocated on the deciding thread. Heavy: the loops are long, and a
/// mutation-testing run (which instruments the code under test) would measure its own bookkeeping, so Stryker leaves
/// this class out by its namespace; <c>dotnet test</c> runs it.
/// </summary>
[Collection("Heavy")]
public sealed class EvaluatorAllocationHeavyTests
{
    private static readonly Norme48Evaluator Evaluator = new();
    private static readonly Norme48Evaluator Ns2016 = new(Edition.Ns2016);
    private static readonly Norme48Evaluator Ref2021 = new(Edition.Ref2021);

    // Decisions for built-in fields are shared and read from tables: deciding allocates nothing on the managed heap.
    [Fact]
    public void MayCollectMayShareMayTransfer_BuiltInFields_AllocateNothing()
    {
        var fields = DataField.BuiltIn.ToArray();
        var purposes = Ns2005Spec.PurposeIds.Select(ProcessingPurpose.Parse).ToArray();
        var recipients = Recipient.Listed.Append(Recipient.Unlisted("ad-network")).ToArray();
        var sectors = new Sector?[] { null, Sector.General, Sector.Health, Sector.OnlineGambling };
        DecideMany(fields, purposes, recipients, sectors, 1_000);

        var before = GC.GetAllocatedBytesForCurrentThread();
        var allowed = DecideMany(fields, purposes, recipients, sectors, 10_000);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(0, allocated);
        Assert.InRange(allowed, 1, (3 * 10_000) - 1);
    }

    // Later-edition decisions are precomputed like 2005's: with recommendations enforced and an instant from
    // 2016-09-14 on, retention, solicitation and the field decisions allocate nothing.
    [Fact]
    public void Decisions_LaterEditionsEnforced_AllocateNothing()
    {
        var collected = At("2020-03-15T10:00:00Z");
        var prospect = Subject.FromEvents(
            SubjectStatus.Prospect,
            [new SubjectEvent(SubjectEventType.ReconfirmationRequest, At("2023-03-20T10:00:00Z"))],
            collected,
            new ProspectingFacts(answerWindowDays: 30));
        var client = new Subject(SubjectStatus.Client, At("2020-01-01T00:00:00Z"), relationshipEndedAt: At("2024-01-10T12:00:00Z"), prospecting: new ProspectingFacts(usedForProspecting: true, analogousProducts: true, objectionOfferedAtCollection: true));
        var card = new PaymentCardFacts(At("2024-01-05T10:00:00Z"), At("2024-01-07T23:00:00Z"));

        // Before the re-contact window, at three years from collection, at the window's end, and long after.
        var nows = new[] { At("2022-01-01T00:00:00Z"), At("2023-03-15T10:00:00Z"), At("2023-04-14T09:00:00Z"), At("2027-06-01T00:00:00Z") };
        int Run(int count)
        {
            var kept = 0;
            for (var i = 0; i < count; i++)
            {
                var evaluator = (i & 1) == 0 ? Ns2016 : Ref2021;
                var now = nows[i % nows.Length];
                kept += evaluator.DecideRetention(DataField.LastName, prospect, now).Verdict == RetentionVerdict.Keep ? 1 : 0;
                kept += evaluator.DecideRetention(DataField.Profession, client, now).Verdict == RetentionVerdict.Keep ? 1 : 0;
                kept += evaluator.DecideCardRetention(card, now).Verdict == RetentionVerdict.Keep ? 1 : 0;
                kept += evaluator.MaySolicit(ProspectingChannel.Email, Audience.Consumer, client, now).IsAllowed ? 1 : 0;
                kept += evaluator.MaySolicit(ProspectingChannel.Phone, Audience.Consumer, prospect, now).IsAllowed ? 1 : 0;
                kept += evaluator.MayCollect(DataField.LastName, ProcessingPurpose.Orders).IsAllowed ? 1 : 0;
            }

            return kept;
        }

        Run(1_000);
        var before = GC.GetAllocatedBytesForCurrentThread();
        var kept = Run(10_000);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(0, allocated);
        Assert.InRange(kept, 1, (6 * 10_000) - 1);
    }

    private static int DecideMany(DataField[] fields, ProcessingPurpose[] purposes, Recipient[] recipients, Sector?[] sectors, int count)
    {
        var allowed = 0;
        for (var i = 0; i < count; i++)
        {
            var field = fields[i % fields.Length];
            var sector = sectors[(i / fields.Length) % sectors.Length];
            var basis = (i % 4) == 0 ? (SharingBasis?)null : (SharingBasis)(i % 4);
            bool? sensitive = ReferenceEquals(field.Category, DataCategory.CommercialRelationship) ? (i % 3) == 0 : null;
            var conditions = new TransferConditions((i & 1) != 0, (i & 2) != 0, (i & 4) != 0);

            allowed += Evaluator.MayCollect(field, purposes[i % purposes.Length], sector).IsAllowed ? 1 : 0;
            allowed += Evaluator.MayShare(field, recipients[i % recipients.Length], basis, sector).IsAllowed ? 1 : 0;
            allowed += Evaluator.MayTransfer(field, (TransferMode)((i % 3) + 1), conditions, sensitive, sector).IsAllowed ? 1 : 0;
        }

        return allowed;
    }
}
