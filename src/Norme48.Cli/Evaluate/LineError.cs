using System;
using Norme48.Rules;

namespace Norme48.Cli.Evaluate;

/// <summary>A question line that cannot be answered: its message, in the language of the run, becomes an error line.</summary>
internal sealed class LineError : Exception
{
    public LineError()
    {
    }

    public LineError(string message)
        : base(message)
    {
    }

    public LineError(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public LineError(Language language, string english, string french)
        : base(language == Language.French ? french : english)
    {
    }

    /// <summary>Whether the error line may echo the question's <c>id</c> (not when the id itself is at fault).</summary>
    public bool EchoId { get; init; } = true;
}
