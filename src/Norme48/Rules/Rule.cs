using System;
using Norme48.Vocabulary;

namespace Norme48.Rules;

/// <summary>How binding a rule is.</summary>
public enum RuleStrength
{
    /// <summary>A condition of the norm (or a statute it restates).</summary>
    Mandatory = 1,

    /// <summary>A CNIL recommendation (« la Commission recommande »): enforced by default, may be turned into advisories.</summary>
    Recommended = 2,
}

/// <summary>How the library knows a rule.</summary>
public enum RuleConfidence
{
    /// <summary>Read on the official text of the norm.</summary>
    OfficialText = 1,

    /// <summary>From a verbatim or concordant secondary copy of the text.</summary>
    ConcordantCopy = 2,

    /// <summary>The library's interpretation of the official text, stated in the rule.</summary>
    Interpretation = 3,

    /// <summary>A statute beside the norm (for instance loi n° 78-17).</summary>
    Statute = 4,
}

/// <summary>
/// One rule of the norm under one edition: its stable id, how binding it is, where it comes from, and what it says.
/// Rules are data; the evaluators read them and cite them in every decision.
/// </summary>
public sealed class Rule
{
    internal Rule(RuleId id, Edition edition, RuleStrength strength, RuleConfidence confidence, string source, string? quote, LocalizedText statement)
    {
        Id = id;
        Edition = edition;
        Strength = strength;
        Confidence = confidence;
        Source = source;
        Quote = quote;
        Statement = statement;
    }

    /// <summary>Gets the rule's stable id.</summary>
    public RuleId Id { get; }

    /// <summary>Gets the rule's id as text, such as <c>NS48-DATA-NIR</c>.</summary>
    public string Code => Id.ToId();

    /// <summary>Gets the edition this definition of the rule belongs to.</summary>
    public Edition Edition { get; }

    /// <summary>Gets how binding the rule is under <see cref="Edition"/>.</summary>
    public RuleStrength Strength { get; }

    /// <summary>Gets how the library knows the rule.</summary>
    public RuleConfidence Confidence { get; }

    /// <summary>Gets the citation: the edition and the section of the norm (or the statute), such as <c>NS-48 (2005), Données exclues</c>.</summary>
    public string Source { get; }

    /// <summary>Gets the norm's own French words for the rule, when there is a quote; otherwise <see langword="null"/>.</summary>
    public string? Quote { get; }

    /// <summary>Gets what the rule requires, in English and French.</summary>
    public LocalizedText Statement { get; }

    /// <summary>Returns the rule id, strength and source.</summary>
    /// <returns>A one-line description of the rule.</returns>
    public override string ToString() => $"{Code} ({(Strength == RuleStrength.Mandatory ? "mandatory" : "recommended")}, {Source})";
}
