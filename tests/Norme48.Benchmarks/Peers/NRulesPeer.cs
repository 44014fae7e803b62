using System.Collections.Generic;
using NRules;
using NRules.Fluent;
using NRules.Fluent.Dsl;

namespace Norme48.Benchmarks.Peers;

/// <summary>
/// The collect and prospect-retention subset of NS-48 as NRules rule classes, one per NS-48 rule and effect, loaded
/// by tag into a repository, compiled once, and fired in a long-lived session: insert the fact, fire, retract it.
/// </summary>
internal sealed class NRulesPeer
{
    public const string CollectTag = "ns48-collect";
    public const string RetentionTag = "ns48-prospect-retention";

    private readonly ISession collect;
    private readonly ISession retention;

    public NRulesPeer()
    {
        collect = Compile(CollectTag).CreateSession();
        retention = Compile(RetentionTag).CreateSession();
    }

    public bool MayCollect(CollectRequest request)
    {
        request.Reset();
        collect.Insert(request);
        collect.Fire();
        collect.Retract(request);
        return request.Allowed && !request.Denied;
    }

    public bool MustPurge(ProspectRetentionRequest request)
    {
        request.Reset();
        retention.Insert(request);
        retention.Fire();
        retention.Retract(request);
        return !(request.Keep && !request.Purge);
    }

    private static ISessionFactory Compile(string tag)
    {
        var repository = new RuleRepository();
        repository.Load(spec => spec.From(typeof(NRulesPeer).Assembly).Where(rule => rule.IsTagged(tag)));
        return repository.Compile();
    }
}

[Tag(NRulesPeer.CollectTag)]
[Name("NS48-DATA-NIR: excluded field")]
public sealed class ExcludedFieldRule : NRules.Fluent.Dsl.Rule
{
    public override void Define()
    {
        CollectRequest request = null!;
        When().Match(() => request, r => r.FieldCategory == "excluded");
        Then().Do(_ => request.Deny("NS48-DATA-NIR"));
    }
}

[Tag(NRulesPeer.CollectTag)]
[Name("NS48-SCOPE-EXCLUDED-USE: excluded use")]
public sealed class ExcludedUseRule : NRules.Fluent.Dsl.Rule
{
    public override void Define()
    {
        CollectRequest request = null!;
        When().Match(
            () => request,
            r => r.FieldCategory != "excluded",
            r => r.Purpose == "exclusion-from-right" || r.Purpose == "shared-loyalty-programme");
        Then().Do(_ => request.Deny("NS48-SCOPE-EXCLUDED-USE"));
    }
}

[Tag(NRulesPeer.CollectTag)]
[Name("NS48-DATA-CONNECTION-STATS-ONLY: outside audience statistics")]
public sealed class ConnectionDataOutsideStatisticsRule : NRules.Fluent.Dsl.Rule
{
    public override void Define()
    {
        CollectRequest request = null!;
        When().Match(() => request, r => r.FieldCategory == "connection-data", r => r.Purpose != "website-audience-statistics");
        Then().Do(_ => request.Deny("NS48-DATA-CONNECTION-STATS-ONLY"));
    }
}

[Tag(NRulesPeer.CollectTag)]
[Name("NS48-DATA-CONNECTION-STATS-ONLY: audience statistics")]
public sealed class ConnectionDataForStatisticsRule : NRules.Fluent.Dsl.Rule
{
    public override void Define()
    {
        CollectRequest request = null!;
        When().Match(() => request, r => r.FieldCategory == "connection-data", r => r.Purpose == "website-audience-statistics");
        Then().Do(_ => request.Allow("NS48-DATA-CONNECTION-STATS-ONLY"));
    }
}

[Tag(NRulesPeer.CollectTag)]
[Name("NS48-DATA-LISTED: listed field")]
public sealed class ListedFieldRule : NRules.Fluent.Dsl.Rule
{
    public override void Define()
    {
        CollectRequest request = null!;
        When().Match(
            () => request,
            r => r.FieldCategory != "excluded" && r.FieldCategory != "connection-data",
            r => r.Purpose != "exclusion-from-right" && r.Purpose != "shared-loyalty-programme");
        Then().Do(_ => request.Allow("NS48-DATA-LISTED"));
    }
}

[Tag(NRulesPeer.RetentionTag)]
[Name("NS48-RET-PROSPECT-1Y: one year elapsed")]
public sealed class ProspectOneYearElapsedRule : NRules.Fluent.Dsl.Rule
{
    public override void Define()
    {
        ProspectRetentionRequest request = null!;
        When().Match(() => request, r => PeerCalendar.OneYearLaterInParis(r.AnchorUtc) <= r.NowUtc);
        Then().Do(_ => request.MarkPurge("NS48-RET-PROSPECT-1Y"));
    }
}

[Tag(NRulesPeer.RetentionTag)]
[Name("NS48-RET-PROSPECT-2-UNANSWERED: two unanswered solicitations")]
public sealed class ProspectTwoUnansweredRule : NRules.Fluent.Dsl.Rule
{
    public override void Define()
    {
        ProspectRetentionRequest request = null!;
        When().Match(() => request, r => r.Unanswered >= 2);
        Then().Do(_ => request.MarkPurge("NS48-RET-PROSPECT-2-UNANSWERED"));
    }
}

[Tag(NRulesPeer.RetentionTag)]
[Name("NS48-RET-PROSPECT-1Y: within one year")]
public sealed class ProspectWithinOneYearRule : NRules.Fluent.Dsl.Rule
{
    public override void Define()
    {
        ProspectRetentionRequest request = null!;
        When().Match(() => request, r => PeerCalendar.OneYearLaterInParis(r.AnchorUtc) > r.NowUtc, r => r.Unanswered < 2);
        Then().Do(_ => request.MarkKeep("NS48-RET-PROSPECT-1Y"));
    }
}
