using FsCheck.Xunit;
using Xunit;

namespace Norme48.Cli.Tests;

public class PlaceholderTests
{
    [Fact]
    public void Answer_Always_Is42() => Assert.Equal(4, 2 + 2);

    [Property]
    public bool Add_Commutes(int a, int b) => a + b == b + a;
}
