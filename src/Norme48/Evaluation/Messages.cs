using Norme48.Rules;

namespace Norme48.Evaluation;

/// <summary>The messages decisions carry: what was decided, under which rule, and what to do.</summary>
internal static class Messages
{
    public static readonly LocalizedText SectorOutside = new(
        "Health, education, banking and insurance organisations are outside NS-48: this processing cannot rely on the norm and needs its own legal analysis.",
        "Les organismes de santé, d'éducation, de banque et d'assurance sont exclus de la NS-48 : ce traitement ne peut pas s'appuyer sur la norme et demande une analyse juridique propre.");

    public static readonly LocalizedText NirCollect = new(
        "The NIR may never be collected.",
        "Le NIR ne peut jamais être collecté.");

    public static readonly LocalizedText ExcludedCollect = new(
        "A field of the excluded category may never be collected, like the NIR.",
        "Une donnée de la catégorie exclue ne peut jamais être collectée, comme le NIR.");

    public static readonly LocalizedText NirShare = new(
        "The NIR may not be held at all, so it may never be shared: delete it.",
        "Le NIR ne peut pas être détenu, il ne peut donc jamais être communiqué : supprimez-le.");

    public static readonly LocalizedText ExcludedShare = new(
        "A field of the excluded category may not be held at all, so it may never be shared: delete it.",
        "Une donnée de la catégorie exclue ne peut pas être détenue, elle ne peut donc jamais être communiquée : supprimez-la.");

    public static readonly LocalizedText NirTransfer = new(
        "The NIR may not be held at all, so it may never be ceded, rented or exchanged: delete it.",
        "Le NIR ne peut pas être détenu, il ne peut donc jamais être cédé, loué ou échangé : supprimez-le.");

    public static readonly LocalizedText ExcludedTransfer = new(
        "A field of the excluded category may not be held at all, so it may never be ceded, rented or exchanged: delete it.",
        "Une donnée de la catégorie exclue ne peut pas être détenue, elle ne peut donc jamais être cédée, louée ou échangée : supprimez-la.");

    public static readonly LocalizedText ExcludedUse = new(
        "This purpose is an excluded use of the norm (processing that may exclude persons from a right, a service or a contract, or a loyalty programme shared by several companies): nothing may be done for it under NS-48.",
        "Cette finalité est une utilisation exclue de la norme (traitement susceptible d'exclure des personnes d'un droit, d'une prestation ou d'un contrat, ou programme de fidélité commun à plusieurs sociétés) : la NS-48 ne couvre rien pour elle.");

    public static readonly LocalizedText ConnectionStatsOnlyDenied = new(
        "Connection data may be collected only for website audience statistics: use them for that purpose alone, or do not collect them.",
        "Les données de connexion ne peuvent être collectées que pour les statistiques de fréquentation du site : réservez-les à cette finalité ou ne les collectez pas.");

    public static readonly LocalizedText ConnectionStatsOnlyAllowed = new(
        "Connection data may be collected for website audience statistics, and used for nothing else.",
        "Les données de connexion peuvent être collectées pour les statistiques de fréquentation du site, et pour rien d'autre.");

    public static readonly LocalizedText ListedAllowed = new(
        "The field belongs to a category the norm lists and may be collected for this purpose.",
        "La donnée relève d'une catégorie prévue par la norme et peut être collectée pour cette finalité.");

    public static readonly LocalizedText AccessAllowed = new(
        "Staff of the commercial and administrative services, their line managers and control services may access the data within their remit.",
        "Les personnels des services commerciaux et administratifs, leurs supérieurs hiérarchiques et les services de contrôle peuvent accéder aux données dans la limite de leurs attributions.");

    public static readonly LocalizedText ContractedAllowed = new(
        "External companies bound by contract may receive the data for the execution of a contract.",
        "Les entreprises extérieures liées par contrat peuvent recevoir les données pour l'exécution d'un contrat.");

    public static readonly LocalizedText ContractedDenied = new(
        "External companies bound by contract may receive the data only for the execution of a contract: state that basis (contract-execution), or do not share.",
        "Les entreprises extérieures liées par contrat ne peuvent recevoir les données que pour l'exécution d'un contrat : indiquez ce fondement (contract-execution) ou ne communiquez pas.");

