using System.Collections.Generic;
using Norme48.Rules;

namespace Norme48.Declarations;

/// <summary>What to do about each rule a declaration violates, in English and French.</summary>
internal static class Fixes
{
    // Stryker disable all : static initialiser, run once per test process before any mutant is active (README, Mutation testing)
    private static readonly Dictionary<RuleId, LocalizedText> ByRule = new()
    {
        [RuleId.ScopeSector] = new(
            "Do not rely on NS-48: carry out the processing's own GDPR analysis (record of processing, legal bases, impact assessment where needed).",
            "Ne vous appuyez pas sur la NS-48 : menez l'analyse RGPD propre au traitement (registre, bases légales, analyse d'impact si nécessaire)."),
        [RuleId.ScopeExcludedUse] = new(
            "Remove this purpose from the processing, or handle it as a separate processing outside the norm.",
            "Retirez cette finalité du traitement, ou traitez-la comme un traitement distinct, hors de la norme."),
        [RuleId.DataNir] = new(
            "Stop collecting the NIR and delete what is held; identify clients with an internal code of your own.",
            "Cessez de collecter le NIR et supprimez ceux qui sont détenus ; identifiez les clients par un code interne propre."),
        [RuleId.DataConnectionStatsOnly] = new(
            "Use connection data for website audience statistics only: remove the other purposes from these fields.",
            "N'utilisez les données de connexion que pour les statistiques de fréquentation : retirez les autres finalités de ces données."),
        [RuleId.DataInternalCode] = new(
            "Generate internal client codes that cannot be taken for a NIR or a card number, for instance codes with letters.",
            "Générez des codes clients qui ne puissent être pris pour un NIR ou un numéro de carte, par exemple des codes comportant des lettres."),
        [RuleId.RecipientAccess] = new(
            "Share with contracted companies only for the execution of a contract, and write their confidentiality duty into it.",
            "Ne communiquez aux entreprises sous contrat que pour l'exécution d'un contrat, et inscrivez-y leur obligation de confidentialité."),
        [RuleId.RecipientPublicBodies] = new(
            "Disclose to public bodies only when a legal obligation requires it, and record which one.",
            "Ne communiquez aux organismes publics que pour répondre à une obligation légale, et notez laquelle."),
        [RuleId.RecipientDebtRecovery] = new(
            "Disclose to justice auxiliaries and debt collectors only for debt recovery.",
            "Ne communiquez aux auxiliaires de justice et organismes de recouvrement que pour le recouvrement de créances."),
        [RuleId.RecipientUnknown] = new(
            "Stop sharing with this recipient, or bind it by contract to act only for the execution of a contract.",
            "Cessez de communiquer à ce destinataire, ou liez-le par contrat pour la seule exécution d'un contrat."),
        [RuleId.TransferInternalCode] = new(
            "Remove the internal client code from the file you cede, rent or exchange.",
            "Retirez le code interne du fichier cédé, loué ou échangé."),
        [RuleId.TransferIdentitySituation] = new(
            "Obtain from each acquirer a written commitment to use the data only to address the persons directly, for commercial purposes.",
            "Obtenez de chaque destinataire un engagement écrit de n'utiliser les données que pour s'adresser directement aux personnes, à des fins commerciales."),
        [RuleId.TransferObjection] = new(
            "Leave every person who objected out of the file.",
            "Retirez du fichier toute personne qui s'y est opposée."),
        [RuleId.TransferSensitiveConsent] = new(
            "Collect the person's express consent before this data goes, and the acquirer's commitment.",
            "Recueillez le consentement exprès de la personne avant toute cession de cette donnée, ainsi que l'engagement du destinataire."),
        [RuleId.TransferRelationshipConsent] = new(
            "Collect the person's express consent and the acquirer's commitment before commercial-relationship data go, or leave them out.",
            "Recueillez le consentement exprès de la personne et l'engagement du destinataire avant de céder les données de la relation commerciale, ou retirez-les."),
        [RuleId.TransferOther] = new(
            "Remove payment, invoice-settlement and connection data from the file you cede, rent or exchange.",
            "Retirez du fichier cédé, loué ou échangé les données de paiement, de règlement et de connexion."),
        [RuleId.RetentionClient] = new(
            "Keep client data no longer than the commercial relationship; archive only what proves a right or a contract.",
            "Ne conservez les données clients que le temps de la relation commerciale ; n'archivez que ce qui prouve un droit ou un contrat."),
        [RuleId.RetentionClientProof] = new(
            "Archive proof data for ten years at most from the date of the document they prove, then delete them.",
            "Archivez les données de preuve au plus dix ans à compter de la date du document prouvé, puis supprimez-les."),
        [RuleId.RetentionProspectOneYear] = new(
            "Delete prospect data at the latest one year after the last contact coming from the prospect.",
            "Supprimez les données des prospects au plus tard un an après leur dernier contact."),
        [RuleId.RetentionProspectTwoUnanswered] = new(
            "Delete prospect data once two successive solicitations went unanswered.",
            "Supprimez les données d'un prospect qui n'a pas répondu à deux sollicitations successives."),
        [RuleId.InfoNotice] = new(
            "Add the missing information to the form (the generated notice has every item).",
            "Ajoutez les mentions manquantes au formulaire (la mention d'information générée les contient toutes)."),
        [RuleId.InfoProspectingObjection] = new(
            "Tell people on the form that they may object to prospecting free of charge and without giving reasons.",
            "Indiquez sur le formulaire que la personne peut s'opposer à la prospection sans frais et sans justification."),
        [RuleId.ProspectingElectronicConsent] = new(
            "Collect prior consent, with an unticked checkbox, before any electronic prospecting of these persons.",
            "Recueillez un consentement préalable, par une case non cochée, avant toute prospection électronique de ces personnes."),
        [RuleId.ProspectingExceptionObjection] = new(
            "Offer a simple way to object when the data are collected (an unticked checkbox), or collect consent.",
            "Offrez un moyen simple de s'opposer lors de la collecte (une case non cochée), ou recueillez le consentement."),
        [RuleId.ProspectingCheckbox] = new(
            "Offer an unticked checkbox the person ticks to consent or to object.",
            "Proposez une case non cochée que la personne coche pour consentir ou s'opposer."),
        [RuleId.ProspectingObjected] = new(
            "Remove persons who objected from every solicitation list.",
            "Retirez de toute liste de sollicitation les personnes qui s'y sont opposées."),
        [RuleId.InfoCookies] = new(
            "Tell users what the trackers are for and how to refuse them.",
            "Informez les utilisateurs de la finalité des traceurs et des moyens de les refuser."),
        [RuleId.Security] = new(
            "Put the missing security measure in place and document it.",
            "Mettez en place la mesure de sécurité manquante et documentez-la."),
        [RuleId.RetentionProspectThreeYears] = new(
            "Delete prospect data 3 years after collection or after the last contact coming from the prospect; an e-mail open does not restart the clock.",
            "Supprimez les données des prospects 3 ans après la collecte ou après leur dernier contact ; la simple ouverture d'un courriel ne fait pas repartir le délai."),
        [RuleId.RetentionProspectRecontact] = new(
            "Before the 3 years end, ask the prospect whether they still want solicitations, and delete their data unless they answer yes explicitly in time.",
            "Avant la fin des 3 ans, demandez au prospect s'il souhaite encore être sollicité, et supprimez ses données faute de réponse positive et explicite dans le délai."),
        [RuleId.RetentionClientProspectingThreeYears] = new(
            "Stop prospecting former clients 3 years after the end of the commercial relationship, and delete the data used for it.",
            "Cessez de prospecter les anciens clients 3 ans après la fin de la relation commerciale, et supprimez les données qui y servaient."),
        [RuleId.RetentionCardTransaction] = new(
            "Delete card data once the transaction is complete, unless they go to the dispute archive or the person consented to keep the card.",
            "Supprimez les données de carte une fois la transaction réalisée, sauf archivage pour contestation ou consentement de la personne à la conservation de sa carte."),
        [RuleId.RetentionCardDispute] = new(
            "Keep card data for disputes in an intermediate archive no longer than 13 months after the debit date (15 for deferred-debit cards).",
            "Ne conservez les données de carte pour contestation, en archive intermédiaire, que 13 mois au plus après la date de débit (15 pour les cartes à débit différé)."),
        [RuleId.RetentionCardCvv] = new(
            "Delete the card security code after the first transaction and never store it again.",
            "Supprimez le cryptogramme visuel après la première transaction et ne le conservez plus jamais."),
        [RuleId.RetentionCardConsent] = new(
            "Keep a card for later purchases only with the person's express consent, and delete it at expiry or on withdrawal.",
            "Ne conservez une carte pour des achats ultérieurs qu'avec le consentement exprès de la personne, et supprimez-la à son expiration ou au retrait du consentement."),
        [RuleId.RetentionTracker13Months] = new(
            "Set trackers and raw audience data to expire 13 months after they are placed, without extending them on new visits.",
            "Faites expirer les traceurs et les données brutes de fréquentation 13 mois après leur dépôt, sans prolongation lors de nouvelles visites."),
        [RuleId.RetentionObjectionListThreeYears] = new(
            "Keep each objection on the objection list for at least 3 years.",
            "Conservez chaque opposition sur la liste d'opposition pendant au moins 3 ans."),
        [RuleId.RetentionAccountInactiveTwoYears] = new(
            "Delete online accounts after 2 years without activity, warning their users beforehand.",
            "Supprimez les comptes en ligne inactifs depuis 2 ans, après en avoir averti leurs utilisateurs."),
        [RuleId.ProspectingSoftOptIn] = new(
            "Prospect clients without consent only for analogous products of your company, offering a free, simple way to object at collection and in every message.",
            "Ne prospectez vos clients sans consentement que pour des produits analogues de votre entreprise, avec un moyen simple et gratuit de s'opposer lors de la collecte et dans chaque message."),
        [RuleId.ProspectingBusinessToBusiness] = new(
            "Prospect professionals without consent only at their professional address, about their profession, and let them object.",
            "Ne prospectez les professionnels sans consentement qu'à leur adresse professionnelle, sur leur profession, en leur permettant de s'opposer."),
        [RuleId.ProspectingPhoneConsent] = new(
            "From 2026-08-11, collect the consumer's prior consent before any telephone prospecting.",
            "À compter du 11 août 2026, recueillez le consentement préalable du consommateur avant toute prospection téléphonique."),
        [RuleId.SecurityAuthentication] = new(
            "Give everyone who accesses the data an individual login with a robust, regularly renewed password or another strong means.",
            "Attribuez à chaque personne accédant aux données un identifiant propre avec un mot de passe robuste renouvelé régulièrement, ou un autre moyen sûr."),
        [RuleId.SecurityPasswords] = new(
            "Store only salted hashes of passwords, never the passwords in clear.",
            "Ne conservez que des empreintes salées des mots de passe, jamais les mots de passe en clair."),
        [RuleId.SecurityTransit] = new(
            "Encrypt the data on every insecure channel they cross, for instance with HTTPS.",
            "Chiffrez les données sur tout canal non sécurisé qu'elles empruntent, par exemple au moyen de HTTPS."),
        [RuleId.SecurityPaymentTrace] = new(
            "Log every access to payment-means data so that an illegitimate access can be detected and attributed.",
            "Journalisez chaque accès aux données de paiement afin de détecter et d'imputer tout accès illégitime."),
        [RuleId.TransferAbroadBasis] = new(
            "Frame each transfer abroad with an adequacy decision, standard contractual clauses, binding corporate rules or approved clauses, or stop it.",
            "Encadrez chaque transfert hors UE par une décision d'adéquation, des clauses contractuelles types, des règles d'entreprise contraignantes ou des clauses approuvées, ou cessez-le."),
    };
    // Stryker restore all

    public static LocalizedText For(RuleId rule) =>
        ByRule.TryGetValue(rule, out var fix)
            ? fix
            : new LocalizedText($"Bring the processing in line with {rule.ToId()}.", $"Mettez le traitement en conformité avec {rule.ToId()}.");
}
