using System;
using System.Linq;
using Norme48.Decisions;
using Norme48.Evaluation;
using Norme48.Prospecting;
using Norme48.Rules;
using Norme48.Vocabulary;
using Xunit;

namespace Norme48.Tests.Evaluation;

/// <summary>
/// Example tests of <see cref="Norme48Evaluator.CheckNotice"/>: RULES.md NS48-INFO-NOTICE ("one violation per missing
/// item"), NS48-INFO-PROSPECTING-OBJECTION, NS48-PROSP-CHECKBOX, NS48-INFO-COOKIES, and CONTRACT.md's notice answers.
/// </summary>
public sealed partial class Norme48EvaluatorTests
{
    private static readonly NoticeItem[] AllItems =
    [
        NoticeItem.ControllerIdentity, NoticeItem.Purposes, NoticeItem.MandatoryOrOptional, NoticeItem.ConsequencesOfNoAnswer,
        NoticeItem.Recipients, NoticeItem.Rights,
    ];

    // CONTRACT.md: "items: … from controller-identity, purposes, mandatory-or-optional, consequences-of-no-answer,
    // recipients, rights", in that order.
    private static readonly string[] AllItemIds =
        ["controller-identity", "purposes", "mandatory-or-optional", "consequences-of-no-answer", "recipients", "rights"];

    [Fact]
    public void NoticeItemId_EveryItem_IsTheContractsId()
    {
        var ids = AllItems.Select(Norme48Evaluator.NoticeItemId).ToArray();

        Assert.Equal(AllItemIds, ids);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(7)]
    public void NoticeItemId_UndefinedItem_ThrowsNamingItem(int item)
    {
        var exception = Assert.Throws<ArgumentOutOfRangeException>(() => Norme48Evaluator.NoticeItemId((NoticeItem)item));

        Assert.Equal("item", exception.ParamName);
        Assert.StartsWith("Not a defined notice item.", exception.Message, StringComparison.Ordinal);
    }

    // CONTRACT.md: the channel ids are email, sms, fax, automated-call, phone, postal.
    [Fact]
    public void ChannelId_EveryChannel_IsTheContractsId()
    {
        var ids = AllChannels.Select(Norme48Evaluator.ChannelId).ToArray();

        Assert.Equal(["email", "sms", "fax", "automated-call", "phone", "postal"], ids);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(7)]
    public void ChannelId_UndefinedChannel_ThrowsNamingChannel(int channel)
    {
        var exception = Assert.Throws<ArgumentOutOfRangeException>(() => Norme48Evaluator.ChannelId((ProspectingChannel)channel));

        Assert.Equal("channel", exception.ParamName);
        Assert.StartsWith("Not a defined prospecting channel.", exception.Message, StringComparison.Ordinal);
    }

