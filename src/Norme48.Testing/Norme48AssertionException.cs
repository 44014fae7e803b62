using System;
using Norme48.Decisions;
using Norme48.Declarations;

namespace Norme48.Testing;

/// <summary>
/// Thrown by <see cref="Norme48Assert"/> and <see cref="ModelScan.AssertClean(System.Collections.Generic.IEnumerable{Type}, ProcessingDeclaration?)"/>
/// when the norm does not agree with what a test expects; its message is the readable report: what was asked, the
/// verdict, and every rule that decided with its source and message.
/// </summary>
/// <remarks>
/// Every test framework reports an unexpected exception as a failure with its message, so the helpers need none of
/// them. The object that failed is kept in <see cref="Decision"/>, <see cref="Report"/> or <see cref="ScanResult"/>
/// for tests that want to look further.
/// </remarks>
public sealed class Norme48AssertionException : Exception
{
    /// <summary>Initializes a new instance of the <see cref="Norme48AssertionException"/> class.</summary>
    public Norme48AssertionException()
    {
    }

    /// <summary>Initializes a new instance of the <see cref="Norme48AssertionException"/> class with a message.</summary>
    /// <param name="message">The report.</param>
    public Norme48AssertionException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="Norme48AssertionException"/> class with a message and its cause.</summary>
    /// <param name="message">The report.</param>
    /// <param name="innerException">The cause.</param>
    public Norme48AssertionException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    internal Norme48AssertionException(string message, Decision decision)
        : base(message)
    {
        Decision = decision;
    }

    internal Norme48AssertionException(string message, ConformityReport report)
        : base(message)
    {
        Report = report;
    }

    internal Norme48AssertionException(string message, ModelScanResult scanResult)
        : base(message)
    {
        ScanResult = scanResult;
    }

    /// <summary>Gets the decision that failed the assertion, when it comes from a collect, share, transfer or solicit assertion.</summary>
    public Decision? Decision { get; }

    /// <summary>Gets the conformity report that failed the assertion, when it comes from <see cref="Norme48Assert.DeclarationComplies(ProcessingDeclaration, Evaluation.Norme48Evaluator?)"/>.</summary>
    public ConformityReport? Report { get; }

    /// <summary>Gets the model scan that failed the assertion, when it comes from <see cref="ModelScan"/>.</summary>
    public ModelScanResult? ScanResult { get; }
}
