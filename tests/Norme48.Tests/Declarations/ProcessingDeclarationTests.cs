using System;
using System.Collections.Generic;
using NodaTime;
using Norme48.Declarations;
using Norme48.Prospecting;
using Norme48.Retention;
using Norme48.Vocabulary;
using Xunit;

namespace Norme48.Tests.Declarations;

/// <summary>
/// Tests of <see cref="ProcessingDeclaration"/>'s constructor: collections copied on the way in, programmer errors
/// thrown early with the parameter name (STYLE.md, "Domain types" and "Rules and results").
/// </summary>
public sealed class ProcessingDeclarationTests
{
    private static readonly Controller Shop = new(DeclarationDraft.ControllerName, DeclarationDraft.ControllerContact);

    private static readonly SecurityMeasures Security = DeclarationDraft.AllSecurity;

    private static ProcessingDeclaration Minimal(
        IEnumerable<ProcessingPurpose>? purposes = null,
        IEnumerable<DeclaredField>? fields = null,
        IEnumerable<DeclaredRecipient>? recipients = null,
        IEnumerable<RetentionPolicy>? retentionPolicies = null,
        IEnumerable<DeclaredChannel>? channels = null,
        IEnumerable<DeclaredForm>? forms = null) =>
        new(Shop, purposes ?? [], fields ?? [], recipients ?? [], Security, retentionPolicies: retentionPolicies, channels: channels, forms: forms);

    [Fact]
    public void Constructor_Defaults_GeneralSectorNoEditionNothingOptional()
    {
        var declaration = Minimal();

        Assert.Same(Sector.General, declaration.Sector);
        Assert.Null(declaration.Edition);
        Assert.Null(declaration.FileTransfer);
        Assert.Empty(declaration.RetentionPolicies);
        Assert.Empty(declaration.Channels);
        Assert.Empty(declaration.Forms);
        Assert.False(declaration.UsesTrackers);
        Assert.False(declaration.TrackersNotice);
        Assert.False(declaration.TransfersOutsideEu);
    }

    [Fact]
    public void Constructor_EveryArgument_KeptAsGiven()
    {
        var transfer = new FileTransferDeclaration([TransferMode.Exchange], [DataField.LastName], true, true, true);

        var declaration = new ProcessingDeclaration(
            Shop, [ProcessingPurpose.Orders], [], [], Security, Sector.FromName("mail-order"), Edition.Ns2005, transfer,
            usesTrackers: true, trackersNotice: true, transfersOutsideEu: true);

        Assert.Same(Shop, declaration.Controller);
        Assert.Same(Security, declaration.Security);
        Assert.Equal("mail-order", declaration.Sector.Name);
        Assert.Same(Edition.Ns2005, declaration.Edition);
        Assert.Same(transfer, declaration.FileTransfer);
        Assert.True(declaration.UsesTrackers);
        Assert.True(declaration.TrackersNotice);
        Assert.True(declaration.TransfersOutsideEu);
        Assert.Equal("Processing of " + DeclarationDraft.ControllerName, declaration.ToString());
    }

    [Fact]
    public void Constructor_SourceListsMutatedAfterwards_DeclarationUnchanged()
    {
        var purposes = new List<ProcessingPurpose> { ProcessingPurpose.Orders };
        var fields = new List<DeclaredField> { new(DataField.LastName, [ProcessingPurpose.Orders]) };
        var recipients = new List<DeclaredRecipient> { new(Recipient.CommercialStaff) };
        var policies = new List<RetentionPolicy> { DeclarationDraft.ClientPolicy };
        var channels = new List<DeclaredChannel> { new(ProspectingChannel.Postal, Audience.Consumer, SubjectStatus.Client, false, false) };
        var forms = new List<DeclaredForm> { new("order-form", new NoticeForm(DeclarationDraft.AllItems)) };
        var declaration = Minimal(purposes, fields, recipients, policies, channels, forms);

        purposes.Add(ProcessingPurpose.ExclusionFromRight);
        purposes.RemoveAt(0);
        fields.Clear();
        fields.Add(new DeclaredField(DataField.Nir, [ProcessingPurpose.Orders]));
        recipients[0] = new DeclaredRecipient(Recipient.Unlisted("ad-network"));
        policies.Add(new RetentionPolicy(SubjectStatus.Client, null, false, RetentionAnchor.RelationshipEnd, Period.FromYears(30), RetentionEndAction.Purge));
        channels.Clear();
        forms.Add(new DeclaredForm("other-form", new NoticeForm([])));

        Assert.Equal([ProcessingPurpose.Orders], declaration.Purposes);
        Assert.Equal(DataField.LastName, Assert.Single(declaration.Fields).Field);
        Assert.Same(Recipient.CommercialStaff, Assert.Single(declaration.Recipients).Recipient);
        Assert.Single(declaration.RetentionPolicies);
        Assert.Single(declaration.Channels);
        Assert.Equal("order-form", Assert.Single(declaration.Forms).Id);
    }

