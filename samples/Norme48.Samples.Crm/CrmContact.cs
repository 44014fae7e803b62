using System;
using Norme48.Retention;

namespace Norme48.Samples.Crm;

/// <summary>A contact of the CRM, as a CRM stores it: plain columns, no Norme48 types.</summary>
public sealed class CrmContact
{
    public int Id { get; set; }

    public SubjectStatus Status { get; set; }

    /// <summary>A synthetic name, <c>Contact 000123</c>.</summary>
    public string Name { get; set; } = string.Empty;

    /// <summary>A synthetic address, <c>contact000123@example.test</c>.</summary>
    public string? Email { get; set; }

    public string? Phone { get; set; }

    public DateTimeOffset? CollectedAt { get; set; }

    public DateTimeOffset? RelationshipEndedAt { get; set; }

    /// <summary>The last time the person wrote, called or clicked (a contact from the person).</summary>
    public DateTimeOffset? LastContactAt { get; set; }

    public int Unanswered { get; set; }

    /// <summary>The amount of the client's last invoice: proof of the contract, archived when the relationship ends.</summary>
    public decimal? LastInvoiceAmount { get; set; }

    public DateTimeOffset? LastInvoiceDate { get; set; }

    /// <summary>A client's data are also used for prospecting (from <c>ns48-2016</c>: kept 3 years after the relationship ends).</summary>
    public bool UsedForProspecting { get; set; }

    /// <summary>Moved to the intermediate archive (logical separation).</summary>
    public bool Archived { get; set; }
}
