using System;
using System.Collections.Generic;
using Norme48.Declarations;
using Norme48.Prospecting;
using Norme48.Retention;
using Norme48.Vocabulary;
using Xunit;

namespace Norme48.Tests.Declarations;

// src/Norme48/Declarations/DeclarationParts.cs holds the parts of a declaration; this file holds one test class per part.

/// <summary>Tests of <see cref="Controller"/>.</summary>
public sealed class ControllerTests
{
    [Fact]
    public void Constructor_NameContactAddress_KeptAsGiven()
    {
        var controller = new Controller(DeclarationDraft.ControllerName, DeclarationDraft.ControllerContact, DeclarationDraft.ControllerAddress);

        Assert.Equal(DeclarationDraft.ControllerName, controller.Name);
        Assert.Equal(DeclarationDraft.ControllerContact, controller.Contact);
        Assert.Equal(DeclarationDraft.ControllerAddress, controller.Address);
        Assert.Equal(DeclarationDraft.ControllerName, controller.ToString());
    }

    [Fact]
    public void Constructor_NoAddress_AddressNull()
    {
        var controller = new Controller("Exemple SAS (fictitious)", "dpo@example.org");

        Assert.Null(controller.Address);
    }

    [Fact]
    public void Constructor_NullName_ThrowsNamingName()
    {
        var exception = Assert.Throws<ArgumentNullException>(() => new Controller(null!, "dpo@example.org"));

        Assert.Equal("name", exception.ParamName);
    }

    [Fact]
    public void Constructor_NullContact_ThrowsNamingContact()
    {
        var exception = Assert.Throws<ArgumentNullException>(() => new Controller("Exemple SAS (fictitious)", null!));

        Assert.Equal("contact", exception.ParamName);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Constructor_BlankName_ThrowsNamingName(string name)
    {
        var exception = Assert.Throws<ArgumentException>(() => new Controller(name, "dpo@example.org"));

        Assert.Equal("name", exception.ParamName);
    }

    [Theory]
    [InlineData("")]
    [InlineData("\t")]
    public void Constructor_BlankContact_ThrowsNamingContact(string contact)
    {
        var exception = Assert.Throws<ArgumentException>(() => new Controller("Exemple SAS (fictitious)", contact));

        Assert.Equal("contact", exception.ParamName);
    }
}

/// <summary>Tests of <see cref="DeclaredField"/>, among them RULES.md on the sensitivity flag.</summary>
public sealed class DeclaredFieldTests
{
    [Fact]
    public void Constructor_SourceListMutatedAfterwards_PurposesUnchanged()
    {
        var purposes = new List<ProcessingPurpose> { ProcessingPurpose.Orders, ProcessingPurpose.Invoices };
        var field = new DeclaredField(DataField.LastName, purposes);

        purposes.Clear();
        purposes.Add(ProcessingPurpose.ExclusionFromRight);

        Assert.Equal([ProcessingPurpose.Orders, ProcessingPurpose.Invoices], field.Purposes);
    }

    [Fact]
    public void Constructor_NullField_ThrowsNamingField()
    {
        var exception = Assert.Throws<ArgumentNullException>(() => new DeclaredField(null!, [ProcessingPurpose.Orders]));

        Assert.Equal("field", exception.ParamName);
    }

    [Fact]
    public void Constructor_NullPurposes_ThrowsNamingPurposes()
    {
        var exception = Assert.Throws<ArgumentNullException>(() => new DeclaredField(DataField.LastName, null!));

        Assert.Equal("purposes", exception.ParamName);
    }

    [Fact]
    public void Constructor_PurposesHoldingNull_ThrowsNamingPurposes()
    {
        var exception = Assert.Throws<ArgumentNullException>(() => new DeclaredField(DataField.LastName, [ProcessingPurpose.Orders, null!]));

        Assert.Equal("purposes", exception.ParamName);
        Assert.StartsWith("The collection holds a null.", exception.Message, StringComparison.Ordinal);
    }

