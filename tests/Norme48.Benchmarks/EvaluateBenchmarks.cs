using System;
using System.Buffers;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using Norme48.Cli.Evaluate;
using Norme48.Rules;

namespace Norme48.Benchmarks;

/// <summary>
/// <c>norme48 evaluate</c> over a file of one million questions (<see cref="Inputs.WriteEvaluateQuestions"/>: every
/// ask of the contract, Europe/Paris edges, a few lines naming their own edition), options <c>ns48-2005</c>, English,
/// enforce: in process through <see cref="EvaluateRunner"/> (the baseline), and as the real tool, a child process
/// <c>dotnet Norme48.Cli.dll evaluate</c> reading the file on its standard input. The reported time is per question.
/// </summary>
/// <remarks>
/// One invocation takes seconds, so every job of this class (the default one, or <c>--job short</c>) runs one warmup
/// and five measured iterations of one invocation each. The setup checks, before anything is measured, that the file
/// gets one answer per line, in order, none an error line, and that the answers spread over the verdicts.
/// </remarks>
[MemoryDiagnoser]
[WarmupCount(1)]
[IterationCount(5)]
public class EvaluateBenchmarks
{
    public const int QuestionCount = 1_000_000;

    /// <summary>The verdicts the workload must reach; none may answer half the questions.</summary>
    private static readonly string[] ExpectedVerdicts =
        ["allowed", "denied", "keep", "archive", "purge", "ask-before-purge", "out-of-scope", "compliant", "non-compliant"];

    private static readonly EvaluateOptions Options = new("ns48-2005", Language.English, AdviseRecommendations: false);

