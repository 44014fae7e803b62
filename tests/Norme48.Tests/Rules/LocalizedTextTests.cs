using System;
using Norme48.Rules;
using Xunit;

namespace Norme48.Tests.Rules;

/// <summary><see cref="LocalizedText"/>: the text in each language, and the check of the language.</summary>
public sealed class LocalizedTextTests
{
    [Fact]
    public void In_EachLanguage_ThatLanguagesText()
    {
        var text = new LocalizedText("Passwords are never stored in clear.", "Les mots de passe ne sont jamais conservés en clair.");

        Assert.Equal("Passwords are never stored in clear.", text.In(Language.English));
        Assert.Equal("Les mots de passe ne sont jamais conservés en clair.", text.In(Language.French));
    }

    // "ArgumentOutOfRangeException: language is not a defined Language."
    [Theory]
    [InlineData(0)]
    [InlineData(3)]
    public void In_UndefinedLanguage_ThrowsNamingLanguage(int language)
    {
        var text = new LocalizedText("yes", "oui");

        var exception = Assert.Throws<ArgumentOutOfRangeException>(() => text.In((Language)language));

        Assert.Equal("language", exception.ParamName);
        Assert.Equal((Language)language, exception.ActualValue);
        Assert.StartsWith("Not a defined language.", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Equals_SameTexts_EqualWithTheSameHashAndOtherwiseNot()
    {
        var text = new LocalizedText("yes", "oui");

        Assert.True(text.Equals(new LocalizedText("yes", "oui")));
        Assert.True(text.Equals((object)new LocalizedText("yes", "oui")));
        Assert.Equal(text.GetHashCode(), new LocalizedText("yes", "oui").GetHashCode());
        Assert.False(text.Equals(new LocalizedText("Yes", "oui")));
        Assert.False(text.Equals(new LocalizedText("yes", "Oui")));
        Assert.False(text.Equals((LocalizedText?)null));
        Assert.False(text.Equals((object?)null));
        Assert.Equal("yes", text.ToString());
    }

    [Theory]
    [InlineData(null, "oui", "english")]
    [InlineData(" ", "oui", "english")]
    [InlineData("yes", "", "french")]
    public void Constructor_MissingText_ThrowsNamingIt(string? english, string? french, string paramName)
    {
        var exception = Assert.ThrowsAny<ArgumentException>(() => new LocalizedText(english!, french!));

        Assert.Equal(paramName, exception.ParamName);
    }
}
