using System;
using System.Collections.Generic;
using NodaTime;
using Norme48.Evaluation;
using Norme48.Retention;
using Norme48.Rules;
using Norme48.Vocabulary;

namespace Norme48.EntityFrameworkCore.Retention;

/// <summary>One mapped property: the NS-48 field it holds and whether it is proof.</summary>
internal sealed class MappedField
{
    public MappedField(string propertyName, Type propertyType, DataField field, bool proof, Func<object, Instant?>? proofFrom)
    {
        PropertyName = propertyName;
        PropertyType = propertyType;
        Field = field;
        Proof = proof;
        ProofFrom = proofFrom;
    }

    public string PropertyName { get; }

    public Type PropertyType { get; }

    public DataField Field { get; }

    public bool Proof { get; }

    public Func<object, Instant?>? ProofFrom { get; }
}

/// <summary>A row's due instants: the schedules of its mapped fields, combined.</summary>
internal readonly record struct RowSchedule(Instant? ArchiveFrom, Instant? AskFrom, Instant? PurgeFrom, RuleId? PurgeRule);

/// <summary>
/// An entity type's retention mapping: the evaluator (edition and recommendation mode), the sector, how to read the
/// subject, the mapped fields and the actions.
/// </summary>
/// <remarks>
/// The model annotation <see cref="AnnotationName"/> holds <see cref="Description"/>, a string that a migrations
/// snapshot can write (a delegate cannot be written to code); the mapping itself, delegates included, is found from
/// it in a process-wide registry filled when the model is built.
/// </remarks>
internal sealed class RetentionMapping
{
    public const string AnnotationName = "Norme48:Retention";

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<(Type, string), RetentionMapping> Registry = new();

    public RetentionMapping(
        Type entityType,
        Norme48Evaluator evaluator,
        Sector? sector,
        Func<object, Subject> subject,
        IReadOnlyList<MappedField> fields,
        RetentionAction onPurge,
        string? archiveFlag)
    {
        EntityType = entityType;
        Evaluator = evaluator;
        Sector = sector;
        Subject = subject;
        Fields = fields;
        OnPurge = onPurge;
        ArchiveFlag = archiveFlag;
    }

    public Type EntityType { get; }

    public Norme48Evaluator Evaluator { get; }

    public Sector? Sector { get; }

    public Func<object, Subject> Subject { get; }

    public IReadOnlyList<MappedField> Fields { get; }

    public RetentionAction OnPurge { get; }

    public string? ArchiveFlag { get; }

    /// <summary>
    /// Gets the mapping as text, such as <c>ns48-2005 enforce; sector general; Email=email-address, InvoiceAmount=amount proof; on purge DeleteRow; archive flag Archived</c>.
    /// </summary>
    public string Description =>
        $"{Evaluator.Edition.Id} {(Evaluator.Recommendations == Decisions.RecommendationMode.Enforce ? "enforce" : "advise")}; sector {Sector?.Name ?? "general"}; "
        + string.Join(", ", System.Linq.Enumerable.Select(Fields, f => $"{f.PropertyName}={f.Field.Id}{(f.Proof ? " proof" : string.Empty)}"))
        + $"; on purge {OnPurge}; archive flag {ArchiveFlag ?? "none"}";

    /// <summary>Records the mapping, so that <see cref="Find"/> finds it from the entity type and the annotation.</summary>
    public void Register() => Registry[(EntityType, Description)] = this;

    /// <summary>Finds the mapping of an entity type, from its annotation.</summary>
    /// <exception cref="InvalidOperationException">The annotation names a mapping that this process never built.</exception>
    public static RetentionMapping? Find(Type entityType, object? annotation)
    {
        if (annotation is not string description)
        {
            return null;
        }

        return Registry.TryGetValue((entityType, description), out var mapping)
            ? mapping
            : throw new InvalidOperationException(
                $"The model maps {entityType.Name} to NS-48 retention ({description}), but this process never ran the HasNorme48Retention call that made it: "
                + "a compiled model (dotnet ef dbcontext optimize) does not run OnModelCreating; build the model from OnModelCreating instead.");
    }

    /// <summary>
    /// Computes the row's schedule: purge from the latest purge instant of its fields (none when a field is never
    /// purged), archive and ask from the earliest such instant of any field.
    /// </summary>
    /// <exception cref="ArgumentException">The evaluator refuses the facts (as <see cref="Norme48Evaluator.ScheduleRetention"/>).</exception>
    public RowSchedule Schedule(object entity)
    {
        var subject = Subject(entity) ?? throw new ArgumentException("The Subject delegate returned null.", nameof(entity));
        Instant? archive = null;
        Instant? ask = null;
        Instant? purge = null;
        RuleId? rule = null;
        var everyFieldPurged = true;
        foreach (var mapped in Fields)
        {
            // Proof means nothing for a prospect, and a proof date is only accepted with proof.
            var proof = mapped.Proof && subject.Status == SubjectStatus.Client;
            var proofFrom = proof ? mapped.ProofFrom?.Invoke(entity) : null;
            var schedule = Evaluator.ScheduleRetention(mapped.Field, subject, proof, proofFrom, Sector);
            archive = Earliest(archive, schedule.ArchiveFrom);
            ask = Earliest(ask, schedule.AskFrom);
            if (schedule.PurgeFrom is not { } from)
            {
                everyFieldPurged = false;
            }
            else if (purge is null || from > purge)
            {
                purge = from;
                rule = schedule.PurgeRule;
            }
        }

        return everyFieldPurged ? new RowSchedule(archive, ask, purge, rule) : new RowSchedule(archive, ask, null, null);
    }

    private static Instant? Earliest(Instant? a, Instant? b) => a is null ? b : b is null ? a : (a < b ? a : b);
}
