using System.IO;
using Norme48.Cli.Audit;
using Norme48.Cli.Declarations;
using Norme48.Declarations;
using Norme48.Rules;

namespace Norme48.Cli.Notices;

/// <summary>Runs <c>norme48 notice</c>: writes the information notice generated from a declaration file.</summary>
internal static class NoticeRunner
{
    public static int Run(string fileName, Language language, NoticeFormat format, TextWriter output, TextWriter errors)
    {
        var input = DeclarationInput.Load(fileName);
        if (input.Read is not { Declaration: { } declaration })
        {
            foreach (var problem in input.Problems)
            {
                errors.WriteLine(problem.Format(language));
            }

            return AuditRunner.InvalidInput;
        }

        output.Write(InformationNotice.Generate(declaration, language, format).Text);
        return 0;
    }
}
