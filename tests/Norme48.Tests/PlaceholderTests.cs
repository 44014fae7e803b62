using FsCheck.Xunit;
using Xunit;

namespace Norme48.Tests;

public class PlaceholderTests
{
    [Fact]
    public void Answer_Always_Is42() => Assert.Equal(42, Placeholder.Answer());

    [Property]
    public bool Add_Commutes(int a, int b) => a + b == b + a;
}
