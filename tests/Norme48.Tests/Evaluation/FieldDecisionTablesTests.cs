using System;
using System.Collections.Generic;
using System.Linq;
using Norme48.Decisions;
using Norme48.Evaluation;
using Norme48.Rules;
using Norme48.Vocabulary;
using Xunit;

namespace Norme48.Tests.Evaluation;

/// <summary>
/// Tests of <see cref="FieldDecisionTables"/>, every collect, share and transfer decision of an edition. An evaluator
/// builds the tables once per edition and per process; these tests build them afresh, so each check reads what the
/// constructor makes. Expected verdicts, rules and their order come from RULES.md ("How decisions cite rules", the
/// collection, share and transfer rules, and the later editions' table); each expected message is the one the rule's
/// outcome carries, joined sentence after sentence where a decision adds a note.
/// </summary>
public sealed class FieldDecisionTablesTests
{
    public static TheoryData<string> Editions => [.. Edition.All.Select(e => e.Id)];

    /// <summary>
    /// RULES.md, later editions: "NS48-DATA-LISTED, NS48-RCPT-* and NS48-TRANSFER-* apply the 2005 field and recipient
    /// lists" (the objection rule is the law's, not a list).
    /// </summary>
    private static readonly RuleId[] ListRules =
    [
        RuleId.DataListed, RuleId.RecipientAccess, RuleId.RecipientPublicBodies, RuleId.RecipientDebtRecovery, RuleId.RecipientUnknown,
        RuleId.TransferInternalCode, RuleId.TransferIdentitySituation, RuleId.TransferSensitiveConsent, RuleId.TransferRelationshipConsent,
        RuleId.TransferOther,
    ];

    [Theory]
    [MemberData(nameof(Editions))]
    public void Constructor_ScopeAndExcludedFields_CiteTheirRuleAlone(string editionId)
    {
        var edition = Edition.Parse(editionId);
        var tables = new FieldDecisionTables(Rulebook.For(edition));

        // Online gambling is outside from ns48-2016, so the later editions' message names it.
        var sector = edition == Edition.Ns2005 ? Messages.SectorOutside : Messages.SectorOutsideLater;
        Expect(tables.OutOfScope, edition, Verdict.Denied, [(RuleId.ScopeSector, sector)]);
        Expect(tables.NirCollect, edition, Verdict.Denied, [(RuleId.DataNir, Messages.NirCollect)]);
        Expect(tables.ExcludedCollect, edition, Verdict.Denied, [(RuleId.DataNir, Messages.ExcludedCollect)]);
        Expect(tables.NirShare, edition, Verdict.Denied, [(RuleId.DataNir, Messages.NirShare)]);
        Expect(tables.ExcludedShare, edition, Verdict.Denied, [(RuleId.DataNir, Messages.ExcludedShare)]);
        Expect(tables.NirTransfer, edition, Verdict.Denied, [(RuleId.DataNir, Messages.NirTransfer)]);
        Expect(tables.ExcludedTransfer, edition, Verdict.Denied, [(RuleId.DataNir, Messages.ExcludedTransfer)]);

        // RULES.md, file-acquirer: a share is decided as the transfer, "and the message says to ask transfer".
        Expect(tables.NirShareToAcquirer, edition, Verdict.Denied, [(RuleId.DataNir, Joined(Messages.NirTransfer, Messages.AskTransfer))]);
        Expect(tables.ExcludedShareToAcquirer, edition, Verdict.Denied,
            [(RuleId.DataNir, Joined(Messages.ExcludedTransfer, Messages.AskTransfer))]);
    }

    [Theory]
    [MemberData(nameof(Editions))]
    public void Constructor_Collect_EveryCategoryAndPurposeOfTheEdition(string editionId)
    {
        var edition = Edition.Parse(editionId);
        var tables = new FieldDecisionTables(Rulebook.For(edition));

        Assert.Equal(DataCategory.Count * ProcessingPurpose.Count, tables.Collect.Length);
        var filled = 0;
        foreach (var category in DataCategory.All)
        {
            foreach (var purpose in ProcessingPurpose.All)
            {
                var decision = tables.Collect[FieldDecisionTables.CollectIndex(category, purpose)];
                if (category == DataCategory.Excluded || !purpose.IsDefinedIn(edition))
                {
                    // The excluded category is decided by NS48-DATA-NIR alone; another edition's purpose is refused before any lookup.
                    Assert.Null(decision);
                    continue;
                }

                filled++;
                Assert.NotNull(decision);
                var (verdict, reasons) = ExpectedCollect(edition, category, purpose);
                Expect(decision, edition, verdict, reasons, because: $"collect {category.Id} for {purpose.Id}");
            }
        }

        Assert.Equal((DataCategory.All.Count - 1) * ProcessingPurpose.All.Count(p => p.IsDefinedIn(edition)), filled);
    }

