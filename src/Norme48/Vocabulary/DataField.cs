using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Linq;

namespace Norme48.Vocabulary;

/// <summary>
/// A personal-data field: one of the 43 fields the norm lists (static instances), or a custom field a controller
/// declares in one of the norm's categories (<see cref="Custom"/>).
/// </summary>
/// <remarks>
/// A custom field is a field of its category: every rule stated for the category (NS48-DATA-NIR for
/// <see cref="DataCategory.Excluded"/>, NS48-DATA-CONNECTION-STATS-ONLY, the transfer and retention rules) applies to it
/// exactly as to a built-in field.
/// </remarks>
public sealed class DataField : IEquatable<DataField>
{
    /// <summary>Identity field <c>last-name</c> (« nom »).</summary>
    // Stryker disable all : static initialiser, run once per test process before any mutant is active (README, Mutation testing)
    public static readonly DataField LastName = new(0, "last-name", DataCategory.Identity, "nom");

    /// <summary>Identity field <c>first-names</c> (« prénoms »).</summary>
    public static readonly DataField FirstNames = new(1, "first-names", DataCategory.Identity, "prénoms");

    /// <summary>Identity field <c>postal-address</c> (« adresse »).</summary>
    public static readonly DataField PostalAddress = new(2, "postal-address", DataCategory.Identity, "adresse");

    /// <summary>Identity field <c>landline-phone</c> (« téléphone fixe »).</summary>
    public static readonly DataField LandlinePhone = new(3, "landline-phone", DataCategory.Identity, "téléphone fixe");

    /// <summary>Identity field <c>mobile-phone</c> (« téléphone mobile »).</summary>
    public static readonly DataField MobilePhone = new(4, "mobile-phone", DataCategory.Identity, "téléphone mobile");

    /// <summary>Identity field <c>fax-number</c> (« numéro de télécopie »).</summary>
    public static readonly DataField FaxNumber = new(5, "fax-number", DataCategory.Identity, "numéro de télécopie");

    /// <summary>Identity field <c>email-address</c> (« adresse électronique »).</summary>
    public static readonly DataField EmailAddress = new(6, "email-address", DataCategory.Identity, "adresse électronique");

    /// <summary>Identity field <c>date-of-birth</c> (« date de naissance »).</summary>
    public static readonly DataField DateOfBirth = new(7, "date-of-birth", DataCategory.Identity, "date de naissance");

    /// <summary>Identity field <c>internal-client-code</c> (« code interne de traitement permettant l'identification du client »).</summary>
    public static readonly DataField InternalClientCode = new(8, "internal-client-code", DataCategory.Identity, "code interne de traitement permettant l'identification du client");

    /// <summary>PaymentMeans field <c>bank-account-details</c> (« RIP ou RIB »).</summary>
    public static readonly DataField BankAccountDetails = new(9, "bank-account-details", DataCategory.PaymentMeans, "RIP ou RIB");

    /// <summary>PaymentMeans field <c>transaction-number</c> (« numéro de la transaction »).</summary>
    public static readonly DataField TransactionNumber = new(10, "transaction-number", DataCategory.PaymentMeans, "numéro de la transaction");

    /// <summary>PaymentMeans field <c>cheque-number</c> (« numéro de chèque »).</summary>
    public static readonly DataField ChequeNumber = new(11, "cheque-number", DataCategory.PaymentMeans, "numéro de chèque");

    /// <summary>PaymentMeans field <c>bank-card-number</c> (« numéro de carte bancaire »).</summary>
    public static readonly DataField BankCardNumber = new(12, "bank-card-number", DataCategory.PaymentMeans, "numéro de carte bancaire");

    /// <summary>Situation field <c>children-in-household</c> (« nombre et âge du ou des enfant(s) au foyer »).</summary>
    public static readonly DataField ChildrenInHousehold = new(13, "children-in-household", DataCategory.Situation, "nombre et âge du ou des enfant(s) au foyer");

    /// <summary>Situation field <c>profession</c> (« profession »).</summary>
    public static readonly DataField Profession = new(14, "profession", DataCategory.Situation, "profession");

    /// <summary>Situation field <c>activity-domain</c> (« domaine d'activité »).</summary>
    public static readonly DataField ActivityDomain = new(15, "activity-domain", DataCategory.Situation, "domaine d'activité");

    /// <summary>Situation field <c>socio-professional-category</c> (« catégorie socio-professionnelle »).</summary>
    public static readonly DataField SocioProfessionalCategory = new(16, "socio-professional-category", DataCategory.Situation, "catégorie socio-professionnelle");

    /// <summary>CommercialRelationship field <c>documentation-requests</c> (« demandes de documentation »).</summary>
    public static readonly DataField DocumentationRequests = new(17, "documentation-requests", DataCategory.CommercialRelationship, "demandes de documentation");

