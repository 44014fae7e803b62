using System;
using NodaTime.Testing;
using Norme48.Decisions;
using Norme48.Vocabulary;
using Xunit;

namespace Norme48.DependencyInjection.Tests;

public sealed class Norme48OptionsTests
{
    [Fact]
    public void Constructor_Always_HoldsTheDefaults()
    {
        var options = new Norme48Options();

        Assert.Same(Edition.Ns2005, options.Edition);
        Assert.Equal(RecommendationMode.Enforce, options.Recommendations);
        Assert.Null(options.Sector);
        Assert.Null(options.Clock);
        Assert.False(options.IsReadOnly);
    }

    [Fact]
    public void Setters_BeforeRegistration_ChangeTheOptions()
    {
        var clock = new FakeClock(NodaTime.Instant.FromUtc(2026, 1, 1, 0, 0));

        var options = new Norme48Options
        {
            Recommendations = RecommendationMode.Advise,
            Sector = Sector.Banking,
            Clock = clock,
        };

        Assert.Equal(RecommendationMode.Advise, options.Recommendations);
        Assert.Same(Sector.Banking, options.Sector);
        Assert.Same(clock, options.Clock);
    }
}
