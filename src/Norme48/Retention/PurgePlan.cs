using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using NodaTime;
using Norme48.Decisions;
using Norme48.Evaluation;
using Norme48.Rules;
using Norme48.Vocabulary;

namespace Norme48.Retention;

/// <summary>A field a subject's record holds, with what retention needs to know of it.</summary>
public readonly struct RetentionField : IEquatable<RetentionField>
{
    /// <summary>Initializes a new instance of the <see cref="RetentionField"/> struct.</summary>
    /// <param name="field">The field.</param>
    /// <param name="proof">Whether the field is kept as proof of a right or a contract.</param>
    /// <param name="proofFrom">The date of the document or contract it proves; only with <paramref name="proof"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="field"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="proofFrom"/> is given without <paramref name="proof"/>.</exception>
    public RetentionField(DataField field, bool proof = false, Instant? proofFrom = null)
    {
        ArgumentNullException.ThrowIfNull(field);
        if (proofFrom is not null && !proof)
        {
            throw new ArgumentException("proofFrom is the date of the document a proof field proves: give it only with proof.", nameof(proofFrom));
        }

        Field = field;
        Proof = proof;
        ProofFrom = proofFrom;
    }

    /// <summary>Gets the field.</summary>
    public DataField Field { get; }

    /// <summary>Gets a value indicating whether the field is kept as proof of a right or a contract.</summary>
    public bool Proof { get; }

    /// <summary>Gets the date of the document or contract the field proves, when known.</summary>
    public Instant? ProofFrom { get; }

    /// <summary>Compares two fields.</summary>
    /// <param name="left">The first field.</param>
    /// <param name="right">The second field.</param>
    /// <returns><see langword="true"/> when they are equal.</returns>
    public static bool operator ==(RetentionField left, RetentionField right) => left.Equals(right);

    /// <summary>Compares two fields.</summary>
    /// <param name="left">The first field.</param>
    /// <param name="right">The second field.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(RetentionField left, RetentionField right) => !left.Equals(right);

    /// <inheritdoc/>
    public bool Equals(RetentionField other) => Equals(Field, other.Field) && Proof == other.Proof && ProofFrom == other.ProofFrom;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is RetentionField other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Field, Proof, ProofFrom);

    /// <summary>Returns the field id, marked when it is proof.</summary>
    /// <returns>Such as <c>amount (proof)</c>.</returns>
    public override string ToString() => Proof ? $"{Field} (proof)" : Field.ToString();
}

/// <summary>One subject of a purge plan: the caller's key for it, the subject, and the fields its record holds.</summary>
/// <typeparam name="TKey">The caller's key for the record, such as a database id.</typeparam>
public readonly struct PurgeCandidate<TKey>
{
    /// <summary>Initializes a new instance of the <see cref="PurgeCandidate{TKey}"/> struct.</summary>
    /// <param name="key">The caller's key for the record.</param>
    /// <param name="subject">The person the record is about.</param>
    /// <param name="fields">The fields the record holds; the list is read, not copied, so it may be shared between candidates.</param>
    /// <exception cref="ArgumentNullException"><paramref name="subject"/> or <paramref name="fields"/> is <see langword="null"/>.</exception>
    public PurgeCandidate(TKey key, Subject subject, IReadOnlyList<RetentionField> fields)
    {
        ArgumentNullException.ThrowIfNull(subject);
        ArgumentNullException.ThrowIfNull(fields);
        Key = key;
        Subject = subject;
        Fields = fields;
    }

    /// <summary>Gets the caller's key for the record.</summary>
    public TKey Key { get; }

    /// <summary>Gets the person the record is about.</summary>
    public Subject Subject { get; }

    /// <summary>Gets the fields the record holds.</summary>
    public IReadOnlyList<RetentionField> Fields { get; }
}

