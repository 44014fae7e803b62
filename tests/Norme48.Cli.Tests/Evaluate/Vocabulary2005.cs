namespace Norme48.Cli.Tests.Evaluate;

/// <summary>The closed vocabularies of <c>ns48-2005</c>, copied from RULES.md ("Vocabulary of ns48-2005") and CONTRACT.md.</summary>
internal static class Vocabulary2005
{
    public static readonly string[] Fields =
    [
        "last-name", "first-names", "postal-address", "landline-phone", "mobile-phone", "fax-number", "email-address",
        "date-of-birth", "internal-client-code",
        "bank-account-details", "transaction-number", "cheque-number", "bank-card-number",
        "children-in-household", "profession", "activity-domain", "socio-professional-category",
        "documentation-requests", "trial-requests", "product-purchased", "service-or-subscription", "quantity", "amount",
        "periodicity", "delivery-address", "purchase-history", "product-returns", "sale-origin", "customer-correspondence",
        "after-sales-service",
        "payment-terms", "discounts-granted", "credit-details", "receipts", "unpaid-invoices", "reminders", "balances",
        "connection-date", "connection-time", "ip-address", "visitor-protocol", "page-visited",
        "nir",
    ];

    public static readonly string[] Categories =
    [
        "identity", "payment-means", "situation", "commercial-relationship", "invoice-settlement", "connection-data", "excluded",
    ];

    public static readonly string[] Purposes =
    [
        "contracts", "orders", "deliveries", "invoices", "accounting", "loyalty-programme", "prospect-file-management",
        "prospecting-selection", "file-transfer", "commercial-statistics", "solicitations", "website-audience-statistics",
        "exclusion-from-right", "shared-loyalty-programme",
    ];

    public static readonly string[] Recipients =
    [
        "commercial-staff", "administrative-staff", "line-managers", "control-services", "contracted-companies",
        "public-bodies", "justice-auxiliaries", "debt-collectors", "file-acquirer",
    ];

    public static readonly string[] Bases = ["contract-execution", "legal-obligation", "debt-recovery"];

    public static readonly string[] Modes = ["cession", "rental", "exchange"];

    /// <summary>The asks of the contract.</summary>
    public static readonly string[] SupportedAsks = ["collect", "share", "transfer", "retention", "solicit", "internal-code", "notice"];

    public static readonly string[] Editions = ["ns48-2005", "ns48-2016", "ref-2021", "in-force"];
}
