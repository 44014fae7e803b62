using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Linq;

namespace Norme48.Vocabulary;

/// <summary>
/// A purpose (« finalité ») of a client and prospect file, as the norm lists them, including the uses it excludes.
/// Purposes added by later editions exist here too, so that asking for one under an edition that lacks it is a clear
/// error naming the editions that have it.
/// </summary>
public sealed class ProcessingPurpose : IEquatable<ProcessingPurpose>
{
    /// <summary>Contracts (« contrats »).</summary>
    // Stryker disable all : static initialiser, run once per test process before any mutant is active (README, Mutation testing)
    public static readonly ProcessingPurpose Contracts = new(0, "contracts", PurposeGroup.ClientManagement, "contrats", EditionSet.All);

    /// <summary>Orders (« commandes »).</summary>
    public static readonly ProcessingPurpose Orders = new(1, "orders", PurposeGroup.ClientManagement, "commandes", EditionSet.All);

    /// <summary>Deliveries (« livraisons »).</summary>
    public static readonly ProcessingPurpose Deliveries = new(2, "deliveries", PurposeGroup.ClientManagement, "livraisons", EditionSet.All);

    /// <summary>Invoices (« factures »).</summary>
    public static readonly ProcessingPurpose Invoices = new(3, "invoices", PurposeGroup.ClientManagement, "factures", EditionSet.All);

    /// <summary>Accounting, in particular client accounts (« comptabilité et en particulier la gestion des comptes clients »).</summary>
    public static readonly ProcessingPurpose Accounting = new(4, "accounting", PurposeGroup.ClientManagement, "comptabilité et en particulier la gestion des comptes clients", EditionSet.All);

    /// <summary>A loyalty programme of one company (« gestion d'un programme de fidélité »).</summary>
    public static readonly ProcessingPurpose LoyaltyProgramme = new(5, "loyalty-programme", PurposeGroup.ClientManagement, "gestion d'un programme de fidélité", EditionSet.All);

    /// <summary>Building and managing a prospect file, normalisation, enrichment and deduplication included (« constitution et gestion d'un fichier de prospects »).</summary>
    public static readonly ProcessingPurpose ProspectFileManagement = new(6, "prospect-file-management", PurposeGroup.Prospecting, "constitution et gestion d'un fichier de prospects", EditionSet.All);

    /// <summary>Selecting clients for prospecting and promotion (« sélection de clients pour réaliser des actions de prospection et de promotion »).</summary>
    public static readonly ProcessingPurpose ProspectingSelection = new(7, "prospecting-selection", PurposeGroup.Prospecting, "sélection de clients pour réaliser des actions de prospection et de promotion", EditionSet.All);

    /// <summary>Ceding, renting or exchanging the client and prospect file (« cession, location ou échange du fichier de clients et de prospects »).</summary>
    public static readonly ProcessingPurpose FileTransfer = new(8, "file-transfer", PurposeGroup.Prospecting, "cession, location ou échange du fichier de clients et de prospects", EditionSet.All);

    /// <summary>Commercial statistics (« élaboration de statistiques commerciales »).</summary>
    public static readonly ProcessingPurpose CommercialStatistics = new(9, "commercial-statistics", PurposeGroup.Prospecting, "élaboration de statistiques commerciales", EditionSet.All);

    /// <summary>Sending solicitations (« envoi de sollicitations »).</summary>
    public static readonly ProcessingPurpose Solicitations = new(10, "solicitations", PurposeGroup.Prospecting, "envoi de sollicitations", EditionSet.All);

    /// <summary>Website audience statistics (« élaboration de statistiques de fréquentation du site internet »).</summary>
    public static readonly ProcessingPurpose WebsiteAudienceStatistics = new(11, "website-audience-statistics", PurposeGroup.Statistics, "élaboration de statistiques de fréquentation du site internet", EditionSet.All);

    /// <summary>Excluded use: processing liable to exclude persons from a right, a service or a contract.</summary>
    public static readonly ProcessingPurpose ExclusionFromRight = new(12, "exclusion-from-right", PurposeGroup.ExcludedUse, "traitements susceptibles d'exclure des personnes du bénéfice d'un droit, d'une prestation ou d'un contrat", EditionSet.All, excludedIn: EditionSet.All);

    /// <summary>A loyalty programme shared by several companies: an excluded use in <c>ns48-2005</c>, allowed from 2012.</summary>
    public static readonly ProcessingPurpose SharedLoyaltyProgramme = new(13, "shared-loyalty-programme", PurposeGroup.ClientManagement, "programmes de fidélité communs à plusieurs sociétés", EditionSet.All, excludedIn: EditionSet.Ns2005);

