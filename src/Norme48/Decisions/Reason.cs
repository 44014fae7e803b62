using System;
using Norme48.Rules;

namespace Norme48.Decisions;

/// <summary>One rule a decision cites, with the message for the person who must act.</summary>
public sealed class Reason
{
    internal Reason(Rule rule, LocalizedText message)
    {
        Rule = rule;
        Message = message;
    }

    /// <summary>Gets the rule that decided: its id, strength and source.</summary>
    public Rule Rule { get; }

    /// <summary>Gets the rule id.</summary>
    public RuleId RuleId => Rule.Id;

    /// <summary>Gets how binding the rule is.</summary>
    public RuleStrength Strength => Rule.Strength;

    /// <summary>Gets the rule's source: the edition and section of the norm.</summary>
    public string Source => Rule.Source;

    /// <summary>Gets what the rule decided here and what to do, in English and French.</summary>
    public LocalizedText Message { get; }

    /// <summary>Returns the rule id and the English message.</summary>
    /// <returns>A one-line explanation.</returns>
    public override string ToString() => $"{Rule.Code}: {Message.English}";
}

/// <summary>A duty that comes with an allowed decision, such as the acquirer's commitment on a transfer.</summary>
public sealed class Obligation
{
    internal Obligation(string id, Rule rule, LocalizedText message)
    {
        Id = id;
        Rule = rule;
        Message = message;
    }

    /// <summary>Gets the obligation's stable kebab-case id: <c>confidentiality</c> or <c>acquirer-commitment</c>.</summary>
    public string Id { get; }

    /// <summary>Gets the rule the obligation comes from.</summary>
    public Rule Rule { get; }

    /// <summary>Gets what must be done, in English and French.</summary>
    public LocalizedText Message { get; }

    /// <summary>Returns the obligation id and the English message.</summary>
    /// <returns>A one-line description.</returns>
    public override string ToString() => $"{Id} ({Rule.Code}): {Message.English}";
}

/// <summary>The answer of the norm to a question.</summary>
public enum Verdict
{
    /// <summary>The norm allows it.</summary>
    Allowed = 1,

    /// <summary>The norm does not allow it (including, with <c>NS48-SCOPE-SECTOR</c>, a processing outside the norm).</summary>
    Denied = 2,
}

/// <summary>Thrown by <see cref="Decision.EnsureAllowed"/> when a decision is a denial; its message is the decision's explanation.</summary>
public sealed class ComplianceException : Exception
{
    /// <summary>Initializes a new instance of the <see cref="ComplianceException"/> class.</summary>
    public ComplianceException()
    {
    }

    /// <summary>Initializes a new instance of the <see cref="ComplianceException"/> class with a message.</summary>
    /// <param name="message">The message.</param>
    public ComplianceException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="ComplianceException"/> class with a message and its cause.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public ComplianceException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    internal ComplianceException(Decision decision)
        : base(decision.Explain(Language.English))
    {
        Decision = decision;
    }

    /// <summary>Gets the denial, when the exception comes from <see cref="Decision.EnsureAllowed"/>.</summary>
    public Decision? Decision { get; }
}
