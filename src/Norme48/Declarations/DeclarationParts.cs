using System;
using System.Collections.Generic;
using System.Linq;
using Norme48.Prospecting;
using Norme48.Retention;
using Norme48.Vocabulary;

namespace Norme48.Declarations;

/// <summary>The controller (« responsable du traitement »): who answers for the processing, and how to reach them.</summary>
public sealed class Controller
{
    /// <summary>Initializes a new instance of the <see cref="Controller"/> class.</summary>
    /// <param name="name">The controller's name.</param>
    /// <param name="contact">Where persons exercise their rights (an e-mail or postal address).</param>
    /// <param name="address">The controller's postal address, when given.</param>
    /// <exception cref="ArgumentException"><paramref name="name"/> or <paramref name="contact"/> is null, empty or white space.</exception>
    public Controller(string name, string contact, string? address = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentException.ThrowIfNullOrWhiteSpace(contact);
        Name = name;
        Contact = contact;
        Address = address;
    }

    /// <summary>Gets the controller's name.</summary>
    public string Name { get; }

    /// <summary>Gets where persons exercise their rights.</summary>
    public string Contact { get; }

    /// <summary>Gets the controller's postal address, when given.</summary>
    public string? Address { get; }

    /// <summary>Returns the controller's name.</summary>
    /// <returns>The name.</returns>
    public override string ToString() => Name;
}

/// <summary>A field the processing collects, with the purposes it serves.</summary>
public sealed class DeclaredField
{
    private readonly ProcessingPurpose[] purposes;

    private System.Collections.ObjectModel.ReadOnlyCollection<ProcessingPurpose>? purposesView;

    /// <summary>Initializes a new instance of the <see cref="DeclaredField"/> class.</summary>
    /// <param name="field">The field, built-in or custom.</param>
    /// <param name="purposes">The purposes the field serves; copied.</param>
    /// <param name="proof">Whether the field is kept as proof of a right or a contract.</param>
    /// <param name="sensitive">
    /// For a built-in commercial-relationship field only: whether its content may indirectly reveal sensitive data for
    /// this business. Leave <see langword="null"/> for every other field (a custom field carries its own flag).
    /// </param>
    /// <exception cref="ArgumentNullException"><paramref name="field"/> or <paramref name="purposes"/> is <see langword="null"/>, or holds a null.</exception>
    /// <exception cref="ArgumentException"><paramref name="sensitive"/> is given for a field that is not a built-in commercial-relationship field.</exception>
    public DeclaredField(DataField field, IEnumerable<ProcessingPurpose> purposes, bool proof = false, bool? sensitive = null)
    {
        ArgumentNullException.ThrowIfNull(field);
        this.purposes = Copy(purposes, nameof(purposes));
        if (sensitive.HasValue)
        {
            DataField.EnsureSensitiveFlagAllowed(field.Category, sensitive, nameof(sensitive));
            if (!field.IsBuiltIn)
            {
                throw new ArgumentException("A custom field carries its own sensitivity flag (DataField.Custom).", nameof(sensitive));
            }
        }

        Field = field;
        Proof = proof;
        Sensitive = sensitive;
    }

    /// <summary>Gets the field.</summary>
    public DataField Field { get; }

    /// <summary>Gets the purposes the field serves.</summary>
    public IReadOnlyList<ProcessingPurpose> Purposes => purposesView ??= Array.AsReadOnly(purposes);

    /// <summary>Gets a value indicating whether the field is kept as proof of a right or a contract.</summary>
    public bool Proof { get; }

    /// <summary>Gets the sensitivity flag of a built-in commercial-relationship field, when given.</summary>
    public bool? Sensitive { get; }

    /// <summary>Gets a value indicating whether the field's content may indirectly reveal sensitive data.</summary>
    public bool MayRevealSensitiveData => Sensitive ?? Field.MayRevealSensitiveData;

    /// <summary>Returns the field id.</summary>
    /// <returns>The field id.</returns>
    public override string ToString() => Field.Id;

