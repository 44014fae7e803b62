using System;
using System.Linq;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using NodaTime.Testing;
using Norme48.Decisions;
using Norme48.Declarations;
using Norme48.Evaluation;
using Norme48.Retention;
using Norme48.Rules;
using Norme48.Vocabulary;
using Xunit;

namespace Norme48.DependencyInjection.Tests;

public sealed class Norme48ServiceCollectionExtensionsTests
{
    private static readonly Instant Now = Instant.FromUtc(2026, 11, 28, 9, 0);

    // Collected fourteen months before Now, never heard from since: past NS48-RET-PROSPECT-1Y, a recommendation.
    private static readonly Subject StaleProspect = new(SubjectStatus.Prospect, collectedAt: Instant.FromUtc(2025, 9, 28, 9, 0));

    [Fact]
    public void AddNorme48_NoOptions_ResolvesNs2005EnforcingWithTheSystemClock()
    {
        using var provider = new ServiceCollection().AddNorme48().BuildServiceProvider(Validating);

        var evaluator = provider.GetRequiredService<Norme48Evaluator>();
        var options = provider.GetRequiredService<Norme48Options>();

        Assert.Same(Edition.Ns2005, evaluator.Edition);
        Assert.Equal("ns48-2005", evaluator.Edition.Id);
        Assert.Equal(RecommendationMode.Enforce, evaluator.Recommendations);
        Assert.Same(SystemClock.Instance, provider.GetRequiredService<IClock>());
        Assert.Null(options.Sector);
        Assert.Null(options.Clock);
        Assert.NotNull(provider.GetRequiredService<PurgePlanner>());
        Assert.Same(evaluator.Edition, provider.GetRequiredService<ConformityEvaluator>().Edition);
    }

    [Fact]
    public void AddNorme48_Configure_UsesTheEditionModeAndClockItSets()
    {
        var clock = new FakeClock(Now);

        using var provider = new ServiceCollection()
            .AddNorme48(o =>
            {
                o.Edition = Edition.Ns2005;
                o.Recommendations = RecommendationMode.Advise;
                o.Clock = clock;
            })
            .BuildServiceProvider(Validating);

        var evaluator = provider.GetRequiredService<Norme48Evaluator>();
        Assert.Same(Edition.Ns2005, evaluator.Edition);
        Assert.Equal(RecommendationMode.Advise, evaluator.Recommendations);
        Assert.Same(clock, provider.GetRequiredService<IClock>());
        Assert.Same(clock, provider.GetRequiredService<Norme48Options>().Clock);
    }

    [Theory]
    [InlineData(RecommendationMode.Enforce, RetentionVerdict.Purge, RuleId.RetentionProspectOneYear, 0)]
    [InlineData(RecommendationMode.Advise, RetentionVerdict.Keep, RuleId.RetentionProspectNecessary, 1)]
    public void AddNorme48_Recommendations_DecideRetentionAtTheRegisteredClock(
        RecommendationMode mode, RetentionVerdict verdict, RuleId rule, int advisories)
    {
        using var provider = new ServiceCollection()
            .AddNorme48(o =>
            {
                o.Recommendations = mode;
                o.Clock = new FakeClock(Now);
            })
            .BuildServiceProvider(Validating);
        var evaluator = provider.GetRequiredService<Norme48Evaluator>();
        var clock = provider.GetRequiredService<IClock>();

        var decision = evaluator.DecideRetention(DataField.EmailAddress, StaleProspect, clock);

        Assert.Equal(verdict, decision.Verdict);
        Assert.Equal([rule], decision.Rules);
        Assert.Equal(advisories, decision.Advisories.Count);
    }

    [Fact]
    public void AddNorme48_Sector_IsTheOnePurgePlannerPlansFor()
    {
        using var provider = new ServiceCollection().AddNorme48(o => o.Sector = Sector.Health).BuildServiceProvider(Validating);
        var planner = provider.GetRequiredService<PurgePlanner>();
        var summary = new PurgePlanSummary();
        var candidates = new[] { new PurgeCandidate<int>(1, StaleProspect, [new RetentionField(DataField.EmailAddress)]) };

        var items = planner.Plan(candidates, Now, summary).ToList();

        Assert.Empty(items);
        Assert.Equal(1, summary.Count(RetentionVerdict.OutOfScope));
    }

