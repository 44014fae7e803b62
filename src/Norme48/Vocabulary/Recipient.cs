using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Linq;

namespace Norme48.Vocabulary;

/// <summary>
/// Someone who may receive the file's data (« destinataires des données »): a recipient the norm lists (static
/// instances), or an unlisted one (<see cref="Unlisted"/>), which the norm does not allow (NS48-RCPT-UNKNOWN).
/// </summary>
public sealed class Recipient : IEquatable<Recipient>
{
    /// <summary>Staff of the commercial service, within their remit (« personnels chargés du service commercial »).</summary>
    // Stryker disable all : static initialiser, run once per test process before any mutant is active (README, Mutation testing)
    public static readonly Recipient CommercialStaff = new(0, "commercial-staff", RecipientKind.Access, "personnels chargés du service commercial");

    /// <summary>Staff of the administrative services, within their remit (« services administratifs »).</summary>
    public static readonly Recipient AdministrativeStaff = new(1, "administrative-staff", RecipientKind.Access, "services administratifs");

    /// <summary>Line managers of the commercial and administrative staff.</summary>
    public static readonly Recipient LineManagers = new(2, "line-managers", RecipientKind.Access, "supérieurs hiérarchiques des personnels commerciaux et administratifs");

    /// <summary>Control services: statutory auditor, internal control.</summary>
    public static readonly Recipient ControlServices = new(3, "control-services", RecipientKind.Access, "services de contrôle (commissaire aux comptes, contrôle interne)");

    /// <summary>External companies bound by contract, for the execution of a contract only.</summary>
    public static readonly Recipient ContractedCompanies = new(4, "contracted-companies", RecipientKind.Access, "entreprises extérieures sous contrat, pour l'exécution d'un contrat");

    /// <summary>Public bodies, exclusively to meet a legal obligation.</summary>
    public static readonly Recipient PublicBodies = new(5, "public-bodies", RecipientKind.Disclosure, "organismes publics, pour une obligation légale uniquement");

    /// <summary>Court auxiliaries and ministerial officers, for debt recovery only.</summary>
    public static readonly Recipient JusticeAuxiliaries = new(6, "justice-auxiliaries", RecipientKind.Disclosure, "auxiliaires de justice et officiers ministériels, pour le recouvrement de créances");

    /// <summary>Bodies in charge of debt recovery, for debt recovery only.</summary>
    public static readonly Recipient DebtCollectors = new(7, "debt-collectors", RecipientKind.Disclosure, "organismes de recouvrement de créances");

    /// <summary>
    /// A company to which the file is ceded, rented or exchanged. Not a recipient of <c>share</c>: a share to it is
    /// decided as a transfer without the acquirer's commitment, consent or objection, and so is always denied; ask
    /// for a transfer instead.
    /// </summary>
    public static readonly Recipient FileAcquirer = new(8, "file-acquirer", RecipientKind.Transfer, "société à laquelle le fichier est cédé, loué ou échangé");

    private static readonly Recipient[] ListedRecipients =
    [
        CommercialStaff, AdministrativeStaff, LineManagers, ControlServices, ContractedCompanies, PublicBodies,
        JusticeAuxiliaries, DebtCollectors, FileAcquirer,
    ];
    // Stryker restore all


    private static System.Collections.ObjectModel.ReadOnlyCollection<Recipient>? ListedRecipientsView;

    // Stryker disable all : static initialiser, run once per test process before any mutant is active (README, Mutation testing)
    private static readonly FrozenDictionary<string, Recipient> ById =
        ListedRecipients.ToFrozenDictionary(r => r.Id, StringComparer.Ordinal);
    // Stryker restore all

    /// <summary>The table index every unlisted recipient shares.</summary>
    internal const int UnlistedIndex = 9;

    internal const int IndexCount = 10;

    private Recipient(int index, string id, RecipientKind kind, string? frenchWording)
    {
        Index = index;
        Id = id;
        Kind = kind;
        FrenchWording = frenchWording;
    }

    /// <summary>Gets the recipients the norm lists, <see cref="FileAcquirer"/> last.</summary>
    public static IReadOnlyList<Recipient> Listed => ListedRecipientsView ??= Array.AsReadOnly(ListedRecipients);

    /// <summary>Gets the stable kebab-case id, such as <c>debt-collectors</c>.</summary>
    public string Id { get; }

