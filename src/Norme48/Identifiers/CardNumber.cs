using System;

namespace Norme48.Identifiers;

/// <summary>
/// Detects text shaped like a payment card number: 12 to 19 digits passing the Luhn check.
/// </summary>
/// <remarks>
/// <para>
/// This detector serves rule NS48-DATA-INTERNAL-CODE: an internal client code may not be a bank card number. It
/// checks only the length and the Luhn check digit; it never claims that the number belongs to a real card.
/// </para>
/// <para>
/// The Luhn check is weak evidence: about one purely numeric code in ten of 12 to 19 digits passes it, so a match
/// means "shaped like a card number", not "is a card number".
/// </para>
/// </remarks>
public static class CardNumber
{
    private const int MinLength = 12;
    private const int MaxLength = 19;

    /// <summary>
    /// Whether <paramref name="value"/>, once normalised, is 12 to 19 ASCII digits passing the Luhn check.
    /// </summary>
    /// <param name="value">The text to check; spaces, tabs, full stops and hyphens are ignored.</param>
    /// <returns>
    /// <see langword="true"/> when the normalised text is 12 to 19 ASCII digits whose Luhn sum is a multiple of 10;
    /// otherwise <see langword="false"/>.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">
    /// <paramref name="value"/> is empty once normalised (for example empty, only spaces, or only separators);
    /// the exception message never quotes the value.
    /// </exception>
    public static bool IsValid(string value)
    {
        ArgumentNullException.ThrowIfNull(value);

        Span<char> buffer = stackalloc char[MaxLength];
        if (!IdentifierText.TryNormalize(value, buffer, out int length))
        {
            return false;
        }

        if (length == 0)
        {
            IdentifierText.ThrowEmpty(nameof(value));
        }

        return length >= MinLength && PassesLuhn(buffer[..length]);
    }

    /// <summary>Whether <paramref name="digits"/> are all ASCII digits passing the Luhn check.</summary>
    private static bool PassesLuhn(ReadOnlySpan<char> digits)
    {
        int sum = 0;
        bool doubled = false;
        for (int index = digits.Length - 1; index >= 0; index--)
        {
            int digit = digits[index] - '0';
            if ((uint)digit > 9)
            {
                return false;
            }

            if (doubled)
            {
                digit *= 2;
                if (digit > 9)
                {
                    digit -= 9;
                }
            }

            sum += digit;
            doubled = !doubled;
        }

        return sum % 10 == 0;
    }
}
