using System;

namespace Norme48.Annotations;

/// <summary>
/// Says that a property or field whose name looks like personal data holds none, such as a warehouse's
/// <c>WarehouseCode</c> or a <c>PageSize</c>: <c>[NotPersonalData("the warehouse that ships the order")]</c>.
/// </summary>
/// <remarks>
/// <para>
/// Model scans (<c>Norme48.Testing.ModelScan</c>) report every member named like personal data — its name, split at
/// case changes, underscores and digits, contains a word of the norm's field table or a usual abbreviation such as
/// <c>email</c>, <c>phone</c> or <c>iban</c> — that carries no <see cref="Ns48FieldAttribute"/>. Some of those words are
/// generic (<c>date</c>, <c>code</c>, <c>number</c>, <c>name</c> …); this attribute records, where the member is
/// declared, that a person checked it and found no personal data in it, so that the scan stops reporting it.
/// </para>
/// <para>
/// It is a statement about the content, not an exemption: a member that holds data about a person, even indirectly
/// (an order's delivery date, a customer's key), is personal data and is classified with <see cref="Ns48FieldAttribute"/>
/// instead. On a member that also carries <see cref="Ns48FieldAttribute"/>, the classification wins and this attribute
/// is ignored.
/// </para>
/// </remarks>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field, AllowMultiple = false, Inherited = true)]
public sealed class NotPersonalDataAttribute : Attribute
{
    /// <summary>Initializes a new instance of the <see cref="NotPersonalDataAttribute"/> class, without a reason.</summary>
    public NotPersonalDataAttribute()
    {
    }

    /// <summary>Initializes a new instance of the <see cref="NotPersonalDataAttribute"/> class with the reason the member holds no personal data.</summary>
    /// <param name="reason">Why the member holds no personal data, for the next reader, such as <c>the warehouse that ships the order</c>.</param>
    public NotPersonalDataAttribute(string reason)
    {
        Reason = reason;
    }

    /// <summary>Gets why the member holds no personal data, when given.</summary>
    public string? Reason { get; }
}