    // "the caller may flag any commercial-relationship field as sensitive-revealing for its business".
    [Theory]
    [InlineData("documentation-requests", true)]
    [InlineData("product-purchased", false)]
    [InlineData("after-sales-service", true)]
    public void Constructor_SensitiveOnBuiltInCommercialField_Kept(string id, bool sensitive)
    {
        var field = new DeclaredField(DataField.Parse(id), [ProcessingPurpose.Orders], sensitive: sensitive);

        Assert.Equal(sensitive, field.Sensitive);
        Assert.Equal(sensitive, field.MayRevealSensitiveData);
    }

    // "Built-in fields are not sensitive-revealing by default".
    [Fact]
    public void Constructor_NoSensitiveFlag_NotSensitiveRevealing()
    {
        var field = new DeclaredField(DataField.PurchaseHistory, [ProcessingPurpose.Orders], proof: true);

        Assert.Null(field.Sensitive);
        Assert.False(field.MayRevealSensitiveData);
        Assert.True(field.Proof);
    }

    [Fact]
    public void MayRevealSensitiveData_CustomFieldFlagged_True()
    {
        var custom = DataField.Custom("union-newsletter", DataCategory.CommercialRelationship, mayRevealSensitiveData: true);

        var field = new DeclaredField(custom, [ProcessingPurpose.Solicitations]);

        Assert.True(field.MayRevealSensitiveData);
        Assert.Null(field.Sensitive);
    }

