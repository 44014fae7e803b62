using Norme48.Retention;
using Xunit;

namespace Norme48.Tests.Retention;

/// <summary><see cref="ProspectingFacts"/>: the facts that hold, written as its XML docs say.</summary>
public sealed class ProspectingFactsTests
{
    [Fact]
    public void ToString_NoFact_IsNone()
    {
        Assert.Equal("none", default(ProspectingFacts).ToString());
        Assert.Equal("none", new ProspectingFacts().ToString());
    }

    [Fact]
    public void ToString_ConsentAndObjectionOffered_NamesBoth()
    {
        Assert.Equal("consent, objection offered", new ProspectingFacts(consent: true, objectionOfferedAtCollection: true).ToString());
    }

    [Fact]
    public void ToString_EveryFact_NamesEachOnceWithTheWindow()
    {
        var facts = new ProspectingFacts(true, true, true, true, true, answerWindowDays: 30);

        Assert.Equal("consent, objected, objection offered, used for prospecting, analogous products, answer window 30 d", facts.ToString());
    }
}
