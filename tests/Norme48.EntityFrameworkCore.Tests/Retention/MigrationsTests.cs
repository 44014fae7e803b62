using Microsoft.EntityFrameworkCore.Design;
using Microsoft.EntityFrameworkCore.Migrations.Design;
using Microsoft.EntityFrameworkCore.Sqlite.Design.Internal;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Norme48.EntityFrameworkCore.Tests.Retention;

/// <summary>A CRM that maps its contacts to NS-48 retention can still add migrations.</summary>
public sealed class MigrationsTests
{
    [Fact]
    public void ScaffoldMigration_MappedEntity_WritesTheDueColumnsIndexesAndAnnotation()
    {
        using var db = Database.Ns2005();
        var services = new ServiceCollection().AddEntityFrameworkDesignTimeServices().AddDbContextDesignTimeServices(db.Context);
#pragma warning disable EF1001 // The provider's design-time services, as dotnet ef loads them.
        new SqliteDesignTimeServices().ConfigureDesignTimeServices(services);
#pragma warning restore EF1001
        using var provider = services.BuildServiceProvider();

        var migration = provider.GetRequiredService<IMigrationsScaffolder>().ScaffoldMigration("Initial", "Crm.Migrations");

        Assert.Contains("b.Property<long?>(\"Ns48PurgeFrom\")", migration.SnapshotCode, System.StringComparison.Ordinal);
        Assert.Contains("b.HasIndex(\"Ns48PurgeFrom\")", migration.SnapshotCode, System.StringComparison.Ordinal);
        Assert.Contains("\"Norme48:Retention\", \"ns48-2005 enforce;", migration.SnapshotCode, System.StringComparison.Ordinal);
        Assert.Contains("name: \"IX_Contacts_Ns48ArchiveFrom\"", migration.MigrationCode, System.StringComparison.Ordinal);
    }
}
