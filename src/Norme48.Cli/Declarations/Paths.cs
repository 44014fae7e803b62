using System.Globalization;

namespace Norme48.Cli.Declarations;

/// <summary>JSON paths as the declaration reader writes them (<c>$.fields[2].purposes[0]</c>).</summary>
internal static class Paths
{
    public static string Index(string parent, int index) => parent + "[" + index.ToString(CultureInfo.InvariantCulture) + "]";
}
