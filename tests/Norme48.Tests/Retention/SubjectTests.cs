using System;
using System.Linq;
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
    }
}
