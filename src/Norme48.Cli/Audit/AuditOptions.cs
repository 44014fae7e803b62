using System.Collections.Generic;
using Norme48.Rules;
using Norme48.Vocabulary;

namespace Norme48.Cli.Audit;

/// <summary>How <c>norme48 audit</c> writes its reports.</summary>
internal enum AuditFormat
{
    Text = 1,
    Markdown = 2,
    Json = 3,
    Sarif = 4,
}

/// <summary>The command-line options of <c>norme48 audit</c>.</summary>
/// <param name="Files">The declaration files, in the order given.</param>
/// <param name="Format">The output format.</param>
/// <param name="Language">The language of reports and errors.</param>
/// <param name="DefaultEdition">The edition of declarations that name none (<c>--edition</c>).</param>
/// <param name="AdviseRecommendations">Whether violated recommendations are reported without making the exit code 1.</param>
internal sealed record AuditOptions(
    IReadOnlyList<string> Files, AuditFormat Format, Language Language, Edition DefaultEdition, bool AdviseRecommendations);
