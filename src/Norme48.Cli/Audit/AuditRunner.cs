using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Norme48.Cli.Declarations;
using Norme48.Declarations;
using Norme48.Evaluation;
using Norme48.Rules;
using Norme48.Vocabulary;

namespace Norme48.Cli.Audit;

/// <summary>
/// Runs <c>norme48 audit</c>: reads each declaration file, checks it under its edition (its own, else <c>--edition</c>)
/// and writes the reports. Exit code 2 when a file cannot be read or is invalid, else 1 when a file has a violation that
/// counts, else 0.
/// </summary>
internal static class AuditRunner
{
    public const int Compliant = 0;
    public const int Violations = 1;
    public const int InvalidInput = 2;

    public static int Run(AuditOptions options, TextWriter output, TextWriter errors)
    {
        var evaluators = new Dictionary<Edition, ConformityEvaluator>();
        using var progress = TerminalProgress.ForConsole("files");
        var audited = options.Files.Select((file, index) =>
        {
            var result = Audit(DeclarationInput.Load(file), options, evaluators);
            progress.Report(index + 1);
            return result;
        }).ToArray();

        foreach (var problem in audited.SelectMany(file => file.Problems))
        {
            errors.WriteLine(problem.Format(options.Language));
        }

        switch (options.Format)
        {
            case AuditFormat.Json:
                output.Write(AuditJsonWriter.Write(audited, options.Language));
                break;
            case AuditFormat.Sarif:
                output.Write(SarifWriter.Write(audited, options));
                break;
            default:
                WriteReports(audited, options, output);
                break;
        }

        if (audited.Any(file => file.Report is null))
        {
            return InvalidInput;
        }

        return audited.Any(file => file.Report!.Violations.Any(v => Counts(v, options))) ? Violations : Compliant;
    }

    /// <summary>Whether a violation makes the exit code 1: always when mandatory, for a recommendation unless advised.</summary>
    public static bool Counts(ConformityViolation violation, AuditOptions options) =>
        violation.Strength == RuleStrength.Mandatory || !options.AdviseRecommendations;

    private static AuditedFile Audit(DeclarationInput input, AuditOptions options, Dictionary<Edition, ConformityEvaluator> evaluators)
    {
        if (input.Read is not { Declaration: { } declaration })
        {
            return new AuditedFile(input, null, input.Problems);
        }

        var edition = declaration.Edition ?? options.DefaultEdition;
        var purposeProblems = PurposesOutside(input, declaration, edition).ToArray();
        if (purposeProblems.Length > 0)
        {
            return new AuditedFile(input, null, purposeProblems);
        }

        if (!evaluators.TryGetValue(edition, out var evaluator))
        {
            evaluator = new ConformityEvaluator(new Norme48Evaluator(edition));
            evaluators.Add(edition, evaluator);
        }

        return new AuditedFile(input, evaluator.Evaluate(declaration), []);
    }

    /// <summary>
    /// Purposes the edition does not have. The reader checks them against the edition a declaration names; a declaration
    /// that names none is checked here against the edition of <c>--edition</c>.
    /// </summary>
    private static IEnumerable<FileProblem> PurposesOutside(DeclarationInput input, ProcessingDeclaration declaration, Edition edition)
    {
        FileProblem Problem(string path, ProcessingPurpose purpose)
        {
            var editions = string.Join(", ", purpose.GetEditions().Select(e => e.Id));
            return input.ProblemAt(path, new LocalizedText(
                $"The purpose '{purpose.Id}' is not part of edition {edition.Id}, which the declaration is checked under; it exists in {editions}.",
                $"La finalité '{purpose.Id}' n'existe pas dans l'édition {edition.Id}, sous laquelle la déclaration est vérifiée ; elle existe dans {editions}."));
        }

        for (var i = 0; i < declaration.Purposes.Count; i++)
        {
            if (!declaration.Purposes[i].IsDefinedIn(edition))
            {
                yield return Problem(Paths.Index("$.purposes", i), declaration.Purposes[i]);
            }
        }

        for (var f = 0; f < declaration.Fields.Count; f++)
        {
            var purposes = declaration.Fields[f].Purposes;
            for (var p = 0; p < purposes.Count; p++)
            {
                if (!purposes[p].IsDefinedIn(edition))
                {
                    yield return Problem(Paths.Index(Paths.Index("$.fields", f) + ".purposes", p), purposes[p]);
                }
            }
        }
    }

    private static void WriteReports(IReadOnlyList<AuditedFile> audited, AuditOptions options, TextWriter output)
    {
        var fr = options.Language == Language.French;
        var first = true;
        foreach (var file in audited)
        {
            if (file.Report is not { } report)
            {
                continue;
            }

            if (!first)
            {
                output.WriteLine();
            }

            first = false;
            if (options.Format == AuditFormat.Markdown)
            {
                // The file goes under the report's title, so that the document still opens with its heading.
                var markdown = report.ToMarkdown(options.Language);
                var split = markdown.IndexOf('\n', StringComparison.Ordinal) + 1;
                output.Write(markdown[..split]);
                output.WriteLine();
                output.Write(fr ? "Fichier : `" : "File: `");
                output.Write(file.FileName);
                output.WriteLine("`  ");
                output.Write(markdown[split..].TrimStart('\r', '\n'));
            }
            else
            {
                output.WriteLine((fr ? "Fichier : " : "File: ") + file.FileName);
                output.Write(report.ToText(options.Language));
            }
        }
    }
}