    /// <summary>CommercialRelationship field <c>trial-requests</c> (« demandes d'essai »).</summary>
    public static readonly DataField TrialRequests = new(18, "trial-requests", DataCategory.CommercialRelationship, "demandes d'essai");

    /// <summary>CommercialRelationship field <c>product-purchased</c> (« produit acheté »).</summary>
    public static readonly DataField ProductPurchased = new(19, "product-purchased", DataCategory.CommercialRelationship, "produit acheté");

    /// <summary>CommercialRelationship field <c>service-or-subscription</c> (« service ou abonnement souscrit »).</summary>
    public static readonly DataField ServiceOrSubscription = new(20, "service-or-subscription", DataCategory.CommercialRelationship, "service ou abonnement souscrit");

    /// <summary>CommercialRelationship field <c>quantity</c> (« quantité »).</summary>
    public static readonly DataField Quantity = new(21, "quantity", DataCategory.CommercialRelationship, "quantité");

    /// <summary>CommercialRelationship field <c>amount</c> (« montant »).</summary>
    public static readonly DataField Amount = new(22, "amount", DataCategory.CommercialRelationship, "montant");

    /// <summary>CommercialRelationship field <c>periodicity</c> (« périodicité »).</summary>
    public static readonly DataField Periodicity = new(23, "periodicity", DataCategory.CommercialRelationship, "périodicité");

    /// <summary>CommercialRelationship field <c>delivery-address</c> (« adresse de livraison »).</summary>
    public static readonly DataField DeliveryAddress = new(24, "delivery-address", DataCategory.CommercialRelationship, "adresse de livraison");

    /// <summary>CommercialRelationship field <c>purchase-history</c> (« historique des achats »).</summary>
    public static readonly DataField PurchaseHistory = new(25, "purchase-history", DataCategory.CommercialRelationship, "historique des achats");

    /// <summary>CommercialRelationship field <c>product-returns</c> (« retour des produits »).</summary>
    public static readonly DataField ProductReturns = new(26, "product-returns", DataCategory.CommercialRelationship, "retour des produits");

    /// <summary>CommercialRelationship field <c>sale-origin</c> (« origine de la vente (vendeur, représentant) ou de la commande »).</summary>
    public static readonly DataField SaleOrigin = new(27, "sale-origin", DataCategory.CommercialRelationship, "origine de la vente (vendeur, représentant) ou de la commande");

    /// <summary>CommercialRelationship field <c>customer-correspondence</c> (« correspondances avec le client »).</summary>
    public static readonly DataField CustomerCorrespondence = new(28, "customer-correspondence", DataCategory.CommercialRelationship, "correspondances avec le client");

    /// <summary>CommercialRelationship field <c>after-sales-service</c> (« service après-vente »).</summary>
    public static readonly DataField AfterSalesService = new(29, "after-sales-service", DataCategory.CommercialRelationship, "service après-vente");

    /// <summary>InvoiceSettlement field <c>payment-terms</c> (« modalités de règlement »).</summary>
    public static readonly DataField PaymentTerms = new(30, "payment-terms", DataCategory.InvoiceSettlement, "modalités de règlement");

    /// <summary>InvoiceSettlement field <c>discounts-granted</c> (« remises consenties »).</summary>
    public static readonly DataField DiscountsGranted = new(31, "discounts-granted", DataCategory.InvoiceSettlement, "remises consenties");

    /// <summary>InvoiceSettlement field <c>credit-details</c> (« crédits souscrits (montant et durée, nom de l'organisme prêteur) »).</summary>
    public static readonly DataField CreditDetails = new(32, "credit-details", DataCategory.InvoiceSettlement, "crédits souscrits (montant et durée, nom de l'organisme prêteur)");

    /// <summary>InvoiceSettlement field <c>receipts</c> (« reçus »).</summary>
    public static readonly DataField Receipts = new(33, "receipts", DataCategory.InvoiceSettlement, "reçus");

    /// <summary>InvoiceSettlement field <c>unpaid-invoices</c> (« impayés »).</summary>
    public static readonly DataField UnpaidInvoices = new(34, "unpaid-invoices", DataCategory.InvoiceSettlement, "impayés");

    /// <summary>InvoiceSettlement field <c>reminders</c> (« relances »).</summary>
    public static readonly DataField Reminders = new(35, "reminders", DataCategory.InvoiceSettlement, "relances");

    /// <summary>InvoiceSettlement field <c>balances</c> (« soldes »).</summary>
    public static readonly DataField Balances = new(36, "balances", DataCategory.InvoiceSettlement, "soldes");

