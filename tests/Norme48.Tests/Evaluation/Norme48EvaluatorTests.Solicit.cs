using System;
using Norme48.Prospecting;
using Norme48.Retention;
using Norme48.Vocabulary;
using Xunit;
using static Norme48.Tests.Evaluation.RetentionAssert;

namespace Norme48.Tests.Evaluation;

/// <summary>
/// Example tests of <see cref="Norme48.Evaluation.Norme48Evaluator.MaySolicit"/>, one per branch of RULES.md's
/// "`solicit` (2005) decides in this order" and of the prospecting rules.
/// </summary>
public sealed partial class Norme48EvaluatorTests
{
    private static readonly ProspectingChannel[] AllChannels =
        [ProspectingChannel.Email, ProspectingChannel.Sms, ProspectingChannel.Fax, ProspectingChannel.AutomatedCall, ProspectingChannel.Phone, ProspectingChannel.Postal];

    // "NS48-PROSP-OBJECTED denies when the person objected" — "A person who objected is never solicited, on any
    // channel" — and it is cited alone, whatever the consent, status, audience or objection offered.
    [Fact]
    public void MaySolicit_PersonObjected_DeniedUnderObjectedAloneOnEveryChannel()
    {
        foreach (var channel in AllChannels)
        {
            foreach (var audience in new[] { Audience.Consumer, Audience.Professional })
            {
                foreach (var status in new[] { SubjectStatus.Client, SubjectStatus.Prospect })
                {
                    foreach (var (consent, offered) in new[] { (false, false), (true, false), (false, true), (true, true) })
                    {
                        var subject = Solicited(status, consent: consent, objected: true, offered: offered);

                        var decision = Evaluator.MaySolicit(channel, audience, subject);

                        DecisionAssert.Denied(decision, "NS48-PROSP-OBJECTED");
                    }
                }
            }
        }
    }

    // "on an electronic channel (email, sms, fax, automated-call) with consent, NS48-PROSP-E-CONSENT allows"
    [Theory]
    [InlineData(ProspectingChannel.Email, Audience.Consumer, SubjectStatus.Prospect)]
    [InlineData(ProspectingChannel.Sms, Audience.Consumer, SubjectStatus.Client)]
    [InlineData(ProspectingChannel.Fax, Audience.Professional, SubjectStatus.Prospect)]
    [InlineData(ProspectingChannel.AutomatedCall, Audience.Professional, SubjectStatus.Client)]
    public void MaySolicit_ElectronicWithConsent_AllowedUnderElectronicConsent(ProspectingChannel channel, Audience audience, SubjectStatus status)
    {
        var subject = Solicited(status, consent: true);

        var decision = Evaluator.MaySolicit(channel, audience, subject);

        DecisionAssert.Allowed(decision, "NS48-PROSP-E-CONSENT");
    }

    // "without consent, an exception applies when the status is client or the audience professional, and
    // NS48-PROSP-EXCEPTION-OBJECTION then allows if an objection was offered at collection and denies otherwise";
    // "When both exceptions apply, NS48-PROSP-EXCEPTION-OBJECTION is cited once."
    [Theory]
    [InlineData(ProspectingChannel.Email, Audience.Consumer, SubjectStatus.Client)]
    [InlineData(ProspectingChannel.Sms, Audience.Professional, SubjectStatus.Prospect)]
    [InlineData(ProspectingChannel.Fax, Audience.Professional, SubjectStatus.Client)]
    [InlineData(ProspectingChannel.AutomatedCall, Audience.Consumer, SubjectStatus.Client)]
    public void MaySolicit_ElectronicNoConsentUnderAnExceptionWithObjectionOffered_AllowedUnderExceptionObjection(
        ProspectingChannel channel, Audience audience, SubjectStatus status)
    {
        var subject = Solicited(status, offered: true);

        var decision = Evaluator.MaySolicit(channel, audience, subject);

        DecisionAssert.Allowed(decision, "NS48-PROSP-EXCEPTION-OBJECTION");
    }

