using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using Norme48.Decisions;
using Norme48.Evaluation;
using Norme48.Retention;
using Norme48.Tests.Retention;
using Norme48.Vocabulary;
using Xunit;

namespace Norme48.Tests.Evaluation;

/// <summary>
/// Laws of the later editions on random timelines (instants clustered around the Europe/Paris transitions and leap
/// days, see <see cref="Arbitraries"/>): issue "Editions" asks for these three.
/// </summary>
public sealed class LaterEditionProperties
{
    private const int Runs = 1_000;

    private static readonly Norme48Evaluator Ns2005 = new(Edition.Ns2005);
    private static readonly Norme48Evaluator Ns2016 = new(Edition.Ns2016);

    private static Subject WithWindow(Timeline timeline, params SubjectEvent[] extra) =>
        Subject.FromEvents(
            timeline.Status,
            [.. timeline.Events, .. extra],
            timeline.CollectedAt,
            new ProspectingFacts(timeline.Prospecting.Consent, timeline.Prospecting.Objected, timeline.Prospecting.ObjectionOfferedAtCollection, answerWindowDays: 30));

    // For the same inputs, both with recommendations enforced, the 2016 prospect retention is never shorter than 2005's:
    // whenever 2016 no longer simply keeps, 2005 already purges, and while both keep, 2016 keeps at least as long.
    [Property(Arbitrary = [typeof(Arbitraries)], MaxTest = Runs)]
    public void DecideRetention_SameProspect_Ns2016NeverShorterThanNs2005(LaterContact generated)
    {
        var timeline = generated.Timeline;
        var subject = WithWindow(timeline);

        var old = Ns2005.DecideRetention(DataField.LastName, subject, timeline.Now);
        var later = Ns2016.DecideRetention(DataField.LastName, subject, timeline.Now);

        if (later.Verdict != RetentionVerdict.Keep)
        {
            Assert.Equal(RetentionVerdict.Purge, old.Verdict);
        }

        if (later.Verdict == RetentionVerdict.Keep && old.Verdict == RetentionVerdict.Keep)
        {
            Assert.True(later.Until >= old.Until, $"2016 keeps until {later.Until}, 2005 until {old.Until}");
        }

        if (later.Verdict == RetentionVerdict.Purge && old.Since is { } oldSince)
        {
            Assert.True(later.Since >= oldSince, $"2016 purges since {later.Since}, 2005 since {oldSince}");
        }
    }

    // An e-mail open is never a contact: adding one to a timeline never changes a 2016 decision (never extends retention).
    [Property(Arbitrary = [typeof(Arbitraries)], MaxTest = Runs)]
    public void DecideRetention_Ns2016EmailOpen_NeverChangesTheDecision(WithEmailOpen generated)
    {
        var timeline = generated.Timeline;
        var field = timeline.Status == SubjectStatus.Client ? DataField.Amount : DataField.LastName;

        var without = Ns2016.DecideRetention(field, WithWindow(timeline), timeline.Now, proof: timeline.Status == SubjectStatus.Client);
        var with = Ns2016.DecideRetention(field, WithWindow(timeline, new SubjectEvent(SubjectEventType.EmailOpen, generated.OpenedAt)), timeline.Now, proof: timeline.Status == SubjectStatus.Client);

        Assert.Equal(without, with);
    }

    // An edition chosen by date is the one whose period contains the instant's Europe/Paris date; no edition in the gaps.
    [Property(MaxTest = 5 * Runs)]
    public void InForceAt_AnyInstant_IsTheEditionWhosePeriodContainsTheParisDate(int seed)
    {
        var random = new System.Random(seed);

        // Instants from 2000 to 2035, a third of them within a day of a boundary.
        var boundaries = Edition.All.SelectMany(e => new[] { e.InForceFrom, e.InForceUntil ?? e.InForceFrom }).ToArray();
        var zone = DateTimeZoneProviders.Tzdb["Europe/Paris"];
        var instant = random.Next(3) == 0
            ? boundaries[random.Next(boundaries.Length)].AtStartOfDayInZone(zone).ToInstant() + Duration.FromSeconds(random.Next(-86_400, 86_400))
            : Instant.FromUtc(2000, 1, 1, 0, 0) + Duration.FromSeconds(random.NextInt64(0, 35L * 366 * 86_400));
        var date = instant.InZone(zone).Date;

        var chosen = Edition.InForceAt(instant);

        var containing = Edition.All.Where(e => date >= e.InForceFrom && (e.InForceUntil is not { } until || date <= until)).ToArray();
        Assert.True(containing.Length <= 1);
        Assert.Equal(containing.SingleOrDefault(), chosen);
        if (date >= new LocalDate(2018, 5, 25) && date <= new LocalDate(2022, 4, 9))
        {
            Assert.Null(chosen);
        }
    }
}
