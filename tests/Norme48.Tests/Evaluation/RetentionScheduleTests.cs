using System;
using System.Linq;
using FsCheck.Xunit;
using NodaTime;
using Norme48.Decisions;
using Norme48.Evaluation;
using Norme48.Retention;
using Norme48.Rules;
using Norme48.Tests.Retention;
using Norme48.Vocabulary;
using Xunit;
using static Norme48.Tests.Evaluation.RetentionAssert;

namespace Norme48.Tests.Evaluation;

/// <summary>
/// A retention schedule is the verdict over time for facts that no longer change: a database stores it and compares it
/// with <c>now</c>. It must agree with the evaluator's decision at every later instant.
/// </summary>
public sealed class RetentionScheduleTests
{
    private static readonly Norme48Evaluator[] Evaluators =
    [
        new(Edition.Ns2005), new(Edition.Ns2016), new(Edition.Ref2021),
        new(Edition.Ns2005, RecommendationMode.Advise), new(Edition.Ref2021, RecommendationMode.Advise),
    ];

    private static Instant LatestFact(Subject subject, Instant? proofFrom) =>
        new[] { subject.CollectedAt, subject.LastContactAt, subject.RelationshipEndedAt, proofFrom }
            .Concat(subject.Events.Select(e => (Instant?)e.At))
            .Where(i => i is not null)
            .Select(i => i!.Value)
            .DefaultIfEmpty(Instant.FromUtc(2000, 1, 1, 0, 0))
            .Max();

    // For every instant at or after the latest fact, the schedule's verdict is the decision's; a purge is due since the
    // schedule's PurgeFrom, and a keep, archive or ask-before-purge lasts until the schedule's next change.
    [Property(Arbitrary = [typeof(Arbitraries)], MaxTest = 2_000)]
    public void VerdictAt_LaterInstants_EqualsTheDecision(Timeline timeline, int editionSeed, int offsetSeed, bool proof, bool withProofDate, bool reconfirm)
    {
        var evaluator = Evaluators[Math.Abs(editionSeed % Evaluators.Length)];
        var later = !ReferenceEquals(evaluator.Edition, Edition.Ns2005);
        var events = timeline.Events.ToList();
        var collected = timeline.CollectedAt;
        if (later && reconfirm && timeline.Status == SubjectStatus.Prospect)
        {
            // A re-confirmation request around the three years, so that the answer window starts from it or from D.
            var anchor = timeline.ProspectAnchor ?? collected ?? timeline.Now;
            events.Add(new SubjectEvent(SubjectEventType.ReconfirmationRequest, anchor + Duration.FromDays((3 * 365) + (offsetSeed % 40))));
        }

        var facts = timeline.Prospecting;
        var subject = Subject.FromEvents(
            timeline.Status, events, collected,
            new ProspectingFacts(facts.Consent, facts.Objected, facts.ObjectionOfferedAtCollection, usedForProspecting: editionSeed % 2 == 0, answerWindowDays: 1 + Math.Abs(offsetSeed % 60)));
        Instant? proofFrom = proof && withProofDate && timeline.Status == SubjectStatus.Client ? timeline.Now - Duration.FromDays(400) : null;
        var field = proof ? DataField.Amount : DataField.LastName;
        var isProof = proof && timeline.Status == SubjectStatus.Client;

        var schedule = evaluator.ScheduleRetention(field, subject, isProof, proofFrom);

        var start = LatestFact(subject, proofFrom);
        var transitions = new[] { schedule.ArchiveFrom, schedule.AskFrom, schedule.PurgeFrom }.Where(t => t is not null).Select(t => t!.Value).ToArray();
        var instants = transitions.SelectMany(t => new[] { t - Duration.Epsilon, t, t + Duration.FromHours(1) })
            .Append(start)
            .Append(start + Duration.FromDays(Math.Abs(offsetSeed % 5000)))
            .Where(i => i >= start && i <= Norme48Evaluator.LatestInstant);
        foreach (var now in instants)
        {
            var decision = evaluator.DecideRetention(field, subject, now, isProof, proofFrom);

            Assert.True(decision.Verdict == schedule.VerdictAt(now), $"{evaluator.Edition} at {now}: decided {decision}, scheduled {schedule}");
            if (decision.Verdict == RetentionVerdict.Purge)
            {
                Assert.Equal(decision.Since, schedule.PurgeFrom);
                Assert.Contains(schedule.PurgeRule!.Value, decision.Rules);
            }
            else
            {
                var next = transitions.Where(t => t > now).Select(t => (Instant?)t).DefaultIfEmpty(null).Min();
                Assert.Equal(decision.Until, next);
            }
        }
    }

