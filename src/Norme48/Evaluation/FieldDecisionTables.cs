using System.Collections.Generic;
using System.Linq;
using Norme48.Decisions;
using Norme48.Rules;
using Norme48.Vocabulary;

namespace Norme48.Evaluation;

/// <summary>How the transfer rules see a field: one class per distinct outcome, so that custom fields share the tables.</summary>
internal enum TransferClass
{
    InternalCode = 0,
    IdentityOrSituation = 1,
    Relationship = 2,
    SensitiveRelationship = 3,
    PaymentMeans = 4,
    InvoiceSettlement = 5,
    ConnectionData = 6,
}

/// <summary>
/// Every collect, share and transfer decision of an edition, computed once from its rules: deciding is then an index
/// computation and an array read, with nothing allocated.
/// </summary>
internal sealed class FieldDecisionTables
{
    public const int TransferClassCount = 7;
    public const int TransferFlagCount = 8;
    private const int BasisCount = 4;

    private readonly Rulebook rulebook;
    private readonly Edition edition;

    public FieldDecisionTables(Rulebook rulebook)
    {
        this.rulebook = rulebook;
        edition = rulebook.Edition;
        OutOfScope = Denied(Reason(RuleId.ScopeSector, Messages.SectorOutsideIn(edition)));
        NirCollect = Denied(Reason(RuleId.DataNir, Messages.NirCollect));
        ExcludedCollect = Denied(Reason(RuleId.DataNir, Messages.ExcludedCollect));
        NirShare = Denied(Reason(RuleId.DataNir, Messages.NirShare));
        ExcludedShare = Denied(Reason(RuleId.DataNir, Messages.ExcludedShare));
        NirTransfer = Denied(Reason(RuleId.DataNir, Messages.NirTransfer));
        ExcludedTransfer = Denied(Reason(RuleId.DataNir, Messages.ExcludedTransfer));
        NirShareToAcquirer = Denied(Reason(RuleId.DataNir, Messages.Join(Messages.NirTransfer, Messages.AskTransfer)));
        ExcludedShareToAcquirer = Denied(Reason(RuleId.DataNir, Messages.Join(Messages.ExcludedTransfer, Messages.AskTransfer)));

        Collect = new Decision[DataCategory.Count * ProcessingPurpose.Count];
        foreach (var category in DataCategory.All.Where(c => c != DataCategory.Excluded))
        {
            foreach (var purpose in ProcessingPurpose.All.Where(p => p.IsDefinedIn(edition)))
            {
                Collect[CollectIndex(category, purpose)] = DecideCollect(category, purpose);
            }
        }

        Transfer = new Decision[TransferClassCount * TransferFlagCount];
        ShareToAcquirer = new Decision[TransferClassCount];
        for (var transferClass = 0; transferClass < TransferClassCount; transferClass++)
        {
            for (var flags = 0; flags < TransferFlagCount; flags++)
            {
                Transfer[(transferClass * TransferFlagCount) + flags] = DecideTransfer(
                    (TransferClass)transferClass, commitment: (flags & 1) != 0, consent: (flags & 2) != 0, objected: (flags & 4) != 0, viaShare: false);
            }

            ShareToAcquirer[transferClass] = DecideTransfer((TransferClass)transferClass, false, false, false, viaShare: true);
        }

        Share = new Decision[2 * Recipient.IndexCount * BasisCount];
        foreach (var connection in new[] { false, true })
        {
            for (var recipient = 0; recipient < Recipient.IndexCount; recipient++)
            {
                if (recipient == Recipient.FileAcquirer.Index)
                {
                    continue;
                }

                for (var basis = 0; basis < BasisCount; basis++)
                {
                    Share[ShareIndex(connection, recipient, basis)] = DecideShare(connection, recipient, (SharingBasis)basis);
                }
            }
        }
    }

    public Decision OutOfScope { get; }

    public Decision NirCollect { get; }

    public Decision ExcludedCollect { get; }

    public Decision NirShare { get; }

    public Decision ExcludedShare { get; }

    public Decision NirTransfer { get; }

    public Decision ExcludedTransfer { get; }

    /// <summary>A share of the NIR to the file acquirer: the transfer's answer, with the advice to ask for a transfer.</summary>
    public Decision NirShareToAcquirer { get; }