    /// <summary>Customer-relationship follow-up: satisfaction surveys, complaints, after-sales (from <c>ns48-2016</c>).</summary>
    public static readonly ProcessingPurpose CustomerFollowUp = new(14, "customer-follow-up", PurposeGroup.ClientManagement, "suivi de la relation client (enquêtes de satisfaction, réclamations, service après-vente)", EditionSet.From2016);

    /// <summary>Selecting clients for studies, surveys and product tests (from <c>ns48-2016</c>).</summary>
    public static readonly ProcessingPurpose StudiesSelection = new(15, "studies-selection", PurposeGroup.ClientManagement, "sélection de clients pour réaliser des études, sondages et tests produits", EditionSet.From2016);

    /// <summary>Contests, lotteries and promotions, not online gambling (from <c>ns48-2016</c>).</summary>
    public static readonly ProcessingPurpose Contests = new(16, "contests", PurposeGroup.Prospecting, "organisation de jeux concours, de loteries ou de toute opération promotionnelle", EditionSet.From2016);

    /// <summary>Handling requests to exercise rights of access, rectification and objection (from <c>ns48-2016</c>).</summary>
    public static readonly ProcessingPurpose RightsRequests = new(17, "rights-requests", PurposeGroup.ClientManagement, "gestion des demandes de droit d'accès, de rectification et d'opposition", EditionSet.From2016);

    /// <summary>Unpaid invoices and litigation (from <c>ns48-2016</c>).</summary>
    public static readonly ProcessingPurpose UnpaidAndLitigation = new(18, "unpaid-and-litigation", PurposeGroup.ClientManagement, "gestion des impayés et du contentieux", EditionSet.From2016);

    /// <summary>Handling persons' reviews of products, services or content (from <c>ns48-2016</c>).</summary>
    public static readonly ProcessingPurpose Reviews = new(19, "reviews", PurposeGroup.ClientManagement, "gestion des avis des personnes sur des produits, services ou contenus", EditionSet.From2016);

    /// <summary>Update of the prospect file by the body managing the telephone opposition list (<c>ns48-2016</c> only).</summary>
    public static readonly ProcessingPurpose OppositionListUpdate = new(20, "opposition-list-update", PurposeGroup.Prospecting, "actualisation du fichier de prospection par l'organisme en charge de la gestion de la liste d'opposition au démarchage téléphonique", EditionSet.Ns2016);

    /// <summary>General accounting (<c>ref-2021</c>).</summary>
    public static readonly ProcessingPurpose GeneralAccounting = new(21, "general-accounting", PurposeGroup.ClientManagement, "tenue de la comptabilité générale", EditionSet.Ref2021);

    /// <summary>Financial statistics (<c>ref-2021</c>).</summary>
    public static readonly ProcessingPurpose FinancialStatistics = new(22, "financial-statistics", PurposeGroup.Statistics, "élaboration de statistiques financières", EditionSet.Ref2021);

    /// <summary>Excluded use under <c>ref-2021</c>: fraud detection.</summary>
    public static readonly ProcessingPurpose FraudDetection = new(23, "fraud-detection", PurposeGroup.ExcludedUse, "détection de la fraude", EditionSet.Ref2021, excludedIn: EditionSet.Ref2021);

    /// <summary>Excluded use under <c>ref-2021</c>: profiling from third-party data.</summary>
    public static readonly ProcessingPurpose ThirdPartyProfiling = new(24, "third-party-profiling", PurposeGroup.ExcludedUse, "profilage à partir de données de tiers", EditionSet.Ref2021, excludedIn: EditionSet.Ref2021);

    private static readonly ProcessingPurpose[] AllPurposes =
    [
        Contracts, Orders, Deliveries, Invoices, Accounting, LoyaltyProgramme, ProspectFileManagement, ProspectingSelection,
        FileTransfer, CommercialStatistics, Solicitations, WebsiteAudienceStatistics, ExclusionFromRight, SharedLoyaltyProgramme,
        CustomerFollowUp, StudiesSelection, Contests, RightsRequests, UnpaidAndLitigation, Reviews, OppositionListUpdate,
        GeneralAccounting, FinancialStatistics, FraudDetection, ThirdPartyProfiling,
    ];
    // Stryker restore all


    private static System.Collections.ObjectModel.ReadOnlyCollection<ProcessingPurpose>? AllPurposesView;

    // Stryker disable all : static initialiser, run once per test process before any mutant is active (README, Mutation testing)
    private static readonly FrozenDictionary<string, ProcessingPurpose> ById =
        AllPurposes.ToFrozenDictionary(p => p.Id, StringComparer.Ordinal);
    // Stryker restore all

