using System;
using System.Collections.Generic;
using System.Linq;

namespace Norme48.Prospecting;

/// <summary>What a collection form (questionnaire, web form) tells and offers the person.</summary>
public sealed class NoticeForm
{
    private readonly NoticeItem[] items;

    private System.Collections.ObjectModel.ReadOnlyCollection<NoticeItem>? itemsView;

    /// <summary>Initializes a new instance of the <see cref="NoticeForm"/> class.</summary>
    /// <param name="items">The information items the form shows; duplicates are ignored.</param>
    /// <param name="prospecting">The data collected serve prospecting.</param>
    /// <param name="objectionNotice">The form tells the person they may object to prospecting free of charge and without giving reasons.</param>
    /// <param name="trackers">The site sets trackers (cookies …).</param>
    /// <param name="trackersNotice">Users are told the trackers' purpose and how to refuse them.</param>
    /// <param name="consentCheckbox">The means to consent or object, when assessed; <see langword="null"/> leaves it unassessed.</param>
    /// <exception cref="ArgumentNullException"><paramref name="items"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An item or <paramref name="consentCheckbox"/> is not a defined value.</exception>
    public NoticeForm(
        IEnumerable<NoticeItem> items,
        bool prospecting = false,
        bool objectionNotice = false,
        bool trackers = false,
        bool trackersNotice = false,
        ConsentCheckbox? consentCheckbox = null)
    {
        ArgumentNullException.ThrowIfNull(items);
        this.items = items.Distinct().OrderBy(i => i).ToArray();
        foreach (var item in this.items)
        {
            if (item is < NoticeItem.ControllerIdentity or > NoticeItem.Rights)
            {
                throw new ArgumentOutOfRangeException(nameof(items), item, "Not a defined notice item.");
            }
        }

        if (consentCheckbox is < global::Norme48.Prospecting.ConsentCheckbox.None or > global::Norme48.Prospecting.ConsentCheckbox.PreTicked)
        {
            throw new ArgumentOutOfRangeException(nameof(consentCheckbox), consentCheckbox, "Not a defined consent checkbox.");
        }

        Prospecting = prospecting;
        ObjectionNotice = objectionNotice;
        Trackers = trackers;
        TrackersNotice = trackersNotice;
        ConsentCheckbox = consentCheckbox;
    }

    /// <summary>Gets the information items the form shows, in the norm's order, without duplicates.</summary>
    public IReadOnlyList<NoticeItem> Items => itemsView ??= Array.AsReadOnly(items);

    /// <summary>Gets a value indicating whether the data collected serve prospecting.</summary>
    public bool Prospecting { get; }

    /// <summary>Gets a value indicating whether the form tells the person they may object to prospecting free of charge.</summary>
    public bool ObjectionNotice { get; }

    /// <summary>Gets a value indicating whether the site sets trackers.</summary>
    public bool Trackers { get; }

    /// <summary>Gets a value indicating whether users are told the trackers' purpose and how to refuse them.</summary>
    public bool TrackersNotice { get; }

    /// <summary>Gets the means to consent or object, or <see langword="null"/> when not assessed.</summary>
    public ConsentCheckbox? ConsentCheckbox { get; }
}
