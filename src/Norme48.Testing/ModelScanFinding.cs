using System;
using System.Linq;
using System.Reflection;
using Norme48.Vocabulary;

namespace Norme48.Testing;

/// <summary>What a model scan found wrong with one member of an entity type.</summary>
public enum ModelScanFindingKind
{
    /// <summary>
    /// The member is classified as the NIR or as another field of the <c>excluded</c> category: the model stores data
    /// the norm forbids collecting at all (NS48-DATA-NIR).
    /// </summary>
    ExcludedField = 1,

    /// <summary>
    /// The member is named like personal data (<see cref="PersonalDataNames.LooksPersonal"/>) but carries neither
    /// <c>[Ns48Field]</c> nor <c>[NotPersonalData]</c>.
    /// </summary>
    Unclassified = 2,

    /// <summary>The member is classified as a field that the processing declaration does not list.</summary>
    NotDeclared = 3,
}

/// <summary>One finding of a model scan: which member of which type, what kind of problem, and what to do about it.</summary>
public sealed class ModelScanFinding
{
    internal ModelScanFinding(ModelScanFindingKind kind, Type type, MemberInfo member, DataField? field, string? matchedWord, string message)
    {
        Kind = kind;
        Type = type;
        Member = member;
        Field = field;
        MatchedWord = matchedWord;
        Message = message;
    }

    /// <summary>Gets the kind of problem.</summary>
    public ModelScanFindingKind Kind { get; }

    /// <summary>Gets the entity type scanned (the member may be declared in one of its base types).</summary>
    public Type Type { get; }

    /// <summary>Gets the public property or field concerned.</summary>
    public MemberInfo Member { get; }

    /// <summary>Gets the name of the member concerned.</summary>
    public string MemberName => Member.Name;

    /// <summary>
    /// Gets the field the member is classified as, for <see cref="ModelScanFindingKind.ExcludedField"/> and
    /// <see cref="ModelScanFindingKind.NotDeclared"/>; <see langword="null"/> for an unclassified member.
    /// </summary>
    public DataField? Field { get; }

    /// <summary>
    /// Gets the word of <see cref="PersonalDataNames.Words"/> the member's name contains, for
    /// <see cref="ModelScanFindingKind.Unclassified"/>; <see langword="null"/> otherwise.
    /// </summary>
    public string? MatchedWord { get; }

    /// <summary>Gets what is wrong and what to do, in English.</summary>
    public string Message { get; }

    /// <summary>Gets the kind as the report writes it: <c>excluded field</c>, <c>unclassified</c> or <c>not declared</c>.</summary>
    public string KindText => KindName(Kind);

    /// <summary>Returns the kind, the member and the message on one line.</summary>
    /// <returns>Such as <c>unclassified — Customer.Phone: is named like personal data …</c>.</returns>
    public override string ToString() => $"{KindText} — {TypeName(Type)}.{MemberName}: {Message}";

    internal static string KindName(ModelScanFindingKind kind) => kind switch
    {
        ModelScanFindingKind.ExcludedField => "excluded field",
        ModelScanFindingKind.Unclassified => "unclassified",
        _ => "not declared",
    };

    /// <summary>A type's name as C# writes it in its namespace: <c>Outer.Inner</c> for a nested type, without generic arity.</summary>
    internal static string TypeName(Type type)
    {
        var name = type.Name.Split('`')[0];
        if (type.IsGenericType)
        {
            name += "<" + string.Join(", ", type.GetGenericArguments().Select(TypeName)) + ">";
        }

        return type.DeclaringType is { } outer && !type.IsGenericParameter ? TypeName(outer) + "." + name : name;
    }
}
