using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using FsCheck.Xunit;
using NodaTime;
using Norme48.Decisions;
using Norme48.Evaluation;
using Norme48.Retention;
using Norme48.Rules;
using Norme48.Vocabulary;
using Xunit;
using static Norme48.Tests.Evaluation.RetentionAssert;

namespace Norme48.Tests.Retention;

/// <summary>
/// Tests of <see cref="PurgePlanner"/> and <see cref="PurgePlanSummary"/>: the plan is the stream of the archive and
/// purge decisions <see cref="Norme48Evaluator.DecideRetention(DataField, Subject, Instant, bool, Instant?, Sector?)"/>
/// gives, field by field, in the candidates' order; the summary counts every decision, keeps included.
/// </summary>
public sealed class PurgePlannerTests
{
    internal static readonly Norme48Evaluator Evaluator = new();

    internal static readonly Instant Now = At("2026-06-01T10:00:00Z");

    private static readonly RetentionField[] Fields =
    [
        new(DataField.LastName),
        new(DataField.Amount, proof: true),
        new(DataField.Receipts, proof: true, proofFrom: At("2017-03-01T00:00:00Z")),
        new(DataField.IpAddress),
        new(DataField.Nir),
    ];

    // From ns48-2016 the prospects whose three years have run are to be asked first: the plan lists them as items.
    [Fact]
    public void Plan_Ns2016_ListsTheProspectsToAskBeforePurging()
    {
        var window = new ProspectingFacts(answerWindowDays: 30);
        PurgeCandidate<int>[] candidates =
        [
            new(1, new Subject(SubjectStatus.Prospect, At("2023-01-10T10:00:00Z"), prospecting: window), [new RetentionField(DataField.EmailAddress)]),
            new(2, new Subject(SubjectStatus.Prospect, At("2023-06-20T10:00:00Z"), prospecting: window), [new RetentionField(DataField.EmailAddress)]),
            new(3, new Subject(SubjectStatus.Prospect, At("2024-01-10T10:00:00Z"), prospecting: window), [new RetentionField(DataField.EmailAddress)]),
        ];
        var summary = new PurgePlanSummary();

        // Now 2026-06-01: the first prospect's window ended 2026-02-09 (purge), the second's three years end 2026-06-20 (keep)…
        var items = new PurgePlanner(new Norme48Evaluator(Edition.Ns2016)).Plan(candidates, At("2026-06-01T10:00:00Z"), summary).ToArray();
        // …and at 2026-06-25 the second is to be asked (three years run on 2026-06-20, window until 2026-07-20).
        var later = new PurgePlanner(new Norme48Evaluator(Edition.Ns2016)).Plan(candidates, At("2026-06-25T10:00:00Z"), new PurgePlanSummary()).ToArray();

        Assert.Equal([(1, RetentionVerdict.Purge)], items.Select(i => (i.Key, i.Action)).ToArray());
        Assert.Equal(2, summary.Count(RetentionVerdict.Keep));
        Assert.Equal([(1, RetentionVerdict.Purge), (2, RetentionVerdict.AskBeforePurge)], later.Select(i => (i.Key, i.Action)).ToArray());
        Assert.Equal(At("2026-07-20T10:00:00Z"), later[1].Decision.Until); // 12:00 CEST
    }