    internal static T[] Copy<T>(IEnumerable<T> items, string paramName)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(items, paramName);
        var copy = items.ToArray();
        if (Array.Exists(copy, item => item is null))
        {
            throw new ArgumentNullException(paramName, "The collection holds a null.");
        }

        return copy;
    }
}

/// <summary>A recipient of the processing's data, with the ground on which it receives them.</summary>
public sealed class DeclaredRecipient
{
    /// <summary>Initializes a new instance of the <see cref="DeclaredRecipient"/> class.</summary>
    /// <param name="recipient">The recipient, listed or unlisted.</param>
    /// <param name="basis">The ground of the share, for the recipients the norm conditions.</param>
    /// <exception cref="ArgumentNullException"><paramref name="recipient"/> is <see langword="null"/>.</exception>
    public DeclaredRecipient(Recipient recipient, SharingBasis? basis = null)
    {
        ArgumentNullException.ThrowIfNull(recipient);
        Recipient = recipient;
        Basis = basis;
    }

    /// <summary>Gets the recipient.</summary>
    public Recipient Recipient { get; }

    /// <summary>Gets the ground of the share, when stated.</summary>
    public SharingBasis? Basis { get; }

    /// <summary>Returns the recipient id.</summary>
    /// <returns>The recipient id.</returns>
    public override string ToString() => Recipient.Id;
}

/// <summary>The cession, rental or exchange of the file (« cession, location ou échange »), when the processing does it.</summary>
public sealed class FileTransferDeclaration
{
    private readonly TransferMode[] modes;

    private System.Collections.ObjectModel.ReadOnlyCollection<TransferMode>? modesView;
    private readonly DataField[] fields;

    private System.Collections.ObjectModel.ReadOnlyCollection<DataField>? fieldsView;

    /// <summary>Initializes a new instance of the <see cref="FileTransferDeclaration"/> class.</summary>
    /// <param name="modes">How the file is handed over.</param>
    /// <param name="fields">The fields handed over; copied.</param>
    /// <param name="acquirerCommitment">Acquirers commit to use the data solely to address the persons directly, for commercial purposes.</param>
    /// <param name="expressConsent">The persons' express consent is collected before their commercial-relationship data go.</param>
    /// <param name="objectorsExcluded">Persons who objected are left out of the file.</param>
    /// <exception cref="ArgumentNullException"><paramref name="modes"/> or <paramref name="fields"/> is <see langword="null"/>, or holds a null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A mode is not a defined <see cref="TransferMode"/>.</exception>
    public FileTransferDeclaration(
        IEnumerable<TransferMode> modes, IEnumerable<DataField> fields, bool acquirerCommitment, bool expressConsent, bool objectorsExcluded)
    {
        ArgumentNullException.ThrowIfNull(modes);
        this.modes = modes.Distinct().ToArray();
        foreach (var mode in this.modes)
        {
            if (mode is not (TransferMode.Cession or TransferMode.Rental or TransferMode.Exchange))
            {
                throw new ArgumentOutOfRangeException(nameof(modes), mode, "Not a defined transfer mode.");
            }
        }

        this.fields = DeclaredField.Copy(fields, nameof(fields));
        AcquirerCommitment = acquirerCommitment;
        ExpressConsent = expressConsent;
        ObjectorsExcluded = objectorsExcluded;
    }

    /// <summary>Gets how the file is handed over.</summary>
    public IReadOnlyList<TransferMode> Modes => modesView ??= Array.AsReadOnly(modes);

    /// <summary>Gets the fields handed over.</summary>
    public IReadOnlyList<DataField> Fields => fieldsView ??= Array.AsReadOnly(fields);

    /// <summary>Gets a value indicating whether acquirers commit to use the data solely to address the persons directly, for commercial purposes.</summary>
    public bool AcquirerCommitment { get; }

    /// <summary>Gets a value indicating whether the persons' express consent is collected first.</summary>
    public bool ExpressConsent { get; }

