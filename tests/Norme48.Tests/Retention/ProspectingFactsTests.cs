using System;
using System.Collections.Generic;
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

    // "answerWindowDays is given and less than 1": ArgumentOutOfRangeException naming it, with the value.
    [Theory]
    [InlineData(0)]
    [InlineData(-3)]
    public void Constructor_AnswerWindowBelowOneDay_ThrowsNamingIt(int days)
    {
        var exception = Assert.Throws<ArgumentOutOfRangeException>(() => new ProspectingFacts(answerWindowDays: days));

        Assert.Equal("answerWindowDays", exception.ParamName);
        Assert.Equal(days, exception.ActualValue);
        Assert.StartsWith("The answer window is at least one day.", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_AnswerWindowOfOneDay_IsKept()
    {
        Assert.Equal(1, new ProspectingFacts(answerWindowDays: 1).AnswerWindowDays);
    }

    [Fact]
    public void Equals_SameFacts_EqualWithTheSameHash()
    {
        var left = new ProspectingFacts(true, true, true, true, true, answerWindowDays: 30);
        var right = new ProspectingFacts(true, true, true, true, true, answerWindowDays: 30);

        Assert.True(left.Equals(right));
        Assert.True(left.Equals((object)right));
        Assert.True(left == right);
        Assert.False(left != right);
        Assert.Equal(left.GetHashCode(), right.GetHashCode());
        Assert.Equal(default, new ProspectingFacts());
    }

    // Equal only when every fact is equal: each variant differs from the facts that all hold by one fact.
    [Fact]
    public void Equals_OneFactDiffers_NotEqual()
    {
        var every = new ProspectingFacts(true, true, true, true, true, answerWindowDays: 30);
        var variants = new Dictionary<string, ProspectingFacts>
        {
            ["consent"] = new(false, true, true, true, true, 30),
            ["objected"] = new(true, false, true, true, true, 30),
            ["objection offered"] = new(true, true, false, true, true, 30),
            ["used for prospecting"] = new(true, true, true, false, true, 30),
            ["analogous products"] = new(true, true, true, true, false, 30),
            ["answer window"] = new(true, true, true, true, true, 31),
            ["no answer window"] = new(true, true, true, true, true, null),
        };

        Assert.All(variants, variant =>
        {
            Assert.False(every.Equals(variant.Value), variant.Key);
            Assert.False(every.Equals((object)variant.Value), variant.Key);
            Assert.False(every == variant.Value, variant.Key);
            Assert.True(every != variant.Value, variant.Key);
        });
        Assert.False(every.Equals("consent"));
    }
}
