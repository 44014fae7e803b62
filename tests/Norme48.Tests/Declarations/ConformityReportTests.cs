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
}
