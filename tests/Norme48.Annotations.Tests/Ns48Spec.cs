using Xunit;

namespace Norme48.Annotations.Tests;

/// <summary>
/// The 43 fields of <c>ns48-2005</c> and their categories as RULES.md lists them, typed in by hand so that the tests
/// compare the annotations with the specification, not with the library.
/// </summary>
internal static class Ns48Spec
{
    public static readonly string[] CategoryIds =
    [
        "identity", "payment-means", "situation", "commercial-relationship", "invoice-settlement", "connection-data", "excluded",
    ];

    public static TheoryData<string, string> BuiltInFields => new()
    {
        { "last-name", "identity" },
        { "first-names", "identity" },
        { "postal-address", "identity" },
        { "landline-phone", "identity" },
        { "mobile-phone", "identity" },
        { "fax-number", "identity" },
        { "email-address", "identity" },
        { "date-of-birth", "identity" },
        { "internal-client-code", "identity" },
        { "bank-account-details", "payment-means" },
        { "transaction-number", "payment-means" },
        { "cheque-number", "payment-means" },
        { "bank-card-number", "payment-means" },
        { "children-in-household", "situation" },
        { "profession", "situation" },
        { "activity-domain", "situation" },
        { "socio-professional-category", "situation" },
        { "documentation-requests", "commercial-relationship" },
        { "trial-requests", "commercial-relationship" },
        { "product-purchased", "commercial-relationship" },
        { "service-or-subscription", "commercial-relationship" },
        { "quantity", "commercial-relationship" },
        { "amount", "commercial-relationship" },
        { "periodicity", "commercial-relationship" },
        { "delivery-address", "commercial-relationship" },
        { "purchase-history", "commercial-relationship" },
        { "product-returns", "commercial-relationship" },
        { "sale-origin", "commercial-relationship" },
        { "customer-correspondence", "commercial-relationship" },
        { "after-sales-service", "commercial-relationship" },
        { "payment-terms", "invoice-settlement" },
        { "discounts-granted", "invoice-settlement" },
        { "credit-details", "invoice-settlement" },
        { "receipts", "invoice-settlement" },
        { "unpaid-invoices", "invoice-settlement" },
        { "reminders", "invoice-settlement" },
        { "balances", "invoice-settlement" },
        { "connection-date", "connection-data" },
        { "connection-time", "connection-data" },
        { "ip-address", "connection-data" },
        { "visitor-protocol", "connection-data" },
        { "page-visited", "connection-data" },
        { "nir", "excluded" },
    };
}
