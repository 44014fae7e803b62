using System;
using System.Linq;
using FsCheck.Xunit;
using Norme48.Decisions;
using Norme48.Declarations;
using Norme48.Evaluation;
using Norme48.Prospecting;
using Norme48.Retention;
using Norme48.Rules;
using Norme48.Vocabulary;
using Xunit;

namespace Norme48.Tests.Declarations;

/// <summary>
/// Tests of <see cref="InformationNotice"/>: the generated notice tells the person every item of NS48-INFO-NOTICE, the
/// objection of NS48-INFO-PROSPECTING-OBJECTION where data serve prospecting, and the trackers of NS48-INFO-COOKIES, so
/// that the notice check, reading the text alone, finds it compliant.
/// </summary>
public sealed class InformationNoticeTests
{
    private static readonly string[] VariantNames =
    [
        "compliant-shop", "without-prospecting", "with-trackers", "without-prospecting-with-trackers", "without-recipients",
        "without-address", "channel-without-prospecting-purpose", "prospecting-purpose-without-channel", "with-every-recipient",
    ];

    // After VariantNames: static fields are initialised in the order they are written.
    public static readonly TheoryData<string, Language, NoticeFormat> Variants = BuildVariants();

    [Theory]
    [MemberData(nameof(Variants))]
    public void Generate_Variant_NamesTheControllerAndItsContact(string variant, Language language, NoticeFormat format)
    {
        var declaration = Declaration(variant);

        var notice = InformationNotice.Generate(declaration, language, format);

        Assert.Contains(DeclarationDraft.ControllerName, notice.Text, StringComparison.Ordinal);
        Assert.Contains(DeclarationDraft.ControllerContact, notice.Text, StringComparison.Ordinal);
        Assert.Same(notice.Text, notice.ToString());
    }

    [Theory]
    [MemberData(nameof(Variants))]
    public void Generate_Variant_NamesEveryDeclaredPurposeInTheLanguage(string variant, Language language, NoticeFormat format)
    {
        var declaration = Declaration(variant);

        var notice = InformationNotice.Generate(declaration, language, format);

        Assert.NotEmpty(declaration.Purposes);
        foreach (var purpose in declaration.Purposes)
        {
            if (language == Language.French)
            {
                Assert.Contains(purpose.FrenchWording, notice.Text, StringComparison.Ordinal);
            }
            else
            {
                Assert.True(
                    notice.Text.Contains(purpose.Id, StringComparison.Ordinal) || notice.Text.Contains(purpose.Id.Replace('-', ' '), StringComparison.Ordinal),
                    $"The English notice does not name the purpose {purpose.Id}.");
                Assert.DoesNotContain(purpose.FrenchWording, notice.Text, StringComparison.Ordinal);
            }
        }
    }

    [Theory]
    [MemberData(nameof(Variants))]
    public void Generate_Variant_HasASectionPerItemAndTheNoticesTheDeclarationNeeds(string variant, Language language, NoticeFormat format)
    {
        var declaration = Declaration(variant);

        var notice = InformationNotice.Generate(declaration, language, format);

        var titles = InformationNotice.SectionTitles(language);
        var headings = NoticeReader.Headings(notice.Text, format);
        Assert.All(titles.Take(6), title => Assert.Contains(title, headings));
        Assert.Equal(NoticeReader.UsesDataForProspecting(declaration), headings.Contains(titles[6]));
        Assert.Equal(declaration.UsesTrackers, headings.Contains(titles[7]));
    }

    // The point of the generator: the notice check, reading what the text shows, finds it compliant.
    [Theory]
    [MemberData(nameof(Variants))]
    public void Generate_Variant_TextReadAsAFormPassesTheNoticeCheck(string variant, Language language, NoticeFormat format)
    {
        var declaration = Declaration(variant);

        var notice = InformationNotice.Generate(declaration, language, format);

        var read = NoticeReader.Detect(notice.Text, language, format, NoticeReader.UsesDataForProspecting(declaration), declaration.UsesTrackers);
        var check = Norme48Evaluator.Default.CheckNotice(read);
        Assert.True(check.IsCompliant, string.Join("; ", check.Violations.Select(v => v.ToString())));
        Assert.Equal(NoticeVerdict.Compliant, check.Verdict);
    }

