using System.Linq;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using Norme48.Decisions;
using Norme48.Evaluation;
using Norme48.Prospecting;
using Norme48.Retention;
using Norme48.Rules;
using Norme48.Tests.Retention;
using Norme48.Vocabulary;
using Xunit;
using static Norme48.Tests.Evaluation.RetentionAssert;

namespace Norme48.Tests.Evaluation;

/// <summary>
/// Laws of retention and solicitation on random timelines (see <see cref="Arbitraries"/>): instants cluster around the
/// Europe/Paris transitions and the leap days of 2000–2040.
/// </summary>
public sealed partial class Norme48EvaluatorTests
{
    private const int TimelineRuns = 1_000;

    private static readonly Period OneYear = Period.FromYears(1);

    // "At now ≥ due, the action is due": once purge is due, it stays due — from the same instant — as now grows with no new event.
    [Property(Arbitrary = [typeof(Arbitraries)], MaxTest = TimelineRuns)]
    public void DecideRetention_PurgeDue_StaysDueAsNowGrowsWithNoNewEvent(LaterNow later)
    {
        var timeline = later.Timeline;

        var enforced = Fresh;
        var advised = Advising;
        var first = enforced.DecideRetention(LastName, timeline.Subject, timeline.Now);
        var then = enforced.DecideRetention(LastName, timeline.Subject, later.Later);
        var proofFirst = enforced.DecideRetention(DataField.Amount, timeline.Subject, timeline.Now, proof: true);
        var proofThen = enforced.DecideRetention(DataField.Amount, timeline.Subject, later.Later, proof: true);
        var advisedFirst = advised.DecideRetention(LastName, timeline.Subject, timeline.Now);
        var advisedThen = advised.DecideRetention(LastName, timeline.Subject, later.Later);

        foreach (var (before, after) in new[] { (first, then), (proofFirst, proofThen) })
        {
            if (before.Verdict == RetentionVerdict.Purge)
            {
                Assert.Equal(RetentionVerdict.Purge, after.Verdict);
                Assert.Equal(before.Since, after.Since);
                Assert.Subset(after.Rules.ToHashSet(), before.Rules.ToHashSet());
            }
        }

        foreach (var advisory in advisedFirst.Advisories)
        {
            Assert.Contains(advisedThen.Advisories, a => a.Rule.Id == advisory.Rule.Id && a.Since == advisory.Since);
        }
    }

    // A later contact from the person never makes the NS48-RET-PROSPECT-1Y due instant earlier by 24 h or more; when
    // it makes it earlier at all, the anchors are one of RULES.md's three non-monotone cases, within that case's bound.
    [Property(Arbitrary = [typeof(Arbitraries)], MaxTest = 3 * TimelineRuns)]
    public void DecideRetention_LaterContact_NeverDueEarlierOutsideTheThreeCases(LaterContact later)
    {
        var (anchor, contactAt, before, after) = DueBeforeAndAfter(later);

        var checkable = before is not null && after is not null;

        if (checkable && after < before)
        {
            var kind = NonMonotoneCases.Classify(anchor, contactAt, OneYear);
            Assert.NotEqual(NonMonotoneCase.None, kind);
            Assert.True(before - after < NonMonotoneCases.Bound(kind), $"{kind}: due {before} became {after}");
        }

        Assert.True(!checkable || after > before - Duration.FromHours(24), $"due {before} became {after}");
    }

    // The property above is only as good as its generator: sampled, it reaches each of the three cases (in 30,000
    // samples about 1 in 75 pairs is inverted; each case comes up dozens of times).
    [Fact]
    public void LaterContacts_Sampled_ReachEveryNonMonotoneCase()
    {
        var samples = Arbitraries.LaterContacts().Generator.Sample(10_000, 10);

        var kinds = samples
            .Select(DueBeforeAndAfter)
            .Where(d => d.Before is not null && d.After < d.Before)
            .Select(d => NonMonotoneCases.Classify(d.Anchor, d.Contact, OneYear))
            .ToHashSet();

        Assert.Equal([NonMonotoneCase.FallBackHour, NonMonotoneCase.SpringGap, NonMonotoneCase.MonthEndClamp], kinds.Order().ToArray());
    }