    // The plan shares decisions across a subject's fields: its items and summary must still be exactly the single
    // evaluator's, field by field, on subjects whose anchors sit at the cutoffs, on daylight-saving edges and leap
    // days, under every edition and recommendation mode. Fields the evaluator refuses are left out of the candidates.
    [Property(Arbitrary = [typeof(Arbitraries)], MaxTest = 3_000)]
    public void Plan_RandomSubjectsNearCutoffsAndTransitions_EqualsEvaluatorFieldByField(PlanCase plan)
    {
        var evaluator = new Norme48Evaluator(plan.Edition, plan.Advise ? RecommendationMode.Advise : RecommendationMode.Enforce);
        var candidates = plan.Candidates
            .Select(c => new PurgeCandidate<int>(c.Key, c.Subject, c.Fields.Where(f => Accepted(evaluator, f, c.Subject, plan.Now)).ToArray()))
            .ToArray();
        var expected = candidates
            .SelectMany(c => c.Fields.Select(f => (c.Key, f.Field, Decision: evaluator.DecideRetention(f.Field, c.Subject, plan.Now, f.Proof, f.ProofFrom))))
            .ToArray();
        var summary = new PurgePlanSummary();

        var items = new PurgePlanner(evaluator).Plan(candidates, plan.Now, summary).ToArray();

        var actions = expected.Where(e => e.Decision.Verdict is RetentionVerdict.Archive or RetentionVerdict.Purge or RetentionVerdict.AskBeforePurge).ToArray();
        Assert.Equal(actions.Select(e => (e.Key, e.Field.Id)), items.Select(i => (i.Key, i.Field.Id)));
        Assert.Equal(actions.Select(e => e.Decision), items.Select(i => i.Decision));
        Assert.Equal(actions.Select(e => Messages(e.Decision)), items.Select(i => Messages(i.Decision)));
        Assert.Equal(candidates.Length, summary.Subjects);
        Assert.Equal(expected.Length, summary.Fields);
        Assert.Equal(
            expected.SelectMany(e => e.Decision.Rules.Select(r => (r, e.Decision.Verdict))).GroupBy(p => p).Select(g => (g.Key.r, g.Key.Verdict, (long)g.Count())).Order(),
            summary.ByRule().Order());
        foreach (var verdict in Enum.GetValues<RetentionVerdict>())
        {
            Assert.Equal(expected.Count(e => e.Decision.Verdict == verdict), summary.Count(verdict));
        }
    }

    internal static bool Accepted(PurgeCandidate<int> candidate) => candidate.Fields.All(f => Accepted(Evaluator, f, candidate.Subject, Now));

