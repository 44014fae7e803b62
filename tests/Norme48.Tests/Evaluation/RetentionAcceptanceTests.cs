using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;
using Norme48.Evaluation;
using Norme48.Retention;
using Norme48.Vocabulary;
using Xunit;
using static Norme48.Tests.Evaluation.RetentionAssert;

namespace Norme48.Tests.Evaluation;

/// <summary>
/// The purge plan asks the evaluator, without an exception, what <see cref="Norme48Evaluator.DecideRetention(DataField, Subject, Instant, bool, Instant?, Sector?)"/>
/// would refuse: <see cref="Norme48Evaluator.HasOwnRetention"/> for fields and <see cref="Norme48Evaluator.FactsForRetention"/>
/// for subjects. These tests hold both answers to the decision's own: each says "refused" exactly when the decision throws.
/// </summary>
public sealed class RetentionAcceptanceTests
{
    private static readonly Instant Now = At("2025-01-01T00:00:00Z");

    public static TheoryData<string> Editions => [.. Edition.All.Select(e => e.Id)];

    // A field has its own retention when it is excluded, or when DecideRetention sends it to another decision (it
    // throws naming the field): from ns48-2016 the bank card number, and connection data where NS48-RET-TRACKER-13M exists.
    [Theory]
    [MemberData(nameof(Editions))]
    public void HasOwnRetention_EveryField_ExactlyTheExcludedAndThoseTheDecisionRefuses(string editionId)
    {
        var evaluator = new Norme48Evaluator(Edition.Parse(editionId));
        var client = new Subject(SubjectStatus.Client, collectedAt: At("2020-01-01T00:00:00Z"));
        var fields = DataField.BuiltIn.Concat([DataField.Custom("session-cookie", DataCategory.ConnectionData), DataField.Custom("social-number", DataCategory.Excluded)]);
        var own = new List<string>();

        foreach (var field in fields)
        {
            var refused = Refuses(() => evaluator.DecideRetention(field, client, Now));
            Assert.Equal(field.IsExcluded || refused, evaluator.HasOwnRetention(field));
            if (evaluator.HasOwnRetention(field) && !field.IsExcluded)
            {
                own.Add(field.Id);
            }
        }

        // The refused fields, edition by edition, as RULES.md states them.
        var expected = editionId switch
        {
            "ns48-2005" => [],
            "ns48-2016" => [DataField.BankCardNumber.Id, .. DataCategory.ConnectionData.Fields.Select(f => f.Id), "session-cookie"],
            _ => new[] { DataField.BankCardNumber.Id },
        };
        Assert.Equal(expected.Order(StringComparer.Ordinal), own.Order(StringComparer.Ordinal));
    }

    public static TheoryData<string, string, bool> Subjects => new()
    {
        { "ns48-2005", "prospect collected now", true },
        { "ns48-2005", "prospect collected a tick after now", false },
        { "ns48-2005", "client collected a tick after now", false },
        { "ns48-2005", "prospect contacted now", true },
        { "ns48-2005", "prospect contacted a tick after now", false },
        { "ns48-2005", "client contacted a tick after now", true },
        { "ns48-2005", "prospect with neither collection nor contact", false },
        { "ns48-2005", "client with neither collection nor contact", true },
        { "ns48-2005", "prospect whose log has a re-confirmation request", false },
        { "ns48-2016", "prospect whose log has a re-confirmation request", true },
        { "ns48-2005", "prospect whose log has a re-confirmation answer", false },
        { "ns48-2005", "prospect whose log has only a solicitation", false },
        { "ns48-2005", "client whose end lies after now", true },
        { "ns48-2016", "prospect collected a tick after now", false },
        { "ref-2021", "prospect contacted a tick after now", false },
    };

