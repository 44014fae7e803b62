using FsCheck;
using FsCheck.Fluent;
using Norme48.Evaluation;
using Norme48.Vocabulary;
using Xunit;

namespace Norme48.EntityFrameworkCore.Tests.Retention;

/// <summary>
/// <see cref="DatabaseEqualsEvaluatorProperties"/> on PostgreSQL, in a database of this class's own. They are facts that
/// run the property themselves (same generators, same number of runs) so that, without <c>NORME48_POSTGRES</c>, they
/// are reported as skipped before FsCheck starts rather than as a falsified property.
/// </summary>
public sealed class DatabaseEqualsEvaluatorPostgresProperties(PostgresDatabase postgres) : IClassFixture<PostgresDatabase>
{
    private readonly Databases databases = new(postgres);

    [Fact]
    public void DuePredicates_Ns2005_SelectWhatTheEvaluatorDecides()
    {
        PostgresDatabase.SkipUnlessConfigured();
        var evaluator = new Norme48Evaluator(Edition.Ns2005);

        Check.One(Configuration(), Prop.ForAll(Arbitraries.ContactBatches(), batch =>
        {
            using var db = databases.Ns2005();
            DatabaseEqualsEvaluatorProperties.AssertDatabaseEqualsEvaluator(db, evaluator, batch);
        }));
    }

    [Fact]
    public void DuePredicates_Ns2016_SelectWhatTheEvaluatorDecides()
    {
        PostgresDatabase.SkipUnlessConfigured();
        var evaluator = new Norme48Evaluator(Edition.Ns2016);

        Check.One(Configuration(), Prop.ForAll(Arbitraries.ContactBatches(), batch =>
        {
            using var db = databases.Ns2016();
            DatabaseEqualsEvaluatorProperties.AssertDatabaseEqualsEvaluator(db, evaluator, batch);
        }));
    }

    private static Config Configuration() => Config.QuickThrowOnFailure.WithMaxTest(DatabaseEqualsEvaluatorProperties.Runs);
}
