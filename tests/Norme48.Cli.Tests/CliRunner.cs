using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;

namespace Norme48.Cli.Tests;

/// <summary>What one run of the real <c>norme48</c> executable did.</summary>
/// <param name="ExitCode">The process exit code.</param>
/// <param name="Stdout">Everything written to standard output, decoded as strict UTF-8.</param>
/// <param name="Stderr">Everything written to standard error.</param>
internal sealed record CliResult(int ExitCode, string Stdout, string Stderr)
{
    private IReadOnlyList<JsonElement>? answers;

    /// <summary>The lines of standard output, without their <c>\n</c> terminators (an unterminated last line is kept).</summary>
    public IReadOnlyList<string> Lines { get; } = SplitLines(Stdout);

    /// <summary>Every output line parsed as JSON; a line that is not JSON fails the test that asks for it.</summary>
    public IReadOnlyList<JsonElement> Answers => answers ??= Lines.Select(Parse).ToArray();

    /// <summary>The answer whose <c>line</c> is <paramref name="lineNumber"/>; fails when there is not exactly one.</summary>
    public JsonElement AnswerForLine(int lineNumber)
    {
        JsonElement[] matching = Answers
            .Where(answer => answer.TryGetProperty("line", out JsonElement line) && line.ValueKind == JsonValueKind.Number && line.GetInt32() == lineNumber)
            .ToArray();
        return matching.Length == 1
            ? matching[0]
            : throw new InvalidOperationException($"Expected one answer for input line {lineNumber}, found {matching.Length}.\nstdout:\n{Stdout}\nstderr:\n{Stderr}");
    }

    /// <summary>A description of the run for assertion messages.</summary>
    public string Describe() => $"exit code {ExitCode}\nstdout:\n{Stdout}\nstderr:\n{Stderr}";

    private static JsonElement Parse(string line)
    {
        using JsonDocument document = JsonDocument.Parse(line);
        return document.RootElement.Clone();
    }

    private static string[] SplitLines(string text)
    {
        if (text.Length == 0)
        {
            return [];
        }

        string[] parts = text.Split('\n');
        return text.EndsWith('\n') ? parts[..^1] : parts;
    }
}

/// <summary>
/// Runs the real <c>norme48</c> executable (the CLI assembly copied to the test output folder) as a child process:
/// <c>dotnet Norme48.Cli.dll command [args]</c>, with the given bytes on standard input.
/// </summary>
internal static class CliRunner
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Runs <c>evaluate</c> with <paramref name="input"/> (UTF-8, no byte-order mark) on standard input.</summary>
    public static CliResult Evaluate(string input, params string[] arguments) => Evaluate(StrictUtf8.GetBytes(input), arguments);

    /// <summary>Runs <c>evaluate</c> with the question lines joined by <c>\n</c>, the last one terminated too.</summary>
    public static CliResult EvaluateLines(IEnumerable<string> lines, params string[] arguments) =>
        Evaluate(string.Concat(lines.Select(line => line + "\n")), arguments);

    /// <summary>Runs <c>evaluate</c> with exactly <paramref name="input"/> on standard input, then closes it.</summary>
    public static CliResult Evaluate(byte[] input, params string[] arguments)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        return Run(input, workingDirectory: null, ["evaluate", .. arguments]);
    }

    /// <summary>Runs <c>norme48</c> with exactly these arguments (the command first) and an empty standard input.</summary>
    public static CliResult Command(params string[] arguments) => Run([], workingDirectory: null, arguments);

    /// <summary>Runs <c>norme48</c> with these arguments in <paramref name="workingDirectory"/>, with an empty standard input.</summary>
    public static CliResult CommandIn(string workingDirectory, params string[] arguments) => Run([], workingDirectory, arguments);

    private static CliResult Run(byte[] input, string? workingDirectory, string[] arguments)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(arguments);

        var startInfo = new ProcessStartInfo(DotnetHost())
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardErrorEncoding = StrictUtf8,
        };
        startInfo.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Norme48.Cli.dll"));
        if (workingDirectory is not null)
        {
            startInfo.WorkingDirectory = workingDirectory;
        }

        foreach (string argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        startInfo.Environment["DOTNET_NOLOGO"] = "1";
        startInfo.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";

        using var process = new Process { StartInfo = startInfo };
        process.Start();
        try
        {
            // Both outputs are drained while the input is written, so that no pipe can fill up and block either side.
            Task<byte[]> stdout = ReadAllAsync(process.StandardOutput.BaseStream);
            Task<string> stderr = process.StandardError.ReadToEndAsync();
            Task stdin = WriteAndCloseAsync(process.StandardInput.BaseStream, input);

            if (!process.WaitForExit(Timeout))
            {
                throw new TimeoutException($"norme48 {string.Join(' ', arguments)} did not exit within {Timeout.TotalSeconds} s.");
            }

            if (!Task.WaitAll([stdout, stderr], Timeout))
            {
                throw new TimeoutException("norme48 exited but its output streams did not close.");
            }

            // The tool may exit without reading all of its input (e.g. on bad usage): a broken pipe is not a failure.
            try
            {
                stdin.Wait(Timeout);
            }
            catch (AggregateException exception) when (exception.InnerException is IOException)
            {
            }

            process.WaitForExit();
            return new CliResult(process.ExitCode, StrictUtf8.GetString(stdout.Result), stderr.Result);
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
        }
    }

    private static async Task<byte[]> ReadAllAsync(Stream stream)
    {
        using var buffer = new MemoryStream();
        await stream.CopyToAsync(buffer).ConfigureAwait(false);
        return buffer.ToArray();
    }

    private static async Task WriteAndCloseAsync(Stream stream, byte[] input)
    {
        try
        {
            await stream.WriteAsync(input).ConfigureAwait(false);
            await stream.FlushAsync().ConfigureAwait(false);
        }
        finally
        {
            await stream.DisposeAsync().ConfigureAwait(false);
        }
    }

    /// <summary>The <c>dotnet</c> host that runs the tests when the SDK says so, otherwise the one on the PATH.</summary>
    private static string DotnetHost() =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";
}
