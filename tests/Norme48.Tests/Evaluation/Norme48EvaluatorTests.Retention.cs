using System;
using System.Linq;
using NodaTime;
using NodaTime.Testing;
using Norme48.Decisions;
using Norme48.Evaluation;
using Norme48.Retention;
using Norme48.Vocabulary;
using Xunit;
using static Norme48.Tests.Evaluation.RetentionAssert;

namespace Norme48.Tests.Evaluation;

/// <summary>
/// Example tests of <see cref="Norme48Evaluator.DecideRetention(DataField, Subject, Instant, bool, Instant?, Sector?)"/>.
/// Every expected instant was computed by hand from RULES.md ("Retention", time arithmetic): the anchor's Europe/Paris
/// local date-time (CET = UTC+1, CEST = UTC+2) plus the period, mapped back leniently; the comments give the local times.
/// </summary>
public sealed partial class Norme48EvaluatorTests
{
    private static readonly Norme48Evaluator Advising = new(Edition.Ns2005, RecommendationMode.Advise);

    private static readonly DataField LastName = DataField.LastName;

    // ---- NS48-RET-CLIENT -------------------------------------------------------------------------------------------

    // "a client whose relationship lasts → keep, NS48-RET-CLIENT, no until"
    [Fact]
    public void DecideRetention_ClientRelationshipLasting_KeepsWithNoUntil()
    {
        var subject = new Subject(SubjectStatus.Client, collectedAt: At("2020-01-15T10:00:00Z"));

        var decision = Evaluator.DecideRetention(LastName, subject, At("2025-06-01T12:00:00Z"));

        Keep(decision, null, "NS48-RET-CLIENT");
    }

    // "(or until the relationship's end when a future end is given)"; CONTRACT: "a relationshipEndedAt after now is a
    // scheduled end: the relationship lasts, and a client's keep has until that end".
    [Fact]
    public void DecideRetention_ClientScheduledEnd_KeepsUntilTheEnd()
    {
        var subject = new Subject(SubjectStatus.Client, relationshipEndedAt: At("2026-01-31T23:00:00Z"));

        var decision = Evaluator.DecideRetention(LastName, subject, At("2025-06-01T12:00:00Z"));

        Keep(decision, At("2026-01-31T23:00:00Z"), "NS48-RET-CLIENT");
    }

    // "relationship ended, field not proof → purge, NS48-RET-CLIENT, since the end"
    [Fact]
    public void DecideRetention_ClientRelationshipEnded_PurgesSinceTheEnd()
    {
        var subject = new Subject(SubjectStatus.Client, collectedAt: At("2019-04-01T08:00:00Z"), relationshipEndedAt: At("2024-09-30T22:00:00Z"));

        var decision = Evaluator.DecideRetention(LastName, subject, At("2025-06-01T12:00:00Z"));

        Purge(decision, At("2024-09-30T22:00:00Z"), "NS48-RET-CLIENT");
    }

    // An end exactly at now is not "after now": the relationship has ended (and "at now ≥ due, the action is due").
    [Fact]
    public void DecideRetention_ClientRelationshipEndingExactlyNow_PurgesSinceNow()
    {
        var end = At("2025-06-01T12:00:00Z");
        var subject = new Subject(SubjectStatus.Client, relationshipEndedAt: end);

        var atEnd = Evaluator.DecideRetention(LastName, subject, end);
        var tickBefore = Evaluator.DecideRetention(LastName, subject, end - Duration.Epsilon);

        Purge(atEnd, end, "NS48-RET-CLIENT");
        Keep(tickBefore, end, "NS48-RET-CLIENT");
    }

    [Fact]
    public void DecideRetention_ClientEventsStartThenEnd_PurgesSinceTheEnd()
    {
        var subject = Subject.FromEvents(
            SubjectStatus.Client,
            [Event(SubjectEventType.RelationshipStart, "2019-03-01T09:00:00Z"), Event(SubjectEventType.RelationshipEnd, "2021-03-01T09:00:00Z")]);

        var decision = Evaluator.DecideRetention(LastName, subject, At("2025-06-01T12:00:00Z"));

        Purge(decision, At("2021-03-01T09:00:00Z"), "NS48-RET-CLIENT");
    }

    // "The relationship has ended when there is a relationship-end and either no relationship-start or the latest end is
    // strictly after the latest start."
    [Fact]
    public void DecideRetention_ClientEventsEndWithoutStart_PurgesSinceTheEnd()
    {
        var subject = Subject.FromEvents(SubjectStatus.Client, [Event(SubjectEventType.RelationshipEnd, "2022-12-31T23:00:00Z")]);

        var decision = Evaluator.DecideRetention(LastName, subject, At("2025-06-01T12:00:00Z"));

        Purge(decision, At("2022-12-31T23:00:00Z"), "NS48-RET-CLIENT");
    }

    [Fact]
    public void DecideRetention_ClientRelationshipRestarted_KeepsWithNoUntil()
    {
        var subject = Subject.FromEvents(
            SubjectStatus.Client,
            [
                Event(SubjectEventType.RelationshipEnd, "2021-03-01T09:00:00Z"),
                Event(SubjectEventType.RelationshipStart, "2022-05-01T08:00:00Z"),
                Event(SubjectEventType.RelationshipStart, "2019-03-01T09:00:00Z"),
            ]);

        var decision = Evaluator.DecideRetention(LastName, subject, At("2025-06-01T12:00:00Z"));

        Keep(decision, null, "NS48-RET-CLIENT");
    }

    [Fact]
    public void DecideRetention_ClientRestartedThenEndedAgain_PurgesSinceTheLatestEnd()
    {
        var subject = Subject.FromEvents(
            SubjectStatus.Client,
            [
                Event(SubjectEventType.RelationshipStart, "2019-03-01T09:00:00Z"),
                Event(SubjectEventType.RelationshipEnd, "2021-03-01T09:00:00Z"),
                Event(SubjectEventType.RelationshipStart, "2022-05-01T08:00:00Z"),
                Event(SubjectEventType.RelationshipEnd, "2024-02-29T12:00:00Z"),
            ]);

        var decision = Evaluator.DecideRetention(LastName, subject, At("2025-06-01T12:00:00Z"));

        Purge(decision, At("2024-02-29T12:00:00Z"), "NS48-RET-CLIENT");
    }

    // "A relationship-end event after now is a scheduled end in the same way."
    [Fact]
    public void DecideRetention_ClientRestartedWithScheduledEnd_KeepsUntilTheScheduledEnd()
    {
        var subject = Subject.FromEvents(
            SubjectStatus.Client,
            [
                Event(SubjectEventType.RelationshipStart, "2019-03-01T09:00:00Z"),
                Event(SubjectEventType.RelationshipEnd, "2021-03-01T09:00:00Z"),
                Event(SubjectEventType.RelationshipStart, "2022-05-01T08:00:00Z"),
                Event(SubjectEventType.RelationshipEnd, "2026-06-30T22:00:00Z"),
            ]);

        var decision = Evaluator.DecideRetention(LastName, subject, At("2025-06-01T12:00:00Z"));

        Keep(decision, At("2026-06-30T22:00:00Z"), "NS48-RET-CLIENT");
    }

    // "strictly after the latest start": an end at the very instant of a start does not end the relationship.
    [Fact]
    public void DecideRetention_ClientEndAtTheInstantOfTheLatestStart_Keeps()
    {
        var subject = Subject.FromEvents(
            SubjectStatus.Client,
            [Event(SubjectEventType.RelationshipStart, "2023-01-01T09:00:00Z"), Event(SubjectEventType.RelationshipEnd, "2023-01-01T09:00:00Z")]);

        var decision = Evaluator.DecideRetention(LastName, subject, At("2025-06-01T12:00:00Z"));

        Keep(decision, null, "NS48-RET-CLIENT");
    }