    [Theory]
    [MemberData(nameof(Editions))]
    public void Constructor_Share_EveryRecipientBasisAndConnectionFlag(string editionId)
    {
        var edition = Edition.Parse(editionId);
        var tables = new FieldDecisionTables(Rulebook.For(edition));
        var recipients = Recipient.Listed.Where(r => r != Recipient.FileAcquirer).Append(Recipient.Unlisted("advertising-network")).ToArray();

        Assert.Equal(2 * Recipient.IndexCount * 4, tables.Share.Length);
        foreach (var connection in new[] { false, true })
        {
            foreach (var recipient in recipients)
            {
                foreach (SharingBasis? basis in new SharingBasis?[] { null, SharingBasis.ContractExecution, SharingBasis.LegalObligation, SharingBasis.DebtRecovery })
                {
                    var decision = tables.Share[FieldDecisionTables.ShareIndex(connection, recipient.Index, basis is { } b ? (int)b : 0)];

                    var (verdict, rule, message) = ExpectedShare(recipient, basis);
                    var note = connection ? Joined(message, Messages.ConnectionShareNote) : message;
                    (string, RuleId, LocalizedText)[] obligations = verdict == Verdict.Allowed && recipient == Recipient.ContractedCompanies
                        ? [("confidentiality", RuleId.RecipientAccess, Messages.Confidentiality)]
                        : [];
                    Expect(decision, edition, verdict, [(rule, note)], obligations,
                        because: $"share {(connection ? "connection data" : "a field")} with {recipient.Id} on {basis?.ToString() ?? "no basis"}");
                }
            }

            // The file acquirer is asked as a transfer (ShareToAcquirer): its share slots stay empty.
            for (var basis = 0; basis < 4; basis++)
            {
                Assert.Null(tables.Share[FieldDecisionTables.ShareIndex(connection, Recipient.FileAcquirer.Index, basis)]);
            }
        }
    }

    [Theory]
    [MemberData(nameof(Editions))]
    public void Constructor_Transfer_EveryClassAndCondition(string editionId)
    {
        var edition = Edition.Parse(editionId);
        var tables = new FieldDecisionTables(Rulebook.For(edition));

        Assert.Equal(FieldDecisionTables.TransferClassCount * FieldDecisionTables.TransferFlagCount, tables.Transfer.Length);
        foreach (var transferClass in Enum.GetValues<TransferClass>())
        {
            for (var flags = 0; flags < FieldDecisionTables.TransferFlagCount; flags++)
            {
                var conditions = new TransferConditions((flags & 1) != 0, (flags & 2) != 0, (flags & 4) != 0);
                Assert.Equal(flags, conditions.Flags);
                var decision = tables.Transfer[((int)transferClass * FieldDecisionTables.TransferFlagCount) + flags];

                var (verdict, reasons) = ExpectedTransfer(transferClass, conditions);
                (string, RuleId, LocalizedText)[] obligations = verdict == Verdict.Allowed
                    ? [("acquirer-commitment", reasons[0].Rule, Messages.AcquirerCommitment)]
                    : [];
                Expect(decision, edition, verdict, reasons, obligations, because: $"transfer {transferClass} ({conditions})");
            }
        }
    }

    // RULES.md, file-acquirer: "decided exactly as a transfer of the same field with the acquirer's commitment, express
    // consent and objection all false — so it is always denied, citing the transfer rules that deny, and the message says
    // to ask transfer".
    [Theory]
    [MemberData(nameof(Editions))]
    public void Constructor_ShareToAcquirer_IsTheTransferWithoutConditionsAskingForATransfer(string editionId)
    {
        var edition = Edition.Parse(editionId);
        var tables = new FieldDecisionTables(Rulebook.For(edition));

        Assert.Equal(FieldDecisionTables.TransferClassCount, tables.ShareToAcquirer.Length);
        foreach (var transferClass in Enum.GetValues<TransferClass>())
        {
            var (verdict, reasons) = ExpectedTransfer(transferClass, TransferConditions.None);
            Assert.Equal(Verdict.Denied, verdict);

            Expect(tables.ShareToAcquirer[(int)transferClass], edition, Verdict.Denied,
                [.. reasons.Select(r => (r.Rule, Joined(r.Message, Messages.AskTransfer)))], because: $"share {transferClass} with the file acquirer");
        }
    }

