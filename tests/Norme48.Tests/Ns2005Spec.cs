using System.Collections.Generic;

namespace Norme48.Tests;

/// <summary>
/// The vocabulary of <c>ns48-2005</c> as RULES.md writes it ("Vocabulary of ns48-2005", "Rules of ns48-2005"), typed in
/// by hand so that the tests compare the library with the specification, not with itself.
/// </summary>
internal static class Ns2005Spec
{
    public static readonly string[] CategoryIds =
    [
        "identity", "payment-means", "situation", "commercial-relationship", "invoice-settlement", "connection-data", "excluded",
    ];

    public static readonly IReadOnlyDictionary<string, string[]> FieldIdsByCategory = new Dictionary<string, string[]>
    {
        ["identity"] =
        [
            "last-name", "first-names", "postal-address", "landline-phone", "mobile-phone", "fax-number", "email-address",
            "date-of-birth", "internal-client-code",
        ],
        ["payment-means"] = ["bank-account-details", "transaction-number", "cheque-number", "bank-card-number"],
        ["situation"] = ["children-in-household", "profession", "activity-domain", "socio-professional-category"],
        ["commercial-relationship"] =
        [
            "documentation-requests", "trial-requests", "product-purchased", "service-or-subscription", "quantity", "amount",
            "periodicity", "delivery-address", "purchase-history", "product-returns", "sale-origin", "customer-correspondence",
            "after-sales-service",
        ],
        ["invoice-settlement"] =
            ["payment-terms", "discounts-granted", "credit-details", "receipts", "unpaid-invoices", "reminders", "balances"],
        ["connection-data"] = ["connection-date", "connection-time", "ip-address", "visitor-protocol", "page-visited"],
        ["excluded"] = ["nir"],
    };

    public static readonly string[] PurposeIds =
    [
        "contracts", "orders", "deliveries", "invoices", "accounting", "loyalty-programme", "prospect-file-management",
        "prospecting-selection", "file-transfer", "commercial-statistics", "solicitations", "website-audience-statistics",
        "exclusion-from-right", "shared-loyalty-programme",
    ];

    public static readonly string[] ExcludedPurposeIds = ["exclusion-from-right", "shared-loyalty-programme"];

    public static readonly string[] ListedRecipientIds =
    [
        "commercial-staff", "administrative-staff", "line-managers", "control-services", "contracted-companies", "public-bodies",
        "justice-auxiliaries", "debt-collectors", "file-acquirer",
    ];

    public static readonly string[] OutsideSectorNames = ["health", "education", "banking", "insurance"];

    /// <summary>The bold rule entries under "Rules of ns48-2005", in catalogue order.</summary>
    public static readonly string[] RuleIds =
    [
        "NS48-SCOPE-SECTOR", "NS48-SCOPE-EXCLUDED-USE", "NS48-DATA-NIR", "NS48-DATA-CONNECTION-STATS-ONLY", "NS48-DATA-LISTED",
        "NS48-DATA-INTERNAL-CODE", "NS48-RCPT-ACCESS", "NS48-RCPT-PUBLIC-BODIES", "NS48-RCPT-DEBT-RECOVERY", "NS48-RCPT-UNKNOWN",
        "NS48-TRANSFER-INTERNAL-CODE", "NS48-TRANSFER-IDENTITY-SITUATION", "NS48-TRANSFER-OBJECTION",
        "NS48-TRANSFER-SENSITIVE-CONSENT", "NS48-TRANSFER-RELATIONSHIP-CONSENT", "NS48-TRANSFER-OTHER", "NS48-RET-CLIENT",
        "NS48-RET-CLIENT-PROOF", "NS48-RET-PROSPECT-1Y", "NS48-RET-PROSPECT-2-UNANSWERED", "NS48-RET-PROSPECT-NECESSARY",
        "NS48-INFO-NOTICE", "NS48-INFO-PROSPECTING-OBJECTION", "NS48-PROSP-E-CONSENT", "NS48-PROSP-EXCEPTION-OBJECTION",
        "NS48-PROSP-CHECKBOX", "NS48-PROSP-OBJECTED", "NS48-PROSP-OPT-OUT", "NS48-INFO-COOKIES", "NS48-SEC",
        "NS48-TRANSFER-OUTSIDE-EU",
    ];

    public static readonly string[] RecommendedRuleIds = ["NS48-RET-PROSPECT-1Y", "NS48-RET-PROSPECT-2-UNANSWERED"];
}
