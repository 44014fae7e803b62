using System.Linq;
using System.Text.Json;
using FsCheck.Xunit;
using Xunit;

namespace Norme48.Cli.Tests.Evaluate;

/// <summary>
/// The laws of the stream (CONTRACT.md, "Stream") over random mixes of questions, bad lines and blank lines; each case
/// is one run of 200 lines, so that few processes are launched.
/// </summary>
public class EvaluateStreamProperties
{
    [Property(Arbitrary = new[] { typeof(Arbitraries) }, MaxTest = 3)]
    public void Evaluate_RandomMix_OneAnswerPerNonBlankLineInOrderAndExitCodeOneIffAnError(QuestionLines stream)
    {
        int[] expectedLines = stream.Lines
            .Select((line, i) => (line, number: i + 1))
            .Where(x => x.line.Kind != LineKind.Blank)
            .Select(x => x.number)
            .ToArray();

        CliResult result = CliRunner.Evaluate(stream.Text);

        Assert.Equal(expectedLines, result.Answers.Select(a => a.GetProperty("line").GetInt32()).ToArray());
        foreach (JsonElement answer in result.Answers)
        {
            GeneratedLine line = stream.Lines[answer.GetProperty("line").GetInt32() - 1];
            Assert.Equal(line.Kind == LineKind.Bad, answer.TryGetProperty("error", out _));
            if (line.Id is not null)
            {
                Assert.Equal(line.Id, answer.GetProperty("id").GetString());
            }
        }

        bool anyError = result.Answers.Any(a => a.TryGetProperty("error", out _));
        Assert.Equal(anyError ? 1 : 0, result.ExitCode);
    }
}
