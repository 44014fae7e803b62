using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;
using NodaTime.TimeZones;
using Norme48.Benchmarks.Peers;
using Norme48.Retention;
using Norme48.Vocabulary;

namespace Norme48.Benchmarks;

/// <summary>
/// The benchmark inputs, precomputed into arrays so that a benchmark only reads the next slot: the decisions cycle
/// through every input instead of hitting one branch the CPU learns.
/// </summary>
internal static partial class Inputs
{
    private static readonly DateTimeZone Paris = DateTimeZoneProviders.Tzdb["Europe/Paris"];

    /// <summary>Gets the purposes of <c>ns48-2005</c>, the default edition.</summary>
    public static ProcessingPurpose[] Purposes2005 { get; } = [.. ProcessingPurpose.All.Where(p => p.IsDefinedIn(Edition.Ns2005))];

    /// <summary>Every built-in field × every <c>ns48-2005</c> purpose, with the same question for the peers.</summary>
    public static (DataField[] Fields, ProcessingPurpose[] Purposes, CollectRequest[] Requests) Collect()
    {
        var pairs = (from field in DataField.BuiltIn from purpose in Purposes2005 select (field, purpose)).ToArray();
        return (
            [.. pairs.Select(p => p.field)],
            [.. pairs.Select(p => p.purpose)],
            [.. pairs.Select(p => new CollectRequest(p.field.Category.Id, p.purpose.Id))]);
    }

    /// <summary>
    /// Prospects and the instant their retention is decided at: random anchors and delays around the one-year limit,
    /// with anchors whose anniversary falls in the spring-forward gap or the autumn overlap of Europe/Paris, and
    /// instants exactly at and just before the resolved limit.
    /// </summary>
    public static (Subject[] Subjects, Instant[] Nows, ProspectRetentionRequest[] Requests) ProspectRetention(int count = 1024)
    {
        var cases = new List<(Instant Collected, Instant LastContact, int Unanswered, Instant Now)>();

        // 2024-03-30 02:30 CET (01:30Z): a year later, 02:30 does not exist in Paris; leniently 03:30 CEST (01:30Z).
        // 2024-10-27 02:30 CEST (00:30Z): a year later, 02:30 happens twice; the earlier is 00:30Z.
        // 2024-02-29 12:00Z: a year later is 2025-02-28 in Paris.
        (Instant Anchor, Instant Due)[] edges =
        [
            (Instant.FromUtc(2024, 3, 30, 1, 30), Instant.FromUtc(2025, 3, 30, 1, 30)),
            (Instant.FromUtc(2024, 10, 27, 0, 30), Instant.FromUtc(2025, 10, 26, 0, 30)),
            (Instant.FromUtc(2024, 2, 29, 12, 0), Instant.FromUtc(2025, 2, 28, 12, 0)),
        ];
        foreach (var (anchor, due) in edges)
        {
            foreach (var now in new[] { due - Duration.FromSeconds(1), due, due + Duration.FromMinutes(30) })
            {
                cases.Add((anchor - Duration.FromDays(3), anchor, 0, now));
                cases.Add((anchor, anchor - Duration.FromDays(3), 1, now));
            }
        }

        // A fixed seed: every run decides the same inputs. Not security-relevant.
#pragma warning disable CA5394
        var random = new Random(48);
        var start = Instant.FromUtc(2022, 1, 1, 0, 0);
        while (cases.Count < count)
        {
            var collected = start + Duration.FromMinutes(random.Next(0, 3 * 365 * 24 * 60));
            var lastContact = collected + Duration.FromMinutes(random.Next(0, 200 * 24 * 60));
            var now = lastContact + Duration.FromMinutes(random.Next(300 * 24 * 60, 430 * 24 * 60));
            cases.Add((collected, lastContact, random.Next(0, 4) == 0 ? 2 : random.Next(0, 2), now));
        }
#pragma warning restore CA5394

        return (
            [.. cases.Select(c => new Subject(SubjectStatus.Prospect, c.Collected, lastContactAt: c.LastContact, unansweredSolicitations: c.Unanswered))],
            [.. cases.Select(c => c.Now)],
            [.. cases.Select(c => new ProspectRetentionRequest(c.Collected.ToDateTimeUtc(), c.LastContact.ToDateTimeUtc(), c.Unanswered, c.Now.ToDateTimeUtc()))]);
    }

