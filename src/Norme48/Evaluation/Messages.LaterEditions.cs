using Norme48.Rules;
using Norme48.Vocabulary;

namespace Norme48.Evaluation;

/// <content>The messages of decisions under <c>ns48-2016</c> and <c>ref-2021</c>.</content>
internal static partial class Messages
{
    // Stryker disable all : static initialiser, run once per test process before any mutant is active (README, Mutation testing)
    public static readonly LocalizedText EditionNote2012 = new(
        "This instant is before 2016-09-14: the 2012 text of the norm was in force, without the 2016 additions (the security details of art. 8, the transfer bases of art. 9, the intermediate archive and anonymisation paragraphs, the opposition-list purpose). The decision applies the 2016 text.",
        "Cet instant est antérieur au 14 septembre 2016 : le texte de 2012 de la norme s'appliquait, sans les ajouts de 2016 (le détail des mesures de sécurité de l'art. 8, les fondements des transferts de l'art. 9, les paragraphes sur l'archivage intermédiaire et l'anonymisation, la finalité liée à la liste d'opposition). La décision applique le texte de 2016.");

    public static readonly LocalizedText ConnectionRetentionNoteRef2021 = new(
        "The référentiel leaves trackers to loi n° 78-17 art. 82 and the CNIL cookie guidelines: connection data here follow the subject's status.",
        "Le référentiel renvoie les traceurs à l'article 82 de la loi n° 78-17 et aux lignes directrices de la CNIL sur les cookies : les données de connexion suivent ici le statut de la personne.");

    public static readonly LocalizedText ProofFiveYearsNote = new(
        "Ten years covers accounting documents (C. com. L123-22) and consumer e-contracts of 120 € or more (C. conso. L213-1); a document covered by neither may be kept five years only (C. civ. 2224).",
        "Dix ans valent pour les pièces comptables (C. com. L123-22) et les contrats électroniques de 120 € ou plus conclus avec un consommateur (C. conso. L213-1) ; un document relevant d'aucun de ces textes ne peut être conservé que cinq ans (C. civ. 2224).");

    public static readonly LocalizedText ClientProspectingKeep = new(
        "The relationship has ended, but these client data are also used for prospecting: they may be kept for it until three years after the end of the relationship.",
        "La relation a pris fin, mais ces données clients servent aussi à la prospection : elles peuvent être conservées à cette fin jusqu'à trois ans après la fin de la relation.");

    public static readonly LocalizedText ClientProspectingPurge = new(
        "Three years have passed since the end of the relationship: client data used for prospecting may no longer be kept; purge them.",
        "Trois ans se sont écoulés depuis la fin de la relation : les données clients utilisées pour la prospection ne peuvent plus être conservées ; supprimez-les.");

    public static readonly LocalizedText ProspectKeepThreeYears = new(
        "Prospect data may be kept until three years after the collection or the last contact coming from the prospect (a click, a documentation request or an order is a contact; merely opening an e-mail is not).",
        "Les données du prospect peuvent être conservées jusqu'à trois ans après la collecte ou son dernier contact (un clic, une demande de documentation ou une commande est un contact ; la simple ouverture d'un courriel ne l'est pas).");

    public static readonly LocalizedText ProspectThreeYearsDue = new(
        "Three years have passed since the collection or the last contact coming from the prospect.",
        "Trois ans se sont écoulés depuis la collecte ou le dernier contact du prospect.");

    public static readonly LocalizedText ProspectAskBeforePurge = new(
        "Three years have passed since the last contact coming from the prospect: ask whether they still want to receive solicitations; without a positive, explicit answer by the end of the answer window, purge the data.",
        "Trois ans se sont écoulés depuis le dernier contact du prospect : demandez-lui s'il souhaite encore recevoir des sollicitations ; sans réponse positive et explicite à la fin du délai de réponse, supprimez les données.");

    public static readonly LocalizedText ProspectRecontactPurge = new(
        "No positive, explicit answer came within the answer window: purge (or archive) the prospect's data.",
        "Aucune réponse positive et explicite n'est parvenue dans le délai de réponse : supprimez (ou archivez) les données du prospect.");

    public static readonly LocalizedText SolicitConsentExpress = new(
        "The person gave express and specific prior consent to prospecting on this channel: the solicitation may be sent; identify the sender and offer a free way to stop in every message.",
        "La personne a donné son consentement préalable, exprès et spécifique, à la prospection sur ce canal : la sollicitation peut être envoyée ; identifiez l'émetteur et offrez dans chaque message un moyen gratuit de s'y opposer.");

    public static readonly LocalizedText SolicitNoConsentLater = new(
        "E-mail, SMS, fax and automated calls to a consumer who is not a client need express and specific prior consent (CPCE L34-5): obtain it first.",
        "Les courriels, SMS, télécopies et automates d'appel adressés à un consommateur qui n'est pas client nécessitent son consentement préalable, exprès et spécifique (CPCE L34-5) : recueillez-le d'abord.");

