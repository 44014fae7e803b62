using System;
using System.IO;
using System.Linq;
using System.Text;
using NodaTime;
using Norme48.Declarations;
using Norme48.Declarations.Json;
using Norme48.Evaluation;
using Norme48.Prospecting;
using Norme48.Retention;
using Norme48.Vocabulary;
using Xunit;

namespace Norme48.Tests.Declarations.Json;

public sealed partial class DeclarationFileTests
{
    /// <summary>A declaration with only the required properties, to which each test adds or breaks one thing.</summary>
    private const string Minimal = """
        {
          "controller": { "name": "Shop", "contact": "privacy@example.org" },
          "purposes": ["orders"],
          "fields": [{ "field": "last-name", "purposes": ["orders"] }],
          "recipients": [],
          "security": { "dataProtection": true, "onlineService": false, "onlineAccessProtection": false, "remoteCardPayments": false, "securePayment": false }
        }
        """;

    /// <summary>The root <c>purposes</c> line of <see cref="Minimal"/> (the field's own purposes have no comma after them).</summary>
    private const string RootPurposes = "\"purposes\": [\"orders\"],";

    internal static string SamplePath(string name) => Path.Combine(AppContext.BaseDirectory, "Declarations", "Json", "Samples", name);

    [Fact]
    public void Read_SmallShopSample_LoadsTheDeclaredModel()
    {
        var path = SamplePath("small-shop.json");

        var result = DeclarationFile.Read(path);

        Assert.Empty(result.Errors);
        Assert.True(result.Succeeded);
        var declaration = result.Declaration;
        Assert.Equal("Atelier des Lampes SARL", declaration.Controller.Name);
        Assert.Equal("privacy@example.org", declaration.Controller.Contact);
        Assert.Equal("12 rue de l'Exemple, 75011 Paris, France", declaration.Controller.Address);
        Assert.Same(Edition.Ns2005, declaration.Edition);
        Assert.Equal("retail", declaration.Sector.Name);
        Assert.Equal(
            [ProcessingPurpose.Orders, ProcessingPurpose.Deliveries, ProcessingPurpose.Invoices, ProcessingPurpose.LoyaltyProgramme,
             ProcessingPurpose.ProspectingSelection, ProcessingPurpose.Solicitations, ProcessingPurpose.FileTransfer, ProcessingPurpose.WebsiteAudienceStatistics],
            declaration.Purposes);
        Assert.Equal(10, declaration.Fields.Count);
        Assert.Same(DataField.LastName, declaration.Fields[0].Field);
        Assert.Equal([ProcessingPurpose.Orders, ProcessingPurpose.Deliveries, ProcessingPurpose.Invoices, ProcessingPurpose.Solicitations], declaration.Fields[0].Purposes);
        Assert.False(declaration.Fields[4].Sensitive);
        Assert.True(declaration.Fields[6].Proof);
        var custom = declaration.Fields[7].Field;
        Assert.Equal(DataField.Custom("loyalty-tier", DataCategory.CommercialRelationship, false), custom);
        Assert.False(custom.IsBuiltIn);
        Assert.Equal([Recipient.CommercialStaff, Recipient.AdministrativeStaff, Recipient.ContractedCompanies], declaration.Recipients.Select(r => r.Recipient));
        Assert.Equal([null, null, SharingBasis.ContractExecution], declaration.Recipients.Select(r => r.Basis));
        var transfer = Assert.IsType<FileTransferDeclaration>(declaration.FileTransfer);
        Assert.Equal([TransferMode.Rental], transfer.Modes);
        Assert.Equal([DataField.LastName, DataField.PostalAddress, custom], transfer.Fields);
        Assert.True(transfer.AcquirerCommitment && transfer.ExpressConsent && transfer.ObjectorsExcluded);
        Assert.Equal(4, declaration.RetentionPolicies.Count);
        var proof = declaration.RetentionPolicies[1];
        Assert.Equal((SubjectStatus.Client, true, RetentionAnchor.ProofDocumentDate, Period.FromYears(10), RetentionEndAction.ArchiveThenPurge, (int?)null),
            (proof.Status, proof.ProofOnly, proof.Anchor, proof.Period, proof.Action, proof.MaxUnansweredSolicitations));
        var count = declaration.RetentionPolicies[3];
        Assert.Equal((SubjectStatus.Prospect, (Period?)null, (int?)2), (count.Status, count.Period, count.MaxUnansweredSolicitations));
        Assert.Null(count.Rule);
        Assert.Equal(3, declaration.Channels.Count);
        var email = declaration.Channels[0];
        Assert.Equal((ProspectingChannel.Email, Audience.Consumer, SubjectStatus.Prospect, true, true),
            (email.Channel, email.Audience, email.Target, email.ConsentCollected, email.ObjectionOfferedAtCollection));
        Assert.Equal(["checkout", "newsletter-signup"], declaration.Forms.Select(f => f.Id));
        var checkout = declaration.Forms[0].Notice;
        Assert.Equal(6, checkout.Items.Count);
        Assert.True(checkout.Prospecting && checkout.ObjectionNotice && checkout.Trackers && checkout.TrackersNotice);
        Assert.Equal(ConsentCheckbox.Unticked, checkout.ConsentCheckbox);
        Assert.False(declaration.Forms[1].Notice.Trackers);
        Assert.True(declaration.UsesTrackers);
        Assert.True(declaration.TrackersNotice);
        Assert.False(declaration.TransfersOutsideEu);
        Assert.True(declaration.Security is { DataProtection: true, OnlineService: true, OnlineAccessProtection: true, RemoteCardPayments: true, SecurePayment: true });
    }

