using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using Norme48.Annotations;
using Norme48.Declarations;
using Norme48.Evaluation;
using Norme48.Rules;
using Norme48.Vocabulary;

namespace Norme48.Testing;

/// <summary>
/// Reads a CRM's entity types the way an auditor would, and reports three kinds of problems: a member that holds an
/// excluded field (the NIR), a member named like personal data that nobody classified, and — given the processing
/// declaration — a classified member whose field the declaration does not list.
/// </summary>
/// <remarks>
/// <para>
/// A scan reads the public instance properties (indexers aside) and fields of each type, inherited ones included, and
/// for each member its <see cref="Ns48FieldAttribute"/> and <see cref="NotPersonalDataAttribute"/>. It reports:
/// </para>
/// <list type="bullet">
/// <item><description>
/// <see cref="ModelScanFindingKind.ExcludedField"/>: the member is classified as the NIR or another field of the
/// <c>excluded</c> category (NS48-DATA-NIR: it may never be collected, so the model must not hold it).
/// </description></item>
/// <item><description>
/// <see cref="ModelScanFindingKind.Unclassified"/>: the member carries neither attribute and its name looks like personal
/// data (<see cref="PersonalDataNames.LooksPersonal"/>).
/// </description></item>
/// <item><description>
/// <see cref="ModelScanFindingKind.NotDeclared"/>: with a declaration, the member is classified as a field that is not
/// among the declaration's fields (a custom field must match in id, category and sensitivity flag).
/// </description></item>
/// </list>
/// <para>
/// Members are not followed into the types they hold: pass owned and nested entity types as well. On a positional
/// record, an attribute written on the parameter classifies the constructor parameter, not the property: write
/// <c>[property: Ns48Field("email-address")]</c>.
/// </para>
/// </remarks>
public static class ModelScan
{
    private const BindingFlags PublicInstance = BindingFlags.Public | BindingFlags.Instance;

    /// <summary>Scans entity types, and compares their classified members with a declaration when one is given.</summary>
    /// <param name="entityTypes">The entity types; a type given twice is scanned once.</param>
    /// <param name="declaration">The processing declaration, or <see langword="null"/> to skip the <see cref="ModelScanFindingKind.NotDeclared"/> check.</param>
    /// <returns>The result, with every finding.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="entityTypes"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">
    /// <paramref name="entityTypes"/> holds a null; or a member's <see cref="Ns48FieldAttribute"/> is invalid (a misspelt
    /// field id, a sensitivity flag where it is not allowed) — the message names the type and the member.
    /// </exception>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("ApiDesign", "RS0026:Do not add multiple public overloads with optional parameters", Justification = "The overloads differ in a required parameter (an Assembly or the entity types), so no call binds ambiguously; the optional declaration reads the same in both.")]
    public static ModelScanResult Scan(IEnumerable<Type> entityTypes, ProcessingDeclaration? declaration = null)
    {
        ArgumentNullException.ThrowIfNull(entityTypes);
        var types = new List<Type>();
        foreach (var type in entityTypes)
        {
            if (type is null)
            {
                throw new ArgumentException("The entity types hold a null.", nameof(entityTypes));
            }

            if (!types.Contains(type))
            {
                types.Add(type);
            }
        }

        return ScanTypes([.. types], declaration, nameof(entityTypes));
    }