    /// <summary>RULES.md, collection rules and NS48-SCOPE-EXCLUDED-USE per edition.</summary>
    private static (Verdict Verdict, (RuleId Rule, LocalizedText Message)[] Reasons) ExpectedCollect(Edition edition, DataCategory category, ProcessingPurpose purpose)
    {
        var denying = new List<(RuleId, LocalizedText)>();
        if (ExcludedUses(edition).Contains(purpose.Id))
        {
            denying.Add((RuleId.ScopeExcludedUse, ExcludedUseMessage(edition)));
        }

        if (category == DataCategory.ConnectionData)
        {
            if (purpose != ProcessingPurpose.WebsiteAudienceStatistics)
            {
                denying.Add((RuleId.DataConnectionStatsOnly, Messages.ConnectionStatsOnlyDenied));
            }
            else if (denying.Count == 0)
            {
                return (Verdict.Allowed, [(RuleId.DataConnectionStatsOnly, Messages.ConnectionStatsOnlyAllowed)]);
            }
        }

        return denying.Count > 0 ? (Verdict.Denied, [.. denying]) : (Verdict.Allowed, [(RuleId.DataListed, Messages.ListedAllowed)]);
    }

    /// <summary>RULES.md, the edition table's NS48-SCOPE-EXCLUDED-USE row.</summary>
    private static string[] ExcludedUses(Edition edition) =>
        edition == Edition.Ns2005 ? ["exclusion-from-right", "shared-loyalty-programme"]
        : edition == Edition.Ns2016 ? ["exclusion-from-right"]
        : ["exclusion-from-right", "fraud-detection", "third-party-profiling"];

    /// <summary>Each edition names its own excluded uses.</summary>
    private static LocalizedText ExcludedUseMessage(Edition edition) =>
        edition == Edition.Ns2005 ? Messages.ExcludedUse : edition == Edition.Ns2016 ? Messages.ExcludedUse2016 : Messages.ExcludedUse2021;

    /// <summary>RULES.md, NS48-RCPT-*: the basis each conditioned recipient needs.</summary>
    private static (Verdict Verdict, RuleId Rule, LocalizedText Message) ExpectedShare(Recipient recipient, SharingBasis? basis)
    {
        if (recipient == Recipient.ContractedCompanies)
        {
            return basis == SharingBasis.ContractExecution
                ? (Verdict.Allowed, RuleId.RecipientAccess, Messages.ContractedAllowed)
                : (Verdict.Denied, RuleId.RecipientAccess, Messages.ContractedDenied);
        }

        if (recipient == Recipient.PublicBodies)
        {
            return basis == SharingBasis.LegalObligation
                ? (Verdict.Allowed, RuleId.RecipientPublicBodies, Messages.PublicBodiesAllowed)
                : (Verdict.Denied, RuleId.RecipientPublicBodies, Messages.PublicBodiesDenied);
        }

        if (recipient == Recipient.JusticeAuxiliaries || recipient == Recipient.DebtCollectors)
        {
            return basis == SharingBasis.DebtRecovery
                ? (Verdict.Allowed, RuleId.RecipientDebtRecovery, Messages.DebtRecoveryAllowed)
                : (Verdict.Denied, RuleId.RecipientDebtRecovery, Messages.DebtRecoveryDenied);
        }

        return recipient.IsListed
            ? (Verdict.Allowed, RuleId.RecipientAccess, Messages.AccessAllowed)
            : (Verdict.Denied, RuleId.RecipientUnknown, Messages.UnknownRecipient);
    }

