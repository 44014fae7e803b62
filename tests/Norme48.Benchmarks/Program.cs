using System;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;

namespace Norme48.Benchmarks;

internal static class Program
{
    /// <summary>
    /// Runs the benchmarks the command line selects (<c>--filter</c>, <c>--job short</c> for the quick mode; none for the
    /// full mode). The median is shown beside the mean: the targets are stated on it, and it shrugs off a noisy neighbour.
    /// <c>purge-loop</c> runs the purge-plan workload as a plain loop for a profiler instead (<see cref="PurgePlanLoop"/>).
    /// </summary>
    private static void Main(string[] args)
    {
        if (args is ["purge-loop", .. var rest])
        {
            try
            {
                PurgePlanLoop.Run(rest);
            }
            catch (Exception e) when (e is ArgumentException or FormatException or OverflowException)
            {
                Console.Error.WriteLine(e.Message + " Usage: purge-loop [rounds] [prospects|clients]");
                Environment.ExitCode = 2;
            }

            return;
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, DefaultConfig.Instance.AddColumn(StatisticColumn.Median));
    }
}
