using System;
using NodaTime;

namespace Norme48.EntityFrameworkCore.Retention;

/// <summary>
/// The names and the unit of the columns that <see cref="EntityTypeBuilderExtensions.HasNorme48Retention{TEntity}"/>
/// adds to an entity as shadow properties.
/// </summary>
/// <remarks>
/// Instants are stored as <c>long</c> counts of <b>ticks (100 ns) since the Unix epoch</b>, 1970-01-01T00:00:00Z
/// (NodaTime's <see cref="Instant.ToUnixTimeTicks"/>): a type every provider stores and indexes, compared exactly. A
/// due instant is rounded up to the next tick and <c>now</c> down, so that a row is never due early; instants read
/// from <see cref="DateTime"/> or <see cref="DateTimeOffset"/> columns have tick precision, and the comparison is
/// then exact.
/// </remarks>
public static class RetentionColumns
{
    /// <summary>The column of the instant from which the row is to be archived (<c>long?</c>, ticks since the Unix epoch).</summary>
    public const string ArchiveFrom = "Ns48ArchiveFrom";

    /// <summary>The column of the instant from which the prospect is to be asked before purging (<c>long?</c>, ticks since the Unix epoch).</summary>
    public const string AskFrom = "Ns48AskFrom";

    /// <summary>The column of the instant from which the row is to be purged (<c>long?</c>, ticks since the Unix epoch).</summary>
    public const string PurgeFrom = "Ns48PurgeFrom";

    /// <summary>The column of the rule that makes the row's purge due (<c>int?</c>, a <see cref="Norme48.Rules.RuleId"/> value).</summary>
    public const string PurgeRule = "Ns48PurgeRule";

    /// <summary>The column of the edition id the row's schedule was computed under (<c>string</c>, such as <c>ns48-2005</c>).</summary>
    public const string Edition = "Ns48Edition";

    /// <summary>Converts a due instant to its column value, rounded up to the next tick.</summary>
    /// <param name="instant">The instant.</param>
    /// <returns>Ticks since the Unix epoch, or <see langword="null"/>.</returns>
    public static long? ToColumn(Instant? instant)
    {
        if (instant is not { } value)
        {
            return null;
        }

        var ticks = value.ToUnixTimeTicks();
        return Instant.FromUnixTimeTicks(ticks) < value ? ticks + 1 : ticks;
    }

    /// <summary>Converts a column value back to the instant it stores.</summary>
    /// <param name="ticks">Ticks since the Unix epoch, or <see langword="null"/>.</param>
    /// <returns>The instant, or <see langword="null"/>.</returns>
    public static Instant? FromColumn(long? ticks) => ticks is { } value ? Instant.FromUnixTimeTicks(value) : null;

    /// <summary>Converts <c>now</c> to the value the predicates compare with, rounded down to the tick.</summary>
    internal static long NowValue(Instant now) => now.ToUnixTimeTicks();
}