    /// <summary>ConnectionData field <c>connection-date</c> (« date »).</summary>
    public static readonly DataField ConnectionDate = new(37, "connection-date", DataCategory.ConnectionData, "date");

    /// <summary>ConnectionData field <c>connection-time</c> (« heure »).</summary>
    public static readonly DataField ConnectionTime = new(38, "connection-time", DataCategory.ConnectionData, "heure");

    /// <summary>ConnectionData field <c>ip-address</c> (« adresse Internet »).</summary>
    public static readonly DataField IpAddress = new(39, "ip-address", DataCategory.ConnectionData, "adresse Internet");

    /// <summary>ConnectionData field <c>visitor-protocol</c> (« protocole de l'ordinateur du visiteur »).</summary>
    public static readonly DataField VisitorProtocol = new(40, "visitor-protocol", DataCategory.ConnectionData, "protocole de l'ordinateur du visiteur");

    /// <summary>ConnectionData field <c>page-visited</c> (« page visitée »).</summary>
    public static readonly DataField PageVisited = new(41, "page-visited", DataCategory.ConnectionData, "page visitée");

    /// <summary>Excluded field <c>nir</c> (« numéro d'inscription au répertoire (NIR), numéro de sécurité sociale »).</summary>
    public static readonly DataField Nir = new(42, "nir", DataCategory.Excluded, "numéro d'inscription au répertoire (NIR), numéro de sécurité sociale");

    private static readonly DataField[] BuiltInFields =
    [
        LastName,
        FirstNames,
        PostalAddress,
        LandlinePhone,
        MobilePhone,
        FaxNumber,
        EmailAddress,
        DateOfBirth,
        InternalClientCode,
        BankAccountDetails,
        TransactionNumber,
        ChequeNumber,
        BankCardNumber,
        ChildrenInHousehold,
        Profession,
        ActivityDomain,
        SocioProfessionalCategory,
        DocumentationRequests,
        TrialRequests,
        ProductPurchased,
        ServiceOrSubscription,
        Quantity,
        Amount,
        Periodicity,
        DeliveryAddress,
        PurchaseHistory,
        ProductReturns,
        SaleOrigin,
        CustomerCorrespondence,
        AfterSalesService,
        PaymentTerms,
        DiscountsGranted,
        CreditDetails,
        Receipts,
        UnpaidInvoices,
        Reminders,
        Balances,
        ConnectionDate,
        ConnectionTime,
        IpAddress,
        VisitorProtocol,
        PageVisited,
        Nir,
    ];
    // Stryker restore all


    private static System.Collections.ObjectModel.ReadOnlyCollection<DataField>? BuiltInFieldsView;

    // Stryker disable all : static initialiser, run once per test process before any mutant is active (README, Mutation testing)
    private static readonly FrozenDictionary<string, DataField> ById =
        BuiltInFields.ToFrozenDictionary(f => f.Id, StringComparer.Ordinal);

    private static readonly IReadOnlyList<DataField>[] ByCategory =
        DataCategory.All.Select(c => (IReadOnlyList<DataField>)Array.AsReadOnly(BuiltInFields.Where(f => f.Category == c).ToArray())).ToArray();
    // Stryker restore all

    private DataField(int index, string id, DataCategory category, string? frenchWording, bool mayRevealSensitiveData = false)
    {
        Index = index;
        Id = id;
        Category = category;
        FrenchWording = frenchWording;
        MayRevealSensitiveData = mayRevealSensitiveData;
    }

    /// <summary>Gets the 43 fields the norm lists, in the order of the norm.</summary>
    public static IReadOnlyList<DataField> BuiltIn => BuiltInFieldsView ??= Array.AsReadOnly(BuiltInFields);

    /// <summary>Gets the stable kebab-case id, such as <c>email-address</c>.</summary>
    public string Id { get; }

    /// <summary>Gets the category the field belongs to.</summary>
    public DataCategory Category { get; }

    /// <summary>Gets the norm's French wording of a built-in field, or <see langword="null"/> for a custom field.</summary>
    public string? FrenchWording { get; }

    /// <summary>Gets a value indicating whether the field is one the norm lists.</summary>
    public bool IsBuiltIn => Index >= 0;

    /// <summary>
    /// Gets a value indicating whether a custom field's content may indirectly reveal sensitive data (racial or ethnic
    /// origin, political, philosophical or religious opinions, trade-union membership, sex life). Always
    /// <see langword="false"/> for a built-in field, which is flagged per decision instead.
    /// </summary>
    public bool MayRevealSensitiveData { get; }

    /// <summary>Gets a value indicating whether the field is the NIR or any field of the excluded category (NS48-DATA-NIR).</summary>
    public bool IsExcluded => ReferenceEquals(Category, DataCategory.Excluded);