    [Fact]
    public void ScheduleRetention_Examples_AsTheRulesSay()
    {
        var ns2005 = new Norme48Evaluator();
        var ns2016 = new Norme48Evaluator(Edition.Ns2016);
        var end = At("2024-01-10T12:00:00Z");
        var client = new Subject(SubjectStatus.Client, At("2020-01-01T00:00:00Z"), relationshipEndedAt: end);
        var prospect = new Subject(SubjectStatus.Prospect, At("2020-03-15T10:00:00Z"), prospecting: new ProspectingFacts(answerWindowDays: 30));
        var counted = new Subject(SubjectStatus.Prospect, At("2020-03-15T10:00:00Z"), unansweredSolicitations: 2);

        Assert.Equal("purge from 2024-01-10T12:00:00Z (NS48-RET-CLIENT)", ns2005.ScheduleRetention(DataField.LastName, client).ToString());

        // Proof dated 2020-05-01 00:00 CEST: archived from the end until 2030-05-01 00:00 CEST.
        Assert.Equal(
            "archive from 2024-01-10T12:00:00Z, purge from 2030-04-30T22:00:00Z (NS48-RET-CLIENT-PROOF)",
            ns2005.ScheduleRetention(DataField.Amount, client, proof: true, proofFrom: At("2020-04-30T22:00:00Z")).ToString());

        // 2020-03-15 11:00 CET + 1 year = 2021-03-15 10:00Z; + 3 years = 2023-03-15 10:00Z, + 30 days = 2023-04-14 09:00Z (CEST).
        Assert.Equal("purge from 2021-03-15T10:00:00Z (NS48-RET-PROSPECT-1Y)", ns2005.ScheduleRetention(DataField.LastName, prospect).ToString());
        Assert.Equal(
            "ask from 2023-03-15T10:00:00Z, purge from 2023-04-14T09:00:00Z (NS48-RET-PROSPECT-3Y)",
            ns2016.ScheduleRetention(DataField.LastName, prospect).ToString());

        // Two unanswered solicitations given as a count: due from the facts themselves.
        Assert.Equal(new RetentionSchedule(), new Norme48Evaluator(Edition.Ns2005, RecommendationMode.Advise).ScheduleRetention(DataField.LastName, counted));
        Assert.Equal(At("2020-03-15T10:00:00Z"), ns2005.ScheduleRetention(DataField.LastName, counted).PurgeFrom);
        Assert.Equal(RuleId.RetentionProspectTwoUnanswered, ns2005.ScheduleRetention(DataField.LastName, counted).PurgeRule);

        Assert.Equal("keep", ns2005.ScheduleRetention(DataField.LastName, new Subject(SubjectStatus.Client)).ToString());
        Assert.Equal("out-of-scope", ns2005.ScheduleRetention(DataField.LastName, client, sector: Sector.Health).ToString());
        Assert.Equal(RuleId.DataNir, ns2005.ScheduleRetention(DataField.Nir, client).PurgeRule);
        Assert.Equal(RetentionVerdict.Purge, ns2005.ScheduleRetention(DataField.Nir, client).VerdictAt(Norme48Evaluator.EarliestInstant));
        Assert.Throws<ArgumentException>(() => ns2016.ScheduleRetention(DataField.BankCardNumber, client));
        Assert.Throws<ArgumentException>(() => ns2016.ScheduleRetention(DataField.LastName, new Subject(SubjectStatus.Prospect, At("2020-03-15T10:00:00Z"))));
    }

