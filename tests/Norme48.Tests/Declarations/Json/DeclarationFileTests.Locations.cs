using System;
using Norme48.Declarations.Json;
using Xunit;

namespace Norme48.Tests.Declarations.Json;

public sealed partial class DeclarationFileTests
{
    [Fact]
    public void TryGetLocation_ItemOfAnArray_GivesWhereItsValueStarts()
    {
        var json = Minimal.Replace(RootPurposes, "\"purposes\": [\"orders\",\n    \"invoices\"],", StringComparison.Ordinal);
        var result = DeclarationFile.Parse(json, "shop.json");

        var found = result.TryGetLocation("$.purposes[1]", out var line, out var column);

        Assert.True(result.Succeeded);
        Assert.True(found);
        Assert.Equal(Locate(json, "\"invoices\""), (line, column));
    }

    [Fact]
    public void TryGetLocation_AbsentProperty_IsNotFound()
    {
        var result = DeclarationFile.Parse(Minimal, "shop.json");

        var found = result.TryGetLocation("$.fileTransfer", out var line, out var column);

        Assert.False(found);
        Assert.Equal((0, 0), (line, column));
    }

    [Fact]
    public void TryGetLocation_FileWithErrors_StillLocatesWhatWasRead()
    {
        var json = Minimal.Replace("\"contact\": \"privacy@example.org\"", "\"contact\": \"privacy@example.org\", \"adress\": \"Paris\"", StringComparison.Ordinal);
        var result = DeclarationFile.Parse(json, "shop.json");

        var found = result.TryGetLocation("$.controller", out var line, out var column);

        Assert.False(result.Succeeded);
        Assert.True(found);
        Assert.Equal(Locate(json, "{ \"name\""), (line, column));
    }
}
