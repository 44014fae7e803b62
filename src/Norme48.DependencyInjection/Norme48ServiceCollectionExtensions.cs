using System;
using Microsoft.Extensions.DependencyInjection.Extensions;
using NodaTime;
using Norme48.Declarations;
using Norme48.DependencyInjection;
using Norme48.Evaluation;
using Norme48.Retention;

// The extension methods live in the namespace of IServiceCollection, as Microsoft.Extensions packages do, so that
// they show up without a using directive.
namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the Norme48 services with an <see cref="IServiceCollection"/>.</summary>
public static class Norme48ServiceCollectionExtensions
{
    /// <summary>
    /// Registers the Norme48 services with the default options: edition <c>ns48-2005</c>, recommendations enforced,
    /// the general sector and the system clock.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <returns><paramref name="services"/>, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is <see langword="null"/>.</exception>
    /// <remarks>See <see cref="AddNorme48(IServiceCollection, Action{Norme48Options})"/> for what is registered.</remarks>
    public static IServiceCollection AddNorme48(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        return services.AddNorme48(static _ => { });
    }

    /// <summary>Registers the Norme48 services with options set by <paramref name="configure"/>.</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Sets the options; it runs once, during this call.</param>
    /// <returns><paramref name="services"/>, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> or <paramref name="configure"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">
    /// <paramref name="configure"/> set <see cref="Norme48Options.Edition"/> to <see langword="null"/>.
    /// </exception>
    /// <exception cref="ArgumentOutOfRangeException">
    /// <paramref name="configure"/> set <see cref="Norme48Options.Recommendations"/> to a value that is not a defined
    /// <see cref="Norme48.Decisions.RecommendationMode"/>.
    /// </exception>
    /// <remarks>
    /// <para>
    /// The options are validated here, at registration, so that a misconfiguration stops the application at startup
    /// rather than at the first decision. Each service is then added with <c>TryAdd</c>, as a singleton, so a
    /// registration the application made before this call wins:
    /// </para>
    /// <list type="bullet">
    /// <item><see cref="Norme48Options"/>: a read-only copy of the options;</item>
    /// <item><see cref="IClock"/>: <see cref="Norme48Options.Clock"/>, or <see cref="SystemClock.Instance"/> when it is
    /// <see langword="null"/> (this package is a composition root: the core never reads the clock itself);</item>
    /// <item><see cref="Norme48Evaluator"/>: built from the registered <see cref="Norme48Options"/>' edition and
    /// recommendation mode (it is stateless and thread-safe, hence a singleton);</item>
    /// <item><see cref="PurgePlanner"/>: built from the registered <see cref="Norme48Evaluator"/> and the options'
    /// <see cref="Norme48Options.Sector"/>;</item>
    /// <item><see cref="ConformityEvaluator"/>: built from the registered <see cref="Norme48Evaluator"/>.</item>
    /// </list>
    /// <para>
    /// Calling this method again registers nothing more: the first call's options stay in force (the later options
    /// are still validated).
    /// </para>
    /// </remarks>
    public static IServiceCollection AddNorme48(this IServiceCollection services, Action<Norme48Options> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);

        var options = new Norme48Options();
        configure(options);
        return Register(services, options.ToValidatedCopy(nameof(configure)));
    }

    private static IServiceCollection Register(IServiceCollection services, Norme48Options options)
    {
        services.TryAddSingleton<Norme48Options>(options);
        services.TryAddSingleton<IClock>(options.Clock ?? SystemClock.Instance);
        services.TryAddSingleton<Norme48Evaluator>(static provider =>
        {
            var registered = provider.GetRequiredService<Norme48Options>();
            return new Norme48Evaluator(registered.Edition, registered.Recommendations);
        });
        services.TryAddSingleton<PurgePlanner>(static provider =>
            new PurgePlanner(provider.GetRequiredService<Norme48Evaluator>(), provider.GetRequiredService<Norme48Options>().Sector));
        services.TryAddSingleton<ConformityEvaluator>(static provider => new ConformityEvaluator(provider.GetRequiredService<Norme48Evaluator>()));
        return services;
    }
}
