using System;
using System.Linq;
using NodaTime;
using Norme48.Evaluation;
using Norme48.Retention;
using Norme48.Vocabulary;
using Xunit;
using static Norme48.Tests.Evaluation.RetentionAssert;

namespace Norme48.Tests.Retention;

/// <summary>Tests of <see cref="Subject"/> and <see cref="SubjectEvent"/>: CONTRACT.md's subject table and event types.</summary>
public sealed class SubjectTests
{
    // CONTRACT.md: "order, documentation-request, trial-request, reply, link-click, inbound-message, reconfirmation-yes
    // (contacts coming from the person); solicitation and reconfirmation-request (sent to the person); email-open;
    // relationship-start, relationship-end."
    [Theory]
    [InlineData(SubjectEventType.Order, true)]
    [InlineData(SubjectEventType.DocumentationRequest, true)]
    [InlineData(SubjectEventType.TrialRequest, true)]
    [InlineData(SubjectEventType.Reply, true)]
    [InlineData(SubjectEventType.LinkClick, true)]
    [InlineData(SubjectEventType.InboundMessage, true)]
    [InlineData(SubjectEventType.ReconfirmationYes, true)]
    [InlineData(SubjectEventType.Solicitation, false)]
    [InlineData(SubjectEventType.ReconfirmationRequest, false)]
    [InlineData(SubjectEventType.EmailOpen, false)]
    [InlineData(SubjectEventType.RelationshipStart, false)]
    [InlineData(SubjectEventType.RelationshipEnd, false)]
    public void IsContactFromPerson_EachEventType_AsTheContractSays(SubjectEventType type, bool contact)
    {
        var subjectEvent = new SubjectEvent(type, At("2025-01-01T00:00:00Z"));

        var isContact = subjectEvent.IsContactFromPerson;

        Assert.Equal(contact, isContact);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(13)]
    public void SubjectEvent_UndefinedType_ThrowsNamingType(int type)
    {
        var exception = Assert.Throws<ArgumentOutOfRangeException>(() => new SubjectEvent((SubjectEventType)type, At("2025-01-01T00:00:00Z")));

        Assert.Equal("type", exception.ParamName);
        Assert.Equal((SubjectEventType)type, exception.ActualValue);
        Assert.StartsWith("Not a defined event type.", exception.Message, StringComparison.Ordinal);
    }

    // "a list of {type, at} in any order": the log is copied and sorted by instant.
    [Fact]
    public void FromEvents_AnyOrder_CopiedAndSortedByInstant()
    {
        var events = new[]
        {
            new SubjectEvent(SubjectEventType.Reply, At("2025-03-01T00:00:00Z")),
            new SubjectEvent(SubjectEventType.Solicitation, At("2025-01-01T00:00:00Z")),
            new SubjectEvent(SubjectEventType.EmailOpen, At("2025-02-01T00:00:00Z")),
        };

        var subject = Subject.FromEvents(SubjectStatus.Prospect, events, At("2024-12-01T00:00:00Z"));
        events[0] = new SubjectEvent(SubjectEventType.Order, At("2020-01-01T00:00:00Z"));

        Assert.True(subject.HasEvents);
        Assert.Equal(
            [SubjectEventType.Solicitation, SubjectEventType.EmailOpen, SubjectEventType.Reply],
            subject.Events.Select(e => e.Type).ToArray());
        Assert.Null(subject.LastContactAt);
        Assert.Equal(0, subject.UnansweredSolicitations);
    }

    // Copied on the way in: changing the caller's array afterwards changes no decision.
    [Fact]
    public void FromEvents_CallerArrayChangedAfterwards_DecisionUnchanged()
    {
        var events = new[] { new SubjectEvent(SubjectEventType.Reply, At("2025-03-01T00:00:00Z")) };
        var subject = Subject.FromEvents(SubjectStatus.Prospect, events, At("2024-12-01T00:00:00Z"));
        var before = Norme48Evaluator.Default.DecideRetention(DataField.LastName, subject, At("2025-06-01T00:00:00Z"));

        events[0] = new SubjectEvent(SubjectEventType.Solicitation, At("2025-03-01T00:00:00Z"));
        var after = Norme48Evaluator.Default.DecideRetention(DataField.LastName, subject, At("2025-06-01T00:00:00Z"));

        Assert.Equal(before, after);
        Keep(after, At("2026-03-01T00:00:00Z"), "NS48-RET-PROSPECT-1Y");
    }

    [Fact]
    public void Constructor_Facts_AreKeptAsGiven()
    {
        var subject = new Subject(
            SubjectStatus.Client,
            collectedAt: At("2020-01-01T00:00:00Z"),
            relationshipEndedAt: At("2024-01-01T00:00:00Z"),
            lastContactAt: At("2023-06-01T00:00:00Z"),
            unansweredSolicitations: 3,
            prospecting: new ProspectingFacts(consent: true));

        Assert.Equal(
            (SubjectStatus.Client, At("2020-01-01T00:00:00Z"), At("2024-01-01T00:00:00Z"), At("2023-06-01T00:00:00Z"), 3, true, false),
            (subject.Status, subject.CollectedAt!.Value, subject.RelationshipEndedAt!.Value, subject.LastContactAt!.Value, subject.UnansweredSolicitations, subject.Prospecting.Consent, subject.HasEvents));
        Assert.Empty(subject.Events);
    }

