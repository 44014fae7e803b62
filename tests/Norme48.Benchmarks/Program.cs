using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;

namespace Norme48.Benchmarks;

internal static class Program
{
    /// <summary>
    /// Runs the benchmarks the command line selects (<c>--filter</c>, <c>--job short</c> for the quick mode; none for the
    /// full mode). The median is shown beside the mean: the targets are stated on it, and it shrugs off a noisy neighbour.
    /// </summary>
    private static void Main(string[] args) =>
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, DefaultConfig.Instance.AddColumn(StatisticColumn.Median));
}
