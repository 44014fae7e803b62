using Norme48.Rules;

namespace Norme48.Cli.Evaluate;

/// <summary>How a run of <c>norme48 evaluate</c> answers: its command-line options.</summary>
/// <param name="Edition">The edition id given with <c>--edition</c> (or <c>in-force</c>).</param>
/// <param name="Language">The language of messages and errors.</param>
/// <param name="AdviseRecommendations">Whether recommendations are turned into advisories (<c>--recommendations advise</c>).</param>
internal sealed record EvaluateOptions(string Edition, Language Language, bool AdviseRecommendations);
