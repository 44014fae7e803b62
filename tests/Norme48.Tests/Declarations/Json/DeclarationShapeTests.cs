using Norme48.Declarations.Json;
using Xunit;

namespace Norme48.Tests.Declarations.Json;

// DeclarationShape's own objects are built once per process; shapes are built afresh here so that the factories, the
// ObjectShape constructor and the "must be …" texts are run with whatever code is under test.
public sealed class DeclarationShapeTests
{
    [Fact]
    public void ObjectShape_Constructor_KeepsItsPartsAndListsTheNamesInOrder()
    {
        var name = new PropertyShape("name", Shape.String, Required: true);
        var active = new PropertyShape("active", Shape.Boolean, Required: false);

        var shape = new ObjectShape("thing", new("a thing", "une chose"), name, active);

        Assert.Equal("thing", shape.SchemaName);
        Assert.Equal(("a thing", "une chose"), (shape.Description.English, shape.Description.French));
        Assert.Equal([name, active], shape.Properties);
        Assert.Equal("name, active", shape.AcceptedNames);
    }

    [Fact]
    public void ObjectShapeFind_ExactName_IsFoundAndAnyOtherIsNot()
    {
        var active = new PropertyShape("active", Shape.Boolean, Required: false);
        var shape = new ObjectShape("thing", new("a thing", "une chose"), new PropertyShape("name", Shape.String, Required: true), active);

        Assert.Same(active, shape.Find("active"));
        Assert.Null(shape.Find("Active"));
        Assert.Null(shape.Find("missing"));
    }

    [Fact]
    public void ShapeFactories_BuildTheKindAndTheInnerShape()
    {
        var inner = new ObjectShape("inner", new("an inner thing", "une chose interne"), new PropertyShape("id", Shape.String, Required: true));

        var strings = Shape.ArrayOf(Shape.String);
        var objects = Shape.ArrayOf(Shape.ObjectOf(inner));
        var single = Shape.ObjectOf(inner);
        var either = Shape.StringOrObjectOf(inner);

        Assert.Equal((ShapeKind.Array, ShapeKind.String, (ObjectShape?)null), (strings.Kind, strings.Items!.Kind, strings.Object));
        Assert.Equal((ShapeKind.Array, ShapeKind.Object), (objects.Kind, objects.Items!.Kind));
        Assert.Equal((ShapeKind.Object, (Shape?)null), (single.Kind, single.Items));
        Assert.Same(inner, single.Object);
        Assert.Equal((ShapeKind.StringOrObject, (Shape?)null), (either.Kind, either.Items));
        Assert.Same(inner, either.Object);
    }

    [Fact]
    public void ShapeExpected_EveryKind_SaysWhatTheValueMustBe()
    {
        var inner = new ObjectShape("inner", new("an inner thing", "une chose interne"), new PropertyShape("id", Shape.String, Required: true));

        Assert.Equal(("a string", "une chaîne"), Texts(Shape.String));
        Assert.Equal(("a boolean (true or false)", "un booléen (true ou false)"), Texts(Shape.Boolean));
        Assert.Equal(
            ("a whole number (no fraction, no exponent) up to 2147483647", "un nombre entier (sans fraction ni exposant) d'au plus 2147483647"),
            Texts(Shape.Integer));
        Assert.Equal(("an array of strings", "un tableau de chaînes"), Texts(Shape.ArrayOf(Shape.String)));
        Assert.Equal(("an array of objects", "un tableau d'objets"), Texts(Shape.ArrayOf(Shape.ObjectOf(inner))));
        Assert.Equal(("an object", "un objet"), Texts(Shape.ObjectOf(inner)));
        Assert.Equal(
            ("a string (an id) or an object (an inner thing)", "une chaîne (un identifiant) ou un objet (une chose interne)"),
            Texts(Shape.StringOrObjectOf(inner)));
    }

    private static (string English, string French) Texts(Shape shape) => (shape.Expected.English, shape.Expected.French);
}