    // "Events after now (or at) are ignored, except a relationship-end": a start after now does not reopen the relationship.
    [Fact]
    public void DecideRetention_ClientStartAfterNow_IsIgnored()
    {
        var subject = Subject.FromEvents(
            SubjectStatus.Client,
            [
                Event(SubjectEventType.RelationshipStart, "2019-03-01T09:00:00Z"),
                Event(SubjectEventType.RelationshipEnd, "2021-03-01T09:00:00Z"),
                Event(SubjectEventType.RelationshipStart, "2027-01-01T09:00:00Z"),
            ]);

        var decision = Evaluator.DecideRetention(LastName, subject, At("2025-06-01T12:00:00Z"));

        Purge(decision, At("2021-03-01T09:00:00Z"), "NS48-RET-CLIENT");
    }

    // Prospecting activity says nothing of a client's relationship.
    [Fact]
    public void DecideRetention_ClientWithUnansweredSolicitations_KeepsUnderClientRule()
    {
        var subject = Subject.FromEvents(
            SubjectStatus.Client,
            [
                Event(SubjectEventType.RelationshipStart, "2019-03-01T09:00:00Z"),
                Event(SubjectEventType.Solicitation, "2023-03-01T09:00:00Z"),
                Event(SubjectEventType.Solicitation, "2023-04-01T09:00:00Z"),
                Event(SubjectEventType.Solicitation, "2023-05-01T09:00:00Z"),
            ],
            collectedAt: At("2019-03-01T09:00:00Z"));

        var decision = Evaluator.DecideRetention(LastName, subject, At("2025-06-01T12:00:00Z"));

        Keep(decision, null, "NS48-RET-CLIENT");
    }

    [Fact]
    public void DecideRetention_ClientInAdvisoryMode_DecidesAsEnforced()
    {
        var lasting = new Subject(SubjectStatus.Client);
        var ended = new Subject(SubjectStatus.Client, relationshipEndedAt: At("2024-09-30T22:00:00Z"));

        var keep = Advising.DecideRetention(LastName, lasting, At("2025-06-01T12:00:00Z"));
        var purge = Advising.DecideRetention(LastName, ended, At("2025-06-01T12:00:00Z"));

        Keep(keep, null, "NS48-RET-CLIENT");
        Purge(purge, At("2024-09-30T22:00:00Z"), "NS48-RET-CLIENT");
    }

    // ---- NS48-RET-CLIENT-PROOF -------------------------------------------------------------------------------------

    // proofFrom 2018-03-01 00:00 CET (2018-02-28T23:00Z) + 10 years = 2028-03-01 00:00 CET = 2028-02-29T23:00Z.
    [Fact]
    public void DecideRetention_ProofWithProofFromAheadOfNow_ArchivesUntilProofFromPlusTenYears()
    {
        var subject = new Subject(SubjectStatus.Client, relationshipEndedAt: At("2020-06-15T10:00:00Z"));

        var decision = Evaluator.DecideRetention(DataField.Amount, subject, At("2025-06-01T12:00:00Z"), proof: true, proofFrom: At("2018-02-28T23:00:00Z"));

        Archive(decision, At("2028-02-29T23:00:00Z"), "NS48-RET-CLIENT-PROOF");
        Assert.DoesNotContain("upper bound", Assert.Single(decision.Reasons).Message.English, StringComparison.OrdinalIgnoreCase);
    }

    // "when that date is not given, until 10 years after the end of the relationship (an upper bound, which the
    // decision's message states)": end 2020-06-15 12:00 CEST → 2030-06-15 12:00 CEST = 10:00Z.
    [Fact]
    public void DecideRetention_ProofWithoutProofFrom_ArchivesUntilEndPlusTenYearsAndSaysUpperBound()
    {
        var subject = new Subject(SubjectStatus.Client, relationshipEndedAt: At("2020-06-15T10:00:00Z"));

        var decision = Evaluator.DecideRetention(DataField.Amount, subject, At("2025-06-01T12:00:00Z"), proof: true);

        Archive(decision, At("2030-06-15T10:00:00Z"), "NS48-RET-CLIENT-PROOF");
        Assert.Contains("upper bound", Assert.Single(decision.Reasons).Message.English, StringComparison.OrdinalIgnoreCase);
    }

    // "When that instant is already past when the relationship ends, the data are purged from the end."
    [Fact]
    public void DecideRetention_ProofArchiveEndPastAtTheEnd_PurgesSinceTheEnd()
    {
        var subject = new Subject(SubjectStatus.Client, relationshipEndedAt: At("2020-06-15T10:00:00Z"));

        var decision = Evaluator.DecideRetention(DataField.Amount, subject, At("2025-06-01T12:00:00Z"), proof: true, proofFrom: At("2009-01-10T00:00:00Z"));

        Purge(decision, At("2020-06-15T10:00:00Z"), "NS48-RET-CLIENT-PROOF");
    }

    // An archive end falling exactly at the end of the relationship is due at the end ("At now ≥ due, the action is due").
    [Fact]
    public void DecideRetention_ProofArchiveEndExactlyAtTheEnd_PurgesSinceTheEnd()
    {
        var subject = new Subject(SubjectStatus.Client, relationshipEndedAt: At("2020-06-15T10:00:00Z"));

        var decision = Evaluator.DecideRetention(DataField.Amount, subject, At("2020-06-15T10:00:00Z"), proof: true, proofFrom: At("2010-06-15T10:00:00Z"));

        Purge(decision, At("2020-06-15T10:00:00Z"), "NS48-RET-CLIENT-PROOF");
    }

    // proofFrom 2012-05-01 00:00 CEST (2012-04-30T22:00Z) → archive end 2022-05-01 00:00 CEST = 2022-04-30T22:00Z.
    [Fact]
    public void DecideRetention_ProofArchiveEndPastNow_PurgesSinceTheArchiveEnd()
    {
        var subject = new Subject(SubjectStatus.Client, relationshipEndedAt: At("2020-06-15T10:00:00Z"));

        var decision = Evaluator.DecideRetention(DataField.Amount, subject, At("2025-06-01T12:00:00Z"), proof: true, proofFrom: At("2012-04-30T22:00:00Z"));

        Purge(decision, At("2022-04-30T22:00:00Z"), "NS48-RET-CLIENT-PROOF");
    }

    [Fact]
    public void DecideRetention_NowExactlyAtTheArchiveEnd_Purges()
    {
        var subject = new Subject(SubjectStatus.Client, relationshipEndedAt: At("2020-06-15T10:00:00Z"));
        var proofFrom = At("2012-04-30T22:00:00Z");

        var atEnd = Evaluator.DecideRetention(DataField.Amount, subject, At("2022-04-30T22:00:00Z"), proof: true, proofFrom: proofFrom);
        var tickBefore = Evaluator.DecideRetention(DataField.Amount, subject, At("2022-04-30T22:00:00Z") - Duration.Epsilon, proof: true, proofFrom: proofFrom);

        Purge(atEnd, At("2022-04-30T22:00:00Z"), "NS48-RET-CLIENT-PROOF");
        Archive(tickBefore, At("2022-04-30T22:00:00Z"), "NS48-RET-CLIENT-PROOF");
    }

    // A proof field is archived only "when the relationship ends": while it lasts, NS48-RET-CLIENT keeps it.
    [Fact]
    public void DecideRetention_ProofWhileRelationshipLasts_KeepsUnderClientRule()
    {
        var subject = new Subject(SubjectStatus.Client, collectedAt: At("2015-01-01T00:00:00Z"));

        var decision = Evaluator.DecideRetention(DataField.Amount, subject, At("2025-06-01T12:00:00Z"), proof: true, proofFrom: At("2012-04-30T22:00:00Z"));

        Keep(decision, null, "NS48-RET-CLIENT");
    }

