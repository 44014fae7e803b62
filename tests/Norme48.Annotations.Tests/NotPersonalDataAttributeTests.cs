using System;
using System.Reflection;
using Xunit;

namespace Norme48.Annotations.Tests;

public sealed class NotPersonalDataAttributeTests
{
    [Fact]
    public void GetCustomAttribute_WithReason_GivesTheReason()
    {
        var attribute = typeof(Order).GetProperty(nameof(Order.WarehouseCode))!.GetCustomAttribute<NotPersonalDataAttribute>();

        Assert.NotNull(attribute);
        Assert.Equal("the warehouse that ships the order", attribute.Reason);
    }

    [Fact]
    public void GetCustomAttribute_WithoutReason_HasNoReason()
    {
        var attribute = typeof(Order).GetField(nameof(Order.PageSize))!.GetCustomAttribute<NotPersonalDataAttribute>();

        Assert.NotNull(attribute);
        Assert.Null(attribute.Reason);
    }

    [Fact]
    public void GetCustomAttribute_OverriddenProperty_InheritsTheAttribute()
    {
        var property = typeof(DerivedOrder).GetProperty(nameof(DerivedOrder.WarehouseCode))!;

        var attribute = Attribute.GetCustomAttribute(property, typeof(NotPersonalDataAttribute), inherit: true);

        Assert.IsType<NotPersonalDataAttribute>(attribute);
    }

    [Fact]
    public void AttributeUsage_Always_TargetsPropertiesAndFieldsOnce()
    {
        var usage = typeof(NotPersonalDataAttribute).GetCustomAttribute<AttributeUsageAttribute>()!;

        Assert.Equal(AttributeTargets.Property | AttributeTargets.Field, usage.ValidOn);
        Assert.False(usage.AllowMultiple);
        Assert.True(usage.Inherited);
    }

    private class Order
    {
        [NotPersonalData]
        public int PageSize = 20;

        [NotPersonalData("the warehouse that ships the order")]
        public virtual string WarehouseCode { get; set; } = "WH-01";
    }

    private sealed class DerivedOrder : Order
    {
        public override string WarehouseCode { get; set; } = "WH-02";
    }
}
