using System;
using System.Linq;
using Norme48.Declarations;
using Norme48.Declarations.Json;
using Norme48.Evaluation;
using Norme48.Rules;
using Norme48.Tests.Declarations.Json;
using Xunit;

namespace Norme48.Tests.Declarations;

/// <summary>
/// The online-publisher sample's README says what the report finds in that privacy policy; these tests hold the
/// README to the code.
/// </summary>
public sealed class OnlinePublisherSampleTests
{
    private static ProcessingDeclaration Load() => DeclarationFile.Load(DeclarationFileTests.SamplePath("online-publisher.json"));

    [Fact]
    public void Evaluate_OnlinePublisher_FindsWhatTheSampleReadmeSays()
    {
        var declaration = Load();

        var report = new ConformityEvaluator(Norme48Evaluator.Default).Evaluate(declaration);

        Assert.Equal(ConformityVerdict.NonCompliant, report.Verdict);
        Assert.Equal(
            [
                ("NS48-INFO-NOTICE", "mailing-list-signup"),
                ("NS48-INFO-NOTICE", "mailing-list-signup"),
                ("NS48-INFO-PROSPECTING-OBJECTION", "mailing-list-signup"),
                ("NS48-SEC", "data-protection"),
                ("NS48-SEC", "online-access-protection"),
            ],
            report.Violations.Select(v => (v.Rule.Code, v.Subject)).ToArray());
        Assert.Contains("mandatory-or-optional", report.Violations[0].Message.English, StringComparison.Ordinal);
        Assert.Contains("consequences-of-no-answer", report.Violations[1].Message.English, StringComparison.Ordinal);
        Assert.False(declaration.TransfersOutsideEu);
        Assert.Null(declaration.FileTransfer);
    }

    [Theory]
    [InlineData(Language.English)]
    [InlineData(Language.French)]
    public void Generate_OnlinePublisher_NoticePassesTheNoticeCheck(Language language)
    {
        var declaration = Load();

        var notice = InformationNotice.Generate(declaration, language, NoticeFormat.PlainText);

        Assert.True(notice.Form.Prospecting);
        Assert.True(Norme48Evaluator.Default.CheckNotice(notice.Form, declaration.Sector).IsCompliant);
        Assert.Contains(declaration.Controller.Name, notice.Text, StringComparison.Ordinal);
    }
}