/// <summary>Something a purge plan says must be done: archive, purge, or (from <c>ns48-2016</c>) ask the prospect first, for one field of one record, and why.</summary>
/// <typeparam name="TKey">The caller's key for the record.</typeparam>
public readonly struct PurgePlanItem<TKey>
{
    internal PurgePlanItem(TKey key, DataField field, RetentionDecision decision)
    {
        Key = key;
        Field = field;
        Decision = decision;
    }

    /// <summary>Gets the caller's key for the record.</summary>
    public TKey Key { get; }

    /// <summary>Gets the field to act on.</summary>
    public DataField Field { get; }

    /// <summary>Gets the decision, with its rules, reasons and instants.</summary>
    public RetentionDecision Decision { get; }

    /// <summary>Gets what to do: <see cref="RetentionVerdict.Archive"/>, <see cref="RetentionVerdict.Purge"/> or <see cref="RetentionVerdict.AskBeforePurge"/>.</summary>
    public RetentionVerdict Action => Decision.Verdict;

    /// <summary>Returns the key, the field and the decision.</summary>
    /// <returns>A one-line description.</returns>
    public override string ToString() => $"{Key} {Field}: {Decision}";
}

/// <summary>
/// The counts of a purge plan, kept while it streams: subjects and fields seen, and per verdict and per rule how
/// many decisions there were, keeps included. Not thread-safe: one summary per plan.
/// </summary>
public sealed class PurgePlanSummary
{
    private const int VerdictCount = 6;
    private readonly long[] byVerdict = new long[VerdictCount];
    private readonly long[] byRule = new long[(RuleIds.All.Count + 1) * VerdictCount];

    /// <summary>Gets the number of subjects planned.</summary>
    public long Subjects { get; private set; }

    /// <summary>Gets the number of fields decided.</summary>
    public long Fields { get; private set; }

    /// <summary>Gets the number of decisions with a verdict.</summary>
    /// <param name="verdict">The verdict.</param>
    /// <returns>The count.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="verdict"/> is not a defined <see cref="RetentionVerdict"/>.</exception>
    public long Count(RetentionVerdict verdict) => byVerdict[CheckVerdict(verdict)];

    /// <summary>Gets the number of decisions with a verdict that cited a rule.</summary>
    /// <param name="rule">The rule.</param>
    /// <param name="verdict">The verdict.</param>
    /// <returns>The count.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="rule"/> or <paramref name="verdict"/> is not defined.</exception>
    public long Count(RuleId rule, RetentionVerdict verdict)
    {
        if (!RuleIds.IsDefined(rule))
        {
            throw new ArgumentOutOfRangeException(nameof(rule), rule, "Not a defined rule id.");
        }

        return byRule[((int)rule * VerdictCount) + CheckVerdict(verdict)];
    }

    /// <summary>Gets every (rule, verdict) pair with a non-zero count, in catalogue order.</summary>
    /// <returns>The counts.</returns>
    public IReadOnlyList<(RuleId Rule, RetentionVerdict Verdict, long Count)> ByRule()
    {
        var counts = new List<(RuleId, RetentionVerdict, long)>();
        foreach (var rule in RuleIds.All)
        {
            for (var verdict = RetentionVerdict.Keep; verdict <= RetentionVerdict.AskBeforePurge; verdict++)
            {
                var count = byRule[((int)rule * VerdictCount) + (int)verdict];
                if (count > 0)
                {
                    counts.Add((rule, verdict, count));
                }
            }
        }

        return counts;
    }

    /// <summary>Returns the totals per verdict.</summary>
    /// <returns>Such as <c>1000 subjects, 10000 fields: 7000 keep, 500 archive, 2500 purge</c>.</returns>
    public override string ToString() =>
        $"{Subjects} subjects, {Fields} fields: {Count(RetentionVerdict.Keep)} keep, {Count(RetentionVerdict.Archive)} archive, {Count(RetentionVerdict.Purge)} purge, {Count(RetentionVerdict.AskBeforePurge)} ask-before-purge, {Count(RetentionVerdict.OutOfScope)} out-of-scope";

    internal void CountSubject() => Subjects++;