    /// <summary>Gets a value indicating whether persons who objected are left out of the file.</summary>
    public bool ObjectorsExcluded { get; }
}

/// <summary>A prospecting channel the processing uses, whom it addresses, and how consent and objection are captured.</summary>
public sealed class DeclaredChannel
{
    /// <summary>Initializes a new instance of the <see cref="DeclaredChannel"/> class.</summary>
    /// <param name="channel">The channel.</param>
    /// <param name="audience">Consumers or professionals.</param>
    /// <param name="target">Whether the solicitations go to clients or to prospects.</param>
    /// <param name="consentCollected">Prior consent to prospecting on this channel is collected from every person solicited.</param>
    /// <param name="objectionOfferedAtCollection">Persons can object, simply and unambiguously, when their data are collected.</param>
    /// <param name="analogousProducts">
    /// The solicitations to clients concern products or services analogous to those they bought from the same company
    /// (from <c>ns48-2016</c>, one condition of the soft opt-in, NS48-PROSP-SOFT-OPT-IN; unused under <c>ns48-2005</c>).
    /// </param>
    /// <exception cref="ArgumentOutOfRangeException">An enum argument is not defined.</exception>
    public DeclaredChannel(
        ProspectingChannel channel, Audience audience, SubjectStatus target, bool consentCollected, bool objectionOfferedAtCollection, bool analogousProducts = false)
    {
        if (channel is < ProspectingChannel.Email or > ProspectingChannel.Postal)
        {
            throw new ArgumentOutOfRangeException(nameof(channel), channel, "Not a defined prospecting channel.");
        }

        if (audience is not (Audience.Consumer or Audience.Professional))
        {
            throw new ArgumentOutOfRangeException(nameof(audience), audience, "Not a defined audience.");
        }

        if (target is not (SubjectStatus.Client or SubjectStatus.Prospect))
        {
            throw new ArgumentOutOfRangeException(nameof(target), target, "Not a defined subject status.");
        }

        Channel = channel;
        Audience = audience;
        Target = target;
        ConsentCollected = consentCollected;
        ObjectionOfferedAtCollection = objectionOfferedAtCollection;
        AnalogousProducts = analogousProducts;
    }

    /// <summary>Gets the channel.</summary>
    public ProspectingChannel Channel { get; }

    /// <summary>Gets whom the solicitations address.</summary>
    public Audience Audience { get; }

    /// <summary>Gets whether the solicitations go to clients or to prospects.</summary>
    public SubjectStatus Target { get; }

    /// <summary>Gets a value indicating whether prior consent is collected from every person solicited.</summary>
    public bool ConsentCollected { get; }

    /// <summary>Gets a value indicating whether persons can object when their data are collected.</summary>
    public bool ObjectionOfferedAtCollection { get; }

    /// <summary>Gets a value indicating whether the solicitations to clients concern products analogous to those they bought (from <c>ns48-2016</c>).</summary>
    public bool AnalogousProducts { get; }
}

/// <summary>A collection form (questionnaire, web form) and what it shows.</summary>
public sealed class DeclaredForm
{
    /// <summary>Initializes a new instance of the <see cref="DeclaredForm"/> class.</summary>
    /// <param name="id">A kebab-case id naming the form in reports, such as <c>newsletter-signup</c>.</param>
    /// <param name="notice">What the form shows and offers.</param>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> or <paramref name="notice"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="id"/> is not kebab-case.</exception>
    public DeclaredForm(string id, NoticeForm notice)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(notice);
        if (!KebabCase.IsValid(id))
        {
            throw new ArgumentException($"A form id must be kebab-case (^[a-z0-9]+(-[a-z0-9]+)*$); '{id}' is not.", nameof(id));
        }

        Id = id;
        Notice = notice;
    }

    /// <summary>Gets the form's id.</summary>
    public string Id { get; }

    /// <summary>Gets what the form shows and offers.</summary>
    public NoticeForm Notice { get; }

    /// <summary>Returns the form id.</summary>
    /// <returns>The form id.</returns>
    public override string ToString() => Id;
}

