namespace Norme48.Rules;

/// <summary>
/// The stable id of a rule, such as <c>NS48-DATA-NIR</c>. Members are declared in catalogue order: the rules of
/// <c>ns48-2005</c> in the order of the norm, then the ids that exist only in later editions. A rule id names one
/// obligation; each edition that has it gives it its own source, strength and texts (see <see cref="Rule"/>).
/// </summary>
/// <remarks>Format an id with <see cref="RuleIds.ToId(RuleId)"/>; parse one with <see cref="RuleIds.Parse(string)"/>.</remarks>
public enum RuleId
{
    /// <summary><c>NS48-SCOPE-SECTOR</c>: health, education, banking and insurance are outside the norm.</summary>
    ScopeSector = 1,

    /// <summary><c>NS48-SCOPE-EXCLUDED-USE</c>: the excluded uses are denied.</summary>
    ScopeExcludedUse = 2,

    /// <summary><c>NS48-DATA-NIR</c>: the NIR may never be collected.</summary>
    DataNir = 3,

    /// <summary><c>NS48-DATA-CONNECTION-STATS-ONLY</c>: connection data serve website audience statistics only.</summary>
    DataConnectionStatsOnly = 4,

    /// <summary><c>NS48-DATA-LISTED</c>: a listed field may be collected for any non-excluded purpose.</summary>
    DataListed = 5,

    /// <summary><c>NS48-DATA-INTERNAL-CODE</c>: the internal client code may not be the NIR or a card number.</summary>
    DataInternalCode = 6,

    /// <summary><c>NS48-RCPT-ACCESS</c>: staff, control services and contracted companies within their remit.</summary>
    RecipientAccess = 7,

    /// <summary><c>NS48-RCPT-PUBLIC-BODIES</c>: public bodies only for a legal obligation.</summary>
    RecipientPublicBodies = 8,

    /// <summary><c>NS48-RCPT-DEBT-RECOVERY</c>: justice auxiliaries and debt collectors only for debt recovery.</summary>
    RecipientDebtRecovery = 9,

    /// <summary><c>NS48-RCPT-UNKNOWN</c>: a recipient the norm does not list is denied.</summary>
    RecipientUnknown = 10,

    /// <summary><c>NS48-TRANSFER-INTERNAL-CODE</c>: the internal client code is never ceded, rented or exchanged.</summary>
    TransferInternalCode = 11,

    /// <summary><c>NS48-TRANSFER-IDENTITY-SITUATION</c>: identity and situation data with the acquirer's commitment.</summary>
    TransferIdentitySituation = 12,

    /// <summary><c>NS48-TRANSFER-OBJECTION</c>: a person who objected is never transferred.</summary>
    TransferObjection = 13,

    /// <summary><c>NS48-TRANSFER-SENSITIVE-CONSENT</c>: sensitive-revealing relationship data only with express consent.</summary>
    TransferSensitiveConsent = 14,

    /// <summary><c>NS48-TRANSFER-RELATIONSHIP-CONSENT</c>: other relationship data only with express consent (interpretation).</summary>
    TransferRelationshipConsent = 15,

    /// <summary><c>NS48-TRANSFER-OTHER</c>: payment, invoice-settlement and connection data are never transferred.</summary>
    TransferOther = 16,

    /// <summary><c>NS48-RET-CLIENT</c>: client data are not kept beyond the commercial relationship.</summary>
    RetentionClient = 17,

    /// <summary><c>NS48-RET-CLIENT-PROOF</c>: proof data may be archived for ten years.</summary>
    RetentionClientProof = 18,

    /// <summary><c>NS48-RET-PROSPECT-1Y</c>: prospect data deleted one year after the last contact from the prospect.</summary>
    RetentionProspectOneYear = 19,

    /// <summary><c>NS48-RET-PROSPECT-2-UNANSWERED</c>: prospect data deleted after two unanswered solicitations.</summary>
    RetentionProspectTwoUnanswered = 20,

    /// <summary><c>NS48-RET-PROSPECT-NECESSARY</c>: prospect data kept only as long as prospecting needs them.</summary>
    RetentionProspectNecessary = 21,

    /// <summary><c>NS48-INFO-NOTICE</c>: the six information items at collection.</summary>
    InfoNotice = 22,

    /// <summary><c>NS48-INFO-PROSPECTING-OBJECTION</c>: the right to object to prospecting, free of charge.</summary>
    InfoProspectingObjection = 23,

    /// <summary><c>NS48-PROSP-E-CONSENT</c>: electronic prospecting needs prior consent.</summary>
    ProspectingElectronicConsent = 24,

