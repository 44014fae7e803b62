using System;
using System.Linq;
using BenchmarkDotNet.Attributes;
using NodaTime;
using Norme48.Decisions;
using Norme48.Evaluation;
using Norme48.Prospecting;
using Norme48.Retention;

namespace Norme48.Benchmarks;

/// <summary>May this person be solicited on this channel? Does this collection form tell the person what it must?</summary>
[MemoryDiagnoser]
public class ProspectingBenchmarks
{
    private readonly Norme48Evaluator evaluator = Norme48Evaluator.Default;
    private (ProspectingChannel Channel, Audience Audience, Subject Subject)[] solicitations = [];
    private NoticeForm[] forms = [];
    private int nextSolicitation;
    private int nextForm;

    [GlobalSetup]
    public void Setup()
    {
        var collected = Instant.FromUtc(2025, 1, 15, 9, 0);
        Subject[] subjects =
        [
            .. from status in new[] { SubjectStatus.Client, SubjectStatus.Prospect }
               from flags in Enumerable.Range(0, 8)
               select new Subject(
                   status,
                   collected,
                   prospecting: new ProspectingFacts(consent: (flags & 1) != 0, objected: (flags & 2) != 0, objectionOfferedAtCollection: (flags & 4) != 0)),
        ];
        solicitations =
        [
            .. from channel in Enum.GetValues<ProspectingChannel>()
               from audience in Enum.GetValues<Audience>()
               from subject in subjects
               select (channel, audience, subject),
        ];

        var all = Enum.GetValues<NoticeItem>();
        forms =
        [
            new NoticeForm(all, prospecting: true, objectionNotice: true, consentCheckbox: ConsentCheckbox.Unticked),
            new NoticeForm(all.Take(4), prospecting: true, consentCheckbox: ConsentCheckbox.PreTicked, trackers: true),
            new NoticeForm(all, trackers: true, trackersNotice: true),
            new NoticeForm([NoticeItem.ControllerIdentity], prospecting: true),
        ];
    }

    [Benchmark(Description = "Norme48 solicit verdict")]
    public Verdict Solicit()
    {
        var i = nextSolicitation;
        nextSolicitation = i + 1 == solicitations.Length ? 0 : i + 1;
        var (channel, audience, subject) = solicitations[i];
        return evaluator.MaySolicit(channel, audience, subject).Verdict;
    }

    [Benchmark(Description = "Norme48 notice check")]
    public NoticeVerdict Notice()
    {
        var i = nextForm;
        nextForm = i + 1 == forms.Length ? 0 : i + 1;
        return evaluator.CheckNotice(forms[i]).Verdict;
    }
}
