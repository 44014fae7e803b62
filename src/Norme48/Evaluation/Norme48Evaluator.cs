using System;
using System.Linq;
using NodaTime;
using Norme48.Decisions;
using Norme48.Identifiers;
using Norme48.Retention;
using Norme48.Rules;
using Norme48.Vocabulary;

namespace Norme48.Evaluation;

/// <summary>
/// Decides, under one edition of the norm, whether a personal-data field may be collected for a purpose, shared with a
/// recipient, or ceded, rented or exchanged; what to do with its data at an instant; whether a person may be
/// solicited; whether a collection form informs them; and whether a code may serve as the internal client code.
/// </summary>
/// <remarks>
/// Stateless and thread-safe: create one per edition and share it. Collect, share, transfer and solicit decisions are
/// read from tables computed once from the edition's <see cref="Rulebook"/>, and retention decisions share their rules
/// and messages, so deciding allocates nothing (with recommendations enforced); the internal-code check allocates its
/// masked value, and the notice check its violations. Non-compliance is a
/// <see cref="Decision"/> with its reasons, never an exception; exceptions are for programmer errors (a null argument,
/// an undefined enum value, a vocabulary term the edition does not have).
/// </remarks>
public sealed partial class Norme48Evaluator
{
    /// <summary>Every precomputed decision of each edition, built once on first use and shared by every evaluator of it.</summary>
    // Stryker disable all : static initialiser, run once per test process before any mutant is active (README, Mutation testing)
    private static readonly Lazy<EditionTables>[] TablesByEdition =
        [.. Edition.All.Select(edition => new Lazy<EditionTables>(() => new EditionTables(Rulebook.For(edition))))];
    // Stryker restore all

    private readonly FieldDecisionTables tables;
    private readonly EditionSet set;
    private readonly bool later;

    /// <summary>The period of the edition's policy for each rule that has one, indexed by rule id: read on every record decision.</summary>
    private readonly Period?[] periodsByRule;
    private readonly Decision[] internalCode;

    /// <summary>Initializes a new instance of the <see cref="Norme48Evaluator"/> class for <c>ns48-2005</c>, the default edition.</summary>
    public Norme48Evaluator()
        : this(Edition.Ns2005)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="Norme48Evaluator"/> class for an edition.</summary>
    /// <param name="edition">The edition decisions are made under.</param>
    /// <param name="recommendations">
    /// Whether the CNIL's recommendations decide (<see cref="RecommendationMode.Enforce"/>, the default) or are only
    /// reported as advisories (<see cref="RecommendationMode.Advise"/>).
    /// </param>
    /// <exception cref="ArgumentNullException"><paramref name="edition"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="recommendations"/> is not a defined <see cref="RecommendationMode"/>.</exception>
    public Norme48Evaluator(Edition edition, RecommendationMode recommendations = RecommendationMode.Enforce)
    {
        Rulebook = Rulebook.For(edition);
        if (recommendations is not (RecommendationMode.Enforce or RecommendationMode.Advise))
        {
            throw new ArgumentOutOfRangeException(nameof(recommendations), recommendations, "Not a defined recommendation mode.");
        }

        Edition = edition;
        Recommendations = recommendations;
        set = edition.Set;
        var shared = TablesByEdition[EditionIndex(edition)].Value;
        tables = shared.Fields;
        retention = shared.Retention;
        solicit = shared.Solicit;
        internalCode = shared.InternalCode;
        policies = RetentionPolicy.ForEdition(edition);
        later = !ReferenceEquals(edition, Edition.Ns2005);
        proofArchivePeriod = RetentionPolicy.Find(policies, RuleId.RetentionClientProof).Period!;
        periodsByRule = new Period?[RuleIds.All.Count + 1];
        foreach (var policy in policies)
        {
            if (policy.Rule is { } rule)
            {
                periodsByRule[(int)rule] = policy.Period;
            }

            DateShifts.Prepare(policy.Period);
        }

        DateShifts.Prepare(DeferredCardDisputePeriod);

        if (later)
        {
            prospectPeriod = RetentionPolicy.Find(policies, RuleId.RetentionProspectThreeYears).Period!;
            clientProspectingPeriod = RetentionPolicy.Find(policies, RuleId.RetentionClientProspectingThreeYears).Period!;
            maxUnansweredSolicitations = int.MaxValue;
            advisesProspectDurations = recommendations == RecommendationMode.Advise
                && Rulebook[RuleId.RetentionProspectThreeYears].Strength == RuleStrength.Recommended;
        }
        else
        {
            prospectPeriod = RetentionPolicy.Find(policies, RuleId.RetentionProspectOneYear).Period!;
            clientProspectingPeriod = Period.Zero;
            maxUnansweredSolicitations = RetentionPolicy.Find(policies, RuleId.RetentionProspectTwoUnanswered).MaxUnansweredSolicitations!.Value;
            advisesProspectDurations = recommendations == RecommendationMode.Advise;
        }
    }

