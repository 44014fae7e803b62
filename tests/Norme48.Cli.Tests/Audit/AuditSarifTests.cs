using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using NJsonSchema;
using Norme48.Rules;
using Norme48.Tests;
using Norme48.Vocabulary;
using Xunit;

namespace Norme48.Cli.Tests.Audit;

/// <summary>End-to-end tests of <c>norme48 audit --format sarif</c>, validated against the official SARIF 2.1.0 schema.</summary>
public sealed class AuditSarifTests : IDisposable
{
    private const string SarifSchema = "schemas/sarif-schema-2.1.0.json";

    private readonly string folder = Directory.CreateTempSubdirectory("norme48-sarif-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public async Task Sarif_NonCompliantSample_IsValidSarif210()
    {
        var schema = await JsonSchema.FromFileAsync(SharedFiles.Require(SarifSchema), TestContext.Current.CancellationToken);

        var result = CliRunner.Command("audit", Samples.NonCompliantShop, Samples.SmallShop, "--format", "sarif");

        Assert.True(result.ExitCode == 1, result.Describe());
        Assert.Empty(schema.Validate(result.Stdout));
    }

    [Fact]
    public async Task Sarif_InvalidAndMissingFiles_AreValidSarifWithErrorNotifications()
    {
        var schema = await JsonSchema.FromFileAsync(SharedFiles.Require(SarifSchema), TestContext.Current.CancellationToken);
        File.WriteAllText(Path.Combine(folder, "bad file.json"), "{\n  \"colour\": 1\n}");

        var result = CliRunner.CommandIn(folder, "audit", "bad file.json", "missing.json", "--format", "sarif", "--lang", "fr");

        var invocation = Run(result.Stdout).GetProperty("invocations")[0];
        var notifications = invocation.GetProperty("toolExecutionNotifications");
        var first = notifications[0].GetProperty("locations")[0].GetProperty("physicalLocation");
        Assert.True(result.ExitCode == 2, result.Describe());
        Assert.Empty(schema.Validate(result.Stdout));
        Assert.False(invocation.GetProperty("executionSuccessful").GetBoolean());
        Assert.True(notifications.GetArrayLength() >= 2);
        Assert.Equal("bad%20file.json", first.GetProperty("artifactLocation").GetProperty("uri").GetString());
    }

    [Fact]
    public async Task SarifSchema_OutputWithAWrongLevel_IsRejected()
    {
        // Guards the two tests above: the validator must really read the schema, not accept anything.
        var schema = await JsonSchema.FromFileAsync(SharedFiles.Require(SarifSchema), TestContext.Current.CancellationToken);
        var sarif = CliRunner.Command("audit", Samples.NonCompliantShop, "--format", "sarif").Stdout;

        var broken = sarif.Replace("\"level\": \"warning\"", "\"level\": \"advice\"", StringComparison.Ordinal);

        Assert.NotEqual(sarif, broken);
        Assert.NotEmpty(schema.Validate(broken));
    }

    [Fact]
    public void Sarif_Driver_ListsEveryRuleOfTheRulebookWithItsStrengthAndSource()
    {
        var result = CliRunner.Command("audit", Samples.SmallShop, "--format", "sarif");

        var driver = Run(result.Stdout).GetProperty("tool").GetProperty("driver");
        var rules = driver.GetProperty("rules");
        var expected = Rulebook.For(Edition.Ns2005).Rules;
        var nir = rules.EnumerateArray().Single(r => r.GetProperty("id").GetString() == "NS48-DATA-NIR");
        Assert.True(result.ExitCode == 0, result.Describe());
        Assert.Equal("norme48", driver.GetProperty("name").GetString());
        Assert.Equal(expected.Select(r => r.Code), rules.EnumerateArray().Select(r => r.GetProperty("id").GetString()));
        Assert.Equal(expected.First(r => r.Code == "NS48-DATA-NIR").Statement.English, nir.GetProperty("shortDescription").GetProperty("text").GetString());
        Assert.Equal("mandatory", nir.GetProperty("properties").GetProperty("strength").GetString());
        Assert.Equal("NS-48 (2005), Données exclues", nir.GetProperty("properties").GetProperty("source").GetString());
        Assert.False(string.IsNullOrWhiteSpace(nir.GetProperty("help").GetProperty("text").GetString()));
        Assert.Empty(Run(result.Stdout).GetProperty("results").EnumerateArray());
    }

    [Fact]
    public void Sarif_Results_HaveTheLevelOfTheStrengthAndPointAtWhatTheyConcern()
    {
        var result = CliRunner.Command("audit", Samples.NonCompliantShop, "--format", "sarif");

        var results = Run(result.Stdout).GetProperty("results").EnumerateArray().ToArray();
        var nir = results.Single(r => r.GetProperty("ruleId").GetString() == "NS48-DATA-NIR");
        var retention = results.First(r => r.GetProperty("ruleId").GetString() == "NS48-RET-PROSPECT-1Y");
        var security = results.First(r => r.GetProperty("ruleId").GetString() == "NS48-SEC");
        var form = results.First(r => r.GetProperty("ruleId").GetString() == "NS48-PROSP-CHECKBOX");
        var recipient = results.Single(r => r.GetProperty("ruleId").GetString() == "NS48-RCPT-UNKNOWN");
        Assert.True(result.ExitCode == 1, result.Describe());
        Assert.Equal("error", nir.GetProperty("level").GetString());
        Assert.Equal("warning", retention.GetProperty("level").GetString());
        Assert.StartsWith("The NIR may never be collected.", nir.GetProperty("message").GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.EndsWith("/samples/declarations/non-compliant-shop.json", Location(nir).GetProperty("artifactLocation").GetProperty("uri").GetString(), StringComparison.Ordinal);
        Assert.Equal((12, 5), Region(nir));
        Assert.Equal((18, 5), Region(recipient));
        Assert.Equal((28, 5), Region(retention));
        Assert.Equal((35, 5), Region(form));
        Assert.Equal(48, Region(security).Line);
    }

    [Fact]
    public void Sarif_AdvisedRecommendation_StaysAWarningThatDoesNotCount()
    {
        var result = CliRunner.Command("audit", Samples.NonCompliantShop, "--format", "sarif", "--recommendations", "advise");

        var retention = Run(result.Stdout).GetProperty("results").EnumerateArray().First(r => r.GetProperty("ruleId").GetString() == "NS48-RET-PROSPECT-1Y");
        Assert.Equal("warning", retention.GetProperty("level").GetString());
        Assert.False(retention.GetProperty("properties").GetProperty("counts").GetBoolean());
    }

    private static JsonElement Run(string sarif)
    {
        using var document = JsonDocument.Parse(sarif);
        var root = document.RootElement.Clone();
        Assert.Equal("2.1.0", root.GetProperty("version").GetString());
        Assert.Equal(1, root.GetProperty("runs").GetArrayLength());
        return root.GetProperty("runs")[0];
    }

    private static JsonElement Location(JsonElement result) => result.GetProperty("locations")[0].GetProperty("physicalLocation");

    private static (int Line, int Column) Region(JsonElement result)
    {
        var region = Location(result).GetProperty("region");
        return (region.GetProperty("startLine").GetInt32(), region.GetProperty("startColumn").GetInt32());
    }
}
