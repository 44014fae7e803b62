using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using NodaTime;
using NodaTime.Text;

namespace Norme48.EntityFrameworkCore.Retention;

/// <summary>How a purge run ended.</summary>
public enum PurgeRunOutcome
{
    /// <summary>The run has started and not ended: after a crash, the record stays so.</summary>
    Running = 1,

    /// <summary>The run found nothing left to purge or archive.</summary>
    Completed = 2,

    /// <summary>The run was cancelled between batches; the batches before stay done, and a new run finishes the work.</summary>
    Cancelled = 3,

    /// <summary>A statement failed; the batches before stay done.</summary>
    Failed = 4,
}

/// <summary>What a purge run did to a row.</summary>
public enum PurgeRunAction
{
    /// <summary>The row was deleted.</summary>
    Delete = 1,

    /// <summary>The row's mapped fields were set to <see langword="null"/> (or their type's default).</summary>
    Anonymise = 2,

    /// <summary>The row's archive flag was set.</summary>
    Archive = 3,
}

/// <summary>
/// The audit record of one <see cref="PurgeJob.RunAsync{TEntity}"/> run, which the job writes when the context maps it
/// (<see cref="ModelBuilderExtensions.AddNorme48PurgeAudit"/>): when, under which edition, for which entity type, and
/// how many rows each rule made it delete, anonymise or archive. It holds no personal data and no row key.
/// </summary>
public sealed class PurgeRun
{
    /// <summary>Gets or sets the run's id.</summary>
    public Guid Id { get; set; }

    /// <summary>Gets or sets the instant the run decided what was due as of (the job's <c>now</c>).</summary>
    public Instant AsOf { get; set; }

    /// <summary>Gets or sets when the run started: from the job's clock, or <see cref="AsOf"/> when it was given none.</summary>
    public Instant StartedAt { get; set; }

    /// <summary>
    /// Gets or sets when the run ended: from the job's clock, or <see cref="AsOf"/> when it was given none; equal to
    /// <see cref="StartedAt"/> while it is <see cref="PurgeRunOutcome.Running"/>.
    /// </summary>
    public Instant FinishedAt { get; set; }

    /// <summary>Gets or sets the id of the edition the due columns were computed under, such as <c>ns48-2005</c>.</summary>
    public string Edition { get; set; } = string.Empty;

    /// <summary>Gets or sets the recommendation mode of the mapping: <c>enforce</c> or <c>advise</c>.</summary>
    public string Recommendations { get; set; } = string.Empty;

    /// <summary>Gets or sets the name of the entity type purged, such as <c>Contact</c>.</summary>
    public string EntityType { get; set; } = string.Empty;

    /// <summary>Gets or sets the rows per statement.</summary>
    public int BatchSize { get; set; }

    /// <summary>Gets or sets how the run ended.</summary>
    public PurgeRunOutcome Outcome { get; set; } = PurgeRunOutcome.Running;

    /// <summary>Gets or sets the rows deleted or anonymised, as the statements reported them.</summary>
    public long Purged { get; set; }

    /// <summary>Gets or sets the rows archived, as the statements reported them.</summary>
    public long Archived { get; set; }

    /// <summary>Gets the rows affected per action and rule (table <c>Norme48PurgeRunCounts</c>).</summary>
    public IList<PurgeRunCount> Counts { get; } = new List<PurgeRunCount>();

    /// <summary>Returns the record as one line, without any row's data.</summary>
    /// <returns>
    /// Such as <c>run 1f0c… Completed: Contact, ns48-2005 enforce, as of 2026-11-28T09:00:00Z, 2026-11-28T09:00:00Z → 2026-11-28T09:00:01Z;
    /// Delete NS48-RET-PROSPECT-1Y 10; Archive NS48-RET-CLIENT-PROOF 2</c>.
    /// </returns>
    public override string ToString()
    {
        var pattern = InstantPattern.ExtendedIso;
        var counts = Counts.Count == 0 ? "nothing affected" : string.Join("; ", Counts.Select(c => c.ToString()));
        return string.Create(
            CultureInfo.InvariantCulture,
            $"run {Id} {Outcome}: {EntityType}, {Edition} {Recommendations}, as of {pattern.Format(AsOf)}, {pattern.Format(StartedAt)} → {pattern.Format(FinishedAt)}; {counts}");
    }
}

/// <summary>The rows a purge run affected with one action under one rule.</summary>
public sealed class PurgeRunCount
{
    /// <summary>Gets or sets what was done to the rows.</summary>
    public PurgeRunAction Action { get; set; }

    /// <summary>
    /// Gets or sets the id of the rule that made it due, such as <c>NS48-RET-PROSPECT-1Y</c> (the row's
    /// <c>Ns48PurgeRule</c>); archives are made due by <c>NS48-RET-CLIENT-PROOF</c>.
    /// </summary>
    public string Rule { get; set; } = string.Empty;

    /// <summary>Gets or sets the rows affected.</summary>
    public long Rows { get; set; }

    /// <summary>Returns the count as <c>Delete NS48-RET-PROSPECT-1Y 10</c>.</summary>
    /// <returns>The action, the rule and the rows.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Action} {Rule} {Rows}");
}
