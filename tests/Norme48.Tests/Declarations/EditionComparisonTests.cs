using System;
using System.Linq;
using Norme48.Declarations;
using Norme48.Evaluation;
using Norme48.Prospecting;
using Norme48.Retention;
using Norme48.Rules;
using Norme48.Vocabulary;
using Xunit;

namespace Norme48.Tests.Declarations;

/// <summary>
/// Example tests of <see cref="EditionComparison"/>: the compliant small shop compared between editions, with a purpose
/// that one edition excludes or lacks added where a test needs it.
/// </summary>
public sealed class EditionComparisonTests
{
    [Fact]
    public void Compare_CompliantShopFrom2005To2016_ProspectRetentionGoesFromOneYearToThreeYears()
    {
        var declaration = DeclarationDraft.CompliantShop().Build();

        var changes = EditionComparison.Compare(declaration, Edition.Ns2005, Edition.Ns2016);

        var prospect = Assert.Single(changes, c => c.Ask == DecisionAsk.Retention && c.Subject == "prospect");
        Assert.Equal("1 year from last-contact-from-person; at most 2 unanswered solicitations since last-contact-from-person", prospect.Before!.Verdict);
        Assert.Equal([RuleId.RetentionProspectOneYear, RuleId.RetentionProspectTwoUnanswered], prospect.Before.Rules);
        Assert.Equal("3 years from last-contact-from-person", prospect.After!.Verdict);
        Assert.Equal([RuleId.RetentionProspectThreeYears], prospect.After.Rules);
        Assert.Same(Edition.Ns2005, prospect.Before.Edition);
        Assert.Same(Edition.Ns2016, prospect.After.Edition);
        Assert.Equal("retention", prospect.AskId);
    }

