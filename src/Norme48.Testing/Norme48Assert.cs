using System;
using System.Text;
using NodaTime;
using Norme48.Decisions;
using Norme48.Declarations;
using Norme48.Evaluation;
using Norme48.Prospecting;
using Norme48.Retention;
using Norme48.Rules;
using Norme48.Vocabulary;

namespace Norme48.Testing;

/// <summary>
/// Assertions a test suite calls, whatever its framework, to pin down what its processing may do under the norm:
/// <c>Norme48Assert.MayCollect(DataField.EmailAddress, ProcessingPurpose.Solicitations)</c>,
/// <c>Norme48Assert.DeclarationComplies(declaration)</c>.
/// </summary>
/// <remarks>
/// <para>
/// Each assertion asks a <see cref="Norme48Evaluator"/> (the shared <c>ns48-2005</c> one unless another is given) and
/// returns its answer when it is the one expected. Otherwise it throws a <see cref="Norme48AssertionException"/> whose
/// message says what was asked, what was expected, the verdict and edition, and every rule that decided, with its
/// strength, source and message — the text a person needs to act, in the test runner's output.
/// </para>
/// <para>
/// Invalid questions (a null argument, an undefined enum value, a purpose the edition does not have) are programmer
/// errors: they throw the evaluator's <see cref="ArgumentException"/>, not an assertion failure.
/// </para>
/// </remarks>
public static class Norme48Assert
{
    /// <summary>Asserts that a declared processing complies with its edition, and throws the conformity report otherwise, in English.</summary>
    /// <param name="declaration">The declared processing.</param>
    /// <param name="evaluator">
    /// The evaluator whose edition and recommendation mode decide; when <see langword="null"/>, one for the
    /// declaration's edition (<c>ns48-2005</c> when the declaration names none).
    /// </param>
    /// <returns>The report, compliant (it may carry notes, such as obligations that come with the declaration).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="declaration"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">
    /// The declaration names an edition other than <paramref name="evaluator"/>'s, an edition this version does not
    /// implement, or a purpose its edition does not have.
    /// </exception>
    /// <exception cref="Norme48AssertionException">
    /// The declaration violates a rule or is outside the norm (NS48-SCOPE-SECTOR); the message is the report as text,
    /// each violation with its rule, strength, part of the declaration, message, fix and source.
    /// </exception>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("ApiDesign", "RS0026:Do not add multiple public overloads with optional parameters", Justification = "The overloads differ in a required parameter (the report's Language), so no call binds ambiguously; the optional evaluator reads the same in both.")]
    public static ConformityReport DeclarationComplies(ProcessingDeclaration declaration, Norme48Evaluator? evaluator = null) =>
        DeclarationComplies(declaration, Language.English, evaluator);

    /// <summary>Asserts that a declared processing complies with its edition, and throws the conformity report otherwise, in a language.</summary>
    /// <param name="declaration">The declared processing.</param>
    /// <param name="language">The language of the failure's report.</param>
    /// <param name="evaluator">
    /// The evaluator whose edition and recommendation mode decide; when <see langword="null"/>, one for the
    /// declaration's edition (<c>ns48-2005</c> when the declaration names none).
    /// </param>
    /// <returns>The report, compliant (it may carry notes, such as obligations that come with the declaration).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="declaration"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="language"/> is not a defined <see cref="Language"/>.</exception>
    /// <exception cref="ArgumentException">
    /// The declaration names an edition other than <paramref name="evaluator"/>'s, an edition this version does not
    /// implement, or a purpose its edition does not have.
    /// </exception>
    /// <exception cref="Norme48AssertionException">
    /// The declaration violates a rule or is outside the norm (NS48-SCOPE-SECTOR); the message is the report as text,
    /// each violation with its rule, strength, part of the declaration, message, fix and source.
    /// </exception>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("ApiDesign", "RS0026:Do not add multiple public overloads with optional parameters", Justification = "The overloads differ in a required parameter (the report's Language), so no call binds ambiguously; the optional evaluator reads the same in both.")]
    public static ConformityReport DeclarationComplies(ProcessingDeclaration declaration, Language language, Norme48Evaluator? evaluator = null)
    {
        ArgumentNullException.ThrowIfNull(declaration);
        if (language is not (Language.English or Language.French))
        {
            throw new ArgumentOutOfRangeException(nameof(language), language, "Not a defined language.");
        }

        evaluator ??= declaration.Edition is { } edition && !ReferenceEquals(edition, Edition.Ns2005)
            ? new Norme48Evaluator(edition)
            : Norme48Evaluator.Default;
        var report = new ConformityEvaluator(evaluator).Evaluate(declaration);
        if (report.IsCompliant)
        {
            return report;
        }

        var headline = language == Language.French
            ? $"Norme48Assert.DeclarationComplies a échoué : le traitement de {declaration.Controller.Name} n'est pas conforme à l'édition {report.Edition.Id}."
            : $"Norme48Assert.DeclarationComplies failed: the processing of {declaration.Controller.Name} does not comply with {report.Edition.Id}.";
        throw new Norme48AssertionException(headline + Environment.NewLine + Environment.NewLine + report.ToText(language), report);
    }

