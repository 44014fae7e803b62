using System.Collections.Generic;
using System.Threading.Tasks;
using RulesEngine.Models;

namespace Norme48.Benchmarks.Peers;

/// <summary>
/// The collect and prospect-retention subset of NS-48 as Microsoft RulesEngine workflows: one rule per NS-48 rule and
/// effect, each a lambda expression over the input object; the rule's code is its success event and its effect a property.
/// </summary>
internal sealed class RulesEnginePeer
{
    public const string CollectWorkflow = "ns48-collect";
    public const string RetentionWorkflow = "ns48-prospect-retention";
    private const string Effect = "effect";

    private readonly RulesEngine.RulesEngine engine;

    public RulesEnginePeer()
    {
        const string NotExcludedUse = "input1.Purpose != \"exclusion-from-right\" && input1.Purpose != \"shared-loyalty-programme\"";
        var collect = new Workflow
        {
            WorkflowName = CollectWorkflow,
            Rules =
            [
                Make("excluded-field", "NS48-DATA-NIR", "deny", "input1.FieldCategory == \"excluded\""),
                Make("excluded-use", "NS48-SCOPE-EXCLUDED-USE", "deny", $"input1.FieldCategory != \"excluded\" && !({NotExcludedUse})"),
                Make(
                    "connection-data-outside-statistics", "NS48-DATA-CONNECTION-STATS-ONLY", "deny",
                    "input1.FieldCategory == \"connection-data\" && input1.Purpose != \"website-audience-statistics\""),
                Make(
                    "connection-data-for-statistics", "NS48-DATA-CONNECTION-STATS-ONLY", "allow",
                    $"input1.FieldCategory == \"connection-data\" && input1.Purpose == \"website-audience-statistics\" && {NotExcludedUse}"),
                Make(
                    "listed-field", "NS48-DATA-LISTED", "allow",
                    $"input1.FieldCategory != \"excluded\" && input1.FieldCategory != \"connection-data\" && {NotExcludedUse}"),
            ],
        };

        const string Due = "PeerCalendar.OneYearLaterInParis(input1.AnchorUtc) <= input1.NowUtc";
        var retention = new Workflow
        {
            WorkflowName = RetentionWorkflow,
            Rules =
            [
                Make("one-year-elapsed", "NS48-RET-PROSPECT-1Y", "purge", Due),
                Make("two-unanswered", "NS48-RET-PROSPECT-2-UNANSWERED", "purge", "input1.Unanswered >= 2"),
                Make("within-one-year", "NS48-RET-PROSPECT-1Y", "keep", $"!({Due}) && input1.Unanswered < 2"),
            ],
        };

        // The calendar helper is registered as a custom type so that the expressions may call it.
        engine = new RulesEngine.RulesEngine([collect, retention], new ReSettings { CustomTypes = [typeof(PeerCalendar)] });
    }

    /// <summary>Returns whether the field may be collected: some allowing rule succeeded and no denying one did.</summary>
    public async ValueTask<bool> MayCollectAsync(CollectRequest request, List<string>? fired = null)
    {
        var results = await engine.ExecuteAllRulesAsync(CollectWorkflow, request).ConfigureAwait(false);
        return Decide(results, "allow", "deny", fired);
    }

    /// <summary>Returns whether the prospect's data must be purged.</summary>
    public async ValueTask<bool> MustPurgeAsync(ProspectRetentionRequest request, List<string>? fired = null)
    {
        var results = await engine.ExecuteAllRulesAsync(RetentionWorkflow, request).ConfigureAwait(false);
        return !Decide(results, "keep", "purge", fired);
    }

    private static bool Decide(List<RuleResultTree> results, string positive, string negative, List<string>? fired)
    {
        var sawPositive = false;
        var sawNegative = false;
        foreach (var result in results)
        {
            if (!result.IsSuccess)
            {
                continue;
            }

            var effect = (string)result.Rule.Properties[Effect];
            sawPositive |= effect == positive;
            sawNegative |= effect == negative;
            fired?.Add(result.Rule.SuccessEvent);
        }

        return sawPositive && !sawNegative;
    }

    private static RulesEngine.Models.Rule Make(string name, string code, string effect, string expression) => new()
    {
        RuleName = name,
        SuccessEvent = code,
        RuleExpressionType = RuleExpressionType.LambdaExpression,
        Expression = expression,
        Properties = new Dictionary<string, object> { [Effect] = effect },
    };
}
