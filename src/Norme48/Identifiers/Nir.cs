using System;

namespace Norme48.Identifiers;

/// <summary>
/// Detects text shaped like a French social-security number (NIR, <i>numéro d'inscription au répertoire</i>) with its key.
/// </summary>
/// <remarks>
/// <para>
/// This detector serves rule NS48-DATA-INTERNAL-CODE: an internal client code may not be the NIR. It checks only the
/// shape and the key of the number; it never claims that the number was issued or that it belongs to a real person.
/// </para>
/// <para>
/// The accepted shape is 15 characters once normalised as by <see cref="IdentifierText.Normalize(string)"/>: a first
/// digit 1, 2, 7 or 8; four digits; a department of two digits, <c>2A</c> or <c>2B</c>; six digits; and a two-digit
/// key equal to 97 minus the remainder modulo 97 of the 13-character body read as a number, <c>2A</c> being read as
/// 19 and <c>2B</c> as 18. Only ASCII digits count as digits. Months and departments are not range-checked, and the
/// 13-character body without its key is not detected.
/// </para>
/// </remarks>
public static class Nir
{
    private const int Length = 15;
    private const int BodyLength = 13;
    private const int DepartmentIndex = 5;
    private const int Modulus = 97;

    /// <summary>
    /// Whether <paramref name="value"/>, once normalised, has the shape of a NIR and a matching key.
    /// </summary>
    /// <param name="value">The text to check; spaces, tabs, full stops and hyphens are ignored, as is letter case.</param>
    /// <returns>
    /// <see langword="true"/> when the normalised text is 15 characters shaped like a NIR whose last two digits are
    /// its key; otherwise <see langword="false"/>.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">
    /// <paramref name="value"/> is empty once normalised (for example empty, only spaces, or only separators);
    /// the exception message never quotes the value.
    /// </exception>
    public static bool IsValid(string value)
    {
        ArgumentNullException.ThrowIfNull(value);

        Span<char> buffer = stackalloc char[Length];
        if (!IdentifierText.TryNormalize(value, buffer, out int length))
        {
            return false;
        }

        if (length == 0)
        {
            IdentifierText.ThrowEmpty(nameof(value));
        }

        return length == Length && HasValidShapeAndKey(buffer);
    }

    /// <summary>Checks the 15 normalised characters of a candidate NIR.</summary>
    private static bool HasValidShapeAndKey(ReadOnlySpan<char> nir)
    {
        if (nir[0] is not ('1' or '2' or '7' or '8'))
        {
            return false;
        }

        int remainder = 0;
        for (int index = 0; index < BodyLength; index++)
        {
            char current = nir[index];
            if (index == DepartmentIndex && current == '2' && (nir[index + 1] is 'A' or 'B'))
            {
                // Corsica: 2A is read as 19 and 2B as 18.
                int department = nir[index + 1] == 'A' ? 19 : 18;
                remainder = ((remainder * 100) + department) % Modulus;
                index++;
                continue;
            }

            if (!IsAsciiDigit(current))
            {
                return false;
            }

            remainder = ((remainder * 10) + (current - '0')) % Modulus;
        }

        char tens = nir[BodyLength];
        char units = nir[BodyLength + 1];
        if (!IsAsciiDigit(tens) || !IsAsciiDigit(units))
        {
            return false;
        }

        int key = ((tens - '0') * 10) + (units - '0');
        return key == Modulus - remainder;
    }

    private static bool IsAsciiDigit(char c) => (uint)(c - '0') <= 9;
}
