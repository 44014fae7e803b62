using Norme48.Vocabulary;

namespace Norme48.Rules;

/// <summary>
/// The rules of <c>ns48-2016</c> (CNIL Délibération n° 2012-209 as modified by Délibération n° 2016-264), as RULES.md
/// cuts them. Every rule is a condition of the norm (<see cref="RuleStrength.Mandatory"/>) except
/// <c>NS48-RET-PROSPECT-RECONTACT</c>, a possibility the norm offers (<see cref="RuleStrength.Recommended"/>).
/// </summary>
internal static class Catalogue2016
{
    private const string Scope = "NS-48 (2016), art. 1 (champ d'application)";
    private const string Purposes = "NS-48 (2016), art. 2 (finalités)";
    private const string Data = "NS-48 (2016), art. 3 (données)";
    private const string Recipients = "NS-48 (2016), art. 4 (destinataires)";
    private const string Retention = "NS-48 (2016), art. 5 (durée de conservation)";
    private const string Information = "NS-48 (2016), art. 6 (information)";
    private const string Security = "NS-48 (2016), art. 8 (sécurité)";
    private const string Transfers = "NS-48 (2016), art. 9 (transferts)";
    private const string Cards = "NS-48 (2016), art. 5; CNIL, délibération n° 2013-358";
    private const string Objection = "Loi n° 78-17, art. 38";

    private const string DataUnread = " Article 3 of the 2016 text has not been read: the 2005 list is applied until it is.";
    private const string DataUnreadFr = " L'article 3 du texte de 2016 n'ayant pas été lu, la liste de 2005 est appliquée jusqu'à sa lecture.";
    private const string RecipientsUnread = " Article 4 of the 2016 text has not been read: the 2005 list is applied until it is.";
    private const string RecipientsUnreadFr = " L'article 4 du texte de 2016 n'ayant pas été lu, la liste de 2005 est appliquée jusqu'à sa lecture.";