    // RULES.md, NS48-RET-CLIENT-PROOF: "When that instant is already past when the relationship ends, the data are purged
    // from the end." Proof dated 2010-01-10 13:00 CET: its ten years end 2020-01-10, before the end 2024-01-10.
    [Fact]
    public void ScheduleRetention_ProofArchiveEndingBeforeTheRelationship_PurgesFromTheEnd()
    {
        var end = At("2024-01-10T12:00:00Z");
        var client = new Subject(SubjectStatus.Client, At("2005-01-01T00:00:00Z"), relationshipEndedAt: end);

        var schedule = new Norme48Evaluator().ScheduleRetention(DataField.Amount, client, proof: true, proofFrom: At("2010-01-10T12:00:00Z"));

        Assert.Equal(new RetentionSchedule(false, null, null, end, RuleId.RetentionClientProof), schedule);
        Assert.False(schedule.IsOutOfScope);
        Assert.Equal(RetentionVerdict.Keep, schedule.VerdictAt(end - Duration.Epsilon));
        Assert.Equal(RetentionVerdict.Purge, schedule.VerdictAt(end));
        Assert.Equal("purge from 2024-01-10T12:00:00Z (NS48-RET-CLIENT-PROOF)", schedule.ToString());
    }

    // RULES.md, "Retention 2016": client data used for prospecting are kept 3 years from the end; a proof archive that ends
    // no later (2016-01-10 + 10 years = 2026-01-10, before 2027-01-10) changes nothing: purge from the three years.
    [Fact]
    public void ScheduleRetention_ProofArchiveEndingBeforeTheProspectingYears_PurgesUnderTheProspectingRule()
    {
        var end = At("2024-01-10T12:00:00Z");
        var client = new Subject(SubjectStatus.Client, At("2010-01-01T00:00:00Z"), relationshipEndedAt: end, prospecting: new ProspectingFacts(usedForProspecting: true));

        var schedule = new Norme48Evaluator(Edition.Ns2016).ScheduleRetention(DataField.LastName, client, proof: true, proofFrom: At("2016-01-10T12:00:00Z"));

        Assert.Equal(new RetentionSchedule(false, null, null, At("2027-01-10T12:00:00Z"), RuleId.RetentionClientProspectingThreeYears), schedule);
        Assert.False(schedule.IsOutOfScope);
        Assert.Equal(RetentionVerdict.Keep, schedule.VerdictAt(At("2026-06-01T00:00:00Z")));
        Assert.Equal("purge from 2027-01-10T12:00:00Z (NS48-RET-CLIENT-PROSPECTING-3Y)", schedule.ToString());
    }

    // ScheduleRetention's docs: "proof date without proof" and "a prospect with neither collection nor contact" throw as
    // DecideRetention would.
    [Fact]
    public void ScheduleRetention_ProofDateWithoutProof_ThrowsNamingProofFrom()
    {
        var client = new Subject(SubjectStatus.Client, At("2020-01-01T00:00:00Z"), relationshipEndedAt: At("2024-01-10T12:00:00Z"));

        var exception = Assert.Throws<ArgumentException>(
            () => new Norme48Evaluator().ScheduleRetention(DataField.Amount, client, proof: false, proofFrom: At("2020-04-30T22:00:00Z")));

        Assert.Equal("proofFrom", exception.ParamName);
        Assert.Contains("only with proof", exception.Message, StringComparison.Ordinal);
        Assert.Equal("proofFrom", Assert.Throws<ArgumentOutOfRangeException>(
            () => new Norme48Evaluator().ScheduleRetention(DataField.Amount, client, proof: true, proofFrom: Norme48Evaluator.LatestInstant + Duration.Epsilon)).ParamName);
    }