    /// <summary>Counts <paramref name="fields"/> fields decided alike (none: nothing changes).</summary>
    internal void Add(in RetentionDecision decision, int fields)
    {
        Fields += fields;
        var outcome = decision.Outcome;
        var verdict = (int)outcome.Verdict;
        byVerdict[verdict] += fields;
        foreach (var rule in outcome.RuleIndexes)
        {
            byRule[(rule * VerdictCount) + verdict] += fields;
        }
    }

    private static int CheckVerdict(RetentionVerdict verdict) =>
        verdict is >= RetentionVerdict.Keep and <= RetentionVerdict.AskBeforePurge
            ? (int)verdict
            : throw new ArgumentOutOfRangeException(nameof(verdict), verdict, "Not a defined retention verdict.");
}

/// <summary>
/// Plans a purge over many subjects: streams the archive, purge and ask-before-purge decisions of every field of every record, and
/// counts everything (keeps included) in a <see cref="PurgePlanSummary"/>. The plan decides and never deletes:
/// deleting is the caller's job. Memory stays flat whatever the number of subjects.
/// </summary>
/// <remarks>
/// The decisions are those of <see cref="Norme48Evaluator.DecideRetention(DataField, Subject, Instant, bool, Instant?, Sector?)"/>
/// field by field; the plan computes them once per subject and per kind of field instead: the subject's facts are
/// derived and checked once, and the fields that differ only by what the decision does not read (which field of a
/// category, whether a prospect's field is flagged proof) share one decision, connection data taking the same decision
/// with their own messages. A field the evaluator would refuse, an excluded field, a field with its own retention
/// clock, a subject the evaluator would refuse and a sector outside the norm are decided by the evaluator itself.
/// </remarks>
public sealed class PurgePlanner
{
    private readonly Norme48Evaluator evaluator;
    private readonly Sector? sector;
    private readonly bool outsideNorm;

    /// <summary>The kind of every category's fields under the evaluator's edition, by category index.</summary>
    private readonly FieldKind[] kinds;

    /// <summary>Initializes a new instance of the <see cref="PurgePlanner"/> class.</summary>
    /// <param name="evaluator">The evaluator whose edition and recommendation mode decide.</param>
    /// <param name="sector">The controller's sector; <see cref="Sector.General"/> when <see langword="null"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="evaluator"/> is <see langword="null"/>.</exception>
    public PurgePlanner(Norme48Evaluator evaluator, Sector? sector = null)
    {
        ArgumentNullException.ThrowIfNull(evaluator);
        this.evaluator = evaluator;
        this.sector = sector;
        outsideNorm = evaluator.IsOutsideNorm(sector);
        kinds = new FieldKind[DataCategory.Count];
        foreach (var category in DataCategory.All)
        {
            kinds[category.Index] = KindOf(evaluator, category);
        }
    }

    /// <summary>What a field's decision reads of the field, decided once per category.</summary>
    internal enum FieldKind : byte
    {
        /// <summary>Only the subject, and for a client the proof flag and date.</summary>
        General,

        /// <summary>As <see cref="General"/>, with the connection-data messages.</summary>
        Connection,

        /// <summary>As <see cref="General"/>, and kept for prospecting when the client's data are used for it (from <c>ns48-2016</c>).</summary>
        KeptForProspecting,

        /// <summary>Decided by the evaluator alone: an excluded field, or a field on its own clock.</summary>
        Own,
    }

