using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using Norme48.Declarations;
using Norme48.Rules;
using Norme48.Tests.Declarations;

namespace Norme48.Tests;

/// <summary>
/// Generators of declarations: sets of defects added to the compliant shop, shapes of declarations whose notice is
/// generated, and retention periods clustered around the norm's one year and ten years.
/// </summary>
public static partial class Arbitraries
{
    /// <summary>Any subset of the defect catalogue, applied in any order.</summary>
    public static Arbitrary<DefectSet> DefectSets() => Arb.From(
        from mask in Gen.ArrayOf(Bools, DefectCatalogue.Count)
        from keys in Gen.ArrayOf(Gen.Choose(0, 10_000), DefectCatalogue.Count)
        select new DefectSet(Enumerable.Range(0, DefectCatalogue.Count).Where(i => mask[i]).OrderBy(i => keys[i]).ToArray()));

    /// <summary>A declaration's shape: which purposes and recipients, whether it prospects by post, sets trackers, gives an address.</summary>
    public static Arbitrary<NoticeShape> NoticeShapes() => Arb.From(
        from purposes in Gen.Choose(1, (1 << NoticeShape.PurposeCount) - 1)
        from recipients in Gen.Choose(0, (1 << NoticeShape.RecipientCount) - 1)
        from channel in Bools
        from trackers in Bools
        from address in Bools
        from language in Gen.Elements(Language.English, Language.French)
        from format in Gen.Elements(NoticeFormat.Markdown, NoticeFormat.PlainText)
        select new NoticeShape(purposes, recipients, channel, trackers, address, language, format));

    /// <summary>Periods of years, months, weeks and days near one year (prospects) or ten years (proof archives).</summary>
    public static Arbitrary<RetentionPeriodCase> RetentionPeriodCases()
    {
        Gen<RetentionPeriodCase> prospect =
            from years in Gen.Frequency((3, Gen.Constant(0)), (2, Gen.Constant(1)), (1, Gen.Constant(2)))
            from months in Gen.Frequency((2, Gen.Constant(0)), (3, Gen.Choose(9, 13)), (1, Gen.Choose(0, 26)))
            from weeks in Gen.Frequency((4, Gen.Constant(0)), (1, Gen.Choose(0, 60)))
            from days in Gen.Frequency((2, Gen.Constant(0)), (3, Gen.Choose(0, 62)), (2, Gen.Choose(300, 400)))
            select new RetentionPeriodCase(Proof: false, years, months, weeks, days);
        Gen<RetentionPeriodCase> proof =
            from years in Gen.Choose(8, 10)
            from months in Gen.Frequency((2, Gen.Constant(0)), (3, Gen.Choose(0, 24)))
            from days in Gen.Frequency((2, Gen.Constant(0)), (3, Gen.Choose(0, 62)), (1, Gen.Choose(300, 400)))
            select new RetentionPeriodCase(Proof: true, years, months, 0, days);
        return Arb.From(Gen.Frequency((3, prospect), (1, proof)));
    }
}

/// <summary>Indices into <see cref="DefectCatalogue"/>, in the order the defects are added.</summary>
public sealed record DefectSet(int[] Indices)
{
    public override string ToString() => "[" + string.Join(", ", Indices.Select(i => DefectCatalogue.Name(i))) + "]";
}

/// <summary>Bit masks over the ns48-2005 purposes and recipients a notice is generated for.</summary>
public sealed record NoticeShape(int PurposeMask, int RecipientMask, bool PostalChannel, bool Trackers, bool Address, Language Language, NoticeFormat Format)
{
    public const int PurposeCount = 12;

    public const int RecipientCount = 8;
}

/// <summary>A controller's retention period for prospects (compared with one year) or for proof (compared with ten years).</summary>
public sealed record RetentionPeriodCase(bool Proof, int Years, int Months, int Weeks, int Days)
{
    public Period Value => new PeriodBuilder { Years = Years, Months = Months, Weeks = Weeks, Days = Days }.Build();

    public Period Norm => Proof ? Period.FromYears(10) : Period.FromYears(1);
}