    private static bool Accepted(Norme48Evaluator evaluator, RetentionField field, Subject subject, Instant now)
    {
        try
        {
            evaluator.DecideRetention(field.Field, subject, now, field.Proof, field.ProofFrom);
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    private static string Messages(RetentionDecision decision) => string.Join(" | ", decision.Reasons.Select(r => r.Message.English));

    [Fact]
    public void Plan_MixedCandidates_ItemsOnlyForArchiveAndPurgeInCandidateOrder()
    {
        var candidates = Candidates();
        var summary = new PurgePlanSummary();
        var expected = Expected(candidates, sector: null).Where(e => e.Decision.Verdict is RetentionVerdict.Archive or RetentionVerdict.Purge).ToArray();

        var items = new PurgePlanner(Evaluator).Plan(candidates, Now, summary).ToArray();

        Assert.Equal(expected.Select(e => (e.Key, e.Field.Id)), items.Select(i => (i.Key, i.Field.Id)));
        Assert.Equal(expected.Select(e => e.Decision), items.Select(i => i.Decision));
        Assert.All(items, item => Assert.Equal(item.Decision.Verdict, item.Action));
        Assert.Contains(items, i => i.Action == RetentionVerdict.Archive);
        Assert.Contains(items, i => i.Action == RetentionVerdict.Purge);
    }

    [Fact]
    public void Plan_MixedCandidates_SummaryCountsEveryDecisionKeepsIncluded()
    {
        var candidates = Candidates();
        var summary = new PurgePlanSummary();
        var expected = Expected(candidates, sector: null);

        var items = new PurgePlanner(Evaluator).Plan(candidates, Now, summary).Count();

        Assert.Equal(candidates.Length, summary.Subjects);
        Assert.Equal(candidates.Sum(c => c.Fields.Count), summary.Fields);
        AssertCounts(summary, expected);
        Assert.Equal(summary.Count(RetentionVerdict.Archive) + summary.Count(RetentionVerdict.Purge), items);
        Assert.True(summary.Count(RetentionVerdict.Keep) > 0);
        Assert.Equal(0, summary.Count(RetentionVerdict.OutOfScope));
    }

    [Fact]
    public void Plan_SectorOutsideNorm_NoItemAndEveryFieldOutOfScope()
    {
        var candidates = Candidates();
        var summary = new PurgePlanSummary();

        var items = new PurgePlanner(Evaluator, Sector.Insurance).Plan(candidates, Now, summary).ToArray();

        Assert.Empty(items);
        Assert.Equal(candidates.Sum(c => c.Fields.Count), summary.Count(RetentionVerdict.OutOfScope));
        Assert.Equal(summary.Fields, summary.Count(RuleId.ScopeSector, RetentionVerdict.OutOfScope));
        Assert.Equal([(RuleId.ScopeSector, RetentionVerdict.OutOfScope, summary.Fields)], summary.ByRule());
    }

    [Fact]
    public void Plan_AdvisoryEvaluator_ProspectsKeptAndNotPlanned()
    {
        var candidates = Candidates();
        var evaluator = new Norme48Evaluator(Edition.Ns2005, RecommendationMode.Advise);
        var summary = new PurgePlanSummary();

        var items = new PurgePlanner(evaluator).Plan(candidates, Now, summary).ToArray();

        Assert.Equal(Expected(candidates, null, evaluator).Where(e => e.Decision.Verdict is RetentionVerdict.Archive or RetentionVerdict.Purge).Select(e => e.Decision), items.Select(i => i.Decision));
        Assert.DoesNotContain(items, i => i.Decision.Rules.Contains(RuleId.RetentionProspectOneYear) || i.Decision.Rules.Contains(RuleId.RetentionProspectTwoUnanswered));
        Assert.True(summary.Count(RuleId.RetentionProspectNecessary, RetentionVerdict.Keep) > 0);
    }

    // "The records, read once, lazily": nothing is read or counted before the plan is enumerated.
    [Fact]
    public void Plan_NotEnumerated_ReadsNothing()
    {
        var reads = 0;
        var source = Candidates().Select(c =>
        {
            reads++;
            return c;
        });
        var summary = new PurgePlanSummary();

        var plan = new PurgePlanner(Evaluator).Plan(source, Now, summary);
        var before = (reads, summary.Subjects);
        using (var enumerator = plan.GetEnumerator())
        {
            enumerator.MoveNext();
        }

        Assert.Equal((0, 0L), before);
        Assert.Equal((1, 1L), (reads, summary.Subjects));
    }

    [Fact]
    public void Plan_NullArguments_ThrowBeforeEnumerating()
    {
        var planner = new PurgePlanner(Evaluator);

        var candidates = Assert.Throws<ArgumentNullException>(() => planner.Plan<int>(null!, Now, new PurgePlanSummary()));
        var summary = Assert.Throws<ArgumentNullException>(() => planner.Plan(Candidates(), Now, null!));
        var asyncCandidates = Assert.Throws<ArgumentNullException>(() => planner.PlanAsync<int>(null!, Now, new PurgePlanSummary(), TestContext.Current.CancellationToken));
        var asyncSummary = Assert.Throws<ArgumentNullException>(() => planner.PlanAsync(IgnoringToken(Candidates()), Now, null!, TestContext.Current.CancellationToken));
        var evaluator = Assert.Throws<ArgumentNullException>(() => new PurgePlanner(null!));

        Assert.Equal(
            ("candidates", "summary", "candidates", "summary", "evaluator"),
            (candidates.ParamName, summary.ParamName, asyncCandidates.ParamName, asyncSummary.ParamName, evaluator.ParamName));
    }

    [Fact]
    public void Plan_InvalidCandidate_ThrowsWhileEnumerating()
    {
        var invalid = new PurgeCandidate<int>(1, new Subject(SubjectStatus.Prospect), Fields);
        var plan = new PurgePlanner(Evaluator).Plan([invalid], Now, new PurgePlanSummary());

        Assert.Throws<ArgumentException>(() => plan.ToArray());
    }

    // A client's proof dated after now, or a proof date outside the instants the evaluators accept, is refused by the
    // plan as the evaluator refuses it; a prospect's proof date after now is accepted and decided as the evaluator does.
    [Fact]
    public void Plan_ProofDatesTheEvaluatorRefuses_ThrowsAsTheEvaluatorDoes()
    {
        var client = new Subject(SubjectStatus.Client, At("2015-01-01T00:00:00Z"), relationshipEndedAt: At("2020-01-01T00:00:00Z"));
        var prospect = new Subject(SubjectStatus.Prospect, collectedAt: At("2024-01-01T00:00:00Z"));
        var planner = new PurgePlanner(Evaluator);
        Type Refused(Subject subject, Instant proofFrom)
        {
            RetentionField[] fields = [new(DataField.LastName), new(DataField.Amount, proof: true, proofFrom: proofFrom)];
            var byEvaluator = Assert.ThrowsAny<ArgumentException>(() => Evaluator.DecideRetention(DataField.Amount, subject, Now, proof: true, proofFrom));
            var byPlan = Assert.ThrowsAny<ArgumentException>(() => planner.Plan([new PurgeCandidate<int>(1, subject, fields)], Now, new PurgePlanSummary()).ToArray());
            Assert.Equal((byEvaluator.GetType(), byEvaluator.Message), (byPlan.GetType(), byPlan.Message));
            return byPlan.GetType();
        }

        var afterNow = Refused(client, Now + Duration.FromDays(1));
        var tooLate = Refused(client, Norme48Evaluator.LatestInstant + Duration.FromSeconds(1));
        var tooEarly = Refused(prospect, Norme48Evaluator.EarliestInstant - Duration.FromSeconds(1));
        var prospectAfterNow = Assert.Single(new PurgePlanner(Evaluator).Plan(
            [new PurgeCandidate<int>(2, prospect, [new RetentionField(DataField.Amount, proof: true, proofFrom: Now + Duration.FromDays(1))])], Now, new PurgePlanSummary()));

        Assert.Equal((typeof(ArgumentException), typeof(ArgumentOutOfRangeException), typeof(ArgumentOutOfRangeException)), (afterNow, tooLate, tooEarly));
        Assert.Equal(Evaluator.DecideRetention(DataField.Amount, prospect, Now, proof: true, Now + Duration.FromDays(1)), prospectAfterNow.Decision);
    }

    // As with an iterator, the exception ends the plan: the candidates after the refused one are not planned.
    [Fact]
    public void Plan_InvalidCandidateBeforeValidOnes_NothingAfterTheException()
    {
        var invalid = new PurgeCandidate<int>(1, new Subject(SubjectStatus.Prospect), Fields);
        var summary = new PurgePlanSummary();
        using var enumerator = new PurgePlanner(Evaluator).Plan([invalid, .. Candidates()], Now, summary).GetEnumerator();

        Assert.Throws<ArgumentException>(() => enumerator.MoveNext());
        var after = enumerator.MoveNext();

        Assert.Equal((false, 1L), (after, summary.Subjects));
    }

    // A record of more fields than the plan's buffers start with (16), given as a list: every field is decided and counted.
    [Fact]
    public void Plan_RecordOfManyFieldsOutsideTheNorm_CountsEachField()
    {
        var fields = Enumerable.Range(1, 40).Select(i => new RetentionField(DataField.Custom($"extra-{i}", DataCategory.Identity))).ToList();
        var candidate = new PurgeCandidate<int>(1, new Subject(SubjectStatus.Client, collectedAt: At("2020-01-01T00:00:00Z")), fields);
        var summary = new PurgePlanSummary();

        var items = new PurgePlanner(Evaluator, Sector.Health).Plan([candidate, candidate], Now, summary).ToArray();

        Assert.Empty(items);
        Assert.Equal(80, summary.Fields);
        Assert.Equal(80, summary.Count(RetentionVerdict.OutOfScope));
        Assert.Equal(80, summary.Count(RuleId.ScopeSector, RetentionVerdict.OutOfScope));
    }

    // Under ref-2021, a client record with more distinct proof dates than the plan's first buffer of shared decisions
    // holds (4), and a prospect to ask (its three years ran on 2026-05-20, its 30-day window is open at Now): every
    // field decided as the evaluator decides it alone, every decision counted per verdict and per rule, ask-before-purge
    // included.
    [Fact]
    public void Plan_ManyProofDatesAndAProspectToAsk_EqualsEvaluatorFieldByField()
    {
        var evaluator = new Norme48Evaluator(Edition.Ref2021);
        RetentionField[] clientFields =
        [
            new(DataField.LastName),
            .. Enumerable.Range(2012, 8).Select(year => new RetentionField(DataField.Amount, proof: true, proofFrom: Instant.FromUtc(year, 3, 1, 0, 0))),
            new(DataField.Receipts, proof: true),
            new(DataField.IpAddress),
            new(DataField.PageVisited, proof: true, proofFrom: Instant.FromUtc(2013, 3, 1, 0, 0)),
        ];
        PurgeCandidate<int>[] candidates =
        [
            new(1, new Subject(SubjectStatus.Client, relationshipEndedAt: At("2024-09-30T22:00:00Z")), clientFields),
            new(2, new Subject(SubjectStatus.Prospect, At("2023-05-20T10:00:00Z"), prospecting: new ProspectingFacts(answerWindowDays: 30)), [new RetentionField(DataField.EmailAddress), new RetentionField(DataField.IpAddress)]),
        ];
        var expected = Expected(candidates, sector: null, evaluator);
        var summary = new PurgePlanSummary();

        var items = new PurgePlanner(evaluator).Plan(candidates, Now, summary).ToArray();

        var actions = expected.Where(e => e.Decision.Verdict is RetentionVerdict.Archive or RetentionVerdict.Purge or RetentionVerdict.AskBeforePurge).ToArray();
        Assert.Equal(actions.Select(e => (e.Key, e.Field.Id)), items.Select(i => (i.Key, i.Field.Id)));
        Assert.Equal(actions.Select(e => e.Decision), items.Select(i => i.Decision));
        AssertCounts(summary, expected);
        Assert.Equal(2, summary.Count(RetentionVerdict.AskBeforePurge));
        Assert.Contains(items, i => i.Action == RetentionVerdict.Archive);
        Assert.Contains(items, i => i.Action == RetentionVerdict.Purge);
    }

    // "Returns the key, the field and the decision": the key, the field id, then the decision's own text.
    [Fact]
    public void Item_ToString_KeyFieldAndDecision()
    {
        var item = new PurgePlanner(Evaluator).Plan(Candidates(), Now, new PurgePlanSummary()).First();

        Assert.Equal($"{item.Key} {item.Field.Id}: {item.Decision}", item.ToString());
        Assert.False(string.IsNullOrEmpty(item.Decision.ToString()));
    }

    // "Returns the totals per verdict. Such as 1000 subjects, 10000 fields: 7000 keep, 500 archive, 2500 purge" (then
    // the two other verdicts).
    [Fact]
    public void Summary_ToString_TotalsPerVerdict()
    {
        var summary = new PurgePlanSummary();
        var candidates = Candidates();

        _ = new PurgePlanner(Evaluator).Plan(candidates, Now, summary).Count();

        Assert.Equal(
            $"{candidates.Length} subjects, {summary.Fields} fields: {summary.Count(RetentionVerdict.Keep)} keep, {summary.Count(RetentionVerdict.Archive)} archive, "
                + $"{summary.Count(RetentionVerdict.Purge)} purge, 0 ask-before-purge, 0 out-of-scope",
            summary.ToString());
        Assert.Equal("0 subjects, 0 fields: 0 keep, 0 archive, 0 purge, 0 ask-before-purge, 0 out-of-scope", new PurgePlanSummary().ToString());
    }

    [Fact]
    public void Summary_UndefinedRuleOrVerdict_Throws()
    {
        var summary = new PurgePlanSummary();

        Assert.Throws<ArgumentOutOfRangeException>(() => summary.Count((RetentionVerdict)0));
        Assert.Throws<ArgumentOutOfRangeException>(() => summary.Count((RuleId)0, RetentionVerdict.Keep));
        Assert.Throws<ArgumentOutOfRangeException>(() => summary.Count(RuleId.RetentionClient, (RetentionVerdict)99));
    }

    [Fact]
    public async Task PlanAsync_SameCandidates_SameItemsAndSummaryAsPlan()
    {
        var candidates = Candidates();
        var planner = new PurgePlanner(Evaluator);
        var syncSummary = new PurgePlanSummary();
        var asyncSummary = new PurgePlanSummary();

        var expected = planner.Plan(candidates, Now, syncSummary).ToArray();
        var items = new List<PurgePlanItem<int>>();
        await foreach (var item in planner.PlanAsync(Async(candidates, TestContext.Current.CancellationToken), Now, asyncSummary, TestContext.Current.CancellationToken))
        {
            items.Add(item);
        }

        Assert.Equal(expected.Select(i => (i.Key, i.Field.Id, i.Decision)), items.Select(i => (i.Key, i.Field.Id, i.Decision)));
        Assert.Equal((syncSummary.Subjects, syncSummary.Fields), (asyncSummary.Subjects, asyncSummary.Fields));
        Assert.Equal(syncSummary.ByRule(), asyncSummary.ByRule());
    }

    // "cancellationToken: Stops the plan." — with a source that observes the token.
    [Fact]
    public async Task PlanAsync_CancelledAfterFirstItem_StopsWithOperationCanceled()
    {
        var candidates = Candidates();
        using var cancellation = new CancellationTokenSource();
        var summary = new PurgePlanSummary();
        var seen = 0;

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var item in new PurgePlanner(Evaluator).PlanAsync(Async(candidates, TestContext.Current.CancellationToken), Now, summary, cancellation.Token))
            {
                seen++;
                await cancellation.CancelAsync();
            }
        });