    [Fact]
    public void ScheduleRetention_ProspectWithoutCollectionOrContact_ThrowsNamingSubject()
    {
        var prospect = new Subject(SubjectStatus.Prospect);

        var exception = Assert.Throws<ArgumentException>(() => new Norme48Evaluator().ScheduleRetention(DataField.LastName, prospect));

        Assert.Equal("subject", exception.ParamName);
        Assert.Contains("CollectedAt", exception.Message, StringComparison.Ordinal);
    }

    // RULES.md, "Archives": client data used for prospecting (identity, situation and commercial-relationship fields
    // only) are kept 3 years from the end; other fields follow NS48-RET-CLIENT; ns48-2005 has no such rule.
    // End 2024-01-10 13:00 CET + 3 years = 2027-01-10 12:00Z.
    [Fact]
    public void ScheduleRetention_ClientDataUsedForProspecting_ThreeYearsForTheListedCategoriesOnly()
    {
        var end = At("2024-01-10T12:00:00Z");
        var threeYears = At("2027-01-10T12:00:00Z");
        var client = new Subject(SubjectStatus.Client, At("2010-01-01T00:00:00Z"), relationshipEndedAt: end, prospecting: new ProspectingFacts(usedForProspecting: true));
        var prospecting = new RetentionSchedule(false, null, null, threeYears, RuleId.RetentionClientProspectingThreeYears);
        var relationship = new RetentionSchedule(false, null, null, end, RuleId.RetentionClient);

        foreach (var evaluator in new[] { new Norme48Evaluator(Edition.Ns2016), new Norme48Evaluator(Edition.Ref2021) })
        {
            Assert.Equal(prospecting, evaluator.ScheduleRetention(DataField.LastName, client));
            Assert.Equal(prospecting, evaluator.ScheduleRetention(DataField.Profession, client));
            Assert.Equal(prospecting, evaluator.ScheduleRetention(DataField.Amount, client));
            Assert.Equal(relationship, evaluator.ScheduleRetention(DataField.BankAccountDetails, client));
            Assert.Equal(relationship, evaluator.ScheduleRetention(DataField.PaymentTerms, client));
        }

        Assert.Equal(relationship, new Norme48Evaluator(Edition.Ref2021).ScheduleRetention(DataField.IpAddress, client));
        Assert.Equal(relationship, new Norme48Evaluator().ScheduleRetention(DataField.LastName, client));
    }

    // A proof archive that ends exactly with the prospecting years (proof 2017-01-10 + 10 years = 2027-01-10) ends "no
    // later": purge under the prospecting rule; one ending after them archives from the three years to its end.
    [Fact]
    public void ScheduleRetention_ProofAndProspecting_TheLaterEndDecides()
    {
        var end = At("2024-01-10T12:00:00Z");
        var threeYears = At("2027-01-10T12:00:00Z");
        var client = new Subject(SubjectStatus.Client, At("2010-01-01T00:00:00Z"), relationshipEndedAt: end, prospecting: new ProspectingFacts(usedForProspecting: true));
        var ns2016 = new Norme48Evaluator(Edition.Ns2016);

        Assert.Equal(
            new RetentionSchedule(false, null, null, threeYears, RuleId.RetentionClientProspectingThreeYears),
            ns2016.ScheduleRetention(DataField.Amount, client, proof: true, proofFrom: At("2017-01-10T12:00:00Z")));
        Assert.Equal(
            new RetentionSchedule(false, threeYears, null, At("2030-01-10T12:00:00Z"), RuleId.RetentionClientProof),
            ns2016.ScheduleRetention(DataField.Amount, client, proof: true, proofFrom: At("2020-01-10T12:00:00Z")));
    }

