using Norme48.Decisions;
using Norme48.Retention;
using Norme48.Rules;
using Norme48.Vocabulary;

namespace Norme48.Declarations;

/// <summary>
/// The messages the conformity report writes itself, beside those of single decisions (<c>Evaluation.Messages</c>):
/// the security measures and the transfer bases of <c>ns48-2016</c> and <c>ref-2021</c>, and the report's notes.
/// </summary>
internal static class ConformityMessages
{
    // Stryker disable all : static initialiser, run once per test process before any mutant is active (README, Mutation testing)
    public static readonly LocalizedText SecurityAuthentication = new(
        "The declaration does not attest that everyone who accesses the data authenticates individually (an individual login with a robust, regularly renewed password, or another means).",
        "La déclaration n'atteste pas que chaque personne accédant aux données s'authentifie individuellement (identifiant propre et mot de passe robuste renouvelé régulièrement, ou autre moyen).");

    public static readonly LocalizedText SecurityPasswords = new(
        "The declaration does not attest that passwords are never stored in clear.",
        "La déclaration n'atteste pas que les mots de passe ne sont jamais conservés en clair.");

    public static readonly LocalizedText SecurityTransit = new(
        "The declaration does not attest that data crossing insecure channels are made unintelligible to unauthorised persons (for instance with HTTPS).",
        "La déclaration n'atteste pas que les données empruntant des canaux non sécurisés sont rendues inintelligibles aux personnes non autorisées (par exemple au moyen de HTTPS).");

    public static readonly LocalizedText SecurityPaymentTrace = new(
        "The processing takes remote card payments or holds payment-means data, and the declaration does not attest that access to these data is traced so that an illegitimate access can be detected and attributed.",
        "Le traitement reçoit des paiements à distance par carte ou détient des données de moyens de paiement, et la déclaration n'atteste pas que l'accès à ces données est tracé afin de détecter et d'imputer tout accès illégitime.");

    public static readonly LocalizedText TransferAbroadNoBasis = new(
        "Data are transferred outside the European Union and the declaration states no basis: the norm covers such transfers only under an adequacy decision, standard contractual clauses, binding corporate rules, clauses approved by the CNIL or an art. 69 exception.",
        "Des données sont transférées hors de l'Union européenne et la déclaration n'en indique aucun fondement : la norme ne couvre ces transferts qu'en vertu d'une décision d'adéquation, de clauses contractuelles types, de règles d'entreprise contraignantes, de clauses approuvées par la CNIL ou d'une exception de l'article 69.");

    public static readonly LocalizedText TransferAbroadArticle69Structural = new(
        "The transfers outside the European Union rely on an art. 69 exception, which covers only occasional, exceptional transfers: repetitive, massive or structural transfers are outside the norm.",
        "Les transferts hors de l'Union européenne reposent sur une exception de l'article 69, qui ne couvre que des transferts ponctuels et exceptionnels : des transferts répétitifs, massifs ou structurels sortent du cadre de la norme.");

    public static readonly LocalizedText TrackersNotAssessed = new(
        "The site sets trackers: the référentiel does not assess them; they follow loi n° 78-17 art. 82 and the CNIL cookie guidelines.",
        "Le site dépose des traceurs : le référentiel ne les évalue pas ; ils relèvent de l'article 82 de la loi n° 78-17 et des lignes directrices de la CNIL sur les cookies.");
    // Stryker restore all

    /// <summary>The transfers outside the EU, listed under an edition that only lists them (NS48-TRANSFER-OUTSIDE-EU).</summary>
    public static LocalizedText TransfersOutsideEu(Rule rule) => new(
        $"Data are transferred outside the European Union ({rule.Code}): the norm allows it under conditions; document the framework of each transfer.",
        $"Des données sont transférées hors de l'Union européenne ({rule.Code}) : la norme l'admet sous conditions ; documentez l'encadrement de chaque transfert.");

    /// <summary>A form's advisory, as a note of the report.</summary>
    public static LocalizedText FormAdvisory(string formId, Advisory advisory) => new(
        $"Form {formId} ({advisory.Rule.Code}, advisory): {advisory.Message.English}",
        $"Formulaire {formId} ({advisory.Rule.Code}, recommandation) : {advisory.Message.French}");

    /// <summary>A declared policy that no norm policy of the edition concerns.</summary>
    public static LocalizedText RetentionNotAssessed(RetentionPolicy policy, Edition edition) => new(
        $"The retention policy \"{policy}\" is not assessed: edition {edition.Id} sets no duration for data whose clock starts at {policy.Anchor} for these persons.",
        $"La durée de conservation « {policy} » n'est pas évaluée : l'édition {edition.Id} ne fixe pas de durée pour des données dont le délai court à partir de {policy.Anchor} pour ces personnes.");

    /// <summary>A count limit declared under an edition that sets none.</summary>
    public static LocalizedText UnansweredCountIgnored(RetentionPolicy policy, Edition edition) => new(
        $"The retention policy \"{policy}\" limits unanswered solicitations: edition {edition.Id} sets no such limit (only ns48-2005 did), so the count is not assessed; its period, if any, is.",
        $"La durée de conservation « {policy} » limite les sollicitations sans réponse : l'édition {edition.Id} ne fixe pas une telle limite (seule la ns48-2005 le faisait), le nombre n'est donc pas évalué ; sa période, le cas échéant, l'est.");
}
