using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using NodaTime.TimeZones;
using Norme48.Retention;
using Norme48.Vocabulary;

namespace Norme48.Tests;

/// <summary>Generators of purge plans: one <c>now</c>, an edition, a recommendation mode and subjects whose anchors sit near the cutoffs.</summary>
public static partial class Arbitraries
{
    /// <summary>The periods whose cutoffs the plan's anchors are placed around: 1, 3 and 10 years.</summary>
    private static readonly Period[] CutoffPeriods = [Period.FromYears(1), Period.FromYears(3), Period.FromYears(10)];

    /// <summary>A mix of fields: plain, proof with and without a contract date, connection data, the NIR and the card number.</summary>
    private static Gen<RetentionField> PlanFields(Instant now) =>
        from kind in Gen.Choose(0, 9)
        from dated in AnchorNearCutoff(now)
        select kind switch
        {
            0 => new RetentionField(DataField.LastName),
            1 => new RetentionField(DataField.EmailAddress),
            2 => new RetentionField(DataField.Profession),
            3 => new RetentionField(DataField.Amount, proof: true),
            4 => new RetentionField(DataField.Receipts, proof: true, proofFrom: dated),
            5 => new RetentionField(DataField.IpAddress),
            6 => new RetentionField(DataField.ConnectionDate, proof: true),
            7 => new RetentionField(DataField.PaymentTerms),
            8 => new RetentionField(DataField.Nir),
            _ => new RetentionField(DataField.BankCardNumber),
        };

    /// <summary>An instant near a cutoff of <paramref name="now"/> (one of the periods before it, in Paris local time), or near a transition or leap day.</summary>
    private static Gen<Instant> AnchorNearCutoff(Instant now) => Gen.Frequency(
        (3, from period in Gen.Elements(CutoffPeriods)
            from near in ParisInstants.Near((now.InZone(ParisInstants.Zone).LocalDateTime - period).InZone(ParisInstants.Zone, Resolvers.LenientResolver).ToInstant())
            select near),
        (1, from centre in Gen.Elements(Centres) from near in ParisInstants.Near(centre) select near));

    private static Gen<Subject> PlanSubject(Instant now) =>
        from status in Gen.Elements(SubjectStatus.Prospect, SubjectStatus.Client)
        from collected in AnchorNearCutoff(now)
        from contact in AnchorNearCutoff(now)
        from end in AnchorNearCutoff(now)
        from shape in Gen.Choose(0, 3)
        from unanswered in Gen.Frequency((4, Gen.Constant(0)), (1, Gen.Choose(1, 3)))
        from used in Bools
        from window in Gen.Elements(15, 30)
        from timeline in TimelineGen(prospectsOnly: false)
        let prospecting = new ProspectingFacts(usedForProspecting: used, answerWindowDays: window)
        select shape == 3
            ? Subject.FromEvents(timeline.Status, timeline.Events, timeline.CollectedAt, new ProspectingFacts(usedForProspecting: used, answerWindowDays: window))
            : new Subject(
                status,
                collected,
                relationshipEndedAt: shape == 0 ? null : end,
                lastContactAt: shape == 2 ? null : contact,
                unansweredSolicitations: unanswered,
                prospecting: prospecting);

    /// <summary>A plan: edition, mode, <c>now</c> near a transition or leap day, and one to twelve candidates of one to ten fields.</summary>
    public static Arbitrary<PlanCase> PlanCases() => Arb.From(
        from edition in Gen.Elements(Edition.All.ToArray())
        from advise in Bools
        from centre in Gen.Elements(Centres)
        from now in ParisInstants.Near(centre + Duration.FromDays(3 * 365))
        from count in Gen.Choose(1, 12)
        from subjects in Gen.ArrayOf(PlanSubject(now), count)
        from fieldCounts in Gen.ArrayOf(Gen.Choose(1, 10), count)
        from fields in Gen.ArrayOf(Gen.ArrayOf(PlanFields(now), 10), count)
        select new PlanCase(edition, advise, now, [.. subjects.Select((s, i) => new PurgeCandidate<int>(i, s, fields[i].Take(fieldCounts[i]).ToArray()))]));
}

/// <summary>A purge plan's inputs: the edition, whether recommendations are advisory, <c>now</c> and the candidates.</summary>
public sealed record PlanCase(Edition Edition, bool Advise, Instant Now, PurgeCandidate<int>[] Candidates)
{
    /// <summary>Returns the edition, the mode, now and the number of candidates.</summary>
    /// <returns>A one-line description; FsCheck prints it when a case fails.</returns>
    public override string ToString() =>
        $"{Edition.Id} {(Advise ? "advise" : "enforce")} at {Now}: " + string.Join("; ", Candidates.Select(c =>
            $"#{c.Key} {c.Subject.Status} collected {c.Subject.CollectedAt} contact {c.Subject.LastContactAt} ended {c.Subject.RelationshipEndedAt} events {c.Subject.Events.Count} [{string.Join(", ", c.Fields.Select(f => $"{f}{(f.ProofFrom is { } p ? " from " + p : string.Empty)}"))}]"));
}
