using System;
using System.Diagnostics;
using System.IO;

namespace Norme48.Cli;

/// <summary>
/// Progress on standard error for runs longer than a second, only when standard error is a terminal: piped or
/// redirected output never receives it. One line, rewritten in place, cleared at the end.
/// </summary>
internal sealed class TerminalProgress : IDisposable
{
    private const long FirstAfterMilliseconds = 1000;
    private const long EveryMilliseconds = 250;

    private readonly TextWriter? terminal;
    private readonly Func<long> elapsedMilliseconds;
    private readonly string unit;
    private long nextAt = FirstAfterMilliseconds;
    private bool shown;

    /// <summary>Initializes a new instance of the <see cref="TerminalProgress"/> class.</summary>
    /// <param name="terminal">Where to write, or <see langword="null"/> to write nothing (standard error is not a terminal).</param>
    /// <param name="unit">What is counted, such as <c>lines</c>.</param>
    /// <param name="elapsedMilliseconds">The time since the run started; a stopwatch when <see langword="null"/>.</param>
    public TerminalProgress(TextWriter? terminal, string unit, Func<long>? elapsedMilliseconds = null)
    {
        this.terminal = terminal;
        this.unit = unit;
        if (elapsedMilliseconds is null)
        {
            var stopwatch = Stopwatch.StartNew();
            elapsedMilliseconds = () => stopwatch.ElapsedMilliseconds;
        }

        this.elapsedMilliseconds = elapsedMilliseconds;
    }

    /// <summary>Creates the progress of this process: on standard error when it is a terminal, else silent.</summary>
    public static TerminalProgress ForConsole(string unit) =>
        new(Console.IsErrorRedirected ? null : Console.Error, unit);

    /// <summary>Reports how many items are done; cheap enough to call for every item.</summary>
    public void Report(long done)
    {
        if (terminal is null || (done & 1023) != 0 && done > 16)
        {
            return;
        }

        var elapsed = elapsedMilliseconds();
        if (elapsed < nextAt)
        {
            return;
        }

        nextAt = elapsed + EveryMilliseconds;
        terminal.Write($"\rnorme48: {done} {unit}…");
        terminal.Flush();
        shown = true;
    }

    /// <summary>Clears the progress line, when one was shown.</summary>
    public void Dispose()
    {
        if (shown && terminal is not null)
        {
            terminal.Write("\r\u001b[2K");
            terminal.Flush();
        }
    }
}