    public Decision ExcludedShareToAcquirer { get; }

    /// <summary>Indexed by <see cref="CollectIndex"/>.</summary>
    public Decision[] Collect { get; }

    /// <summary>Indexed by <see cref="ShareIndex"/>.</summary>
    public Decision[] Share { get; }

    /// <summary>Indexed by transfer class × 8 + flags (1 commitment, 2 consent, 4 objected).</summary>
    public Decision[] Transfer { get; }

    /// <summary>A share to the file acquirer, per transfer class: a transfer with no commitment, consent or objection.</summary>
    public Decision[] ShareToAcquirer { get; }

    public static int CollectIndex(DataCategory category, ProcessingPurpose purpose) =>
        (category.Index * ProcessingPurpose.Count) + purpose.Index;

    /// <summary><paramref name="basis"/> is 0 when none is given, else the <see cref="SharingBasis"/> value.</summary>
    public static int ShareIndex(bool connection, int recipient, int basis) =>
        ((((connection ? 1 : 0) * Recipient.IndexCount) + recipient) * BasisCount) + basis;

    public static TransferClass ClassOf(DataField field, bool sensitive)
    {
        if (ReferenceEquals(field, DataField.InternalClientCode))
        {
            return TransferClass.InternalCode;
        }

        var category = field.Category;
        if (ReferenceEquals(category, DataCategory.Identity) || ReferenceEquals(category, DataCategory.Situation))
        {
            return TransferClass.IdentityOrSituation;
        }

        if (ReferenceEquals(category, DataCategory.CommercialRelationship))
        {
            return sensitive || field.MayRevealSensitiveData ? TransferClass.SensitiveRelationship : TransferClass.Relationship;
        }

        if (ReferenceEquals(category, DataCategory.PaymentMeans))
        {
            return TransferClass.PaymentMeans;
        }

        return ReferenceEquals(category, DataCategory.InvoiceSettlement) ? TransferClass.InvoiceSettlement : TransferClass.ConnectionData;
    }

    private Decision DecideCollect(DataCategory category, ProcessingPurpose purpose)
    {
        var denying = new List<Reason>();
        if (purpose.IsExcludedUseIn(edition))
        {
            denying.Add(Reason(RuleId.ScopeExcludedUse, Messages.ExcludedUseIn(edition)));
        }

        if (category == DataCategory.ConnectionData)
        {
            if (purpose != ProcessingPurpose.WebsiteAudienceStatistics)
            {
                denying.Add(Reason(RuleId.DataConnectionStatsOnly, Messages.ConnectionStatsOnlyDenied));
            }
            else if (denying.Count == 0)
            {
                return Allowed(Reason(RuleId.DataConnectionStatsOnly, Messages.ConnectionStatsOnlyAllowed));
            }
        }

        return denying.Count > 0 ? Denied([.. denying]) : Allowed(Reason(RuleId.DataListed, Messages.ListedAllowed));
    }

    private Decision DecideShare(bool connection, int recipient, SharingBasis basis)
    {
        LocalizedText Note(LocalizedText message) => connection ? Messages.Join(message, Messages.ConnectionShareNote) : message;

        if (recipient == Recipient.ContractedCompanies.Index)
        {
            if (basis != SharingBasis.ContractExecution)
            {
                return Denied(Reason(RuleId.RecipientAccess, Note(Messages.ContractedDenied)));
            }

            var rule = rulebook[RuleId.RecipientAccess];
            return Make(Verdict.Allowed, [new Reason(rule, Note(Messages.ContractedAllowed))],
                [new Obligation("confidentiality", rule, Messages.Confidentiality)]);
        }

        if (recipient == Recipient.PublicBodies.Index)
        {
            return basis == SharingBasis.LegalObligation
                ? Allowed(Reason(RuleId.RecipientPublicBodies, Note(Messages.PublicBodiesAllowed)))
                : Denied(Reason(RuleId.RecipientPublicBodies, Note(Messages.PublicBodiesDenied)));
        }

        if (recipient == Recipient.JusticeAuxiliaries.Index || recipient == Recipient.DebtCollectors.Index)
        {
            return basis == SharingBasis.DebtRecovery
                ? Allowed(Reason(RuleId.RecipientDebtRecovery, Note(Messages.DebtRecoveryAllowed)))
                : Denied(Reason(RuleId.RecipientDebtRecovery, Note(Messages.DebtRecoveryDenied)));
        }

        return recipient == Recipient.UnlistedIndex
            ? Denied(Reason(RuleId.RecipientUnknown, Note(Messages.UnknownRecipient)))
            : Allowed(Reason(RuleId.RecipientAccess, Note(Messages.AccessAllowed)));
    }

