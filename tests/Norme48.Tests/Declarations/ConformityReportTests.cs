using System;
using Norme48.Declarations;
using Norme48.Decisions;
using Norme48.Evaluation;
using Norme48.Prospecting;
using Norme48.Retention;
using Norme48.Rules;
using Norme48.Vocabulary;
using Xunit;

namespace Norme48.Tests.Declarations;

/// <summary>
/// Tests of <see cref="ConformityReport"/>: throwing on non-compliance is opt-in through <c>EnsureCompliant</c> (STYLE.md),
/// and the text and Markdown renderings name every violated rule in the language asked for.
/// </summary>
public sealed class ConformityReportTests
{
    private static readonly ConformityEvaluator Checker = new(Norme48Evaluator.Default);

    /// <summary>A declaration breaking rules in several parts, so that the renderings have several kinds of violation.</summary>
    private static ConformityReport NonCompliantReport()
    {
        var draft = DeclarationDraft.CompliantShop();
        draft.Fields.Add(new DeclaredField(DataField.Nir, [ProcessingPurpose.Orders]));
        draft.Recipients.Add(new DeclaredRecipient(Recipient.Unlisted("ad-network")));
        draft.RetentionPolicies.Add(new RetentionPolicy(
            SubjectStatus.Prospect, null, false, RetentionAnchor.LastContactFromPerson, NodaTime.Period.FromMonths(13), RetentionEndAction.Purge));
        draft.Channels.Add(new DeclaredChannel(ProspectingChannel.Sms, Audience.Consumer, SubjectStatus.Prospect, false, true));
        draft.UsesTrackers = true;
        draft.TransfersOutsideEu = true;
        return Checker.Evaluate(draft.Build());
    }

    [Fact]
    public void EnsureCompliant_Compliant_ReturnsTheSameReport()
    {
        var report = Checker.Evaluate(DeclarationDraft.CompliantShop().Build());

        var returned = report.EnsureCompliant();

        Assert.Same(report, returned);
    }