/// <summary>
/// The security measures a declaration attests, a checklist: under <c>ns48-2005</c> the three precautions of NS48-SEC;
/// from <c>ns48-2016</c> the four measures of art. 8 (NS48-SEC-AUTH, NS48-SEC-PASSWORDS, NS48-SEC-TRANSIT,
/// NS48-SEC-PAYMENT-TRACE). Each edition checks only its own measures.
/// </summary>
/// <remarks>
/// <see cref="OnlineService"/> and <see cref="RemoteCardPayments"/> are facts, not measures: they say which measures
/// apply. From <c>ns48-2016</c>, the payment trace (NS48-SEC-PAYMENT-TRACE) applies when the processing takes remote
/// card payments or holds payment-means data (a declared field of category <c>payment-means</c>): art. 8 asks that
/// access to payment-means data be traced, and remote card payments put such data within reach of the processing even
/// when no payment field is declared.
/// </remarks>
public sealed class SecurityMeasures
{
    /// <summary>Initializes a new instance of the <see cref="SecurityMeasures"/> class.</summary>
    /// <param name="dataProtection">Precautions against distortion, damage and unauthorised access to the data (<c>ns48-2005</c>).</param>
    /// <param name="onlineService">The processing runs an online service (a website).</param>
    /// <param name="onlineAccessProtection">For an online service, protection against unauthorised access to the system (<c>ns48-2005</c>).</param>
    /// <param name="remoteCardPayments">The processing takes remote card payments.</param>
    /// <param name="securePayment">For remote card payments, state-of-the-art secure payment systems (<c>ns48-2005</c>).</param>
    /// <param name="individualAuthentication">
    /// Everyone who accesses the data authenticates individually: an individual login with a robust, regularly renewed
    /// password, or another means (from <c>ns48-2016</c>, NS48-SEC-AUTH).
    /// </param>
    /// <param name="passwordsNotInClear">Passwords are never stored in clear (from <c>ns48-2016</c>, NS48-SEC-PASSWORDS).</param>
    /// <param name="encryptedTransit">
    /// Data crossing insecure channels are made unintelligible to unauthorised persons, for instance with HTTPS (from
    /// <c>ns48-2016</c>, NS48-SEC-TRANSIT).
    /// </param>
    /// <param name="paymentAccessTraced">
    /// Access to payment-means data is traced, so that an illegitimate access can be detected and attributed (from
    /// <c>ns48-2016</c>, NS48-SEC-PAYMENT-TRACE).
    /// </param>
    public SecurityMeasures(
        bool dataProtection,
        bool onlineService,
        bool onlineAccessProtection,
        bool remoteCardPayments,
        bool securePayment,
        bool individualAuthentication = false,
        bool passwordsNotInClear = false,
        bool encryptedTransit = false,
        bool paymentAccessTraced = false)
    {
        DataProtection = dataProtection;
        OnlineService = onlineService;
        OnlineAccessProtection = onlineAccessProtection;
        RemoteCardPayments = remoteCardPayments;
        SecurePayment = securePayment;
        IndividualAuthentication = individualAuthentication;
        PasswordsNotInClear = passwordsNotInClear;
        EncryptedTransit = encryptedTransit;
        PaymentAccessTraced = paymentAccessTraced;
    }

    /// <summary>Gets a value indicating whether precautions protect the data against distortion, damage and unauthorised access.</summary>
    public bool DataProtection { get; }

    /// <summary>Gets a value indicating whether the processing runs an online service.</summary>
    public bool OnlineService { get; }

    /// <summary>Gets a value indicating whether the online service is protected against unauthorised access.</summary>
    public bool OnlineAccessProtection { get; }

    /// <summary>Gets a value indicating whether the processing takes remote card payments.</summary>
    public bool RemoteCardPayments { get; }

