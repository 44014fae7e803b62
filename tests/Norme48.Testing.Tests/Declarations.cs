using Norme48.Declarations;
using Norme48.Vocabulary;

namespace Norme48.Testing.Tests;

/// <summary>Small declarations of a fictitious shop, for the tests.</summary>
internal static class Declarations
{
    public static readonly Controller Shop = new("Fictitious Shop SARL", "privacy@shop.example");

    /// <summary>Collects the given fields for orders, seen by the commercial staff only, with every security measure attested.</summary>
    public static ProcessingDeclaration Of(params DataField[] fields) => Of(Sector.General, fields);

    public static ProcessingDeclaration Of(Sector sector, params DataField[] fields) =>
        new(
            Shop,
            [ProcessingPurpose.Orders],
            [.. System.Linq.Enumerable.Select(fields, f => new DeclaredField(f, [ProcessingPurpose.Orders]))],
            [new DeclaredRecipient(Recipient.CommercialStaff)],
            new SecurityMeasures(dataProtection: true, onlineService: false, onlineAccessProtection: false, remoteCardPayments: false, securePayment: false),
            sector);

    /// <summary>Collects the NIR and shares with an unlisted recipient: two violations (NS48-DATA-NIR, NS48-RCPT-UNKNOWN).</summary>
    public static ProcessingDeclaration NonCompliant() =>
        new(
            Shop,
            [ProcessingPurpose.Orders],
            [new DeclaredField(DataField.LastName, [ProcessingPurpose.Orders]), new DeclaredField(DataField.Nir, [ProcessingPurpose.Orders])],
            [new DeclaredRecipient(Recipient.Unlisted("ad-network"))],
            new SecurityMeasures(dataProtection: true, onlineService: false, onlineAccessProtection: false, remoteCardPayments: false, securePayment: false));
}