    // Archive end from the end of a relationship read from the log: 2021-03-01 10:00 CET + 10 y = 2031-03-01T09:00Z.
    [Fact]
    public void DecideRetention_ProofWithEvents_ArchivesUntilTheLoggedEndPlusTenYears()
    {
        var subject = Subject.FromEvents(
            SubjectStatus.Client,
            [Event(SubjectEventType.RelationshipStart, "2019-03-01T09:00:00Z"), Event(SubjectEventType.RelationshipEnd, "2021-03-01T09:00:00Z")]);

        var decision = Evaluator.DecideRetention(DataField.Receipts, subject, At("2025-06-01T12:00:00Z"), proof: true);

        Archive(decision, At("2031-03-01T09:00:00Z"), "NS48-RET-CLIENT-PROOF");
    }

    // "proof means nothing for a prospect."
    [Fact]
    public void DecideRetention_ProofForAProspect_DecidesAsWithoutProof()
    {
        var subject = new Subject(SubjectStatus.Prospect, collectedAt: At("2024-07-01T08:00:00Z"));
        var now = At("2025-01-01T00:00:00Z");

        var withProof = Evaluator.DecideRetention(DataField.Amount, subject, now, proof: true, proofFrom: At("2024-01-01T00:00:00Z"));
        var withoutProof = Evaluator.DecideRetention(DataField.Amount, subject, now);

        Keep(withProof, At("2025-07-01T08:00:00Z"), "NS48-RET-PROSPECT-1Y");
        Assert.Equal(withoutProof, withProof);
    }

    // A leap-day document: 2024-02-29 00:00 CET (2024-02-28T23:00Z) + 10 y = 2034-02-28 00:00 CET = 2034-02-27T23:00Z.
    [Fact]
    public void DecideRetention_ProofFromOnALeapDay_ArchivesUntilTwentyEighthOfFebruary()
    {
        var subject = new Subject(SubjectStatus.Client, relationshipEndedAt: At("2024-06-30T10:00:00Z"));

        var decision = Evaluator.DecideRetention(DataField.Amount, subject, At("2025-06-01T12:00:00Z"), proof: true, proofFrom: At("2024-02-28T23:00:00Z"));

        Archive(decision, At("2034-02-27T23:00:00Z"), "NS48-RET-CLIENT-PROOF");
    }

    // ---- NS48-RET-PROSPECT-1Y --------------------------------------------------------------------------------------

    // "anchor: the later of the collection date and the last contact from the person": 2024-07-01 10:00 CEST + 1 y.
    [Theory]
    [InlineData("2024-03-10T09:00:00Z", "2024-07-01T08:00:00Z")]
    [InlineData("2024-07-01T08:00:00Z", "2024-03-10T09:00:00Z")]
    public void DecideRetention_ProspectNothingDue_KeepsUntilOneYearAfterTheLaterAnchor(string collectedAt, string lastContactAt)
    {
        var subject = new Subject(SubjectStatus.Prospect, collectedAt: At(collectedAt), lastContactAt: At(lastContactAt));

        var decision = Evaluator.DecideRetention(LastName, subject, At("2025-01-01T00:00:00Z"));

        Keep(decision, At("2025-07-01T08:00:00Z"), "NS48-RET-PROSPECT-1Y");
    }

    // Local arithmetic across a DST change: 2024-03-30 13:00 CET (12:00Z) + 1 y = 2025-03-30 13:00 CEST = 11:00Z.
    [Fact]
    public void DecideRetention_ProspectCollectedInWinterDueInSummerTime_KeepsUntilTheSameLocalTime()
    {
        var subject = new Subject(SubjectStatus.Prospect, collectedAt: At("2024-03-30T12:00:00Z"));

        var decision = Evaluator.DecideRetention(LastName, subject, At("2025-01-01T00:00:00Z"));

        Keep(decision, At("2025-03-30T11:00:00Z"), "NS48-RET-PROSPECT-1Y");
    }

    // Only a contact, no collection: 2024-10-26 14:00 CEST (12:00Z) + 1 y = 2025-10-26 14:00 CET = 13:00Z.
    [Fact]
    public void DecideRetention_ProspectWithContactOnly_KeepsUntilOneYearAfterTheContact()
    {
        var subject = new Subject(SubjectStatus.Prospect, lastContactAt: At("2024-10-26T12:00:00Z"));

        var decision = Evaluator.DecideRetention(LastName, subject, At("2025-01-01T00:00:00Z"));

        Keep(decision, At("2025-10-26T13:00:00Z"), "NS48-RET-PROSPECT-1Y");
    }

    // "At now ≥ due, the action is due."
    [Fact]
    public void DecideRetention_ProspectNowExactlyAtDue_PurgesSinceDue()
    {
        var subject = new Subject(SubjectStatus.Prospect, collectedAt: At("2024-03-10T09:00:00Z"), lastContactAt: At("2024-07-01T08:00:00Z"));

        var decision = Evaluator.DecideRetention(LastName, subject, At("2025-07-01T08:00:00Z"));

        Purge(decision, At("2025-07-01T08:00:00Z"), "NS48-RET-PROSPECT-1Y");
    }

    [Fact]
    public void DecideRetention_ProspectOneTickBeforeDue_KeepsUntilDue()
    {
        var subject = new Subject(SubjectStatus.Prospect, collectedAt: At("2024-03-10T09:00:00Z"), lastContactAt: At("2024-07-01T08:00:00Z"));

        var decision = Evaluator.DecideRetention(LastName, subject, At("2025-07-01T08:00:00Z") - Duration.Epsilon);

        Keep(decision, At("2025-07-01T08:00:00Z"), "NS48-RET-PROSPECT-1Y");
    }

    [Fact]
    public void DecideRetention_ProspectLongPastDue_PurgesSinceDue()
    {
        var subject = new Subject(SubjectStatus.Prospect, collectedAt: At("2020-01-10T09:00:00Z"));

        var decision = Evaluator.DecideRetention(LastName, subject, At("2025-06-01T12:00:00Z"));

        Purge(decision, At("2021-01-10T09:00:00Z"), "NS48-RET-PROSPECT-1Y");
    }

    // Every contact type of CONTRACT.md is a contact from the person: 2024-05-20 17:45 CEST (15:45Z) + 1 y.
    [Theory]
    [InlineData(SubjectEventType.Order)]
    [InlineData(SubjectEventType.DocumentationRequest)]
    [InlineData(SubjectEventType.TrialRequest)]
    [InlineData(SubjectEventType.Reply)]
    [InlineData(SubjectEventType.LinkClick)]
    [InlineData(SubjectEventType.InboundMessage)]
    public void DecideRetention_ProspectContactEvent_KeepsUntilOneYearAfterTheLatestContact(SubjectEventType contact)
    {
        var subject = Subject.FromEvents(
            SubjectStatus.Prospect,
            [Event(contact, "2024-05-20T15:45:00Z"), Event(SubjectEventType.Order, "2024-02-01T10:00:00Z")],
            collectedAt: At("2024-01-05T10:00:00Z"));

        var decision = Evaluator.DecideRetention(LastName, subject, At("2025-01-01T00:00:00Z"));

        Keep(decision, At("2025-05-20T15:45:00Z"), "NS48-RET-PROSPECT-1Y");
    }

