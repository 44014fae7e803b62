using System;
using Microsoft.EntityFrameworkCore;

namespace Norme48.EntityFrameworkCore.Retention;

/// <summary>Registers NS-48 retention on a context's options.</summary>
public static class DbContextOptionsBuilderExtensions
{
    /// <summary>
    /// Adds <see cref="Norme48RetentionInterceptor"/>, which writes the due columns of the entities mapped with
    /// <see cref="EntityTypeBuilderExtensions.HasNorme48Retention{TEntity}"/> on every <c>SaveChanges</c>.
    /// </summary>
    /// <param name="optionsBuilder">The context's options.</param>
    /// <returns>The options builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="optionsBuilder"/> is <see langword="null"/>.</exception>
    public static DbContextOptionsBuilder UseNorme48Retention(this DbContextOptionsBuilder optionsBuilder)
    {
        ArgumentNullException.ThrowIfNull(optionsBuilder);
        return optionsBuilder.AddInterceptors(Norme48RetentionInterceptor.Instance);
    }
}