    public static readonly LocalizedText Confidentiality = new(
        "The contracted company must keep the data strictly confidential; put that duty in the contract.",
        "L'entreprise liée par contrat assure la stricte confidentialité des données ; inscrivez cette obligation au contrat.");

    public static readonly LocalizedText PublicBodiesAllowed = new(
        "Public bodies may receive the data to meet a legal obligation.",
        "Les organismes publics peuvent recevoir les données pour répondre à une obligation légale.");

    public static readonly LocalizedText PublicBodiesDenied = new(
        "Public bodies may receive the data only to meet a legal obligation: state that basis (legal-obligation), or do not disclose.",
        "Les organismes publics ne peuvent recevoir les données que pour répondre à une obligation légale : indiquez ce fondement (legal-obligation) ou ne communiquez pas.");

    public static readonly LocalizedText DebtRecoveryAllowed = new(
        "Court auxiliaries, ministerial officers and debt-collection bodies may receive the data for debt recovery.",
        "Les auxiliaires de justice, officiers ministériels et organismes de recouvrement peuvent recevoir les données pour le recouvrement de créances.");

    public static readonly LocalizedText DebtRecoveryDenied = new(
        "Court auxiliaries, ministerial officers and debt-collection bodies may receive the data only for debt recovery: state that basis (debt-recovery), or do not disclose.",
        "Les auxiliaires de justice, officiers ministériels et organismes de recouvrement ne peuvent recevoir les données que pour le recouvrement de créances : indiquez ce fondement (debt-recovery) ou ne communiquez pas.");

    public static readonly LocalizedText UnknownRecipient = new(
        "This recipient is not one the norm lists: the data may not be shared with it.",
        "Ce destinataire ne figure pas parmi ceux que prévoit la norme : les données ne peuvent pas lui être communiquées.");

    public static readonly LocalizedText ConnectionShareNote = new(
        "Connection data serve website audience statistics only.",
        "Les données de connexion ne servent qu'aux statistiques de fréquentation du site.");

    public static readonly LocalizedText AskTransfer = new(
        "A company acquiring the file is not a recipient of a share: ask for a transfer (cession, rental or exchange) with the acquirer's commitment and, for commercial-relationship data, the person's express consent.",
        "Une société qui acquiert le fichier n'est pas destinataire d'une communication : posez la question d'un transfert (cession, location ou échange) avec l'engagement du destinataire et, pour les données de la relation commerciale, le consentement exprès de la personne.");

    public static readonly LocalizedText InternalCodeTransfer = new(
        "The internal client code is never ceded, rented or exchanged: remove it from the transferred file.",
        "Le code interne d'identification du client n'est jamais cédé, loué ou échangé : retirez-le du fichier transmis.");

    public static readonly LocalizedText IdentitySituationAllowed = new(
        "Identity and situation data may be ceded, rented or exchanged: the acquirer has committed to use them only to address the persons directly, for exclusively commercial purposes.",
        "Les données d'identité et de situation peuvent être cédées, louées ou échangées : le destinataire s'est engagé à ne les utiliser que pour s'adresser directement aux personnes, à des fins exclusivement commerciales.");

    public static readonly LocalizedText IdentitySituationDenied = new(
        "Identity and situation data may be ceded, rented or exchanged only if the acquirer commits to use them solely to address the persons directly, for exclusively commercial purposes: obtain that commitment first.",
        "Les données d'identité et de situation ne peuvent être cédées, louées ou échangées que si le destinataire s'engage à ne les utiliser que pour s'adresser directement aux personnes, à des fins exclusivement commerciales : obtenez d'abord cet engagement.");

    public static readonly LocalizedText ObjectionTransfer = new(
        "The person objected: their data may not be ceded, rented or exchanged; leave them out of the file.",
        "La personne s'y est opposée : ses données ne peuvent être ni cédées, ni louées, ni échangées ; retirez-les du fichier.");

    public static readonly LocalizedText SensitiveAllowed = new(
        "This commercial-relationship data may reveal sensitive data; the person gave express consent and the acquirer committed, so it may be ceded, rented or exchanged.",
        "Cette donnée de la relation commerciale peut révéler des données sensibles ; la personne y a consenti expressément et le destinataire s'est engagé : elle peut être cédée, louée ou échangée.");

