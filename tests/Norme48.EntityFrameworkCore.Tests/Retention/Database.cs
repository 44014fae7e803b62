using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Norme48.EntityFrameworkCore.Retention;
using Npgsql;
using Xunit;

namespace Norme48.EntityFrameworkCore.Tests.Retention;

/// <summary>The database engines the EF Core tests run on.</summary>
public enum Provider
{
    /// <summary>An in-memory SQLite database: runs everywhere.</summary>
    Sqlite,

    /// <summary>A PostgreSQL server whose Npgsql connection string is in <see cref="PostgresDatabase.Variable"/>.</summary>
    Postgres,
}

/// <summary>
/// A test database of one engine that lives as long as this object, with a context on it. A SQLite database lives in
/// memory, on its own connection; a PostgreSQL one is the schema <c>public</c> of its test class's
/// <see cref="PostgresDatabase"/>, dropped and created again for each test, so that keys start at 1.
/// </summary>
internal sealed class Database<TContext> : IDisposable
    where TContext : CrmContext
{
    private readonly Func<DbContextOptions, TContext> create;

    private readonly DbContextOptions options;

    private readonly SqliteConnection? sqlite;

    public Database(Func<DbContextOptions, TContext> create, PostgresDatabase? postgres)
    {
        this.create = create;
        if (postgres is null)
        {
            Provider = Provider.Sqlite;
            sqlite = new SqliteConnection("Data Source=:memory:");
            sqlite.Open();
            options = new DbContextOptionsBuilder().UseSqlite(sqlite).UseNorme48Retention().Options;
        }
        else
        {
            Provider = Provider.Postgres;
            ConnectionString = postgres.ConnectionString;
            postgres.Execute("DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public;");
            options = new DbContextOptionsBuilder().UseNpgsql(ConnectionString).UseNorme48Retention().Options;
        }

        Context = create(options);
        Context.Database.EnsureCreated();
    }

    public Provider Provider { get; }

    /// <summary>The PostgreSQL database's connection string; null on SQLite.</summary>
    public string? ConnectionString { get; }

    public TContext Context { get; }

    /// <summary>A new context on the same database, with nothing tracked.</summary>
    public TContext Fresh() => create(options);

    /// <summary>The lines of SQLite's EXPLAIN QUERY PLAN for a query that <c>ToQueryString</c> printed.</summary>
    public IReadOnlyList<string> QueryPlan(string queryString)
    {
        if (sqlite is null)
        {
            throw new InvalidOperationException("QueryPlan is SQLite's EXPLAIN QUERY PLAN; use PostgresPlan on PostgreSQL.");
        }

        using var command = sqlite.CreateCommand();
        var sql = new List<string>();
        foreach (var line in queryString.Split('\n'))
        {
            var parameter = Regex.Match(line, @"^\.param set (\S+) (.*)$");
            if (parameter.Success)
            {
                command.Parameters.AddWithValue(parameter.Groups[1].Value, long.Parse(parameter.Groups[2].Value.Trim(), CultureInfo.InvariantCulture));
            }
            else
            {
                sql.Add(line);
            }
        }

        command.CommandText = "EXPLAIN QUERY PLAN " + string.Join('\n', sql);
        using var reader = command.ExecuteReader();
        var plan = new List<string>();
        while (reader.Read())
        {
            plan.Add(reader.GetString(reader.GetOrdinal("detail")));
        }

        return plan;
    }

    /// <summary>
    /// The lines of PostgreSQL's EXPLAIN for a query that <c>ToQueryString</c> printed (its parameters listed in
    /// <c>-- @name='value'</c> comment lines), with every parameter bound to <paramref name="ticks"/>.
    /// </summary>
    public IReadOnlyList<string> PostgresPlan(string queryString, long ticks)
    {
        using var connection = new NpgsqlConnection(ConnectionString ?? throw new InvalidOperationException("PostgresPlan needs a PostgreSQL database."));
        connection.Open();
        using var command = connection.CreateCommand();
        var sql = new List<string>();
        foreach (var line in queryString.Split('\n'))
        {
            var parameter = Regex.Match(line, @"^-- @(\w+)=");
            if (parameter.Success)
            {
                command.Parameters.AddWithValue(parameter.Groups[1].Value, ticks);
            }
            else
            {
                sql.Add(line);
            }
        }

        command.CommandText = "EXPLAIN " + string.Join('\n', sql);
        using var reader = command.ExecuteReader();
        var plan = new List<string>();
        while (reader.Read())
        {
            plan.Add(reader.GetString(0));
        }

        return plan;
    }

    public void Dispose()
    {
        Context.Dispose();
        sqlite?.Dispose();
    }
}

