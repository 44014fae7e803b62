using System.IO;
using Xunit;

namespace Norme48.Cli.Tests;

public sealed class TerminalProgressTests
{
    [Fact]
    public void Report_OnATerminalAfterASecond_WritesTheCountAndClearsItAtTheEnd()
    {
        var terminal = new StringWriter();
        long elapsed = 0;
        var progress = new TerminalProgress(terminal, "lines", () => elapsed);

        progress.Report(1024);
        var beforeASecond = terminal.ToString();
        elapsed = 1500;
        progress.Report(2048);
        var afterASecond = terminal.ToString();
        progress.Dispose();

        Assert.Equal(string.Empty, beforeASecond);
        Assert.Contains("2048 lines", afterASecond, System.StringComparison.Ordinal);
        Assert.EndsWith("\r\u001b[2K", terminal.ToString(), System.StringComparison.Ordinal);
    }

    [Fact]
    public void Dispose_NothingShown_WritesNothing()
    {
        var terminal = new StringWriter();
        var progress = new TerminalProgress(terminal, "files", () => 0);

        progress.Report(3);
        progress.Dispose();

        Assert.Equal(string.Empty, terminal.ToString());
    }
}