    /// <summary>Gets the shared evaluator for <c>ns48-2005</c>, the default edition.</summary>
    public static Norme48Evaluator Default => DefaultHolder.Instance;

    /// <summary>Gets the edition decisions are made under.</summary>
    public Edition Edition { get; }

    /// <summary>Gets whether the CNIL's recommendations decide or are reported as advisories.</summary>
    public RecommendationMode Recommendations { get; }

    /// <summary>Gets the rules of <see cref="Edition"/>.</summary>
    public Rulebook Rulebook { get; }

    /// <summary>Decides whether a field may be collected for a purpose.</summary>
    /// <param name="field">The field: built-in, or custom (it then obeys every rule of its category).</param>
    /// <param name="purpose">The purpose the field would serve.</param>
    /// <param name="sector">The controller's sector; <see cref="Sector.General"/> when <see langword="null"/>.</param>
    /// <returns>
    /// The decision: NS48-SCOPE-SECTOR alone outside the norm's sectors; NS48-DATA-NIR alone for the NIR or an excluded
    /// field; otherwise every denying rule among NS48-SCOPE-EXCLUDED-USE and NS48-DATA-CONNECTION-STATS-ONLY, or the one
    /// allowing rule (NS48-DATA-CONNECTION-STATS-ONLY for connection data, NS48-DATA-LISTED for the others).
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="field"/> or <paramref name="purpose"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="purpose"/> is not part of the edition's vocabulary.</exception>
    public Decision MayCollect(DataField field, ProcessingPurpose purpose, Sector? sector = null)
    {
        ArgumentNullException.ThrowIfNull(field);
        ArgumentNullException.ThrowIfNull(purpose);
        if ((purpose.Editions & set) == 0)
        {
            Terms.EnsureDefinedIn(purpose.Editions, Edition, "purpose", purpose.Id, nameof(purpose));
        }

        if (sector is not null && sector.IsOutsideNorm(set))
        {
            return tables.OutOfScope;
        }

        if (field.IsExcluded)
        {
            return ReferenceEquals(field, DataField.Nir) ? tables.NirCollect : tables.ExcludedCollect;
        }

        return tables.Collect[FieldDecisionTables.CollectIndex(field.Category, purpose)];
    }