        Assert.Equal(1, seen);
        Assert.True(summary.Subjects < candidates.Length);
    }

    // The token stops the plan itself, even when the source does not look at it (a plain async sequence).
    [Fact]
    public async Task PlanAsync_CancelledWithSourceIgnoringTheToken_StillStops()
    {
        var candidates = Candidates();
        using var cancellation = new CancellationTokenSource();
        var summary = new PurgePlanSummary();
        var seen = 0;

        var exception = await Record.ExceptionAsync(async () =>
        {
            await foreach (var item in new PurgePlanner(Evaluator).PlanAsync(IgnoringToken(candidates), Now, summary, cancellation.Token))
            {
                seen++;
                await cancellation.CancelAsync();
            }
        });

        Assert.IsAssignableFrom<OperationCanceledException>(exception);
        Assert.True(summary.Subjects < candidates.Length, $"planned {summary.Subjects} of {candidates.Length} subjects, {seen} items after cancellation");
    }

    [Fact]
    public async Task PlanAsync_TokenAlreadyCancelled_PlansNothing()
    {
        using var cancellation = new CancellationTokenSource();
        await cancellation.CancelAsync();
        var summary = new PurgePlanSummary();

        var exception = await Record.ExceptionAsync(async () =>
        {
            await foreach (var item in new PurgePlanner(Evaluator).PlanAsync(IgnoringToken(Candidates()), Now, summary, cancellation.Token))
            {
                Assert.Fail($"planned {item}");
            }
        });

        Assert.IsAssignableFrom<OperationCanceledException>(exception);
        Assert.Equal(0, summary.Fields);
    }

    /// <summary>Clients and prospects in every state at <see cref="Now"/>, with keys in order.</summary>
    internal static PurgeCandidate<int>[] Candidates()
    {
        var subjects = new[]
        {
            new Subject(SubjectStatus.Client, collectedAt: At("2020-01-01T00:00:00Z")),
            new Subject(SubjectStatus.Client, relationshipEndedAt: At("2027-01-01T00:00:00Z")),
            new Subject(SubjectStatus.Client, relationshipEndedAt: At("2024-09-30T22:00:00Z")),
            new Subject(SubjectStatus.Client, relationshipEndedAt: At("2012-09-30T22:00:00Z")),
            Subject.FromEvents(
                SubjectStatus.Client,
                [new SubjectEvent(SubjectEventType.RelationshipStart, At("2018-01-01T00:00:00Z")), new SubjectEvent(SubjectEventType.RelationshipEnd, At("2025-01-01T00:00:00Z"))]),
            new Subject(SubjectStatus.Prospect, collectedAt: At("2026-01-01T00:00:00Z")),
            new Subject(SubjectStatus.Prospect, collectedAt: At("2024-01-01T00:00:00Z")),
            new Subject(SubjectStatus.Prospect, collectedAt: At("2026-01-01T00:00:00Z"), unansweredSolicitations: 2),
            Subject.FromEvents(
                SubjectStatus.Prospect,
                [new SubjectEvent(SubjectEventType.Solicitation, At("2026-02-01T00:00:00Z")), new SubjectEvent(SubjectEventType.Solicitation, At("2026-03-01T00:00:00Z"))],
                collectedAt: At("2026-01-01T00:00:00Z")),
        };

        return subjects.Select((subject, i) => new PurgeCandidate<int>(i + 1, subject, i % 2 == 0 ? Fields : Fields[..3])).ToArray();
    }

    private static (int Key, DataField Field, RetentionDecision Decision)[] Expected(PurgeCandidate<int>[] candidates, Sector? sector, Norme48Evaluator? evaluator = null) =>
        candidates
            .SelectMany(c => c.Fields.Select(f => (c.Key, f.Field, (evaluator ?? Evaluator).DecideRetention(f.Field, c.Subject, Now, f.Proof, f.ProofFrom, sector))))
            .ToArray();

    // The planner decides a field's kind once per category (its own clock, connection data, kept for prospecting,
    // or general): under every edition, the kinds must be the evaluator's own definitions, field by field.
    [Fact]
    public void KindOf_EveryFieldUnderEveryEdition_AgreesWithTheEvaluator()
    {
        var fields = DataField.BuiltIn.Concat(DataCategory.All.Where(c => c != DataCategory.Excluded).Select(c => DataField.Custom($"custom-{c.Id}", c))).ToArray();
        var kinds = new List<PurgePlanner.FieldKind>();
        foreach (var edition in Edition.All)
        {
            var evaluator = new Norme48Evaluator(edition);
            var planner = new PurgePlanner(evaluator);
            foreach (var field in fields)
            {
                var expected = evaluator.HasOwnRetention(field) ? PurgePlanner.FieldKind.Own
                    : field.Category == DataCategory.ConnectionData ? PurgePlanner.FieldKind.Connection
                    : field.Category == DataCategory.Identity || field.Category == DataCategory.Situation || field.Category == DataCategory.CommercialRelationship
                        ? PurgePlanner.FieldKind.KeptForProspecting
                        : PurgePlanner.FieldKind.General;
                Assert.Equal((edition.Id, field.Id, expected), (edition.Id, field.Id, planner.KindOf(field)));
                kinds.Add(expected);
            }
        }

        // Every kind occurs, the card number and connection data being on their own clocks in some edition only.
        Assert.Equal(Enum.GetValues<PurgePlanner.FieldKind>().Order(), kinds.Distinct().Order());
        Assert.False(Evaluator.HasOwnRetention(DataField.BankCardNumber));
        Assert.True(new Norme48Evaluator(Edition.Ns2016).HasOwnRetention(DataField.BankCardNumber));
    }

    // Prospects' records longer than the plan's first buffers (16 fields), given as a list and as an array, with
    // connection data among them, and one with the NIR (the evaluator's own decision) or a proof date (which the
    // evaluator checks): every item and count is the evaluator's, field by field, in order.
    [Fact]
    public void Plan_ProspectsWithLongRecords_EqualsEvaluatorFieldByField()
    {
        var identity = Enumerable.Range(1, 30).Select(i => new RetentionField(DataField.Custom($"note-{i}", DataCategory.Identity)));
        var connection = Enumerable.Range(1, 10).Select(i => new RetentionField(DataField.Custom($"trace-{i}", DataCategory.ConnectionData)));
        var mixed = identity.Zip(connection.Concat(identity.Take(20))).SelectMany(p => new[] { p.First, p.Second }).ToList();
        var purged = new Subject(SubjectStatus.Prospect, collectedAt: At("2024-03-31T01:30:00Z"));
        var kept = new Subject(SubjectStatus.Prospect, collectedAt: At("2026-01-15T09:00:00Z"), unansweredSolicitations: 1);
        var unanswered = new Subject(SubjectStatus.Prospect, collectedAt: At("2026-01-15T09:00:00Z"), unansweredSolicitations: 2);
        PurgeCandidate<int>[] candidates =
        [
            new(1, purged, mixed),
            new(2, kept, mixed.ToArray()),
            new(3, purged, [.. mixed.Take(17), new RetentionField(DataField.Nir), .. mixed.Skip(17)]),
            new(4, unanswered, [new RetentionField(DataField.IpAddress), new RetentionField(DataField.Amount, proof: true, proofFrom: At("2025-01-01T00:00:00Z")), .. mixed]),
            new(5, purged, [new RetentionField(DataField.ConnectionDate)]),
        ];
        var expected = candidates
            .SelectMany(c => c.Fields.Select(f => (c.Key, f.Field, Decision: Evaluator.DecideRetention(f.Field, c.Subject, Now, f.Proof, f.ProofFrom))))
            .ToArray();
        var summary = new PurgePlanSummary();

        var items = new PurgePlanner(Evaluator).Plan(candidates, Now, summary).ToArray();

        var actions = expected.Where(e => e.Decision.Verdict != RetentionVerdict.Keep).ToArray();
        Assert.Equal(actions.Select(e => (e.Key, e.Field.Id, e.Decision)), items.Select(i => (i.Key, i.Field.Id, i.Decision)));
        Assert.Equal(actions.Select(e => Messages(e.Decision)), items.Select(i => Messages(i.Decision)));
        Assert.Equal([1, 3, 4, 5], items.Select(i => i.Key).Distinct());
        Assert.Equal(expected.Length, summary.Fields);
        AssertCounts(summary, expected);
    }

    // The plan's enumerator: no item before the first MoveNext, none after the last, no reset, and disposing it
    // disposes the candidates' enumerator and ends the plan.
    [Fact]
    public void Plan_Enumerator_BehavesAsASinglePassEnumerator()
    {
        var source = new DisposalRecorder(Candidates());
        var summary = new PurgePlanSummary();
        var enumerator = new PurgePlanner(Evaluator).Plan(source, Now, summary).GetEnumerator();

        var before = enumerator.Current;
        Assert.True(enumerator.MoveNext());
        var first = enumerator.Current;
        Assert.Throws<NotSupportedException>(enumerator.Reset);
        enumerator.Dispose();
        var afterDispose = enumerator.MoveNext();

        Assert.Equal(default, before.Key);
        Assert.Null(before.Field);
        Assert.Equal(Candidates()[0].Key, first.Key);
        Assert.NotNull(first.Field);
        Assert.Equal((true, false, 1L), (source.Disposed, afterDispose, summary.Subjects));
    }

    [Fact]
    public void Plan_EnumeratedToTheEnd_NoCurrentItemAndEveryCandidateCounted()
    {
        var summary = new PurgePlanSummary();
        using var enumerator = new PurgePlanner(Evaluator).Plan(Candidates(), Now, summary).GetEnumerator();
        var count = 0;
        while (enumerator.MoveNext())
        {
            count++;
        }

        Assert.False(enumerator.MoveNext());
        Assert.Null(enumerator.Current.Field);
        Assert.Equal(new PurgePlanner(Evaluator).Plan(Candidates(), Now, new PurgePlanSummary()).Count(), count);
        Assert.Equal(Candidates().Length, summary.Subjects);
    }

    private static void AssertCounts(PurgePlanSummary summary, (int Key, DataField Field, RetentionDecision Decision)[] expected)
    {
        foreach (var verdict in new[] { RetentionVerdict.Keep, RetentionVerdict.Archive, RetentionVerdict.Purge, RetentionVerdict.OutOfScope, RetentionVerdict.AskBeforePurge })
        {
            Assert.Equal(expected.Count(e => e.Decision.Verdict == verdict), summary.Count(verdict));
            foreach (var rule in RuleIds.All)
            {
                Assert.Equal(expected.Count(e => e.Decision.Verdict == verdict && e.Decision.Rules.Contains(rule)), summary.Count(rule, verdict));
            }
        }

        var byRule = expected
            .SelectMany(e => e.Decision.Rules.Select(rule => (rule, e.Decision.Verdict)))
            .GroupBy(p => p)
            .OrderBy(g => g.Key.rule).ThenBy(g => g.Key.Verdict)
            .Select(g => (g.Key.rule, g.Key.Verdict, (long)g.Count()))
            .ToArray();
        Assert.Equal(byRule, summary.ByRule());
    }

    /// <summary>A source that records whether its enumerator was disposed, and refuses to move once it is.</summary>
    private sealed class DisposalRecorder(PurgeCandidate<int>[] inner) : IEnumerable<PurgeCandidate<int>>
    {
        public bool Disposed { get; private set; }

        public IEnumerator<PurgeCandidate<int>> GetEnumerator() => new Enumerator(this, inner);

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();

        private sealed class Enumerator(DisposalRecorder owner, PurgeCandidate<int>[] inner) : IEnumerator<PurgeCandidate<int>>
        {
            private int index = -1;

            public PurgeCandidate<int> Current => inner[index];

            object System.Collections.IEnumerator.Current => Current;

            public bool MoveNext() => owner.Disposed ? throw new ObjectDisposedException("source") : ++index < inner.Length;

            public void Reset() => throw new NotSupportedException();

            public void Dispose() => owner.Disposed = true;
        }
    }

    private static async IAsyncEnumerable<PurgeCandidate<int>> Async(PurgeCandidate<int>[] candidates, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        foreach (var candidate in candidates)
        {
            cancellationToken.ThrowIfCancellationRequested();
            await Task.Yield();
            yield return candidate;
        }
    }

#pragma warning disable CS1998 // A source with no await of its own, like a materialised query.
    private static async IAsyncEnumerable<PurgeCandidate<int>> IgnoringToken(PurgeCandidate<int>[] candidates)
#pragma warning restore CS1998
    {
        foreach (var candidate in candidates)
        {
            yield return candidate;
        }
    }
}