    /// <summary>Index of a built-in field in <see cref="BuiltIn"/>; -1 for a custom field.</summary>
    internal int Index { get; }

    /// <summary>Declares a custom field in one of the norm's categories.</summary>
    /// <param name="id">A kebab-case id (<c>^[a-z0-9]+(-[a-z0-9]+)*$</c>) that is not a built-in field id.</param>
    /// <param name="category">The category the field belongs to; every rule of the category applies to it.</param>
    /// <param name="mayRevealSensitiveData">
    /// Whether the field's content may indirectly reveal sensitive data (for instance a subscription to a religious
    /// magazine). Only a <see cref="DataCategory.CommercialRelationship"/> field may carry the flag; leave it
    /// <see langword="null"/> for every other category.
    /// </param>
    /// <returns>The custom field.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> or <paramref name="category"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">
    /// <paramref name="id"/> is not kebab-case or is a built-in field id; or <paramref name="mayRevealSensitiveData"/> is
    /// given (whatever its value) for a category other than <see cref="DataCategory.CommercialRelationship"/>.
    /// </exception>
    public static DataField Custom(string id, DataCategory category, bool? mayRevealSensitiveData = null)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(category);
        if (!Terms.IsKebabCase(id))
        {
            throw new ArgumentException($"A custom field id must be kebab-case (^[a-z0-9]+(-[a-z0-9]+)*$); '{id}' is not.", nameof(id));
        }

        if (ById.ContainsKey(id))
        {
            throw new ArgumentException($"'{id}' is a built-in field id of the norm; a custom field needs an id of its own.", nameof(id));
        }

        EnsureSensitiveFlagAllowed(category, mayRevealSensitiveData, nameof(mayRevealSensitiveData));
        return new DataField(-1, id, category, null, mayRevealSensitiveData ?? false);
    }

    /// <summary>Parses a built-in field id.</summary>
    /// <param name="id">The kebab-case field id.</param>
    /// <returns>The built-in field.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is <see langword="null"/>.</exception>
    /// <exception cref="FormatException"><paramref name="id"/> is not a built-in field id; the message lists the accepted ids.</exception>
    public static DataField Parse(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        return TryParse(id, out var field) ? field : throw Terms.UnknownId("field", id, BuiltInFields, f => f.Id);
    }

    /// <summary>Tries to parse a built-in field id.</summary>
    /// <param name="id">The kebab-case field id.</param>
    /// <param name="field">The built-in field, when the id is known.</param>
    /// <returns><see langword="true"/> when <paramref name="id"/> is a built-in field id.</returns>
    public static bool TryParse(string? id, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out DataField? field)
    {
        if (id is null)
        {
            field = null;
            return false;
        }

        return ById.TryGetValue(id, out field);
    }

    /// <summary>Tries to parse a built-in field id given as UTF-16 characters, without allocating.</summary>
    /// <param name="id">The kebab-case field id.</param>
    /// <param name="field">The built-in field, when the id is known.</param>
    /// <returns><see langword="true"/> when <paramref name="id"/> is a built-in field id.</returns>
    public static bool TryParse(ReadOnlySpan<char> id, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out DataField? field) =>
#if NET9_0_OR_GREATER
        ById.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(id, out field);
#else
        ById.TryGetValue(id.ToString(), out field);
#endif

    /// <summary>
    /// Whether the caller may flag the field as sensitive-revealing: only fields of the commercial relationship may
    /// carry the flag, whatever its value.
    /// </summary>
    internal static void EnsureSensitiveFlagAllowed(DataCategory category, bool? flag, string paramName)
    {
        if (flag.HasValue && !ReferenceEquals(category, DataCategory.CommercialRelationship))
        {
            throw new ArgumentException(
                $"Only commercial-relationship fields may be flagged as revealing sensitive data; a {category.Id} field may not carry the flag, whatever its value.",
                paramName);
        }
    }

    internal static IReadOnlyList<DataField> BuiltInOf(DataCategory category) => ByCategory[category.Index];

    /// <inheritdoc/>
    public bool Equals(DataField? other) =>
        ReferenceEquals(this, other)
        || (other is not null && Index < 0 && other.Index < 0
            && string.Equals(Id, other.Id, StringComparison.Ordinal)
            && ReferenceEquals(Category, other.Category)
            && MayRevealSensitiveData == other.MayRevealSensitiveData);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as DataField);

    /// <inheritdoc/>
    public override int GetHashCode() => Index >= 0 ? Index : HashCode.Combine(StringComparer.Ordinal.GetHashCode(Id), Category.Index, MayRevealSensitiveData);

    /// <summary>Returns the field id.</summary>
    /// <returns>The kebab-case id.</returns>
    public override string ToString() => Id;
}