    // "An email-open is never a contact": the anchor stays the collection (2024-01-05 11:00 CET + 1 y).
    [Fact]
    public void DecideRetention_ProspectEmailOpen_IsNotAContact()
    {
        var subject = Subject.FromEvents(SubjectStatus.Prospect, [Event(SubjectEventType.EmailOpen, "2024-05-20T15:45:00Z")], collectedAt: At("2024-01-05T10:00:00Z"));

        var decision = Evaluator.DecideRetention(LastName, subject, At("2024-12-01T00:00:00Z"));

        Keep(decision, At("2025-01-05T10:00:00Z"), "NS48-RET-PROSPECT-1Y");
    }

    // "Events after now are ignored": a contact logged after now does not postpone a due purge.
    [Fact]
    public void DecideRetention_ProspectContactAfterNow_IsIgnored()
    {
        var subject = Subject.FromEvents(SubjectStatus.Prospect, [Event(SubjectEventType.Reply, "2025-03-01T10:00:00Z")], collectedAt: At("2024-01-05T10:00:00Z"));

        var decision = Evaluator.DecideRetention(LastName, subject, At("2025-02-01T00:00:00Z"));

        Purge(decision, At("2025-01-05T10:00:00Z"), "NS48-RET-PROSPECT-1Y");
    }

    // ---- Time arithmetic: the DST edge, the three non-monotone cases, leap days ---------------------------------

    // 2025-10-26T00:30Z is 02:30 CEST, just before the fall-back; 2026-10-26 02:30 is CET (the 2026 fall-back is on
    // 25 October), so the due instant is 01:30Z, not 00:30Z.
    [Fact]
    public void DecideRetention_ContactJustBeforeFallBack_DueOneYearLaterInLocalTime()
    {
        var subject = new Subject(SubjectStatus.Prospect, lastContactAt: At("2025-10-26T00:30:00Z"));

        var decision = Evaluator.DecideRetention(LastName, subject, At("2026-01-01T00:00:00Z"));

        Keep(decision, At("2026-10-26T01:30:00Z"), "NS48-RET-PROSPECT-1Y");
    }

    // RULES.md, non-monotone case (1): "Both anchors fall in the same autumn fall-back hour: 2025-10-26T00:30Z →
    // 2026-10-26T01:30Z, but 01:10Z → 2026-10-26T01:10Z (earlier by less than 1 h)."
    [Fact]
    public void DecideRetention_ContactsInTheSameFallBackHour_LaterContactIsDueEarlier()
    {
        var now = At("2026-01-01T00:00:00Z");

        var first = Evaluator.DecideRetention(LastName, new Subject(SubjectStatus.Prospect, lastContactAt: At("2025-10-26T00:30:00Z")), now);
        var later = Evaluator.DecideRetention(LastName, new Subject(SubjectStatus.Prospect, lastContactAt: At("2025-10-26T01:10:00Z")), now);

        Keep(first, At("2026-10-26T01:30:00Z"), "NS48-RET-PROSPECT-1Y");
        Keep(later, At("2026-10-26T01:10:00Z"), "NS48-RET-PROSPECT-1Y");
    }

    // RULES.md, non-monotone case (2): "The shifted local time falls in a spring-forward gap: 2025-03-29T01:30Z →
    // 2026-03-29T01:30Z, but 02:10Z → 2026-03-29T01:10Z (less than 1 h)."
    [Fact]
    public void DecideRetention_ShiftedLocalTimeInSpringGap_LaterContactIsDueEarlier()
    {
        var now = At("2026-01-01T00:00:00Z");

        var first = Evaluator.DecideRetention(LastName, new Subject(SubjectStatus.Prospect, lastContactAt: At("2025-03-29T01:30:00Z")), now);
        var later = Evaluator.DecideRetention(LastName, new Subject(SubjectStatus.Prospect, lastContactAt: At("2025-03-29T02:10:00Z")), now);

        Keep(first, At("2026-03-29T01:30:00Z"), "NS48-RET-PROSPECT-1Y");
        Keep(later, At("2026-03-29T01:10:00Z"), "NS48-RET-PROSPECT-1Y");
    }

    // RULES.md, non-monotone case (3): "The period is clamped to the end of a shorter month: 2024-02-28T22:59Z →
    // 2025-02-28T22:59Z, but 2024-02-28T23:00Z (29 February, 00:00 local) → 2025-02-27T23:00Z (less than 24 h)."
    [Fact]
    public void DecideRetention_CollectedAtLeapDayMidnight_IsDueBeforeACollectionAMinuteEarlier()
    {
        var now = At("2024-06-01T00:00:00Z");

        var first = Evaluator.DecideRetention(LastName, new Subject(SubjectStatus.Prospect, collectedAt: At("2024-02-28T22:59:00Z")), now);
        var later = Evaluator.DecideRetention(LastName, new Subject(SubjectStatus.Prospect, collectedAt: At("2024-02-28T23:00:00Z")), now);

        Keep(first, At("2025-02-28T22:59:00Z"), "NS48-RET-PROSPECT-1Y");
        Keep(later, At("2025-02-27T23:00:00Z"), "NS48-RET-PROSPECT-1Y");
    }

    // "29 February + 1 year = 28 February": 2024-02-29 13:00 CET (12:00Z) → 2025-02-28 13:00 CET = 12:00Z.
    [Fact]
    public void DecideRetention_ContactOnALeapDay_DueOnTwentyEighthOfFebruary()
    {
        var subject = new Subject(SubjectStatus.Prospect, lastContactAt: At("2024-02-29T12:00:00Z"));

        var decision = Evaluator.DecideRetention(LastName, subject, At("2024-06-01T00:00:00Z"));

        Keep(decision, At("2025-02-28T12:00:00Z"), "NS48-RET-PROSPECT-1Y");
    }

    // The year before a leap year: 2023-02-28 13:00 CET + 1 y = 2024-02-28 13:00 CET (not the 29th).
    [Fact]
    public void DecideRetention_ContactOnTwentyEighthBeforeALeapYear_DueOnTwentyEighth()
    {
        var subject = new Subject(SubjectStatus.Prospect, lastContactAt: At("2023-02-28T12:00:00Z"));

        var decision = Evaluator.DecideRetention(LastName, subject, At("2023-06-01T00:00:00Z"));

        Keep(decision, At("2024-02-28T12:00:00Z"), "NS48-RET-PROSPECT-1Y");
    }

    // ---- NS48-RET-PROSPECT-2-UNANSWERED ----------------------------------------------------------------------------

    // "2 or more means purge now"; "for NS48-RET-PROSPECT-2-UNANSWERED, since is … unknown otherwise".
    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    public void DecideRetention_FlatCountOfTwoOrMore_PurgesWithNoSince(int unanswered)
    {
        var subject = new Subject(SubjectStatus.Prospect, collectedAt: At("2025-01-10T09:00:00Z"), unansweredSolicitations: unanswered);

        var decision = Evaluator.DecideRetention(LastName, subject, At("2025-03-01T00:00:00Z"));

        Purge(decision, null, "NS48-RET-PROSPECT-2-UNANSWERED");
    }

    [Fact]
    public void DecideRetention_FlatCountOfOne_KeepsUntilOneYearAfterCollection()
    {
        var subject = new Subject(SubjectStatus.Prospect, collectedAt: At("2025-01-10T09:00:00Z"), unansweredSolicitations: 1);

        var decision = Evaluator.DecideRetention(LastName, subject, At("2025-03-01T00:00:00Z"));

        Keep(decision, At("2026-01-10T09:00:00Z"), "NS48-RET-PROSPECT-1Y");
    }

