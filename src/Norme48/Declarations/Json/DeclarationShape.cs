using System;
using System.Collections.Generic;
using System.Linq;
using Norme48.Rules;

namespace Norme48.Declarations.Json;

/// <summary>The JSON type a value of the format must have.</summary>
internal enum ShapeKind
{
    String = 1,
    Boolean = 2,
    Integer = 3,
    Array = 4,
    Object = 5,

    /// <summary>A string (an id of the vocabulary) or an object (a custom field, an unlisted recipient).</summary>
    StringOrObject = 6,
}

/// <summary>The shape of a value: its JSON type, and the shape of its items or properties.</summary>
internal sealed class Shape
{
    // Stryker disable all : static initialiser, run once per test process before any mutant is active (README, Mutation testing)
    public static readonly Shape String = new(ShapeKind.String, null, null);
    public static readonly Shape Boolean = new(ShapeKind.Boolean, null, null);
    public static readonly Shape Integer = new(ShapeKind.Integer, null, null);
    // Stryker restore all

    private Shape(ShapeKind kind, Shape? items, ObjectShape? properties)
    {
        Kind = kind;
        Items = items;
        Object = properties;
    }

    public ShapeKind Kind { get; }

    /// <summary>The shape of an array's items.</summary>
    public Shape? Items { get; }

    /// <summary>The properties of an object, or of the object branch of a string-or-object.</summary>
    public ObjectShape? Object { get; }

    /// <summary>What the value must be, for "must be …" messages.</summary>
    public LocalizedText Expected => Kind switch
    {
        ShapeKind.String => new("a string", "une chaîne"),
        ShapeKind.Boolean => new("a boolean (true or false)", "un booléen (true ou false)"),
        ShapeKind.Integer => new("a whole number (no fraction, no exponent) up to 2147483647", "un nombre entier (sans fraction ni exposant) d'au plus 2147483647"),
        ShapeKind.Array => Items!.Kind == ShapeKind.Object
            ? new("an array of objects", "un tableau d'objets")
            : new("an array of strings", "un tableau de chaînes"),
        ShapeKind.Object => new("an object", "un objet"),
        _ => new($"a string (an id) or an object ({Object!.Description.English})", $"une chaîne (un identifiant) ou un objet ({Object!.Description.French})"),
    };

    public static Shape ArrayOf(Shape items) => new(ShapeKind.Array, items, null);

    public static Shape ObjectOf(ObjectShape properties) => new(ShapeKind.Object, null, properties);

    public static Shape StringOrObjectOf(ObjectShape properties) => new(ShapeKind.StringOrObject, null, properties);
}

/// <summary>A property of an object shape.</summary>
internal sealed record PropertyShape(string Name, Shape Value, bool Required);

/// <summary>
/// The properties an object of the format accepts. <see cref="SchemaName"/> names its definition under <c>$defs</c> in
/// the JSON Schema (the root object is the schema itself), so that a test can check the two agree.
/// </summary>
internal sealed class ObjectShape
{
    public ObjectShape(string schemaName, LocalizedText description, params PropertyShape[] properties)
    {
        SchemaName = schemaName;
        Description = description;
        Properties = properties;
        AcceptedNames = string.Join(", ", properties.Select(p => p.Name));
    }

    public string SchemaName { get; }

    public LocalizedText Description { get; }

    public IReadOnlyList<PropertyShape> Properties { get; }

    public string AcceptedNames { get; }

    public PropertyShape? Find(string name)
    {
        foreach (var property in Properties)
        {
            if (string.Equals(property.Name, name, StringComparison.Ordinal))
            {
                return property;
            }
        }

        return null;
    }
}

/// <summary>The shape of a declaration file: what the first pass checks before anything is deserialised.</summary>
internal static class DeclarationShape
{
    // Stryker disable all : static initialiser, run once per test process before any mutant is active (README, Mutation testing)
    private static readonly ObjectShape Controller = new(
        "controller",
        new("the controller", "le responsable du traitement"),
        Required("name", Shape.String),
        Required("contact", Shape.String),
        Optional("address", Shape.String));

    private static readonly ObjectShape CustomField = new(
        "customField",
        new("a custom field: id, category, sensitive", "une donnée propre : id, category, sensitive"),
        Required("id", Shape.String),
        Required("category", Shape.String),
        Optional("sensitive", Shape.Boolean));

    private static readonly ObjectShape DeclaredField = new(
        "declaredField",
        new("a declared field", "une donnée déclarée"),
        Required("field", Shape.StringOrObjectOf(CustomField)),
        Required("purposes", Shape.ArrayOf(Shape.String)),
        Optional("proof", Shape.Boolean),
        Optional("sensitive", Shape.Boolean));

