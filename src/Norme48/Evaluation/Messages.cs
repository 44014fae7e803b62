using Norme48.Rules;

namespace Norme48.Evaluation;

/// <summary>The messages decisions carry: what was decided, under which rule, and what to do.</summary>
internal static partial class Messages
{
    // Stryker disable all : static initialiser, run once per test process before any mutant is active (README, Mutation testing)
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

    public static readonly LocalizedText NirPurge = new(
        "The NIR may not be held at all: purge it.",
        "Le NIR ne peut pas être détenu : supprimez-le.");

    public static readonly LocalizedText ExcludedPurge = new(
        "A field of the excluded category may not be held at all, like the NIR: purge it.",
        "Une donnée de la catégorie exclue ne peut pas être détenue, comme le NIR : supprimez-la.");

    public static readonly LocalizedText ClientKeep = new(
        "Client data are kept while the commercial relationship lasts.",
        "Les données clients sont conservées tant que dure la relation commerciale.");

    public static readonly LocalizedText ClientPurge = new(
        "The commercial relationship has ended: client data may not be kept beyond it; purge them.",
        "La relation commerciale a pris fin : les données clients ne peuvent être conservées au-delà ; supprimez-les.");

    public static readonly LocalizedText ProofArchive = new(
        "The relationship has ended and this field proves a right or a contract: move it to an archive until ten years after the date of the document it proves, then purge it.",
        "La relation a pris fin et cette donnée prouve un droit ou un contrat : placez-la en archive jusqu'à dix ans après la date du document qu'elle prouve, puis supprimez-la.");

    public static readonly LocalizedText ProofArchiveUpperBound = new(
        "The relationship has ended and this field proves a right or a contract: move it to an archive, at most until ten years after the end of the relationship (an upper bound: give the date of the document it proves for the exact end), then purge it.",
        "La relation a pris fin et cette donnée prouve un droit ou un contrat : placez-la en archive, au plus jusqu'à dix ans après la fin de la relation (borne haute : indiquez la date du document prouvé pour l'échéance exacte), puis supprimez-la.");

    public static readonly LocalizedText ProofPurge = new(
        "The ten-year archive period of this proof is over: purge it.",
        "La durée d'archivage de dix ans de cette preuve est écoulée : supprimez-la.");

    public static readonly LocalizedText ProspectKeep = new(
        "Prospect data may be kept until one year after the last contact coming from the prospect (a CNIL recommendation).",
        "Les données du prospect peuvent être conservées jusqu'à un an après son dernier contact (recommandation de la CNIL).");

    public static readonly LocalizedText ProspectOneYearDue = new(
        "A year has passed since the last contact coming from the prospect: the CNIL recommends deleting the data.",
        "Un an s'est écoulé depuis le dernier contact du prospect : la CNIL recommande de supprimer les données.");

    public static readonly LocalizedText ProspectTwoUnansweredDue = new(
        "The prospect has not answered two successive solicitations: the CNIL recommends deleting the data.",
        "Le prospect n'a pas répondu à deux sollicitations successives : la CNIL recommande de supprimer les données.");

    public static readonly LocalizedText ProspectNecessary = new(
        "Prospect data are kept only as long as prospecting needs them; the CNIL's recommended limits are reported as advisories.",
        "Les données du prospect ne sont conservées que le temps nécessaire à la prospection ; les limites recommandées par la CNIL sont signalées à titre indicatif.");

    public static readonly LocalizedText ConnectionRetentionNote = new(
        "The 2005 text sets no specific duration for connection data: they follow the subject's status.",
        "Le texte de 2005 ne fixe pas de durée propre aux données de connexion : elles suivent le statut de la personne.");

    public static readonly LocalizedText SolicitObjected = new(
        "The person objected to prospecting: never solicit them, on any channel.",
        "La personne s'est opposée à la prospection : ne la sollicitez jamais, quel que soit le canal.");

    public static readonly LocalizedText SolicitOptOut = new(
        "Postal mail and telephone prospecting is allowed unless the person objects; tell them they may object free of charge.",
        "La prospection par courrier postal et par téléphone est admise tant que la personne ne s'y oppose pas ; informez-la qu'elle peut s'y opposer sans frais.");

    public static readonly LocalizedText SolicitConsent = new(
        "The person gave prior consent to electronic prospecting: the solicitation may be sent.",
        "La personne a donné son consentement préalable à la prospection électronique : la sollicitation peut être envoyée.");

    public static readonly LocalizedText SolicitExceptionAllowed = new(
        "Without prior consent, the exception for an existing client or for prospecting between professionals applies, and the person could object at collection: the solicitation may be sent.",
        "Sans consentement préalable, l'exception de la relation client préexistante ou de la prospection entre professionnels s'applique, et la personne a pu s'opposer lors de la collecte : la sollicitation peut être envoyée.");

