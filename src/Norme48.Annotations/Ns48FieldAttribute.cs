using System;
using System.Linq;
using Microsoft.Extensions.Compliance.Classification;
using Norme48.Vocabulary;

namespace Norme48.Annotations;

/// <summary>
/// Names the NS-48 field a property, field or parameter holds: a built-in field of the norm
/// (<c>[Ns48Field("email-address")]</c>) or a custom field declared in one of its categories
/// (<c>[Ns48Field("loyalty-tier", "commercial-relationship")]</c>).
/// </summary>
/// <remarks>
/// <para>
/// The attribute is a <see cref="DataClassificationAttribute"/> of the <see cref="Ns48Taxonomy"/>: its
/// <see cref="DataClassificationAttribute.Classification"/> is <c>Norme48:&lt;category id&gt;</c>, such as
/// <c>Norme48:payment-means</c> for <c>bank-card-number</c>, so that tools which act on data classifications (audits,
/// redaction) can act per category of the norm. <see cref="ToDataField"/> gives the Norme48 <see cref="DataField"/>
/// to ask the evaluator about.
/// </para>
/// <para>
/// A custom field's category is a constructor argument rather than a named property because a data classification is
/// fixed when the attribute is constructed, before named properties are set.
/// </para>
/// <para>
/// Microsoft.Extensions.Telemetry's logging source generator (<c>[LogProperties]</c>, classified <c>[LoggerMessage]</c>
/// parameters) creates each classification attribute it meets through a parameterless constructor, one instance per
/// attribute type: a member of a logged type marked <c>[Ns48Field("…")]</c> itself does not compile there (CS1729).
/// For those types, derive a parameterless attribute per field, such as
/// <c>public sealed class BankCardNumberAttribute() : Ns48FieldAttribute("bank-card-number");</c>: it is an
/// <see cref="Ns48FieldAttribute"/> to everything that reads this attribute by reflection (model scans, audits), and
/// the generator redacts the member by its category's classification (see the Norme48.Redaction package).
/// </para>
/// <para>
/// The arguments are checked when the attribute is constructed, that is when it is first read by reflection: a
/// misspelt id throws an <see cref="ArgumentException"/> there, naming the attribute's argument, rather than
/// classifying the data wrongly.
/// </para>
/// </remarks>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field | AttributeTargets.Parameter, AllowMultiple = false, Inherited = true)]
public class Ns48FieldAttribute : DataClassificationAttribute
{
    private readonly DataField field;
    private bool? mayRevealSensitiveData;

    /// <summary>Initializes a new instance of the <see cref="Ns48FieldAttribute"/> class for a built-in field of the norm.</summary>
    /// <param name="fieldId">The id of one of the norm's 43 fields, such as <c>email-address</c> (see <see cref="DataField.BuiltIn"/>).</param>
    /// <exception cref="ArgumentNullException"><paramref name="fieldId"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">
    /// <paramref name="fieldId"/> is blank or is not a built-in field id; the message lists the built-in ids and says how
    /// to declare a custom field.
    /// </exception>
    public Ns48FieldAttribute(string fieldId)
        : this(ResolveBuiltIn(fieldId), category: null)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="Ns48FieldAttribute"/> class for a custom field in one of the norm's categories.</summary>
    /// <param name="fieldId">A kebab-case id (<c>^[a-z0-9]+(-[a-z0-9]+)*$</c>) that is not a built-in field id, such as <c>loyalty-tier</c>.</param>
    /// <param name="category">The id of the category the field belongs to, such as <c>commercial-relationship</c> (see <see cref="DataCategory.All"/>).</param>
    /// <exception cref="ArgumentNullException"><paramref name="fieldId"/> or <paramref name="category"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">
    /// <paramref name="fieldId"/> is blank, not kebab-case or a built-in field id; or <paramref name="category"/> is
    /// blank or not a category id (the message lists them).
    /// </exception>
    /// <remarks>Every rule of the category applies to the field, exactly as to a built-in field of it (see <see cref="DataField.Custom"/>).</remarks>
    public Ns48FieldAttribute(string fieldId, string category)
        : this(DeclareCustom(fieldId, category), category)
    {
    }

    private Ns48FieldAttribute(DataField field, string? category)
        : base(Ns48Taxonomy.For(field.Category))
    {
        this.field = field;
        FieldId = field.Id;
        Category = category;
    }

    /// <summary>Gets the id of the field, such as <c>email-address</c> or <c>loyalty-tier</c>.</summary>
    public string FieldId { get; }

    /// <summary>
    /// Gets the category id given for a custom field, such as <c>commercial-relationship</c>; <see langword="null"/> for
    /// a built-in field, whose category follows from its id (it is the value of
    /// <see cref="DataClassificationAttribute.Classification"/> in both cases).
    /// </summary>
    public string? Category { get; }

