using System;
using System.Linq;
using Norme48.Annotations;
using Norme48.Evaluation;
using Norme48.Prospecting;
using Norme48.Retention;
using Norme48.Rules;
using Norme48.Samples.Crm.Model;
using Norme48.Testing;
using Norme48.Vocabulary;
using Xunit;

namespace Norme48.Samples.CrmTests;

/// <summary>
/// The bookshop's CRM pinned to NS-48, as a team's own suite would: the entities match the declaration, the
/// declaration complies, and the few promises the business makes hold. A failure prints the norm's report.
/// </summary>
public sealed class BookshopComplianceTests
{
    [Fact]
    public void Model_ScannedAgainstTheDeclaration_IsClean()
    {
        var result = ModelScan.AssertClean(typeof(Customer).Assembly, BookshopDeclaration.Instance);

        Assert.Equal([typeof(Customer), typeof(Order)], result.ScannedTypes);
    }

    [Fact]
    public void Declaration_UnderNs2005_Complies()
    {
        var report = Norme48Assert.DeclarationComplies(BookshopDeclaration.Instance);

        // The carrier's contract must keep the data confidential: the report notes it.
        Assert.Contains(report.Notes, n => n.English.Contains("confidential", StringComparison.Ordinal));
    }

    [Fact]
    public void Newsletter_ConsentingProspect_MayBeEmailed()
    {
        var prospect = new Customer { LastName = "Exemple", FirstNames = "Jeanne", Email = "jeanne.exemple@example.org", NewsletterConsent = true };

        Norme48Assert.MayCollect(DataField.EmailAddress, ProcessingPurpose.Solicitations);
        Norme48Assert.MaySolicit(ProspectingChannel.Email, Audience.Consumer, AsProspect(prospect));
    }

    [Fact]
    public void Newsletter_ProspectWithoutConsent_IsNotEmailed()
    {
        var prospect = new Customer { LastName = "Exemple", Email = "paul.exemple@example.org", NewsletterConsent = false };

        var decision = Norme48Assert.MayNotSolicit(ProspectingChannel.Email, Audience.Consumer, AsProspect(prospect));

        Assert.Equal("NS48-PROSP-E-CONSENT", decision.Rules.Single().ToId());
    }

    [Fact]
    public void Newsletter_ProspectWhoObjected_IsNeverSolicited()
    {
        var prospect = new Customer { LastName = "Exemple", Email = "lou.exemple@example.org", NewsletterConsent = true, ObjectedToProspecting = true };

        Norme48Assert.MayNotSolicit(ProspectingChannel.Email, Audience.Consumer, AsProspect(prospect));
        Norme48Assert.MayNotSolicit(ProspectingChannel.Postal, Audience.Consumer, AsProspect(prospect));
    }

    [Fact]
    public void Nir_IsNeverStored()
    {
        var scan = ModelScan.Scan(typeof(Customer).Assembly, BookshopDeclaration.Instance);

        Norme48Assert.MayNotCollect(DataField.Nir, ProcessingPurpose.Orders);
        Assert.DoesNotContain(BookshopDeclaration.Instance.Fields, f => f.Field.IsExcluded);
        Assert.DoesNotContain(scan.Findings, f => f.Kind == ModelScanFindingKind.ExcludedField);
    }

    [Fact]
    public void Nir_AddedToAnEntity_FailsTheModelScan()
    {
        var exception = Assert.Throws<Norme48AssertionException>(
            () => ModelScan.AssertClean([typeof(Customer), typeof(CustomerWithNir)], BookshopDeclaration.Instance));

        Assert.Contains("holds an excluded field, nir (excluded): NS48-DATA-NIR", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Carrier_BoundByContract_MayReceiveDeliveryAddresses()
    {
        Norme48Assert.MayShare(DataField.DeliveryAddress, Recipient.ContractedCompanies, SharingBasis.ContractExecution);
        Norme48Assert.MayNotShare(DataField.DeliveryAddress, Recipient.Unlisted("ad-network"));
    }

    [Fact]
    public void CustomerFile_ClientCodes_AreNeverRentedOut()
    {
        Norme48Assert.MayNotTransfer(DataField.InternalClientCode, TransferMode.Rental, new TransferConditions(acquirerCommitment: true, expressConsent: true));
    }

    private static Subject AsProspect(Customer customer) =>
        new(SubjectStatus.Prospect, prospecting: new ProspectingFacts(
            consent: customer.NewsletterConsent,
            objected: customer.ObjectedToProspecting,
            objectionOfferedAtCollection: true));

    /// <summary>What a well-meaning change could add to the model: the scan stops it.</summary>
    private sealed class CustomerWithNir
    {
        [Ns48Field("nir")]
        public string? SocialSecurityNumber { get; set; }
    }
}
