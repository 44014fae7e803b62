namespace Norme48;

/// <summary>Placeholder.</summary>
public static class Placeholder
{
    /// <summary>Answer.</summary>
    /// <returns>42.</returns>
    public static int Answer() => 42;
}