    // NS48-RET-CLIENT-PROOF: an archive ending exactly at the end of the relationship (proof 2014-01-10 + 10 years) is
    // already over then: purge from the end, with no archive.
    [Fact]
    public void ScheduleRetention_ProofArchiveEndingWithTheRelationship_PurgesFromTheEndWithoutArchive()
    {
        var end = At("2024-01-10T12:00:00Z");
        var client = new Subject(SubjectStatus.Client, At("2005-01-01T00:00:00Z"), relationshipEndedAt: end);

        var schedule = new Norme48Evaluator().ScheduleRetention(DataField.Amount, client, proof: true, proofFrom: At("2014-01-10T12:00:00Z"));

        Assert.Equal(new RetentionSchedule(false, null, null, end, RuleId.RetentionClientProof), schedule);
    }

    // RULES.md, NS48-RET-PROSPECT-2-UNANSWERED: with the activity log, the purge is due from the second unanswered
    // solicitation; when that comes after the year, the year decides.
    [Fact]
    public void ScheduleRetention_TwoUnansweredSolicitationsInTheLog_PurgeFromTheSecond()
    {
        var collected = At("2020-03-15T10:00:00Z");
        var early = Subject.FromEvents(SubjectStatus.Prospect,
            [new SubjectEvent(SubjectEventType.Solicitation, At("2020-05-01T08:00:00Z")), new SubjectEvent(SubjectEventType.Solicitation, At("2020-06-01T08:00:00Z"))], collected);
        var late = Subject.FromEvents(SubjectStatus.Prospect,
            [new SubjectEvent(SubjectEventType.Solicitation, At("2021-01-01T08:00:00Z")), new SubjectEvent(SubjectEventType.Solicitation, At("2021-06-01T08:00:00Z"))], collected);
        var ns2005 = new Norme48Evaluator();

        Assert.Equal(new RetentionSchedule(false, null, null, At("2020-06-01T08:00:00Z"), RuleId.RetentionProspectTwoUnanswered), ns2005.ScheduleRetention(DataField.LastName, early));
        Assert.Equal(new RetentionSchedule(false, null, null, At("2021-03-15T10:00:00Z"), RuleId.RetentionProspectOneYear), ns2005.ScheduleRetention(DataField.LastName, late));
    }

    // ScheduleRetention's docs: a re-confirmation event under ns48-2005 throws, as DecideRetention would.
    [Fact]
    public void ScheduleRetention_ReconfirmationEventUnderNs2005_ThrowsNamingSubject()
    {
        var prospect = Subject.FromEvents(SubjectStatus.Prospect,
            [new SubjectEvent(SubjectEventType.ReconfirmationRequest, At("2023-03-20T10:00:00Z"))], At("2020-03-15T10:00:00Z"));

        var exception = Assert.Throws<ArgumentException>(() => new Norme48Evaluator().ScheduleRetention(DataField.LastName, prospect));

        Assert.Equal("subject", exception.ParamName);
        Assert.Equal(new RetentionSchedule(false, null, null, At("2021-03-15T10:00:00Z"), RuleId.RetentionProspectOneYear),
            new Norme48Evaluator().ScheduleRetention(DataField.LastName, new Subject(SubjectStatus.Prospect, At("2020-03-15T10:00:00Z"))));
    }

    [Fact]
    public void Operators_EqualAndDifferentSchedules_CompareByValue()
    {
        var client = new Subject(SubjectStatus.Client, relationshipEndedAt: At("2024-01-10T12:00:00Z"));
        var evaluator = new Norme48Evaluator(Edition.Ns2005);
        var schedule = evaluator.ScheduleRetention(DataField.LastName, client);
        var same = evaluator.ScheduleRetention(DataField.LastName, client);
        var other = evaluator.ScheduleRetention(DataField.LastName, client, sector: Sector.Health);

        Assert.True(schedule == same);
        Assert.False(schedule != same);
        Assert.False(schedule == other);
        Assert.True(schedule != other);
        Assert.Equal(schedule.GetHashCode(), same.GetHashCode());
    }