    [Fact]
    public void AddNorme48_NoSector_PurgePlannerPlansForTheGeneralSector()
    {
        using var provider = new ServiceCollection().AddNorme48().BuildServiceProvider(Validating);
        var planner = provider.GetRequiredService<PurgePlanner>();
        var summary = new PurgePlanSummary();
        var candidates = new[] { new PurgeCandidate<int>(1, StaleProspect, [new RetentionField(DataField.EmailAddress)]) };

        var items = planner.Plan(candidates, Now, summary).ToList();

        var item = Assert.Single(items);
        Assert.Equal(RetentionVerdict.Purge, item.Action);
        Assert.Equal(0, summary.Count(RetentionVerdict.OutOfScope));
    }

    [Fact]
    public void AddNorme48_ClockRegisteredBefore_KeepsTheApplicationsClock()
    {
        var applicationClock = new FakeClock(Now);
        var services = new ServiceCollection();
        services.AddSingleton<IClock>(applicationClock);

        services.AddNorme48(o => o.Clock = new FakeClock(Now.PlusTicks(1)));
        using var provider = services.BuildServiceProvider(Validating);

        Assert.Same(applicationClock, provider.GetRequiredService<IClock>());
        Assert.Single(services, d => d.ServiceType == typeof(IClock));
    }

    [Fact]
    public void AddNorme48_EvaluatorRegisteredBefore_KeepsItAndPlansPurgesWithIt()
    {
        var applicationEvaluator = new Norme48Evaluator(Edition.Ns2005, RecommendationMode.Advise);
        var services = new ServiceCollection();
        services.AddSingleton(applicationEvaluator);

        services.AddNorme48(o => o.Recommendations = RecommendationMode.Enforce);
        using var provider = services.BuildServiceProvider(Validating);
        var summary = new PurgePlanSummary();
        var candidates = new[] { new PurgeCandidate<int>(1, StaleProspect, [new RetentionField(DataField.EmailAddress)]) };
        var items = provider.GetRequiredService<PurgePlanner>().Plan(candidates, Now, summary).ToList();

        Assert.Same(applicationEvaluator, provider.GetRequiredService<Norme48Evaluator>());
        Assert.Single(services, d => d.ServiceType == typeof(Norme48Evaluator));

        // The application's evaluator advises: the planner built on it keeps the stale prospect.
        Assert.Empty(items);
        Assert.Equal(1, summary.Count(RetentionVerdict.Keep));
    }

    [Fact]
    public void AddNorme48_LaterEdition_RegistersAnEvaluatorOfThatEditionAndItsPlanner()
    {
        using var provider = new ServiceCollection().AddNorme48(o => o.Edition = Edition.Ref2021).BuildServiceProvider(Validating);

        var evaluator = provider.GetRequiredService<Norme48Evaluator>();

        Assert.Same(Edition.Ref2021, evaluator.Edition);
        Assert.True(evaluator.Rulebook.Contains(Norme48.Rules.RuleId.RetentionAccountInactiveTwoYears));
        Assert.Same(Edition.Ref2021, provider.GetRequiredService<Norme48Options>().Edition);
    }

    [Fact]
    public void AddNorme48_NullEdition_ThrowsAtRegistrationNamingTheOption()
    {
        var services = new ServiceCollection();

        var exception = Assert.Throws<ArgumentException>(() => services.AddNorme48(o => o.Edition = null!));

        Assert.Equal("configure", exception.ParamName);
        Assert.Contains("Norme48Options.Edition", exception.Message, StringComparison.Ordinal);
        Assert.Empty(services);
    }

    [Fact]
    public void AddNorme48_UndefinedRecommendationMode_ThrowsAtRegistrationNamingTheOption()
    {
        var services = new ServiceCollection();

        var exception = Assert.Throws<ArgumentOutOfRangeException>(() => services.AddNorme48(o => o.Recommendations = (RecommendationMode)99));

        Assert.Equal("configure", exception.ParamName);
        Assert.Equal((RecommendationMode)99, exception.ActualValue);
        Assert.Contains("Norme48Options.Recommendations", exception.Message, StringComparison.Ordinal);
        Assert.Empty(services);
    }

    [Fact]
    public void AddNorme48_ZeroRecommendationMode_ThrowsAtRegistration()
    {
        var services = new ServiceCollection();

        Assert.Throws<ArgumentOutOfRangeException>(() => services.AddNorme48(o => o.Recommendations = default));
    }