    private DirectoryInfo? directory;
    private string questions = string.Empty;
    private string tool = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        tool = ToolPath();
        directory = Directory.CreateTempSubdirectory("norme48-evaluate-");
        questions = Path.Combine(directory.FullName, "questions.jsonl");
        try
        {
            using (var file = new FileStream(questions, FileMode.CreateNew, FileAccess.Write, FileShare.None, bufferSize: 1 << 20))
            {
                Inputs.WriteEvaluateQuestions(file, QuestionCount);
            }

            Verify();
        }
        catch
        {
            // A failed setup gets no cleanup call: the 158 MB file must not stay behind.
            Cleanup();
            throw;
        }
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        directory?.Delete(recursive: true);
        directory = null;
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = QuestionCount, Description = "evaluate in process, per question (1M-line file)")]
    public long InProcess()
    {
        var answers = new AnswerSink(inspect: false);
        using var input = OpenQuestions(FileOptions.SequentialScan);
        var exitCode = EvaluateRunner.Run(input, answers, Options, progress: null);
        return Checked("EvaluateRunner.Run", exitCode, answers, errors: null);
    }

    [Benchmark(OperationsPerInvoke = QuestionCount, Description = "norme48 evaluate child process, per question (1M-line file)")]
    public async Task<long> ChildProcess()
    {
        var start = new ProcessStartInfo(DotnetHost())
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(tool);
        start.ArgumentList.Add("evaluate");

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {start.FileName} {tool} evaluate.");

        // The three pipes at once: the answers are read and dropped as they come, so the tool never waits on a full pipe.
        var answers = new AnswerSink(inspect: false);
        var drained = process.StandardOutput.BaseStream.CopyToAsync(answers);
        var errors = process.StandardError.ReadToEndAsync();
        var fed = FeedAsync(process);
        await process.WaitForExitAsync();
        await drained;
        var errorText = await errors;
        try
        {
            await fed;
        }
        catch (IOException) when (process.ExitCode != 0)
        {
            // The tool stopped reading because it failed: its exit code and standard error say why, below.
        }

        return Checked("norme48 evaluate", process.ExitCode, answers, errorText);
    }

    /// <summary>The built tool: the Cli dll referenced by this project, which must sit beside its runtimeconfig.json to run.</summary>
    private static string ToolPath()
    {
        var dll = typeof(EvaluateRunner).Assembly.Location;
        var runtimeConfig = Path.ChangeExtension(dll, ".runtimeconfig.json");
        if (!File.Exists(runtimeConfig))
        {
            throw new InvalidOperationException($"{runtimeConfig} is missing: `dotnet {dll}` cannot start the tool.");
        }

        return dll;
    }

    /// <summary>The <c>dotnet</c> host running this process when there is one (BenchmarkDotNet's child), else the SDK's, else the one on the PATH.</summary>
    private static string DotnetHost()
    {
        var current = Environment.ProcessPath;
        if (current is not null && Path.GetFileNameWithoutExtension(current) == "dotnet")
        {
            return current;
        }

        var sdkHost = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH");
        return !string.IsNullOrEmpty(sdkHost) && File.Exists(sdkHost) ? sdkHost : "dotnet";
    }

    private FileStream OpenQuestions(FileOptions options) =>
        new(questions, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 0, options);

    private async Task FeedAsync(Process process)
    {
        try
        {
            await using var input = OpenQuestions(FileOptions.SequentialScan | FileOptions.Asynchronous);
            await input.CopyToAsync(process.StandardInput.BaseStream, 64 * 1024);
        }
        finally
        {
            process.StandardInput.Close();
        }
    }

    /// <summary>One answer line per question and exit code 0 (no error line), or the run means nothing.</summary>
    private static long Checked(string what, int exitCode, AnswerSink answers, string? errors)
    {
        if (exitCode != 0 || answers.Lines != QuestionCount)
        {
            throw new InvalidOperationException(
                $"{what} exited with {exitCode} after {answers.Lines:N0} answer lines ({QuestionCount:N0} expected). {errors}".TrimEnd());
        }

        return answers.Bytes;
    }

    /// <summary>
    /// Answers the file once in process, reading every answer: exactly one per question, numbered in order, none an
    /// error line (<c>{"line":N,"id":…,"error":"…"}</c>), every expected verdict present and none answering half the questions.
    /// </summary>
    private void Verify()
    {
        var answers = new AnswerSink(inspect: true);
        int exitCode;
        using (var input = OpenQuestions(FileOptions.SequentialScan))
        {
            exitCode = EvaluateRunner.Run(input, answers, Options, progress: null);
        }

        answers.Finish();
        var verdicts = string.Join(", ", answers.Verdicts.OrderByDescending(v => v.Value).Select(v => $"{v.Key} {v.Value:N0}"));
        if (answers.Lines != QuestionCount || answers.BadLines != 0 || exitCode != 0)
        {
            throw new InvalidOperationException(
                $"The workload is not answered cleanly: {answers.Lines:N0} answer lines for {QuestionCount:N0} questions, {answers.BadLines:N0} error or malformed lines, exit code {exitCode}; first bad line: {answers.FirstBadLine}");
        }

        var missing = ExpectedVerdicts.Where(v => !answers.Verdicts.ContainsKey(v)).ToArray();
        if (missing.Length > 0 || answers.Verdicts.Values.Max() * 2 >= QuestionCount)
        {
            throw new InvalidOperationException(
                $"The workload's verdicts are too narrow (missing: {string.Join(", ", missing)}); verdicts: {verdicts}.");
        }

        Console.WriteLine($"// EvaluateBenchmarks workload verified: {QuestionCount:N0} answers, no error line; verdicts: {verdicts}.");
    }

    /// <summary>
    /// Where the answers go: a write-only stream that counts bytes and line feeds and, with <c>inspect</c>, reads the
    /// top-level keys of every answer line (<c>line</c>, <c>error</c>, <c>verdict</c>).
    /// </summary>
    private sealed class AnswerSink : Stream
    {
        private readonly bool inspect;
        private readonly ArrayBufferWriter<byte> partial = new();

        public AnswerSink(bool inspect) => this.inspect = inspect;

        public long Lines { get; private set; }

        public long Bytes { get; private set; }

        public long BadLines { get; private set; }

        public string? FirstBadLine { get; private set; }

        public Dictionary<string, long> Verdicts { get; } = new(StringComparer.Ordinal);

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => throw new NotSupportedException();
            set => throw new NotSupportedException();
        }

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            Bytes += buffer.Length;
            if (!inspect)
            {
                Lines += buffer.Count((byte)'\n');
                return;
            }

            for (var newline = buffer.IndexOf((byte)'\n'); newline >= 0; newline = buffer.IndexOf((byte)'\n'))
            {
                if (partial.WrittenCount > 0)
                {
                    partial.Write(buffer[..newline]);
                    Inspect(partial.WrittenSpan);
                    partial.ResetWrittenCount();
                }
                else
                {
                    Inspect(buffer[..newline]);
                }

                buffer = buffer[(newline + 1)..];
            }

            partial.Write(buffer);
        }

        public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            Write(buffer.Span);
            return ValueTask.CompletedTask;
        }

        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
        {
            Write(buffer.AsSpan(offset, count));
            return Task.CompletedTask;
        }

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        /// <summary>Inspects a last line that has no line feed (there should be none).</summary>
        public void Finish()
        {
            if (partial.WrittenCount > 0)
            {
                Inspect(partial.WrittenSpan);
                partial.ResetWrittenCount();
            }
        }

        private void Inspect(ReadOnlySpan<byte> line)
        {
            Lines++;
            long number = 0;
            string? verdict = null;
            var error = false;
            var reader = new Utf8JsonReader(line);
            if (reader.Read() && reader.TokenType == JsonTokenType.StartObject)
            {
                while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                {
                    var key = reader.ValueSpan;
                    reader.Read();
                    if (key.SequenceEqual("error"u8))
                    {
                        error = true;
                    }
                    else if (key.SequenceEqual("line"u8) && reader.TokenType == JsonTokenType.Number)
                    {
                        number = reader.GetInt64();
                    }
                    else if (key.SequenceEqual("verdict"u8) && reader.TokenType == JsonTokenType.String)
                    {
                        verdict = reader.GetString();
                    }

                    reader.Skip();
                }
            }

            if (error || verdict is null || number != Lines)
            {
                BadLines++;
                FirstBadLine ??= Encoding.UTF8.GetString(line);
                return;
            }

            Verdicts[verdict] = Verdicts.GetValueOrDefault(verdict) + 1;
        }
    }
}
