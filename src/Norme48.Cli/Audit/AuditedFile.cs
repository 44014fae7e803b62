using System.Collections.Generic;
using Norme48.Cli.Declarations;
using Norme48.Declarations;

namespace Norme48.Cli.Audit;

/// <summary>One declaration file of an audit: its report, or the problems that stopped it from being checked.</summary>
internal sealed record AuditedFile(DeclarationInput Input, ConformityReport? Report, IReadOnlyList<FileProblem> Problems)
{
    public string FileName => Input.FileName;
}
