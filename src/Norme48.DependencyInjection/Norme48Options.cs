using System;
using System.Linq;
using NodaTime;
using Norme48.Decisions;
using Norme48.Evaluation;
using Norme48.Retention;
using Norme48.Vocabulary;

namespace Norme48.DependencyInjection;

/// <summary>
/// How <c>AddNorme48</c> builds the services it registers: the edition decisions are made under, whether the CNIL's
/// recommendations decide, the controller's sector and the clock.
/// </summary>
/// <remarks>
/// <para>
/// Unlike the library's domain values, this class is mutable, as options classes are by the Microsoft.Extensions
/// convention: it is filled in by the <see cref="Action{T}"/> given to <c>AddNorme48</c>. That call validates it at once
/// and registers a read-only copy (<see cref="IsReadOnly"/>), so changing the instance the action received, or the one
/// resolved from the container, cannot change the services afterwards.
/// </para>
/// <para>
/// This package does not depend on Microsoft.Extensions.Options: the options are a plain singleton, not
/// <c>IOptions&lt;Norme48Options&gt;</c>, because the services they configure are built once and never reloaded.
/// </para>
/// </remarks>
public sealed class Norme48Options
{
    private Edition edition = Edition.Ns2005;
    private RecommendationMode recommendations = RecommendationMode.Enforce;
    private Sector? sector;
    private IClock? clock;

    /// <summary>
    /// Gets or sets the edition of the norm the registered <see cref="Norme48Evaluator"/> decides under;
    /// <see cref="Edition.Ns2005"/> by default.
    /// </summary>
    /// <exception cref="InvalidOperationException">The value is set on a read-only instance.</exception>
    public Edition Edition
    {
        get => edition;
        set => edition = Set(value);
    }

    /// <summary>
    /// Gets or sets whether the CNIL's recommendations decide (<see cref="RecommendationMode.Enforce"/>, the default) or
    /// are only reported as advisories (<see cref="RecommendationMode.Advise"/>).
    /// </summary>
    /// <exception cref="InvalidOperationException">The value is set on a read-only instance.</exception>
    public RecommendationMode Recommendations
    {
        get => recommendations;
        set => recommendations = Set(value);
    }

    /// <summary>
    /// Gets or sets the controller's sector, which the registered <see cref="PurgePlanner"/> plans for;
    /// <see langword="null"/> (the default) stands for <see cref="Vocabulary.Sector.General"/>.
    /// </summary>
    /// <exception cref="InvalidOperationException">The value is set on a read-only instance.</exception>
    public Sector? Sector
    {
        get => sector;
        set => sector = Set(value);
    }

    /// <summary>
    /// Gets or sets the clock registered as <see cref="IClock"/>; <see langword="null"/> (the default) registers
    /// <see cref="SystemClock.Instance"/>. Tests set a <c>NodaTime.Testing.FakeClock</c> here.
    /// </summary>
    /// <exception cref="InvalidOperationException">The value is set on a read-only instance.</exception>
    public IClock? Clock
    {
        get => clock;
        set => clock = Set(value);
    }

    /// <summary>
    /// Gets a value indicating whether the options can no longer change: <see langword="true"/> for the copy that
    /// <c>AddNorme48</c> registers, <see langword="false"/> for an instance being configured.
    /// </summary>
    public bool IsReadOnly { get; private set; }

    /// <summary>
    /// Checks the options and returns a read-only copy of them, as <c>AddNorme48</c> registers it.
    /// </summary>
    /// <param name="paramName">The argument the options came from, named by the exceptions.</param>
    /// <returns>A read-only copy.</returns>
    /// <exception cref="ArgumentException"><see cref="Edition"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><see cref="Recommendations"/> is not a defined <see cref="RecommendationMode"/>.</exception>
    internal Norme48Options ToValidatedCopy(string paramName)
    {
        if (edition is null)
        {
            throw new ArgumentException(
                $"{nameof(Norme48Options)}.{nameof(Edition)} is null: set it to an edition such as Edition.Ns2005, or leave it at its default.",
                paramName);
        }

        if (recommendations is not (RecommendationMode.Enforce or RecommendationMode.Advise))
        {
            throw new ArgumentOutOfRangeException(
                paramName,
                recommendations,
                $"{nameof(Norme48Options)}.{nameof(Recommendations)} is {(int)recommendations}, not a defined {nameof(RecommendationMode)}; "
                + $"choose {nameof(RecommendationMode.Enforce)} or {nameof(RecommendationMode.Advise)}.");
        }

        return new Norme48Options
        {
            edition = edition,
            recommendations = recommendations,
            sector = sector,
            clock = clock,
            IsReadOnly = true,
        };
    }

    private T Set<T>(T value) => IsReadOnly
        ? throw new InvalidOperationException(
            $"These {nameof(Norme48Options)} were registered by AddNorme48 and are read-only: configure them in the action given to AddNorme48.")
        : value;
}
