using System;
using System.CommandLine;
using System.IO;
using System.Text;
using Norme48.Cli.Audit;
using Norme48.Cli.Declarations;
using Norme48.Cli.Diff;
using Norme48.Cli.Evaluate;
using Norme48.Cli.Notices;
using Norme48.Cli.Rulebooks;
using Norme48.Declarations;
using Norme48.Rules;
using Norme48.Vocabulary;

namespace Norme48.Cli;

/// <summary>The <c>norme48</c> command-line tool.</summary>
internal static class Program
{
    /// <summary>Exit code for bad command-line usage.</summary>
    private const int UsageError = 2;

    /// <summary>The values of the edition options.</summary>
    private static readonly string[] EditionIds = ["ns48-2005", "ns48-2016", "ref-2021"];

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

        try
        {
            return parsed.Invoke(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
        }
#pragma warning disable CA1031 // The tool's last resort: a message, never a stack trace, whatever went wrong.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            Console.Error.WriteLine($"norme48: {exception.Message}");
            return UsageError;
        }
    }

    internal static RootCommand BuildCommand()
    {
        var edition = Choice("--edition", "Edition the questions are decided under, unless a line names its own: ns48-2005 (default), ns48-2016, ref-2021, or in-force (the edition in force at the question's instant).", "ns48-2005", "ns48-2016", "ref-2021", "in-force");

        var language = LanguageOption("Language of messages and errors: en (default) or fr.");

        var recommendations = Choice("--recommendations", "enforce (default): CNIL recommendations decide like rules; advise: they become advisories.", "enforce", "advise");

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
                Languages.Parse(parseResult.GetValue(language)),
                parseResult.GetValue(recommendations) == "advise");
            using var input = Console.OpenStandardInput();
            using var output = Console.OpenStandardOutput();
            using var progress = TerminalProgress.ForConsole("lines");
            return EvaluateRunner.Run(input, output, options, progress);
        });

        return new RootCommand("norme48: CNIL norme simplifiée n° 48 (client and prospect files) as executable rules.")
        {
            evaluate,
            BuildAudit(),
            BuildRules(),
            BuildNotice(),
            BuildDiff(),
        };
    }

    private static Command BuildAudit()
    {
        var files = new Argument<string[]>("declaration.json")
        {
            Description = "The declaration files to audit (one or more).",
            Arity = ArgumentArity.OneOrMore,
        };
        var format = Choice("--format", "Output: text (default), markdown, json (one document for all files) or sarif (SARIF 2.1.0, for code-scanning tools).", "text", "markdown", "json", "sarif");
        var edition = EditionOption("Edition of the declarations that name none (a declaration's own edition wins): ns48-2005 (default), ns48-2016 or ref-2021.");
        var language = LanguageOption("Language of the reports and errors: en (default) or fr.");
        var recommendations = Choice("--recommendations", "enforce (default): a violated CNIL recommendation makes the exit code 1, like a mandatory rule; advise: it is still reported (as a warning in SARIF) but only mandatory violations make the exit code 1.", "enforce", "advise");

        var audit = new Command(
            "audit",
            "Check declaration files against the norm and write each one's conformity report. Exit code 0: every file complies; 1: a file has a violation; 2: a file cannot be read or is invalid (errors on standard error as file(line,col): path: message), or bad usage.")
        {
            files,
            format,
            edition,
            language,
            recommendations,
        };
        audit.SetAction(parseResult =>
        {
            var options = new AuditOptions(
                parseResult.GetValue(files)!,
                parseResult.GetValue(format) switch
                {
                    "markdown" => AuditFormat.Markdown,
                    "json" => AuditFormat.Json,
                    "sarif" => AuditFormat.Sarif,
                    _ => AuditFormat.Text,
                },
                Languages.Parse(parseResult.GetValue(language)),
                Edition.Parse(parseResult.GetValue(edition)!),
                parseResult.GetValue(recommendations) == "advise");
            return WithConsole((output, errors) => AuditRunner.Run(options, output, errors));
        });
        return audit;
    }

    private static Command BuildRules()
    {
        var edition = EditionOption("Edition whose rules are listed: ns48-2005 (default), ns48-2016 or ref-2021.");
        var format = Choice("--format", "Output: markdown (default) or json.", "markdown", "json");

        var rules = new Command(
            "rules",
            "List the rules of an edition: id, strength, source, the norm's French words and the English statement. Exit code 0, or 2 for bad usage.")
        {
            edition,
            format,
        };
        rules.SetAction(parseResult =>
        {
            var chosen = Edition.Parse(parseResult.GetValue(edition)!);
            var json = parseResult.GetValue(format) == "json";
            return WithConsole((output, errors) => RulesRunner.Run(chosen, json, output, errors));
        });
        return rules;
    }

    private static Command BuildNotice()
    {
        var file = new Argument<string>("declaration.json") { Description = "The declaration file." };
        var language = LanguageOption("Language of the notice and errors: en (default) or fr.");
        var format = Choice("--format", "Output: markdown (default) or text.", "markdown", "text");

        var notice = new Command(
            "notice",
            "Write the information notice a collection form must show, generated from a declaration file. Exit code 0, or 2 when the file cannot be read or is invalid (errors on standard error), or bad usage.")
        {
            file,
            language,
            format,
        };
        notice.SetAction(parseResult =>
        {
            var path = parseResult.GetValue(file)!;
            var chosen = Languages.Parse(parseResult.GetValue(language));
            var noticeFormat = parseResult.GetValue(format) == "text" ? NoticeFormat.PlainText : NoticeFormat.Markdown;
            return WithConsole((output, errors) => NoticeRunner.Run(path, chosen, noticeFormat, output, errors));
        });
        return notice;
    }

    private static Command BuildDiff()
    {
        var file = new Argument<string>("declaration.json") { Description = "The declaration file; the edition it names is ignored." };
        var from = RequiredEditionOption("--from", "Edition compared from: ns48-2005, ns48-2016 or ref-2021.");
        var to = RequiredEditionOption("--to", "Edition compared to: ns48-2005, ns48-2016 or ref-2021.");
        var format = Choice("--format", "Output: text (default; one line per change, then the count) or json.", "text", "json");
        var language = LanguageOption("Language of messages and errors: en (default) or fr.");

        var diff = new Command(
            "diff",
            "List the decisions about a declaration that change between two editions: collect (each field for each purpose), share (each recipient), transfer (each field of the file transfer), solicit (each channel), notice (each form), the norm's retention policies per subject status, and the conformity verdict. Exit code 0: no change; 1: changes; 2: the file cannot be read or is invalid (errors on standard error as file(line,col): path: message), or bad usage.")
        {
            file,
            from,
            to,
            format,
            language,
        };
        diff.SetAction(parseResult =>
        {
            var options = new DiffOptions(
                parseResult.GetValue(file)!,
                Edition.Parse(parseResult.GetValue(from)!),
                Edition.Parse(parseResult.GetValue(to)!),
                parseResult.GetValue(format) == "json",
                Languages.Parse(parseResult.GetValue(language)));
            return WithConsole((output, errors) => DiffRunner.Run(options, output, errors));
        });
        return diff;
    }

    private static Option<string> EditionOption(string description) => Choice("--edition", description, EditionIds);

    /// <summary>An edition option the command cannot run without, such as <c>--from</c>.</summary>
    private static Option<string> RequiredEditionOption(string name, string description)
    {
        var option = new Option<string>(name) { Description = description, Required = true };
        option.AcceptOnlyFromAmong(EditionIds);
        return option;
    }

    private static Option<string> LanguageOption(string description) => Choice("--lang", description, Languages.Ids);

    /// <summary>An option that takes one of a closed list of values; the first is the default.</summary>
    private static Option<string> Choice(string name, string description, params string[] values)
    {
        var option = new Option<string>(name)
        {
            Description = description,
            DefaultValueFactory = _ => values[0],
        };
        option.AcceptOnlyFromAmong(values);
        return option;
    }

    /// <summary>Runs a command with UTF-8 writers (no byte-order mark) on standard output and standard error, whatever the console's encoding.</summary>
    private static int WithConsole(Func<TextWriter, TextWriter, int> run)
    {
        var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        using var output = new StreamWriter(Console.OpenStandardOutput(), utf8) { NewLine = "\n" };
        using var errors = new StreamWriter(Console.OpenStandardError(), utf8) { NewLine = "\n", AutoFlush = true };
        return run(output, errors);
    }
}