    [Fact]
    public void Read_SmallShopSample_IsCompliantUnderNs2005()
    {
        var declaration = DeclarationFile.Load(SamplePath("small-shop.json"));

        var report = new ConformityEvaluator(Norme48Evaluator.Default).Evaluate(declaration);

        Assert.Equal(ConformityVerdict.Compliant, report.Verdict);
    }

    [Fact]
    public void Read_NonCompliantSample_LoadsAndViolatesTheRulesItWasWrittenFor()
    {
        var declaration = DeclarationFile.Load(SamplePath("non-compliant-shop.json"));

        var report = new ConformityEvaluator(Norme48Evaluator.Default).Evaluate(declaration);

        Assert.Equal(ConformityVerdict.NonCompliant, report.Verdict);
        Assert.Equal(
            ["NS48-DATA-NIR", "NS48-DATA-CONNECTION-STATS-ONLY", "NS48-RCPT-UNKNOWN", "NS48-TRANSFER-IDENTITY-SITUATION",
             "NS48-TRANSFER-OBJECTION", "NS48-TRANSFER-SENSITIVE-CONSENT", "NS48-RET-PROSPECT-1Y", "NS48-RET-PROSPECT-2-UNANSWERED",
             "NS48-INFO-NOTICE", "NS48-INFO-PROSPECTING-OBJECTION", "NS48-PROSP-E-CONSENT", "NS48-PROSP-CHECKBOX", "NS48-INFO-COOKIES", "NS48-SEC"],
            report.Violations.Select(v => v.Rule.Code).Distinct());
    }

    [Fact]
    public void Parse_MinimalDeclaration_AppliesTheDefaultsOfOptionalProperties()
    {
        var result = DeclarationFile.Parse(Minimal, "minimal.json");

        Assert.True(result.Succeeded);
        var declaration = result.Declaration;
        Assert.Null(declaration.Edition);
        Assert.Same(Sector.General, declaration.Sector);
        Assert.Null(declaration.Controller.Address);
        Assert.Empty(declaration.Recipients);
        Assert.Null(declaration.FileTransfer);
        Assert.Empty(declaration.RetentionPolicies);
        Assert.Empty(declaration.Channels);
        Assert.Empty(declaration.Forms);
        Assert.False(declaration.UsesTrackers || declaration.TrackersNotice || declaration.TransfersOutsideEu);
        Assert.False(declaration.Fields[0].Proof);
        Assert.Null(declaration.Fields[0].Sensitive);
    }