    // With the log, since is the second unanswered solicitation; the one before the reply does not count.
    [Fact]
    public void DecideRetention_TwoSolicitationsAfterTheLastContact_PurgesSinceTheSecond()
    {
        var subject = Subject.FromEvents(
            SubjectStatus.Prospect,
            [
                Event(SubjectEventType.Solicitation, "2025-03-10T09:00:00Z"),
                Event(SubjectEventType.Solicitation, "2025-01-20T09:00:00Z"),
                Event(SubjectEventType.Reply, "2025-02-01T10:00:00Z"),
                Event(SubjectEventType.Solicitation, "2025-02-10T09:00:00Z"),
            ],
            collectedAt: At("2025-01-10T09:00:00Z"));

        var decision = Evaluator.DecideRetention(LastName, subject, At("2025-04-01T08:00:00Z"));

        Purge(decision, At("2025-03-10T09:00:00Z"), "NS48-RET-PROSPECT-2-UNANSWERED");
    }

    [Fact]
    public void DecideRetention_ThreeUnansweredSolicitations_PurgesSinceTheSecond()
    {
        var subject = Subject.FromEvents(
            SubjectStatus.Prospect,
            [
                Event(SubjectEventType.Solicitation, "2025-02-10T09:00:00Z"),
                Event(SubjectEventType.Solicitation, "2025-03-10T09:00:00Z"),
                Event(SubjectEventType.Solicitation, "2025-04-10T08:00:00Z"),
            ],
            collectedAt: At("2025-01-10T09:00:00Z"));

        var decision = Evaluator.DecideRetention(LastName, subject, At("2025-05-01T08:00:00Z"));

        Purge(decision, At("2025-03-10T09:00:00Z"), "NS48-RET-PROSPECT-2-UNANSWERED");
    }

    // "The unanswered solicitations are the solicitation events strictly after the last contact."
    [Fact]
    public void DecideRetention_SolicitationsBeforeOrAtTheLastContact_DoNotCount()
    {
        var subject = Subject.FromEvents(
            SubjectStatus.Prospect,
            [
                Event(SubjectEventType.Solicitation, "2025-01-20T09:00:00Z"),
                Event(SubjectEventType.Solicitation, "2025-01-25T09:00:00Z"),
                Event(SubjectEventType.Solicitation, "2025-02-01T10:00:00Z"),
                Event(SubjectEventType.Reply, "2025-02-01T10:00:00Z"),
                Event(SubjectEventType.Solicitation, "2025-02-10T09:00:00Z"),
            ],
            collectedAt: At("2025-01-10T09:00:00Z"));

        var decision = Evaluator.DecideRetention(LastName, subject, At("2025-04-01T08:00:00Z"));

        Keep(decision, At("2026-02-01T10:00:00Z"), "NS48-RET-PROSPECT-1Y");
    }

    // "(with no contact event: those at or after collectedAt)"
    [Fact]
    public void DecideRetention_NoContactSolicitationsAtOrAfterCollection_Count()
    {
        var subject = Subject.FromEvents(
            SubjectStatus.Prospect,
            [Event(SubjectEventType.Solicitation, "2025-01-10T09:00:00Z"), Event(SubjectEventType.Solicitation, "2025-02-10T09:00:00Z")],
            collectedAt: At("2025-01-10T09:00:00Z"));

        var decision = Evaluator.DecideRetention(LastName, subject, At("2025-04-01T08:00:00Z"));

        Purge(decision, At("2025-02-10T09:00:00Z"), "NS48-RET-PROSPECT-2-UNANSWERED");
    }

    [Fact]
    public void DecideRetention_NoContactSolicitationBeforeCollection_DoesNotCount()
    {
        var subject = Subject.FromEvents(
            SubjectStatus.Prospect,
            [Event(SubjectEventType.Solicitation, "2025-01-09T09:00:00Z"), Event(SubjectEventType.Solicitation, "2025-02-10T09:00:00Z")],
            collectedAt: At("2025-01-10T09:00:00Z"));

        var decision = Evaluator.DecideRetention(LastName, subject, At("2025-04-01T08:00:00Z"));

        Keep(decision, At("2026-01-10T09:00:00Z"), "NS48-RET-PROSPECT-1Y");
    }

    // "An email-open is never a contact": it does not break the run of unanswered solicitations; a click does.
    [Fact]
    public void DecideRetention_EmailOpenBetweenSolicitations_StillTwoUnanswered()
    {
        var subject = Subject.FromEvents(
            SubjectStatus.Prospect,
            [
                Event(SubjectEventType.Solicitation, "2025-02-10T09:00:00Z"),
                Event(SubjectEventType.EmailOpen, "2025-02-15T09:00:00Z"),
                Event(SubjectEventType.Solicitation, "2025-03-10T09:00:00Z"),
            ],
            collectedAt: At("2025-01-10T09:00:00Z"));

        var decision = Evaluator.DecideRetention(LastName, subject, At("2025-04-01T08:00:00Z"));

        Purge(decision, At("2025-03-10T09:00:00Z"), "NS48-RET-PROSPECT-2-UNANSWERED");
    }

    [Fact]
    public void DecideRetention_LinkClickBetweenSolicitations_ResetsTheCount()
    {
        var subject = Subject.FromEvents(
            SubjectStatus.Prospect,
            [
                Event(SubjectEventType.Solicitation, "2025-02-10T09:00:00Z"),
                Event(SubjectEventType.LinkClick, "2025-02-15T09:00:00Z"),
                Event(SubjectEventType.Solicitation, "2025-03-10T09:00:00Z"),
            ],
            collectedAt: At("2025-01-10T09:00:00Z"));

        var decision = Evaluator.DecideRetention(LastName, subject, At("2025-04-01T08:00:00Z"));

        Keep(decision, At("2026-02-15T09:00:00Z"), "NS48-RET-PROSPECT-1Y");
    }

    [Fact]
    public void DecideRetention_SecondSolicitationAfterNow_IsIgnored()
    {
        var subject = Subject.FromEvents(
            SubjectStatus.Prospect,
            [Event(SubjectEventType.Solicitation, "2025-02-10T09:00:00Z"), Event(SubjectEventType.Solicitation, "2025-05-10T08:00:00Z")],
            collectedAt: At("2025-01-10T09:00:00Z"));

        var decision = Evaluator.DecideRetention(LastName, subject, At("2025-04-01T08:00:00Z"));

        Keep(decision, At("2026-01-10T09:00:00Z"), "NS48-RET-PROSPECT-1Y");
    }

    // ---- Both prospect rules due -----------------------------------------------------------------------------------

    // "When both prospect rules make a purge due, both are cited and since is the earliest known due instant."
    [Fact]
    public void DecideRetention_BothDueSecondSolicitationFirst_CitesBothSinceTheSolicitation()
    {
        var subject = Subject.FromEvents(
            SubjectStatus.Prospect,
            [Event(SubjectEventType.Solicitation, "2023-02-01T09:00:00Z"), Event(SubjectEventType.Solicitation, "2023-03-01T09:00:00Z")],
            collectedAt: At("2023-01-10T09:00:00Z"));

        var decision = Evaluator.DecideRetention(LastName, subject, At("2025-01-01T00:00:00Z"));

        Purge(decision, At("2023-03-01T09:00:00Z"), "NS48-RET-PROSPECT-1Y", "NS48-RET-PROSPECT-2-UNANSWERED");
    }

    [Fact]
    public void DecideRetention_BothDueOneYearFirst_CitesBothSinceTheYear()
    {
        var subject = Subject.FromEvents(
            SubjectStatus.Prospect,
            [Event(SubjectEventType.Solicitation, "2024-02-01T09:00:00Z"), Event(SubjectEventType.Solicitation, "2024-03-01T09:00:00Z")],
            collectedAt: At("2023-01-10T09:00:00Z"));

        var decision = Evaluator.DecideRetention(LastName, subject, At("2025-01-01T00:00:00Z"));

        Purge(decision, At("2024-01-10T09:00:00Z"), "NS48-RET-PROSPECT-1Y", "NS48-RET-PROSPECT-2-UNANSWERED");
    }