    // "On other categories the flag is refused, whatever its value … in C# an ArgumentException naming the parameter".
    [Theory]
    [InlineData("last-name", true)]
    [InlineData("last-name", false)]
    [InlineData("bank-card-number", true)]
    [InlineData("profession", false)]
    [InlineData("payment-terms", true)]
    [InlineData("ip-address", false)]
    [InlineData("nir", true)]
    public void Constructor_SensitiveOnAnotherCategory_ThrowsNamingSensitive(string id, bool sensitive)
    {
        var exception = Assert.Throws<ArgumentException>(() => new DeclaredField(DataField.Parse(id), [ProcessingPurpose.Orders], sensitive: sensitive));

        Assert.Equal("sensitive", exception.ParamName);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Constructor_SensitiveOnCustomCommercialField_ThrowsNamingSensitive(bool sensitive)
    {
        var custom = DataField.Custom("magazine-subscription", DataCategory.CommercialRelationship);

        var exception = Assert.Throws<ArgumentException>(() => new DeclaredField(custom, [ProcessingPurpose.Orders], sensitive: sensitive));

        Assert.Equal("sensitive", exception.ParamName);
        Assert.StartsWith("A custom field carries its own sensitivity flag (DataField.Custom).", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_SensitiveOnCustomFieldOfAnotherCategory_ThrowsNamingSensitive()
    {
        var custom = DataField.Custom("loyalty-tier", DataCategory.Situation);

        var exception = Assert.Throws<ArgumentException>(() => new DeclaredField(custom, [ProcessingPurpose.Orders], sensitive: false));

        Assert.Equal("sensitive", exception.ParamName);
    }
}

/// <summary>Tests of <see cref="DeclaredRecipient"/>.</summary>
public sealed class DeclaredRecipientTests
{
    [Fact]
    public void Constructor_RecipientAndBasis_KeptAsGiven()
    {
        var recipient = new DeclaredRecipient(Recipient.PublicBodies, SharingBasis.LegalObligation);

        Assert.Same(Recipient.PublicBodies, recipient.Recipient);
        Assert.Equal(SharingBasis.LegalObligation, recipient.Basis);
        Assert.Equal("public-bodies", recipient.ToString());
    }

    [Fact]
    public void Constructor_NullRecipient_ThrowsNamingRecipient()
    {
        var exception = Assert.Throws<ArgumentNullException>(() => new DeclaredRecipient(null!));

        Assert.Equal("recipient", exception.ParamName);
    }
}

/// <summary>Tests of <see cref="FileTransferDeclaration"/>.</summary>
public sealed class FileTransferDeclarationTests
{
    [Fact]
    public void Constructor_SourceListsMutatedAfterwards_Unchanged()
    {
        var modes = new List<TransferMode> { TransferMode.Rental };
        var fields = new List<DataField> { DataField.LastName };
        var transfer = new FileTransferDeclaration(modes, fields, acquirerCommitment: true, expressConsent: false, objectorsExcluded: true);

        modes.Add(TransferMode.Cession);
        fields[0] = DataField.Nir;

        Assert.Equal([TransferMode.Rental], transfer.Modes);
        Assert.Equal([DataField.LastName], transfer.Fields);
        Assert.True(transfer.AcquirerCommitment);
        Assert.False(transfer.ExpressConsent);
        Assert.True(transfer.ObjectorsExcluded);
    }

    [Fact]
    public void Constructor_NullModes_ThrowsNamingModes()
    {
        var exception = Assert.Throws<ArgumentNullException>(() => new FileTransferDeclaration(null!, [DataField.LastName], true, true, true));

        Assert.Equal("modes", exception.ParamName);
    }

    [Fact]
    public void Constructor_NullFields_ThrowsNamingFields()
    {
        var exception = Assert.Throws<ArgumentNullException>(() => new FileTransferDeclaration([TransferMode.Cession], null!, true, true, true));

        Assert.Equal("fields", exception.ParamName);
    }

    [Fact]
    public void Constructor_FieldsHoldingNull_ThrowsNamingFields()
    {
        var exception = Assert.Throws<ArgumentNullException>(() => new FileTransferDeclaration([TransferMode.Cession], [DataField.LastName, null!], true, true, true));

        Assert.Equal("fields", exception.ParamName);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(4)]
    [InlineData(-1)]
    public void Constructor_UndefinedMode_ThrowsNamingModes(int mode)
    {
        var exception = Assert.Throws<ArgumentOutOfRangeException>(
            () => new FileTransferDeclaration([TransferMode.Cession, (TransferMode)mode], [DataField.LastName], true, true, true));

        Assert.Equal("modes", exception.ParamName);
        Assert.Equal((TransferMode)mode, exception.ActualValue);
        Assert.StartsWith("Not a defined transfer mode.", exception.Message, StringComparison.Ordinal);
    }
}

/// <summary>Tests of <see cref="DeclaredChannel"/>.</summary>
public sealed class DeclaredChannelTests
{
    [Fact]
    public void Constructor_EveryArgument_KeptAsGiven()
    {
        var channel = new DeclaredChannel(ProspectingChannel.Fax, Audience.Professional, SubjectStatus.Client, consentCollected: false, objectionOfferedAtCollection: true);

        Assert.Equal(ProspectingChannel.Fax, channel.Channel);
        Assert.Equal(Audience.Professional, channel.Audience);
        Assert.Equal(SubjectStatus.Client, channel.Target);
        Assert.False(channel.ConsentCollected);
        Assert.True(channel.ObjectionOfferedAtCollection);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(7)]
    public void Constructor_UndefinedChannel_ThrowsNamingChannel(int value)
    {
        var exception = Assert.Throws<ArgumentOutOfRangeException>(
            () => new DeclaredChannel((ProspectingChannel)value, Audience.Consumer, SubjectStatus.Prospect, true, true));

        Assert.Equal("channel", exception.ParamName);
        Assert.StartsWith("Not a defined prospecting channel.", exception.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(3)]
    public void Constructor_UndefinedAudience_ThrowsNamingAudience(int value)
    {
        var exception = Assert.Throws<ArgumentOutOfRangeException>(
            () => new DeclaredChannel(ProspectingChannel.Email, (Audience)value, SubjectStatus.Prospect, true, true));

        Assert.Equal("audience", exception.ParamName);
        Assert.StartsWith("Not a defined audience.", exception.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(3)]
    public void Constructor_UndefinedTarget_ThrowsNamingTarget(int value)
    {
        var exception = Assert.Throws<ArgumentOutOfRangeException>(
            () => new DeclaredChannel(ProspectingChannel.Email, Audience.Consumer, (SubjectStatus)value, true, true));

        Assert.Equal("target", exception.ParamName);
        Assert.StartsWith("Not a defined subject status.", exception.Message, StringComparison.Ordinal);
    }
}

/// <summary>Tests of <see cref="DeclaredForm"/>.</summary>
public sealed class DeclaredFormTests
{
    [Theory]
    [InlineData("signup")]
    [InlineData("newsletter-signup")]
    [InlineData("form-2")]
    public void Constructor_KebabCaseId_Kept(string id)
    {
        var notice = new NoticeForm(DeclarationDraft.AllItems);

        var form = new DeclaredForm(id, notice);

        Assert.Equal(id, form.Id);
        Assert.Same(notice, form.Notice);
        Assert.Equal(id, form.ToString());
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("Newsletter")]
    [InlineData("newsletter_signup")]
    [InlineData("newsletter signup")]
    [InlineData("newsletter--signup")]
    [InlineData("-newsletter")]
    [InlineData("newsletter-")]
    [InlineData("inscription-équipe")]
    public void Constructor_IdNotKebabCase_ThrowsNamingId(string id)
    {
        var exception = Assert.Throws<ArgumentException>(() => new DeclaredForm(id, new NoticeForm([])));

        Assert.Equal("id", exception.ParamName);
        Assert.StartsWith($"A form id must be kebab-case (^[a-z0-9]+(-[a-z0-9]+)*$); '{id}' is not.", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_NullId_ThrowsNamingId()
    {
        var exception = Assert.Throws<ArgumentNullException>(() => new DeclaredForm(null!, new NoticeForm([])));

        Assert.Equal("id", exception.ParamName);
    }

    [Fact]
    public void Constructor_NullNotice_ThrowsNamingNotice()
    {
        var exception = Assert.Throws<ArgumentNullException>(() => new DeclaredForm("signup", null!));

        Assert.Equal("notice", exception.ParamName);
    }
}

/// <summary>Tests of <see cref="SecurityMeasures"/>.</summary>
public sealed class SecurityMeasuresTests
{
    [Theory]
    [InlineData(true, false, true, false, true)]
    [InlineData(false, true, false, true, false)]
    public void Constructor_EveryFlag_KeptInItsOwnProperty(bool dataProtection, bool onlineService, bool onlineAccess, bool cardPayments, bool securePayment)
    {
        var measures = new SecurityMeasures(dataProtection, onlineService, onlineAccess, cardPayments, securePayment);

        Assert.Equal(dataProtection, measures.DataProtection);
        Assert.Equal(onlineService, measures.OnlineService);
        Assert.Equal(onlineAccess, measures.OnlineAccessProtection);
        Assert.Equal(cardPayments, measures.RemoteCardPayments);
        Assert.Equal(securePayment, measures.SecurePayment);
    }
}

/// <summary>Tests of <see cref="TransferAbroadDeclaration"/>.</summary>
public sealed class TransferAbroadDeclarationTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(6)]
    public void Constructor_UndefinedBasis_ThrowsNamingBasis(int value)
    {
        var exception = Assert.Throws<ArgumentOutOfRangeException>(() => new TransferAbroadDeclaration((TransferBasis)value, false));

        Assert.Equal("basis", exception.ParamName);
        Assert.StartsWith("Not a defined transfer basis.", exception.Message, StringComparison.Ordinal);
    }

    // "Describes the transfers. Such as standard-contractual-clauses, occasional": the basis id (VocabularyIds, as in
    // declaration files) or "no basis", then how the transfers happen.
    [Theory]
    [InlineData(TransferBasis.AdequacyDecision, false, "adequacy-decision, occasional")]
    [InlineData(TransferBasis.StandardContractualClauses, false, "standard-contractual-clauses, occasional")]
    [InlineData(TransferBasis.Article69Exception, true, "article-69-exception, repetitive, massive or structural")]
    [InlineData(null, true, "no basis, repetitive, massive or structural")]
    [InlineData(null, false, "no basis, occasional")]
    public void ToString_BasisAndFrequency(TransferBasis? basis, bool repetitive, string expected)
    {
        var transfer = new TransferAbroadDeclaration(basis, repetitive);

        Assert.Equal(basis, transfer.Basis);
        Assert.Equal(repetitive, transfer.RepetitiveMassiveOrStructural);
        Assert.Equal(expected, transfer.ToString());
    }
}