    private ProcessingPurpose(int index, string id, PurposeGroup group, string frenchWording, EditionSet editions, EditionSet excludedIn = EditionSet.None)
    {
        Index = index;
        Id = id;
        Group = group;
        FrenchWording = frenchWording;
        Editions = editions;
        ExcludedIn = excludedIn;
    }

    /// <summary>Gets every purpose of every edition, those of <c>ns48-2005</c> first.</summary>
    public static IReadOnlyList<ProcessingPurpose> All => AllPurposesView ??= Array.AsReadOnly(AllPurposes);

    /// <summary>Gets the stable kebab-case id, such as <c>prospecting-selection</c>.</summary>
    public string Id { get; }

    /// <summary>
    /// Gets the group the norm puts the purpose in. Whether an edition excludes the purpose is told by
    /// <see cref="IsExcludedUseIn"/>: <c>shared-loyalty-programme</c> is a client-management purpose that only
    /// <c>ns48-2005</c> excludes.
    /// </summary>
    public PurposeGroup Group { get; }

    /// <summary>
    /// Gets the purpose's French wording: the norm's own for <c>ns48-2005</c> purposes; for purposes added later, a
    /// French description (the official wording of those editions' articles is not held).
    /// </summary>
    public string FrenchWording { get; }

    internal int Index { get; }

    internal const int Count = 25;

    internal EditionSet Editions { get; }

    internal EditionSet ExcludedIn { get; }

    /// <summary>Gets the editions that have the purpose.</summary>
    /// <returns>The editions, oldest first.</returns>
    public IReadOnlyList<Edition> GetEditions() => Edition.All.Where(e => (e.Set & Editions) != 0).ToArray();

    /// <summary>Whether the edition has the purpose.</summary>
    /// <param name="edition">The edition.</param>
    /// <returns><see langword="true"/> when the purpose is part of <paramref name="edition"/>'s vocabulary.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="edition"/> is <see langword="null"/>.</exception>
    public bool IsDefinedIn(Edition edition)
    {
        ArgumentNullException.ThrowIfNull(edition);
        return (Editions & edition.Set) != 0;
    }

    /// <summary>Whether the edition excludes the purpose (NS48-SCOPE-EXCLUDED-USE): anything asked for it is denied.</summary>
    /// <param name="edition">The edition.</param>
    /// <returns><see langword="true"/> when <paramref name="edition"/> lists the purpose as an excluded use.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="edition"/> is <see langword="null"/>.</exception>
    public bool IsExcludedUseIn(Edition edition)
    {
        ArgumentNullException.ThrowIfNull(edition);
        return (ExcludedIn & edition.Set) != 0;
    }

    /// <summary>Parses a purpose id.</summary>
    /// <param name="id">The kebab-case purpose id.</param>
    /// <returns>The purpose.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is <see langword="null"/>.</exception>
    /// <exception cref="FormatException"><paramref name="id"/> is not a purpose id of any edition; the message lists the accepted ids.</exception>
    public static ProcessingPurpose Parse(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        return TryParse(id, out var purpose) ? purpose : throw Terms.UnknownId("purpose", id, AllPurposes, p => p.Id);
    }

    /// <summary>Tries to parse a purpose id of any edition.</summary>
    /// <param name="id">The kebab-case purpose id.</param>
    /// <param name="purpose">The purpose, when the id is known.</param>
    /// <returns><see langword="true"/> when <paramref name="id"/> is a purpose id.</returns>
    public static bool TryParse(string? id, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out ProcessingPurpose? purpose)
    {
        if (id is null)
        {
            purpose = null;
            return false;
        }

        return ById.TryGetValue(id, out purpose);
    }

    /// <inheritdoc/>
    public bool Equals(ProcessingPurpose? other) => ReferenceEquals(this, other);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => ReferenceEquals(this, obj);

    /// <inheritdoc/>
    public override int GetHashCode() => Index;

    /// <summary>Returns the purpose id.</summary>
    /// <returns>The kebab-case id.</returns>
    public override string ToString() => Id;
}

/// <summary>How the norm groups its purposes.</summary>
public enum PurposeGroup
{
    /// <summary>Operations of client management (« opérations relatives à la gestion des clients »).</summary>
    ClientManagement = 1,

    /// <summary>Operations of prospecting (« opérations relatives à la prospection »).</summary>
    Prospecting = 2,

    /// <summary>Statistics (website audience; from <c>ref-2021</c>, financial statistics).</summary>
    Statistics = 3,

    /// <summary>A use the norm excludes (« utilisations exclues »).</summary>
    ExcludedUse = 4,
}
