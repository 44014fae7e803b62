using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Norme48.EntityFrameworkCore.Tests.Retention;

/// <summary>An in-memory SQLite database that lives as long as its connection, with a context on it.</summary>
internal sealed class Database<TContext> : IDisposable
    where TContext : CrmContext
{
    private readonly Func<DbContextOptions, TContext> create;

    public Database(Func<DbContextOptions, TContext> create)
    {
        this.create = create;
        Connection = new SqliteConnection("Data Source=:memory:");
        Connection.Open();
        Context = CrmContext.Create(Connection, create);
    }

    public SqliteConnection Connection { get; }

    public TContext Context { get; }

    /// <summary>A new context on the same database, with nothing tracked.</summary>
    public TContext Fresh() => CrmContext.Create(Connection, create);

    /// <summary>The lines of SQLite's EXPLAIN QUERY PLAN for a query that <c>ToQueryString</c> printed.</summary>
    public IReadOnlyList<string> QueryPlan(string queryString)
    {
        using var command = Connection.CreateCommand();
        var sql = new List<string>();
        foreach (var line in queryString.Split('\n'))
        {
            var parameter = Regex.Match(line, @"^\.param set (\S+) (.*)$");
            if (parameter.Success)
            {
                command.Parameters.AddWithValue(parameter.Groups[1].Value, long.Parse(parameter.Groups[2].Value.Trim(), System.Globalization.CultureInfo.InvariantCulture));
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

    public void Dispose()
    {
        Context.Dispose();
        Connection.Dispose();
    }
}

internal static class Database
{
    public static Database<CrmContext> Ns2005() => new(o => new CrmContext(o));

    public static Database<Crm2016Context> Ns2016() => new(o => new Crm2016Context(o));

    public static Database<AnonymisingCrmContext> Anonymising() => new(o => new AnonymisingCrmContext(o));

    public static long? Column(this DbContext context, Contact contact, string column) =>
        (long?)context.Entry(contact).Property(column).CurrentValue;

    public static int[] Ids(this IQueryable<Contact> query) => [.. query.Select(c => c.Id).OrderBy(id => id)];
}