    // "until (for keep, archive …: the instant at which this verdict stops holding)" lies after now; "since (for purge:
    // the instant from which purging was due)" lies at or before now.
    [Property(Arbitrary = [typeof(Arbitraries)], MaxTest = TimelineRuns)]
    public void DecideRetention_AnyTimeline_UntilAfterNowAndSinceNotAfterNow(Timeline timeline)
    {
        var decisions = new[]
        {
            Fresh.DecideRetention(LastName, timeline.Subject, timeline.Now),
            Fresh.DecideRetention(DataField.IpAddress, timeline.Subject, timeline.Now),
            Fresh.DecideRetention(DataField.Amount, timeline.Subject, timeline.Now, proof: true),
            Fresh.DecideRetention(DataField.Amount, timeline.Subject, timeline.Now, proof: true, proofFrom: timeline.Now - Duration.FromDays(3000)),
            Advising.DecideRetention(LastName, timeline.Subject, timeline.Now),
        };

        foreach (var decision in decisions)
        {
            switch (decision.Verdict)
            {
                case RetentionVerdict.Keep or RetentionVerdict.Archive:
                    Assert.Null(decision.Since);
                    Assert.True(decision.Until is not { } until || until > timeline.Now, $"{decision} at {timeline.Now}");
                    break;
                case RetentionVerdict.Purge:
                    Assert.Null(decision.Until);
                    Assert.True(decision.Since is not { } since || since <= timeline.Now, $"{decision} at {timeline.Now}");
                    break;
                default:
                    Assert.Fail($"Unexpected verdict {decision.Verdict}");
                    break;
            }

            Assert.All(decision.Advisories, a => Assert.True(a.Since is not { } since || since <= timeline.Now));
        }
    }

    // The same inputs always give the same decision, whatever the order the log is given in.
    [Property(Arbitrary = [typeof(Arbitraries)], MaxTest = TimelineRuns)]
    public void DecideRetention_SameInputsAnyEventOrder_SameDecision(ShuffledTimeline shuffled)
    {
        var timeline = shuffled.Timeline;
        var reordered = Subject.FromEvents(timeline.Status, shuffled.ShuffledEvents(), timeline.CollectedAt, timeline.Prospecting);

        var first = Fresh.DecideRetention(LastName, timeline.Subject, timeline.Now);
        var again = Fresh.DecideRetention(LastName, timeline.Subject, timeline.Now);
        var shuffledDecision = Fresh.DecideRetention(LastName, reordered, timeline.Now);
        var otherInstance = new Norme48Evaluator(Edition.Ns2005).DecideRetention(LastName, reordered, timeline.Now);
        var advised = Advising.DecideRetention(LastName, timeline.Subject, timeline.Now);
        var advisedShuffled = Advising.DecideRetention(LastName, reordered, timeline.Now);
        var solicit = Fresh.MaySolicit(ProspectingChannel.Email, Audience.Consumer, timeline.Subject);
        var solicitShuffled = Fresh.MaySolicit(ProspectingChannel.Email, Audience.Consumer, reordered);

        Assert.Equal(first, again);
        Assert.Equal(first, shuffledDecision);
        Assert.Equal(first, otherInstance);
        Assert.Equal(advised, advisedShuffled);
        Assert.Equal(first.ToString(), shuffledDecision.ToString());
        Assert.Same(solicit, solicitShuffled);
    }

    // "NS48-PROSP-OBJECTED — A person who objected is never solicited, on any channel."
    [Property(Arbitrary = [typeof(Arbitraries)], MaxTest = TimelineRuns)]
    public void MaySolicit_PersonObjected_NeverAllowed(ObjectedSolicitation ask)
    {
        var subject = new Subject(ask.Status, prospecting: ask.Prospecting);
        var outside = ask.Sector is not null && System.Array.IndexOf(Ns2005Spec.OutsideSectorNames, ask.Sector.Name) >= 0;

        var decision = Fresh.MaySolicit(ask.Channel, ask.Audience, subject, sector: ask.Sector);

        DecisionAssert.Denied(decision, outside ? "NS48-SCOPE-SECTOR" : "NS48-PROSP-OBJECTED");
    }