    [Fact]
    public void Compare_CompliantShopFrom2005To2016_ObjectionListAndTrackersAreNotIn2005()
    {
        var declaration = DeclarationDraft.CompliantShop().Build();

        var changes = EditionComparison.Compare(declaration, Edition.Ns2005, Edition.Ns2016);

        var anyPerson = Assert.Single(changes, c => c.Ask == DecisionAsk.Retention && c.Subject == "any-person");
        Assert.Null(anyPerson.Before);
        Assert.Equal([RuleId.RetentionObjectionListThreeYears, RuleId.RetentionTracker13Months], anyPerson.After!.Rules);
        Assert.Equal("at least 3 years from objection; connection-data: 13 months from tracker-set", anyPerson.After.Verdict);
        Assert.StartsWith("retention any-person: not in this edition ⇒ at least 3 years", anyPerson.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Compare_SharedLoyaltyProgramme_GoesFromExcludedUseToAllowed()
    {
        var draft = DeclarationDraft.CompliantShop();
        draft.Purposes.Add(ProcessingPurpose.SharedLoyaltyProgramme);
        draft.Fields.Add(new DeclaredField(DataField.LandlinePhone, [ProcessingPurpose.SharedLoyaltyProgramme]));

        var changes = EditionComparison.Compare(draft.Build(), Edition.Ns2005, Edition.Ns2016);

        var collect = Assert.Single(changes, c => c.Ask == DecisionAsk.Collect);
        Assert.Equal("landline-phone → shared-loyalty-programme", collect.Subject);
        Assert.Equal("denied", collect.Before!.Verdict);
        Assert.Equal([RuleId.ScopeExcludedUse], collect.Before.Rules);
        Assert.Equal("allowed", collect.After!.Verdict);
        Assert.Equal([RuleId.DataListed], collect.After.Rules);
        Assert.NotNull(collect.Before.Message);
        Assert.Equal(
            "collect landline-phone → shared-loyalty-programme: denied (NS48-SCOPE-EXCLUDED-USE) ⇒ allowed (NS48-DATA-LISTED)",
            collect.ToString());
        var conformity = Assert.Single(changes, c => c.Ask == DecisionAsk.Conformity);
        Assert.Equal("non-compliant", conformity.Before!.Verdict);
        Assert.Contains(RuleId.ScopeExcludedUse, conformity.Before.Rules);
        Assert.DoesNotContain(RuleId.ScopeExcludedUse, conformity.After!.Rules);
    }

    [Fact]
    public void Compare_PurposeOnlyInNs2016_IsNotInTheOtherEditions()
    {
        var draft = DeclarationDraft.CompliantShop();
        draft.Edition = Edition.Ns2016;
        draft.Purposes.Add(ProcessingPurpose.OppositionListUpdate);
        draft.Fields.Add(new DeclaredField(DataField.LandlinePhone, [ProcessingPurpose.OppositionListUpdate]));
        var declaration = draft.Build();

        var fromOlder = EditionComparison.Compare(declaration, Edition.Ns2005, Edition.Ns2016);
        var toNewer = EditionComparison.Compare(declaration, Edition.Ns2016, Edition.Ref2021);

        var added = Assert.Single(fromOlder, c => c.Ask == DecisionAsk.Collect);
        Assert.Equal("landline-phone → opposition-list-update", added.Subject);
        Assert.Null(added.Before);
        Assert.Equal("allowed", added.After!.Verdict);
        var removed = Assert.Single(toNewer, c => c.Ask == DecisionAsk.Collect);
        Assert.Equal("allowed", removed.Before!.Verdict);
        Assert.Null(removed.After);
        Assert.Null(Assert.Single(fromOlder, c => c.Ask == DecisionAsk.Conformity).Before);
        Assert.Null(Assert.Single(toNewer, c => c.Ask == DecisionAsk.Conformity).After);
    }

    [Fact]
    public void Compare_DeclarationNamingAnotherEdition_IgnoresIt()
    {
        var draft = DeclarationDraft.CompliantShop();
        draft.Edition = Edition.Ns2005;

        var changes = EditionComparison.Compare(draft.Build(), Edition.Ns2016, Edition.Ref2021);

        Assert.All(changes, c => Assert.Same(Edition.Ns2016, c.Before?.Edition ?? Edition.Ns2016));
        Assert.All(changes, c => Assert.Same(Edition.Ref2021, c.After?.Edition ?? Edition.Ref2021));
    }

    [Theory]
    [InlineData("ns48-2005")]
    [InlineData("ns48-2016")]
    [InlineData("ref-2021")]
    public void Compare_SameEdition_NoChange(string id)
    {
        var edition = Edition.Parse(id);
        var draft = DeclarationDraft.CompliantShop();
        draft.Purposes.Add(ProcessingPurpose.SharedLoyaltyProgramme);
        draft.Fields.Add(new DeclaredField(DataField.LandlinePhone, [ProcessingPurpose.SharedLoyaltyProgramme]));
        var declaration = draft.Build();

        var changes = EditionComparison.Compare(declaration, edition, edition);

        Assert.Empty(changes);
        Assert.NotEmpty(EditionComparison.Compare(declaration, edition, ReferenceEquals(edition, Edition.Ns2005) ? Edition.Ns2016 : Edition.Ns2005));
    }

    [Fact]
    public void Compare_Changes_AreInQuestionOrderThenDeclarationOrder()
    {
        var draft = DeclarationDraft.CompliantShop();
        var shared = ProcessingPurpose.SharedLoyaltyProgramme;
        draft.Purposes.Add(shared);
        draft.Fields.Insert(0, new DeclaredField(DataField.MobilePhone, [ProcessingPurpose.Orders, shared]));
        draft.Fields.Add(new DeclaredField(DataField.LandlinePhone, [shared]));

        var changes = EditionComparison.Compare(draft.Build(), Edition.Ns2005, Edition.Ns2016);

        Assert.Equal(
            [
                "collect mobile-phone → shared-loyalty-programme",
                "collect landline-phone → shared-loyalty-programme",
                "retention client",
                "retention prospect",
                "retention any-person",
                "conformity declaration",
            ],
            changes.Select(c => $"{c.AskId} {c.Subject}").Where(s => !s.StartsWith("solicit", StringComparison.Ordinal)));
        Assert.Equal(changes.Select(c => c.Ask).Order(), changes.Select(c => c.Ask));
    }

    [Fact]
    public void Answer_CompliantShop_AsksEveryQuestionInOrder()
    {
        var declaration = DeclarationDraft.CompliantShop().Build();

        var answers = EditionComparison.Answer(declaration, Norme48Evaluator.Default);

        var collects = declaration.Fields.Sum(f => f.Purposes.Distinct().Count());
        Assert.Equal(
            [
                .. Enumerable.Repeat(DecisionAsk.Collect, collects),
                .. Enumerable.Repeat(DecisionAsk.Share, declaration.Recipients.Count),
                .. Enumerable.Repeat(DecisionAsk.Solicit, declaration.Channels.Count),
                .. Enumerable.Repeat(DecisionAsk.Notice, declaration.Forms.Count),
                DecisionAsk.Retention, DecisionAsk.Retention, DecisionAsk.Retention,
                DecisionAsk.Conformity,
            ],
            answers.Select(a => a.Ask));
        Assert.Equal("last-name → orders", answers[0].Subject);
        Assert.Equal("contracted-companies (contract-execution)", answers[collects + 2].Subject);
        Assert.Equal("email → consumer prospect", answers[collects + declaration.Recipients.Count].Subject);
    }

    [Fact]
    public void Compare_NullArguments_ThrowNamingThem()
    {
        var declaration = DeclarationDraft.CompliantShop().Build();

        Assert.Equal("declaration", Assert.Throws<ArgumentNullException>(() => EditionComparison.Compare(null!, Edition.Ns2005, Edition.Ns2016)).ParamName);
        Assert.Equal("from", Assert.Throws<ArgumentNullException>(() => EditionComparison.Compare(declaration, null!, Edition.Ns2016)).ParamName);
        Assert.Equal("to", Assert.Throws<ArgumentNullException>(() => EditionComparison.Compare(declaration, Norme48Evaluator.Default, null!)).ParamName);
    }

    [Fact]
    public void DecisionOutcome_SameVerdictAndRulesWithOtherTextsAndEditions_AreEqual()
    {
        var before = new DecisionOutcome(Edition.Ns2005, "allowed", [RuleId.DataListed], new LocalizedText("One text.", "Un texte."));
        var after = new DecisionOutcome(Edition.Ns2016, "allowed", [RuleId.DataListed], new LocalizedText("Another text.", "Un autre texte."));
        var otherRule = new DecisionOutcome(Edition.Ns2016, "allowed", [RuleId.DataConnectionStatsOnly], null);
        var otherVerdict = new DecisionOutcome(Edition.Ns2016, "denied", [RuleId.DataListed], null);

        Assert.Equal(before, after);
        Assert.Equal(before.GetHashCode(), after.GetHashCode());
        Assert.NotEqual(before, otherRule);
        Assert.NotEqual(before, otherVerdict);
        Assert.Equal("allowed (NS48-DATA-LISTED)", before.ToString());
    }

    // "Returns the verdict and the rule ids. Such as denied (NS48-SCOPE-EXCLUDED-USE), or compliant when no rule is cited."
    [Fact]
    public void DecisionOutcome_ToString_VerdictAloneWithoutRulesElseRuleIdsCommaSeparated()
    {
        var compliant = new DecisionOutcome(Edition.Ns2005, "compliant", [], null);
        var twoRules = new DecisionOutcome(Edition.Ns2005, "non-compliant", [RuleId.DataNir, RuleId.DataListed], null);

        Assert.Equal("compliant", compliant.ToString());
        Assert.Equal("non-compliant (NS48-DATA-NIR, NS48-DATA-LISTED)", twoRules.ToString());
    }

    // Hash codes follow equality: the verdict and every rule id take part, so outcomes that differ in either spread.
    [Fact]
    public void DecisionOutcome_OtherVerdictOrOtherRules_OtherHashCode()
    {
        var outcome = new DecisionOutcome(Edition.Ns2005, "allowed", [RuleId.DataListed], null);
        var otherVerdict = new DecisionOutcome(Edition.Ns2005, "denied", [RuleId.DataListed], null);
        var otherRule = new DecisionOutcome(Edition.Ns2005, "allowed", [RuleId.DataNir], null);

        Assert.NotEqual(outcome.GetHashCode(), otherVerdict.GetHashCode());
        Assert.NotEqual(outcome.GetHashCode(), otherRule.GetHashCode());
    }

    // A purpose of ns48-2016 that ref-2021 drops: the question has no answer under ref-2021, which the change names.
    [Fact]
    public void DecisionChange_ToString_QuestionNotInTheNewerEdition()
    {
        var draft = DeclarationDraft.CompliantShop();
        draft.Edition = Edition.Ns2016;
        draft.Purposes.Add(ProcessingPurpose.OppositionListUpdate);
        draft.Fields.Add(new DeclaredField(DataField.LandlinePhone, [ProcessingPurpose.OppositionListUpdate]));

        var changes = EditionComparison.Compare(draft.Build(), Edition.Ns2016, Edition.Ref2021);

        var removed = Assert.Single(changes, c => c.Ask == DecisionAsk.Collect);
        Assert.Equal("collect landline-phone → opposition-list-update: allowed (NS48-DATA-LISTED) ⇒ not in this edition", removed.ToString());
    }

    // The cession of the file asks one transfer question per field handed over, as the conformity report does: the
    // declaration's conditions (objectors not left out: objected), the first mode or a cession when none is named, and a
    // field the declaration does not list otherwise (no sensitivity flag).
    [Fact]
    public void Answer_FileTransferWithObjectorsKept_OneTransferQuestionPerFieldDeniedUnderObjection()
    {
        var draft = DeclarationDraft.CompliantShop();
        draft.Purposes.Add(ProcessingPurpose.FileTransfer);
        draft.FileTransfer = new FileTransferDeclaration([], [DataField.LastName, DataField.Profession], true, true, objectorsExcluded: false);
        var conditions = new TransferConditions(acquirerCommitment: true, expressConsent: true, objected: true);

        var answers = EditionComparison.Answer(draft.Build(), Norme48Evaluator.Default);

        var transfers = answers.Where(a => a.Ask == DecisionAsk.Transfer).ToArray();
        Assert.Equal(["last-name", "profession"], transfers.Select(a => a.Subject));
        Assert.All(transfers, a =>
        {
            var single = Norme48Evaluator.Default.MayTransfer(DataField.Parse(a.Subject), TransferMode.Cession, conditions);
            Assert.Equal("denied", a.Outcome!.Verdict);
            Assert.Contains(RuleId.TransferObjection, a.Outcome.Rules);
            Assert.Equal(single.Rules, a.Outcome.Rules);
        });
        var shares = answers.Select((a, i) => (a.Ask, i)).Where(p => p.Ask == DecisionAsk.Share).Max(p => p.i);
        Assert.Equal(DecisionAsk.Transfer, answers[shares + 1].Ask);
    }

    // A form lacking an item answers non-compliant (NS48-INFO-NOTICE); a channel to professionals is named so.
    [Fact]
    public void Answer_IncompleteFormAndProfessionalChannel_NonCompliantNoticeAndProfessionalSubject()
    {
        var draft = DeclarationDraft.CompliantShop();
        draft.Forms.Clear();
        draft.Forms.Add(new DeclaredForm("short-form", new NoticeForm([NoticeItem.ControllerIdentity, NoticeItem.Purposes, NoticeItem.MandatoryOrOptional])));
        draft.Channels.Add(new DeclaredChannel(ProspectingChannel.Email, Audience.Professional, SubjectStatus.Prospect, consentCollected: false, objectionOfferedAtCollection: true));

        var answers = EditionComparison.Answer(draft.Build(), Norme48Evaluator.Default);

        var notice = Assert.Single(answers, a => a.Ask == DecisionAsk.Notice);
        Assert.Equal("short-form", notice.Subject);
        Assert.Equal("non-compliant", notice.Outcome!.Verdict);
        Assert.Equal([RuleId.InfoNotice], notice.Outcome.Rules);
        Assert.Contains(answers, a => a.Ask == DecisionAsk.Solicit && a.Subject == "email → professional prospect");
    }

    // Outside the norm's sectors the form and the declaration answer out-of-scope, citing NS48-SCOPE-SECTOR alone
    // (RULES.md: "they answer out-of-scope, citing NS48-SCOPE-SECTOR alone").
    [Fact]
    public void Answer_SectorOutsideTheNorm_NoticeAndConformityOutOfScope()
    {
        var draft = DeclarationDraft.CompliantShop();
        draft.Sector = Sector.Banking;

        var answers = EditionComparison.Answer(draft.Build(), Norme48Evaluator.Default);

        var notice = Assert.Single(answers, a => a.Ask == DecisionAsk.Notice);
        Assert.Equal("out-of-scope", notice.Outcome!.Verdict);
        Assert.Equal([RuleId.ScopeSector], notice.Outcome.Rules);
        var conformity = Assert.Single(answers, a => a.Ask == DecisionAsk.Conformity);
        Assert.Equal("out-of-scope", conformity.Outcome!.Verdict);
        Assert.Equal([RuleId.ScopeSector], conformity.Outcome.Rules);
    }

    [Fact]
    public void Compare_NullArgumentsOfEitherOverload_ThrowNamingThem()
    {
        var declaration = DeclarationDraft.CompliantShop().Build();

        Assert.Equal("to", Assert.Throws<ArgumentNullException>(() => EditionComparison.Compare(declaration, Edition.Ns2005, null!)).ParamName);
        Assert.Equal("from", Assert.Throws<ArgumentNullException>(() => EditionComparison.Compare(declaration, null!, Norme48Evaluator.Default)).ParamName);
        Assert.Equal(
            "declaration",
            Assert.Throws<ArgumentNullException>(() => EditionComparison.Compare(null!, Norme48Evaluator.Default, Norme48Evaluator.Default)).ParamName);
    }

    // The retention answers: the norm's policies for the status, in catalogue order, each written out as "limit from
    // anchor, then action (rule)" ("1 year", "at least 3 years", "at most 2 unanswered solicitations", "0 days"; "1 an",
    // "13 mois", "0 jour"), joined with "; " (French " ; "), ending with a full stop. Policies: RULES.md, "Retention".
    [Fact]
    public void Answer_Ns2005Retention_ClientAndProspectPoliciesInWords()
    {
        var answers = EditionComparison.Answer(DeclarationDraft.CompliantShop().Build(), Norme48Evaluator.Default);

        var client = Retention(answers, "client")!;
        var prospect = Retention(answers, "prospect")!;

        Assert.Equal("0 days from relationship-end; proof: 10 years from proof-document-date", client.Verdict);
        Assert.Equal(
            "0 days from the end of the relationship, then purge (NS48-RET-CLIENT); "
            + "proof: 10 years from the date of the proof document, then archive, then purge (NS48-RET-CLIENT-PROOF).",
            client.Message!.English);
        Assert.Equal(
            "0 jour à compter de la fin de la relation commerciale, puis suppression (NS48-RET-CLIENT) ; "
            + "preuve : 10 ans à compter de la date du document probant, puis archivage puis suppression (NS48-RET-CLIENT-PROOF).",
            client.Message.French);
        Assert.Equal(
            "1 year from the last contact from the person, then purge (NS48-RET-PROSPECT-1Y); "
            + "at most 2 unanswered solicitations from the last contact from the person, then purge (NS48-RET-PROSPECT-2-UNANSWERED).",
            prospect.Message!.English);
        Assert.Equal(
            "1 an à compter du dernier contact de la personne, puis suppression (NS48-RET-PROSPECT-1Y) ; "
            + "au plus 2 sollicitations sans réponse à compter du dernier contact de la personne, puis suppression (NS48-RET-PROSPECT-2-UNANSWERED).",
            prospect.Message.French);
        Assert.Null(Retention(answers, "any-person"));
    }

    [Fact]
    public void Answer_Ns2016Retention_ClientProspectAndAnyPersonPoliciesInWords()
    {
        var answers = EditionComparison.Answer(DeclarationDraft.CompliantShop().Build(), new Norme48Evaluator(Edition.Ns2016));

        var client = Retention(answers, "client")!;
        var prospect = Retention(answers, "prospect")!;
        var anyPerson = Retention(answers, "any-person");

        Assert.Equal("0 days from relationship-end; proof: 10 years from proof-document-date; 3 years from relationship-end; bank-card-number: 13 months from debit-date", client.Verdict);
        Assert.Equal(
            "0 days from the end of the relationship, then purge (NS48-RET-CLIENT); "
            + "proof: 10 years from the date of the proof document, then archive, then purge (NS48-RET-CLIENT-PROOF); "
            + "3 years from the end of the relationship, then purge (NS48-RET-CLIENT-PROSPECTING-3Y); "
            + "bank-card-number: 13 months from the debit date, then archive, then purge (NS48-RET-CARD-DISPUTE).",
            client.Message!.English);
        Assert.Equal(
            "0 jour à compter de la fin de la relation commerciale, puis suppression (NS48-RET-CLIENT) ; "
            + "preuve : 10 ans à compter de la date du document probant, puis archivage puis suppression (NS48-RET-CLIENT-PROOF) ; "
            + "3 ans à compter de la fin de la relation commerciale, puis suppression (NS48-RET-CLIENT-PROSPECTING-3Y) ; "
            + "bank-card-number: 13 mois à compter de la date de débit, puis archivage puis suppression (NS48-RET-CARD-DISPUTE).",
            client.Message.French);
        Assert.Equal("3 years from the last contact from the person, then ask the person, then purge (NS48-RET-PROSPECT-3Y).", prospect.Message!.English);
        Assert.Equal("3 ans à compter du dernier contact de la personne, puis demande à la personne, puis suppression (NS48-RET-PROSPECT-3Y).", prospect.Message.French);
        Assert.Equal(
            "at least 3 years from the objection, then purge (NS48-RET-OBJECTION-LIST-3Y); "
            + "connection-data: 13 months from the setting of the tracker, then purge (NS48-RET-TRACKER-13M).",
            anyPerson!.Message!.English);
        Assert.Equal(
            "au moins 3 ans à compter de l'opposition, puis suppression (NS48-RET-OBJECTION-LIST-3Y) ; "
            + "connection-data: 13 mois à compter du dépôt du traceur, puis suppression (NS48-RET-TRACKER-13M).",
            anyPerson.Message.French);
    }

    [Fact]
    public void Answer_Ref2021Retention_AnyPersonPoliciesInWords()
    {
        var answers = EditionComparison.Answer(DeclarationDraft.CompliantShop().Build(), new Norme48Evaluator(Edition.Ref2021));

        var anyPerson = Retention(answers, "any-person");

        Assert.Equal("at least 3 years from objection; 2 years from last-activity", anyPerson!.Verdict);
        Assert.Equal(
            "at least 3 years from the objection, then purge (NS48-RET-OBJECTION-LIST-3Y); "
            + "2 years from the last activity, then ask the person, then purge (NS48-RET-ACCOUNT-INACTIVE-2Y).",
            anyPerson.Message!.English);
        Assert.Equal(
            "au moins 3 ans à compter de l'opposition, puis suppression (NS48-RET-OBJECTION-LIST-3Y) ; "
            + "2 ans à compter de la dernière activité, puis demande à la personne, puis suppression (NS48-RET-ACCOUNT-INACTIVE-2Y).",
            anyPerson.Message.French);
    }

    // Collect, solicit, notice and conformity answers of the compliant shop: the verdict names of DecisionOutcome.Verdict,
    // the channel subjects as the report names them, and the conformity message.
    [Fact]
    public void Answer_CompliantShop_VerdictsSubjectsAndConformityMessage()
    {
        var answers = EditionComparison.Answer(DeclarationDraft.CompliantShop().Build(), Norme48Evaluator.Default);

        Assert.Equal(["email → consumer prospect", "postal → consumer client"], answers.Where(a => a.Ask == DecisionAsk.Solicit).Select(a => a.Subject));
        Assert.Equal("compliant", Assert.Single(answers, a => a.Ask == DecisionAsk.Notice).Outcome!.Verdict);
        var conformity = Assert.Single(answers, a => a.Ask == DecisionAsk.Conformity).Outcome!;
        Assert.Equal("compliant", conformity.Verdict);
        Assert.Empty(conformity.Rules);
        Assert.Equal(new LocalizedText("The declaration complies with ns48-2005.", "La déclaration est conforme à ns48-2005."), conformity.Message);
    }

    // A non-compliant declaration: "the distinct rules violated" in catalogue order, and the number of violations.
    [Fact]
    public void Answer_NonCompliantDeclaration_DistinctRulesInCatalogueOrderAndViolationCount()
    {
        var draft = DeclarationDraft.CompliantShop();
        draft.Recipients.Add(new DeclaredRecipient(Recipient.Unlisted("ad-network")));
        draft.Fields.Add(new DeclaredField(DataField.Nir, [ProcessingPurpose.Orders]));
        var declaration = draft.Build();
        var report = new ConformityEvaluator(Norme48Evaluator.Default).Evaluate(declaration);

        var conformity = Assert.Single(EditionComparison.Answer(declaration, Norme48Evaluator.Default), a => a.Ask == DecisionAsk.Conformity).Outcome!;

        Assert.Equal("non-compliant", conformity.Verdict);
        Assert.Equal([RuleId.DataNir, RuleId.RecipientUnknown], conformity.Rules);
        Assert.Equal($"The declaration has {report.Violations.Count} violation(s) under ns48-2005.", conformity.Message!.English);
        Assert.Equal($"La déclaration présente {report.Violations.Count} manquement(s) sous ns48-2005.", conformity.Message.French);
    }

    // A denial by two rules: the outcome's message is the reasons' messages, one after the other, space-separated.
    [Fact]
    public void Answer_CollectDeniedByTwoRules_MessagesJoinedWithASpace()
    {
        var draft = DeclarationDraft.CompliantShop();
        draft.Purposes.Add(ProcessingPurpose.ExclusionFromRight);
        draft.Fields.Add(new DeclaredField(DataField.IpAddress, [ProcessingPurpose.ExclusionFromRight]));
        var reasons = Norme48Evaluator.Default.MayCollect(DataField.IpAddress, ProcessingPurpose.ExclusionFromRight).Reasons;

        var collect = Assert.Single(EditionComparison.Answer(draft.Build(), Norme48Evaluator.Default), a => a.Subject == "ip-address → exclusion-from-right").Outcome!;

        Assert.Equal(2, reasons.Count);
        Assert.Equal(reasons[0].Message.English + " " + reasons[1].Message.English, collect.Message!.English);
        Assert.Equal(reasons[0].Message.French + " " + reasons[1].Message.French, collect.Message.French);
    }

    private static DecisionOutcome? Retention(System.Collections.Generic.IReadOnlyList<(DecisionAsk Ask, string Subject, DecisionOutcome? Outcome)> answers, string subject) =>
        Assert.Single(answers, a => a.Ask == DecisionAsk.Retention && a.Subject == subject).Outcome;
}
