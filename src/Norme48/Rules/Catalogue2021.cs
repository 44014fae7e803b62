using Norme48.Vocabulary;

namespace Norme48.Rules;

/// <summary>
/// The rules of <c>ref-2021</c> (CNIL Délibération n° 2021-131, référentiel on commercial management), as RULES.md cuts
/// them. The référentiel is guidance under the GDPR: every rule is <see cref="RuleStrength.Recommended"/> except those
/// that restate a statute, which stay <see cref="RuleStrength.Mandatory"/>.
/// </summary>
internal static class Catalogue2021
{
    private const string Scope = "Référentiel gestion commerciale (2021), champ d'application";
    private const string Data = "Référentiel gestion commerciale (2021), données";
    private const string Recipients = "Référentiel gestion commerciale (2021), destinataires";
    private const string Retention = "Référentiel gestion commerciale (2021), durées de conservation";
    private const string Information = "Référentiel gestion commerciale (2021), information des personnes";
    private const string Security = "Référentiel gestion commerciale (2021), sécurité";
    private const string Transfers = "Référentiel gestion commerciale (2021), transferts hors UE";
    private const string Cards = "CNIL, délibération n° 2018-303 (cartes de paiement)";
    private const string Objection = "RGPD, art. 21";

    private const string DataUnread = " The référentiel's data list has not been read: the 2005 list is applied until it is.";
    private const string DataUnreadFr = " La liste des données du référentiel n'ayant pas été lue, la liste de 2005 est appliquée jusqu'à sa lecture.";
    private const string RecipientsUnread = " The référentiel's recipient list has not been read: the 2005 list is applied until it is.";
    private const string RecipientsUnreadFr = " La liste des destinataires du référentiel n'ayant pas été lue, la liste de 2005 est appliquée jusqu'à sa lecture.";