    // With a flat count, the second solicitation's instant is unknown: the earliest known due instant is the year's.
    [Fact]
    public void DecideRetention_BothDueWithFlatCount_CitesBothSinceTheYear()
    {
        var subject = new Subject(SubjectStatus.Prospect, collectedAt: At("2023-01-10T09:00:00Z"), unansweredSolicitations: 2);

        var decision = Evaluator.DecideRetention(LastName, subject, At("2025-01-01T00:00:00Z"));

        Purge(decision, At("2024-01-10T09:00:00Z"), "NS48-RET-PROSPECT-1Y", "NS48-RET-PROSPECT-2-UNANSWERED");
    }

    // ---- NS48-RET-PROSPECT-NECESSARY (advisory mode) ---------------------------------------------------------------

    // "prospect in advisory mode → keep, NS48-RET-PROSPECT-NECESSARY, no until, one advisory per recommendation already
    // due (with its due instant as since)".
    [Fact]
    public void DecideRetention_AdvisoryModeBothDue_KeepsWithTwoAdvisories()
    {
        var subject = Subject.FromEvents(
            SubjectStatus.Prospect,
            [Event(SubjectEventType.Solicitation, "2023-02-01T09:00:00Z"), Event(SubjectEventType.Solicitation, "2023-03-01T09:00:00Z")],
            collectedAt: At("2023-01-10T09:00:00Z"));

        var decision = Advising.DecideRetention(LastName, subject, At("2025-01-01T00:00:00Z"));

        KeepWithAdvisories(decision, ("NS48-RET-PROSPECT-1Y", At("2024-01-10T09:00:00Z")), ("NS48-RET-PROSPECT-2-UNANSWERED", At("2023-03-01T09:00:00Z")));
    }

    [Fact]
    public void DecideRetention_AdvisoryModeNothingDue_KeepsWithNoAdvisory()
    {
        var subject = new Subject(SubjectStatus.Prospect, collectedAt: At("2024-07-01T08:00:00Z"));

        var decision = Advising.DecideRetention(LastName, subject, At("2025-01-01T00:00:00Z"));

        KeepWithAdvisories(decision);
    }

    [Fact]
    public void DecideRetention_AdvisoryModeYearDue_OneAdvisorySinceTheYear()
    {
        var subject = new Subject(SubjectStatus.Prospect, collectedAt: At("2024-03-30T12:00:00Z"));

        var decision = Advising.DecideRetention(LastName, subject, At("2025-03-30T11:00:00Z"));

        KeepWithAdvisories(decision, ("NS48-RET-PROSPECT-1Y", At("2025-03-30T11:00:00Z")));
    }

    [Fact]
    public void DecideRetention_AdvisoryModeFlatCountDue_OneAdvisoryWithUnknownSince()
    {
        var subject = new Subject(SubjectStatus.Prospect, collectedAt: At("2025-01-10T09:00:00Z"), unansweredSolicitations: 2);

        var decision = Advising.DecideRetention(LastName, subject, At("2025-03-01T00:00:00Z"));

        KeepWithAdvisories(decision, ("NS48-RET-PROSPECT-2-UNANSWERED", null));
    }

    // ---- NS48-DATA-NIR, NS48-SCOPE-SECTOR ---------------------------------------------------------------------------

    // "the NIR or an excluded field → purge, NS48-DATA-NIR alone, no since"
    [Theory]
    [InlineData(SubjectStatus.Client, null)]
    [InlineData(SubjectStatus.Client, "2024-09-30T22:00:00Z")]
    [InlineData(SubjectStatus.Prospect, null)]
    public void DecideRetention_Nir_PurgesUnderDataNirAloneWithNoSince(SubjectStatus status, string? ended)
    {
        var subject = new Subject(status, collectedAt: At("2024-07-01T08:00:00Z"), relationshipEndedAt: ended is null ? null : At(ended));

        var decision = Evaluator.DecideRetention(DataField.Nir, subject, At("2025-01-01T00:00:00Z"));
        var proof = Evaluator.DecideRetention(DataField.Nir, subject, At("2025-01-01T00:00:00Z"), proof: true, proofFrom: At("2024-08-01T00:00:00Z"));
        var advised = Advising.DecideRetention(DataField.Nir, subject, At("2025-01-01T00:00:00Z"));

        Purge(decision, null, "NS48-DATA-NIR");
        Purge(proof, null, "NS48-DATA-NIR");
        Purge(advised, null, "NS48-DATA-NIR");
        Assert.StartsWith("The NIR may not be held", decision.Reasons[0].Message.English);
    }

    // "A custom field is a field of its category: every rule stated for a category (NS48-DATA-NIR for excluded …)".
    [Fact]
    public void DecideRetention_CustomExcludedField_PurgesUnderDataNirAlone()
    {
        var field = DataField.Custom("health-insurance-number", DataCategory.Excluded);
        var subject = new Subject(SubjectStatus.Prospect, collectedAt: At("2024-07-01T08:00:00Z"));

        var decision = Evaluator.DecideRetention(field, subject, At("2025-01-01T00:00:00Z"));

        Purge(decision, null, "NS48-DATA-NIR");
        Assert.StartsWith("A field of the excluded category may not be held", decision.Reasons[0].Message.English);
    }

    // "Outside the norm's sectors, retention … answer out-of-scope, citing NS48-SCOPE-SECTOR alone."
    [Theory]
    [InlineData("health")]
    [InlineData("education")]
    [InlineData("banking")]
    [InlineData("insurance")]
    public void DecideRetention_SectorOutsideNorm_OutOfScopeCitingScopeSectorAlone(string sector)
    {
        var prospect = new Subject(SubjectStatus.Prospect, collectedAt: At("2020-01-10T09:00:00Z"), unansweredSolicitations: 2);
        var client = new Subject(SubjectStatus.Client, relationshipEndedAt: At("2021-01-10T09:00:00Z"));
        var now = At("2025-01-01T00:00:00Z");

        var decisions = new[]
        {
            Evaluator.DecideRetention(LastName, prospect, now, sector: Sector.FromName(sector)),
            Evaluator.DecideRetention(DataField.Nir, prospect, now, sector: Sector.FromName(sector)),
            Evaluator.DecideRetention(DataField.Amount, client, now, proof: true, sector: Sector.FromName(sector)),
            Advising.DecideRetention(LastName, prospect, now, sector: Sector.FromName(sector)),
        };

        Assert.All(decisions, OutOfScope);
    }

    // online-gambling is outside the norm only from ns48-2016.
    [Fact]
    public void DecideRetention_OnlineGamblingUnder2005_IsInsideTheNorm()
    {
        var subject = new Subject(SubjectStatus.Client);

        var decision = Evaluator.DecideRetention(LastName, subject, At("2025-01-01T00:00:00Z"), sector: Sector.OnlineGambling);

        Keep(decision, null, "NS48-RET-CLIENT");
    }

    // ---- Connection data ------------------------------------------------------------------------------------------