    /// <summary>Gets how the norm lets the recipient have the data.</summary>
    public RecipientKind Kind { get; }

    /// <summary>Gets a French description of a listed recipient, or <see langword="null"/> for an unlisted one.</summary>
    public string? FrenchWording { get; }

    /// <summary>Gets a value indicating whether the norm lists the recipient.</summary>
    public bool IsListed => Kind != RecipientKind.Unlisted;

    internal int Index { get; }

    /// <summary>Names a recipient the norm does not list, such as an advertising network.</summary>
    /// <param name="id">A kebab-case id (<c>^[a-z0-9]+(-[a-z0-9]+)*$</c>) that is not a listed recipient id.</param>
    /// <returns>The unlisted recipient; sharing with it is denied under NS48-RCPT-UNKNOWN.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="id"/> is not kebab-case, or is a listed recipient id.</exception>
    public static Recipient Unlisted(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        if (!Terms.IsKebabCase(id))
        {
            throw new ArgumentException($"A recipient id must be kebab-case (^[a-z0-9]+(-[a-z0-9]+)*$); '{id}' is not.", nameof(id));
        }

        if (ById.ContainsKey(id))
        {
            throw new ArgumentException($"'{id}' is a recipient the norm lists; use Recipient.Parse or its static instance.", nameof(id));
        }

        return new Recipient(UnlistedIndex, id, RecipientKind.Unlisted, null);
    }

    /// <summary>Parses a listed recipient id.</summary>
    /// <param name="id">The kebab-case recipient id.</param>
    /// <returns>The listed recipient.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is <see langword="null"/>.</exception>
    /// <exception cref="FormatException"><paramref name="id"/> is not a listed recipient id; the message lists the accepted ids.</exception>
    public static Recipient Parse(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        return TryParse(id, out var recipient) ? recipient : throw Terms.UnknownId("recipient", id, ListedRecipients, r => r.Id);
    }

    /// <summary>Tries to parse a listed recipient id.</summary>
    /// <param name="id">The kebab-case recipient id.</param>
    /// <param name="recipient">The listed recipient, when the id is known.</param>
    /// <returns><see langword="true"/> when <paramref name="id"/> is a listed recipient id.</returns>
    public static bool TryParse(string? id, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Recipient? recipient)
    {
        if (id is null)
        {
            recipient = null;
            return false;
        }

        return ById.TryGetValue(id, out recipient);
    }

    /// <inheritdoc/>
    public bool Equals(Recipient? other) =>
        ReferenceEquals(this, other)
        || (other is not null && Kind == RecipientKind.Unlisted && other.Kind == RecipientKind.Unlisted
            && string.Equals(Id, other.Id, StringComparison.Ordinal));

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Recipient);

    /// <inheritdoc/>
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Id);

    /// <summary>Returns the recipient id.</summary>
    /// <returns>The kebab-case id.</returns>
    public override string ToString() => Id;
}

/// <summary>How the norm lets a recipient have the data.</summary>
public enum RecipientKind
{
    /// <summary>Access within the controller's organisation or its contractors, within their remit.</summary>
    Access = 1,

    /// <summary>Disclosure to a third party, for one stated purpose only (legal obligation, debt recovery).</summary>
    Disclosure = 2,

    /// <summary>Cession, rental or exchange of the file: decided as a transfer.</summary>
    Transfer = 3,

    /// <summary>Not a recipient under the norm (NS48-RCPT-UNKNOWN).</summary>
    Unlisted = 4,
}

/// <summary>The ground on which data are shared with a recipient whose access the norm conditions.</summary>
public enum SharingBasis
{
    /// <summary>The execution of a contract (contracted companies).</summary>
    ContractExecution = 1,

    /// <summary>A legal obligation (public bodies).</summary>
    LegalObligation = 2,

    /// <summary>Debt recovery (justice auxiliaries, debt collectors).</summary>
    DebtRecovery = 3,
}

/// <summary>How the file is handed to another company (« cession, location ou échange »).</summary>
public enum TransferMode
{
    /// <summary>The file is ceded (sold or given) (« cession »).</summary>
    Cession = 1,

    /// <summary>The file is rented (« location »).</summary>
    Rental = 2,

    /// <summary>The file is exchanged (« échange »).</summary>
    Exchange = 3,
}