    /// <summary>
    /// The purge-plan workload of issue 8: a pool of subjects of ten fields each — 30 % clients (a third of them with
    /// an ended relationship; every client has two proof fields, one dated by its contract and one not) and 70 %
    /// prospects — whose anchors (collection, last contact, end of the relationship, contract date) are spread over the
    /// fifteen years before <c>now</c>, one in eight placed on a daylight-saving transition, a leap day or at the
    /// cutoff's edge (one period before <c>now</c>, ± a few minutes). One <c>now</c> for the whole plan.
    /// </summary>
    public static (PurgeCandidate<long>[] Pool, Instant Now) PurgePlanPool(int size = 8192)
    {
        var now = Instant.FromUtc(2026, 6, 1, 8, 0);
        var start = now - Duration.FromDays(15 * 365);
        var edges = CalendarEdges(start, now);
        edges.Add(now - Duration.FromDays(365));
        edges.Add(now - Duration.FromDays(366));

        RetentionField[] prospectFields =
        [
            new(DataField.LastName), new(DataField.FirstNames), new(DataField.PostalAddress), new(DataField.EmailAddress),
            new(DataField.MobilePhone), new(DataField.Profession), new(DataField.DocumentationRequests),
            new(DataField.TrialRequests), new(DataField.ConnectionDate), new(DataField.IpAddress),
        ];

        // A fixed seed: every run plans the same subjects. Not security-relevant.
#pragma warning disable CA5394
        var random = new Random(48);
        Instant Anchor()
        {
            if (random.Next(8) == 0)
            {
                return edges[random.Next(edges.Count)] + Duration.FromMinutes(random.Next(-90, 91));
            }

            return start + Duration.FromSeconds(random.NextInt64(0, (long)(now - start).TotalSeconds));
        }

        var pool = new PurgeCandidate<long>[size];
        for (var i = 0; i < size; i++)
        {
            Subject subject;
            RetentionField[] fields;
            if (random.Next(10) < 3)
            {
                var a = Anchor();
                var b = Anchor();
                var (collected, end) = a < b ? (a, b) : (b, a);
                var contract = collected + Duration.FromSeconds(random.NextInt64(0, (long)(end - collected).TotalSeconds + 1));
                subject = new Subject(SubjectStatus.Client, collected, relationshipEndedAt: random.Next(3) == 0 ? end : null);
                fields =
                [
                    new(DataField.LastName), new(DataField.FirstNames), new(DataField.PostalAddress), new(DataField.EmailAddress),
                    new(DataField.ProductPurchased), new(DataField.Amount, proof: true, proofFrom: contract),
                    new(DataField.Receipts, proof: true), new(DataField.PaymentTerms), new(DataField.ConnectionDate),
                    new(DataField.IpAddress),
                ];
            }
            else
            {
                var collected = Anchor();
                var lastContact = random.Next(2) == 0 ? (Instant?)null : collected + Duration.FromSeconds(random.NextInt64(0, (long)(now - collected).TotalSeconds + 1));
                subject = new Subject(SubjectStatus.Prospect, collected, lastContactAt: lastContact, unansweredSolicitations: random.Next(5) == 0 ? 2 : random.Next(2));
                fields = prospectFields;
            }

            pool[i] = new PurgeCandidate<long>(i, subject, fields);
        }
#pragma warning restore CA5394

        return (pool, now);
    }

    /// <summary>
    /// The instants around <paramref name="start"/> to <paramref name="end"/> where the Europe/Paris calendar is
    /// irregular: the start of every offset interval met (the spring-forward gap, the autumn overlap; the first one may
    /// lie before <paramref name="start"/>), then the start of each 29 February in the range (Paris midnight, 23:00Z
    /// the day before).
    /// </summary>
    private static List<Instant> CalendarEdges(Instant start, Instant end)
    {
        var edges = new List<Instant>();
        foreach (var interval in Paris.GetZoneIntervals(start, end))
        {
            edges.Add(interval.Start);
        }

        for (var year = start.InUtc().Year; year <= end.InUtc().Year; year++)
        {
            var leapDay = Instant.FromUtc(year, 2, 28, 23, 0);
            if (DateTime.IsLeapYear(year) && leapDay >= start && leapDay <= end)
            {
                edges.Add(leapDay);
            }
        }

        return edges;
    }
}
