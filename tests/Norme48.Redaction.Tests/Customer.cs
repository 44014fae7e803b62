using Norme48.Annotations;

namespace Norme48.Redaction.Tests;

/// <summary>
/// A CRM entity as logged through <c>[LogProperties]</c>. The logging source generator creates each classification
/// attribute with a parameterless constructor, hence one parameterless <see cref="Ns48FieldAttribute"/> per field.
/// </summary>
public sealed class Customer
{
    public int Id { get; init; }

    [NotPersonalData("the sales channel of the account, the same for many customers")]
    public string Channel { get; init; } = string.Empty;

    [LastName]
    public string LastName { get; init; } = string.Empty;

    [EmailAddress]
    public string Email { get; init; } = string.Empty;

    [BankCardNumber]
    public string CardNumber { get; init; } = string.Empty;

    [Nir]
    public string SocialSecurityNumber { get; init; } = string.Empty;

    [Profession]
    public string Profession { get; init; } = string.Empty;

    /// <summary>Synthetic values only: the card and NIR numbers are the test vectors of RULES.md (Identifiers).</summary>
    public static Customer Synthetic() => new()
    {
        Id = 731,
        Channel = "web-shop",
        LastName = "Exempleton",
        Email = "client.test@example.org",
        CardNumber = SyntheticCardNumber,
        SocialSecurityNumber = SyntheticNir,
        Profession = "luthier-de-test",
    };

    /// <summary>A number that passes the Luhn check, from RULES.md; no real card.</summary>
    public const string SyntheticCardNumber = "6123451234567893";

    /// <summary>A NIR with a valid key, from RULES.md's public validator vectors.</summary>
    public const string SyntheticNir = "255081416802538";
}

public sealed class LastNameAttribute() : Ns48FieldAttribute("last-name");

public sealed class EmailAddressAttribute() : Ns48FieldAttribute("email-address");

public sealed class BankCardNumberAttribute() : Ns48FieldAttribute("bank-card-number");

public sealed class NirAttribute() : Ns48FieldAttribute("nir");

public sealed class ProfessionAttribute() : Ns48FieldAttribute("profession");
