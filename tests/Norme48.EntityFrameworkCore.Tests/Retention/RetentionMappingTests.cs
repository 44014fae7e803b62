using System;
using NodaTime;
using Norme48.Decisions;
using Norme48.EntityFrameworkCore.Retention;
using Norme48.Retention;
using Norme48.Rules;
using Norme48.Vocabulary;
using Xunit;

namespace Norme48.EntityFrameworkCore.Tests.Retention;

public sealed class RetentionMappingTests
{
    private static readonly Contact EndedClient = new()
    {
        Status = SubjectStatus.Client, RelationshipEndedAt = new DateTimeOffset(2024, 1, 10, 12, 0, 0, TimeSpan.Zero),
        InvoiceDate = new DateTimeOffset(2020, 4, 30, 22, 0, 0, TimeSpan.Zero),
    };

    private static RetentionMapping Mapping(Action<Norme48RetentionBuilder<Contact>> configure)
    {
        var builder = new Norme48RetentionBuilder<Contact>()
            .Subject(CrmContext.SubjectOf)
            .Field(e => e.Email, DataField.EmailAddress)
            .Field(e => e.InvoiceAmount, DataField.Amount, proof: true, proofFrom: e => CrmContext.ToInstant(e.InvoiceDate));
        configure(builder);
        return builder.Build();
    }

    [Fact]
    public void Schedule_SectorOutsideTheNorm_MakesNothingDue()
    {
        var mapping = Mapping(r => r.Sector(Sector.Health));

        var row = mapping.Schedule(EndedClient);

        Assert.Equal(new RowSchedule(null, null, null, null), row);
    }

    [Fact]
    public void Schedule_AdvisoryProspect_MakesNothingDue()
    {
        var mapping = Mapping(r => r.Edition(Edition.Ns2005, RecommendationMode.Advise));
        var prospect = new Contact { Status = SubjectStatus.Prospect, CollectedAt = new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.Zero), Unanswered = 3 };

        var row = mapping.Schedule(prospect);

        Assert.Equal(new RowSchedule(null, null, null, null), row);
    }

    [Fact]
    public void Schedule_ClientWithProof_PurgesAtTheLatestFieldAndArchivesAtTheEarliest()
    {
        var mapping = Mapping(_ => { });

        var row = mapping.Schedule(EndedClient);

        Assert.Equal(
            new RowSchedule(Instant.FromUtc(2024, 1, 10, 12, 0), null, Instant.FromUtc(2030, 4, 30, 22, 0), RuleId.RetentionClientProof),
            row);
    }

    [Fact]
    public void ToColumn_SubTickInstant_RoundsUpSoThatNothingIsDueEarly()
    {
        var instant = Instant.FromUnixTimeTicks(1_000) + Duration.FromNanoseconds(1);

        var column = RetentionColumns.ToColumn(instant);

        Assert.Equal(1_001, column);
        Assert.Equal(1_000, RetentionColumns.ToColumn(Instant.FromUnixTimeTicks(1_000)));
        Assert.Null(RetentionColumns.ToColumn(null));
    }
}