    public static readonly LocalizedText SensitiveDenied = new(
        "This commercial-relationship data may reveal sensitive data: it may be ceded, rented or exchanged only after the person's express consent, and with the acquirer's commitment.",
        "Cette donnée de la relation commerciale peut révéler des données sensibles : elle ne peut être cédée, louée ou échangée qu'après le consentement exprès de la personne, et avec l'engagement du destinataire.");

    public static readonly LocalizedText RelationshipAllowed = new(
        "Commercial-relationship data may be ceded, rented or exchanged with the person's express consent and the acquirer's commitment (the library's interpretation of the norm).",
        "Les données de la relation commerciale peuvent être cédées, louées ou échangées avec le consentement exprès de la personne et l'engagement du destinataire (interprétation de la norme retenue par la bibliothèque).");

    public static readonly LocalizedText RelationshipDenied = new(
        "Commercial-relationship data are not among the data the norm lets go freely: they may be ceded, rented or exchanged only with the person's express consent and the acquirer's commitment (the library's interpretation of the norm).",
        "Les données de la relation commerciale ne figurent pas parmi celles que la norme laisse céder librement : elles ne peuvent être cédées, louées ou échangées qu'avec le consentement exprès de la personne et l'engagement du destinataire (interprétation de la norme retenue par la bibliothèque).");

    public static readonly LocalizedText MissingConsent = new("Missing: the person's express consent.", "Manque : le consentement exprès de la personne.");

    public static readonly LocalizedText MissingCommitment = new("Missing: the acquirer's commitment.", "Manque : l'engagement du destinataire.");

    public static readonly LocalizedText MissingBoth = new(
        "Missing: the person's express consent and the acquirer's commitment.",
        "Manquent : le consentement exprès de la personne et l'engagement du destinataire.");

    public static readonly LocalizedText PaymentTransfer = new(
        "Payment-means data are never ceded, rented or exchanged.",
        "Les données relatives aux moyens de paiement ne sont jamais cédées, louées ou échangées.");

    public static readonly LocalizedText InvoiceTransfer = new(
        "Invoice-settlement data are never ceded, rented or exchanged.",
        "Les données relatives au règlement des factures ne sont jamais cédées, louées ou échangées.");

    public static readonly LocalizedText ConnectionTransfer = new(
        "Connection data serve website audience statistics only and are never ceded, rented or exchanged.",
        "Les données de connexion ne servent qu'aux statistiques de fréquentation du site et ne sont jamais cédées, louées ou échangées.");

    public static readonly LocalizedText AcquirerCommitment = new(
        "The acquirer must use the data solely to address the persons directly, for exclusively commercial purposes; keep its written commitment.",
        "Le destinataire ne doit utiliser les données que pour s'adresser directement aux personnes, à des fins exclusivement commerciales ; conservez son engagement écrit.");

    public static readonly LocalizedText InternalCodeAllowed = new(
        "The proposed internal client code is neither a NIR nor a bank card number.",
        "Le code interne proposé n'est ni un NIR ni un numéro de carte bancaire.");

    public static readonly LocalizedText InternalCodeIsNir = new(
        "The proposed internal client code validates as a NIR (social-security number): choose a code of your own.",
        "Le code interne proposé a la forme d'un NIR valide (numéro de sécurité sociale) : choisissez un code propre à votre organisme.");

    public static readonly LocalizedText InternalCodeIsCard = new(
        "The proposed internal client code passes the bank-card number check (12 to 19 digits, Luhn): choose a code that cannot be taken for a card number.",
        "Le code interne proposé passe le contrôle des numéros de carte bancaire (12 à 19 chiffres, Luhn) : choisissez un code qui ne puisse pas être pris pour un numéro de carte.");

    public static readonly LocalizedText InternalCodeIsBoth = new(
        "The proposed internal client code validates as a NIR (social-security number) and passes the bank-card number check: choose a code of your own.",
        "Le code interne proposé a la forme d'un NIR valide et passe le contrôle des numéros de carte bancaire : choisissez un code propre à votre organisme.");

    /// <summary>Joins two messages into one, sentence after sentence.</summary>
    public static LocalizedText Join(LocalizedText first, LocalizedText second) =>
        new(first.English + " " + second.English, first.French + " " + second.French);
}
