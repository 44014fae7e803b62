using System;
using System.Collections.Generic;
using Norme48.Retention;
using Norme48.Vocabulary;

namespace Norme48.Declarations;

/// <summary>
/// A processing of client and prospect data, described once: who the controller is, what is collected and why, who
/// receives it, whether the file is ceded, rented or exchanged, how long data are kept, how people are prospected and
/// informed, and the security measures. The conformity evaluator checks it against every rule of an edition.
/// </summary>
public sealed class ProcessingDeclaration
{
    private readonly ProcessingPurpose[] purposes;

    private System.Collections.ObjectModel.ReadOnlyCollection<ProcessingPurpose>? purposesView;
    private readonly DeclaredField[] fields;

    private System.Collections.ObjectModel.ReadOnlyCollection<DeclaredField>? fieldsView;
    private readonly DeclaredRecipient[] recipients;

    private System.Collections.ObjectModel.ReadOnlyCollection<DeclaredRecipient>? recipientsView;
    private readonly RetentionPolicy[] retentionPolicies;

    private System.Collections.ObjectModel.ReadOnlyCollection<RetentionPolicy>? retentionPoliciesView;
    private readonly DeclaredChannel[] channels;

    private System.Collections.ObjectModel.ReadOnlyCollection<DeclaredChannel>? channelsView;
    private readonly DeclaredForm[] forms;

    private System.Collections.ObjectModel.ReadOnlyCollection<DeclaredForm>? formsView;

    /// <summary>Initializes a new instance of the <see cref="ProcessingDeclaration"/> class.</summary>
    /// <param name="controller">The controller.</param>
    /// <param name="purposes">The purposes of the processing; copied.</param>
    /// <param name="fields">The fields collected, each with the purposes it serves; copied.</param>
    /// <param name="recipients">The recipients of the data; copied. Empty when only the controller's own staff see them.</param>
    /// <param name="security">The security measures attested (NS48-SEC).</param>
    /// <param name="sector">The controller's sector; <see cref="Sector.General"/> when <see langword="null"/>.</param>
    /// <param name="edition">The edition the declaration is made under; <see langword="null"/> to let the caller choose.</param>
    /// <param name="fileTransfer">The cession, rental or exchange of the file, when the processing does it.</param>
    /// <param name="retentionPolicies">The controller's own retention policies; copied.</param>
    /// <param name="channels">The prospecting channels used; copied.</param>
    /// <param name="forms">The collection forms; copied.</param>
    /// <param name="usesTrackers">Whether the site sets trackers (cookies …).</param>
    /// <param name="trackersNotice">Whether users are told the trackers' purpose and how to refuse them.</param>
    /// <param name="transfersOutsideEu">Whether data are transferred outside the European Union.</param>
    /// <param name="transferAbroad">
    /// How the transfers outside the European Union are framed (from <c>ns48-2016</c>, NS48-TRANSFER-ABROAD-BASIS);
    /// giving it implies <paramref name="transfersOutsideEu"/>.
    /// </param>
    /// <exception cref="ArgumentNullException">A required argument is <see langword="null"/>, or a collection holds a null.</exception>
    /// <exception cref="ArgumentException">Two declared fields or two forms have the same id.</exception>
    public ProcessingDeclaration(
        Controller controller,
        IEnumerable<ProcessingPurpose> purposes,
        IEnumerable<DeclaredField> fields,
        IEnumerable<DeclaredRecipient> recipients,
        SecurityMeasures security,
        Sector? sector = null,
        Edition? edition = null,
        FileTransferDeclaration? fileTransfer = null,
        IEnumerable<RetentionPolicy>? retentionPolicies = null,
        IEnumerable<DeclaredChannel>? channels = null,
        IEnumerable<DeclaredForm>? forms = null,
        bool usesTrackers = false,
        bool trackersNotice = false,
        bool transfersOutsideEu = false,
        TransferAbroadDeclaration? transferAbroad = null)
    {
        ArgumentNullException.ThrowIfNull(controller);
        ArgumentNullException.ThrowIfNull(security);
        Controller = controller;
        this.purposes = DeclaredField.Copy(purposes, nameof(purposes));
        this.fields = DeclaredField.Copy(fields, nameof(fields));
        this.recipients = DeclaredField.Copy(recipients, nameof(recipients));
        this.retentionPolicies = DeclaredField.Copy(retentionPolicies ?? [], nameof(retentionPolicies));
        this.channels = DeclaredField.Copy(channels ?? [], nameof(channels));
        this.forms = DeclaredField.Copy(forms ?? [], nameof(forms));
        EnsureUnique(this.fields, f => f.Field.Id, "field", nameof(fields));
        EnsureUnique(this.forms, f => f.Id, "form", nameof(forms));
        Security = security;
        Sector = sector ?? Sector.General;
        Edition = edition;
        FileTransfer = fileTransfer;
        UsesTrackers = usesTrackers;
        TrackersNotice = trackersNotice;
        TransfersOutsideEu = transfersOutsideEu || transferAbroad is not null;
        TransferAbroad = transferAbroad;
    }