    // "An email-open is never a contact, in any edition": adding one anywhere changes no retention or solicit decision.
    [Property(Arbitrary = [typeof(Arbitraries)], MaxTest = TimelineRuns)]
    public void AnyDecision_EmailOpenAddedAnywhere_Unchanged(WithEmailOpen ask)
    {
        var timeline = ask.Timeline;
        var opened = timeline.WithEvent(new SubjectEvent(SubjectEventType.EmailOpen, ask.OpenedAt)).Subject;
        var now = timeline.Now;

        foreach (var evaluator in new[] { Fresh, Advising })
        {
            Assert.Equal(evaluator.DecideRetention(LastName, timeline.Subject, now, sector: ask.Sector), evaluator.DecideRetention(LastName, opened, now, sector: ask.Sector));
            Assert.Equal(evaluator.DecideRetention(DataField.Nir, timeline.Subject, now), evaluator.DecideRetention(DataField.Nir, opened, now));
            Assert.Equal(
                evaluator.DecideRetention(DataField.Amount, timeline.Subject, now, proof: true, sector: ask.Sector),
                evaluator.DecideRetention(DataField.Amount, opened, now, proof: true, sector: ask.Sector));
        }

        Assert.Same(
            Fresh.MaySolicit(ask.Channel, ask.Audience, timeline.Subject, now, ask.Sector),
            Fresh.MaySolicit(ask.Channel, ask.Audience, opened, now, ask.Sector));
    }

    // The classifier the monotonicity property relies on recognises RULES.md's three examples, and nothing else.
    [Theory]
    [InlineData("2025-10-26T00:30:00Z", "2025-10-26T01:10:00Z", NonMonotoneCase.FallBackHour)]
    [InlineData("2025-03-29T01:30:00Z", "2025-03-29T02:10:00Z", NonMonotoneCase.SpringGap)]
    [InlineData("2024-02-28T22:59:00Z", "2024-02-28T23:00:00Z", NonMonotoneCase.MonthEndClamp)]
    [InlineData("2025-10-26T00:30:00Z", "2025-10-26T00:40:00Z", NonMonotoneCase.None)]
    [InlineData("2025-06-01T00:30:00Z", "2025-06-02T00:40:00Z", NonMonotoneCase.None)]
    public void Classify_RulesMdExamples_NameTheirCase(string earlier, string later, NonMonotoneCase expected)
    {
        var kind = NonMonotoneCases.Classify(At(earlier), At(later), OneYear);

        Assert.Equal(expected, kind);
    }

    /// <summary>
    /// Adds a contact <see cref="LaterContact.DelayMinutes"/> after the prospect's anchor (at most at now) and returns
    /// the NS48-RET-PROSPECT-1Y due instants before and after, when the decisions show them.
    /// </summary>
    private static (Instant Anchor, Instant Contact, Instant? Before, Instant? After) DueBeforeAndAfter(LaterContact later)
    {
        var timeline = later.Timeline;
        var anchor = timeline.ProspectAnchor!.Value;
        var contactAt = anchor + Duration.FromMinutes(later.DelayMinutes);
        if (contactAt > timeline.Now)
        {
            contactAt = timeline.Now;
        }

        if (contactAt <= anchor)
        {
            return (anchor, contactAt, null, null);
        }

        var withContact = timeline.WithEvent(new SubjectEvent(later.Contact, contactAt));
        var before = DueByYear(Fresh.DecideRetention(LastName, timeline.Subject, timeline.Now));
        var after = DueByYear(Fresh.DecideRetention(LastName, withContact.Subject, timeline.Now));
        return (anchor, contactAt, before, after);
    }

    /// <summary>The NS48-RET-PROSPECT-1Y due instant a decision shows: the until of its keep, or the since of its purge.</summary>
    private static Instant? DueByYear(RetentionDecision decision) =>
        decision.Rules.SequenceEqual([RuleId.RetentionProspectOneYear])
            ? decision.Verdict == RetentionVerdict.Keep ? decision.Until : decision.Since
            : null;
}