    /// <summary>Streams the archive and purge decisions of every field of every candidate at an instant.</summary>
    /// <typeparam name="TKey">The caller's key for a record.</typeparam>
    /// <param name="candidates">The records, read once, lazily.</param>
    /// <param name="now">The instant of the plan.</param>
    /// <param name="summary">Receives the counts as the plan streams; complete once the plan has been enumerated.</param>
    /// <returns>
    /// One item per field whose verdict is archive, purge or — from <c>ns48-2016</c>, for the prospects to re-contact —
    /// ask-before-purge, in the candidates' order.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="candidates"/> or <paramref name="summary"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">
    /// A candidate fails the checks of <see cref="Norme48Evaluator.DecideRetention(DataField, Subject, Instant, bool, Instant?, Sector?)"/>
    /// (thrown while enumerating, before any item of that candidate).
    /// </exception>
    public IEnumerable<PurgePlanItem<TKey>> Plan<TKey>(IEnumerable<PurgeCandidate<TKey>> candidates, Instant now, PurgePlanSummary summary)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        ArgumentNullException.ThrowIfNull(summary);
        return new Items<TKey>(this, candidates, now, summary);
    }

    /// <summary>Streams the archive and purge decisions of every field of every candidate of an asynchronous source.</summary>
    /// <typeparam name="TKey">The caller's key for a record.</typeparam>
    /// <param name="candidates">The records, read once, lazily (for instance from a database query).</param>
    /// <param name="now">The instant of the plan.</param>
    /// <param name="summary">Receives the counts as the plan streams; complete once the plan has been enumerated.</param>
    /// <param name="cancellationToken">Stops the plan: enumerating throws <see cref="OperationCanceledException"/> before the next candidate.</param>
    /// <returns>
    /// One item per field whose verdict is archive, purge or — from <c>ns48-2016</c>, for the prospects to re-contact —
    /// ask-before-purge, in the candidates' order.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="candidates"/> or <paramref name="summary"/> is <see langword="null"/>.</exception>
    public IAsyncEnumerable<PurgePlanItem<TKey>> PlanAsync<TKey>(
        IAsyncEnumerable<PurgeCandidate<TKey>> candidates, Instant now, PurgePlanSummary summary, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        ArgumentNullException.ThrowIfNull(summary);
        return PlanAsyncIterator(candidates, now, summary, cancellationToken);
    }

    /// <summary>The kind of a category's fields under an evaluator's edition.</summary>
    internal static FieldKind KindOf(Norme48Evaluator evaluator, DataCategory category) =>
        evaluator.HasOwnRetention(category) ? FieldKind.Own
            : ReferenceEquals(category, DataCategory.ConnectionData) ? FieldKind.Connection
            : Norme48Evaluator.IsKeptForProspecting(category) ? FieldKind.KeptForProspecting
            : FieldKind.General;

    /// <summary>The kind of a field under this planner's edition.</summary>
    internal FieldKind KindOf(DataField field) => KindOf(field, kinds, evaluator.CardHasOwnRetention);

    /// <summary>
    /// The kind of a field from a planner's table of kinds by category: <see cref="FieldKind.Own"/> for a missing field
    /// (which the evaluator refuses) and, when <paramref name="cardOwn"/>, for the card number.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static FieldKind KindOf(DataField? field, FieldKind[] kinds, bool cardOwn) =>
        field is null || (cardOwn && ReferenceEquals(field, DataField.BankCardNumber)) ? FieldKind.Own : kinds[field.Category.Index];

    private static bool IsAction(RetentionVerdict verdict) => verdict is RetentionVerdict.Archive or RetentionVerdict.Purge or RetentionVerdict.AskBeforePurge;

    private static bool AcceptedProofFrom(Instant from, bool proof, bool client, Instant now) =>
        proof && from >= ParisCalendar.MinInstant && from <= ParisCalendar.MaxInstant && !(from > now && client);

    private async IAsyncEnumerable<PurgePlanItem<TKey>> PlanAsyncIterator<TKey>(
        IAsyncEnumerable<PurgeCandidate<TKey>> candidates, Instant now, PurgePlanSummary summary, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var work = new SubjectDecisions();
        await foreach (var candidate in candidates.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            // The source may ignore the token: the plan checks it for every candidate itself.
            cancellationToken.ThrowIfCancellationRequested();
            Decide(candidate, now, summary, work);
            for (var i = 0; i < work.ActionCount; i++)
            {
                yield return work.Item(candidate.Key, work.ActionField(i));
            }
        }
    }

    /// <summary>Decides every field of a candidate into <paramref name="work"/>, counts them, and lists the fields with an action.</summary>
    /// <remarks>Not inlined: inlined into the enumerator's <c>MoveNext</c>, it made the plan slower (measured, 2026-11-29).</remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private void Decide<TKey>(in PurgeCandidate<TKey> candidate, Instant now, PurgePlanSummary summary, SubjectDecisions work)
    {
        summary.CountSubject();
        var subject = candidate.Subject;
        var fields = work.Start(candidate.Fields);
        var count = fields.Length;
        var derived = default(RetentionFacts);
        var accepted = false;
        ref readonly var facts = ref derived;
        if (!outsideNorm && subject is not null)
        {
            facts = ref evaluator.FactsForRetention(subject, now, ref derived, out accepted);
        }

        if (!accepted || subject is null)
        {
            for (var i = 0; i < count; i++)
            {
                ref readonly var field = ref fields[i];
                work.SetOwn(i, evaluator.DecideRetention(field.Field, subject!, now, field.Proof, field.ProofFrom, sector));
            }

            work.Count(summary);
            return;
        }

        var client = subject.Status == SubjectStatus.Client;
        var cardOwn = evaluator.CardHasOwnRetention;
        var kindOf = kinds;
        if (!client && work.TryStartProspect(fields, kindOf, cardOwn))
        {
            // Every field takes the prospect's one decision, or its connection-data variant: a prospect's decision
            // reads neither proof nor the category's use for prospecting.
            work.DecideProspect(evaluator.DecideGeneralField(subject, facts, now, proof: false, proofFrom: null, forProspecting: false));
            work.Count(summary);
            return;
        }

        var keepsForProspecting = client && evaluator.KeepsForProspecting(subject);
        var plainKey = -1;
        var plainForProspecting = -1;
        for (var i = 0; i < count; i++)
        {
            ref readonly var field = ref fields[i];
            var data = field.Field;
            var kind = KindOf(data, kindOf, cardOwn);
            if (kind == FieldKind.Own || (field.ProofFrom is { } from && !AcceptedProofFrom(from, field.Proof, client, now)))
            {
                // Exact by construction: the evaluator decides, or throws as it would.
                work.SetOwn(i, evaluator.DecideRetention(data!, subject, now, field.Proof, field.ProofFrom, sector));
                continue;
            }

            // A client's decision reads proof, its date and the category's use for prospecting; a prospect's reads
            // neither, so every field of a prospect takes the plain key. Most fields are not proof: their keys are kept
            // at hand rather than searched for.
            var forProspecting = keepsForProspecting && kind == FieldKind.KeptForProspecting;
            int key;
            if (!client || !field.Proof)
            {
                ref var plain = ref forProspecting ? ref plainForProspecting : ref plainKey;
                if (plain < 0)
                {
                    plain = work.Add(false, null, forProspecting, evaluator.DecideGeneralField(subject, facts, now, proof: false, proofFrom: null, forProspecting));
                }

                key = plain;
            }
            else
            {
                key = work.Find(true, field.ProofFrom, forProspecting);
                if (key < 0)
                {
                    key = work.Add(true, field.ProofFrom, forProspecting, evaluator.DecideGeneralField(subject, facts, now, proof: true, field.ProofFrom, forProspecting));
                }
            }

            work.SetShared(i, key, connection: kind == FieldKind.Connection);
        }

        work.Count(summary);
    }

    /// <summary>
    /// The plan's items, enumerated by hand rather than by an iterator: an item is built when it is read, from the
    /// candidate and the index of its field, so that moving to the next item only moves an index.
    /// </summary>
    private sealed class Items<TKey>(PurgePlanner planner, IEnumerable<PurgeCandidate<TKey>> candidates, Instant now, PurgePlanSummary summary)
        : IEnumerable<PurgePlanItem<TKey>>
    {
        public IEnumerator<PurgePlanItem<TKey>> GetEnumerator() => new Enumerator(planner, candidates.GetEnumerator(), now, summary);

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();

        private sealed class Enumerator(PurgePlanner planner, IEnumerator<PurgeCandidate<TKey>> source, Instant now, PurgePlanSummary summary)
            : IEnumerator<PurgePlanItem<TKey>>
        {
            private readonly SubjectDecisions work = new();
            private TKey key = default!;
            private int next;
            private int current = -1;
            private bool done;

            public PurgePlanItem<TKey> Current => current >= 0 ? work.Item(key, current) : default;

            object System.Collections.IEnumerator.Current => Current;

            public bool MoveNext()
            {
                while (!done)
                {
                    if (next < work.ActionCount)
                    {
                        current = work.ActionField(next++);
                        return true;
                    }

                    if (!source.MoveNext())
                    {
                        break;
                    }

                    var candidate = source.Current;
                    key = candidate.Key;
                    next = 0;
                    current = -1;

                    // A candidate the evaluator refuses throws and, as with an iterator, ends the plan.
                    done = true;
                    planner.Decide(candidate, now, summary, work);
                    done = false;
                }

                done = true;
                current = -1;
                key = default!;
                return false;
            }

            public void Reset() => throw new NotSupportedException("A purge plan reads its candidates once.");

            public void Dispose()
            {
                done = true;
                source.Dispose();
            }
        }
    }

    /// <summary>
    /// The decisions of one subject's fields: each distinct decision once, per field the index of its decision, and the
    /// fields with an action in order, so that a field costs an integer and the summary counts each distinct decision
    /// once. One per plan, reused from subject to subject, so that planning allocates nothing per subject once the
    /// largest record has been seen.
    /// </summary>
    private sealed class SubjectDecisions
    {
        private RetentionField[] copied = new RetentionField[16];
        private int[] slots = new int[16];
        private int[] actions = new int[16];
        private RetentionDecision[] decisions = new RetentionDecision[16];
        private int[] counts = new int[16];
        private bool[] isAction = new bool[16];
        private int decisionCount;
        private Key[] keys = new Key[4];
        private int keyCount;
        private bool[] connectionFlags = new bool[16];
        private int connectionCount;

        /// <summary>The number of fields of the current subject.</summary>
        private int fieldCount;
        private bool allActions;

        /// <summary>Gets the fields of the subject being decided (the caller's array, or a copy of its list).</summary>
        public RetentionField[] Fields { get; private set; } = [];

        /// <summary>Gets the number of the subject's fields whose verdict is an action.</summary>
        public int ActionCount { get; private set; }

        /// <summary>Starts a subject: reads its fields once (an array as it is, any other list copied into a reused buffer).</summary>
        public ReadOnlySpan<RetentionField> Start(IReadOnlyList<RetentionField> fields)
        {
            decisionCount = 0;
            keyCount = 0;
            allActions = false;
            ActionCount = 0;
            var count = fields.Count;
            fieldCount = count;
            if (slots.Length < count)
            {
                slots = new int[count];
                actions = new int[count];
            }

            if (fields is RetentionField[] array)
            {
                if (!ReferenceEquals(Fields, array))
                {
                    Fields = array;
                }

                return array;
            }

            if (copied.Length < count)
            {
                copied = new RetentionField[count];
            }

            for (var i = 0; i < count; i++)
            {
                copied[i] = fields[i];
            }

            Fields = copied;
            return copied.AsSpan(0, count);
        }

        /// <summary>Gets the index of the <paramref name="n"/>th field with an action.</summary>
        public int ActionField(int n) => allActions ? n : actions[n];

        /// <summary>
        /// Reads a prospect's fields for <see cref="DecideProspect"/>: <see langword="false"/>, having recorded nothing,
        /// when a field is not one the prospect's shared decision covers (a field with its own retention, or one
        /// dated as proof, which the evaluator checks).
        /// </summary>
        public bool TryStartProspect(ReadOnlySpan<RetentionField> fields, FieldKind[] kindOf, bool cardOwn)
        {
            if (connectionFlags.Length < fields.Length)
            {
                connectionFlags = new bool[fields.Length];
            }

            var flags = connectionFlags.AsSpan(0, fields.Length);
            var connections = 0;
            for (var i = 0; i < fields.Length; i++)
            {
                ref readonly var field = ref fields[i];
                var kind = KindOf(field.Field, kindOf, cardOwn);
                if (kind == FieldKind.Own || field.ProofFrom.HasValue)
                {
                    return false;
                }

                var connection = kind == FieldKind.Connection;
                flags[i] = connection;
                connections += connection ? 1 : 0;
            }

            connectionCount = connections;
            return true;
        }

        /// <summary>Gives every field read by <see cref="TryStartProspect"/> the prospect's decision, or its connection-data variant.</summary>
        public void DecideProspect(RetentionDecision decision)
        {
            var general = NewSlot(decision);
            var connection = general;
            if (connectionCount > 0)
            {
                connection = NewSlot(decision.ForConnectionData());
                counts[connection] = connectionCount;
            }

            counts[general] = fieldCount - connectionCount;
            var flags = connectionFlags.AsSpan(0, fieldCount);
            var fieldSlots = slots.AsSpan(0, fieldCount);
            for (var i = 0; i < fieldSlots.Length; i++)
            {
                fieldSlots[i] = flags[i] ? connection : general;
            }

            Debug.Assert(isAction[general] == isAction[connection], "A connection-data variant keeps its decision's verdict.");
            if (isAction[general])
            {
                allActions = true;
                ActionCount = fieldCount;
            }
        }

        /// <summary>Builds the item of a field of the current subject.</summary>
        public PurgePlanItem<TKey> Item<TKey>(TKey key, int field) => new(key, Fields[field].Field, decisions[slots[field]]);

        /// <summary>Records the decision of a field the evaluator decided alone.</summary>
        public void SetOwn(int field, RetentionDecision decision) => Set(field, NewSlot(decision));

        /// <summary>Gives a field a shared decision, or its connection-data variant.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public void SetShared(int field, int key, bool connection)
        {
            ref var entry = ref keys[key];
            int slot;
            if (!connection)
            {
                slot = entry.General;
            }
            else
            {
                if (entry.Connection < 0)
                {
                    entry.Connection = NewSlot(decisions[entry.General].ForConnectionData());
                }

                slot = entry.Connection;
            }

            Set(field, slot);
        }

        /// <summary>Finds a client's shared decision; -1 when there is none yet.</summary>
        public int Find(bool proof, Instant? proofFrom, bool forProspecting)
        {
            for (var i = 0; i < keyCount; i++)
            {
                ref var entry = ref keys[i];
                if (entry.Proof == proof && entry.ForProspecting == forProspecting && entry.ProofFrom == proofFrom)
                {
                    return i;
                }
            }

            return -1;
        }

        public int Add(bool proof, Instant? proofFrom, bool forProspecting, RetentionDecision decision)
        {
            if (keyCount == keys.Length)
            {
                Array.Resize(ref keys, keys.Length * 2);
            }

            keys[keyCount] = new Key(proof, proofFrom, forProspecting, NewSlot(decision));
            return keyCount++;
        }

        /// <summary>Adds every decision of the subject to the summary, as many times as fields took it.</summary>
        public void Count(PurgePlanSummary summary)
        {
            for (var i = 0; i < decisionCount; i++)
            {
                summary.Add(decisions[i], counts[i]);
            }
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private void Set(int field, int slot)
        {
            counts[slot]++;
            slots[field] = slot;
            if (isAction[slot])
            {
                actions[ActionCount++] = field;
            }
        }

        private int NewSlot(RetentionDecision decision)
        {
            if (decisionCount == decisions.Length)
            {
                Array.Resize(ref decisions, decisions.Length * 2);
                Array.Resize(ref counts, counts.Length * 2);
                Array.Resize(ref isAction, isAction.Length * 2);
            }

            decisions[decisionCount] = decision;
            counts[decisionCount] = 0;
            isAction[decisionCount] = IsAction(decision.Verdict);
            return decisionCount++;
        }

        /// <summary>What a shared decision depends on, and the slots of its general and connection-data variants.</summary>
        private struct Key(bool proof, Instant? proofFrom, bool forProspecting, int general)
        {
            public readonly bool Proof = proof;
            public readonly Instant? ProofFrom = proofFrom;
            public readonly bool ForProspecting = forProspecting;
            public readonly int General = general;
            public int Connection = -1;
        }
    }
}