    /// <summary>Asserts that the norm allows collecting a field for a purpose.</summary>
    /// <param name="field">The field: built-in, or custom.</param>
    /// <param name="purpose">The purpose the field would serve.</param>
    /// <param name="sector">The controller's sector; <see cref="Sector.General"/> when <see langword="null"/>.</param>
    /// <param name="evaluator">The evaluator that decides; the shared <c>ns48-2005</c> one when <see langword="null"/>.</param>
    /// <returns>The decision, an allowance.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="field"/> or <paramref name="purpose"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="purpose"/> is not part of the evaluator's edition.</exception>
    /// <exception cref="Norme48AssertionException">The norm denies it; the message explains the denial, rule by rule.</exception>
    public static Decision MayCollect(DataField field, ProcessingPurpose purpose, Sector? sector = null, Norme48Evaluator? evaluator = null) =>
        Collect(field, purpose, sector, evaluator, expectAllowed: true, nameof(MayCollect));

    /// <summary>Asserts that the norm denies collecting a field for a purpose.</summary>
    /// <param name="field">The field: built-in, or custom.</param>
    /// <param name="purpose">The purpose the field would serve.</param>
    /// <param name="sector">The controller's sector; <see cref="Sector.General"/> when <see langword="null"/>.</param>
    /// <param name="evaluator">The evaluator that decides; the shared <c>ns48-2005</c> one when <see langword="null"/>.</param>
    /// <returns>The decision, a denial, with the rules that deny.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="field"/> or <paramref name="purpose"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="purpose"/> is not part of the evaluator's edition.</exception>
    /// <exception cref="Norme48AssertionException">The norm allows it; the message names the rule that allows it.</exception>
    public static Decision MayNotCollect(DataField field, ProcessingPurpose purpose, Sector? sector = null, Norme48Evaluator? evaluator = null) =>
        Collect(field, purpose, sector, evaluator, expectAllowed: false, nameof(MayNotCollect));

    /// <summary>Asserts that the norm allows sharing a field with (giving access to, or disclosing it to) a recipient.</summary>
    /// <param name="field">The field: built-in, or custom.</param>
    /// <param name="recipient">The recipient: listed, or <see cref="Recipient.Unlisted"/>.</param>
    /// <param name="basis">The ground of the share, for the recipients the norm conditions.</param>
    /// <param name="sector">The controller's sector; <see cref="Sector.General"/> when <see langword="null"/>.</param>
    /// <param name="evaluator">The evaluator that decides; the shared <c>ns48-2005</c> one when <see langword="null"/>.</param>
    /// <returns>The decision, an allowance, with its obligations (such as confidentiality for contracted companies).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="field"/> or <paramref name="recipient"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="basis"/> is not a defined <see cref="SharingBasis"/>.</exception>
    /// <exception cref="Norme48AssertionException">The norm denies it; the message explains the denial, rule by rule.</exception>
    public static Decision MayShare(DataField field, Recipient recipient, SharingBasis? basis = null, Sector? sector = null, Norme48Evaluator? evaluator = null) =>
        Share(field, recipient, basis, sector, evaluator, expectAllowed: true, nameof(MayShare));