    // The text names each instant the schedule has; a purge without a rule is written without one.
    [Fact]
    public void ToString_PurgeWithoutRule_NoRuleInParentheses()
    {
        var schedule = new RetentionSchedule(false, At("2025-01-01T00:00:00Z"), At("2026-01-01T00:00:00Z"), At("2027-01-01T00:00:00Z"), null);

        Assert.Equal("archive from 2025-01-01T00:00:00Z, ask from 2026-01-01T00:00:00Z, purge from 2027-01-01T00:00:00Z", schedule.ToString());
    }

    // "Purge from PurgeFrom, otherwise ask before purging from AskFrom, otherwise archive from ArchiveFrom, otherwise
    // keep": each from its own instant on, the instant before still the earlier verdict.
    [Fact]
    public void VerdictAt_EachBoundary_ChangesExactlyThere()
    {
        var archive = At("2025-01-01T00:00:00Z");
        var ask = At("2026-01-01T00:00:00Z");
        var purge = At("2027-01-01T00:00:00Z");
        var schedule = new RetentionSchedule(false, archive, ask, purge, RuleId.RetentionProspectRecontact);
        var tick = Duration.Epsilon;

        Assert.Equal(
            [RetentionVerdict.Keep, RetentionVerdict.Archive, RetentionVerdict.Archive, RetentionVerdict.AskBeforePurge, RetentionVerdict.AskBeforePurge, RetentionVerdict.Purge, RetentionVerdict.Purge],
            new[] { archive - tick, archive, ask - tick, ask, purge - tick, purge, purge + Duration.FromDays(3650) }.Select(schedule.VerdictAt).ToArray());
        Assert.Equal(RetentionVerdict.OutOfScope, new RetentionSchedule(true, archive, ask, purge, null).VerdictAt(purge));
        Assert.Equal(RetentionVerdict.Keep, new RetentionSchedule().VerdictAt(purge));
    }

    // Equal only when every member is equal: each variant differs from the schedule by one member.
    [Fact]
    public void Equals_OneMemberDiffers_NotEqual()
    {
        var schedule = new RetentionSchedule(false, At("2025-01-01T00:00:00Z"), At("2026-01-01T00:00:00Z"), At("2027-01-01T00:00:00Z"), RuleId.RetentionProspectRecontact);
        var same = new RetentionSchedule(false, At("2025-01-01T00:00:00Z"), At("2026-01-01T00:00:00Z"), At("2027-01-01T00:00:00Z"), RuleId.RetentionProspectRecontact);
        RetentionSchedule[] variants =
        [
            new(true, At("2025-01-01T00:00:00Z"), At("2026-01-01T00:00:00Z"), At("2027-01-01T00:00:00Z"), RuleId.RetentionProspectRecontact),
            new(false, At("2025-01-02T00:00:00Z"), At("2026-01-01T00:00:00Z"), At("2027-01-01T00:00:00Z"), RuleId.RetentionProspectRecontact),
            new(false, At("2025-01-01T00:00:00Z"), null, At("2027-01-01T00:00:00Z"), RuleId.RetentionProspectRecontact),
            new(false, At("2025-01-01T00:00:00Z"), At("2026-01-01T00:00:00Z"), At("2027-01-02T00:00:00Z"), RuleId.RetentionProspectRecontact),
            new(false, At("2025-01-01T00:00:00Z"), At("2026-01-01T00:00:00Z"), At("2027-01-01T00:00:00Z"), RuleId.RetentionProspectThreeYears),
        ];

        Assert.True(schedule.Equals(same));
        Assert.True(schedule.Equals((object)same));
        Assert.Equal(schedule.GetHashCode(), same.GetHashCode());
        Assert.All(variants, variant =>
        {
            Assert.False(schedule.Equals(variant), variant.ToString());
            Assert.False(schedule.Equals((object)variant), variant.ToString());
            Assert.True(schedule != variant, variant.ToString());
        });
        Assert.False(schedule.Equals("keep"));
    }
}
