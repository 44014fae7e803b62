using System;
using Norme48.Decisions;
using Norme48.Evaluation;
using Norme48.Rules;
using Norme48.Vocabulary;
using Xunit;

namespace Norme48.Tests.Decisions;

/// <summary>
/// <see cref="Decision"/> as a person reads it: <see cref="Decision.Explain"/> writes the verdict, the edition, each
/// rule with its strength, source and message, then the obligations and advisories, one per line;
/// <see cref="Decision.EnsureAllowed"/> is the opt-in throw on a denial (STYLE.md, "Rules and results").
/// </summary>
public sealed class DecisionTests
{
    private static readonly Norme48Evaluator Ns2005 = new();
    private static readonly Norme48Evaluator Ref2021 = new(Edition.Ref2021);

    [Fact]
    public void EnsureAllowed_Allowance_ReturnsTheSameDecision()
    {
        var allowed = Ns2005.MayCollect(DataField.LastName, ProcessingPurpose.Orders);

        var ensured = allowed.EnsureAllowed();

        Assert.Same(allowed, ensured);
    }

    [Fact]
    public void EnsureAllowed_Denial_ThrowsComplianceExceptionCarryingTheDenialAndItsEnglishExplanation()
    {
        var denied = Ns2005.MayCollect(DataField.Nir, ProcessingPurpose.Orders);

        var exception = Assert.Throws<ComplianceException>(() => denied.EnsureAllowed());

        Assert.Same(denied, exception.Decision);
        Assert.Equal(denied.Explain(Language.English), exception.Message);
        Assert.Contains("NS48-DATA-NIR", exception.Message, StringComparison.Ordinal);
    }

    // NS48-DATA-NIR denies the NIR for any purpose; every ns48-2005 rule but the two prospect durations is mandatory.
    [Theory]
    [InlineData(Language.English, "denied")]
    [InlineData(Language.French, "refusé")]
    public void Explain_Denial_OpensWithTheVerdictAndEditionThenOneLinePerRule(Language language, string verdict)
    {
        var denied = Ns2005.MayCollect(DataField.Nir, ProcessingPurpose.Orders);

        var lines = Lines(denied.Explain(language));

        Assert.Equal($"{verdict} (ns48-2005)", lines[0]);
        var reason = Assert.Single(denied.Reasons);
        Assert.Equal(2, lines.Length);
        Assert.Equal($"  NS48-DATA-NIR [mandatory; {reason.Source}]: {reason.Message.In(language)}", lines[1]);
        Assert.NotEqual(reason.Message.English, reason.Message.French);
    }

    // « Ces entreprises assurent la stricte confidentialité des données »: the allowance to contracted companies for the
    // execution of a contract carries the confidentiality obligation, written after the rule.
    [Theory]
    [InlineData(Language.English, "allowed")]
    [InlineData(Language.French, "autorisé")]
    public void Explain_AllowanceWithObligation_WritesTheObligationAfterTheRule(Language language, string verdict)
    {
        var allowed = Ns2005.MayShare(DataField.LastName, Recipient.ContractedCompanies, SharingBasis.ContractExecution);

        var lines = Lines(allowed.Explain(language));

        Assert.Equal($"{verdict} (ns48-2005)", lines[0]);
        Assert.StartsWith("  NS48-RCPT-ACCESS [mandatory; ", lines[1], StringComparison.Ordinal);
        var obligation = Assert.Single(allowed.Obligations);
        Assert.Equal($"  obligation confidentiality: {obligation.Message.In(language)}", lines[2]);
        Assert.Equal(3, lines.Length);
    }

