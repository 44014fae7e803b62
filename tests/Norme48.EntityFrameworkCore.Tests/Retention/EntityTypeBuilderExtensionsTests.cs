using System;
using System.Linq;
using Microsoft.EntityFrameworkCore;
using Norme48.EntityFrameworkCore.Retention;
using Norme48.Vocabulary;
using Xunit;

namespace Norme48.EntityFrameworkCore.Tests.Retention;

public sealed class EntityTypeBuilderExtensionsTests
{
    [Fact]
    public void HasNorme48Retention_Model_HasIndexedShadowDueColumns()
    {
        using var db = Database.Ns2005();

        var entity = db.Context.Model.FindEntityType(typeof(Contact))!;

        foreach (var column in new[] { RetentionColumns.ArchiveFrom, RetentionColumns.AskFrom, RetentionColumns.PurgeFrom })
        {
            var property = entity.FindProperty(column)!;
            Assert.True(property.IsShadowProperty());
            Assert.Equal(typeof(long?), property.ClrType);
            var index = Assert.Single(entity.GetIndexes(), i => i.Properties.Single() == property);

            // Partial: rows that are never due for this action hold no index entry.
            Assert.Equal($"\"{column}\" IS NOT NULL", index.GetFilter());
        }

        Assert.Equal(typeof(int?), entity.FindProperty(RetentionColumns.PurgeRule)!.ClrType);
        Assert.Equal(typeof(string), entity.FindProperty(RetentionColumns.Edition)!.ClrType);
    }

    [Fact]
    public void HasNorme48Retention_Annotation_IsADescriptionAMigrationSnapshotCanWrite()
    {
        using var db = Database.Ns2016();

        var annotation = db.Context.Model.FindEntityType(typeof(Contact))!.FindAnnotation("Norme48:Retention")!.Value;

        Assert.Equal(
            "ns48-2016 enforce; sector general; Email=email-address, Phone=mobile-phone, InvoiceAmount=amount proof; on purge DeleteRow; archive flag Archived",
            annotation);
    }

    [Fact]
    public void HasNorme48Retention_WithoutSubject_ThrowsSayingWhatToCall()
    {
        var builder = new ModelBuilder();

        var error = Assert.Throws<InvalidOperationException>(() =>
            builder.Entity<Contact>().HasNorme48Retention(r => r.Field(e => e.Email, DataField.EmailAddress)));

        Assert.Contains("r.Subject", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void HasNorme48Retention_WithoutField_ThrowsSayingWhatToCall()
    {
        var builder = new ModelBuilder();

        var error = Assert.Throws<InvalidOperationException>(() =>
            builder.Entity<Contact>().HasNorme48Retention(r => r.Subject(CrmContext.SubjectOf)));

        Assert.Contains("r.Field", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Field_NotAProperty_Throws()
    {
        var builder = new ModelBuilder();

        Assert.Throws<ArgumentException>(() =>
            builder.Entity<Contact>().HasNorme48Retention(r => r.Subject(CrmContext.SubjectOf).Field(e => e.Email!.Length, DataField.EmailAddress)));
    }

    [Fact]
    public void Field_ProofDateWithoutProof_Throws()
    {
        var builder = new ModelBuilder();

        Assert.Throws<ArgumentException>(() => builder.Entity<Contact>().HasNorme48Retention(r =>
            r.Subject(CrmContext.SubjectOf).Field(e => e.InvoiceAmount, DataField.Amount, proofFrom: e => CrmContext.ToInstant(e.InvoiceDate))));
    }
}