    public static readonly LocalizedText SoftOptInAllowed = new(
        "Without prior consent, the client exception applies: details collected at a sale, products analogous to those bought from the same company, and an objection offered at collection and in every message.",
        "Sans consentement préalable, l'exception client s'applique : coordonnées recueillies lors d'une vente, produits analogues à ceux achetés auprès de la même entreprise, et possibilité de s'opposer offerte lors de la collecte et dans chaque message.");

    public static readonly LocalizedText SoftOptInNotAnalogous = new(
        "The client exception covers only products or services analogous to those the client bought from the same company: obtain consent for this solicitation.",
        "L'exception client ne couvre que des produits ou services analogues à ceux que le client a achetés auprès de la même entreprise : recueillez son consentement pour cette sollicitation.");

    public static readonly LocalizedText SoftOptInNoObjection = new(
        "The client exception requires that the client could object, free of charge and simply, at collection and in every message; they could not: obtain consent first.",
        "L'exception client suppose que le client ait pu s'opposer, gratuitement et simplement, lors de la collecte et dans chaque message ; ce n'est pas le cas : recueillez d'abord son consentement.");

    public static readonly LocalizedText BusinessToBusinessAllowed = new(
        "Without prior consent, a professional may be prospected at their professional address about their profession, since they could object: the solicitation may be sent.",
        "Sans consentement préalable, un professionnel peut être prospecté à son adresse professionnelle pour un objet en rapport avec sa profession, puisqu'il a pu s'y opposer : la sollicitation peut être envoyée.");

    public static readonly LocalizedText BusinessToBusinessDenied = new(
        "Prospecting a professional without consent requires that they could object; they could not: offer the objection, or obtain consent first.",
        "Prospecter un professionnel sans son consentement suppose qu'il ait pu s'y opposer ; ce n'est pas le cas : offrez-lui ce moyen, ou recueillez d'abord son consentement.");

    public static readonly LocalizedText SolicitOptOutLater = new(
        "Postal mail and telephone prospecting is allowed unless the person objected (for the telephone, check the opposition list); every message identifies the sender and offers a free way to stop.",
        "La prospection par courrier postal et par téléphone est admise sauf opposition de la personne (pour le téléphone, consultez la liste d'opposition) ; chaque message identifie l'émetteur et offre un moyen gratuit de s'y opposer.");

    public static readonly LocalizedText PhoneConsentAllowed = new(
        "From 2026-08-11 telephone prospecting of a consumer needs prior consent; the person gave it: the call may be made.",
        "Depuis le 11 août 2026, la prospection téléphonique d'un consommateur nécessite son consentement préalable ; la personne l'a donné : l'appel peut être passé.");

    public static readonly LocalizedText PhoneConsentDenied = new(
        "From 2026-08-11 telephone prospecting of a consumer needs prior consent (loi n° 2025-594, C. conso. L223-1): obtain it first.",
        "Depuis le 11 août 2026, la prospection téléphonique d'un consommateur nécessite son consentement préalable (loi n° 2025-594, C. conso. L223-1) : recueillez-le d'abord.");

    public static readonly LocalizedText CardTransactionKeep = new(
        "Card data may be kept until the transaction is complete.",
        "Les données de la carte peuvent être conservées jusqu'à la réalisation de la transaction.");

    public static readonly LocalizedText CardDisputeArchive = new(
        "The transaction is complete: keep the card data in an intermediate archive for disputes, until 13 months after the debit date (15 months for a deferred-debit card), then purge them.",
        "La transaction est réalisée : conservez les données de la carte en archive intermédiaire pour les contestations, jusqu'à 13 mois après la date de débit (15 mois pour une carte à débit différé), puis supprimez-les.");

    public static readonly LocalizedText CardDisputePurge = new(
        "The dispute period of the card data is over: purge them.",
        "Le délai de contestation est écoulé : supprimez les données de la carte.");

    public static readonly LocalizedText CardSecurityCodeKeep = new(
        "The card security code may be used for the first transaction only: it may not be stored once that transaction is complete.",
        "Le cryptogramme visuel ne sert qu'à la première transaction : il ne peut être conservé une fois celle-ci réalisée.");

    public static readonly LocalizedText CardSecurityCodePurge = new(
        "The first transaction is complete: the card security code may never be stored after it; purge it.",
        "La première transaction est réalisée : le cryptogramme visuel ne peut jamais être conservé au-delà ; supprimez-le.");

    public static readonly LocalizedText CardConsentKeep = new(
        "The person consented to keeping the card for later purchases: keep it until the card expires or consent is withdrawn.",
        "La personne a consenti à la conservation de sa carte pour des achats ultérieurs : conservez-la jusqu'à l'expiration de la carte ou le retrait du consentement.");