    [Fact]
    public void EnsureCompliant_NonCompliant_ThrowsComplianceExceptionNamingEveryRule()
    {
        var report = NonCompliantReport();

        var exception = Assert.Throws<ComplianceException>(() => report.EnsureCompliant());

        Assert.NotEmpty(report.Violations);
        Assert.All(report.Violations, v => Assert.Contains(v.Rule.Code, exception.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void EnsureCompliant_OutOfScope_ThrowsComplianceException()
    {
        var draft = DeclarationDraft.CompliantShop();
        draft.Sector = Sector.Banking;
        var report = Checker.Evaluate(draft.Build());

        var exception = Assert.Throws<ComplianceException>(() => report.EnsureCompliant());

        Assert.Contains("NS48-SCOPE-SECTOR", exception.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Language.English)]
    [InlineData(Language.French)]
    public void ToText_NonCompliant_ContainsEveryRuleCodeSubjectAndMessageInTheLanguage(Language language)
    {
        var report = NonCompliantReport();

        var text = report.ToText(language);

        Assert.Contains(DeclarationDraft.ControllerName, text, StringComparison.Ordinal);
        Assert.Contains("ns48-2005", text, StringComparison.Ordinal);
        Assert.All(report.Violations, v =>
        {
            Assert.Contains(v.Rule.Code, text, StringComparison.Ordinal);
            Assert.Contains(v.Subject, text, StringComparison.Ordinal);
            Assert.Contains(v.Message.In(language), text, StringComparison.Ordinal);
            Assert.Contains(v.Fix.In(language), text, StringComparison.Ordinal);
        });
        Assert.All(report.Notes, n => Assert.Contains(n.In(language), text, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(Language.English)]
    [InlineData(Language.French)]
    public void ToMarkdown_NonCompliant_ContainsEveryRuleCodeAndMessageInTheLanguage(Language language)
    {
        var report = NonCompliantReport();

        var markdown = report.ToMarkdown(language);

        Assert.StartsWith("# ", markdown, StringComparison.Ordinal);
        Assert.Contains(DeclarationDraft.ControllerName, markdown, StringComparison.Ordinal);
        Assert.All(report.Violations, v =>
        {
            Assert.Contains(v.Rule.Code, markdown, StringComparison.Ordinal);
            Assert.Contains(v.Message.In(language), markdown, StringComparison.Ordinal);
            Assert.Contains(v.Fix.In(language), markdown, StringComparison.Ordinal);
        });
        Assert.All(report.Notes, n => Assert.Contains(n.In(language), markdown, StringComparison.Ordinal));
    }

    [Fact]
    public void ToTextAndToMarkdown_French_UseTheFrenchMessagesNotTheEnglish()
    {
        var report = NonCompliantReport();

        var text = report.ToText(Language.French);
        var markdown = report.ToMarkdown(Language.French);

        Assert.All(report.Violations, v =>
        {
            Assert.DoesNotContain(v.Message.English, text, StringComparison.Ordinal);
            Assert.DoesNotContain(v.Fix.English, text, StringComparison.Ordinal);
            Assert.DoesNotContain(v.Message.English, markdown, StringComparison.Ordinal);
            Assert.DoesNotContain(v.Fix.English, markdown, StringComparison.Ordinal);
        });
        Assert.Contains("non conforme", text, StringComparison.Ordinal);
    }

    [Fact]
    public void ToTextAndToMarkdown_English_UseTheEnglishMessagesNotTheFrench()
    {
        var report = NonCompliantReport();

        var text = report.ToText(Language.English);
        var markdown = report.ToMarkdown(Language.English);

        Assert.All(report.Violations, v =>
        {
            Assert.DoesNotContain(v.Message.French, text, StringComparison.Ordinal);
            Assert.DoesNotContain(v.Message.French, markdown, StringComparison.Ordinal);
        });
        Assert.Contains("non-compliant", text, StringComparison.Ordinal);
    }

    [Fact]
    public void ToText_NonCompliant_ListsViolationsInReportOrder()
    {
        var report = NonCompliantReport();

        var text = report.ToText(Language.English);

        var previous = -1;
        foreach (var violation in report.Violations)
        {
            var at = text.IndexOf(violation.Message.English, StringComparison.Ordinal);
            Assert.True(at > previous, $"{violation.Rule.Code} is out of order in the text.");
            previous = at;
        }
    }

    [Theory]
    [InlineData(Language.English)]
    [InlineData(Language.French)]
    public void ToTextAndToMarkdown_Compliant_NoRuleCode(Language language)
    {
        var report = Checker.Evaluate(DeclarationDraft.ShopWithoutProspecting().Build());

        var text = report.ToText(language);
        var markdown = report.ToMarkdown(language);

        Assert.DoesNotContain("NS48-", text, StringComparison.Ordinal);
        Assert.DoesNotContain("NS48-", markdown, StringComparison.Ordinal);
        Assert.Contains(language == Language.French ? "conforme" : "compliant", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Violations_NonCompliant_InCatalogueOrder()
    {
        var report = NonCompliantReport();

        var positions = Array.ConvertAll([.. report.Violations], v => Array.IndexOf(Ns2005Spec.RuleIds, v.Rule.Code));
        Assert.DoesNotContain(-1, positions);
        Assert.Equal([.. System.Linq.Enumerable.Order(positions)], positions);
        Assert.Equal(5, positions.Length);
    }

    // ---- Exact renderings. The report is built directly (internal constructors) so that every line is known: the
    // layout is the one ConformityReport.ToText/ToMarkdown document ("every violation: rule, strength, what it
    // concerns, message, fix", README) and the CLI relies on (AuditCommandTests: "— edition ns48-2005",
    // "Verdict: compliant", "NS48-DATA-NIR (mandatory)", "# Conformity of …", "Edition: `ns48-2005`",
    // "| `NS48-DATA-NIR` | mandatory |").
    private static readonly Rule NirRule = Rulebook.For(Edition.Ns2005)[RuleId.DataNir];

    private static readonly Rule ProspectYearRule = Rulebook.For(Edition.Ns2005)[RuleId.RetentionProspectOneYear];

    private static readonly string NL = Environment.NewLine;

    private static ConformityViolation NirViolation() => new(
        NirRule, DeclarationPart.Field, "nir", new LocalizedText("No NIR.", "Pas de NIR."), new LocalizedText("Remove it.", "Retirez-la."));

    private static ConformityViolation ProspectYearViolation() => new(
        ProspectYearRule, DeclarationPart.RetentionPolicy, "prospects", new LocalizedText("Too long | 13 months.", "Trop long | 13 mois."),
        new LocalizedText("Keep a year.", "Gardez un an."));

    private static ConformityReport Built(ConformityVerdict verdict, ConformityViolation[] violations, params LocalizedText[] notes) =>
        new(DeclarationDraft.CompliantShop().Build(), Edition.Ns2005, verdict, violations, notes);

    private static ConformityReport TwoViolationsTwoNotes() => Built(
        ConformityVerdict.NonCompliant,
        [NirViolation(), ProspectYearViolation()],
        new LocalizedText("First note.", "Première note."),
        new LocalizedText("Second | note.", "Seconde | note."));

    private static string Lines(params string[] lines) => string.Join(NL, lines) + NL;

    [Fact]
    public void ToText_English_ExactLayout()
    {
        var report = TwoViolationsTwoNotes();

        var text = report.ToText(Language.English);

        Assert.Equal(
            Lines(
                "Conformity of " + DeclarationDraft.ControllerName + " — edition ns48-2005",
                "Verdict: non-compliant (2 violation(s))",
                string.Empty,
                "1. NS48-DATA-NIR (mandatory) — field nir",
                "   No NIR.",
                "   Fix: Remove it.",
                "   Source: " + NirRule.Source,
                string.Empty,
                "2. NS48-RET-PROSPECT-1Y (recommended) — retention policy prospects",
                "   Too long | 13 months.",
                "   Fix: Keep a year.",
                "   Source: " + ProspectYearRule.Source,
                string.Empty,
                "Notes:",
                "- First note.",
                "- Second | note."),
            text);
    }

    [Fact]
    public void ToText_French_ExactLayout()
    {
        var report = TwoViolationsTwoNotes();

        var text = report.ToText(Language.French);

        Assert.Equal(
            Lines(
                "Conformité de " + DeclarationDraft.ControllerName + " — édition ns48-2005",
                "Verdict : non conforme (2 manquement(s))",
                string.Empty,
                "1. NS48-DATA-NIR (obligatoire) — donnée nir",
                "   Pas de NIR.",
                "   Correction : Retirez-la.",
                "   Source : " + NirRule.Source,
                string.Empty,
                "2. NS48-RET-PROSPECT-1Y (recommandée) — durée de conservation prospects",
                "   Trop long | 13 mois.",
                "   Correction : Gardez un an.",
                "   Source : " + ProspectYearRule.Source,
                string.Empty,
                "À noter :",
                "- Première note.",
                "- Seconde | note."),
            text);
    }

    [Fact]
    public void ToMarkdown_English_ExactLayoutWithPipesEscaped()
    {
        var report = TwoViolationsTwoNotes();

        var markdown = report.ToMarkdown(Language.English);

        Assert.Equal(
            Lines(
                "# Conformity of " + DeclarationDraft.ControllerName,
                string.Empty,
                "Edition: `ns48-2005`  ",
                "Verdict: **non-compliant (2 violation(s))**",
                string.Empty,
                "| # | Rule | Strength | Concerns | Problem | Fix |",
                "|---|---|---|---|---|---|",
                "| 1 | `NS48-DATA-NIR` | mandatory | field `nir` | No NIR. | Remove it. |",
                "| 2 | `NS48-RET-PROSPECT-1Y` | recommended | retention policy `prospects` | Too long \\| 13 months. | Keep a year. |",
                string.Empty,
                "## Notes",
                string.Empty,
                "- First note.",
                "- Second \\| note."),
            markdown);
    }

    [Fact]
    public void ToMarkdown_French_ExactLayoutWithPipesEscaped()
    {
        var report = TwoViolationsTwoNotes();

        var markdown = report.ToMarkdown(Language.French);

        Assert.Equal(
            Lines(
                "# Conformité de " + DeclarationDraft.ControllerName,
                string.Empty,
                "Édition : `ns48-2005`  ",
                "Verdict : **non conforme (2 manquement(s))**",
                string.Empty,
                "| # | Règle | Force | Concerne | Problème | Correction |",
                "|---|---|---|---|---|---|",
                "| 1 | `NS48-DATA-NIR` | obligatoire | donnée `nir` | Pas de NIR. | Retirez-la. |",
                "| 2 | `NS48-RET-PROSPECT-1Y` | recommandée | durée de conservation `prospects` | Trop long \\| 13 mois. | Gardez un an. |",
                string.Empty,
                "## À noter",
                string.Empty,
                "- Première note.",
                "- Seconde \\| note."),
            markdown);
    }

    [Theory]
    [InlineData(Language.English, "Conformity of Bar \\| Tabac")]
    [InlineData(Language.French, "Conformité de Bar \\| Tabac")]
    public void ToMarkdown_ControllerNameWithPipe_EscapedInTheHeading(Language language, string heading)
    {
        var draft = DeclarationDraft.CompliantShop();
        draft.Controller = new Controller("Bar | Tabac", DeclarationDraft.ControllerContact);
        var report = new ConformityReport(draft.Build(), Edition.Ns2005, ConformityVerdict.Compliant, [], []);

        var markdown = report.ToMarkdown(language);

        Assert.StartsWith("# " + heading + NL, markdown, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Language.English, "Verdict: compliant", "Verdict: **compliant**")]
    [InlineData(Language.French, "Verdict : conforme", "Verdict : **conforme**")]
    public void ToTextAndToMarkdown_CompliantWithoutNotes_NoViolationTableAndNoNotesSection(Language language, string textVerdict, string markdownVerdict)
    {
        var report = Built(ConformityVerdict.Compliant, []);

        var text = report.ToText(language);
        var markdown = report.ToMarkdown(language);

        var fr = language == Language.French;
        Assert.Equal(
            Lines((fr ? "Conformité de " : "Conformity of ") + DeclarationDraft.ControllerName + (fr ? " — édition " : " — edition ") + "ns48-2005", textVerdict),
            text);
        Assert.Equal(
            Lines(
                (fr ? "# Conformité de " : "# Conformity of ") + DeclarationDraft.ControllerName,
                string.Empty,
                (fr ? "Édition : `" : "Edition: `") + "ns48-2005`  ",
                markdownVerdict,
                string.Empty),
            markdown);
    }

    [Theory]
    [InlineData(Language.English, "Verdict: outside the norm", "Verdict: **outside the norm**")]
    [InlineData(Language.French, "Verdict : hors du champ de la norme", "Verdict : **hors du champ de la norme**")]
    public void ToTextAndToMarkdown_OutOfScope_VerdictLine(Language language, string textVerdict, string markdownVerdict)
    {
        var report = Built(ConformityVerdict.OutOfScope, []);

        var text = report.ToText(language);
        var markdown = report.ToMarkdown(language);

        Assert.Contains(NL + textVerdict + NL, text, StringComparison.Ordinal);
        Assert.Contains(NL + markdownVerdict + NL, markdown, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(DeclarationPart.Processing, "processing", "traitement")]
    [InlineData(DeclarationPart.Purpose, "purpose", "finalité")]
    [InlineData(DeclarationPart.Field, "field", "donnée")]
    [InlineData(DeclarationPart.Recipient, "recipient", "destinataire")]
    [InlineData(DeclarationPart.FileTransfer, "file transfer, field", "cession du fichier, donnée")]
    [InlineData(DeclarationPart.RetentionPolicy, "retention policy", "durée de conservation")]
    [InlineData(DeclarationPart.Form, "form", "formulaire")]
    [InlineData(DeclarationPart.Trackers, "trackers", "traceurs")]
    [InlineData(DeclarationPart.Channel, "channel", "canal")]
    [InlineData(DeclarationPart.Security, "security", "sécurité")]
    [InlineData(DeclarationPart.TransferAbroad, "transfers outside the EU", "transferts hors UE")]
    public void ToTextAndToMarkdown_EachPart_NamedInTheLanguage(DeclarationPart part, string english, string french)
    {
        var violation = new ConformityViolation(
            NirRule, part, "subject-id", new LocalizedText("Message.", "Message FR."), new LocalizedText("Fix.", "Correction FR."));
        var report = Built(ConformityVerdict.NonCompliant, [violation]);

        Assert.Contains("1. NS48-DATA-NIR (mandatory) — " + english + " subject-id" + NL, report.ToText(Language.English), StringComparison.Ordinal);
        Assert.Contains("1. NS48-DATA-NIR (obligatoire) — " + french + " subject-id" + NL, report.ToText(Language.French), StringComparison.Ordinal);
        Assert.Contains("| mandatory | " + english + " `subject-id` |", report.ToMarkdown(Language.English), StringComparison.Ordinal);
        Assert.Contains("| obligatoire | " + french + " `subject-id` |", report.ToMarkdown(Language.French), StringComparison.Ordinal);
    }

    [Fact]
    public void ToString_VerdictEditionAndViolationCount()
    {
        var report = TwoViolationsTwoNotes();

        // Documented: "the verdict and the number of violations".
        Assert.Equal("NonCompliant under ns48-2005: 2 violation(s)", report.ToString());
    }
}
