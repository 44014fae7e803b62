using System;
using System.CommandLine;
using Norme48.Cli.Evaluate;
using Norme48.Rules;

namespace Norme48.Cli;

/// <summary>The <c>norme48</c> command-line tool.</summary>
internal static class Program
{
    /// <summary>Exit code for bad command-line usage.</summary>
    private const int UsageError = 2;

    public static int Main(string[] args)
    {
        var root = BuildCommand();
        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors)
            {
                Console.Error.WriteLine($"norme48: {error.Message}");
            }

            Console.Error.WriteLine("Run 'norme48 --help' for usage.");
            return UsageError;
        }

        return parsed.Invoke();
    }

    internal static RootCommand BuildCommand()
    {
        var edition = new Option<string>("--edition")
        {
            Description = "Edition the questions are decided under, unless a line names its own: ns48-2005 (default), ns48-2016, ref-2021, or in-force (the edition in force at the question's instant).",
            DefaultValueFactory = _ => "ns48-2005",
        };
        edition.AcceptOnlyFromAmong("ns48-2005", "ns48-2016", "ref-2021", "in-force");

        var language = new Option<string>("--lang")
        {
            Description = "Language of messages and errors: en (default) or fr.",
            DefaultValueFactory = _ => "en",
        };
        language.AcceptOnlyFromAmong("en", "fr");

        var recommendations = new Option<string>("--recommendations")
        {
            Description = "enforce (default): CNIL recommendations decide like rules; advise: they become advisories.",
            DefaultValueFactory = _ => "enforce",
        };
        recommendations.AcceptOnlyFromAmong("enforce", "advise");

        var evaluate = new Command(
            "evaluate",
            "Answer NS-48 questions given as JSON Lines on standard input, one JSON answer per line on standard output. Exit code 0: no bad line; 1: at least one bad line (answered with an error line); 2: bad usage.")
        {
            edition,
            language,
            recommendations,
        };

        evaluate.SetAction(parseResult =>
        {
            var options = new EvaluateOptions(
                parseResult.GetValue(edition)!,
                parseResult.GetValue(language) == "fr" ? Language.French : Language.English,
                parseResult.GetValue(recommendations) == "advise");
            using var input = Console.OpenStandardInput();
            using var output = Console.OpenStandardOutput();
            return EvaluateRunner.Run(input, output, options);
        });

        return new RootCommand("norme48: CNIL norme simplifiée n° 48 (client and prospect files) as executable rules.")
        {
            evaluate,
        };
    }
}