    /// <summary>Decides whether a field may be shared with (accessed by, or disclosed to) a recipient.</summary>
    /// <param name="field">The field: built-in, or custom.</param>
    /// <param name="recipient">The recipient: listed, or <see cref="Recipient.Unlisted"/>.</param>
    /// <param name="basis">
    /// The ground of the share, for the recipients the norm conditions: <see cref="SharingBasis.ContractExecution"/>
    /// for contracted companies, <see cref="SharingBasis.LegalObligation"/> for public bodies,
    /// <see cref="SharingBasis.DebtRecovery"/> for justice auxiliaries and debt collectors.
    /// </param>
    /// <param name="sector">The controller's sector; <see cref="Sector.General"/> when <see langword="null"/>.</param>
    /// <returns>
    /// The decision under NS48-RCPT-ACCESS, NS48-RCPT-PUBLIC-BODIES, NS48-RCPT-DEBT-RECOVERY or NS48-RCPT-UNKNOWN (after
    /// NS48-SCOPE-SECTOR and NS48-DATA-NIR, each cited alone). A share to <see cref="Recipient.FileAcquirer"/> is decided
    /// as a transfer without commitment, consent or objection, so it is always denied, and its messages advise asking
    /// <see cref="MayTransfer"/>. An allowed share to contracted companies carries the confidentiality obligation.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="field"/> or <paramref name="recipient"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="basis"/> is not a defined <see cref="SharingBasis"/>.</exception>
    public Decision MayShare(DataField field, Recipient recipient, SharingBasis? basis = null, Sector? sector = null)
    {
        ArgumentNullException.ThrowIfNull(field);
        ArgumentNullException.ThrowIfNull(recipient);
        var basisIndex = 0;
        if (basis is { } given)
        {
            if (given is not (SharingBasis.ContractExecution or SharingBasis.LegalObligation or SharingBasis.DebtRecovery))
            {
                throw new ArgumentOutOfRangeException(nameof(basis), given, "Not a defined sharing basis.");
            }

            basisIndex = (int)given;
        }

        if (sector is not null && sector.IsOutsideNorm(set))
        {
            return tables.OutOfScope;
        }

        if (ReferenceEquals(recipient, Recipient.FileAcquirer))
        {
            return field.IsExcluded
                ? ReferenceEquals(field, DataField.Nir) ? tables.NirShareToAcquirer : tables.ExcludedShareToAcquirer
                : tables.ShareToAcquirer[(int)FieldDecisionTables.ClassOf(field, sensitive: false)];
        }

        if (field.IsExcluded)
        {
            return ReferenceEquals(field, DataField.Nir) ? tables.NirShare : tables.ExcludedShare;
        }

        var connection = ReferenceEquals(field.Category, DataCategory.ConnectionData);
        return tables.Share[FieldDecisionTables.ShareIndex(connection, recipient.Index, basisIndex)];
    }

    /// <summary>Decides whether a field may be ceded, rented or exchanged with the file (« cession, location ou échange »).</summary>
    /// <param name="field">The field: built-in, or custom (a custom field carries its own sensitivity flag).</param>
    /// <param name="mode">How the file is handed over.</param>
    /// <param name="conditions">The acquirer's commitment, the person's express consent, and whether the person objected.</param>
    /// <param name="sensitive">
    /// For a built-in <see cref="DataCategory.CommercialRelationship"/> field only: whether, for this business, its
    /// content may indirectly reveal sensitive data (for instance documentation requested on a union's services).
    /// Leave <see langword="null"/> for every other field.
    /// </param>
    /// <param name="sector">The controller's sector; <see cref="Sector.General"/> when <see langword="null"/>.</param>
    /// <returns>
    /// The decision: NS48-SCOPE-SECTOR or NS48-DATA-NIR alone when they apply; otherwise every denying rule among
    /// NS48-TRANSFER-INTERNAL-CODE, NS48-TRANSFER-IDENTITY-SITUATION, NS48-TRANSFER-OBJECTION,
    /// NS48-TRANSFER-SENSITIVE-CONSENT, NS48-TRANSFER-RELATIONSHIP-CONSENT and NS48-TRANSFER-OTHER, or the one allowing
    /// rule with the acquirer-commitment obligation.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="field"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="mode"/> is not a defined <see cref="TransferMode"/>.</exception>
    /// <exception cref="ArgumentException">
    /// <paramref name="sensitive"/> is given (whatever its value) for a field that is not a built-in commercial-relationship field.
    /// </exception>
    public Decision MayTransfer(DataField field, TransferMode mode, TransferConditions conditions, bool? sensitive = null, Sector? sector = null)
    {
        ArgumentNullException.ThrowIfNull(field);
        if (mode is not (TransferMode.Cession or TransferMode.Rental or TransferMode.Exchange))
        {
            throw new ArgumentOutOfRangeException(nameof(mode), mode, "Not a defined transfer mode.");
        }

        if (sensitive.HasValue)
        {
            DataField.EnsureSensitiveFlagAllowed(field.Category, sensitive, nameof(sensitive));
            if (!field.IsBuiltIn)
            {
                throw new ArgumentException(
                    "A custom field carries its own sensitivity flag (DataField.Custom); do not flag it again per transfer.", nameof(sensitive));
            }
        }

        if (sector is not null && sector.IsOutsideNorm(set))
        {
            return tables.OutOfScope;
        }

        if (field.IsExcluded)
        {
            return ReferenceEquals(field, DataField.Nir) ? tables.NirTransfer : tables.ExcludedTransfer;
        }

        var transferClass = (int)FieldDecisionTables.ClassOf(field, sensitive ?? false);
        return tables.Transfer[(transferClass * FieldDecisionTables.TransferFlagCount) + conditions.Flags];
    }

