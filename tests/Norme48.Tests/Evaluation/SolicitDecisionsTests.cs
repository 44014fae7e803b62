using System;
using System.Linq;
using Norme48.Decisions;
using Norme48.Evaluation;
using Norme48.Rules;
using Norme48.Vocabulary;
using Xunit;

namespace Norme48.Tests.Evaluation;

/// <summary>
/// Tests of <see cref="SolicitDecisions"/>, every solicitation decision of an edition, and of the internal-code
/// decisions. An evaluator builds them once per edition and per process; these tests build them afresh, so each check
/// reads what the builder makes. Verdicts and rules come from RULES.md ("`solicit` (2005) decides in this order",
/// "Prospecting channels" and the later editions' table).
/// </summary>
public sealed class SolicitDecisionsTests
{
    public static TheoryData<string> Editions => [.. Edition.All.Select(e => e.Id)];

    [Theory]
    [MemberData(nameof(Editions))]
    public void Constructor_EveryEdition_ObjectionOptOutAndConsent(string editionId)
    {
        var edition = Edition.Parse(editionId);
        var decisions = new SolicitDecisions(Rulebook.For(edition));
        var later = edition != Edition.Ns2005;

        Single(decisions.Objected, edition, Verdict.Denied, RuleId.ProspectingObjected, Messages.SolicitObjected);
        Single(decisions.OptOut, edition, Verdict.Allowed, RuleId.ProspectingOptOut, later ? Messages.SolicitOptOutLater : Messages.SolicitOptOut);

        // From 2016, the consent must be express and specific, and the denial cites CPCE L34-5.
        Single(decisions.Consent, edition, Verdict.Allowed, RuleId.ProspectingElectronicConsent, later ? Messages.SolicitConsentExpress : Messages.SolicitConsent);
        Single(decisions.NoConsent, edition, Verdict.Denied, RuleId.ProspectingElectronicConsent, later ? Messages.SolicitNoConsentLater : Messages.SolicitNoConsent);
    }

    // ns48-2005: NS48-PROSP-EXCEPTION-OBJECTION; the later exceptions and the telephone consent do not exist.
    [Fact]
    public void Constructor_Ns2005_HasTheExceptionObjectionOnly()
    {
        var decisions = new SolicitDecisions(Rulebook.For(Edition.Ns2005));

        Single(decisions.ExceptionAllowed, Edition.Ns2005, Verdict.Allowed, RuleId.ProspectingExceptionObjection, Messages.SolicitExceptionAllowed);
        Single(decisions.ExceptionDenied, Edition.Ns2005, Verdict.Denied, RuleId.ProspectingExceptionObjection, Messages.SolicitExceptionDenied);
        Assert.Null(decisions.SoftOptInAllowed);
        Assert.Null(decisions.BusinessToBusinessAllowed);
        Assert.Null(decisions.BusinessToBusinessDenied);
        Assert.Empty(decisions.SoftOptInDenied);
        Assert.Empty(decisions.ClientAndProfessionalDenied);
        Assert.Null(decisions.PhoneConsentAllowed);
        Assert.Null(decisions.PhoneConsentDenied);
    }