    /// <summary>RULES.md, NS48-TRANSFER-*: every denying rule in catalogue order, or the one allowing rule.</summary>
    private static (Verdict Verdict, (RuleId Rule, LocalizedText Message)[] Reasons) ExpectedTransfer(TransferClass transferClass, TransferConditions conditions)
    {
        var (commitment, consent) = (conditions.AcquirerCommitment, conditions.ExpressConsent);
        var denying = new List<(RuleId Rule, LocalizedText Message)>();
        (RuleId, LocalizedText)? allowing = null;
        switch (transferClass)
        {
            case TransferClass.InternalCode:
                denying.Add((RuleId.TransferInternalCode, Messages.InternalCodeTransfer));
                break;
            case TransferClass.IdentityOrSituation when commitment:
                allowing = (RuleId.TransferIdentitySituation, Messages.IdentitySituationAllowed);
                break;
            case TransferClass.IdentityOrSituation:
                denying.Add((RuleId.TransferIdentitySituation, Messages.IdentitySituationDenied));
                break;
            case TransferClass.Relationship or TransferClass.SensitiveRelationship:
                var sensitive = transferClass == TransferClass.SensitiveRelationship;
                var rule = sensitive ? RuleId.TransferSensitiveConsent : RuleId.TransferRelationshipConsent;
                if (commitment && consent)
                {
                    allowing = (rule, sensitive ? Messages.SensitiveAllowed : Messages.RelationshipAllowed);
                }
                else
                {
                    // The denial says what is missing.
                    var missing = !commitment && !consent ? Messages.MissingBoth : !consent ? Messages.MissingConsent : Messages.MissingCommitment;
                    denying.Add((rule, Joined(sensitive ? Messages.SensitiveDenied : Messages.RelationshipDenied, missing)));
                }

                break;
            case TransferClass.PaymentMeans:
                denying.Add((RuleId.TransferOther, Messages.PaymentTransfer));
                break;
            case TransferClass.InvoiceSettlement:
                denying.Add((RuleId.TransferOther, Messages.InvoiceTransfer));
                break;
            default:
                denying.Add((RuleId.TransferOther, Messages.ConnectionTransfer));
                break;
        }

        if (conditions.Objected)
        {
            denying.Add((RuleId.TransferObjection, Messages.ObjectionTransfer));
        }

        return denying.Count > 0
            ? (Verdict.Denied, [.. denying.OrderBy(r => (int)r.Rule)])
            : (Verdict.Allowed, [allowing!.Value]);
    }

    private static LocalizedText Joined(LocalizedText first, LocalizedText second) =>
        new(first.English + " " + second.English, first.French + " " + second.French);

    private static void Expect(
        Decision? decision, Edition edition, Verdict verdict, (RuleId Rule, LocalizedText Message)[] reasons,
        (string Id, RuleId Rule, LocalizedText Message)[]? obligations = null, string because = "")
    {
        Assert.True(decision is not null, because);
        var rulebook = Rulebook.For(edition);
        Assert.True(verdict == decision.Verdict, $"{because}: {decision}");
        Assert.Same(edition, decision.Edition);
        Assert.True(reasons.Select(r => r.Rule).SequenceEqual(decision.Rules), $"{because}: {decision}");
        for (var i = 0; i < reasons.Length; i++)
        {
            Assert.Same(rulebook[reasons[i].Rule], decision.Reasons[i].Rule);
            Assert.True(reasons[i].Message.Equals(decision.Reasons[i].Message), $"{because}: reason {i} says {decision.Reasons[i].Message}");
        }

        obligations ??= [];
        Assert.Equal(obligations.Length, decision.Obligations.Count);
        for (var i = 0; i < obligations.Length; i++)
        {
            Assert.Equal(obligations[i].Id, decision.Obligations[i].Id);
            Assert.Same(rulebook[obligations[i].Rule], decision.Obligations[i].Rule);
            Assert.Equal(obligations[i].Message, decision.Obligations[i].Message);
        }

        // Under the later editions, a decision applying the 2005 lists carries one "unconfirmed" advisory, on the first such rule it cites.
        var listed = reasons.Select(r => r.Rule).Where(r => ListRules.Contains(r)).ToArray();
        if (edition == Edition.Ns2005 || listed.Length == 0)
        {
            Assert.True(decision.Advisories.Count == 0, $"{because}: {decision}");
            return;
        }

        var advisory = Assert.Single(decision.Advisories);
        Assert.Same(rulebook[listed[0]], advisory.Rule);
        Assert.Null(advisory.Since);
        Assert.Equal("unconfirmed", advisory.Kind);
        Assert.Contains($"Under {edition.Id},", advisory.Message.English, StringComparison.Ordinal);
        Assert.Contains("(art. 3)", advisory.Message.English, StringComparison.Ordinal);
        Assert.Contains("(art. 4)", advisory.Message.English, StringComparison.Ordinal);
        Assert.Contains("not confirmed", advisory.Message.English, StringComparison.Ordinal);
        Assert.Contains($"Sous {edition.Id},", advisory.Message.French, StringComparison.Ordinal);
        Assert.Contains("ne sont pas confirmées", advisory.Message.French, StringComparison.Ordinal);
    }
}