    public static readonly LocalizedText SolicitExceptionDenied = new(
        "The client or professional exception to prior consent requires that the person could object, simply and unambiguously, when the data were collected; they could not: obtain consent first.",
        "L'exception au consentement préalable (client ou professionnel) suppose que la personne ait pu s'opposer, simplement et sans ambiguïté, lors de la collecte ; ce n'est pas le cas : recueillez d'abord son consentement.");

    public static readonly LocalizedText SolicitNoConsent = new(
        "Electronic prospecting (e-mail, SMS, fax, automated calls) of a consumer who is not a client needs prior consent: obtain it first.",
        "La prospection électronique (courriel, SMS, télécopie, automate d'appel) d'un consommateur qui n'est pas client nécessite son consentement préalable : recueillez-le d'abord.");

    public static readonly LocalizedText ObjectionNoticeMissing = new(
        "The data serve prospecting: tell the person they may object to it free of charge and without giving reasons.",
        "Les données servent à la prospection : informez la personne qu'elle peut s'y opposer sans frais et sans justification.");

    public static readonly LocalizedText CheckboxPreTicked = new(
        "A pre-ticked box is not consent: offer an unticked box the person ticks.",
        "Une case pré-cochée ne vaut pas consentement : proposez une case non cochée que la personne coche elle-même.");

    public static readonly LocalizedText CheckboxMissing = new(
        "The form offers no simple means, such as a checkbox, to consent or object to prospecting: add one.",
        "Le formulaire n'offre aucun moyen simple, telle une case à cocher, de consentir ou de s'opposer à la prospection : ajoutez-en un.");

    public static readonly LocalizedText TrackersNoticeMissing = new(
        "The site sets trackers: tell users their purpose and how to refuse them.",
        "Le site dépose des traceurs : informez les utilisateurs de leur finalité et des moyens de s'y opposer.");

    public static readonly LocalizedText SecurityDataProtection = new(
        "The declaration does not attest precautions against distortion, damage and unauthorised access to the data.",
        "La déclaration n'atteste pas de précautions contre la déformation, l'endommagement et l'accès non autorisé aux données.");

    public static readonly LocalizedText SecurityOnlineAccess = new(
        "The online service is not declared protected against unauthorised access to the system.",
        "Le service en ligne n'est pas déclaré protégé contre les accès non autorisés au système.");

    public static readonly LocalizedText SecurityPayment = new(
        "Remote card payments are not declared to use state-of-the-art secure payment systems.",
        "Les paiements à distance par carte ne sont pas déclarés passer par des systèmes de paiement sécurisés conformes à l'état de l'art.");
    // Stryker restore all

    /// <summary>Says how a controller's retention policy keeps data longer than the norm's.</summary>
    public static LocalizedText RetentionExcess(Retention.RetentionExcess excess, Retention.RetentionPolicy declared, Retention.RetentionPolicy norm) => excess switch
    {
        Retention.RetentionExcess.LaterAnchor => new(
            $"The policy starts its clock at {declared.Anchor}, which can fall later than the norm's {norm.Anchor}: data would be kept longer.",
            $"La politique fait courir le délai à partir de {declared.Anchor}, qui peut être postérieur au point de départ de la norme ({norm.Anchor}) : les données seraient conservées plus longtemps."),
        Retention.RetentionExcess.LongerPeriod => new(
            $"The policy keeps data for {declared.Period}, longer than the norm's {norm.Period}.",
            $"La politique conserve les données {declared.Period}, plus longtemps que la norme ({norm.Period})."),
        Retention.RetentionExcess.ShorterPeriod => new(
            $"The policy keeps data for {declared.Period}, shorter than the norm's minimum of {norm.Period}.",
            $"La politique conserve les données {declared.Period}, moins longtemps que le minimum de la norme ({norm.Period})."),
        _ => new(
            $"The policy keeps prospects after {declared.MaxUnansweredSolicitations} unanswered solicitations; the norm's limit is {norm.MaxUnansweredSolicitations}.",
            $"La politique conserve les prospects après {declared.MaxUnansweredSolicitations} sollicitations sans réponse ; la limite de la norme est {norm.MaxUnansweredSolicitations}."),
    };

    /// <summary>A collection form lacks one information item.</summary>
    public static LocalizedText MissingNoticeItem(string item) => new(
        $"The form does not tell the person: {item}. Add it to the information shown at collection.",
        $"Le formulaire n'indique pas à la personne : {item}. Ajoutez cette mention à l'information donnée lors de la collecte.");

    /// <summary>Joins two messages into one, sentence after sentence.</summary>
    public static LocalizedText Join(LocalizedText first, LocalizedText second) =>
        new(first.English + " " + second.English, first.French + " " + second.French);
}