    /// <summary>Asserts that the norm denies sharing a field with a recipient.</summary>
    /// <param name="field">The field: built-in, or custom.</param>
    /// <param name="recipient">The recipient: listed, or <see cref="Recipient.Unlisted"/>.</param>
    /// <param name="basis">The ground of the share, for the recipients the norm conditions.</param>
    /// <param name="sector">The controller's sector; <see cref="Sector.General"/> when <see langword="null"/>.</param>
    /// <param name="evaluator">The evaluator that decides; the shared <c>ns48-2005</c> one when <see langword="null"/>.</param>
    /// <returns>The decision, a denial, with the rules that deny.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="field"/> or <paramref name="recipient"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="basis"/> is not a defined <see cref="SharingBasis"/>.</exception>
    /// <exception cref="Norme48AssertionException">The norm allows it; the message names the rule that allows it.</exception>
    public static Decision MayNotShare(DataField field, Recipient recipient, SharingBasis? basis = null, Sector? sector = null, Norme48Evaluator? evaluator = null) =>
        Share(field, recipient, basis, sector, evaluator, expectAllowed: false, nameof(MayNotShare));

    /// <summary>Asserts that the norm allows ceding, renting or exchanging a field with the file (« cession, location ou échange »).</summary>
    /// <param name="field">The field: built-in, or custom.</param>
    /// <param name="mode">How the file is handed over.</param>
    /// <param name="conditions">The acquirer's commitment, the person's express consent, and whether the person objected.</param>
    /// <param name="sensitive">
    /// For a built-in commercial-relationship field only: whether its content may indirectly reveal sensitive data for
    /// this business. Leave <see langword="null"/> for every other field.
    /// </param>
    /// <param name="sector">The controller's sector; <see cref="Sector.General"/> when <see langword="null"/>.</param>
    /// <param name="evaluator">The evaluator that decides; the shared <c>ns48-2005</c> one when <see langword="null"/>.</param>
    /// <returns>The decision, an allowance, with the acquirer-commitment obligation.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="field"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="mode"/> is not a defined <see cref="TransferMode"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="sensitive"/> is given for a field that is not a built-in commercial-relationship field.</exception>
    /// <exception cref="Norme48AssertionException">The norm denies it; the message explains the denial, rule by rule.</exception>
    public static Decision MayTransfer(
        DataField field, TransferMode mode, TransferConditions conditions, bool? sensitive = null, Sector? sector = null, Norme48Evaluator? evaluator = null) =>
        Transfer(field, mode, conditions, sensitive, sector, evaluator, expectAllowed: true, nameof(MayTransfer));

    /// <summary>Asserts that the norm denies ceding, renting or exchanging a field with the file.</summary>
    /// <param name="field">The field: built-in, or custom.</param>
    /// <param name="mode">How the file is handed over.</param>
    /// <param name="conditions">The acquirer's commitment, the person's express consent, and whether the person objected.</param>
    /// <param name="sensitive">
    /// For a built-in commercial-relationship field only: whether its content may indirectly reveal sensitive data for
    /// this business. Leave <see langword="null"/> for every other field.
    /// </param>
    /// <param name="sector">The controller's sector; <see cref="Sector.General"/> when <see langword="null"/>.</param>
    /// <param name="evaluator">The evaluator that decides; the shared <c>ns48-2005</c> one when <see langword="null"/>.</param>
    /// <returns>The decision, a denial, with the rules that deny.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="field"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="mode"/> is not a defined <see cref="TransferMode"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="sensitive"/> is given for a field that is not a built-in commercial-relationship field.</exception>
    /// <exception cref="Norme48AssertionException">The norm allows it; the message names the rule that allows it.</exception>
    public static Decision MayNotTransfer(
        DataField field, TransferMode mode, TransferConditions conditions, bool? sensitive = null, Sector? sector = null, Norme48Evaluator? evaluator = null) =>
        Transfer(field, mode, conditions, sensitive, sector, evaluator, expectAllowed: false, nameof(MayNotTransfer));

