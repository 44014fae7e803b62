using System;
using System.Buffers;
using System.IO;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Norme48.Cli.Evaluate;

/// <summary>
/// Runs <c>norme48 evaluate</c>: one answer line per non-blank question line, in order, in constant memory.
/// </summary>
internal static class EvaluateRunner
{
    /// <summary>Answers every question of <paramref name="input"/> on <paramref name="output"/>.</summary>
    /// <returns>0 when no line was an error, 1 when at least one was.</returns>
    public static int Run(Stream input, Stream output, EvaluateOptions options, TerminalProgress? progress = null)
    {
        var evaluator = new QuestionEvaluator(options);
        var reader = new LineReader(input);
        var buffer = new ArrayBufferWriter<byte>(16 * 1024);
        using var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions
        {
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            Indented = false,
        });

        var anyError = false;
        var lineNumber = 0;
        while (reader.TryReadLine(out var line, out var overlong))
        {
            lineNumber++;
            if (overlong)
            {
                evaluator.AnswerOverlong(lineNumber, writer);
                anyError = true;
            }
            else if (IsBlank(line))
            {
                continue;
            }
            else
            {
                anyError |= evaluator.Answer(line, lineNumber, writer);
            }

            writer.Flush();
            buffer.Write("\n"u8);
            if (buffer.WrittenCount >= 8 * 1024)
            {
                output.Write(buffer.WrittenSpan);
                buffer.ResetWrittenCount();
            }

            writer.Reset(buffer);
            progress?.Report(lineNumber);
        }

        output.Write(buffer.WrittenSpan);
        output.Flush();
        return anyError ? 1 : 0;
    }

    private static bool IsBlank(ReadOnlySpan<byte> line)
    {
        foreach (var b in line)
        {
            if (b is not ((byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\f' or (byte)'\v'))
            {
                return false;
            }
        }

        return true;
    }
}