    public static readonly LocalizedText TrackerKeep = new(
        "Trackers and raw audience data tied to an identifier may be kept until 13 months after the tracker was set; new visits do not extend this.",
        "Les traceurs et les données brutes de fréquentation associées à un identifiant peuvent être conservés jusqu'à 13 mois après le dépôt du traceur ; de nouvelles visites ne prolongent pas ce délai.");

    public static readonly LocalizedText TrackerPurge = new(
        "Thirteen months have passed since the tracker was set: purge it and the raw audience data tied to it.",
        "Treize mois se sont écoulés depuis le dépôt du traceur : supprimez-le, ainsi que les données brutes de fréquentation qui lui sont associées.");

    public static readonly LocalizedText ObjectionListKeepMinimum = new(
        "An objection list keeps the objection at least three years from it, so that the person is not solicited again.",
        "Une liste d'opposition conserve l'opposition au moins trois ans à compter de celle-ci, afin que la personne ne soit plus sollicitée.");

    public static readonly LocalizedText ObjectionListKeepBeyond = new(
        "The three-year minimum of this objection has passed; keep it as long as it serves to honour the objection.",
        "Le minimum de trois ans de cette opposition est atteint ; conservez-la tant qu'elle sert à respecter l'opposition.");

    public static readonly LocalizedText AccountKeep = new(
        "An online account may be kept until two years without activity.",
        "Un compte en ligne peut être conservé jusqu'à deux ans sans activité.");

    public static readonly LocalizedText AccountWarn = new(
        "The account has been inactive for two years: warn the user before deleting it.",
        "Le compte est inactif depuis deux ans : prévenez l'utilisateur avant de le supprimer.");

    public static readonly LocalizedText AccountPurge = new(
        "The account has been inactive for two years and the user was warned: delete it.",
        "Le compte est inactif depuis deux ans et l'utilisateur a été prévenu : supprimez-le.");

    public static readonly LocalizedText SectorOutsideLater = new(
        "Health, education, banking and insurance organisations, and online gambling operators subject to approval, are outside the norm: this processing cannot rely on it and needs its own legal analysis.",
        "Les organismes de santé, d'éducation, de banque et d'assurance, ainsi que les opérateurs de jeux en ligne soumis à agrément, sont exclus de la norme : ce traitement ne peut pas s'appuyer sur elle et demande une analyse juridique propre.");

    public static readonly LocalizedText ExcludedUse2016 = new(
        "This purpose is an excluded use of the norm (processing that may exclude persons from a right, a service or a contract): nothing may be done for it under the norm.",
        "Cette finalité est une utilisation exclue de la norme (traitement susceptible d'exclure des personnes d'un droit, d'une prestation ou d'un contrat) : la norme ne couvre rien pour elle.");

    public static readonly LocalizedText ExcludedUse2021 = new(
        "This purpose is outside the référentiel (processing that may exclude persons from a right, a service or a contract, fraud detection, or profiling from third-party data): it needs its own legal analysis.",
        "Cette finalité est hors du référentiel (traitement susceptible d'exclure des personnes d'un droit, d'une prestation ou d'un contrat, détection de la fraude, ou profilage à partir de données de tiers) : elle demande une analyse juridique propre.");
    // Stryker restore all

    /// <summary>The out-of-scope message of an edition (online gambling is outside from ns48-2016).</summary>
    public static LocalizedText SectorOutsideIn(Edition edition) =>
        ReferenceEquals(edition, Edition.Ns2005) ? SectorOutside : SectorOutsideLater;

    /// <summary>The excluded-use message of an edition: each edition excludes its own uses.</summary>
    public static LocalizedText ExcludedUseIn(Edition edition) =>
        ReferenceEquals(edition, Edition.Ns2005) ? ExcludedUse : ReferenceEquals(edition, Edition.Ns2016) ? ExcludedUse2016 : ExcludedUse2021;

    public static LocalizedText UnconfirmedLists(Edition edition) => new(
        $"Under {edition.Id}, the norm's field list (art. 3) and recipient list (art. 4) are not confirmed: this decision applies the 2005 lists.",
        $"Sous {edition.Id}, la liste des données (art. 3) et celle des destinataires (art. 4) de la norme ne sont pas confirmées : cette décision applique les listes de 2005.");

    public static LocalizedText NoticeItemAdvisory(string item) => new(
        $"The form does not state: {item}. Under this edition the form itself must carry the controller's identity, the purposes, whether answers are mandatory and the rights; make sure the person is told of this item otherwise.",
        $"Le formulaire n'indique pas : {item}. Sous cette édition, le formulaire doit lui-même indiquer l'identité du responsable, les finalités, le caractère obligatoire des réponses et les droits ; assurez-vous que la personne est informée de cette mention par un autre moyen.");
}