    /// <summary>Asserts that the norm allows soliciting a person on a channel (NS48-PROSP-*).</summary>
    /// <param name="channel">The channel of the solicitation.</param>
    /// <param name="audience">Whether the person is addressed as a consumer or as a professional.</param>
    /// <param name="subject">The person: status, consent, objection, and whether an objection was offered at collection.</param>
    /// <param name="at">The instant of the solicitation; <c>ns48-2005</c> decides without it.</param>
    /// <param name="sector">The controller's sector; <see cref="Sector.General"/> when <see langword="null"/>.</param>
    /// <param name="evaluator">The evaluator that decides; the shared <c>ns48-2005</c> one when <see langword="null"/>.</param>
    /// <returns>The decision, an allowance.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="subject"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">
    /// <paramref name="channel"/> or <paramref name="audience"/> is not defined, or <paramref name="at"/> lies outside the accepted range.
    /// </exception>
    /// <exception cref="Norme48AssertionException">The norm denies it; the message explains the denial, rule by rule.</exception>
    public static Decision MaySolicit(
        ProspectingChannel channel, Audience audience, Subject subject, Instant? at = null, Sector? sector = null, Norme48Evaluator? evaluator = null) =>
        Solicit(channel, audience, subject, at, sector, evaluator, expectAllowed: true, nameof(MaySolicit));

    /// <summary>Asserts that the norm denies soliciting a person on a channel.</summary>
    /// <param name="channel">The channel of the solicitation.</param>
    /// <param name="audience">Whether the person is addressed as a consumer or as a professional.</param>
    /// <param name="subject">The person: status, consent, objection, and whether an objection was offered at collection.</param>
    /// <param name="at">The instant of the solicitation; <c>ns48-2005</c> decides without it.</param>
    /// <param name="sector">The controller's sector; <see cref="Sector.General"/> when <see langword="null"/>.</param>
    /// <param name="evaluator">The evaluator that decides; the shared <c>ns48-2005</c> one when <see langword="null"/>.</param>
    /// <returns>The decision, a denial, with the rules that deny.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="subject"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">
    /// <paramref name="channel"/> or <paramref name="audience"/> is not defined, or <paramref name="at"/> lies outside the accepted range.
    /// </exception>
    /// <exception cref="Norme48AssertionException">The norm allows it; the message names the rule that allows it.</exception>
    public static Decision MayNotSolicit(
        ProspectingChannel channel, Audience audience, Subject subject, Instant? at = null, Sector? sector = null, Norme48Evaluator? evaluator = null) =>
        Solicit(channel, audience, subject, at, sector, evaluator, expectAllowed: false, nameof(MayNotSolicit));

    private static Decision Collect(DataField field, ProcessingPurpose purpose, Sector? sector, Norme48Evaluator? evaluator, bool expectAllowed, string assertion)
    {
        ArgumentNullException.ThrowIfNull(field);
        ArgumentNullException.ThrowIfNull(purpose);
        evaluator ??= Norme48Evaluator.Default;
        var decision = evaluator.MayCollect(field, purpose, sector);
        return decision.IsAllowed == expectAllowed
            ? decision
            : throw Failure(decision, expectAllowed, assertion, $"may {Describe(field)} be collected for {purpose.Id}{Describe(sector)}, under {evaluator.Edition.Id}?");
    }