    [Theory]
    [MemberData(nameof(Variants))]
    public void Generate_Variant_FormIsWhatTheTextShows(string variant, Language language, NoticeFormat format)
    {
        var declaration = Declaration(variant);

        var notice = InformationNotice.Generate(declaration, language, format);

        var read = NoticeReader.Detect(notice.Text, language, format, NoticeReader.UsesDataForProspecting(declaration), declaration.UsesTrackers);
        Assert.Equal(read.Items, notice.Form.Items);
        Assert.Equal(read.Prospecting, notice.Form.Prospecting);
        Assert.Equal(read.ObjectionNotice, notice.Form.ObjectionNotice);
        Assert.Equal(read.Trackers, notice.Form.Trackers);
        Assert.Equal(read.TrackersNotice, notice.Form.TrackersNotice);
        Assert.Equal(read.ConsentCheckbox, notice.Form.ConsentCheckbox);
    }

    [Theory]
    [MemberData(nameof(Variants))]
    public void Generate_Variant_MarkdownHasHeadingsAndPlainTextHasNoHash(string variant, Language language, NoticeFormat format)
    {
        var declaration = Declaration(variant);

        var notice = InformationNotice.Generate(declaration, language, format);

        if (format == NoticeFormat.Markdown)
        {
            Assert.StartsWith("# ", notice.Text, StringComparison.Ordinal);
            Assert.All(
                InformationNotice.SectionTitles(language).Take(6),
                title => Assert.Contains("## " + title + Environment.NewLine, notice.Text, StringComparison.Ordinal));
        }
        else
        {
            Assert.DoesNotContain("#", notice.Text, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData(Language.English, NoticeFormat.Markdown)]
    [InlineData(Language.French, NoticeFormat.PlainText)]
    public void Generate_WithRecipients_NamesEachRecipient(Language language, NoticeFormat format)
    {
        var declaration = Declaration("with-every-recipient");

        var notice = InformationNotice.Generate(declaration, language, format);

        Assert.All(declaration.Recipients, r => Assert.Contains(
            language == Language.French ? r.Recipient.FrenchWording! : r.Recipient.Id.Replace('-', ' '), notice.Text, StringComparison.Ordinal));
    }

    // NS48-INFO-PROSPECTING-OBJECTION: "Where data are used for prospecting, the person is told they may object" — data
    // serve prospecting when a field serves a prospecting purpose, even if the declaration's purpose list omits it.
    [Theory]
    [InlineData(Language.English)]
    [InlineData(Language.French)]
    public void Generate_FieldServingSolicitationsOmittedFromPurposes_TellsTheRightToObject(Language language)
    {
        var draft = DeclarationDraft.ShopWithoutProspecting();
        draft.Fields.Add(new DeclaredField(DataField.EmailAddress, [ProcessingPurpose.Orders, ProcessingPurpose.Solicitations]));
        var declaration = draft.Build();

        var notice = InformationNotice.Generate(declaration, language, NoticeFormat.PlainText);

        var read = NoticeReader.Detect(notice.Text, language, NoticeFormat.PlainText, prospecting: true, trackers: false);
        Assert.True(Norme48Evaluator.Default.CheckNotice(read).IsCompliant);
        Assert.True(notice.Form.Prospecting);
    }

    [Theory]
    [InlineData(Language.English)]
    [InlineData(Language.French)]
    public void SectionTitles_EachLanguage_EightDistinctTitles(Language language)
    {
        var titles = InformationNotice.SectionTitles(language);

        Assert.Equal(8, titles.Count);
        Assert.Equal(8, titles.Distinct(StringComparer.Ordinal).Count());
        Assert.All(titles, t => Assert.False(string.IsNullOrWhiteSpace(t)));
    }

    [Fact]
    public void SectionTitles_FrenchAndEnglish_Differ()
    {
        var english = InformationNotice.SectionTitles(Language.English);
        var french = InformationNotice.SectionTitles(Language.French);

        Assert.All(english.Zip(french), pair => Assert.NotEqual(pair.First, pair.Second));
    }

    [Fact]
    public void Generate_NullDeclaration_ThrowsNamingDeclaration()
    {
        var exception = Assert.Throws<ArgumentNullException>(() => InformationNotice.Generate(null!, Language.French, NoticeFormat.Markdown));

        Assert.Equal("declaration", exception.ParamName);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(3)]
    public void Generate_UndefinedLanguage_ThrowsNamingLanguage(int value)
    {
        var declaration = Declaration("compliant-shop");

        var exception = Assert.Throws<ArgumentOutOfRangeException>(() => InformationNotice.Generate(declaration, (Language)value, NoticeFormat.Markdown));

        Assert.Equal("language", exception.ParamName);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(3)]
    public void Generate_UndefinedFormat_ThrowsNamingFormat(int value)
    {
        var declaration = Declaration("compliant-shop");

        var exception = Assert.Throws<ArgumentOutOfRangeException>(() => InformationNotice.Generate(declaration, Language.English, (NoticeFormat)value));

        Assert.Equal("format", exception.ParamName);
    }

    // For any shape of declaration, the generated notice, read from its text, passes the notice check, and its Form is
    // what the text shows.
    [Property(Arbitrary = [typeof(Arbitraries)], MaxTest = 200)]
    public void Generate_AnyDeclarationShape_TextPassesTheNoticeCheckAndMatchesItsForm(NoticeShape shape)
    {
        var declaration = Declaration(shape);

        var notice = InformationNotice.Generate(declaration, shape.Language, shape.Format);

        var read = NoticeReader.Detect(notice.Text, shape.Language, shape.Format, NoticeReader.UsesDataForProspecting(declaration), shape.Trackers);
        Assert.True(Norme48Evaluator.Default.CheckNotice(read).IsCompliant);
        Assert.Equal(read.Items, notice.Form.Items);
        Assert.Equal(read.Prospecting, notice.Form.Prospecting);
        Assert.Equal(read.ObjectionNotice, notice.Form.ObjectionNotice);
        Assert.Equal(read.Trackers, notice.Form.Trackers);
        Assert.Equal(read.TrackersNotice, notice.Form.TrackersNotice);
        Assert.All(declaration.Purposes, p => Assert.Contains(
            shape.Language == Language.French ? p.FrenchWording : p.Id.Replace('-', ' '), notice.Text, StringComparison.Ordinal));
    }

    private static ProcessingDeclaration Declaration(NoticeShape shape)
    {
        var purposes = Ns2005Spec.PurposeIds.Except(Ns2005Spec.ExcludedPurposeIds).Select(ProcessingPurpose.Parse)
            .Where((_, i) => (shape.PurposeMask & (1 << i)) != 0).ToArray();
        var recipients = Recipient.Listed.Where(r => r != Recipient.FileAcquirer)
            .Where((_, i) => (shape.RecipientMask & (1 << i)) != 0).Select(r => new DeclaredRecipient(r, BasisFor(r))).ToArray();
        var controller = shape.Address
            ? new Controller(DeclarationDraft.ControllerName, DeclarationDraft.ControllerContact, DeclarationDraft.ControllerAddress)
            : new Controller(DeclarationDraft.ControllerName, DeclarationDraft.ControllerContact);
        DeclaredChannel[] channels = shape.PostalChannel ? [new DeclaredChannel(ProspectingChannel.Postal, Audience.Consumer, SubjectStatus.Client, false, false)] : [];
        return new ProcessingDeclaration(
            controller, purposes, [new DeclaredField(DataField.LastName, purposes)], recipients, DeclarationDraft.AllSecurity,
            channels: channels, usesTrackers: shape.Trackers, trackersNotice: shape.Trackers);
    }

    internal static ProcessingDeclaration Declaration(string variant)
    {
        var draft = variant.StartsWith("without-prospecting", StringComparison.Ordinal) ? DeclarationDraft.ShopWithoutProspecting() : DeclarationDraft.CompliantShop();
        switch (variant)
        {
            case "with-trackers":
            case "without-prospecting-with-trackers":
                draft.UsesTrackers = true;
                draft.TrackersNotice = true;
                break;
            case "without-recipients":
                draft.Recipients.Clear();
                break;
            case "without-address":
                draft.Controller = new Controller(DeclarationDraft.ControllerName, DeclarationDraft.ControllerContact);
                break;
            case "channel-without-prospecting-purpose":
                draft = DeclarationDraft.ShopWithoutProspecting();
                draft.Channels.Add(new DeclaredChannel(ProspectingChannel.Postal, Audience.Consumer, SubjectStatus.Client, false, false));
                break;
            case "prospecting-purpose-without-channel":
                draft.Channels.Clear();
                break;
            case "with-every-recipient":
                draft.Recipients.Clear();
                draft.Recipients.AddRange(Recipient.Listed.Where(r => r != Recipient.FileAcquirer).Select(r => new DeclaredRecipient(r, BasisFor(r))));
                break;
        }

        return draft.Build();
    }

    // ---- Exact notices. The layout the generator documents: a level-1 heading (Markdown "# ", plain text in capitals),
    // then one section per item in SectionTitles order (Markdown "## title", plain text the title alone), its body on
    // the next line and a blank line; the objection section where data serve prospecting, the trackers section where the
    // site sets trackers; the text ends with one line break.
    private static string Lines(params string[] lines) => string.Join(Environment.NewLine, lines) + Environment.NewLine;

    /// <summary>The shop without prospecting, with trackers and an unlisted recipient (no French wording: its id is shown).</summary>
    private static ProcessingDeclaration ShopWithTrackersAndAnUnlistedRecipient()
    {
        var draft = DeclarationDraft.ShopWithoutProspecting();
        draft.UsesTrackers = true;
        draft.TrackersNotice = true;
        draft.Recipients.Add(new DeclaredRecipient(Recipient.Unlisted("ad-network")));
        return draft.Build();
    }

    /// <summary>The shop without prospecting purposes nor recipients, a controller without address, and one e-mail channel.</summary>
    private static ProcessingDeclaration ShopWithAChannelAndNoRecipient()
    {
        var draft = DeclarationDraft.ShopWithoutProspecting();
        draft.Controller = new Controller(DeclarationDraft.ControllerName, DeclarationDraft.ControllerContact);
        draft.Recipients.Clear();
        draft.Channels.Add(new DeclaredChannel(ProspectingChannel.Email, Audience.Consumer, SubjectStatus.Prospect, consentCollected: true, objectionOfferedAtCollection: true));
        return draft.Build();
    }

    [Fact]
    public void Generate_EnglishMarkdown_ExactNotice()
    {
        var notice = InformationNotice.Generate(ShopWithTrackersAndAnUnlistedRecipient(), Language.English, NoticeFormat.Markdown);

        Assert.Equal(
            Lines(
                "# About your personal data",
                string.Empty,
                "## Who is responsible",
                "Your data are processed by " + DeclarationDraft.ControllerName + ", " + DeclarationDraft.ControllerAddress + ".",
                string.Empty,
                "## Why we process your data",
                "They are used for: orders; deliveries; invoices.",
                string.Empty,
                "## Mandatory and optional answers",
                "Fields marked with an asterisk (*) are mandatory; the others are optional.",
                string.Empty,
                "## If you do not answer",
                "Without the mandatory answers we cannot handle your request; leaving optional fields blank has no consequence.",
                string.Empty,
                "## Who receives your data",
                "Your data go to: commercial staff; administrative staff; ad network.",
                string.Empty,
                "## Your rights",
                "You have the right to access, rectify and object to the processing of your data. To exercise it, write to " + DeclarationDraft.ControllerContact + ".",
                string.Empty,
                "## Trackers",
                "This site sets trackers (cookies) to measure its audience. You can refuse them from the consent banner or in your browser's settings."),
            notice.Text);
        Assert.Equal(notice.Text, notice.ToString());
    }

    [Fact]
    public void Generate_FrenchPlainText_ExactNotice()
    {
        var notice = InformationNotice.Generate(ShopWithTrackersAndAnUnlistedRecipient(), Language.French, NoticeFormat.PlainText);

        Assert.Equal(
            Lines(
                "INFORMATION SUR VOS DONNÉES PERSONNELLES",
                string.Empty,
                "Responsable du traitement",
                "Vos données sont traitées par " + DeclarationDraft.ControllerName + ", " + DeclarationDraft.ControllerAddress + ".",
                string.Empty,
                "Finalités",
                "Elles servent aux finalités suivantes : commandes ; livraisons ; factures.",
                string.Empty,
                "Réponses obligatoires et facultatives",
                "Les champs marqués d'un astérisque (*) sont obligatoires ; les autres sont facultatifs.",
                string.Empty,
                "En l'absence de réponse",
                "Sans réponse aux champs obligatoires, nous ne pouvons pas traiter votre demande ; ne pas répondre aux champs facultatifs n'a aucune conséquence.",
                string.Empty,
                "Destinataires",
                "Vos données sont destinées à : personnels chargés du service commercial ; services administratifs ; ad-network.",
                string.Empty,
                "Vos droits",
                "Vous disposez d'un droit d'accès, de rectification et d'opposition sur vos données. Pour l'exercer, écrivez à " + DeclarationDraft.ControllerContact + ".",
                string.Empty,
                "Traceurs",
                "Ce site dépose des traceurs (cookies) pour mesurer sa fréquentation. Vous pouvez les refuser depuis le bandeau de consentement ou les réglages de votre navigateur."),
            notice.Text);
    }

    [Fact]
    public void Generate_EnglishPlainTextWithoutRecipientsWithAChannel_StaffAsRecipientsAndTheObjectionSection()
    {
        var notice = InformationNotice.Generate(ShopWithAChannelAndNoRecipient(), Language.English, NoticeFormat.PlainText);

        Assert.StartsWith(
            Lines(
                "ABOUT YOUR PERSONAL DATA",
                string.Empty,
                "Who is responsible",
                "Your data are processed by " + DeclarationDraft.ControllerName + ".",
                string.Empty),
            notice.Text,
            StringComparison.Ordinal);
        Assert.Contains(
            Lines(
                "Who receives your data",
                "Your data go to: the staff of " + DeclarationDraft.ControllerName + " in charge of the commercial relationship.",
                string.Empty),
            notice.Text,
            StringComparison.Ordinal);
        Assert.EndsWith(
            Lines(
                string.Empty,
                "Prospecting: your right to object",
                "You may object to prospecting, free of charge and without giving reasons, by writing to " + DeclarationDraft.ControllerContact + "."),
            notice.Text,
            StringComparison.Ordinal);
        Assert.True(notice.Form.Prospecting);
        Assert.True(notice.Form.ObjectionNotice);
        Assert.False(notice.Form.Trackers);
    }

    [Fact]
    public void Generate_FrenchMarkdownWithoutRecipientsWithAChannel_StaffAsRecipientsAndTheObjectionSection()
    {
        var notice = InformationNotice.Generate(ShopWithAChannelAndNoRecipient(), Language.French, NoticeFormat.Markdown);

        Assert.StartsWith(
            Lines(
                "# Information sur vos données personnelles",
                string.Empty,
                "## Responsable du traitement",
                "Vos données sont traitées par " + DeclarationDraft.ControllerName + ".",
                string.Empty),
            notice.Text,
            StringComparison.Ordinal);
        Assert.Contains(
            Lines(
                "## Destinataires",
                "Vos données sont destinées à : les services de " + DeclarationDraft.ControllerName + " chargés de la relation commerciale.",
                string.Empty),
            notice.Text,
            StringComparison.Ordinal);
        Assert.EndsWith(
            Lines(
                string.Empty,
                "## Prospection : votre droit d'opposition",
                "Vous pouvez vous opposer à la prospection, sans frais et sans avoir à vous justifier, en écrivant à " + DeclarationDraft.ControllerContact + "."),
            notice.Text,
            StringComparison.Ordinal);
    }

    private static SharingBasis? BasisFor(Recipient recipient) =>
        recipient == Recipient.ContractedCompanies ? SharingBasis.ContractExecution
        : recipient == Recipient.PublicBodies ? SharingBasis.LegalObligation
        : recipient == Recipient.JusticeAuxiliaries || recipient == Recipient.DebtCollectors ? SharingBasis.DebtRecovery
        : null;

    private static TheoryData<string, Language, NoticeFormat> BuildVariants()
    {
        var data = new TheoryData<string, Language, NoticeFormat>();
        foreach (var variant in VariantNames)
        {
            foreach (var language in new[] { Language.English, Language.French })
            {
                foreach (var format in new[] { NoticeFormat.Markdown, NoticeFormat.PlainText })
                {
                    data.Add(variant, language, format);
                }
            }
        }

        return data;
    }
}