    [Theory]
    [MemberData(nameof(Subjects))]
    public void FactsForRetention_Subject_AcceptedExactlyWhenTheDecisionIs(string editionId, string name, bool accepted)
    {
        var evaluator = new Norme48Evaluator(Edition.Parse(editionId));
        var subject = Subject(name);
        var derived = default(RetentionFacts);

        var facts = evaluator.FactsForRetention(subject, Now, ref derived, out var taken);

        Assert.Equal(accepted, taken);
        Assert.Equal(!accepted, Refuses(() => evaluator.DecideRetention(DataField.LastName, subject, Now)));
        if (accepted)
        {
            var expected = subject.FactsAt(Now);
            Assert.Equal((expected.CollectedAt, expected.LastContactAt, expected.EndedAt, expected.ScheduledEnd), (facts.CollectedAt, facts.LastContactAt, facts.EndedAt, facts.ScheduledEnd));
        }
    }

    // The instants a decision accepts: EarliestInstant … LatestInstant, both included.
    [Theory]
    [InlineData(0, true)] // at the edge
    [InlineData(-1, true)] // a nanosecond inside
    [InlineData(1, false)] // a nanosecond outside
    public void FactsForRetention_NowAtTheEdgesOfTheCalendar_AcceptedExactlyWhenTheDecisionIs(int side, bool accepted)
    {
        var evaluator = new Norme48Evaluator();
        foreach (var edge in new[] { Norme48Evaluator.EarliestInstant, Norme48Evaluator.LatestInstant })
        {
            var outward = edge == Norme48Evaluator.EarliestInstant ? -side : side;
            var now = side == 0 ? edge : edge + Duration.FromNanoseconds(outward);
            var subject = new Subject(SubjectStatus.Client, collectedAt: Norme48Evaluator.EarliestInstant);
            var derived = default(RetentionFacts);

            evaluator.FactsForRetention(subject, now, ref derived, out var taken);

            Assert.Equal(accepted, taken);
            Assert.Equal(!accepted, Refuses(() => evaluator.DecideRetention(DataField.LastName, subject, now)));
        }
    }

    private static Subject Subject(string name)
    {
        var tick = Duration.Epsilon;
        var window = new ProspectingFacts(answerWindowDays: 30);
        return name switch
        {
            "prospect collected now" => new(SubjectStatus.Prospect, collectedAt: Now),
            "prospect collected a tick after now" => new(SubjectStatus.Prospect, collectedAt: Now + tick, prospecting: window),
            "client collected a tick after now" => new(SubjectStatus.Client, collectedAt: Now + tick),
            "prospect contacted now" => new(SubjectStatus.Prospect, lastContactAt: Now),
            "prospect contacted a tick after now" => new(SubjectStatus.Prospect, collectedAt: Now - Duration.FromDays(10), lastContactAt: Now + tick, prospecting: window),
            "client contacted a tick after now" => new(SubjectStatus.Client, collectedAt: Now - Duration.FromDays(10), lastContactAt: Now + tick),
            "prospect with neither collection nor contact" => new(SubjectStatus.Prospect, unansweredSolicitations: 1),
            "client with neither collection nor contact" => new(SubjectStatus.Client),
            "prospect whose log has a re-confirmation request" => Norme48.Retention.Subject.FromEvents(
                SubjectStatus.Prospect, [new SubjectEvent(SubjectEventType.ReconfirmationRequest, Now - Duration.FromDays(1))], Now - Duration.FromDays(10), window),
            "prospect whose log has a re-confirmation answer" => Norme48.Retention.Subject.FromEvents(
                SubjectStatus.Prospect, [new SubjectEvent(SubjectEventType.ReconfirmationYes, Now - Duration.FromDays(1))], Now - Duration.FromDays(10)),
            "prospect whose log has only a solicitation" => Norme48.Retention.Subject.FromEvents(
                SubjectStatus.Prospect, [new SubjectEvent(SubjectEventType.Solicitation, Now - Duration.FromDays(1))]),
            "client whose end lies after now" => new(SubjectStatus.Client, collectedAt: Now - Duration.FromDays(10), relationshipEndedAt: Now + tick),
            _ => throw new ArgumentOutOfRangeException(nameof(name), name, "No such subject."),
        };
    }

    private static bool Refuses(Action decide)
    {
        try
        {
            decide();
            return false;
        }
        catch (ArgumentException)
        {
            return true;
        }
    }
}