    // "Connection-data fields follow the subject's status like every other field; the 2005 text sets no specific
    // duration for them, and the decision's message says so."
    [Fact]
    public void DecideRetention_ConnectionData_FollowsTheStatusAndSaysNoSpecificDuration()
    {
        var custom = DataField.Custom("session-cookie-id", DataCategory.ConnectionData);
        var now = At("2025-01-01T00:00:00Z");
        var prospect = new Subject(SubjectStatus.Prospect, collectedAt: At("2024-07-01T08:00:00Z"));
        var lasting = new Subject(SubjectStatus.Client);
        var ended = new Subject(SubjectStatus.Client, relationshipEndedAt: At("2024-09-30T22:00:00Z"));

        var decisions = new[]
        {
            (Evaluator.DecideRetention(DataField.IpAddress, prospect, now), Evaluator.DecideRetention(LastName, prospect, now)),
            (Evaluator.DecideRetention(custom, prospect, now), Evaluator.DecideRetention(LastName, prospect, now)),
            (Evaluator.DecideRetention(DataField.PageVisited, lasting, now), Evaluator.DecideRetention(LastName, lasting, now)),
            (Evaluator.DecideRetention(DataField.ConnectionDate, ended, now), Evaluator.DecideRetention(LastName, ended, now)),
            (Evaluator.DecideRetention(DataField.ConnectionTime, ended, now, proof: true), Evaluator.DecideRetention(LastName, ended, now, proof: true)),
            (Advising.DecideRetention(DataField.IpAddress, prospect, now), Advising.DecideRetention(LastName, prospect, now)),
        };

        Keep(decisions[0].Item1, At("2025-07-01T08:00:00Z"), "NS48-RET-PROSPECT-1Y");
        Keep(decisions[2].Item1, null, "NS48-RET-CLIENT");
        Purge(decisions[3].Item1, At("2024-09-30T22:00:00Z"), "NS48-RET-CLIENT");
        Archive(decisions[4].Item1, At("2034-09-30T22:00:00Z"), "NS48-RET-CLIENT-PROOF");
        Assert.All(decisions, pair =>
        {
            var (connection, other) = pair;
            Assert.Equal(
                (other.Verdict, other.Until, other.Since, string.Join(",", Codes(other))),
                (connection.Verdict, connection.Until, connection.Since, string.Join(",", Codes(connection))));
            Assert.All(connection.Reasons, r => Assert.Contains("no specific duration", r.Message.English, StringComparison.OrdinalIgnoreCase));
            Assert.All(other.Reasons, r => Assert.DoesNotContain("no specific duration", r.Message.English, StringComparison.OrdinalIgnoreCase));
        });
    }

    // ---- Programmer errors ------------------------------------------------------------------------------------------