    /// <summary>
    /// Scans every public type of an assembly that has at least one public member carrying <see cref="Ns48FieldAttribute"/>,
    /// and compares their classified members with a declaration when one is given.
    /// </summary>
    /// <param name="assembly">The assembly of the model, such as <c>typeof(Customer).Assembly</c>.</param>
    /// <param name="declaration">The processing declaration, or <see langword="null"/> to skip the <see cref="ModelScanFindingKind.NotDeclared"/> check.</param>
    /// <returns>The result, with every finding; types are scanned in the order of their full names.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="assembly"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A member's <see cref="Ns48FieldAttribute"/> is invalid; the message names the type and the member.</exception>
    /// <remarks>
    /// A type none of whose members is annotated is not scanned, however personal its members' names look: pass such
    /// types to <see cref="Scan(IEnumerable{Type}, ProcessingDeclaration?)"/>.
    /// </remarks>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("ApiDesign", "RS0026:Do not add multiple public overloads with optional parameters", Justification = "The overloads differ in a required parameter (an Assembly or the entity types), so no call binds ambiguously; the optional declaration reads the same in both.")]
    public static ModelScanResult Scan(Assembly assembly, ProcessingDeclaration? declaration = null)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        var types = assembly.GetExportedTypes()
            .Where(t => !t.IsInterface && MembersOf(t).Any(m => Attribute.IsDefined(m, typeof(Ns48FieldAttribute), inherit: true)))
            .OrderBy(t => t.FullName, StringComparer.Ordinal)
            .ToArray();
        return ScanTypes(types, declaration, nameof(assembly));
    }

    /// <summary>Asserts that entity types hold no excluded field, classify every member named like personal data, and — given a declaration — declare every field they hold.</summary>
    /// <param name="entityTypes">The entity types.</param>
    /// <param name="declaration">The processing declaration, or <see langword="null"/> to skip the <see cref="ModelScanFindingKind.NotDeclared"/> check.</param>
    /// <returns>The result, clean.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="entityTypes"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="entityTypes"/> holds a null, or a member's <see cref="Ns48FieldAttribute"/> is invalid.</exception>
    /// <exception cref="Norme48AssertionException">
    /// The scan found something, or scanned no type (a scan of nothing proves nothing); the message is the scan's report.
    /// </exception>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("ApiDesign", "RS0026:Do not add multiple public overloads with optional parameters", Justification = "The overloads differ in a required parameter (an Assembly or the entity types), so no call binds ambiguously; the optional declaration reads the same in both.")]
    public static ModelScanResult AssertClean(IEnumerable<Type> entityTypes, ProcessingDeclaration? declaration = null) =>
        EnsureClean(Scan(entityTypes, declaration), "Pass the entity types of the model.");

    /// <summary>
    /// Asserts that the annotated public types of an assembly hold no excluded field, classify every member named like
    /// personal data, and — given a declaration — declare every field they hold.
    /// </summary>
    /// <param name="assembly">The assembly of the model, such as <c>typeof(Customer).Assembly</c>.</param>
    /// <param name="declaration">The processing declaration, or <see langword="null"/> to skip the <see cref="ModelScanFindingKind.NotDeclared"/> check.</param>
    /// <returns>The result, clean.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="assembly"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A member's <see cref="Ns48FieldAttribute"/> is invalid.</exception>
    /// <exception cref="Norme48AssertionException">
    /// The scan found something, or the assembly has no public type with an <c>[Ns48Field]</c> member (a scan of
    /// nothing proves nothing); the message is the scan's report.
    /// </exception>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("ApiDesign", "RS0026:Do not add multiple public overloads with optional parameters", Justification = "The overloads differ in a required parameter (an Assembly or the entity types), so no call binds ambiguously; the optional declaration reads the same in both.")]
    public static ModelScanResult AssertClean(Assembly assembly, ProcessingDeclaration? declaration = null) =>
        EnsureClean(
            Scan(assembly, declaration),
            $"No public type of {assembly?.GetName().Name} has a member marked [Ns48Field]: is it the model's assembly?");

    private static ModelScanResult EnsureClean(ModelScanResult result, string whenEmpty)
    {
        if (result.ScannedTypes.Count == 0)
        {
            throw new Norme48AssertionException(
                $"ModelScan.AssertClean failed: no type was scanned, so nothing was checked. {whenEmpty}", result);
        }

        return result.IsClean
            ? result
            : throw new Norme48AssertionException("ModelScan.AssertClean failed." + Environment.NewLine + result, result);
    }

    private static ModelScanResult ScanTypes(Type[] types, ProcessingDeclaration? declaration, string paramName)
    {
        var findings = new List<ModelScanFinding>();
        foreach (var type in types)
        {
            foreach (var member in MembersOf(type))
            {
                if (Inspect(type, member, declaration, paramName) is { } finding)
                {
                    findings.Add(finding);
                }
            }
        }

        return new ModelScanResult(types, declaration, [.. findings]);
    }

    private static IEnumerable<MemberInfo> MembersOf(Type type) =>
        type.GetProperties(PublicInstance).Where(p => p.GetIndexParameters().Length == 0).Cast<MemberInfo>()
            .Concat(type.GetFields(PublicInstance));

    private static ModelScanFinding? Inspect(Type type, MemberInfo member, ProcessingDeclaration? declaration, string paramName)
    {
        if (Classification(type, member, paramName) is { } field)
        {
            if (field.IsExcluded)
            {
                return new ModelScanFinding(ModelScanFindingKind.ExcludedField, type, member, field, matchedWord: null, ExcludedMessage(field));
            }

            if (declaration is not null && !declaration.Fields.Any(d => d.Field.Equals(field)))
            {
                return new ModelScanFinding(ModelScanFindingKind.NotDeclared, type, member, field, matchedWord: null, NotDeclaredMessage(field, declaration));
            }

            return null;
        }

        if (Attribute.IsDefined(member, typeof(NotPersonalDataAttribute), inherit: true)
            || !PersonalDataNames.LooksPersonal(member.Name, out var word))
        {
            return null;
        }

        return new ModelScanFinding(ModelScanFindingKind.Unclassified, type, member, field: null, word, UnclassifiedMessage(type, member, word!));
    }

    /// <summary>The field a member's attribute names, or <see langword="null"/> when it has none; an invalid attribute is the caller's error, located.</summary>
    private static DataField? Classification(Type type, MemberInfo member, string paramName)
    {
        try
        {
            return member.GetCustomAttribute<Ns48FieldAttribute>(inherit: true)?.ToDataField();
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException)
        {
            throw new ArgumentException($"{ModelScanFinding.TypeName(type)}.{member.Name}: {e.Message}", paramName, e);
        }
    }

    private static string ExcludedMessage(DataField field)
    {
        var reason = Norme48Evaluator.Default.MayCollect(field, ProcessingPurpose.Orders).Reasons[0];
        return $"holds an excluded field, {Describe(field)}: {reason.Rule.Code} [{Strength(reason)}; {reason.Source}]: {reason.Message.English} "
            + "Remove the member from the model and delete the data it holds.";
    }

    private static string NotDeclaredMessage(DataField field, ProcessingDeclaration declaration)
    {
        var controller = declaration.Controller.Name;
        if (declaration.Fields.FirstOrDefault(d => string.Equals(d.Field.Id, field.Id, StringComparison.Ordinal)) is { } namesake)
        {
            return $"holds {Describe(field)}, which the declaration of {controller} declares as {Describe(namesake.Field)}: "
                + "make the annotation and the declaration name the same field (same category, same sensitivity flag).";
        }

        return $"holds {Describe(field)}, which the declaration of {controller} does not list: declare it with the purposes it serves, "
            + $"new DeclaredField({CSharp(field)}, [ … ]), or remove the member from the model.";
    }

    private static string UnclassifiedMessage(Type type, MemberInfo member, string word)
    {
        var suggested = PersonalDataNames.FieldsNamedBy(word);
        var examples = suggested.Where(f => !f.IsExcluded).Take(3).Select(f => $"[Ns48Field(\"{f.Id}\")]").ToList();
        var message = $"is named like personal data (the word \"{word}\") but carries no [Ns48Field] attribute. Classify it with the field it holds, "
            + (examples.Count > 0 ? $"such as {string.Join(" or ", examples)}, " : string.Empty)
            + "or as a custom field of its category, such as [Ns48Field(\"my-field\", \"commercial-relationship\")]; "
            + "if it holds no personal data, mark it [NotPersonalData(\"why\")].";
        if (suggested.Any(f => f.IsExcluded))
        {
            message += " If it holds the NIR (social-security number), remove it: NS48-DATA-NIR forbids collecting it.";
        }

        if (member is PropertyInfo && ParameterClassified(type, member.Name))
        {
            message += " A constructor parameter of that name carries [Ns48Field]: on a positional record, write [property: Ns48Field(…)] so that the property carries it.";
        }

        return message;
    }

    private static bool ParameterClassified(Type type, string name) =>
        type.GetConstructors(PublicInstance)
            .SelectMany(c => c.GetParameters())
            .Any(p => string.Equals(p.Name, name, StringComparison.Ordinal) && p.IsDefined(typeof(Ns48FieldAttribute), inherit: false));

    private static string Describe(DataField field)
    {
        var sensitive = field.MayRevealSensitiveData ? ", may reveal sensitive data" : string.Empty;
        return field.IsBuiltIn ? $"{field.Id} ({field.Category.Id})" : $"{field.Id} (custom, {field.Category.Id}{sensitive})";
    }

    private static string Strength(Decisions.Reason reason) => reason.Strength == RuleStrength.Mandatory ? "mandatory" : "recommended";

    /// <summary>How C# names the field, such as <c>DataField.EmailAddress</c> or <c>DataField.Custom("loyalty-tier", DataCategory.CommercialRelationship)</c>.</summary>
    private static string CSharp(DataField field)
    {
        var category = "DataCategory." + Pascal(field.Category.Id);
        return field.IsBuiltIn
            ? "DataField." + Pascal(field.Id)
            : $"DataField.Custom(\"{field.Id}\", {category}{(field.MayRevealSensitiveData ? ", mayRevealSensitiveData: true" : string.Empty)})";
    }

    private static string Pascal(string kebab) =>
        string.Concat(kebab.Split('-').Select(part => char.ToUpperInvariant(part[0]) + part[1..]));
}
