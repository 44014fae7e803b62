using System.Collections.Generic;
using Xunit;

namespace Norme48.Cli.Tests.Evaluate;

/// <summary>Theory data from tables of string tuples.</summary>
internal static class Rows
{
    public static TheoryData<string, string> Of(IEnumerable<(string, string)> rows)
    {
        var data = new TheoryData<string, string>();
        foreach ((string first, string second) in rows)
        {
            data.Add(first, second);
        }

        return data;
    }

    public static TheoryData<string, string, string> Of(IEnumerable<(string, string, string)> rows)
    {
        var data = new TheoryData<string, string, string>();
        foreach ((string first, string second, string third) in rows)
        {
            data.Add(first, second, third);
        }

        return data;
    }

    public static TheoryData<string, string, string, string> Of(IEnumerable<(string, string, string, string)> rows)
    {
        var data = new TheoryData<string, string, string, string>();
        foreach ((string first, string second, string third, string fourth) in rows)
        {
            data.Add(first, second, third, fourth);
        }

        return data;
    }

    public static TheoryData<string, string, string, string, string> Of(IEnumerable<(string, string, string, string, string)> rows)
    {
        var data = new TheoryData<string, string, string, string, string>();
        foreach ((string first, string second, string third, string fourth, string fifth) in rows)
        {
            data.Add(first, second, third, fourth, fifth);
        }

        return data;
    }
}