    /// <summary>
    /// Gets or sets a value indicating whether the custom field's content may indirectly reveal sensitive data (racial
    /// or ethnic origin, political, philosophical or religious opinions, trade-union membership, sex life), such as a
    /// subscription to a religious magazine.
    /// </summary>
    /// <remarks>
    /// Only a custom field of the <c>commercial-relationship</c> category may carry the flag, whatever its value, as in
    /// <see cref="DataField.Custom"/>; a built-in field is flagged by each decision instead. Setting it elsewhere makes
    /// <see cref="ToDataField"/> throw.
    /// </remarks>
    public bool MayRevealSensitiveData
    {
        get => mayRevealSensitiveData ?? false;
        set => mayRevealSensitiveData = value;
    }

    /// <summary>Gets the Norme48 field the attribute names.</summary>
    /// <returns>The built-in field (the same instance as <see cref="DataField.Parse"/> gives), or the custom field.</returns>
    /// <exception cref="InvalidOperationException">
    /// <see cref="MayRevealSensitiveData"/> was set on a built-in field or on a custom field outside the
    /// <c>commercial-relationship</c> category.
    /// </exception>
    public DataField ToDataField()
    {
        if (mayRevealSensitiveData is not { } flag)
        {
            return field;
        }

        if (field.IsBuiltIn)
        {
            throw new InvalidOperationException(
                $"[Ns48Field(\"{FieldId}\")]: {nameof(MayRevealSensitiveData)} is for custom commercial-relationship fields only; "
                + $"'{FieldId}' is a built-in field, flagged by each decision instead. Remove {nameof(MayRevealSensitiveData)}.");
        }

        if (!ReferenceEquals(field.Category, DataCategory.CommercialRelationship))
        {
            throw new InvalidOperationException(
                $"[Ns48Field(\"{FieldId}\", \"{Category}\")]: only commercial-relationship fields may carry {nameof(MayRevealSensitiveData)}, "
                + $"whatever its value; '{FieldId}' is a {Category} field. Remove {nameof(MayRevealSensitiveData)}.");
        }

        return DataField.Custom(FieldId, field.Category, flag);
    }

    private static DataField ResolveBuiltIn(string fieldId)
    {
        EnsureNotBlank(fieldId, nameof(fieldId), nameof(FieldId), "the id of an NS-48 field, such as \"email-address\"");
        if (DataField.TryParse(fieldId, out var builtIn))
        {
            return builtIn;
        }

        throw new ArgumentException(
            $"[Ns48Field(\"{fieldId}\")]: {nameof(FieldId)} '{fieldId}' is not a built-in NS-48 field id. "
            + $"Built-in ids: {string.Join(", ", DataField.BuiltIn.Select(f => f.Id))}. "
            + $"For a field of your own, give its category as well, such as [Ns48Field(\"{fieldId}\", \"commercial-relationship\")].",
            nameof(fieldId));
    }

    private static DataField DeclareCustom(string fieldId, string category)
    {
        EnsureNotBlank(fieldId, nameof(fieldId), nameof(FieldId), "the id of an NS-48 field, such as \"email-address\"");
        EnsureNotBlank(category, nameof(category), nameof(Category), "the id of an NS-48 category, such as \"commercial-relationship\"");
        if (DataField.TryParse(fieldId, out var builtIn))
        {
            throw new ArgumentException(
                $"[Ns48Field(\"{fieldId}\", \"{category}\")]: '{fieldId}' is a built-in NS-48 field, of category {builtIn.Category.Id}; "
                + $"name it without a category: [Ns48Field(\"{fieldId}\")].",
                nameof(fieldId));
        }

        if (!DataCategory.TryParse(category, out var dataCategory))
        {
            throw new ArgumentException(
                $"[Ns48Field(\"{fieldId}\", \"{category}\")]: {nameof(Category)} '{category}' is not an NS-48 category id. "
                + $"Category ids: {string.Join(", ", DataCategory.All.Select(c => c.Id))}.",
                nameof(category));
        }

        try
        {
            return DataField.Custom(fieldId, dataCategory);
        }
        catch (ArgumentException e)
        {
            throw new ArgumentException(
                $"[Ns48Field(\"{fieldId}\", \"{category}\")]: {nameof(FieldId)} '{fieldId}' is not a valid custom field id; "
                + "a custom field id is kebab-case (^[a-z0-9]+(-[a-z0-9]+)*$), such as \"loyalty-tier\".",
                nameof(fieldId),
                e);
        }
    }

    private static void EnsureNotBlank(string value, string paramName, string property, string expected)
    {
        if (value is null)
        {
            throw new ArgumentNullException(paramName, $"[Ns48Field]: {property} is null.");
        }

        if (string.IsNullOrWhiteSpace(value))
        {
            throw new ArgumentException($"[Ns48Field]: {property} is blank; give {expected}.", paramName);
        }
    }
}
