using NodaTime;
using Norme48.Rules;

namespace Norme48.Decisions;

/// <summary>
/// A non-blocking note on a decision: a recommendation that would have applied (with recommendations in advisory
/// mode), or an item the library holds as unconfirmed.
/// </summary>
public sealed class Advisory
{
    internal Advisory(Rule rule, Instant? since, LocalizedText message, string? kind = null)
    {
        Rule = rule;
        Since = since;
        Message = message;
        Kind = kind;
    }

    /// <summary>Gets the rule the advisory is about.</summary>
    public Rule Rule { get; }

    /// <summary>Gets how binding the rule is.</summary>
    public RuleStrength Strength => Rule.Strength;

    /// <summary>Gets the instant from which the recommendation was due, when known.</summary>
    public Instant? Since { get; }

    /// <summary>Gets what the advisory says, in English and French.</summary>
    public LocalizedText Message { get; }

    /// <summary>Gets the advisory's kind, such as <c>unconfirmed</c>; <see langword="null"/> for a recommendation.</summary>
    public string? Kind { get; }

    /// <summary>Returns the rule id, the instant and the English message.</summary>
    /// <returns>A one-line description.</returns>
    public override string ToString() => $"{Rule.Code}{(Since is { } since ? " since " + since : string.Empty)}: {Message.English}";
}

/// <summary>How the CNIL's recommendations (rules of strength <see cref="RuleStrength.Recommended"/>) decide.</summary>
public enum RecommendationMode
{
    /// <summary>Recommendations decide like the norm's conditions (the default).</summary>
    Enforce = 1,

    /// <summary>Recommendations do not decide; those that would have applied are reported as advisories.</summary>
    Advise = 2,
}
