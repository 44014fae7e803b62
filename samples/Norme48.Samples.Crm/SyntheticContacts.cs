using System;
using System.Collections.Generic;
using System.Globalization;
using NodaTime;
using Norme48.Retention;

namespace Norme48.Samples.Crm;

/// <summary>
/// Draws synthetic contacts from a seeded generator: the same contacts for the same <c>now</c>. Names and addresses
/// are made from the row number (<c>Contact 000123</c>, <c>contact000123@example.test</c>); no real person's data.
/// </summary>
public sealed class SyntheticContacts
{
    private static readonly Duration FifteenYears = Duration.FromDays(15 * 365 + 4);
    private readonly Random random = new(48);
    private readonly Instant now;
    private readonly Instant start;
    private readonly List<Instant> tricky = [];

    public SyntheticContacts(Instant now)
    {
        this.now = now;
        start = now - FifteenYears;

        // Around Europe/Paris daylight-saving changes (last Sundays of March and October, 01:00 UTC) and on leap days.
        var zone = DateTimeZoneProviders.Tzdb["Europe/Paris"];
        for (var year = start.InUtc().Year; year <= now.InUtc().Year; year++)
        {
            foreach (var transition in zone.GetZoneIntervals(Instant.FromUtc(year, 1, 1, 0, 0), Instant.FromUtc(year + 1, 1, 1, 0, 0)))
            {
                if (transition.HasStart)
                {
                    tricky.Add(transition.Start);
                }
            }

            if (CalendarSystem.Iso.IsLeapYear(year))
            {
                tricky.Add(Instant.FromUtc(year, 2, 29, 11, 0));
                tricky.Add(Instant.FromUtc(year, 2, 28, 23, 30));
            }
        }

        tricky.RemoveAll(t => t <= start || t >= now - Duration.FromDays(1));
    }

    /// <summary>Makes the contact numbered <paramref name="number"/>.</summary>
    public CrmContact Next(int number)
    {
        var collected = Draw(start, now);
        var contact = new CrmContact
        {
            Name = string.Create(CultureInfo.InvariantCulture, $"Contact {number:D6}"),
            Email = string.Create(CultureInfo.InvariantCulture, $"contact{number:D6}@example.test"),
            Phone = random.Next(3) == 0 ? null : string.Create(CultureInfo.InvariantCulture, $"+33 6 00 {number / 10000 % 100:D2} {number / 100 % 100:D2} {number % 100:D2}"),
            CollectedAt = collected.ToDateTimeOffset(),
        };

        if (random.Next(100) < 60)
        {
            // A prospect: sometimes the person came back in touch; some solicitations went unanswered.
            contact.Status = SubjectStatus.Prospect;
            if (random.Next(3) == 0)
            {
                contact.LastContactAt = Draw(collected, now).ToDateTimeOffset();
            }

            contact.Unanswered = random.Next(10) switch { < 6 => 0, < 8 => 1, _ => 2 };
            return contact;
        }

        // A client: some relationships ended; most have a last invoice, kept as proof.
        contact.Status = SubjectStatus.Client;
        contact.UsedForProspecting = random.Next(5) == 0;
        var ended = random.Next(2) == 0 ? Draw(collected, now) : (Instant?)null;
        contact.RelationshipEndedAt = ended?.ToDateTimeOffset();
        if (random.Next(10) < 7)
        {
            contact.LastInvoiceAmount = random.Next(1000, 100000) / 100m;
            contact.LastInvoiceDate = Draw(collected, ended ?? now).ToDateTimeOffset();
        }

        return contact;
    }

    /// <summary>An instant in [from, to]: one in twenty at a daylight-saving change or a leap day in range, when there is one.</summary>
    private Instant Draw(Instant from, Instant to)
    {
        if (random.Next(20) == 0)
        {
            var candidates = tricky.FindAll(t => t >= from && t <= to);
            if (candidates.Count > 0)
            {
                // Exactly on the change, or a few minutes either side.
                return Clamp(candidates[random.Next(candidates.Count)] + Duration.FromMinutes(random.Next(-90, 91)), from, to);
            }
        }

        var span = (to - from).TotalTicks;
        return from + Duration.FromTicks((long)(random.NextDouble() * span));
    }

    private static Instant Clamp(Instant value, Instant from, Instant to) => value < from ? from : value > to ? to : value;
}
