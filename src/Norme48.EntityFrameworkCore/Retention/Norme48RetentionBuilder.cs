using System;
using System.Collections.Generic;
using System.Linq.Expressions;
using System.Reflection;
using NodaTime;
using Norme48.Decisions;
using Norme48.Evaluation;
using Norme48.Retention;
using Norme48.Vocabulary;

namespace Norme48.EntityFrameworkCore.Retention;

/// <summary>
/// States how an entity holds NS-48 data: the edition its due instants are computed under, the controller's sector,
/// how to read the person's facts from a row, which properties hold which fields, and what a purge or an archive does.
/// </summary>
/// <typeparam name="TEntity">The entity type.</typeparam>
/// <remarks>
/// Due instants are stored in the row: they are computed for one edition and recommendation mode, fixed here. There is
/// no "edition in force" choice, since a stored instant cannot follow a change of edition; map a new edition and run
/// the backfill instead.
/// </remarks>
public sealed class Norme48RetentionBuilder<TEntity>
    where TEntity : class
{
    private readonly List<MappedField> fields = [];
    private Norme48Evaluator evaluator = Norme48Evaluator.Default;
    private Sector? sector;
    private Func<TEntity, Subject>? subject;
    private RetentionAction onPurge = RetentionAction.DeleteRow;
    private Expression<Func<TEntity, bool>>? archiveFlag;

    internal Norme48RetentionBuilder()
    {
    }

    /// <summary>Sets the edition and recommendation mode; by default <c>ns48-2005</c> with recommendations enforced.</summary>
    /// <param name="edition">The edition.</param>
    /// <param name="recommendations">Whether the CNIL's recommendations decide (<see cref="RecommendationMode.Enforce"/>) or are only advisories, in which case they make nothing due.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="edition"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="recommendations"/> is not a defined mode.</exception>
    public Norme48RetentionBuilder<TEntity> Edition(Edition edition, RecommendationMode recommendations = RecommendationMode.Enforce)
    {
        ArgumentNullException.ThrowIfNull(edition);
        evaluator = new Norme48Evaluator(edition, recommendations);
        return this;
    }

    /// <summary>Sets the controller's sector; <see cref="Vocabulary.Sector.General"/> when not set.</summary>
    /// <param name="value">The sector. A sector outside the norm makes nothing due: every due column stays <see langword="null"/>.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is <see langword="null"/>.</exception>
    public Norme48RetentionBuilder<TEntity> Sector(Sector value)
    {
        ArgumentNullException.ThrowIfNull(value);
        sector = value;
        return this;
    }

    /// <summary>Sets how to read the person's facts (status, collection, end of the relationship, last contact …) from a row.</summary>
    /// <param name="read">
    /// Called by <see cref="Norme48RetentionInterceptor"/> on each added or modified entity when it is saved. It must
    /// read only the entity's own mapped columns (no navigation, no query, no clock): the due instants are a function
    /// of the row, which is what lets a backfill recompute them and the database compare them with <c>now</c>.
    /// </param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="read"/> is <see langword="null"/>.</exception>
    public Norme48RetentionBuilder<TEntity> Subject(Func<TEntity, Subject> read)
    {
        ArgumentNullException.ThrowIfNull(read);
        subject = read;
        return this;
    }

    /// <summary>Maps a property to the NS-48 field it holds.</summary>
    /// <typeparam name="TProperty">The property's type.</typeparam>
    /// <param name="property">The property, as <c>e =&gt; e.Email</c>.</param>
    /// <param name="field">The NS-48 field.</param>
    /// <param name="proof">
    /// Whether the field is kept as proof of a right or a contract: archived when a client's relationship ends, until
    /// 10 years after <paramref name="proofFrom"/> (NS48-RET-CLIENT-PROOF). Ignored for prospects.
    /// </param>
    /// <param name="proofFrom">Reads the date of the document the field proves; only with <paramref name="proof"/>.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="property"/> or <paramref name="field"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">
    /// <paramref name="property"/> is not a property of <typeparamref name="TEntity"/>, is mapped twice, or
    /// <paramref name="proofFrom"/> is given without <paramref name="proof"/>.
    /// </exception>
    public Norme48RetentionBuilder<TEntity> Field<TProperty>(
        Expression<Func<TEntity, TProperty>> property, DataField field, bool proof = false, Func<TEntity, Instant?>? proofFrom = null)
    {
        ArgumentNullException.ThrowIfNull(property);
        ArgumentNullException.ThrowIfNull(field);
        if (proofFrom is not null && !proof)
        {
            throw new ArgumentException("proofFrom is the date of the document a proof field proves: give it only with proof: true.", nameof(proofFrom));
        }

        var name = PropertyName(property, nameof(property));
        if (fields.Exists(f => f.PropertyName == name))
        {
            throw new ArgumentException($"{typeof(TEntity).Name}.{name} is already mapped to an NS-48 field.", nameof(property));
        }

        fields.Add(new MappedField(name, typeof(TProperty), field, proof, proofFrom is null ? null : e => proofFrom((TEntity)e)));
        return this;
    }

    /// <summary>Sets what a purge does to a row due for purge: delete it (the default) or anonymise it.</summary>
    /// <param name="action">The action.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="action"/> is not a defined action.</exception>
    public Norme48RetentionBuilder<TEntity> OnPurge(RetentionAction action)
    {
        if (action is not (RetentionAction.DeleteRow or RetentionAction.Anonymise))
        {
            throw new ArgumentOutOfRangeException(nameof(action), action, "Not a defined retention action.");
        }

        onPurge = action;
        return this;
    }

    /// <summary>
    /// Maps the <see langword="bool"/> property that marks a row as moved to the intermediate archive (logical
    /// separation, « séparation logique »): archiving sets it to <see langword="true"/>, and
    /// <see cref="Norme48Retention.DueForArchive{TEntity}"/> skips rows where it is.
    /// </summary>
    /// <param name="flag">The property, as <c>e =&gt; e.Archived</c>.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="flag"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="flag"/> is not a property of <typeparamref name="TEntity"/>.</exception>
    public Norme48RetentionBuilder<TEntity> ArchiveFlag(Expression<Func<TEntity, bool>> flag)
    {
        ArgumentNullException.ThrowIfNull(flag);
        _ = PropertyName(flag, nameof(flag));
        archiveFlag = flag;
        return this;
    }

    internal RetentionMapping Build()
    {
        if (subject is null)
        {
            throw new InvalidOperationException(
                $"The NS-48 retention mapping of {typeof(TEntity).Name} does not say how to read the person's facts: call r.Subject(e => new Subject(...)).");
        }

        if (fields.Count == 0)
        {
            throw new InvalidOperationException(
                $"The NS-48 retention mapping of {typeof(TEntity).Name} maps no field: call r.Field(e => e.Email, DataField.EmailAddress) for each personal-data property.");
        }

        var read = subject;
        return new RetentionMapping(
            typeof(TEntity), evaluator, sector, e => read((TEntity)e), fields.ToArray(), onPurge,
            archiveFlag is null ? null : PropertyName(archiveFlag, nameof(archiveFlag)));
    }

    private static string PropertyName(LambdaExpression expression, string parameterName)
    {
        var body = expression.Body is UnaryExpression { NodeType: ExpressionType.Convert } convert ? convert.Operand : expression.Body;
        if (body is MemberExpression { Member: PropertyInfo or FieldInfo } member && member.Expression == expression.Parameters[0])
        {
            return member.Member.Name;
        }

        throw new ArgumentException($"Expected a property of {typeof(TEntity).Name}, as e => e.Email; got {expression}.", parameterName);
    }
}