    // STYLE.md: "Values are immutable … Collections are exposed read-only and copied on the way in." A list exposed
    // read-only refuses writes through every interface it implements, as ReadOnlyCollection<T> does.
    [Fact]
    public void Purposes_WrittenThroughIList_RefusedAndUnchanged()
    {
        var declaration = Minimal([ProcessingPurpose.Orders]);
        var asList = Assert.IsAssignableFrom<IList<ProcessingPurpose>>(declaration.Purposes);

        var write = Record.Exception(() => asList[0] = ProcessingPurpose.ExclusionFromRight);

        Assert.IsType<NotSupportedException>(write);
        Assert.Same(ProcessingPurpose.Orders, declaration.Purposes[0]);
    }

    [Fact]
    public void Constructor_NullController_ThrowsNamingController()
    {
        var exception = Assert.Throws<ArgumentNullException>(() => new ProcessingDeclaration(null!, [], [], [], Security));

        Assert.Equal("controller", exception.ParamName);
    }

    [Fact]
    public void Constructor_NullSecurity_ThrowsNamingSecurity()
    {
        var exception = Assert.Throws<ArgumentNullException>(() => new ProcessingDeclaration(Shop, [], [], [], null!));

        Assert.Equal("security", exception.ParamName);
    }

    [Fact]
    public void Constructor_NullPurposes_ThrowsNamingPurposes()
    {
        var exception = Assert.Throws<ArgumentNullException>(() => new ProcessingDeclaration(Shop, null!, [], [], Security));

        Assert.Equal("purposes", exception.ParamName);
    }

    [Fact]
    public void Constructor_NullFields_ThrowsNamingFields()
    {
        var exception = Assert.Throws<ArgumentNullException>(() => new ProcessingDeclaration(Shop, [], null!, [], Security));

        Assert.Equal("fields", exception.ParamName);
    }

    [Fact]
    public void Constructor_NullRecipients_ThrowsNamingRecipients()
    {
        var exception = Assert.Throws<ArgumentNullException>(() => new ProcessingDeclaration(Shop, [], [], null!, Security));

        Assert.Equal("recipients", exception.ParamName);
    }

    [Fact]
    public void Constructor_PurposesHoldingNull_ThrowsNamingPurposes()
    {
        var exception = Assert.Throws<ArgumentNullException>(() => Minimal(purposes: [ProcessingPurpose.Orders, null!]));

        Assert.Equal("purposes", exception.ParamName);
    }

    [Fact]
    public void Constructor_FieldsHoldingNull_ThrowsNamingFields()
    {
        var exception = Assert.Throws<ArgumentNullException>(() => Minimal(fields: [null!]));

        Assert.Equal("fields", exception.ParamName);
    }

    [Fact]
    public void Constructor_RecipientsHoldingNull_ThrowsNamingRecipients()
    {
        var exception = Assert.Throws<ArgumentNullException>(() => Minimal(recipients: [new DeclaredRecipient(Recipient.CommercialStaff), null!]));

        Assert.Equal("recipients", exception.ParamName);
    }

    [Fact]
    public void Constructor_RetentionPoliciesHoldingNull_ThrowsNamingRetentionPolicies()
    {
        var exception = Assert.Throws<ArgumentNullException>(() => Minimal(retentionPolicies: [null!]));

        Assert.Equal("retentionPolicies", exception.ParamName);
    }

    [Fact]
    public void Constructor_ChannelsHoldingNull_ThrowsNamingChannels()
    {
        var exception = Assert.Throws<ArgumentNullException>(() => Minimal(channels: [null!]));

        Assert.Equal("channels", exception.ParamName);
    }

    [Fact]
    public void Constructor_FormsHoldingNull_ThrowsNamingForms()
    {
        var exception = Assert.Throws<ArgumentNullException>(() => Minimal(forms: [null!]));

        Assert.Equal("forms", exception.ParamName);
    }

