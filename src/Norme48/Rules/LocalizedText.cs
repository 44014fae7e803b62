using System;

namespace Norme48.Rules;

/// <summary>A language the library writes its messages in.</summary>
public enum Language
{
    /// <summary>English.</summary>
    English = 1,

    /// <summary>French.</summary>
    French = 2,
}

/// <summary>A text in English and in French.</summary>
public sealed class LocalizedText : IEquatable<LocalizedText>
{
    /// <summary>Initializes a new instance of the <see cref="LocalizedText"/> class.</summary>
    /// <param name="english">The English text.</param>
    /// <param name="french">The French text.</param>
    /// <exception cref="ArgumentException"><paramref name="english"/> or <paramref name="french"/> is null, empty or white space.</exception>
    public LocalizedText(string english, string french)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(english);
        ArgumentException.ThrowIfNullOrWhiteSpace(french);
        English = english;
        French = french;
    }

    /// <summary>Gets the English text.</summary>
    public string English { get; }

    /// <summary>Gets the French text.</summary>
    public string French { get; }

    /// <summary>Gets the text in a language.</summary>
    /// <param name="language">The language.</param>
    /// <returns>The text in <paramref name="language"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="language"/> is not a defined <see cref="Language"/>.</exception>
    public string In(Language language) => language switch
    {
        Language.English => English,
        Language.French => French,
        _ => throw new ArgumentOutOfRangeException(nameof(language), language, "Not a defined language."),
    };

    /// <inheritdoc/>
    public bool Equals(LocalizedText? other) =>
        other is not null && string.Equals(English, other.English, StringComparison.Ordinal) && string.Equals(French, other.French, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as LocalizedText);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(StringComparer.Ordinal.GetHashCode(English), StringComparer.Ordinal.GetHashCode(French));

    /// <summary>Returns the English text.</summary>
    /// <returns>The English text.</returns>
    public override string ToString() => English;
}