    private Decision DecideTransfer(TransferClass transferClass, bool commitment, bool consent, bool objected, bool viaShare)
    {
        var denying = new List<Reason>();
        Reason? allowing = null;
        switch (transferClass)
        {
            case TransferClass.InternalCode:
                denying.Add(Reason(RuleId.TransferInternalCode, Messages.InternalCodeTransfer));
                break;
            case TransferClass.IdentityOrSituation:
                if (commitment)
                {
                    allowing = Reason(RuleId.TransferIdentitySituation, Messages.IdentitySituationAllowed);
                }
                else
                {
                    denying.Add(Reason(RuleId.TransferIdentitySituation, Messages.IdentitySituationDenied));
                }

                break;
            case TransferClass.Relationship:
            case TransferClass.SensitiveRelationship:
                var sensitive = transferClass == TransferClass.SensitiveRelationship;
                var rule = sensitive ? RuleId.TransferSensitiveConsent : RuleId.TransferRelationshipConsent;
                if (commitment && consent)
                {
                    allowing = Reason(rule, sensitive ? Messages.SensitiveAllowed : Messages.RelationshipAllowed);
                }
                else
                {
                    var missing = !consent && !commitment ? Messages.MissingBoth : !consent ? Messages.MissingConsent : Messages.MissingCommitment;
                    denying.Add(Reason(rule, Messages.Join(sensitive ? Messages.SensitiveDenied : Messages.RelationshipDenied, missing)));
                }

                break;
            default:
                denying.Add(Reason(RuleId.TransferOther, transferClass switch
                {
                    TransferClass.PaymentMeans => Messages.PaymentTransfer,
                    TransferClass.InvoiceSettlement => Messages.InvoiceTransfer,
                    _ => Messages.ConnectionTransfer,
                }));
                break;
        }

        if (objected)
        {
            denying.Add(Reason(RuleId.TransferObjection, Messages.ObjectionTransfer));
        }

        if (denying.Count > 0)
        {
            var ordered = denying.OrderBy(r => r.RuleId)
                .Select(r => viaShare ? new Reason(r.Rule, Messages.Join(r.Message, Messages.AskTransfer)) : r)
                .ToArray();
            return Denied(ordered);
        }

        var allowed = allowing!;
        return Make(Verdict.Allowed, [allowed], [new Obligation("acquirer-commitment", allowed.Rule, Messages.AcquirerCommitment)]);
    }

    /// <summary>Whether a rule applies the field or recipient lists that later editions hold unconfirmed (art. 3 and 4).</summary>
    private static bool AppliesUnconfirmedList(RuleId id) =>
        id is RuleId.DataListed or (>= RuleId.RecipientAccess and <= RuleId.RecipientUnknown)
            or RuleId.TransferInternalCode or RuleId.TransferIdentitySituation
            or (>= RuleId.TransferSensitiveConsent and <= RuleId.TransferOther);

    private Reason Reason(RuleId id, LocalizedText message) => new(rulebook[id], message);

    private Decision Denied(params Reason[] reasons) => Make(Verdict.Denied, reasons, null);

    private Decision Allowed(Reason reason) => Make(Verdict.Allowed, [reason], null);

    private Decision Make(Verdict verdict, Reason[] reasons, Obligation[]? obligations)
    {
        Advisory[]? advisories = null;
        if (!ReferenceEquals(edition, Edition.Ns2005) && System.Array.Find(reasons, r => AppliesUnconfirmedList(r.RuleId)) is { } listed)
        {
            advisories = [new Advisory(listed.Rule, null, Messages.UnconfirmedLists(edition), "unconfirmed")];
        }

        return new Decision(verdict, edition, reasons, obligations, advisories);
    }
}