    [Fact]
    public void Constructor_TwoFieldsWithTheSameId_ThrowsNamingFields()
    {
        DeclaredField[] fields = [new(DataField.LastName, [ProcessingPurpose.Orders]), new(DataField.LastName, [ProcessingPurpose.Invoices])];

        var exception = Assert.Throws<ArgumentException>(() => Minimal(fields: fields));

        Assert.Equal("fields", exception.ParamName);
        Assert.Contains("last-name", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_TwoCustomFieldsWithTheSameIdInDifferentCategories_ThrowsNamingFields()
    {
        DeclaredField[] fields =
        [
            new(DataField.Custom("loyalty-level", DataCategory.Situation), [ProcessingPurpose.Orders]),
            new(DataField.Custom("loyalty-level", DataCategory.CommercialRelationship), [ProcessingPurpose.Orders]),
        ];

        var exception = Assert.Throws<ArgumentException>(() => Minimal(fields: fields));

        Assert.Equal("fields", exception.ParamName);
    }

    [Fact]
    public void Constructor_TwoFormsWithTheSameId_ThrowsNamingForms()
    {
        DeclaredForm[] forms = [new("signup", new NoticeForm(DeclarationDraft.AllItems)), new("signup", new NoticeForm([]))];

        var exception = Assert.Throws<ArgumentException>(() => Minimal(forms: forms));

        Assert.Equal("forms", exception.ParamName);
        Assert.Contains("signup", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_DistinctFieldsAndForms_KeptInDeclarationOrder()
    {
        DeclaredField[] fields = [new(DataField.PostalAddress, []), new(DataField.LastName, []), new(DataField.Custom("last-name-2", DataCategory.Identity), [])];
        DeclaredForm[] forms = [new("z-form", new NoticeForm([])), new("a-form", new NoticeForm([]))];

        var declaration = Minimal(fields: fields, forms: forms);

        Assert.Equal(fields, declaration.Fields);
        Assert.Equal(forms, declaration.Forms);
    }

    [Fact]
    public void Constructor_DuplicateFieldOrForm_MessageNamesWhatIsDeclaredTwice()
    {
        DeclaredField[] fields = [new(DataField.LastName, [ProcessingPurpose.Orders]), new(DataField.LastName, [ProcessingPurpose.Invoices])];
        DeclaredForm[] forms = [new("signup", new NoticeForm(DeclarationDraft.AllItems)), new("signup", new NoticeForm([]))];

        var field = Assert.Throws<ArgumentException>(() => Minimal(fields: fields));
        var form = Assert.Throws<ArgumentException>(() => Minimal(forms: forms));

        Assert.StartsWith("The field 'last-name' is declared twice.", field.Message, StringComparison.Ordinal);
        Assert.StartsWith("The form 'signup' is declared twice.", form.Message, StringComparison.Ordinal);
    }

    // "giving it implies transfersOutsideEu".
    [Fact]
    public void Constructor_TransferAbroadWithoutTheFlag_TransfersOutsideEu()
    {
        var abroad = new TransferAbroadDeclaration(TransferBasis.StandardContractualClauses, false);

        var declaration = new ProcessingDeclaration(Shop, [], [], [], Security, transferAbroad: abroad);

        Assert.True(declaration.TransfersOutsideEu);
        Assert.Same(abroad, declaration.TransferAbroad);
    }

    // "the same declaration with no edition of its own ... This declaration when it names no edition, otherwise a copy
    // without one": every other part is carried over.
    [Fact]
    public void WithoutEdition_DeclarationNamingAnEdition_CopyWithEveryOtherPart()
    {
        var draft = DeclarationDraft.CompliantShop();
        draft.Edition = Edition.Ns2016;
        draft.Sector = Sector.FromName("mail-order");
        draft.FileTransfer = new FileTransferDeclaration([TransferMode.Rental], [DataField.LastName], true, true, true);
        draft.UsesTrackers = true;
        draft.TrackersNotice = true;
        draft.TransferAbroad = new TransferAbroadDeclaration(TransferBasis.AdequacyDecision, false);
        var declaration = draft.Build();

        var copy = declaration.WithoutEdition();

        Assert.NotSame(declaration, copy);
        Assert.Null(copy.Edition);
        Assert.Same(declaration.Controller, copy.Controller);
        Assert.Same(declaration.Security, copy.Security);
        Assert.Same(declaration.Sector, copy.Sector);
        Assert.Same(declaration.FileTransfer, copy.FileTransfer);
        Assert.Same(declaration.TransferAbroad, copy.TransferAbroad);
        Assert.Equal(declaration.Purposes, copy.Purposes);
        Assert.Equal(declaration.Fields, copy.Fields);
        Assert.Equal(declaration.Recipients, copy.Recipients);
        Assert.Equal(declaration.RetentionPolicies, copy.RetentionPolicies);
        Assert.Equal(declaration.Channels, copy.Channels);
        Assert.Equal(declaration.Forms, copy.Forms);
        Assert.True(copy.UsesTrackers);
        Assert.True(copy.TrackersNotice);
        Assert.True(copy.TransfersOutsideEu);
    }

    [Fact]
    public void WithoutEdition_DeclarationNamingNoEdition_ItSelf()
    {
        var declaration = DeclarationDraft.CompliantShop().Build();

        Assert.Same(declaration, declaration.WithoutEdition());
    }
}
