using Norme48.Rules;
using Norme48.Vocabulary;

namespace Norme48.Cli.Diff;

/// <summary>The command-line options of <c>norme48 diff</c>.</summary>
/// <param name="File">The declaration file.</param>
/// <param name="From">The edition compared from (<c>--from</c>).</param>
/// <param name="To">The edition compared to (<c>--to</c>).</param>
/// <param name="Json">Whether the output is one JSON document rather than text lines (<c>--format json</c>).</param>
/// <param name="Language">The language of messages and errors.</param>
internal sealed record DiffOptions(string File, Edition From, Edition To, bool Json, Language Language);
