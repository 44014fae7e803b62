using System;
using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text;

namespace Norme48.Identifiers;

/// <summary>
/// Normalises and masks identifier-like text (codes, numbers typed with separators) before it is checked or shown.
/// </summary>
/// <remarks>
/// Text is read as a sequence of Unicode scalar values (<see cref="Rune"/>): a surrogate pair is one value.
/// An unpaired surrogate code unit is not a scalar value: the normalisation replaces it with U+FFFD (replacement
/// character), so that normalised text is always well-formed and normalising it again changes nothing.
/// </remarks>
public static class IdentifierText
{
    /// <summary>The number of trailing scalar values that <see cref="Mask(string)"/> leaves visible.</summary>
    private const int VisibleCount = 4;

    private const char MaskCharacter = '*';

    private const string EmptyMessage =
        "The value is empty once spaces, tabs, full stops and hyphens are removed.";

    /// <summary>
    /// Removes separators from <paramref name="value"/> and upper-cases what remains.
    /// </summary>
    /// <param name="value">The text to normalise.</param>
    /// <returns>
    /// <paramref name="value"/> without any Unicode space separator (category Zs, which includes the no-break
    /// spaces U+00A0 and U+202F), tab (U+0009), full stop (U+002E) or hyphen (U+002D, U+2010, U+2011), each
    /// remaining scalar value upper-cased with the invariant culture and each unpaired surrogate replaced with U+FFFD;
    /// possibly the empty string.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is <see langword="null"/>.</exception>
    public static string Normalize(string value)
    {
        ArgumentNullException.ThrowIfNull(value);

        int length = NormalizedLength(value);
        if (length == 0)
        {
            return string.Empty;
        }

        return string.Create(length, value, static (destination, source) =>
        {
            bool written = TryNormalize(source, destination, out int charsWritten);
            Debug.Assert(written && charsWritten == destination.Length, "The measured length is the written length.");
        });
    }

    /// <summary>
    /// Masks a normalised identifier so that only its last four scalar values can be shown.
    /// </summary>
    /// <param name="value">The text to mask; it is normalised first as by <see cref="Normalize(string)"/>.</param>
    /// <returns>
    /// <see langword="null"/> when the normalised text has four scalar values or fewer (it is then never shown);
    /// otherwise one <c>*</c> per scalar value except the last four, followed by those last four scalar values of
    /// the normalised text: <c>"ab 12.34-56"</c> gives <c>"****3456"</c>.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">
    /// <paramref name="value"/> is empty once normalised (for example empty, only spaces, or only separators);
    /// the exception message never quotes the value.
    /// </exception>
    public static string? Mask(string value)
    {
        ArgumentNullException.ThrowIfNull(value);

        int count = CountKeptScalars(value);
        if (count == 0)
        {
            ThrowEmpty(nameof(value));
        }

        if (count <= VisibleCount)
        {
            return null;
        }

        int tailStart = StartOfLastKeptScalars(value, VisibleCount);
        int tailLength = NormalizedLength(value.AsSpan(tailStart));
        int maskLength = count - VisibleCount;

        return string.Create(maskLength + tailLength, (value, tailStart, maskLength), static (destination, state) =>
        {
            destination[..state.maskLength].Fill(MaskCharacter);
            bool written = TryNormalize(
                state.value.AsSpan(state.tailStart), destination[state.maskLength..], out int charsWritten);
            Debug.Assert(
                written && state.maskLength + charsWritten == destination.Length,
                "The measured tail length is the written length.");
        });
    }