/// <summary>Opens the test databases of one engine: SQLite when <c>postgres</c> is null, else PostgreSQL.</summary>
internal sealed class Databases(PostgresDatabase? postgres)
{
    public static readonly Databases Sqlite = new(null);

    public Provider Provider => postgres is null ? Provider.Sqlite : Provider.Postgres;

    public Database<CrmContext> Ns2005() => new(o => new CrmContext(o), postgres);

    public Database<Crm2016Context> Ns2016() => new(o => new Crm2016Context(o), postgres);

    public Database<AnonymisingCrmContext> Anonymising() => new(o => new AnonymisingCrmContext(o), postgres);

    public Database<LeadCrmContext> WithLeads() => new(o => new LeadCrmContext(o), postgres);
}

internal static class Database
{
    public static Database<CrmContext> Ns2005() => Databases.Sqlite.Ns2005();

    public static Database<Crm2016Context> Ns2016() => Databases.Sqlite.Ns2016();

    public static Database<AnonymisingCrmContext> Anonymising() => Databases.Sqlite.Anonymising();

    public static long? Column(this DbContext context, Contact contact, string column) =>
        (long?)context.Entry(contact).Property(column).CurrentValue;

    public static int[] Ids(this IQueryable<Contact> query) => [.. query.Select(c => c.Id).OrderBy(id => id)];
}

/// <summary>
/// A PostgreSQL database of its own for one test class (an xunit class fixture), so that test classes can run in
/// parallel: created on first use, with a unique name, through the server named by <see cref="Variable"/>, and dropped
/// when the class has run. Without the variable, its first use skips the test that asked for it.
/// </summary>
public sealed class PostgresDatabase : IDisposable
{
    /// <summary>The environment variable that holds the Npgsql connection string of a database on the test server.</summary>
    public const string Variable = "NORME48_POSTGRES";

    private readonly object gate = new();

    private string? admin;

    private string? connectionString;

    /// <summary>The server's connection string, or null when <see cref="Variable"/> is absent or empty.</summary>
    public static string? ServerConnectionString =>
        Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value ? value : null;

    /// <summary>Skips the current test, saying why, when no PostgreSQL server is configured.</summary>
    public static void SkipUnlessConfigured()
    {
        if (ServerConnectionString is null)
        {
            Assert.Skip($"PostgreSQL test: set {Variable} to an Npgsql connection string to run it (bash scripts/postgres.sh start DIR prints one; .ci/run sets it).");
        }
    }

    /// <summary>The connection string of this class's database, created on first use; skips the test without a server.</summary>
    public string ConnectionString
    {
        get
        {
            SkipUnlessConfigured();
            lock (gate)
            {
                if (connectionString is null)
                {
                    var server = new NpgsqlConnectionStringBuilder(ServerConnectionString);
                    var name = "norme48_t_" + Guid.NewGuid().ToString("N");
                    admin = server.ConnectionString;
                    Run(admin, $"CREATE DATABASE \"{name}\"");
                    connectionString = new NpgsqlConnectionStringBuilder(admin) { Database = name }.ConnectionString;
                }

                return connectionString;
            }
        }
    }

    /// <summary>Runs a SQL statement on this class's database.</summary>
    public void Execute(string sql) => Run(ConnectionString, sql);

    public void Dispose()
    {
        lock (gate)
        {
            if (connectionString is null || admin is null)
            {
                return;
            }

            using (var connection = new NpgsqlConnection(connectionString))
            {
                NpgsqlConnection.ClearPool(connection);
            }

            var name = new NpgsqlConnectionStringBuilder(connectionString).Database;
            Run(admin, $"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");
            connectionString = null;
        }
    }

    private static void Run(string connectionString, string sql)
    {
        using var connection = new NpgsqlConnection(connectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
