using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using Norme48.Benchmarks.Peers;
using Norme48.Decisions;
using Norme48.Evaluation;
using Norme48.Rules;
using Norme48.Vocabulary;

namespace Norme48.Benchmarks;

/// <summary>
/// May this field be collected for this purpose? Norme48 (the baseline) against the same rules in Microsoft RulesEngine
/// and NRules, cycling through every built-in field × <c>ns48-2005</c> purpose.
/// </summary>
[MemoryDiagnoser]
public class CollectBenchmarks
{
    private readonly Norme48Evaluator evaluator = Norme48Evaluator.Default;
    private DataField[] fields = [];
    private ProcessingPurpose[] purposes = [];
    private CollectRequest[] requests = [];
    private RulesEnginePeer rulesEngine = null!;
    private NRulesPeer nrules = null!;
    private int next;

    [GlobalSetup]
    public void Setup()
    {
        (fields, purposes, requests) = Inputs.Collect();
        rulesEngine = new RulesEnginePeer();
        nrules = new NRulesPeer();
        Verify();
    }

    [Benchmark(Baseline = true, Description = "Norme48 collect verdict")]
    public Verdict Norme48Verdict()
    {
        var i = Next();
        return evaluator.MayCollect(fields[i], purposes[i]).Verdict;
    }

    [Benchmark(Description = "Norme48 collect + explanation")]
    public int Norme48WithExplanation()
    {
        var i = Next();
        var reason = evaluator.MayCollect(fields[i], purposes[i]).Reasons[0];
        return reason.Message.English.Length + reason.Rule.Source.Length;
    }

    [Benchmark(Description = "RulesEngine collect")]
    public ValueTask<bool> RulesEngineVerdict() => rulesEngine.MayCollectAsync(requests[Next()]);

    [Benchmark(Description = "NRules collect")]
    public bool NRulesVerdict() => nrules.MayCollect(requests[Next()]);

    private int Next()
    {
        var i = next;
        next = i + 1 == fields.Length ? 0 : i + 1;
        return i;
    }

    /// <summary>Each peer must decide every input as Norme48 does, verdict and rules, or the comparison means nothing.</summary>
    private void Verify()
    {
        for (var i = 0; i < fields.Length; i++)
        {
            var decision = evaluator.MayCollect(fields[i], purposes[i]);
            var expected = Describe(decision.IsAllowed, decision.Rules.Select(r => r.ToId()));

            var fired = new List<string>();
            var allowed = rulesEngine.MayCollectAsync(requests[i], fired).AsTask().GetAwaiter().GetResult();
            Check("RulesEngine", i, expected, Describe(allowed, fired));

            requests[i].Fired = [];
            allowed = nrules.MayCollect(requests[i]);
            Check("NRules", i, expected, Describe(allowed, requests[i].Fired!));
            requests[i].Fired = null;
        }
    }

    private void Check(string peer, int i, string expected, string actual)
    {
        if (expected != actual)
        {
            throw new InvalidOperationException(
                $"{peer} decides collecting {fields[i].Id} for {purposes[i].Id} as {actual}; Norme48 decides {expected}.");
        }
    }

    private static string Describe(bool allowed, IEnumerable<string> rules) =>
        $"{(allowed ? "allowed" : "denied")} [{string.Join(", ", rules.Distinct().Order(StringComparer.Ordinal))}]";
}