    /// <summary><c>NS48-PROSP-EXCEPTION-OBJECTION</c>: the exceptions need an objection offered at collection.</summary>
    ProspectingExceptionObjection = 25,

    /// <summary><c>NS48-PROSP-CHECKBOX</c>: consent or objection by a simple means such as a checkbox.</summary>
    ProspectingCheckbox = 26,

    /// <summary><c>NS48-PROSP-OBJECTED</c>: a person who objected is never solicited.</summary>
    ProspectingObjected = 27,

    /// <summary><c>NS48-PROSP-OPT-OUT</c>: postal mail and telephone unless the person objected.</summary>
    ProspectingOptOut = 28,

    /// <summary><c>NS48-INFO-COOKIES</c>: trackers' purpose and how to refuse them.</summary>
    InfoCookies = 29,

    /// <summary><c>NS48-SEC</c>: security precautions (a declaration checklist).</summary>
    Security = 30,

    /// <summary><c>NS48-TRANSFER-OUTSIDE-EU</c>: transfers outside the EU under conditions (declared).</summary>
    TransferOutsideEu = 31,

    /// <summary><c>NS48-RET-PROSPECT-3Y</c>: prospect data three years after collection or the last contact (from <c>ns48-2016</c>).</summary>
    RetentionProspectThreeYears = 32,

    /// <summary><c>NS48-RET-PROSPECT-RECONTACT</c>: ask the prospect before purging (from <c>ns48-2016</c>).</summary>
    RetentionProspectRecontact = 33,

    /// <summary><c>NS48-RET-CLIENT-PROSPECTING-3Y</c>: client data used for prospecting, three years after the relationship (from <c>ns48-2016</c>).</summary>
    RetentionClientProspectingThreeYears = 34,

    /// <summary><c>NS48-RET-CARD-TRANSACTION</c>: card data until the transaction completes (from <c>ns48-2016</c>).</summary>
    RetentionCardTransaction = 35,

    /// <summary><c>NS48-RET-CARD-DISPUTE</c>: card data archived for disputes (from <c>ns48-2016</c>).</summary>
    RetentionCardDispute = 36,

    /// <summary><c>NS48-RET-CARD-CVV</c>: the card security code never kept after the first transaction (from <c>ns48-2016</c>).</summary>
    RetentionCardCvv = 37,

    /// <summary><c>NS48-RET-CARD-CONSENT</c>: a card kept for later purchases only with consent (from <c>ns48-2016</c>).</summary>
    RetentionCardConsent = 38,

    /// <summary><c>NS48-RET-TRACKER-13M</c>: trackers and raw audience data, 13 months (<c>ns48-2016</c>).</summary>
    RetentionTracker13Months = 39,

    /// <summary><c>NS48-RET-OBJECTION-LIST-3Y</c>: objection lists kept at least three years (from <c>ns48-2016</c>).</summary>
    RetentionObjectionListThreeYears = 40,

    /// <summary><c>NS48-RET-ACCOUNT-INACTIVE-2Y</c>: inactive online accounts deleted after two years (<c>ref-2021</c>).</summary>
    RetentionAccountInactiveTwoYears = 41,

    /// <summary><c>NS48-PROSP-SOFT-OPT-IN</c>: the client exception to prior consent (from <c>ns48-2016</c>).</summary>
    ProspectingSoftOptIn = 42,

    /// <summary><c>NS48-PROSP-B2B</c>: the professional exception to prior consent (from <c>ns48-2016</c>).</summary>
    ProspectingBusinessToBusiness = 43,

    /// <summary><c>NS48-PROSP-PHONE-CONSENT</c>: telephone prospecting of consumers needs consent from 2026-08-11 (<c>ref-2021</c>).</summary>
    ProspectingPhoneConsent = 44,

    /// <summary><c>NS48-SEC-AUTH</c>: individual authentication (from <c>ns48-2016</c>).</summary>
    SecurityAuthentication = 45,

    /// <summary><c>NS48-SEC-PASSWORDS</c>: passwords never stored in clear (from <c>ns48-2016</c>).</summary>
    SecurityPasswords = 46,

    /// <summary><c>NS48-SEC-TRANSIT</c>: data encrypted in transit (from <c>ns48-2016</c>).</summary>
    SecurityTransit = 47,

    /// <summary><c>NS48-SEC-PAYMENT-TRACE</c>: access to payment data traced (from <c>ns48-2016</c>).</summary>
    SecurityPaymentTrace = 48,

    /// <summary><c>NS48-TRANSFER-ABROAD-BASIS</c>: a legal basis for transfers abroad (from <c>ns48-2016</c>).</summary>
    TransferAbroadBasis = 49,
}