    /// <summary>Gets the controller.</summary>
    public Controller Controller { get; }

    /// <summary>Gets the controller's sector.</summary>
    public Sector Sector { get; }

    /// <summary>Gets the edition the declaration is made under, or <see langword="null"/> when it leaves the choice to the caller.</summary>
    public Edition? Edition { get; }

    /// <summary>Gets the purposes of the processing.</summary>
    public IReadOnlyList<ProcessingPurpose> Purposes => purposesView ??= Array.AsReadOnly(purposes);

    /// <summary>Gets the fields collected.</summary>
    public IReadOnlyList<DeclaredField> Fields => fieldsView ??= Array.AsReadOnly(fields);

    /// <summary>Gets the recipients of the data.</summary>
    public IReadOnlyList<DeclaredRecipient> Recipients => recipientsView ??= Array.AsReadOnly(recipients);

    /// <summary>Gets the cession, rental or exchange of the file, or <see langword="null"/> when the file is not handed over.</summary>
    public FileTransferDeclaration? FileTransfer { get; }

    /// <summary>Gets the controller's own retention policies.</summary>
    public IReadOnlyList<RetentionPolicy> RetentionPolicies => retentionPoliciesView ??= Array.AsReadOnly(retentionPolicies);

    /// <summary>Gets the prospecting channels used.</summary>
    public IReadOnlyList<DeclaredChannel> Channels => channelsView ??= Array.AsReadOnly(channels);

    /// <summary>Gets the collection forms.</summary>
    public IReadOnlyList<DeclaredForm> Forms => formsView ??= Array.AsReadOnly(forms);

    /// <summary>Gets a value indicating whether the site sets trackers.</summary>
    public bool UsesTrackers { get; }

    /// <summary>Gets a value indicating whether users are told the trackers' purpose and how to refuse them.</summary>
    public bool TrackersNotice { get; }

    /// <summary>Gets the security measures attested.</summary>
    public SecurityMeasures Security { get; }

    /// <summary>Gets a value indicating whether data are transferred outside the European Union.</summary>
    public bool TransfersOutsideEu { get; }

    /// <summary>
    /// Gets how the transfers outside the European Union are framed, or <see langword="null"/> when the declaration does
    /// not say (under <c>ns48-2016</c> and <c>ref-2021</c>, transfers without a stated basis violate NS48-TRANSFER-ABROAD-BASIS).
    /// </summary>
    public TransferAbroadDeclaration? TransferAbroad { get; }

    /// <summary>
    /// Returns the same declaration with no edition of its own, so that an evaluator of any edition can check it (the
    /// edition comparison asks two editions the same questions). Kept beside the constructor so that a new part of the
    /// declaration is copied too.
    /// </summary>
    /// <returns>This declaration when it names no edition, otherwise a copy without one.</returns>
    internal ProcessingDeclaration WithoutEdition() => Edition is null
        ? this
        : new ProcessingDeclaration(
            Controller, purposes, fields, recipients, Security, Sector, edition: null, FileTransfer, retentionPolicies, channels, forms,
            UsesTrackers, TrackersNotice, TransfersOutsideEu, TransferAbroad);

    /// <summary>Names the processing by its controller.</summary>
    /// <returns>Such as <c>Processing of Example Shop</c>.</returns>
    public override string ToString() => $"Processing of {Controller.Name}";

    private static void EnsureUnique<T>(T[] items, Func<T, string> idOf, string what, string paramName)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            if (!seen.Add(idOf(item)))
            {
                throw new ArgumentException($"The {what} '{idOf(item)}' is declared twice.", paramName);
            }
        }
    }
}
