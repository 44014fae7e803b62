using Norme48.Declarations;
using Norme48.Rules;

namespace Norme48.Cli.Audit;

/// <summary>The stable kebab-case ids the JSON and SARIF outputs give to strengths, parts and verdicts.</summary>
internal static class ReportIds
{
    public static string Of(RuleStrength strength) => strength == RuleStrength.Mandatory ? "mandatory" : "recommended";

    public static string Of(ConformityVerdict verdict) => verdict switch
    {
        ConformityVerdict.Compliant => "compliant",
        ConformityVerdict.NonCompliant => "non-compliant",
        _ => "out-of-scope",
    };

    public static string Of(DeclarationPart part) => part switch
    {
        DeclarationPart.Processing => "processing",
        DeclarationPart.Purpose => "purpose",
        DeclarationPart.Field => "field",
        DeclarationPart.Recipient => "recipient",
        DeclarationPart.FileTransfer => "file-transfer",
        DeclarationPart.RetentionPolicy => "retention-policy",
        DeclarationPart.Form => "form",
        DeclarationPart.Trackers => "trackers",
        DeclarationPart.Channel => "channel",
        DeclarationPart.Security => "security",
        _ => "transfer-abroad",
    };

    public static string Of(RuleConfidence confidence) => confidence switch
    {
        RuleConfidence.OfficialText => "official-text",
        RuleConfidence.ConcordantCopy => "concordant-copy",
        RuleConfidence.Interpretation => "interpretation",
        _ => "statute",
    };
}
