// The consumer project of .ci/run: a console app outside the repository that uses the packed packages as users get
// them, and prints decisions that .ci/run checks line by line.
using System;
using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using Norme48.Annotations;
using Norme48.EntityFrameworkCore.Retention;
using Norme48.Evaluation;
using Norme48.Retention;
using Norme48.Testing;
using Norme48.Vocabulary;

var norm = Norme48Evaluator.Default;
Console.WriteLine($"collect nir for invoices: {norm.MayCollect(DataField.Nir, ProcessingPurpose.Invoices)}");

var prospect = new Subject(SubjectStatus.Prospect, collectedAt: Instant.FromUtc(2025, 1, 10, 9, 0));
Console.WriteLine($"retention of a prospect's e-mail: {norm.DecideRetention(DataField.EmailAddress, prospect, Instant.FromUtc(2026, 3, 1, 0, 0))}");

var services = new ServiceCollection();
services.AddNorme48(o => o.Edition = Edition.Ref2021);
using var provider = services.BuildServiceProvider();
var resolved = provider.GetRequiredService<Norme48Evaluator>();
Console.WriteLine($"AddNorme48 resolved an evaluator under {resolved.Edition}: {resolved.MayCollect(DataField.Nir, ProcessingPurpose.Orders)}");

var email = typeof(Customer).GetProperty(nameof(Customer.Email))!.GetCustomAttribute<Ns48FieldAttribute>()!;
Console.WriteLine($"[Ns48Field] on Customer.Email: {email.ToDataField().Id}, classified {email.Classification}");

Norme48Assert.MayNotCollect(DataField.Nir, ProcessingPurpose.Invoices);
Console.WriteLine("Norme48Assert.MayNotCollect(nir, invoices): passed");

var options = new DbContextOptionsBuilder<CrmContext>().UseNorme48Retention().Options;
using var context = new CrmContext((DbContextOptions<CrmContext>)options);
Console.WriteLine($"EF Core purge filter: {Norme48Retention.DueForPurge<Contact>(Instant.FromUtc(2026, 3, 1, 0, 0))}");

public sealed class Customer
{
    [Ns48Field("email-address")]
    public string Email { get; set; } = "";
}

public sealed class Contact
{
    public int Id { get; set; }

    public SubjectStatus Status { get; set; }

    public DateTimeOffset? CollectedAt { get; set; }

    public string? Email { get; set; }
}

public sealed class CrmContext(DbContextOptions<CrmContext> options) : DbContext(options)
{
    public DbSet<Contact> Contacts => Set<Contact>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.Entity<Contact>().HasNorme48Retention(r => r
            .Subject(c => new Subject(c.Status, c.CollectedAt is { } at ? Instant.FromDateTimeOffset(at) : null))
            .Field(c => c.Email, DataField.EmailAddress)
            .OnPurge(RetentionAction.DeleteRow));
}
