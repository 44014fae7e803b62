using System;
using System.Linq;
using Norme48.Evaluation;
using Norme48.Vocabulary;
using Xunit;

namespace Norme48.Tests.Evaluation;

public sealed partial class Norme48EvaluatorTests
{
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
