using System;
using System.Linq;
using Norme48.Decisions;
using Norme48.Evaluation;
using Norme48.Rules;
using Norme48.Vocabulary;
using Xunit;

namespace Norme48.Tests.Evaluation;

/// <summary>
/// Example tests of <see cref="Norme48Evaluator"/>, one file per ask (collect, share, transfer, internal code). The
/// expected verdicts and rule lists come from RULES.md ("How decisions cite rules" and the rules sections), written as
/// the norm writes its ids.
/// </summary>
public sealed partial class Norme48EvaluatorTests
{
    private static readonly Norme48Evaluator Evaluator = new();

    // "The default edition stays ns48-2005."
    [Fact]
    public void Default_Always_DecidesUnderNs2005()
    {
        var evaluator = Norme48Evaluator.Default;

        Assert.Same(Edition.Ns2005, evaluator.Edition);
        Assert.Same(Rulebook.For(Edition.Ns2005), evaluator.Rulebook);
    }

    [Fact]
    public void Constructor_WithoutEdition_DecidesUnderNs2005()
    {
        var evaluator = new Norme48Evaluator();

        Assert.Same(Edition.Ns2005, evaluator.Edition);
    }

    // The constructor's docs: an undefined RecommendationMode throws ArgumentOutOfRangeException naming recommendations.
    [Theory]
    [InlineData(0)]
    [InlineData(3)]
    public void Constructor_UndefinedRecommendationMode_ThrowsNamingRecommendations(int mode)
    {
        var exception = Assert.Throws<ArgumentOutOfRangeException>(() => new Norme48Evaluator(Edition.Ns2005, (RecommendationMode)mode));

        Assert.Equal("recommendations", exception.ParamName);
        Assert.Equal((RecommendationMode)mode, exception.ActualValue);
        Assert.StartsWith("Not a defined recommendation mode.", exception.Message, StringComparison.Ordinal);
    }

    // The XML docs of each ask: a null field, purpose, recipient or subject is an ArgumentNullException naming it.
    [Fact]
    public void Asks_NullArguments_ThrowNamingTheParameter()
    {
        var subject = new Norme48.Retention.Subject(Norme48.Retention.SubjectStatus.Client);

        Assert.Equal("field", Assert.Throws<ArgumentNullException>(() => Evaluator.MayCollect(null!, ProcessingPurpose.Orders)).ParamName);
        Assert.Equal("purpose", Assert.Throws<ArgumentNullException>(() => Evaluator.MayCollect(DataField.LastName, null!)).ParamName);
        Assert.Equal("field", Assert.Throws<ArgumentNullException>(() => Evaluator.MayShare(null!, Recipient.CommercialStaff)).ParamName);
        Assert.Equal("field", Assert.Throws<ArgumentNullException>(() => Evaluator.MayShare(null!, Recipient.FileAcquirer)).ParamName);
        Assert.Equal("recipient", Assert.Throws<ArgumentNullException>(() => Evaluator.MayShare(DataField.LastName, null!)).ParamName);
        Assert.Equal("field", Assert.Throws<ArgumentNullException>(() => Evaluator.MayTransfer(null!, TransferMode.Cession, TransferConditions.None)).ParamName);
        Assert.Equal("field", Assert.Throws<ArgumentNullException>(() => Evaluator.ScheduleRetention(null!, subject)).ParamName);
        Assert.Equal("subject", Assert.Throws<ArgumentNullException>(() => Evaluator.ScheduleRetention(DataField.LastName, null!)).ParamName);
        Assert.Equal("value", Assert.Throws<ArgumentNullException>(() => Evaluator.CheckInternalCode(null!)).ParamName);
        Assert.Equal("edition", Assert.Throws<ArgumentNullException>(() => new Norme48Evaluator(null!)).ParamName);
    }

    // MayCollect's docs: a purpose that is not part of the edition's vocabulary is an ArgumentException naming purpose.
    [Fact]
    public void MayCollect_PurposeOfAnotherEdition_ThrowsNamingThePurpose()
    {
        var exception = Assert.Throws<ArgumentException>(() => Evaluator.MayCollect(DataField.LastName, ProcessingPurpose.FraudDetection));

        Assert.Equal("purpose", exception.ParamName);
        Assert.StartsWith("The purpose 'fraud-detection' is not part of edition ns48-2005", exception.Message, StringComparison.Ordinal);
    }

    private static DataField Field(string id) => DataField.Parse(id);

    private static ProcessingPurpose Purpose(string id) => ProcessingPurpose.Parse(id);

    private static Sector? SectorNamed(string? name) => name is null ? null : Sector.FromName(name);

    private static Recipient RecipientNamed(string id) =>
        Recipient.TryParse(id, out var listed) ? listed : Recipient.Unlisted(id);

    private static TransferConditions Conditions(bool commitment = false, bool consent = false, bool objected = false) =>
        new(acquirerCommitment: commitment, expressConsent: consent, objected: objected);

    private static string[] Rules(string commaSeparated) =>
        commaSeparated.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static RuleId Id(string code) => RuleIds.Parse(code);

    private static bool Mentions(string text, string words) => text.Contains(words, StringComparison.OrdinalIgnoreCase);

    private static DataCategory Category(string id) => DataCategory.Parse(id);

    private static DataField FirstBuiltInOf(DataCategory category) =>
        DataField.BuiltIn.First(f => ReferenceEquals(f.Category, category) && !ReferenceEquals(f, DataField.InternalClientCode));
}