    [Fact]
    public void DecideRetention_ProofFromWithoutProof_ThrowsNamingProofFrom()
    {
        var subject = new Subject(SubjectStatus.Client, relationshipEndedAt: At("2024-09-30T22:00:00Z"));

        var exception = Assert.Throws<ArgumentException>(
            () => Evaluator.DecideRetention(DataField.Amount, subject, At("2025-01-01T00:00:00Z"), proof: false, proofFrom: At("2020-01-01T00:00:00Z")));

        Assert.Equal("proofFrom", exception.ParamName);
        Assert.Contains("give it only with proof", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RetentionField_ProofFromWithoutProof_ThrowsNamingProofFrom()
    {
        var exception = Assert.Throws<ArgumentException>(() => new RetentionField(DataField.Amount, proof: false, proofFrom: At("2020-01-01T00:00:00Z")));

        Assert.Equal("proofFrom", exception.ParamName);
    }

    // CONTRACT: "a collectedAt, lastContactAt or proofFrom after now is an error".
    [Fact]
    public void DecideRetention_ProofFromAfterNow_ThrowsArgumentException()
    {
        var subject = new Subject(SubjectStatus.Client, relationshipEndedAt: At("2024-09-30T22:00:00Z"));

        var exception = Assert.Throws<ArgumentException>(
            () => Evaluator.DecideRetention(DataField.Amount, subject, At("2025-01-01T00:00:00Z"), proof: true, proofFrom: At("2025-01-01T00:00:01Z")));

        Assert.Equal("proofFrom", exception.ParamName);
        Assert.StartsWith("proofFrom lies after now.", exception.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(SubjectStatus.Prospect)]
    [InlineData(SubjectStatus.Client)]
    public void DecideRetention_CollectedAtAfterNow_ThrowsArgumentException(SubjectStatus status)
    {
        var subject = new Subject(status, collectedAt: At("2025-01-01T00:00:01Z"));

        var exception = Assert.Throws<ArgumentException>(() => Evaluator.DecideRetention(LastName, subject, At("2025-01-01T00:00:00Z")));

        Assert.Equal("subject", exception.ParamName);
        Assert.StartsWith("The subject's CollectedAt lies after now.", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DecideRetention_CollectedAtAfterNowWithEvents_ThrowsArgumentException()
    {
        var subject = Subject.FromEvents(SubjectStatus.Prospect, [Event(SubjectEventType.Reply, "2024-12-01T00:00:00Z")], collectedAt: At("2025-01-01T00:00:01Z"));

        Assert.Throws<ArgumentException>(() => Evaluator.DecideRetention(LastName, subject, At("2025-01-01T00:00:00Z")));
    }

    [Fact]
    public void DecideRetention_LastContactAtAfterNow_ThrowsArgumentException()
    {
        var subject = new Subject(SubjectStatus.Prospect, collectedAt: At("2024-01-01T00:00:00Z"), lastContactAt: At("2025-01-01T00:00:01Z"));

        var exception = Assert.Throws<ArgumentException>(() => Evaluator.DecideRetention(LastName, subject, At("2025-01-01T00:00:00Z")));

        Assert.Equal("subject", exception.ParamName);
        Assert.StartsWith("The subject's LastContactAt lies after now.", exception.Message, StringComparison.Ordinal);
    }

    // "For retention, a prospect needs collectedAt or a contact from the person."
    [Fact]
    public void DecideRetention_ProspectWithNeitherCollectionNorContact_ThrowsArgumentException()
    {
        var flat = new Subject(SubjectStatus.Prospect, unansweredSolicitations: 1);
        var solicitationsOnly = Subject.FromEvents(
            SubjectStatus.Prospect, [Event(SubjectEventType.Solicitation, "2024-01-01T00:00:00Z"), Event(SubjectEventType.EmailOpen, "2024-01-02T00:00:00Z")]);
        var contactAfterNow = Subject.FromEvents(SubjectStatus.Prospect, [Event(SubjectEventType.Reply, "2026-01-01T00:00:00Z")]);

        var exception = Assert.Throws<ArgumentException>(() => Evaluator.DecideRetention(LastName, flat, At("2025-01-01T00:00:00Z")));
        Assert.Equal("subject", exception.ParamName);
        Assert.Contains("give CollectedAt or a contact", exception.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => Evaluator.DecideRetention(LastName, solicitationsOnly, At("2025-01-01T00:00:00Z")));
        Assert.Throws<ArgumentException>(() => Evaluator.DecideRetention(LastName, contactAfterNow, At("2025-01-01T00:00:00Z")));
    }

    [Fact]
    public void DecideRetention_NullArguments_ThrowNamingThem()
    {
        var subject = new Subject(SubjectStatus.Client);

        var field = Assert.Throws<ArgumentNullException>(() => Evaluator.DecideRetention(null!, subject, At("2025-01-01T00:00:00Z")));
        var person = Assert.Throws<ArgumentNullException>(() => Evaluator.DecideRetention(LastName, null!, At("2025-01-01T00:00:00Z")));
        var clock = Assert.Throws<ArgumentNullException>(() => Evaluator.DecideRetention(LastName, subject, (IClock)null!));

        Assert.Equal(("field", "subject", "clock"), (field.ParamName, person.ParamName, clock.ParamName));
    }

    // "Range. Instants lie between 0001-01-01T00:00:00Z and 9989-12-31T23:59:59Z … the C# evaluators throw
    // ArgumentOutOfRangeException naming the parameter outside it."
    [Theory]
    [InlineData("9990-01-01T00:00:00Z")]
    [InlineData("9989-12-31T23:59:59.000000001Z")]
    [InlineData("0000-12-31T23:59:59.999999999Z")]
    [InlineData("-0100-01-01T00:00:00Z")]
    public void DecideRetention_NowOutsideRange_ThrowsNamingNow(string now)
    {
        var subject = new Subject(SubjectStatus.Client);

        var exception = Assert.Throws<ArgumentOutOfRangeException>(() => Evaluator.DecideRetention(LastName, subject, At(now)));

        Assert.Equal("now", exception.ParamName);
    }

    [Fact]
    public void DecideRetention_ProofFromBeforeRange_ThrowsNamingProofFrom()
    {
        var subject = new Subject(SubjectStatus.Client, relationshipEndedAt: At("2024-09-30T22:00:00Z"));

        var exception = Assert.Throws<ArgumentOutOfRangeException>(
            () => Evaluator.DecideRetention(DataField.Amount, subject, At("2025-01-01T00:00:00Z"), proof: true, proofFrom: At("0000-12-31T23:59:59Z")));

        Assert.Equal("proofFrom", exception.ParamName);
    }

    // The range bounds themselves are accepted.
    [Fact]
    public void DecideRetention_InstantsAtTheLowerBound_Decide()
    {
        var min = At("0001-01-01T00:00:00Z");

        var prospect = Evaluator.DecideRetention(LastName, new Subject(SubjectStatus.Prospect, collectedAt: min), min);
        var client = Evaluator.DecideRetention(DataField.Amount, new Subject(SubjectStatus.Client, relationshipEndedAt: min), min, proof: true, proofFrom: min);

        Assert.Equal(RetentionVerdict.Keep, prospect.Verdict);
        Assert.True(prospect.Until > min);
        Assert.Equal(RetentionVerdict.Archive, client.Verdict);
        Assert.True(client.Until > prospect.Until);
    }

    // "Instants lie between 0001-01-01T00:00:00Z and 9989-12-31T23:59:59Z, so that every due instant stays within
    // NodaTime's range": 9989-12-31T23:59:59Z is 9990-01-01 00:59:59 CET; + 1 y = 9990-12-31T23:59:59Z.
    [Fact]
    public void DecideRetention_ProspectAtTheUpperBound_KeepsUntilOneYearLater()
    {
        var max = At("9989-12-31T23:59:59Z");

        var decision = Evaluator.DecideRetention(LastName, new Subject(SubjectStatus.Prospect, collectedAt: max, lastContactAt: max), max);

        Keep(decision, At("9990-12-31T23:59:59Z"), "NS48-RET-PROSPECT-1Y");
    }

    // 9989-12-31T23:00:00Z is 9990-01-01 00:00 CET; + 10 y is 10000-01-01 00:00 CET = 9999-12-31T23:00:00Z, an
    // instant NodaTime holds (its local date-times stop at 9999-12-31, its instants do not stop before 9999-12-31T23:59Z).
    [Theory]
    [InlineData("9989-12-31T23:00:00Z", "9999-12-31T23:00:00Z")]
    [InlineData("9989-12-31T23:59:59Z", "9999-12-31T23:59:59Z")]
    public void DecideRetention_ProofAtTheUpperBound_ArchivesUntilTenYearsLater(string anchor, string archiveEnd)
    {
        var max = At("9989-12-31T23:59:59Z");
        var client = new Subject(SubjectStatus.Client, relationshipEndedAt: At(anchor));

        var withProofFrom = Record.Exception(() => Evaluator.DecideRetention(DataField.Amount, client, max, proof: true, proofFrom: At(anchor)));
        var withoutProofFrom = Record.Exception(() => Evaluator.DecideRetention(DataField.Amount, client, max, proof: true));

        Assert.Null(withProofFrom);
        Assert.Null(withoutProofFrom);
        Archive(Evaluator.DecideRetention(DataField.Amount, client, max, proof: true), At(archiveEnd), "NS48-RET-CLIENT-PROOF");
    }

    // The subject's own instants are instants like the others: outside the range, an ArgumentOutOfRangeException naming
    // the parameter that carries them (the subject's constructor parameter, or DecideRetention's subject).
    [Theory]
    [InlineData("collectedAt")]
    [InlineData("lastContactAt")]
    [InlineData("relationshipEndedAt-before")]
    [InlineData("relationshipEndedAt-after")]
    [InlineData("event-before")]
    [InlineData("event-after")]
    public void DecideRetention_SubjectInstantOutsideRange_ThrowsArgumentOutOfRange(string which)
    {
        var tooEarly = At("0000-12-31T23:00:00Z");
        var tooLate = At("9990-06-01T00:00:00Z");
        var now = At("2025-01-01T00:00:00Z");

        var exception = Record.Exception(() =>
        {
            var subject = which switch
            {
                "collectedAt" => new Subject(SubjectStatus.Prospect, collectedAt: tooEarly),
                "lastContactAt" => new Subject(SubjectStatus.Prospect, collectedAt: At("2024-01-01T00:00:00Z"), lastContactAt: tooEarly),
                "relationshipEndedAt-before" => new Subject(SubjectStatus.Client, relationshipEndedAt: tooEarly),
                "relationshipEndedAt-after" => new Subject(SubjectStatus.Client, relationshipEndedAt: tooLate),
                "event-before" => Subject.FromEvents(SubjectStatus.Client, [new SubjectEvent(SubjectEventType.RelationshipEnd, tooEarly)]),
                _ => Subject.FromEvents(SubjectStatus.Client, [new SubjectEvent(SubjectEventType.RelationshipEnd, tooLate)]),
            };
            Evaluator.DecideRetention(LastName, subject, now);
        });

        var outOfRange = Assert.IsType<ArgumentOutOfRangeException>(exception);
        var expected = which.Split('-')[0] switch
        {
            "event" => new[] { "events", "subject" },
            var name => [name, "subject"],
        };
        Assert.Contains(outOfRange.ParamName, expected);
    }

    // ---- The clock overload -----------------------------------------------------------------------------------------

    [Fact]
    public void DecideRetention_FakeClock_DecidesAsAtTheClocksInstant()
    {
        var now = At("2025-07-01T08:00:00Z");
        var clock = new FakeClock(now - Duration.Epsilon);
        var subject = new Subject(SubjectStatus.Prospect, collectedAt: At("2024-03-10T09:00:00Z"), lastContactAt: At("2024-07-01T08:00:00Z"));
        var ended = new Subject(SubjectStatus.Client, relationshipEndedAt: At("2020-06-15T10:00:00Z"));

        var beforeDue = Evaluator.DecideRetention(LastName, subject, clock);
        clock.Advance(Duration.Epsilon);
        var atDue = Evaluator.DecideRetention(LastName, subject, clock);
        var proof = Evaluator.DecideRetention(DataField.Amount, ended, clock, proof: true, proofFrom: At("2018-02-28T23:00:00Z"), sector: Sector.General);
        var outside = Evaluator.DecideRetention(LastName, subject, clock, sector: Sector.Health);

        Assert.Equal(Evaluator.DecideRetention(LastName, subject, now - Duration.Epsilon), beforeDue);
        Assert.Equal(Evaluator.DecideRetention(LastName, subject, now), atDue);
        Assert.Equal(Evaluator.DecideRetention(DataField.Amount, ended, now, proof: true, proofFrom: At("2018-02-28T23:00:00Z"), sector: Sector.General), proof);
        Assert.Equal(Evaluator.DecideRetention(LastName, subject, now, sector: Sector.Health), outside);
        Keep(beforeDue, now, "NS48-RET-PROSPECT-1Y");
        Purge(atDue, now, "NS48-RET-PROSPECT-1Y");
    }

    private static SubjectEvent Event(SubjectEventType type, string at) => new(type, At(at));
}