    // Stryker disable all : static initialiser, run once per test process before any mutant is active (README, Mutation testing)
    public static readonly Rulebook Rulebook = new(Edition.Ns2016,
    [
        Rule(RuleId.ScopeSector, RuleConfidence.ConcordantCopy, Scope, null,
            "Health, education, banking and insurance organisations, and online gambling operators subject to approval, may not use the norm: their processing is outside it.",
            "Les organismes des secteurs de la santé, de l'éducation, de la banque et de l'assurance, ainsi que les opérateurs de jeux en ligne soumis à agrément, ne peuvent pas utiliser la norme : leurs traitements en sont exclus."),
        Rule(RuleId.ScopeExcludedUse, RuleConfidence.ConcordantCopy, Purposes, null,
            "Processing liable to exclude persons from a right, a service or a contract is an excluded use; a loyalty programme within one or several legal entities is allowed.",
            "Les traitements susceptibles d'exclure des personnes du bénéfice d'un droit, d'une prestation ou d'un contrat sont une utilisation exclue ; un programme de fidélité au sein d'une ou de plusieurs entités juridiques est admis."),
        Rule(RuleId.DataNir, RuleConfidence.Interpretation, Data, null,
            "The NIR (social-security number), and any field of the excluded category, may never be collected, shared, transferred or kept (the 2005 rule, applied until article 3 is read).",
            "Le NIR (numéro de sécurité sociale), comme toute donnée de la catégorie exclue, ne peut être ni collecté, ni communiqué, ni cédé, ni conservé (règle de 2005, appliquée jusqu'à la lecture de l'article 3)."),
        Rule(RuleId.DataConnectionStatsOnly, RuleConfidence.Interpretation, Data, null,
            "Connection data may be collected and used only for website audience statistics (the 2005 rule, applied until article 3 is read).",
            "Les données de connexion ne peuvent être collectées et exploitées qu'à des fins de statistiques de fréquentation du site (règle de 2005, appliquée jusqu'à la lecture de l'article 3)."),
        Rule(RuleId.DataListed, RuleConfidence.Interpretation, Data, null,
            "Every other listed field, and every custom field of a listed category, may be collected for any purpose of the norm that is not an excluded use." + DataUnread,
            "Toute autre donnée listée, et toute donnée propre au responsable rangée dans une catégorie listée, peut être collectée pour toute finalité de la norme qui n'est pas une utilisation exclue." + DataUnreadFr),
        Rule(RuleId.DataInternalCode, RuleConfidence.Interpretation, Data, null,
            "The internal client code may not be the NIR (social-security number) or a bank card number (the 2005 rule, applied until article 3 is read).",
            "Le code interne permettant d'identifier le client ne peut être ni le NIR (numéro de sécurité sociale) ni un numéro de carte bancaire (règle de 2005, appliquée jusqu'à la lecture de l'article 3)."),
        Rule(RuleId.RecipientAccess, RuleConfidence.Interpretation, Recipients, null,
            LaterEditionTexts.RecipientAccess.English + RecipientsUnread,
            LaterEditionTexts.RecipientAccess.French + RecipientsUnreadFr),
        Rule(RuleId.RecipientPublicBodies, RuleConfidence.Interpretation, Recipients, null,
            LaterEditionTexts.RecipientPublicBodies.English + RecipientsUnread,
            LaterEditionTexts.RecipientPublicBodies.French + RecipientsUnreadFr),
        Rule(RuleId.RecipientDebtRecovery, RuleConfidence.Interpretation, Recipients, null,
            LaterEditionTexts.RecipientDebtRecovery.English + RecipientsUnread,
            LaterEditionTexts.RecipientDebtRecovery.French + RecipientsUnreadFr),
        Rule(RuleId.RecipientUnknown, RuleConfidence.Interpretation, Recipients, null,
            LaterEditionTexts.RecipientUnknown.English + RecipientsUnread,
            LaterEditionTexts.RecipientUnknown.French + RecipientsUnreadFr),
        Rule(RuleId.TransferInternalCode, RuleConfidence.Interpretation, Data, null,
            LaterEditionTexts.TransferInternalCode.English + DataUnread,
            LaterEditionTexts.TransferInternalCode.French + DataUnreadFr),
        Rule(RuleId.TransferIdentitySituation, RuleConfidence.Interpretation, Data, null,
            LaterEditionTexts.TransferIdentitySituation.English + DataUnread,
            LaterEditionTexts.TransferIdentitySituation.French + DataUnreadFr),
        Rule(RuleId.TransferObjection, RuleConfidence.Statute, Objection, null,
            "A person who objected (free of charge and without giving reasons) is never ceded, rented or exchanged.",
            "Une personne qui s'y est opposée (sans frais et sans avoir à se justifier) n'est jamais cédée, louée ou échangée."),
        Rule(RuleId.TransferSensitiveConsent, RuleConfidence.Interpretation, Data, null,
            LaterEditionTexts.TransferSensitiveConsent.English + DataUnread,
            LaterEditionTexts.TransferSensitiveConsent.French + DataUnreadFr),
        Rule(RuleId.TransferRelationshipConsent, RuleConfidence.Interpretation, Data, null,
            "Other commercial-relationship data may be ceded, rented or exchanged only with the person's express consent and the acquirer's commitment (an interpretation of the norm)." + DataUnread,
            "Les autres données de la relation commerciale ne peuvent être cédées, louées ou échangées qu'avec le consentement exprès de la personne et l'engagement du destinataire (interprétation de la norme)." + DataUnreadFr),
        Rule(RuleId.TransferOther, RuleConfidence.Interpretation, Data, null,
            LaterEditionTexts.TransferOther.English + DataUnread,
            LaterEditionTexts.TransferOther.French + DataUnreadFr),
        Rule(RuleId.RetentionClient, RuleConfidence.OfficialText, Retention, null,
            "Client data are kept only as long as strictly necessary for the commercial relationship, which ends for example with a purchase, a warranty's expiry, a service contract's end or the client's last contact; statistics beyond that use irreversibly anonymised data only.",
            "Les données clients ne sont conservées que le temps strictement nécessaire à la relation commerciale, qui prend fin par exemple à un achat, à l'expiration d'une garantie, à la fin d'un contrat de prestation ou au dernier contact du client ; au-delà, les statistiques n'utilisent que des données anonymisées de manière irréversible."),
        Rule(RuleId.RetentionClientProof, RuleConfidence.Interpretation, Retention + "; C. com. L123-22; C. conso. L213-1", null,
            "Data needed to prove a right or a contract go to an intermediate archive (a dedicated base or a logical separation) for 10 years: accounting documents under C. com. L123-22, consumer e-contracts of 120 € or more from their conclusion or deferred delivery under C. conso. L213-1; other documents 5 years only, the general limitation period.",
            "Les données nécessaires à la preuve d'un droit ou d'un contrat sont placées en archive intermédiaire (base dédiée ou séparation logique) pendant 10 ans : pièces comptables (C. com. L123-22), contrats électroniques de consommation de 120 € ou plus, à compter de leur conclusion ou de la livraison différée (C. conso. L213-1) ; les autres documents 5 ans seulement, délai de prescription de droit commun."),
        Rule(RuleId.RetentionProspectNecessary, RuleConfidence.Interpretation, Retention, null,
            LaterEditionTexts.RetentionProspectNecessary.English,
            LaterEditionTexts.RetentionProspectNecessary.French),
        Rule(RuleId.InfoNotice, RuleConfidence.OfficialText, Information, null,
            "At collection the person is told the controller's identity, the purposes, whether answers are mandatory or optional, the consequences of not answering, the recipients, and the existence and means of exercising the rights of access, rectification and objection; a questionnaire or web form itself carries at least the identity, the purposes, the mandatory answers and the rights.",
            "Lors de la collecte, la personne est informée de l'identité du responsable, des finalités, du caractère obligatoire ou facultatif des réponses, des conséquences d'un défaut de réponse, des destinataires, ainsi que de l'existence et des modalités d'exercice de ses droits d'accès, de rectification et d'opposition ; un questionnaire ou formulaire en ligne porte lui-même au moins l'identité, les finalités, le caractère obligatoire des réponses et les droits."),
        Rule(RuleId.InfoProspectingObjection, RuleConfidence.OfficialText, Information, null,
            LaterEditionTexts.InfoProspectingObjection.English,
            LaterEditionTexts.InfoProspectingObjection.French),
        Rule(RuleId.ProspectingElectronicConsent, RuleConfidence.OfficialText, Information, null,
            "Prospecting by e-mail, SMS, MMS, fax or automated calls needs the person's prior, express and specific consent, unless the client or professional exception applies.",
            "La prospection par courriel, SMS, MMS, télécopie ou automate d'appel nécessite le consentement préalable, exprès et spécifique de la personne, sauf exception client ou professionnelle."),
        Rule(RuleId.ProspectingCheckbox, RuleConfidence.Interpretation, Information, null,
            LaterEditionTexts.ProspectingCheckbox.English,
            LaterEditionTexts.ProspectingCheckbox.French),
        Rule(RuleId.ProspectingObjected, RuleConfidence.Statute, Objection, null,
            "A person who objected is never solicited, on any channel.",
            "Une personne qui s'y est opposée n'est jamais sollicitée, quel que soit le canal."),
        Rule(RuleId.ProspectingOptOut, RuleConfidence.Statute, "C. conso. L223-1", null,
            "Postal mail and telephone are allowed unless the person objected; a consumer on the telephone opposition list is not called.",
            "Le courrier postal et le téléphone sont admis sauf opposition de la personne ; un consommateur inscrit sur la liste d'opposition au démarchage téléphonique n'est pas appelé."),
        Rule(RuleId.InfoCookies, RuleConfidence.Statute, "Loi n° 78-17, art. 32-II", null,
            "Where trackers (cookies …) are used, users are told their purpose and how to refuse them.",
            "Lorsque des traceurs (cookies …) sont utilisés, les utilisateurs sont informés de leur finalité et des moyens de s'y opposer."),
        Rule(RuleId.RetentionProspectThreeYears, RuleConfidence.ConcordantCopy, Retention, null,
            LaterEditionTexts.RetentionProspectThreeYears.English,
            LaterEditionTexts.RetentionProspectThreeYears.French),
        Rule(RuleId.RetentionProspectRecontact, RuleConfidence.ConcordantCopy, Retention, "« pourra reprendre contact »",
            LaterEditionTexts.RetentionProspectRecontact.English,
            LaterEditionTexts.RetentionProspectRecontact.French),
        Rule(RuleId.RetentionClientProspectingThreeYears, RuleConfidence.OfficialText, Retention, null,
            LaterEditionTexts.RetentionClientProspectingThreeYears.English,
            LaterEditionTexts.RetentionClientProspectingThreeYears.French),
        Rule(RuleId.RetentionCardTransaction, RuleConfidence.OfficialText, Cards, null,
            LaterEditionTexts.RetentionCardTransaction.English,
            LaterEditionTexts.RetentionCardTransaction.French),
        Rule(RuleId.RetentionCardDispute, RuleConfidence.OfficialText, Cards, null,
            LaterEditionTexts.RetentionCardDispute.English,
            LaterEditionTexts.RetentionCardDispute.French),
        Rule(RuleId.RetentionCardCvv, RuleConfidence.OfficialText, Cards, null,
            LaterEditionTexts.RetentionCardCvv.English,
            LaterEditionTexts.RetentionCardCvv.French),
        Rule(RuleId.RetentionCardConsent, RuleConfidence.OfficialText, Cards, null,
            LaterEditionTexts.RetentionCardConsent.English,
            LaterEditionTexts.RetentionCardConsent.French),
        Rule(RuleId.RetentionTracker13Months, RuleConfidence.ConcordantCopy, "CNIL, délibération n° 2013-378 (traceurs)", null,
            "Trackers and raw audience data tied to an identifier are kept 13 months at most, a period new visits do not extend.",
            "Les traceurs et les données brutes de fréquentation associées à un identifiant sont conservés 13 mois au plus, délai que de nouvelles visites ne prolongent pas."),
        Rule(RuleId.RetentionObjectionListThreeYears, RuleConfidence.ConcordantCopy, Retention, null,
            LaterEditionTexts.RetentionObjectionListThreeYears.English,
            LaterEditionTexts.RetentionObjectionListThreeYears.French),
        Rule(RuleId.ProspectingSoftOptIn, RuleConfidence.Statute, "CPCE L34-5", null,
            LaterEditionTexts.ProspectingSoftOptIn.English,
            LaterEditionTexts.ProspectingSoftOptIn.French),
        Rule(RuleId.ProspectingBusinessToBusiness, RuleConfidence.ConcordantCopy, "CPCE L34-5; doctrine de la CNIL", null,
            LaterEditionTexts.ProspectingBusinessToBusiness.English,
            LaterEditionTexts.ProspectingBusinessToBusiness.French),
        Rule(RuleId.SecurityAuthentication, RuleConfidence.OfficialText, Security, null,
            "Everyone who accesses the data is individually authenticated: an individual login and a robust, regularly renewed password, or another means.",
            "Toute personne accédant aux données est authentifiée individuellement : identifiant propre et mot de passe robuste, renouvelé régulièrement, ou tout autre moyen."),
        Rule(RuleId.SecurityPasswords, RuleConfidence.OfficialText, Security, null,
            "Passwords are never stored in clear.",
            "Les mots de passe ne sont jamais conservés en clair."),
        Rule(RuleId.SecurityTransit, RuleConfidence.OfficialText, Security, null,
            "Data crossing insecure channels are made unintelligible to unauthorised persons, for instance with HTTPS.",
            "Les données transmises par des canaux non sécurisés sont rendues inintelligibles aux personnes non autorisées, par exemple au moyen de HTTPS."),
        Rule(RuleId.SecurityPaymentTrace, RuleConfidence.OfficialText, Security, null,
            "Access to payment-means data is traced, so that an illegitimate access can be detected and attributed; remote payments use appropriate measures.",
            "Les accès aux données relatives aux moyens de paiement sont tracés, afin de détecter et d'imputer un accès illégitime ; les paiements à distance font l'objet de mesures appropriées."),
        Rule(RuleId.TransferAbroadBasis, RuleConfidence.OfficialText, Transfers, null,
            "A transfer outside the EU is covered only with an adequacy decision, EU standard contractual clauses, binding corporate rules or clauses approved by the CNIL, or under an art. 69 exception for occasional transfers; repetitive, massive or structural transfers are outside the norm.",
            "Un transfert hors de l'Union européenne n'est couvert qu'avec une décision d'adéquation, des clauses contractuelles types, des règles d'entreprise contraignantes ou des clauses approuvées par la CNIL, ou au titre d'une exception de l'article 69 pour un transfert ponctuel ; les transferts répétitifs, massifs ou structurels sortent de la norme."),
    ]);
    // Stryker restore all

    internal static Rule Rule(RuleId id, RuleConfidence confidence, string source, string? quote, string english, string french) =>
        new(id, Edition.Ns2016,
            id is RuleId.RetentionProspectRecontact ? RuleStrength.Recommended : RuleStrength.Mandatory,
            confidence, source, quote, new LocalizedText(english, french));
}