    private static Decision Share(
        DataField field, Recipient recipient, SharingBasis? basis, Sector? sector, Norme48Evaluator? evaluator, bool expectAllowed, string assertion)
    {
        ArgumentNullException.ThrowIfNull(field);
        ArgumentNullException.ThrowIfNull(recipient);
        evaluator ??= Norme48Evaluator.Default;
        var decision = evaluator.MayShare(field, recipient, basis, sector);
        return decision.IsAllowed == expectAllowed
            ? decision
            : throw Failure(decision, expectAllowed, assertion, $"may {Describe(field)} be shared with {recipient.Id}, {Describe(basis)}{Describe(sector)}, under {evaluator.Edition.Id}?");
    }

    private static Decision Transfer(
        DataField field,
        TransferMode mode,
        TransferConditions conditions,
        bool? sensitive,
        Sector? sector,
        Norme48Evaluator? evaluator,
        bool expectAllowed,
        string assertion)
    {
        ArgumentNullException.ThrowIfNull(field);
        evaluator ??= Norme48Evaluator.Default;
        var decision = evaluator.MayTransfer(field, mode, conditions, sensitive, sector);
        if (decision.IsAllowed == expectAllowed)
        {
            return decision;
        }

        var flag = sensitive switch
        {
            true => ", flagged as revealing sensitive data",
            false => ", flagged as not revealing sensitive data",
            _ => string.Empty,
        };
        throw Failure(
            decision,
            expectAllowed,
            assertion,
            $"may {Describe(field)} be {Describe(mode)} with the file (conditions: {conditions}){flag}{Describe(sector)}, under {evaluator.Edition.Id}?");
    }

    private static Decision Solicit(
        ProspectingChannel channel,
        Audience audience,
        Subject subject,
        Instant? at,
        Sector? sector,
        Norme48Evaluator? evaluator,
        bool expectAllowed,
        string assertion)
    {
        ArgumentNullException.ThrowIfNull(subject);
        evaluator ??= Norme48Evaluator.Default;
        var decision = evaluator.MaySolicit(channel, audience, subject, at, sector);
        if (decision.IsAllowed == expectAllowed)
        {
            return decision;
        }

        var person = subject.Status == SubjectStatus.Client ? "client" : "prospect";
        var addressedAs = audience == Audience.Professional ? "professional" : "consumer";
        var when = at is { } instant ? $" at {instant}" : string.Empty;
        throw Failure(
            decision,
            expectAllowed,
            assertion,
            $"may a {person} be solicited by {Describe(channel)} as a {addressedAs} (facts: {subject.Prospecting}){when}{Describe(sector)}, under {evaluator.Edition.Id}?");
    }

    private static Norme48AssertionException Failure(Decision decision, bool expectAllowed, string assertion, string question)
    {
        var message = new StringBuilder()
            .Append("Norme48Assert.").Append(assertion).AppendLine(" failed.")
            .Append("Asked: ").AppendLine(question)
            .Append("Expected: ").AppendLine(expectAllowed ? "allowed" : "denied")
            .Append("Verdict: ").Append(decision.Explain(Language.English))
            .ToString();
        return new Norme48AssertionException(message, decision);
    }

    private static string Describe(DataField field) =>
        field.IsBuiltIn ? $"{field.Id} ({field.Category.Id})" : $"{field.Id} (custom, {field.Category.Id})";

    private static string Describe(Sector? sector) => $", sector {(sector ?? Sector.General).Name}";

    private static string Describe(SharingBasis? basis) => basis switch
    {
        SharingBasis.ContractExecution => "basis contract-execution",
        SharingBasis.LegalObligation => "basis legal-obligation",
        SharingBasis.DebtRecovery => "basis debt-recovery",
        _ => "no basis given",
    };

    private static string Describe(TransferMode mode) => mode switch
    {
        TransferMode.Cession => "ceded",
        TransferMode.Rental => "rented",
        _ => "exchanged",
    };

    private static string Describe(ProspectingChannel channel) => channel switch
    {
        ProspectingChannel.Email => "e-mail",
        ProspectingChannel.Sms => "SMS",
        ProspectingChannel.Fax => "fax",
        ProspectingChannel.AutomatedCall => "automated call",
        ProspectingChannel.Phone => "telephone",
        _ => "postal mail",
    };
}
