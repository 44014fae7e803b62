using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;

namespace Norme48.Cli.Tests.Evaluate;

/// <summary>
/// Many question lines answered by one run of <c>norme48 evaluate</c> (started on first use), so that a theory can
/// check one line per row without launching a process per row.
/// </summary>
internal sealed class QuestionBatch
{
    private readonly string[] questions;
    private readonly Lazy<CliResult> result;

    public QuestionBatch(IEnumerable<string> questions, params string[] arguments)
    {
        this.questions = questions.ToArray();
        string[] duplicates = this.questions.GroupBy(q => q, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key).ToArray();
        if (duplicates.Length > 0)
        {
            throw new ArgumentException($"Each question of a batch must be distinct: {string.Join(" | ", duplicates)}", nameof(questions));
        }

        this.result = new Lazy<CliResult>(() => CliRunner.EvaluateLines(this.questions, arguments));
    }

    /// <summary>How many question lines the batch holds.</summary>
    public int Count => questions.Length;

    /// <summary>The run, started on first use.</summary>
    public CliResult Result => result.Value;

    /// <summary>The answer to <paramref name="question"/>, which must be one of the batch's lines.</summary>
    public JsonElement AnswerTo(string question)
    {
        int index = Array.IndexOf(questions, question);
        return index < 0
            ? throw new ArgumentException("The question is not part of this batch.", nameof(question))
            : Result.AnswerForLine(index + 1);
    }
}
