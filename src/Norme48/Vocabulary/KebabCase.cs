namespace Norme48.Vocabulary;

/// <summary>The shape of the vocabulary's ids: kebab-case, <c>^[a-z0-9]+(-[a-z0-9]+)*$</c> (ASCII).</summary>
public static class KebabCase
{
    /// <summary>Whether a text is a kebab-case id, as custom field ids and unlisted recipient ids must be.</summary>
    /// <param name="id">The text.</param>
    /// <returns><see langword="true"/> when <paramref name="id"/> matches <c>^[a-z0-9]+(-[a-z0-9]+)*$</c>.</returns>
    public static bool IsValid(string? id) => Terms.IsKebabCase(id);
}
