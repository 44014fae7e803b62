using System;
using System.Collections.Concurrent;

namespace Norme48.EntityFrameworkCore.Retention;

/// <summary>
/// The archive flag of each entity CLR type, for <see cref="Norme48Retention.DueForArchive{TEntity}"/>, which builds
/// its filter without a model at hand. The flag is a property of the entity class, so it is the same in every model.
/// </summary>
internal static class ArchiveFlags
{
    private static readonly ConcurrentDictionary<Type, string> Flags = new();

    public static void Register(Type entityType, string property)
    {
        var registered = Flags.GetOrAdd(entityType, property);
        if (registered != property)
        {
            throw new InvalidOperationException(
                $"{entityType.Name} is mapped with the archive flag {registered} in one model and {property} in another: an entity class has one archive flag.");
        }
    }

    public static string? Find(Type entityType) => Flags.TryGetValue(entityType, out var flag) ? flag : null;
}
