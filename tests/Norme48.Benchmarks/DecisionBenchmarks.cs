using System.Linq;
using BenchmarkDotNet.Attributes;
using Norme48.Decisions;
using Norme48.Evaluation;
using Norme48.Vocabulary;

namespace Norme48.Benchmarks;

/// <summary>
/// May this field be shared with this recipient, or ceded, rented or exchanged under these conditions? The verdict
/// alone, and with the explanation (first reason's English message and the rule's source) read.
/// </summary>
[MemoryDiagnoser]
public class DecisionBenchmarks
{
    private readonly Norme48Evaluator evaluator = Norme48Evaluator.Default;
    private (DataField Field, Recipient Recipient, SharingBasis? Basis)[] shares = [];
    private (DataField Field, TransferMode Mode, TransferConditions Conditions)[] transfers = [];
    private int nextShare;
    private int nextTransfer;

    [GlobalSetup]
    public void Setup()
    {
        SharingBasis?[] bases = [null, SharingBasis.ContractExecution, SharingBasis.LegalObligation, SharingBasis.DebtRecovery];
        Recipient[] recipients = [.. Recipient.Listed, Recipient.Unlisted("marketing-partner")];
        shares = [.. from field in DataField.BuiltIn from recipient in recipients from basis in bases select (field, recipient, basis)];
        transfers =
        [
            .. from field in DataField.BuiltIn
               from mode in new[] { TransferMode.Cession, TransferMode.Rental, TransferMode.Exchange }
               from flags in Enumerable.Range(0, 8)
               select (field, mode, new TransferConditions((flags & 1) != 0, (flags & 2) != 0, (flags & 4) != 0)),
        ];
    }

    [Benchmark(Description = "Norme48 share verdict")]
    public Verdict ShareVerdict()
    {
        var (field, recipient, basis) = shares[NextShare()];
        return evaluator.MayShare(field, recipient, basis).Verdict;
    }

    [Benchmark(Description = "Norme48 share + explanation")]
    public int ShareWithExplanation()
    {
        var (field, recipient, basis) = shares[NextShare()];
        var reason = evaluator.MayShare(field, recipient, basis).Reasons[0];
        return reason.Message.English.Length + reason.Rule.Source.Length;
    }

    [Benchmark(Description = "Norme48 transfer verdict")]
    public Verdict TransferVerdict()
    {
        var (field, mode, conditions) = transfers[NextTransfer()];
        return evaluator.MayTransfer(field, mode, conditions).Verdict;
    }

    [Benchmark(Description = "Norme48 transfer + explanation")]
    public int TransferWithExplanation()
    {
        var (field, mode, conditions) = transfers[NextTransfer()];
        var reason = evaluator.MayTransfer(field, mode, conditions).Reasons[0];
        return reason.Message.English.Length + reason.Rule.Source.Length;
    }

    private int NextShare()
    {
        var i = nextShare;
        nextShare = i + 1 == shares.Length ? 0 : i + 1;
        return i;
    }

    private int NextTransfer()
    {
        var i = nextTransfer;
        nextTransfer = i + 1 == transfers.Length ? 0 : i + 1;
        return i;
    }
}