    /// <summary>
    /// Normalises <paramref name="source"/> into <paramref name="destination"/>, stopping as soon as it does not fit.
    /// </summary>
    /// <param name="source">The text to normalise.</param>
    /// <param name="destination">The buffer that receives the normalised text.</param>
    /// <param name="charsWritten">The number of UTF-16 code units written, also when the text does not fit.</param>
    /// <returns>
    /// <see langword="true"/> when the whole normalised text fits; <see langword="false"/> when it does not,
    /// in which case the normalised text is known to be non-empty and longer than <paramref name="destination"/>.
    /// </returns>
    internal static bool TryNormalize(ReadOnlySpan<char> source, Span<char> destination, out int charsWritten)
    {
        charsWritten = 0;
        int index = 0;
        while (index < source.Length)
        {
            Rune rune = ReadScalar(source[index..], out int consumed);
            if (!IsSeparator(rune))
            {
                if (!Rune.ToUpperInvariant(rune).TryEncodeToUtf16(destination[charsWritten..], out int written))
                {
                    return false;
                }

                charsWritten += written;
            }

            index += consumed;
        }

        return true;
    }

    /// <summary>Throws the exception for a value that is empty once normalised; it never quotes the value.</summary>
    /// <param name="paramName">The name of the offending parameter.</param>
    /// <exception cref="ArgumentException">Always.</exception>
    [DoesNotReturn]
    internal static void ThrowEmpty(string paramName) => throw new ArgumentException(EmptyMessage, paramName);

    /// <summary>Whether the normalisation removes <paramref name="rune"/>.</summary>
    private static bool IsSeparator(Rune rune)
    {
        if (rune.IsAscii)
        {
            int value = rune.Value;
            return value is ' ' or '\t' or '.' or '-';
        }

        return rune.Value is '\u2010' or '\u2011'
            || Rune.GetUnicodeCategory(rune) == UnicodeCategory.SpaceSeparator;
    }

    /// <summary>
    /// Reads the scalar value at the start of <paramref name="source"/>; an unpaired surrogate, which occupies one code
    /// unit, reads as U+FFFD.
    /// </summary>
    private static Rune ReadScalar(ReadOnlySpan<char> source, out int consumed)
    {
        char first = source[0];
        if (!char.IsSurrogate(first))
        {
            consumed = 1;
            return new Rune(first);
        }

        // Invalid or incomplete data yields Rune.ReplacementChar and consumes the one unpaired code unit.
        _ = Rune.DecodeFromUtf16(source, out Rune rune, out consumed);
        return rune;
    }

    /// <summary>The length in UTF-16 code units of the normalised form of <paramref name="source"/>.</summary>
    private static int NormalizedLength(ReadOnlySpan<char> source)
    {
        int length = 0;
        int index = 0;
        while (index < source.Length)
        {
            Rune rune = ReadScalar(source[index..], out int consumed);
            if (!IsSeparator(rune))
            {
                length += Rune.ToUpperInvariant(rune).Utf16SequenceLength;
            }

            index += consumed;
        }

        return length;
    }

    /// <summary>The number of scalar values that the normalisation keeps, each unpaired surrogate counting as one.</summary>
    private static int CountKeptScalars(ReadOnlySpan<char> source)
    {
        // Upper-casing maps one scalar value to one scalar value, and the normalised text is well-formed (no two
        // unpaired surrogates can join into a pair), so the count needs neither case mapping nor a normalised copy.
        int count = 0;
        int index = 0;
        while (index < source.Length)
        {
            Rune rune = ReadScalar(source[index..], out int consumed);
            if (!IsSeparator(rune))
            {
                count++;
            }

            index += consumed;
        }

        return count;
    }

    /// <summary>
    /// The index in <paramref name="source"/> where its last <paramref name="keptCount"/> kept scalar values begin;
    /// <paramref name="source"/> must keep at least that many.
    /// </summary>
    private static int StartOfLastKeptScalars(ReadOnlySpan<char> source, int keptCount)
    {
        int end = source.Length;
        int kept = 0;
        while (end > 0)
        {
            // UTF-16 is self-synchronising: reading backwards splits the text into the same scalar values and
            // unpaired surrogates as reading forwards; an unpaired surrogate reads as U+FFFD, which is kept.
            _ = Rune.DecodeLastFromUtf16(source[..end], out Rune rune, out int consumed);
            end -= consumed;
            if (!IsSeparator(rune))
            {
                kept++;
                if (kept == keptCount)
                {
                    return end;
                }
            }
        }

        Debug.Fail("The source keeps fewer scalar values than asked for.");
        return 0;
    }
}