    // Stryker disable all : static initialiser, run once per test process before any mutant is active (README, Mutation testing)
    public static readonly Rulebook Rulebook = new(Edition.Ref2021,
    [
        Rule(RuleId.ScopeSector, RuleConfidence.ConcordantCopy, Scope, null,
            "Health, education, banking and insurance organisations, and online gambling operators subject to approval, are outside the référentiel.",
            "Les organismes des secteurs de la santé, de l'éducation, de la banque et de l'assurance, ainsi que les opérateurs de jeux en ligne soumis à agrément, sont exclus du référentiel."),
        Rule(RuleId.ScopeExcludedUse, RuleConfidence.ConcordantCopy, Scope, null,
            "Processing liable to exclude persons from a right, a service or a contract, fraud detection, and profiling from third-party data are excluded uses.",
            "Les traitements susceptibles d'exclure des personnes du bénéfice d'un droit, d'une prestation ou d'un contrat, la détection de la fraude et le profilage à partir de données de tiers sont des utilisations exclues."),
        Rule(RuleId.DataNir, RuleConfidence.Interpretation, Data, null,
            "The NIR (social-security number), and any field of the excluded category, may never be collected, shared, transferred or kept (the 2005 rule, applied until the référentiel's data list is read).",
            "Le NIR (numéro de sécurité sociale), comme toute donnée de la catégorie exclue, ne peut être ni collecté, ni communiqué, ni cédé, ni conservé (règle de 2005, appliquée jusqu'à la lecture de la liste des données du référentiel)."),
        Rule(RuleId.DataConnectionStatsOnly, RuleConfidence.Interpretation, Data, null,
            "Connection data may be collected and used only for website audience statistics; the trackers themselves follow article 82 of loi n° 78-17 and the CNIL cookie guidelines, outside the référentiel.",
            "Les données de connexion ne peuvent être collectées et exploitées qu'à des fins de statistiques de fréquentation du site ; les traceurs eux-mêmes relèvent de l'article 82 de la loi n° 78-17 et des lignes directrices de la CNIL sur les cookies, hors du référentiel."),
        Rule(RuleId.DataListed, RuleConfidence.Interpretation, Data, null,
            "Every other listed field, and every custom field of a listed category, may be collected for any purpose of the référentiel that is not an excluded use." + DataUnread,
            "Toute autre donnée listée, et toute donnée propre au responsable rangée dans une catégorie listée, peut être collectée pour toute finalité du référentiel qui n'est pas une utilisation exclue." + DataUnreadFr),
        Rule(RuleId.DataInternalCode, RuleConfidence.Interpretation, Data, null,
            "The internal client code may not be the NIR (social-security number) or a bank card number (the 2005 rule, applied until the référentiel's data list is read).",
            "Le code interne permettant d'identifier le client ne peut être ni le NIR (numéro de sécurité sociale) ni un numéro de carte bancaire (règle de 2005, appliquée jusqu'à la lecture de la liste des données du référentiel)."),
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
            "A person who objected to prospecting is never ceded, rented or exchanged; the right to object is a statute, not guidance.",
            "Une personne qui s'est opposée à la prospection n'est jamais cédée, louée ou échangée ; le droit d'opposition relève de la loi, non de la seule recommandation."),
        Rule(RuleId.TransferSensitiveConsent, RuleConfidence.Interpretation, Data, null,
            LaterEditionTexts.TransferSensitiveConsent.English + DataUnread,
            LaterEditionTexts.TransferSensitiveConsent.French + DataUnreadFr),
        Rule(RuleId.TransferRelationshipConsent, RuleConfidence.Interpretation, Data, null,
            "Other commercial-relationship data may be ceded, rented or exchanged only with the person's express consent and the acquirer's commitment (an interpretation)." + DataUnread,
            "Les autres données de la relation commerciale ne peuvent être cédées, louées ou échangées qu'avec le consentement exprès de la personne et l'engagement du destinataire (interprétation)." + DataUnreadFr),
        Rule(RuleId.TransferOther, RuleConfidence.Interpretation, Data, null,
            LaterEditionTexts.TransferOther.English + DataUnread,
            LaterEditionTexts.TransferOther.French + DataUnreadFr),
        Rule(RuleId.RetentionClient, RuleConfidence.ConcordantCopy, Retention, null,
            "Client data are kept only for the duration of the commercial relationship.",
            "Les données clients ne sont conservées que pendant la durée de la relation commerciale."),
        Rule(RuleId.RetentionClientProof, RuleConfidence.Interpretation, "Référentiel gestion commerciale (2021); C. com. L123-22; C. conso. L213-1", null,
            "Data needed to prove a right or a contract go to an intermediate archive for 10 years: accounting documents under C. com. L123-22, consumer e-contracts of 120 € or more from their conclusion or deferred delivery under C. conso. L213-1; other documents 5 years only, the general limitation period.",
            "Les données nécessaires à la preuve d'un droit ou d'un contrat sont placées en archive intermédiaire pendant 10 ans : pièces comptables (C. com. L123-22), contrats électroniques de consommation de 120 € ou plus, à compter de leur conclusion ou de la livraison différée (C. conso. L213-1) ; les autres documents 5 ans seulement, délai de prescription de droit commun."),
        Rule(RuleId.RetentionProspectNecessary, RuleConfidence.Interpretation, Retention, null,
            LaterEditionTexts.RetentionProspectNecessary.English,
            LaterEditionTexts.RetentionProspectNecessary.French),
        Rule(RuleId.InfoNotice, RuleConfidence.Interpretation, Information, null,
            "At collection the person is told the controller's identity, the purposes, whether answers are mandatory or optional, the consequences of not answering, the recipients, and their rights and how to exercise them; a collection form itself carries at least the identity, the purposes, the mandatory answers and the rights (the 2016 article 6, applied as an interpretation).",
            "Lors de la collecte, la personne est informée de l'identité du responsable, des finalités, du caractère obligatoire ou facultatif des réponses, des conséquences d'un défaut de réponse, des destinataires, ainsi que de ses droits et de leurs modalités d'exercice ; un formulaire de collecte porte lui-même au moins l'identité, les finalités, le caractère obligatoire des réponses et les droits (article 6 de 2016, appliqué par interprétation)."),
        Rule(RuleId.InfoProspectingObjection, RuleConfidence.Interpretation, Information, null,
            LaterEditionTexts.InfoProspectingObjection.English,
            LaterEditionTexts.InfoProspectingObjection.French),
        Rule(RuleId.ProspectingElectronicConsent, RuleConfidence.Statute, "CPCE L34-5", null,
            "Prospecting a natural person by e-mail, SMS, fax or automated calls needs their prior consent, unless the client or professional exception applies.",
            "La prospection d'une personne physique par courriel, SMS, télécopie ou automate d'appel nécessite son consentement préalable, sauf exception client ou professionnelle."),
        Rule(RuleId.ProspectingCheckbox, RuleConfidence.Interpretation, Information, null,
            LaterEditionTexts.ProspectingCheckbox.English,
            LaterEditionTexts.ProspectingCheckbox.French),
        Rule(RuleId.ProspectingObjected, RuleConfidence.Statute, Objection, null,
            "A person who objected to prospecting is never solicited, on any channel.",
            "Une personne qui s'est opposée à la prospection n'est jamais sollicitée, quel que soit le canal."),
        Rule(RuleId.ProspectingOptOut, RuleConfidence.Statute, "C. conso. L223-1", null,
            "Postal mail is allowed unless the person objected; telephone to a consumer is allowed unless they objected or are on the opposition list, only until 2026-08-10.",
            "Le courrier postal est admis sauf opposition de la personne ; le téléphone vers un consommateur est admis sauf opposition ou inscription sur la liste d'opposition, jusqu'au 10 août 2026 seulement."),
        Rule(RuleId.RetentionProspectThreeYears, RuleConfidence.ConcordantCopy, Retention, null,
            LaterEditionTexts.RetentionProspectThreeYears.English,
            LaterEditionTexts.RetentionProspectThreeYears.French),
        Rule(RuleId.RetentionProspectRecontact, RuleConfidence.ConcordantCopy, Retention, null,
            LaterEditionTexts.RetentionProspectRecontact.English,
            LaterEditionTexts.RetentionProspectRecontact.French),
        Rule(RuleId.RetentionClientProspectingThreeYears, RuleConfidence.ConcordantCopy, Retention, null,
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
        Rule(RuleId.RetentionObjectionListThreeYears, RuleConfidence.ConcordantCopy, Retention, null,
            LaterEditionTexts.RetentionObjectionListThreeYears.English,
            LaterEditionTexts.RetentionObjectionListThreeYears.French),
        Rule(RuleId.RetentionAccountInactiveTwoYears, RuleConfidence.ConcordantCopy, Retention, null,
            "An online account with no activity for 2 years is deleted, after the user has been warned.",
            "Un compte en ligne sans activité depuis 2 ans est supprimé, après que l'utilisateur en a été averti."),
        Rule(RuleId.ProspectingSoftOptIn, RuleConfidence.Statute, "CPCE L34-5", null,
            LaterEditionTexts.ProspectingSoftOptIn.English,
            LaterEditionTexts.ProspectingSoftOptIn.French),
        Rule(RuleId.ProspectingBusinessToBusiness, RuleConfidence.ConcordantCopy, "CPCE L34-5; doctrine de la CNIL", null,
            LaterEditionTexts.ProspectingBusinessToBusiness.English,
            LaterEditionTexts.ProspectingBusinessToBusiness.French),
        Rule(RuleId.ProspectingPhoneConsent, RuleConfidence.Statute, "Loi n° 2025-594; C. conso. L223-1", null,
            "From 2026-08-11 (the solicitation's Europe/Paris local date), telephone prospecting of a consumer needs their prior consent.",
            "À compter du 11 août 2026 (date locale de la sollicitation à Paris), la prospection téléphonique d'un consommateur nécessite son consentement préalable."),
        Rule(RuleId.SecurityAuthentication, RuleConfidence.Interpretation, Security, null,
            "Everyone who accesses the data is individually authenticated: an individual login and a robust, regularly renewed password, or another means (the 2016 measure, as guidance).",
            "Toute personne accédant aux données est authentifiée individuellement : identifiant propre et mot de passe robuste, renouvelé régulièrement, ou tout autre moyen (mesure de 2016, à titre de recommandation)."),
        Rule(RuleId.SecurityPasswords, RuleConfidence.Interpretation, Security, null,
            "Passwords are never stored in clear (the 2016 measure, as guidance).",
            "Les mots de passe ne sont jamais conservés en clair (mesure de 2016, à titre de recommandation)."),
        Rule(RuleId.SecurityTransit, RuleConfidence.Interpretation, Security, null,
            "Data crossing insecure channels are made unintelligible to unauthorised persons, for instance with HTTPS (the 2016 measure, as guidance).",
            "Les données transmises par des canaux non sécurisés sont rendues inintelligibles aux personnes non autorisées, par exemple au moyen de HTTPS (mesure de 2016, à titre de recommandation)."),
        Rule(RuleId.SecurityPaymentTrace, RuleConfidence.Interpretation, Security, null,
            "Access to payment-means data is traced, so that an illegitimate access can be detected and attributed (the 2016 measure, as guidance).",
            "Les accès aux données relatives aux moyens de paiement sont tracés, afin de détecter et d'imputer un accès illégitime (mesure de 2016, à titre de recommandation)."),
        Rule(RuleId.TransferAbroadBasis, RuleConfidence.Interpretation, Transfers, null,
            "A transfer outside the EU rests on an adequacy decision, standard contractual clauses, binding corporate rules or clauses approved by the CNIL, or on an exception for occasional transfers only; repetitive, massive or structural transfers are outside the référentiel (the 2016 bases, as guidance).",
            "Un transfert hors de l'Union européenne repose sur une décision d'adéquation, des clauses contractuelles types, des règles d'entreprise contraignantes ou des clauses approuvées par la CNIL, ou sur une exception réservée aux transferts ponctuels ; les transferts répétitifs, massifs ou structurels sortent du référentiel (bases de 2016, à titre de recommandation)."),
    ]);
    // Stryker restore all

    internal static Rule Rule(RuleId id, RuleConfidence confidence, string source, string? quote, string english, string french) =>
        new(id, Edition.Ref2021,
            id is RuleId.TransferObjection or RuleId.ProspectingObjected or RuleId.ProspectingElectronicConsent
                or RuleId.ProspectingSoftOptIn or RuleId.ProspectingBusinessToBusiness or RuleId.ProspectingOptOut
                or RuleId.ProspectingPhoneConsent
                ? RuleStrength.Mandatory
                : RuleStrength.Recommended,
            confidence, source, quote, new LocalizedText(english, french));
}