    [Fact]
    public void Constructor_InvalidArguments_ThrowNamingThem()
    {
        var status = Assert.Throws<ArgumentOutOfRangeException>(() => new Subject((SubjectStatus)0));
        var count = Assert.Throws<ArgumentOutOfRangeException>(() => new Subject(SubjectStatus.Prospect, unansweredSolicitations: -1));
        var eventsStatus = Assert.Throws<ArgumentOutOfRangeException>(() => Subject.FromEvents((SubjectStatus)3, []));
        var events = Assert.Throws<ArgumentNullException>(() => Subject.FromEvents(SubjectStatus.Client, null!));

        Assert.Equal(("status", "unansweredSolicitations", "status", "events"), (status.ParamName, count.ParamName, eventsStatus.ParamName, events.ParamName));
        Assert.StartsWith("Not a defined subject status.", status.Message, StringComparison.Ordinal);
        Assert.StartsWith("Not a defined subject status.", eventsStatus.Message, StringComparison.Ordinal);
    }

    // "an instant lies outside 0001-01-01T00:00:00Z … 9989-12-31T23:59:59Z" (Subject's exceptions): each instant is checked.
    [Fact]
    public void FromEvents_InstantOutsideTheCalendarsRange_ThrowsNamingIt()
    {
        var before = ParisCalendar.MinInstant - Duration.Epsilon;
        var after = ParisCalendar.MaxInstant + Duration.Epsilon;
        var inside = new SubjectEvent(SubjectEventType.Order, At("2025-01-01T00:00:00Z"));

        var collectedBefore = Assert.Throws<ArgumentOutOfRangeException>(() => Subject.FromEvents(SubjectStatus.Prospect, [inside], collectedAt: before));
        var collectedAfter = Assert.Throws<ArgumentOutOfRangeException>(() => Subject.FromEvents(SubjectStatus.Prospect, [inside], collectedAt: after));
        var eventAfter = Assert.Throws<ArgumentOutOfRangeException>(
            () => Subject.FromEvents(SubjectStatus.Prospect, [inside, new SubjectEvent(SubjectEventType.Reply, after)]));

        Assert.Equal(("collectedAt", "collectedAt", "events"), (collectedBefore.ParamName, collectedAfter.ParamName, eventAfter.ParamName));
        Assert.Equal(ParisCalendar.MinInstant, Subject.FromEvents(SubjectStatus.Prospect, [inside], collectedAt: ParisCalendar.MinInstant).CollectedAt);
    }

    // A relationship end at or before the instant has happened; one after it is scheduled (Subject's remarks).
    [Theory]
    [InlineData("2025-03-01T00:00:00Z", true)]
    [InlineData("2025-03-01T00:00:00.000000001Z", false)]
    [InlineData("2025-02-28T23:59:59.999999999Z", true)]
    public void FactsAt_GivenEnd_HasEndedWhenNotAfterNow(string end, bool ended)
    {
        var now = At("2025-03-01T00:00:00Z");
        var subject = new Subject(SubjectStatus.Client, collectedAt: At("2020-01-01T00:00:00Z"), relationshipEndedAt: At(end));
        var derived = default(RetentionFacts);

        var facts = subject.FactsAt(now);
        ref readonly var read = ref subject.FactsAt(now, ref derived);

        Assert.Equal(ended ? At(end) : null, facts.EndedAt);
        Assert.Equal(ended ? null : At(end), facts.ScheduledEnd);
        Assert.Equal((facts.EndedAt, facts.ScheduledEnd), (read.EndedAt, read.ScheduledEnd));
    }

    // An ended relationship has no scheduled end, even when a later end is logged: a decision has an until or a since, never both.
    [Fact]
    public void FactsAt_EventsEndedWithALaterEndLogged_HasNoScheduledEnd()
    {
        var subject = Subject.FromEvents(
            SubjectStatus.Client,
            [
                new SubjectEvent(SubjectEventType.RelationshipStart, At("2020-01-01T00:00:00Z")),
                new SubjectEvent(SubjectEventType.RelationshipEnd, At("2024-01-01T00:00:00Z")),
                new SubjectEvent(SubjectEventType.RelationshipEnd, At("2026-01-01T00:00:00Z")),
            ]);

        var ended = subject.FactsAt(At("2025-01-01T00:00:00Z"));
        var lasting = Subject.FromEvents(
            SubjectStatus.Client,
            [
                new SubjectEvent(SubjectEventType.RelationshipStart, At("2020-01-01T00:00:00Z")),
                new SubjectEvent(SubjectEventType.RelationshipEnd, At("2026-01-01T00:00:00Z")),
            ]).FactsAt(At("2025-01-01T00:00:00Z"));

        Assert.Equal((At("2024-01-01T00:00:00Z"), (Instant?)null), (ended.EndedAt, ended.ScheduledEnd));
        Assert.Equal(((Instant?)null, At("2026-01-01T00:00:00Z")), (lasting.EndedAt, lasting.ScheduledEnd));
    }
}