    /// <summary>Decides whether a value may serve as the internal client code (NS48-DATA-INTERNAL-CODE).</summary>
    /// <param name="value">The proposed code. It is normalised (spaces, tabs, dots and hyphens removed, upper-cased) before the checks.</param>
    /// <param name="sector">The controller's sector; <see cref="Sector.General"/> when <see langword="null"/>.</param>
    /// <returns>
    /// The decision, denied when the code validates as a NIR or passes the bank-card check, with the code masked. The
    /// detectors never claim a number is a real card or a real person's NIR.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="value"/> is empty after normalisation (the message never shows it).</exception>
    public InternalCodeDecision CheckInternalCode(string value, Sector? sector = null)
    {
        var masked = IdentifierText.Mask(value);
        if (sector is not null && sector.IsOutsideNorm(set))
        {
            return new InternalCodeDecision(tables.OutOfScope, IdentifierMatch.None, masked);
        }

        var match = (Nir.IsValid(value) ? IdentifierMatch.Nir : IdentifierMatch.None)
            | (CardNumber.IsValid(value) ? IdentifierMatch.CardNumber : IdentifierMatch.None);
        return new InternalCodeDecision(internalCode[(int)match], match, masked);
    }

    internal static Decision[] BuildInternalCodeDecisions(Rulebook rulebook)
    {
        var rule = rulebook[RuleId.DataInternalCode];
        Decision Denied(LocalizedText message) => new(Verdict.Denied, rulebook.Edition, [new Reason(rule, message)]);
        return
        [
            new Decision(Verdict.Allowed, rulebook.Edition, [new Reason(rule, Messages.InternalCodeAllowed)]),
            Denied(Messages.InternalCodeIsNir),
            Denied(Messages.InternalCodeIsCard),
            Denied(Messages.InternalCodeIsBoth),
        ];
    }

    private static int EditionIndex(Edition edition) => edition.Set switch
    {
        EditionSet.Ns2005 => 0,
        EditionSet.Ns2016 => 1,
        _ => 2,
    };

    /// <summary>The decisions of one edition that do not depend on the recommendation mode.</summary>
    private sealed class EditionTables(Rulebook rulebook)
    {
        public FieldDecisionTables Fields { get; } = new(rulebook);

        public RetentionOutcomes Retention { get; } = new(rulebook);

        public SolicitDecisions Solicit { get; } = new(rulebook);

        public Decision[] InternalCode { get; } = BuildInternalCodeDecisions(rulebook);
    }

    /// <summary>Holds the default instance, so that it is built after every static table of the partial class.</summary>
    private static class DefaultHolder
    {
        // Stryker disable all : static initialiser, run once per test process before any mutant is active (README, Mutation testing)
        public static readonly Norme48Evaluator Instance = new();
        // Stryker restore all
    }
}