    /// <summary>Gets a value indicating whether remote card payments use state-of-the-art secure payment systems.</summary>
    public bool SecurePayment { get; }

    /// <summary>Gets a value indicating whether everyone who accesses the data authenticates individually (NS48-SEC-AUTH).</summary>
    public bool IndividualAuthentication { get; }

    /// <summary>Gets a value indicating whether passwords are never stored in clear (NS48-SEC-PASSWORDS).</summary>
    public bool PasswordsNotInClear { get; }

    /// <summary>Gets a value indicating whether data crossing insecure channels are encrypted, for instance with HTTPS (NS48-SEC-TRANSIT).</summary>
    public bool EncryptedTransit { get; }

    /// <summary>Gets a value indicating whether access to payment-means data is traced (NS48-SEC-PAYMENT-TRACE).</summary>
    public bool PaymentAccessTraced { get; }
}

/// <summary>The legal ground that frames transfers of data outside the European Union (2016 art. 9).</summary>
public enum TransferBasis
{
    /// <summary>The destination has an adequacy decision of the European Commission (« décision d'adéquation »).</summary>
    AdequacyDecision = 1,

    /// <summary>The transfer is framed by the Commission's standard contractual clauses (« clauses contractuelles types »).</summary>
    StandardContractualClauses = 2,

    /// <summary>The transfer is framed by binding corporate rules (« règles internes d'entreprise », BCR).</summary>
    BindingCorporateRules = 3,

    /// <summary>The transfer is framed by ad hoc contractual clauses the CNIL approved.</summary>
    CnilApprovedClauses = 4,

    /// <summary>
    /// One of the exceptions of art. 69 of the 1978 law (the person's consent, a contract's execution …), which covers
    /// only occasional, exceptional transfers.
    /// </summary>
    Article69Exception = 5,
}

/// <summary>How the processing's transfers outside the European Union are framed (2016 art. 9, NS48-TRANSFER-ABROAD-BASIS).</summary>
/// <remarks>
/// From <c>ns48-2016</c>, transfers outside the EU are covered by the norm only with a basis; an art. 69 exception
/// covers only occasional transfers, so repetitive, massive or structural transfers on that basis are outside the norm.
/// Under <c>ns48-2005</c> the report only lists the transfers (NS48-TRANSFER-OUTSIDE-EU).
/// </remarks>
public sealed class TransferAbroadDeclaration
{
    /// <summary>Initializes a new instance of the <see cref="TransferAbroadDeclaration"/> class.</summary>
    /// <param name="basis">The basis that frames the transfers, or <see langword="null"/> when none is stated.</param>
    /// <param name="repetitiveMassiveOrStructural">The transfers are repetitive, massive or structural, rather than occasional.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="basis"/> is not a defined <see cref="TransferBasis"/>.</exception>
    public TransferAbroadDeclaration(TransferBasis? basis, bool repetitiveMassiveOrStructural)
    {
        if (basis is < TransferBasis.AdequacyDecision or > TransferBasis.Article69Exception)
        {
            throw new ArgumentOutOfRangeException(nameof(basis), basis, "Not a defined transfer basis.");
        }

        Basis = basis;
        RepetitiveMassiveOrStructural = repetitiveMassiveOrStructural;
    }

    /// <summary>Gets the basis that frames the transfers, or <see langword="null"/> when none is stated.</summary>
    public TransferBasis? Basis { get; }

    /// <summary>Gets a value indicating whether the transfers are repetitive, massive or structural, rather than occasional.</summary>
    public bool RepetitiveMassiveOrStructural { get; }

    /// <summary>Describes the transfers.</summary>
    /// <returns>Such as <c>standard-contractual-clauses, occasional</c>.</returns>
    public override string ToString() =>
        $"{(Basis is { } basis ? VocabularyIds.TransferBases[(int)basis - 1] : "no basis")}, {(RepetitiveMassiveOrStructural ? "repetitive, massive or structural" : "occasional")}";
}