    [Theory]
    [InlineData(ProspectingChannel.Email, Audience.Consumer, SubjectStatus.Client)]
    [InlineData(ProspectingChannel.Sms, Audience.Professional, SubjectStatus.Prospect)]
    [InlineData(ProspectingChannel.Fax, Audience.Professional, SubjectStatus.Client)]
    [InlineData(ProspectingChannel.AutomatedCall, Audience.Professional, SubjectStatus.Prospect)]
    public void MaySolicit_ElectronicNoConsentUnderAnExceptionWithoutObjectionOffered_DeniedUnderExceptionObjection(
        ProspectingChannel channel, Audience audience, SubjectStatus status)
    {
        var subject = Solicited(status, offered: false);

        var decision = Evaluator.MaySolicit(channel, audience, subject);

        DecisionAssert.Denied(decision, "NS48-PROSP-EXCEPTION-OBJECTION");
    }

    // "with no exception, NS48-PROSP-E-CONSENT denies" — an objection offered at collection does not replace consent.
    [Theory]
    [InlineData(ProspectingChannel.Email, false)]
    [InlineData(ProspectingChannel.Sms, true)]
    [InlineData(ProspectingChannel.Fax, false)]
    [InlineData(ProspectingChannel.AutomatedCall, true)]
    public void MaySolicit_ElectronicConsumerProspectWithoutConsent_DeniedUnderElectronicConsent(ProspectingChannel channel, bool offered)
    {
        var subject = Solicited(SubjectStatus.Prospect, offered: offered);

        var decision = Evaluator.MaySolicit(channel, Audience.Consumer, subject);

        DecisionAssert.Denied(decision, "NS48-PROSP-E-CONSENT");
    }

    // "on phone and postal: NS48-PROSP-OPT-OUT, whatever the consent, status or audience"
    [Fact]
    public void MaySolicit_PhoneOrPostalNotObjected_AllowedUnderOptOutWhateverElse()
    {
        foreach (var channel in new[] { ProspectingChannel.Phone, ProspectingChannel.Postal })
        {
            foreach (var audience in new[] { Audience.Consumer, Audience.Professional })
            {
                foreach (var status in new[] { SubjectStatus.Client, SubjectStatus.Prospect })
                {
                    foreach (var (consent, offered) in new[] { (false, false), (true, false), (false, true), (true, true) })
                    {
                        var decision = Evaluator.MaySolicit(channel, audience, Solicited(status, consent: consent, offered: offered));

                        DecisionAssert.Allowed(decision, "NS48-PROSP-OPT-OUT");
                    }
                }
            }
        }
    }

    // "The pre-existing-relationship exception applies to a subject whose status is client, whether or not the
    // relationship has ended."
    [Fact]
    public void MaySolicit_ClientWhoseRelationshipEnded_StillGetsTheClientException()
    {
        var facts = new ProspectingFacts(objectionOfferedAtCollection: true);
        var flat = new Subject(SubjectStatus.Client, relationshipEndedAt: At("2020-01-01T00:00:00Z"), prospecting: facts);
        var logged = Subject.FromEvents(
            SubjectStatus.Client,
            [new SubjectEvent(SubjectEventType.RelationshipStart, At("2018-01-01T00:00:00Z")), new SubjectEvent(SubjectEventType.RelationshipEnd, At("2020-01-01T00:00:00Z"))],
            prospecting: facts);

        var flatDecision = Evaluator.MaySolicit(ProspectingChannel.Email, Audience.Consumer, flat, At("2025-01-01T00:00:00Z"));
        var loggedDecision = Evaluator.MaySolicit(ProspectingChannel.Email, Audience.Consumer, logged, At("2025-01-01T00:00:00Z"));

        DecisionAssert.Allowed(flatDecision, "NS48-PROSP-EXCEPTION-OBJECTION");
        DecisionAssert.Allowed(loggedDecision, "NS48-PROSP-EXCEPTION-OBJECTION");
    }

