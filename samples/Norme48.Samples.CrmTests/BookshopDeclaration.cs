using Norme48.Declarations;
using Norme48.Prospecting;
using Norme48.Retention;
using Norme48.Vocabulary;

namespace Norme48.Samples.CrmTests;

/// <summary>
/// What the (fictitious) bookshop declares about its client and prospect file, written once in C# and checked by the
/// tests: purposes, the fields with the purposes each serves, recipients, the newsletter and its sign-up form, security.
/// </summary>
internal static class BookshopDeclaration
{
    public static ProcessingDeclaration Instance { get; } = Build();

    private static ProcessingDeclaration Build()
    {
        ProcessingPurpose[] clientManagement =
            [ProcessingPurpose.Orders, ProcessingPurpose.Deliveries, ProcessingPurpose.Invoices, ProcessingPurpose.LoyaltyProgramme];
        ProcessingPurpose[] prospecting = [ProcessingPurpose.ProspectFileManagement, ProcessingPurpose.Solicitations];
        ProcessingPurpose[] everything = [.. clientManagement, .. prospecting];

        return new ProcessingDeclaration(
            new Controller("Librairie Exemple SAS (fictitious)", "privacy@librairie-exemple.example", "1 rue de l'Exemple, 00000 Nulle-Part"),
            purposes: everything,
            fields:
            [
                new DeclaredField(DataField.InternalClientCode, clientManagement),
                new DeclaredField(DataField.LastName, everything),
                new DeclaredField(DataField.FirstNames, everything),
                new DeclaredField(DataField.EmailAddress, everything),
                new DeclaredField(DataField.MobilePhone, [ProcessingPurpose.Deliveries]),
                new DeclaredField(DataField.PostalAddress, [ProcessingPurpose.Deliveries, ProcessingPurpose.Invoices]),
                new DeclaredField(DataField.Custom("loyalty-tier", DataCategory.CommercialRelationship), [ProcessingPurpose.LoyaltyProgramme]),
                new DeclaredField(DataField.ProductPurchased, [ProcessingPurpose.Orders, ProcessingPurpose.Invoices]),
                new DeclaredField(DataField.Quantity, [ProcessingPurpose.Orders, ProcessingPurpose.Invoices]),
                new DeclaredField(DataField.Amount, [ProcessingPurpose.Orders, ProcessingPurpose.Invoices], proof: true),
                new DeclaredField(DataField.DeliveryAddress, [ProcessingPurpose.Deliveries]),
                new DeclaredField(DataField.PaymentTerms, [ProcessingPurpose.Invoices]),
            ],
            recipients:
            [
                new DeclaredRecipient(Recipient.CommercialStaff),
                new DeclaredRecipient(Recipient.AdministrativeStaff),

                // The carrier, bound by a delivery contract.
                new DeclaredRecipient(Recipient.ContractedCompanies, SharingBasis.ContractExecution),
            ],
            security: new SecurityMeasures(dataProtection: true, onlineService: true, onlineAccessProtection: true, remoteCardPayments: true, securePayment: true),
            channels:
            [
                // The newsletter: e-mail to prospects who ticked the box, each of whom could object at sign-up.
                new DeclaredChannel(ProspectingChannel.Email, Audience.Consumer, SubjectStatus.Prospect, consentCollected: true, objectionOfferedAtCollection: true),
            ],
            forms:
            [
                new DeclaredForm(
                    "newsletter-signup",
                    new NoticeForm(
                        [
                            NoticeItem.ControllerIdentity, NoticeItem.Purposes, NoticeItem.MandatoryOrOptional,
                            NoticeItem.ConsequencesOfNoAnswer, NoticeItem.Recipients, NoticeItem.Rights,
                        ],
                        prospecting: true,
                        objectionNotice: true,
                        consentCheckbox: ConsentCheckbox.Unticked)),
            ]);
    }
}
