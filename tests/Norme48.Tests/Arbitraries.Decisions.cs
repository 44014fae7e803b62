using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using Norme48.Evaluation;
using Norme48.Tests.Evaluation;
using Norme48.Vocabulary;

namespace Norme48.Tests;

/// <summary>
/// The generators of the property tests. Every generated question is valid input: built-in and custom fields, the
/// purposes of ns48-2005, listed and unlisted recipients, every basis and none, sectors inside and outside the norm
/// (user-named ones included), and a sensitivity flag only on commercial-relationship fields.
/// </summary>
public static partial class Arbitraries
{
    private static readonly Gen<bool> Bools = Gen.Elements(false, true);

    private static readonly Gen<DataField> BuiltInFields = Gen.Elements(DataField.BuiltIn.ToArray());

    private static readonly Gen<ProcessingPurpose> Purposes =
        Gen.Elements(Ns2005Spec.PurposeIds.Select(ProcessingPurpose.Parse).ToArray());

    private static readonly Gen<SharingBasis?> Bases =
        Gen.Elements<SharingBasis?>(null, SharingBasis.ContractExecution, SharingBasis.LegalObligation, SharingBasis.DebtRecovery);

    private static readonly Gen<TransferMode> Modes = Gen.Elements(TransferMode.Cession, TransferMode.Rental, TransferMode.Exchange);

    private static readonly Gen<Recipient> Recipients = Gen.OneOf(
        Gen.Elements(Recipient.Listed.ToArray()),
        from name in Gen.Elements("ad-network", "data-broker", "partner-shop", "marketing-agency")
        from number in Gen.Choose(0, 99)
        select Recipient.Unlisted(number == 0 ? name : $"{name}-{number}"));

    private static readonly Gen<Sector?> Sectors = Gen.OneOf(
        Gen.Constant<Sector?>(null),
        Gen.Elements<Sector?>(Sector.General, Sector.Health, Sector.Education, Sector.Banking, Sector.Insurance, Sector.OnlineGambling),
        from name in Gen.Elements("retail", "bakery", "travel", "furniture", "mail-order", "e-commerce", "gardening")
        from number in Gen.Choose(0, 9)
        select (Sector?)Sector.FromName(number == 0 ? name : $"{name}-{number}"),
        Gen.Elements("banque", "retail-banking").Select(name => (Sector?)Sector.FromName(name, confirmed: true)));

    private static readonly Gen<TransferConditions> TransferConditionSets =
        from commitment in Bools
        from consent in Bools
        from objected in Bools
        select new TransferConditions(commitment, consent, objected);

    public static Arbitrary<CollectAsk> CollectAsks() => Arb.From(
        from field in BuiltInFields
        from purpose in Purposes
        from sector in Sectors
        select new CollectAsk(field, purpose, sector));

    public static Arbitrary<ShareAsk> ShareAsks() => Arb.From(
        from field in BuiltInFields
        from recipient in Recipients
        from basis in Bases
        from sector in Sectors
        select new ShareAsk(field, recipient, basis, sector));

    public static Arbitrary<TransferAsk> TransferAsks() => Arb.From(
        from field in BuiltInFields
        from mode in Modes
        from commitment in Bools
        from consent in Bools
        from objected in Bools
        from sensitive in SensitivityFor(field.Category)
        from sector in Sectors
        select new TransferAsk(field, mode, commitment, consent, objected, sensitive, sector));

    public static Arbitrary<MisflaggedTransferAsk> MisflaggedTransferAsks() => Arb.From(
        from field in Gen.Elements(DataField.BuiltIn.Where(f => !ReferenceEquals(f.Category, DataCategory.CommercialRelationship)).ToArray())
        from sensitive in Bools
        from conditions in TransferConditionSets
        from sector in Sectors
        select new MisflaggedTransferAsk(field, sensitive, conditions, sector));

    public static Arbitrary<CustomFieldAsk> CustomFieldAsks() => Arb.From(
        from category in Gen.Elements(DataCategory.All.ToArray())
        from number in Gen.Choose(0, 999)
        from sensitive in SensitivityFor(category)
        from builtIn in Gen.Elements(DataField.BuiltIn.Where(f => ReferenceEquals(f.Category, category)).ToArray())
        from purpose in Purposes
        from sector in Sectors
        select new CustomFieldAsk(DataField.Custom($"custom-field-{number}", category, sensitive), builtIn, purpose, sector));

    /// <summary>The flag RULES.md lets a caller give: any value on a commercial-relationship field, none on the others.</summary>
    private static Gen<bool?> SensitivityFor(DataCategory category) =>
        ReferenceEquals(category, DataCategory.CommercialRelationship)
            ? Gen.Elements<bool?>(null, false, true)
            : Gen.Constant<bool?>(null);
}
