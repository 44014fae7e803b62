using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using Norme48.Declarations;

namespace Norme48.Testing;

/// <summary>
/// What a model scan found: the entity types it read, the declaration it compared them with, and every finding in the
/// order of the types and of their members.
/// </summary>
public sealed class ModelScanResult
{
    private readonly Type[] scannedTypes;
    private readonly ModelScanFinding[] findings;

    internal ModelScanResult(Type[] scannedTypes, ProcessingDeclaration? declaration, ModelScanFinding[] findings)
    {
        this.scannedTypes = scannedTypes;
        this.findings = findings;
        Declaration = declaration;
    }

    /// <summary>Gets the entity types scanned, in the order they were scanned.</summary>
    public IReadOnlyList<Type> ScannedTypes => scannedTypes;

    /// <summary>
    /// Gets the declaration the classified members were compared with, or <see langword="null"/> when none was given
    /// (and <see cref="ModelScanFindingKind.NotDeclared"/> was not checked).
    /// </summary>
    public ProcessingDeclaration? Declaration { get; }

    /// <summary>
    /// Gets the findings, type by type in scan order; within a type, its properties and then its fields, in the order
    /// reflection lists them (the order of declaration, in practice).
    /// </summary>
    public IReadOnlyList<ModelScanFinding> Findings => findings;

    /// <summary>Gets a value indicating whether the scan found nothing to report.</summary>
    /// <remarks>A scan of no type is clean too; <see cref="ModelScan.AssertClean(IEnumerable{Type}, ProcessingDeclaration?)"/> refuses it.</remarks>
    public bool IsClean => findings.Length == 0;

    /// <summary>Renders the result as a report for a person: what was scanned, against what, and each finding with what to do.</summary>
    /// <returns>A multi-line report; its first line says whether the model is clean.</returns>
    public override string ToString()
    {
        var text = new StringBuilder("Model scan of ");
        if (scannedTypes.Length == 0)
        {
            text.Append("no type: nothing was checked.");
            return text.ToString();
        }

        text.Append(scannedTypes.Length).Append(scannedTypes.Length == 1 ? " type (" : " types (")
            .AppendJoin(", ", scannedTypes.Select(ModelScanFinding.TypeName)).Append(')');
        text.Append(Declaration is { } declaration
            ? $" against the declaration of {declaration.Controller.Name}"
            : ", without a declaration (declared fields not checked)");
        if (findings.Length == 0)
        {
            text.Append(": clean, no finding.");
            return text.ToString();
        }

        text.Append(": ").Append(findings.Length).Append(findings.Length == 1 ? " finding." : " findings.");
        var number = 0;
        foreach (var finding in findings)
        {
            // A blank line before each finding, so that the report reads as a numbered list in a test runner's output.
            number++;
            text.AppendLine().AppendLine()
                .Append(number).Append(". ").Append(finding.KindText).Append(" — ")
                .Append(ModelScanFinding.TypeName(finding.Type)).Append('.').AppendLine(finding.MemberName)
                .Append("   ").Append(finding.Message);
        }

        return text.ToString();
    }
}
