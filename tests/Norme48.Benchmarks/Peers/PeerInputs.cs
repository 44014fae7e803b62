using System;
using System.Collections.Generic;
using NodaTime;
using NodaTime.TimeZones;

namespace Norme48.Benchmarks.Peers;

/// <summary>One collect question as the peer engines see it: plain vocabulary ids, no Norme48 type.</summary>
public sealed class CollectRequest
{
    public CollectRequest(string fieldCategory, string purpose)
    {
        FieldCategory = fieldCategory;
        Purpose = purpose;
    }

    public string FieldCategory { get; }

    public string Purpose { get; }

    /// <summary>Gets whether a denying rule fired (written by the NRules peer's actions).</summary>
    public bool Denied { get; private set; }

    /// <summary>Gets whether an allowing rule fired (written by the NRules peer's actions).</summary>
    public bool Allowed { get; private set; }

    /// <summary>Gets the codes of the rules that fired, when the run records them (verification only).</summary>
    public List<string>? Fired { get; set; }

    public void Deny(string rule)
    {
        Denied = true;
        Fired?.Add(rule);
    }

    public void Allow(string rule)
    {
        Allowed = true;
        Fired?.Add(rule);
    }

    public void Reset()
    {
        Denied = false;
        Allowed = false;
    }
}

/// <summary>One prospect-retention question as the peer engines see it: UTC instants and a count.</summary>
public sealed class ProspectRetentionRequest
{
    public ProspectRetentionRequest(DateTime collectedAtUtc, DateTime lastContactUtc, int unanswered, DateTime nowUtc)
    {
        CollectedAtUtc = collectedAtUtc;
        LastContactUtc = lastContactUtc;
        Unanswered = unanswered;
        NowUtc = nowUtc;
    }

    public DateTime CollectedAtUtc { get; }

    public DateTime LastContactUtc { get; }

    /// <summary>Gets the later of the collection and the last contact, from which the one year runs.</summary>
    public DateTime AnchorUtc => LastContactUtc > CollectedAtUtc ? LastContactUtc : CollectedAtUtc;

    public int Unanswered { get; }

    public DateTime NowUtc { get; }

    public bool Purge { get; private set; }

    public bool Keep { get; private set; }

    public List<string>? Fired { get; set; }

    public void MarkPurge(string rule)
    {
        Purge = true;
        Fired?.Add(rule);
    }

    public void MarkKeep(string rule)
    {
        Keep = true;
        Fired?.Add(rule);
    }

    public void Reset()
    {
        Purge = false;
        Keep = false;
    }
}

/// <summary>
/// The Europe/Paris calendar arithmetic the peers call from their rules: the local date-time of the anchor plus one
/// year, resolved leniently (a skipped time moves forward by the gap, an ambiguous one takes the earlier instant).
/// </summary>
public static class PeerCalendar
{
    private static readonly DateTimeZone Paris = DateTimeZoneProviders.Tzdb["Europe/Paris"];

    public static DateTime OneYearLaterInParis(DateTime utc) =>
        Instant.FromDateTimeUtc(utc).InZone(Paris).LocalDateTime.PlusYears(1).InZone(Paris, Resolvers.LenientResolver).ToDateTimeUtc();
}