    // NoticeForm's docs: "An item or consentCheckbox is not a defined value" throws ArgumentOutOfRangeException.
    [Theory]
    [InlineData(0)]
    [InlineData(7)]
    public void NoticeForm_UndefinedItem_ThrowsNamingItems(int item)
    {
        var exception = Assert.Throws<ArgumentOutOfRangeException>(() => new NoticeForm([NoticeItem.Purposes, (NoticeItem)item]));

        Assert.Equal("items", exception.ParamName);
        Assert.Equal((NoticeItem)item, exception.ActualValue);
        Assert.StartsWith("Not a defined notice item.", exception.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(4)]
    public void NoticeForm_UndefinedConsentCheckbox_ThrowsNamingConsentCheckbox(int checkbox)
    {
        var exception = Assert.Throws<ArgumentOutOfRangeException>(() => new NoticeForm(AllItems, consentCheckbox: (ConsentCheckbox)checkbox));

        Assert.Equal("consentCheckbox", exception.ParamName);
        Assert.StartsWith("Not a defined consent checkbox.", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NoticeForm_NullItems_ThrowsNamingItems()
    {
        Assert.Equal("items", Assert.Throws<ArgumentNullException>(() => new NoticeForm(null!)).ParamName);
    }

    [Theory]
    [InlineData(ConsentCheckbox.None)]
    [InlineData(ConsentCheckbox.Unticked)]
    [InlineData(ConsentCheckbox.PreTicked)]
    [InlineData(null)]
    public void NoticeForm_DefinedConsentCheckbox_IsKept(ConsentCheckbox? checkbox)
    {
        var form = new NoticeForm(AllItems, consentCheckbox: checkbox);

        Assert.Equal(checkbox, form.ConsentCheckbox);
    }

    // "A collection form that lacks one is non-compliant, one violation per missing item."
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    public void CheckNotice_OneItemMissing_OneInfoNoticeViolation(int missing)
    {
        var form = new NoticeForm(AllItems.Where((_, i) => i != missing));

        var decision = Evaluator.CheckNotice(form);

        NonCompliant(decision, ("NS48-INFO-NOTICE", AllItemIds[missing]));
    }

    [Fact]
    public void CheckNotice_NoItem_SixViolationsInTheNormsOrder()
    {
        var form = new NoticeForm([]);

        var decision = Evaluator.CheckNotice(form);

        NonCompliant(decision, AllItemIds.Select(id => ("NS48-INFO-NOTICE", id)).ToArray());
    }

    [Fact]
    public void CheckNotice_ItemsMissingGivenOutOfOrder_ViolationsInTheNormsOrder()
    {
        var form = new NoticeForm([NoticeItem.Rights, NoticeItem.Purposes, NoticeItem.Rights, NoticeItem.MandatoryOrOptional]);

        var decision = Evaluator.CheckNotice(form);

        NonCompliant(decision, ("NS48-INFO-NOTICE", "controller-identity"), ("NS48-INFO-NOTICE", "consequences-of-no-answer"), ("NS48-INFO-NOTICE", "recipients"));
    }

    // "(duplicates ignored)"; "a compliant notice has violations [] and rules []" and "a compliant notice cites none".
    [Fact]
    public void CheckNotice_AllItemsWithDuplicatesInAnyOrder_Compliant()
    {
        var form = new NoticeForm([.. AllItems.Reverse(), .. AllItems, NoticeItem.Rights]);

        var decision = Evaluator.CheckNotice(form);

        Compliant(decision);
    }

    [Fact]
    public void CheckNotice_EverythingPresentForProspectingWithTrackers_Compliant()
    {
        var form = new NoticeForm(AllItems, prospecting: true, objectionNotice: true, trackers: true, trackersNotice: true, consentCheckbox: ConsentCheckbox.Unticked);

        var decision = Evaluator.CheckNotice(form);

        Compliant(decision);
    }

    // NS48-INFO-PROSPECTING-OBJECTION: "Where data are used for prospecting, the person is told they may object".
    [Theory]
    [InlineData(true, false, true)]
    [InlineData(true, true, false)]
    [InlineData(false, false, false)]
    public void CheckNotice_ObjectionNotice_ViolationOnlyWhenProspectingWithoutIt(bool prospecting, bool objectionNotice, bool violation)
    {
        var form = new NoticeForm(AllItems, prospecting: prospecting, objectionNotice: objectionNotice);

        var decision = Evaluator.CheckNotice(form);

        if (violation)
        {
            NonCompliant(decision, ("NS48-INFO-PROSPECTING-OBJECTION", "objection-notice"));
        }
        else
        {
            Compliant(decision);
        }
    }

    // CONTRACT.md: "an absent consentCheckbox is not assessed; none means the form offers no simple means to consent or
    // object, a violation when prospecting is true; pre-ticked is always a violation."
    [Theory]
    [InlineData(ConsentCheckbox.PreTicked, false, true)]
    [InlineData(ConsentCheckbox.PreTicked, true, true)]
    [InlineData(ConsentCheckbox.None, true, true)]
    [InlineData(ConsentCheckbox.None, false, false)]
    [InlineData(ConsentCheckbox.Unticked, true, false)]
    [InlineData(ConsentCheckbox.Unticked, false, false)]
    [InlineData(null, true, false)]
    [InlineData(null, false, false)]
    public void CheckNotice_ConsentCheckbox_ViolationWhenPreTickedOrMissingForProspecting(ConsentCheckbox? checkbox, bool prospecting, bool violation)
    {
        var form = new NoticeForm(AllItems, prospecting: prospecting, objectionNotice: true, consentCheckbox: checkbox);

        var decision = Evaluator.CheckNotice(form);

        if (violation)
        {
            NonCompliant(decision, ("NS48-PROSP-CHECKBOX", "consent-checkbox"));
        }
        else
        {
            Compliant(decision);
        }
    }

    // NS48-INFO-COOKIES: "Where trackers (cookies …) are used, users are told their purpose and how to refuse them."
    [Theory]
    [InlineData(true, false, true)]
    [InlineData(true, true, false)]
    [InlineData(false, false, false)]
    [InlineData(false, true, false)]
    public void CheckNotice_Trackers_ViolationWhenTrackersWithoutNotice(bool trackers, bool trackersNotice, bool violation)
    {
        var form = new NoticeForm(AllItems, trackers: trackers, trackersNotice: trackersNotice);

        var decision = Evaluator.CheckNotice(form);

        if (violation)
        {
            NonCompliant(decision, ("NS48-INFO-COOKIES", "trackers-notice"));
        }
        else
        {
            Compliant(decision);
        }
    }

    // "violations, in catalogue order: the missing items among the six (in the order listed above), then
    // objection-notice, consent-checkbox, trackers-notice"; "rules are the distinct rules of its violations, in the same order".
    [Fact]
    public void CheckNotice_EverythingWrong_EveryViolationInCatalogueOrder()
    {
        var form = new NoticeForm([NoticeItem.Purposes, NoticeItem.Rights], prospecting: true, trackers: true, consentCheckbox: ConsentCheckbox.PreTicked);

        var decision = Evaluator.CheckNotice(form);

        NonCompliant(
            decision,
            ("NS48-INFO-NOTICE", "controller-identity"),
            ("NS48-INFO-NOTICE", "mandatory-or-optional"),
            ("NS48-INFO-NOTICE", "consequences-of-no-answer"),
            ("NS48-INFO-NOTICE", "recipients"),
            ("NS48-INFO-PROSPECTING-OBJECTION", "objection-notice"),
            ("NS48-PROSP-CHECKBOX", "consent-checkbox"),
            ("NS48-INFO-COOKIES", "trackers-notice"));
    }

    // "out-of-scope answers cite NS48-SCOPE-SECTOR alone and carry no … violations."
    [Theory]
    [InlineData("health")]
    [InlineData("education")]
    [InlineData("banking")]
    [InlineData("insurance")]
    public void CheckNotice_SectorOutsideNorm_OutOfScopeCitingScopeSectorAlone(string sector)
    {
        var form = new NoticeForm([], prospecting: true, trackers: true, consentCheckbox: ConsentCheckbox.PreTicked);

        var decision = Evaluator.CheckNotice(form, Sector.FromName(sector));

        Assert.Equal(NoticeVerdict.OutOfScope, decision.Verdict);
        Assert.False(decision.IsCompliant);
        Assert.Empty(decision.Violations);
        Assert.Equal(["NS48-SCOPE-SECTOR"], decision.Rules.Select(r => r.ToId()).ToArray());
        Assert.Equal(["NS48-SCOPE-SECTOR"], decision.Reasons.Select(r => r.Rule.Code).ToArray());
    }

    [Fact]
    public void CheckNotice_NullForm_ThrowsNamingForm()
    {
        var exception = Assert.Throws<ArgumentNullException>(() => Evaluator.CheckNotice(null!));

        Assert.Equal("form", exception.ParamName);
    }

    private static void Compliant(NoticeDecision decision)
    {
        Assert.Equal(NoticeVerdict.Compliant, decision.Verdict);
        Assert.True(decision.IsCompliant);
        Assert.Same(Edition.Ns2005, decision.Edition);
        Assert.Empty(decision.Violations);
        Assert.Empty(decision.Rules);
        Assert.Empty(decision.Reasons);
    }

    private static void NonCompliant(NoticeDecision decision, params (string Rule, string Item)[] violations)
    {
        var distinctRules = violations.Select(v => v.Rule).Distinct().ToArray();

        Assert.Equal(NoticeVerdict.NonCompliant, decision.Verdict);
        Assert.False(decision.IsCompliant);
        Assert.Same(Edition.Ns2005, decision.Edition);
        Assert.Equal(violations, decision.Violations.Select(v => (v.Rule.ToId(), v.Item)).ToArray());
        Assert.Equal(distinctRules, decision.Rules.Select(r => r.ToId()).ToArray());
        Assert.Equal(distinctRules, decision.Reasons.Select(r => r.Rule.Code).ToArray());
        Assert.All(decision.Reasons, reason =>
        {
            Assert.Equal(RuleStrength.Mandatory, reason.Strength);
            Assert.False(string.IsNullOrWhiteSpace(reason.Message.English));
            Assert.False(string.IsNullOrWhiteSpace(reason.Message.French));
        });

        // A message says what is missing: every missing information item is named in the NS48-INFO-NOTICE reason.
        foreach (var (_, item) in violations.Where(v => v.Rule == "NS48-INFO-NOTICE"))
        {
            var message = decision.Reasons.Single(r => r.Rule.Code == "NS48-INFO-NOTICE").Message;
            Assert.Contains(item, message.English, StringComparison.Ordinal);
            Assert.Contains(item, message.French, StringComparison.Ordinal);
        }

        // The missing items are listed in the norm's order, separated by commas.
        var missing = string.Join(", ", violations.Where(v => v.Rule == "NS48-INFO-NOTICE").Select(v => v.Item));
        if (missing.Length > 0)
        {
            var message = decision.Reasons.Single(r => r.Rule.Code == "NS48-INFO-NOTICE").Message;
            Assert.Contains(": " + missing + ".", message.English, StringComparison.Ordinal);
            Assert.Contains(" : " + missing + ".", message.French, StringComparison.Ordinal);
        }
    }
}
