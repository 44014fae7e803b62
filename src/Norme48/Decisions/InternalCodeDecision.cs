using Norme48.Rules;

namespace Norme48.Decisions;

/// <summary>What a proposed internal client code looks like to the identifier detectors.</summary>
public enum IdentifierMatch
{
    /// <summary>Neither a NIR nor a card number.</summary>
    None = 0,

    /// <summary>Validates as a NIR (social-security number).</summary>
    Nir = 1,

    /// <summary>Passes the bank-card number check (12 to 19 digits, Luhn).</summary>
    CardNumber = 2,

    /// <summary>Both a valid NIR and a number passing the card check.</summary>
    NirAndCardNumber = 3,
}

/// <summary>The norm's answer about a proposed internal client code (NS48-DATA-INTERNAL-CODE), with the code masked.</summary>
public sealed class InternalCodeDecision
{
    internal InternalCodeDecision(Decision decision, IdentifierMatch match, string? maskedValue)
    {
        Decision = decision;
        Match = match;
        MaskedValue = maskedValue;
    }

    /// <summary>Gets the decision: its verdict, edition and reasons.</summary>
    public Decision Decision { get; }

    /// <summary>Gets a value indicating whether the code may be used as an internal client code.</summary>
    public bool IsAllowed => Decision.IsAllowed;

    /// <summary>Gets what the code looks like to the detectors (they never claim it is a real card or person).</summary>
    public IdentifierMatch Match { get; }

    /// <summary>
    /// Gets the code as it may be shown: one <c>*</c> per normalised character but the last four, which are shown; or
    /// <see langword="null"/> for a code of four characters or fewer, which is never shown.
    /// </summary>
    public string? MaskedValue { get; }

    /// <summary>Writes the decision out for a person.</summary>
    /// <param name="language">The language of the messages.</param>
    /// <returns>A multi-line explanation that never shows the code unmasked.</returns>
    public string Explain(Language language) => Decision.Explain(language);

    /// <summary>Returns the verdict, the rule ids and the masked code.</summary>
    /// <returns>A one-line summary.</returns>
    public override string ToString() => $"{Decision} {MaskedValue ?? "(not shown)"}";
}