    private static readonly ObjectShape UnlistedRecipient = new(
        "unlistedRecipient",
        new("an unlisted recipient: id", "un destinataire non prévu : id"),
        Required("id", Shape.String));

    private static readonly ObjectShape DeclaredRecipient = new(
        "declaredRecipient",
        new("a declared recipient", "un destinataire déclaré"),
        Required("recipient", Shape.StringOrObjectOf(UnlistedRecipient)),
        Optional("basis", Shape.String));

    private static readonly ObjectShape FileTransfer = new(
        "fileTransfer",
        new("the cession, rental or exchange of the file", "la cession, location ou échange du fichier"),
        Required("modes", Shape.ArrayOf(Shape.String)),
        Required("fields", Shape.ArrayOf(Shape.String)),
        Required("acquirerCommitment", Shape.Boolean),
        Required("expressConsent", Shape.Boolean),
        Required("objectorsExcluded", Shape.Boolean));

    private static readonly ObjectShape RetentionPolicy = new(
        "retentionPolicy",
        new("a retention policy", "une durée de conservation"),
        Optional("status", Shape.String),
        Optional("field", Shape.String),
        Optional("category", Shape.String),
        Optional("proof", Shape.Boolean),
        Required("anchor", Shape.String),
        Optional("period", Shape.String),
        Required("action", Shape.String),
        Optional("maxUnansweredSolicitations", Shape.Integer));

    private static readonly ObjectShape Channel = new(
        "channel",
        new("a prospecting channel", "un canal de prospection"),
        Required("channel", Shape.String),
        Required("audience", Shape.String),
        Required("target", Shape.String),
        Required("consentCollected", Shape.Boolean),
        Required("objectionOfferedAtCollection", Shape.Boolean),
        Optional("analogousProducts", Shape.Boolean));

    private static readonly ObjectShape Form = new(
        "form",
        new("a collection form", "un formulaire de collecte"),
        Required("id", Shape.String),
        Required("items", Shape.ArrayOf(Shape.String)),
        Optional("prospecting", Shape.Boolean),
        Optional("objectionNotice", Shape.Boolean),
        Optional("trackers", Shape.Boolean),
        Optional("trackersNotice", Shape.Boolean),
        Optional("consentCheckbox", Shape.String));

    private static readonly ObjectShape Security = new(
        "security",
        new("the security measures", "les mesures de sécurité"),
        Required("dataProtection", Shape.Boolean),
        Required("onlineService", Shape.Boolean),
        Required("onlineAccessProtection", Shape.Boolean),
        Required("remoteCardPayments", Shape.Boolean),
        Required("securePayment", Shape.Boolean),
        Optional("individualAuthentication", Shape.Boolean),
        Optional("passwordsNotInClear", Shape.Boolean),
        Optional("encryptedTransit", Shape.Boolean),
        Optional("paymentAccessTraced", Shape.Boolean));

    private static readonly ObjectShape TransferAbroad = new(
        "transferAbroad",
        new("the transfers outside the European Union", "les transferts hors de l'Union européenne"),
        Optional("basis", Shape.String),
        Required("repetitiveMassiveOrStructural", Shape.Boolean));

    /// <summary>The root object: a processing declaration.</summary>
    public static readonly ObjectShape Root = new(
        "$",
        new("a processing declaration", "une déclaration de traitement"),
        Optional("$schema", Shape.String),
        Optional("edition", Shape.String),
        Required("controller", Shape.ObjectOf(Controller)),
        Optional("sector", Shape.String),
        Optional("sectorConfirmed", Shape.Boolean),
        Required("purposes", Shape.ArrayOf(Shape.String)),
        Required("fields", Shape.ArrayOf(Shape.ObjectOf(DeclaredField))),
        Required("recipients", Shape.ArrayOf(Shape.ObjectOf(DeclaredRecipient))),
        Optional("fileTransfer", Shape.ObjectOf(FileTransfer)),
        Optional("retentionPolicies", Shape.ArrayOf(Shape.ObjectOf(RetentionPolicy))),
        Optional("channels", Shape.ArrayOf(Shape.ObjectOf(Channel))),
        Optional("forms", Shape.ArrayOf(Shape.ObjectOf(Form))),
        Optional("usesTrackers", Shape.Boolean),
        Optional("trackersNotice", Shape.Boolean),
        Required("security", Shape.ObjectOf(Security)),
        Optional("transfersOutsideEu", Shape.Boolean),
        Optional("transferAbroad", Shape.ObjectOf(TransferAbroad)));
    // Stryker restore all

    private static PropertyShape Required(string name, Shape value) => new(name, value, Required: true);

    private static PropertyShape Optional(string name, Shape value) => new(name, value, Required: false);
}
