using System;
using NodaTime;
using Norme48.Evaluation;
using Norme48.Retention;
using Norme48.Rules;
using Xunit;

namespace Norme48.Tests.Evaluation;

/// <summary>
/// The messages built from their facts: a conformity report's retention and notice messages must name what the
/// declaration states and what the norm allows, in English and in French, never an empty text.
/// </summary>
public sealed class MessagesTests
{
    private static readonly RetentionPolicy NormProspect = new(
        SubjectStatus.Prospect, null, false, RetentionAnchor.LastContactFromPerson, Period.FromYears(1), RetentionEndAction.Purge,
        RuleId.RetentionProspectOneYear, maxUnansweredSolicitations: 2);

    [Fact]
    public void RetentionExcess_LaterAnchor_NamesBothAnchors()
    {
        var declared = new RetentionPolicy(SubjectStatus.Prospect, null, false, RetentionAnchor.RelationshipEnd, Period.FromYears(1), RetentionEndAction.Purge);

        var message = Messages.RetentionExcess(RetentionExcess.LaterAnchor, declared, NormProspect);

        AssertNames(message, "RelationshipEnd", "LastContactFromPerson");
        Assert.Contains("later", message.English, StringComparison.Ordinal);
        Assert.Contains("postérieur", message.French, StringComparison.Ordinal);
    }

    [Fact]
    public void RetentionExcess_LongerPeriod_NamesBothPeriods()
    {
        var declared = new RetentionPolicy(SubjectStatus.Prospect, null, false, RetentionAnchor.LastContactFromPerson, Period.FromMonths(18), RetentionEndAction.Purge);

        var message = Messages.RetentionExcess(RetentionExcess.LongerPeriod, declared, NormProspect);

        AssertNames(message, "P18M", "P1Y");
        Assert.Contains("longer than", message.English, StringComparison.Ordinal);
        Assert.Contains("plus longtemps", message.French, StringComparison.Ordinal);
    }

    // RULES.md: for a minimum (NS48-RET-OBJECTION-LIST-3Y) the violation is a shorter period.
    [Fact]
    public void RetentionExcess_ShorterPeriod_NamesBothPeriodsAsAMinimum()
    {
        var norm = new RetentionPolicy(null, null, false, RetentionAnchor.Objection, Period.FromYears(3), RetentionEndAction.Purge, RuleId.RetentionObjectionListThreeYears);
        var declared = new RetentionPolicy(null, null, false, RetentionAnchor.Objection, Period.FromYears(2), RetentionEndAction.Purge);

        var message = Messages.RetentionExcess(RetentionExcess.ShorterPeriod, declared, norm);

        AssertNames(message, "P2Y", "P3Y");
        Assert.Contains("shorter than the norm's minimum", message.English, StringComparison.Ordinal);
        Assert.Contains("moins longtemps", message.French, StringComparison.Ordinal);
    }

    // RULES.md: "a count limit is declared as maxUnansweredSolicitations, and above 2 it violates ns48-2005".
    [Fact]
    public void RetentionExcess_HigherCount_NamesBothCounts()
    {
        var declared = new RetentionPolicy(SubjectStatus.Prospect, null, false, RetentionAnchor.LastContactFromPerson, null, RetentionEndAction.Purge, maxUnansweredSolicitations: 5);

        var message = Messages.RetentionExcess(RetentionExcess.HigherCount, declared, NormProspect);

        AssertNames(message, "after 5 unanswered", "limit is 2");
        Assert.Contains("après 5 sollicitations", message.French, StringComparison.Ordinal);
        Assert.Contains("la limite de la norme est 2", message.French, StringComparison.Ordinal);
    }

    // NS48-INFO-NOTICE in a conformity report: one message per missing item, naming it.
    [Fact]
    public void MissingNoticeItem_NamesTheItemInBothLanguages()
    {
        var message = Messages.MissingNoticeItem("consequences-of-no-answer");

        Assert.StartsWith("The form does not tell the person: consequences-of-no-answer.", message.English, StringComparison.Ordinal);
        Assert.StartsWith("Le formulaire n'indique pas à la personne : consequences-of-no-answer.", message.French, StringComparison.Ordinal);
        Assert.NotEqual(Messages.MissingNoticeItem("recipients"), message);
    }

    private static void AssertNames(LocalizedText message, string declared, string norm)
    {
        Assert.Contains(declared, message.English, StringComparison.Ordinal);
        Assert.Contains(norm, message.English, StringComparison.Ordinal);
        if (!declared.Contains(' ', StringComparison.Ordinal))
        {
            Assert.Contains(declared, message.French, StringComparison.Ordinal);
            Assert.Contains(norm, message.French, StringComparison.Ordinal);
        }

        Assert.NotEqual(message.English, message.French);
    }
}
