namespace Norme48.Rules;

/// <summary>
/// The statements <c>ns48-2016</c> and <c>ref-2021</c> give in the same words (the référentiel carries those rules over),
/// written once; each catalogue adds its own source, strength and, for the 2005 lists, its own "not read yet" note.
/// </summary>
internal static class LaterEditionTexts
{
    public static readonly (string English, string French) RecipientAccess = (
        "Commercial and administrative staff, their line managers and control services may see the data within their remit; contracted companies only for the execution of a contract, keeping the data confidential.",
        "Les personnels des services commerciaux et administratifs, leurs supérieurs hiérarchiques et les services de contrôle accèdent aux données dans la limite de leurs attributions ; les entreprises sous contrat, pour la seule exécution d'un contrat et sous obligation de confidentialité.");

    public static readonly (string English, string French) RecipientPublicBodies = (
        "Public bodies receive data exclusively to meet a legal obligation.",
        "Les organismes publics ne reçoivent des données que pour répondre à une obligation légale.");

    public static readonly (string English, string French) RecipientDebtRecovery = (
        "Court auxiliaries, ministerial officers and debt-collection bodies receive data only for debt recovery.",
        "Les auxiliaires de justice, officiers ministériels et organismes de recouvrement ne reçoivent des données que pour le recouvrement de créances.");

    public static readonly (string English, string French) RecipientUnknown = (
        "A recipient the list does not name may not receive the data.",
        "Un destinataire que la liste ne mentionne pas ne peut pas recevoir les données.");

    public static readonly (string English, string French) TransferInternalCode = (
        "The internal client code is never ceded, rented or exchanged.",
        "Le code interne d'identification du client n'est jamais cédé, loué ou échangé.");

    public static readonly (string English, string French) TransferIdentitySituation = (
        "Identity data (except the internal client code) and situation data may be ceded, rented or exchanged only if the acquirer commits to use them solely to address the persons directly, for commercial purposes.",
        "Les données d'identité (hors code interne) et de situation ne peuvent être cédées, louées ou échangées que si le destinataire s'engage à ne les exploiter que pour s'adresser directement aux personnes, à des fins commerciales.");

    public static readonly (string English, string French) TransferSensitiveConsent = (
        "Commercial-relationship data that may indirectly reveal sensitive data may be ceded, rented or exchanged only after the person's express consent, and with the acquirer's commitment.",
        "Les données de la relation commerciale susceptibles de révéler indirectement des données sensibles ne peuvent être cédées, louées ou échangées qu'avec le consentement exprès de la personne et l'engagement du destinataire.");

    public static readonly (string English, string French) TransferOther = (
        "Payment-means, invoice-settlement and connection data are never ceded, rented or exchanged.",
        "Les données relatives aux moyens de paiement, au règlement des factures et à la connexion ne sont jamais cédées, louées ou échangées.");

    public static readonly (string English, string French) RetentionProspectNecessary = (
        "Prospect data are kept only as long as prospecting needs them, within the 3-year limit (the 2005 principle, kept as an interpretation).",
        "Les données des prospects ne sont conservées que le temps nécessaire aux opérations de prospection, dans la limite de 3 ans (principe de 2005, maintenu par interprétation).");

    public static readonly (string English, string French) InfoProspectingObjection = (
        "Where data are used for prospecting, the person is told they may object free of charge and without giving reasons, and how.",
        "Lorsque les données servent à la prospection, la personne est informée qu'elle peut s'y opposer sans frais et sans justification, et de la manière de le faire.");

    public static readonly (string English, string French) ProspectingCheckbox = (
        "On a form, consent or objection is given by a simple means such as a checkbox; a pre-ticked box is not consent (CNIL doctrine).",
        "Sur un formulaire, le consentement ou l'opposition s'exprime par un moyen simple tel qu'une case à cocher ; une case pré-cochée ne vaut pas consentement (doctrine de la CNIL).");

    public static readonly (string English, string French) RetentionProspectThreeYears = (
        "Prospect data are deleted 3 years after collection or after the last contact coming from the prospect, whichever is later; a click in an e-mail, a documentation request or an order is a contact, merely opening an e-mail is not.",
        "Les données des prospects sont supprimées 3 ans après la collecte ou après le dernier contact émanant du prospect, au plus tard des deux ; un clic dans un courriel, une demande de documentation ou une commande vaut contact, la simple ouverture d'un courriel non.");

    public static readonly (string English, string French) RetentionProspectRecontact = (
        "At the end of the 3 years the controller may ask the prospect whether they still want solicitations; without a positive, explicit answer within the answer window, the data are deleted or archived.",
        "Au terme des 3 ans, le responsable peut demander au prospect s'il souhaite encore être sollicité ; sans réponse positive et explicite dans le délai de réponse, les données sont supprimées ou archivées.");

    public static readonly (string English, string French) RetentionClientProspectingThreeYears = (
        "A former client's identity, situation and commercial-relationship data may be used for prospecting for 3 years from the end of the commercial relationship, then are deleted.",
        "Les données d'identité, de situation et de relation commerciale d'un ancien client peuvent servir à la prospection pendant 3 ans à compter de la fin de la relation commerciale, puis sont supprimées.");

    public static readonly (string English, string French) RetentionCardTransaction = (
        "Bank card data are kept until the transaction is complete, that is until the payment is received.",
        "Les données de la carte bancaire sont conservées jusqu'à la réalisation de la transaction, c'est-à-dire jusqu'à l'encaissement.");

    public static readonly (string English, string French) RetentionCardDispute = (
        "For possible disputes, card data may then be kept in an intermediate archive up to 13 months after the debit date (15 months for deferred-debit cards).",
        "En vue d'une éventuelle contestation, les données de la carte peuvent ensuite être conservées en archive intermédiaire jusqu'à 13 mois après la date de débit (15 mois pour les cartes à débit différé).");

    public static readonly (string English, string French) RetentionCardCvv = (
        "The card security code (CVV) is never stored after the first transaction.",
        "Le cryptogramme visuel de la carte n'est jamais conservé après la première transaction.");

    public static readonly (string English, string French) RetentionCardConsent = (
        "Keeping the card for later purchases needs the person's express consent, and ends at the card's expiry or when consent is withdrawn.",
        "La conservation de la carte pour des achats ultérieurs nécessite le consentement exprès de la personne, et prend fin à l'expiration de la carte ou au retrait du consentement.");

    public static readonly (string English, string French) RetentionObjectionListThreeYears = (
        "The list of persons who objected to prospecting is kept at least 3 years from each objection, so that it can be honoured.",
        "La liste des personnes opposées à la prospection est conservée au moins 3 ans à compter de chaque opposition, afin de la respecter.");

    public static readonly (string English, string French) ProspectingSoftOptIn = (
        "A client may be prospected electronically without prior consent when their details were collected from them at a sale or service, for analogous products or services of the same company, with a free, simple way to object at collection and in every message.",
        "Un client peut être prospecté par voie électronique sans consentement préalable lorsque ses coordonnées ont été recueillies auprès de lui à l'occasion d'une vente ou d'une prestation, pour des produits ou services analogues de la même entreprise, avec un moyen simple et gratuit de s'opposer lors de la collecte et dans chaque message.");

    public static readonly (string English, string French) ProspectingBusinessToBusiness = (
        "A professional may be prospected at a professional address without prior consent when the message concerns their profession and they could object.",
        "Un professionnel peut être prospecté à son adresse professionnelle sans consentement préalable lorsque le message concerne sa profession et qu'il a pu s'y opposer.");
}
