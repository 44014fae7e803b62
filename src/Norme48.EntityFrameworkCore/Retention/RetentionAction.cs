namespace Norme48.EntityFrameworkCore.Retention;

/// <summary>What a purge does to a row whose data are due for purge.</summary>
public enum RetentionAction
{
    /// <summary>Delete the row (the default).</summary>
    DeleteRow = 1,

    /// <summary>Keep the row and set every mapped field to <see langword="null"/> (or its type's default value).</summary>
    Anonymise = 2,
}