    // From ns48-2016 the exceptions are NS48-PROSP-SOFT-OPT-IN and NS48-PROSP-B2B, "a denial cites each exception that
    // fails" and says what fails: products not analogous, no objection offered, or both.
    [Theory]
    [InlineData("ns48-2016")]
    [InlineData("ref-2021")]
    public void Constructor_LaterEditions_HaveSoftOptInAndBusinessToBusiness(string editionId)
    {
        var edition = Edition.Parse(editionId);
        var decisions = new SolicitDecisions(Rulebook.For(edition));
        LocalizedText[] softMessages =
        [
            Messages.SoftOptInNotAnalogous,
            Messages.SoftOptInNoObjection,
            Joined(Messages.SoftOptInNotAnalogous, Messages.SoftOptInNoObjection),
        ];

        Assert.Null(decisions.ExceptionAllowed);
        Assert.Null(decisions.ExceptionDenied);
        Single(decisions.SoftOptInAllowed, edition, Verdict.Allowed, RuleId.ProspectingSoftOptIn, Messages.SoftOptInAllowed);
        Single(decisions.BusinessToBusinessAllowed, edition, Verdict.Allowed, RuleId.ProspectingBusinessToBusiness, Messages.BusinessToBusinessAllowed);
        Single(decisions.BusinessToBusinessDenied, edition, Verdict.Denied, RuleId.ProspectingBusinessToBusiness, Messages.BusinessToBusinessDenied);
        Assert.Equal(3, decisions.SoftOptInDenied.Length);
        Assert.Equal(3, decisions.ClientAndProfessionalDenied.Length);
        for (var i = 0; i < 3; i++)
        {
            Single(decisions.SoftOptInDenied[i], edition, Verdict.Denied, RuleId.ProspectingSoftOptIn, softMessages[i]);

            var both = decisions.ClientAndProfessionalDenied[i];
            Assert.Equal(Verdict.Denied, both.Verdict);
            Assert.Same(edition, both.Edition);
            Assert.Equal([RuleId.ProspectingSoftOptIn, RuleId.ProspectingBusinessToBusiness], both.Rules);
            Assert.Equal([softMessages[i], Messages.BusinessToBusinessDenied], both.Reasons.Select(r => r.Message));
            Assert.All(both.Reasons, r => Assert.Same(Rulebook.For(edition)[r.RuleId], r.Rule));
            Assert.Empty(both.Obligations);
            Assert.Empty(both.Advisories);
        }

        // NS48-PROSP-PHONE-CONSENT is the référentiel's only.
        if (edition == Edition.Ref2021)
        {
            Single(decisions.PhoneConsentAllowed, edition, Verdict.Allowed, RuleId.ProspectingPhoneConsent, Messages.PhoneConsentAllowed);
            Single(decisions.PhoneConsentDenied, edition, Verdict.Denied, RuleId.ProspectingPhoneConsent, Messages.PhoneConsentDenied);
        }
        else
        {
            Assert.Null(decisions.PhoneConsentAllowed);
            Assert.Null(decisions.PhoneConsentDenied);
        }
    }

    // NS48-DATA-INTERNAL-CODE: allowed, or denied saying whether the code validates as a NIR, passes the card check, or
    // both; the table is indexed by IdentifierMatch. Built afresh through the evaluator's private builder.
    [Theory]
    [MemberData(nameof(Editions))]
    public void BuildInternalCodeDecisions_EveryMatch_CitesTheInternalCodeRuleWithItsMessage(string editionId)
    {
        var edition = Edition.Parse(editionId);
        var decisions = Norme48Evaluator.BuildInternalCodeDecisions(Rulebook.For(edition));

        Assert.Equal(4, decisions.Length);
        Single(decisions[(int)IdentifierMatch.None], edition, Verdict.Allowed, RuleId.DataInternalCode, Messages.InternalCodeAllowed);
        Single(decisions[(int)IdentifierMatch.Nir], edition, Verdict.Denied, RuleId.DataInternalCode, Messages.InternalCodeIsNir);
        Single(decisions[(int)IdentifierMatch.CardNumber], edition, Verdict.Denied, RuleId.DataInternalCode, Messages.InternalCodeIsCard);
        Single(decisions[(int)IdentifierMatch.NirAndCardNumber], edition, Verdict.Denied, RuleId.DataInternalCode, Messages.InternalCodeIsBoth);
    }

    private static LocalizedText Joined(LocalizedText first, LocalizedText second) =>
        new(first.English + " " + second.English, first.French + " " + second.French);

    private static void Single(Decision? decision, Edition edition, Verdict verdict, RuleId rule, LocalizedText message)
    {
        Assert.NotNull(decision);
        Assert.Equal(verdict, decision.Verdict);
        Assert.Same(edition, decision.Edition);
        Assert.Equal([rule], decision.Rules);
        var reason = Assert.Single(decision.Reasons);
        Assert.Same(Rulebook.For(edition)[rule], reason.Rule);
        Assert.Equal(message, reason.Message);
        Assert.Empty(decision.Obligations);
        Assert.Empty(decision.Advisories);
    }
}
