using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using NodaTime;
using Norme48.Benchmarks.Peers;
using Norme48.Decisions;
using Norme48.Evaluation;
using Norme48.Retention;
using Norme48.Rules;
using Norme48.Vocabulary;

namespace Norme48.Benchmarks;

/// <summary>
/// Must a prospect's data be purged (one year from the collection or the last contact, Europe/Paris calendar, or two
/// unanswered solicitations)? Norme48 (the baseline) against the same rules in Microsoft RulesEngine and NRules, which
/// do the same Paris arithmetic with NodaTime.
/// </summary>
[MemoryDiagnoser]
public class RetentionBenchmarks
{
    private readonly Norme48Evaluator evaluator = Norme48Evaluator.Default;
    private readonly DataField field = DataField.EmailAddress;
    private Subject[] subjects = [];
    private Instant[] nows = [];
    private ProspectRetentionRequest[] requests = [];
    private RulesEnginePeer rulesEngine = null!;
    private NRulesPeer nrules = null!;
    private int next;

    [GlobalSetup]
    public void Setup()
    {
        (subjects, nows, requests) = Inputs.ProspectRetention();
        rulesEngine = new RulesEnginePeer();
        nrules = new NRulesPeer();
        Verify();
    }

    [Benchmark(Baseline = true, Description = "Norme48 prospect retention")]
    public RetentionVerdict Norme48Retention()
    {
        var i = Next();
        return evaluator.DecideRetention(field, subjects[i], nows[i]).Verdict;
    }

    [Benchmark(Description = "RulesEngine prospect retention")]
    public ValueTask<bool> RulesEngineRetention() => rulesEngine.MustPurgeAsync(requests[Next()]);

    [Benchmark(Description = "NRules prospect retention")]
    public bool NRulesRetention() => nrules.MustPurge(requests[Next()]);

    private int Next()
    {
        var i = next;
        next = i + 1 == subjects.Length ? 0 : i + 1;
        return i;
    }

    /// <summary>Each peer must decide every prospect as Norme48 does, verdict and rules, or the comparison means nothing.</summary>
    private void Verify()
    {
        var purges = 0;
        for (var i = 0; i < subjects.Length; i++)
        {
            var decision = evaluator.DecideRetention(field, subjects[i], nows[i]);
            var purge = decision.Verdict == RetentionVerdict.Purge;
            purges += purge ? 1 : 0;
            var expected = Describe(purge, decision.Rules.Select(r => r.ToId()));

            var fired = new List<string>();
            var peerPurge = rulesEngine.MustPurgeAsync(requests[i], fired).AsTask().GetAwaiter().GetResult();
            Check("RulesEngine", i, expected, Describe(peerPurge, fired));

            requests[i].Fired = [];
            peerPurge = nrules.MustPurge(requests[i]);
            Check("NRules", i, expected, Describe(peerPurge, requests[i].Fired!));
            requests[i].Fired = null;
        }

        // Both sides of the limit must be exercised, or the benchmark measures one branch.
        if (purges == 0 || purges == subjects.Length)
        {
            throw new InvalidOperationException($"The inputs decide {purges} purges out of {subjects.Length}: adjust them.");
        }
    }

    private void Check(string peer, int i, string expected, string actual)
    {
        if (expected != actual)
        {
            throw new InvalidOperationException($"{peer} decides prospect #{i} at {nows[i]} as {actual}; Norme48 decides {expected}.");
        }
    }

    private static string Describe(bool purge, IEnumerable<string> rules) =>
        $"{(purge ? "purge" : "keep")} [{string.Join(", ", rules.Distinct().Order(StringComparer.Ordinal))}]";
}