    // "solicit decides prospecting only and never applies retention rules": a prospect whose retention purge is due is
    // still decided on consent alone, and solicit needs only status and flags (no collectedAt).
    [Fact]
    public void MaySolicit_ProspectPastRetention_DecidesOnProspectingRulesOnly()
    {
        var due = new Subject(SubjectStatus.Prospect, collectedAt: At("2010-01-01T00:00:00Z"), unansweredSolicitations: 5, prospecting: new ProspectingFacts(consent: true));
        var bare = new Subject(SubjectStatus.Prospect, prospecting: new ProspectingFacts(consent: true));

        var dueDecision = Evaluator.MaySolicit(ProspectingChannel.Email, Audience.Consumer, due, At("2025-01-01T00:00:00Z"));
        var bareDecision = Evaluator.MaySolicit(ProspectingChannel.Email, Audience.Consumer, bare);

        DecisionAssert.Allowed(dueDecision, "NS48-PROSP-E-CONSENT");
        DecisionAssert.Allowed(bareDecision, "NS48-PROSP-E-CONSENT");
    }

    // "NS48-SCOPE-SECTOR when the sector is outside the norm" is cited alone, even before an objection.
    [Theory]
    [InlineData("health")]
    [InlineData("education")]
    [InlineData("banking")]
    [InlineData("insurance")]
    public void MaySolicit_SectorOutsideNorm_DeniedUnderScopeSectorAlone(string sector)
    {
        foreach (var channel in AllChannels)
        {
            foreach (var objected in new[] { false, true })
            {
                var subject = Solicited(SubjectStatus.Client, consent: true, objected: objected, offered: true);

                var decision = Evaluator.MaySolicit(channel, Audience.Professional, subject, sector: Sector.FromName(sector));

                DecisionAssert.Denied(decision, "NS48-SCOPE-SECTOR");
            }
        }
    }

    [Fact]
    public void MaySolicit_AtOutsideRange_ThrowsNamingAt()
    {
        var subject = Solicited(SubjectStatus.Prospect, consent: true);

        var late = Assert.Throws<ArgumentOutOfRangeException>(
            () => Evaluator.MaySolicit(ProspectingChannel.Email, Audience.Consumer, subject, At("9990-01-01T00:00:00Z")));
        var early = Assert.Throws<ArgumentOutOfRangeException>(
            () => Evaluator.MaySolicit(ProspectingChannel.Email, Audience.Consumer, subject, At("0000-12-31T23:59:59Z")));

        Assert.Equal(("at", "at"), (late.ParamName, early.ParamName));
    }

    [Fact]
    public void MaySolicit_UndefinedChannelOrAudienceOrNullSubject_Throws()
    {
        var subject = Solicited(SubjectStatus.Prospect);

        var channel = Assert.Throws<ArgumentOutOfRangeException>(() => Evaluator.MaySolicit((ProspectingChannel)0, Audience.Consumer, subject));
        var audience = Assert.Throws<ArgumentOutOfRangeException>(() => Evaluator.MaySolicit(ProspectingChannel.Email, (Audience)3, subject));
        var nullSubject = Assert.Throws<ArgumentNullException>(() => Evaluator.MaySolicit(ProspectingChannel.Email, Audience.Consumer, null!));

        Assert.Equal(("channel", "audience", "subject"), (channel.ParamName, audience.ParamName, nullSubject.ParamName));
        Assert.StartsWith("Not a defined prospecting channel.", channel.Message, StringComparison.Ordinal);
        Assert.StartsWith("Not a defined audience.", audience.Message, StringComparison.Ordinal);
        Assert.Equal((Audience)3, audience.ActualValue);
    }

    private static Subject Solicited(SubjectStatus status, bool consent = false, bool objected = false, bool offered = false) =>
        new(status, prospecting: new ProspectingFacts(consent: consent, objected: objected, objectionOfferedAtCollection: offered));
}