    // Under ref-2021 the rules that do not restate a statute are recommendations, and the 2005 field list applied
    // there is unconfirmed: the explanation says "recommended" and ends with the advisory.
    [Theory]
    [InlineData(Language.English, "advisory")]
    [InlineData(Language.French, "avis")]
    public void Explain_Ref2021Collection_SaysRecommendedAndWritesTheAdvisory(Language language, string advisoryWord)
    {
        var allowed = Ref2021.MayCollect(DataField.LastName, ProcessingPurpose.Orders);

        var lines = Lines(allowed.Explain(language));

        Assert.Equal($"{(language == Language.French ? "autorisé" : "allowed")} (ref-2021)", lines[0]);
        var reason = Assert.Single(allowed.Reasons);
        Assert.Equal(RuleStrength.Recommended, reason.Strength);
        Assert.Equal($"  NS48-DATA-LISTED [recommended; {reason.Source}]: {reason.Message.In(language)}", lines[1]);
        var advisory = Assert.Single(allowed.Advisories);
        Assert.Equal("unconfirmed", advisory.Kind);
        Assert.Equal($"  {advisoryWord} {advisory.Rule.Code}: {advisory.Message.In(language)}", lines[2]);
        Assert.Equal(3, lines.Length);
    }

    [Fact]
    public void ToString_Denial_NamesTheVerdictAndEveryRule()
    {
        var denied = Ns2005.MayCollect(DataField.IpAddress, ProcessingPurpose.ProspectingSelection);

        Assert.Equal("denied (NS48-DATA-CONNECTION-STATS-ONLY)", denied.ToString());
        Assert.Equal("allowed (NS48-DATA-LISTED)", Ns2005.MayCollect(DataField.LastName, ProcessingPurpose.Orders).ToString());
    }

    // A denial cites every rule that denies, in catalogue order (NS48-SCOPE-EXCLUDED-USE before
    // NS48-DATA-CONNECTION-STATS-ONLY); the summary lists them all, as "denied (NS48-DATA-NIR)" shows one.
    [Fact]
    public void ToString_DenialByTwoRules_ListsBothIdsCommaSeparated()
    {
        var denied = Ns2005.MayCollect(DataField.IpAddress, ProcessingPurpose.ExclusionFromRight);

        Assert.Equal("denied (NS48-SCOPE-EXCLUDED-USE, NS48-DATA-CONNECTION-STATS-ONLY)", denied.ToString());
    }

    // The evaluator's tables are built once per process; building them afresh checks that a decision keeps the
    // obligations it is made with: the confidentiality duty of contracted companies (« Ces entreprises assurent la
    // stricte confidentialité des données ») under NS48-RCPT-ACCESS, and the acquirer's commitment on a transfer.
    [Fact]
    public void Obligations_FreshlyBuiltAllowances_CarryTheirObligations()
    {
        var tables = new FieldDecisionTables(Rulebook.For(Edition.Ns2005));

        var shared = tables.Share[FieldDecisionTables.ShareIndex(false, Recipient.ContractedCompanies.Index, (int)SharingBasis.ContractExecution)];
        var transferred = tables.Transfer[((int)TransferClass.IdentityOrSituation * FieldDecisionTables.TransferFlagCount) + 1];

        Assert.True(shared.IsAllowed);
        var confidentiality = Assert.Single(shared.Obligations);
        Assert.Equal("confidentiality", confidentiality.Id);
        Assert.Equal(RuleId.RecipientAccess, confidentiality.Rule.Id);
        Assert.Same(Edition.Ns2005, confidentiality.Rule.Edition);
        Assert.Equal(Messages.Confidentiality, confidentiality.Message);
        Assert.True(transferred.IsAllowed);
        var commitment = Assert.Single(transferred.Obligations);
        Assert.Equal("acquirer-commitment", commitment.Id);
        Assert.Equal(RuleId.TransferIdentitySituation, commitment.Rule.Id);
        Assert.Equal(Messages.AcquirerCommitment, commitment.Message);
        Assert.Equal($"acquirer-commitment (NS48-TRANSFER-IDENTITY-SITUATION): {Messages.AcquirerCommitment.English}", commitment.ToString());
    }

    private static string[] Lines(string text) => text.Split(Environment.NewLine);
}
