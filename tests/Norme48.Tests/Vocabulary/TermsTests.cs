using System;
using Norme48.Vocabulary;
using Xunit;

namespace Norme48.Tests.Vocabulary;

/// <summary><see cref="Terms"/>: kebab case as the ids' pattern <c>^[a-z0-9]+(-[a-z0-9]+)*$</c> states it, é allowed in sector names.</summary>
public sealed class TermsTests
{
    [Theory]
    [InlineData("a", true)]
    [InlineData("z9", true)]
    [InlineData("0", true)]
    [InlineData("email-address", true)]
    [InlineData("a1-2b-c3", true)]
    [InlineData("", false)]
    [InlineData(null, false)]
    [InlineData("-", false)]
    [InlineData("-a", false)]
    [InlineData("a-", false)]
    [InlineData("a--b", false)]
    [InlineData("A", false)]
    [InlineData("a_b", false)]
    [InlineData("a b", false)]
    [InlineData("a/b", false)]
    [InlineData("a:b", false)]
    [InlineData("a`", false)]
    [InlineData("a{", false)]
    [InlineData("santé", false)]
    public void IsKebabCase_Ids_MatchThePattern(string? id, bool expected)
    {
        Assert.Equal(expected, Terms.IsKebabCase(id));
        Assert.Equal(expected, Terms.IsKebabCase(id, allowFrenchE: false));
    }

    [Theory]
    [InlineData("santé", true)]
    [InlineData("éducation", true)]
    [InlineData("é", true)]
    [InlineData("é-", false)]
    [InlineData("santè", false)]
    [InlineData("É", false)]
    [InlineData("", false)]
    public void IsKebabCase_SectorNamesWithFrenchE_AllowsOnlyLowerCaseEAcute(string id, bool expected)
    {
        Assert.Equal(expected, Terms.IsKebabCase(id, allowFrenchE: true));
    }

    [Fact]
    public void EnsureDefinedIn_TermOfOtherEditions_ThrowsNamingTheEditionsItExistsIn()
    {
        var exception = Assert.Throws<ArgumentException>(() => Terms.EnsureDefinedIn(EditionSet.From2016, Edition.Ns2005, "purpose", "contests", "purpose"));

        Assert.Equal("purpose", exception.ParamName);
        Assert.StartsWith("The purpose 'contests' is not part of edition ns48-2005; it exists in ns48-2016, ref-2021.", exception.Message, StringComparison.Ordinal);
        Terms.EnsureDefinedIn(EditionSet.From2016, Edition.Ref2021, "purpose", "contests", "purpose");
    }

    // French contracts « de » with the article that follows: « du » (de + le), « des » (de + les), « d' » before a vowel.
    [Theory]
    [InlineData("le dernier contact de la personne", "du dernier contact de la personne")]
    [InlineData("les destinataires", "des destinataires")]
    [InlineData("une déclaration de traitement", "d'une déclaration de traitement")]
    [InlineData("un objet", "d'un objet")]
    [InlineData("la collecte", "de la collecte")]
    [InlineData("l'opposition", "de l'opposition")]
    [InlineData("lecture", "de lecture")]
    public void FrenchOf_NounPhrase_ContractsTheArticle(string phrase, string expected)
    {
        Assert.Equal(expected, Terms.FrenchOf(phrase));
    }
}