    [Fact]
    public void AddNorme48_NullServices_ThrowsArgumentNullException()
    {
        IServiceCollection services = null!;

        Assert.Equal("services", Assert.Throws<ArgumentNullException>(() => services.AddNorme48()).ParamName);
        Assert.Equal("services", Assert.Throws<ArgumentNullException>(() => services.AddNorme48(_ => { })).ParamName);
    }

    [Fact]
    public void AddNorme48_NullConfigure_ThrowsArgumentNullException()
    {
        var services = new ServiceCollection();

        var exception = Assert.Throws<ArgumentNullException>(() => services.AddNorme48(null!));

        Assert.Equal("configure", exception.ParamName);
    }

    [Fact]
    public void AddNorme48_CalledTwice_RegistersEachServiceOnceAndKeepsTheFirstOptions()
    {
        var services = new ServiceCollection();

        services.AddNorme48(o => o.Recommendations = RecommendationMode.Advise);
        var countAfterFirst = services.Count;
        services.AddNorme48(o => o.Recommendations = RecommendationMode.Enforce);
        using var provider = services.BuildServiceProvider(Validating);

        Assert.Equal(5, countAfterFirst);
        Assert.Equal(countAfterFirst, services.Count);
        foreach (var type in new[] { typeof(Norme48Options), typeof(IClock), typeof(Norme48Evaluator), typeof(PurgePlanner), typeof(ConformityEvaluator) })
        {
            Assert.Single(services, d => d.ServiceType == type && d.Lifetime == ServiceLifetime.Singleton);
        }

        Assert.Equal(RecommendationMode.Advise, provider.GetRequiredService<Norme48Evaluator>().Recommendations);
    }

    [Fact]
    public void AddNorme48_CalledTwiceWithInvalidOptions_StillThrows()
    {
        var services = new ServiceCollection().AddNorme48();

        Assert.Throws<ArgumentException>(() => services.AddNorme48(o => o.Edition = null!));
    }

    [Fact]
    public void GetService_ResolvedTwiceAndFromScopes_ReturnsTheSameInstances()
    {
        using var provider = new ServiceCollection().AddNorme48().BuildServiceProvider(Validating);
        using var scope = provider.CreateScope();

        Assert.Same(provider.GetRequiredService<Norme48Evaluator>(), provider.GetRequiredService<Norme48Evaluator>());
        Assert.Same(provider.GetRequiredService<Norme48Evaluator>(), scope.ServiceProvider.GetRequiredService<Norme48Evaluator>());
        Assert.Same(provider.GetRequiredService<PurgePlanner>(), provider.GetRequiredService<PurgePlanner>());
        Assert.Same(provider.GetRequiredService<PurgePlanner>(), scope.ServiceProvider.GetRequiredService<PurgePlanner>());
        Assert.Same(provider.GetRequiredService<Norme48Options>(), scope.ServiceProvider.GetRequiredService<Norme48Options>());
        Assert.Same(provider.GetRequiredService<IClock>(), scope.ServiceProvider.GetRequiredService<IClock>());
    }

    [Fact]
    public void AddNorme48_OptionsChangedAfterRegistration_DoNotChangeTheServices()
    {
        Norme48Options? configured = null;
        var services = new ServiceCollection().AddNorme48(o => configured = o);

        configured!.Recommendations = RecommendationMode.Advise;
        configured.Clock = new FakeClock(Now);
        using var provider = services.BuildServiceProvider(Validating);

        Assert.Equal(RecommendationMode.Enforce, provider.GetRequiredService<Norme48Evaluator>().Recommendations);
        Assert.Same(SystemClock.Instance, provider.GetRequiredService<IClock>());
        Assert.NotSame(configured, provider.GetRequiredService<Norme48Options>());
    }

    [Fact]
    public void GetService_Norme48Options_IsReadOnly()
    {
        using var provider = new ServiceCollection().AddNorme48().BuildServiceProvider(Validating);
        var options = provider.GetRequiredService<Norme48Options>();

        var exception = Assert.Throws<InvalidOperationException>(() => options.Recommendations = RecommendationMode.Advise);

        Assert.True(options.IsReadOnly);
        Assert.Contains("AddNorme48", exception.Message, StringComparison.Ordinal);
        Assert.Equal(RecommendationMode.Enforce, options.Recommendations);
    }

    private static ServiceProviderOptions Validating => new() { ValidateOnBuild = true, ValidateScopes = true };
}
