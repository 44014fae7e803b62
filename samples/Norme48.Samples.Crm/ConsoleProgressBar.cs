using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;

namespace Norme48.Samples.Crm;

/// <summary>
/// A progress bar on standard error, drawn only when standard error is a terminal: piped or redirected output never
/// receives it. One line, rewritten in place at most every 100 ms, cleared when disposed.
/// </summary>
/// <typeparam name="T">What the job reports, such as <c>PurgeJobResult</c>.</typeparam>
public sealed class ConsoleProgressBar<T> : IProgress<T>, IDisposable
{
    private const int Width = 30;
    private const long EveryMilliseconds = 100;

    private readonly TextWriter? terminal;
    private readonly string label;
    private readonly long total;
    private readonly Func<T, long> done;
    private readonly Stopwatch stopwatch = Stopwatch.StartNew();
    private long nextAt;
    private bool shown;

    /// <summary>Initializes a new instance of the <see cref="ConsoleProgressBar{T}"/> class.</summary>
    /// <param name="terminal">Where to draw, or <see langword="null"/> to draw nothing.</param>
    /// <param name="label">What is done, such as <c>insert</c>.</param>
    /// <param name="total">How many items there are to do; 0 when unknown.</param>
    /// <param name="done">Reads how many items are done from a report.</param>
    public ConsoleProgressBar(TextWriter? terminal, string label, long total, Func<T, long> done)
    {
        this.terminal = terminal;
        this.label = label;
        this.total = total;
        this.done = done;
    }

    /// <inheritdoc/>
    public void Report(T value)
    {
        if (terminal is null)
        {
            return;
        }

        var count = done(value);
        var elapsed = stopwatch.ElapsedMilliseconds;
        if (elapsed < nextAt && count < total)
        {
            return;
        }

        nextAt = elapsed + EveryMilliseconds;
        var filled = total <= 0 ? 0 : (int)Math.Min(Width, count * Width / total);
        var bar = new string('#', filled) + new string('.', Width - filled);
        terminal.Write(string.Create(CultureInfo.InvariantCulture, $"\r{label} [{bar}] {count:N0}/{total:N0}"));
        terminal.Flush();
        shown = true;
    }

    /// <summary>Clears the bar, when one was drawn.</summary>
    public void Dispose()
    {
        if (shown && terminal is not null)
        {
            terminal.Write("\r\u001b[2K");
            terminal.Flush();
        }
    }
}

/// <summary>Creates progress bars.</summary>
public static class ConsoleProgressBar
{
    /// <summary>Creates a bar on standard error when it is a terminal, else a silent one.</summary>
    /// <typeparam name="T">What the job reports.</typeparam>
    /// <param name="label">What is done.</param>
    /// <param name="total">How many items there are to do.</param>
    /// <param name="done">Reads how many items are done from a report.</param>
    /// <returns>The bar.</returns>
    public static ConsoleProgressBar<T> ForStandardError<T>(string label, long total, Func<T, long> done) =>
        new ConsoleProgressBar<T>(Console.IsErrorRedirected ? null : Console.Error, label, total, done);
}