    [Fact]
    public void Parse_NullOptionalProperties_CountAsAbsent()
    {
        var json = Minimal.Replace("\"recipients\": [],", """
            "recipients": [{ "recipient": "commercial-staff", "basis": null }],
              "$schema": null, "edition": null, "sector": null, "sectorConfirmed": null, "fileTransfer": null, "retentionPolicies": null,
              "channels": null, "forms": null, "usesTrackers": null, "trackersNotice": null, "transfersOutsideEu": null,
            """, StringComparison.Ordinal);

        var result = DeclarationFile.Parse(json, "nulls.json");

        Assert.Empty(result.Errors);
        Assert.Null(result.Declaration!.Edition);
        Assert.Null(result.Declaration.Recipients[0].Basis);
        Assert.Same(Sector.General, result.Declaration.Sector);
    }

    [Fact]
    public void Read_StreamAndPathAndText_GiveTheSameDeclaration()
    {
        var path = SamplePath("small-shop.json");
        using var stream = File.OpenRead(path);

        var fromStream = DeclarationFile.Read(stream, "shop.json");
        var fromText = DeclarationFile.Parse(File.ReadAllText(path), "shop.json");
        var fromPath = DeclarationFile.Read(path);

        Assert.True(fromStream.Succeeded && fromText.Succeeded && fromPath.Succeeded);
        Assert.Equal("shop.json", fromStream.FileName);
        Assert.Equal(path, fromPath.FileName);
        Assert.Equal(fromPath.Declaration.Fields.Select(f => f.Field), fromStream.Declaration.Fields.Select(f => f.Field));
        Assert.Equal(fromPath.Declaration.Fields.Select(f => f.Field), fromText.Declaration.Fields.Select(f => f.Field));
    }

    [Fact]
    public void Read_StreamWithByteOrderMark_ReadsAndPlacesErrorsAsWithout()
    {
        var json = Minimal.Replace(RootPurposes, "\"purposes\": [\"order\"],", StringComparison.Ordinal);
        using var withBom = new MemoryStream([0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(json)]);
        using var withoutBom = new MemoryStream(Encoding.UTF8.GetBytes(json));

        var with = Assert.Single(DeclarationFile.Read(withBom, "bom.json").Errors);
        var without = Assert.Single(DeclarationFile.Read(withoutBom, "bom.json").Errors);

        Assert.Equal((3, 16), (with.Line, with.Column));
        Assert.Equal((without.Line, without.Column, without.Path), (with.Line, with.Column, with.Path));
    }

    [Fact]
    public void Load_FileWithErrors_ThrowsListingEveryError()
    {
        var path = Path.Combine(Path.GetTempPath(), $"norme48-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, Minimal
            .Replace("\"orders\"]", "\"order\"]", StringComparison.Ordinal)
            .Replace("\"name\": \"Shop\"", "\"nom\": \"Shop\"", StringComparison.Ordinal));
        try
        {
            var exception = Assert.Throws<DeclarationFileException>(() => DeclarationFile.Load(path));

            Assert.Equal(path, exception.FileName);
            Assert.Equal(
                [(2, 17, "$.controller.name"), (2, 19, "$.controller.nom"), (3, 16, "$.purposes[0]"), (4, 51, "$.fields[0].purposes[0]")],
                exception.Errors.Select(e => (e.Line, e.Column, e.Path)));
            Assert.All(exception.Errors, e => Assert.Contains(e.ToString(), exception.Message, StringComparison.Ordinal));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Read_MissingFile_ThrowsFileNotFound()
    {
        var path = Path.Combine(Path.GetTempPath(), $"norme48-missing-{Guid.NewGuid():N}.json");

        Assert.Throws<FileNotFoundException>(() => DeclarationFile.Read(path));
    }

    [Fact]
    public void DeclarationError_ToString_GivesFileLineColumnPathAndMessage()
    {
        var json = Minimal.Replace("\"orders\"]", "\"order\"]", StringComparison.Ordinal);

        var error = DeclarationFile.Parse(json, "shop.json").Errors[0];

        Assert.StartsWith("shop.json(3,16): $.purposes[0]: 'order' is not a known purpose id. Accepted ids: contracts, orders,", error.ToString(), StringComparison.Ordinal);
        Assert.StartsWith("'order' n'est pas un identifiant de finalité connu. Identifiants acceptés : contracts, orders,", error.Message.French, StringComparison.Ordinal);
    }
}
