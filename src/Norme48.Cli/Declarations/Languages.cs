using Norme48.Rules;

namespace Norme48.Cli.Declarations;

/// <summary>The <c>--lang</c> values.</summary>
internal static class Languages
{
    public static readonly string[] Ids = ["en", "fr"];

    public static Language Parse(string? id) => id == "fr" ? Language.French : Language.English;
}
