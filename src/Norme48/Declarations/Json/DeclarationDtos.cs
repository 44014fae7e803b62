using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Norme48.Declarations.Json;

// The second pass deserialises the first pass's checked copy into these objects. Every member is nullable: a value
// the first pass left out (and reported) arrives as null, and the mapping skips it without a second message.

/// <summary>A declaration file as written.</summary>
internal sealed class DeclarationDto
{
    [JsonPropertyName("$schema")]
    public string? Schema { get; init; }

    public string? Edition { get; init; }

    public ControllerDto? Controller { get; init; }

    public string? Sector { get; init; }

    public bool? SectorConfirmed { get; init; }

    public IReadOnlyList<string?>? Purposes { get; init; }

    public IReadOnlyList<DeclaredFieldDto?>? Fields { get; init; }

    public IReadOnlyList<DeclaredRecipientDto?>? Recipients { get; init; }

    public FileTransferDto? FileTransfer { get; init; }

    public IReadOnlyList<RetentionPolicyDto?>? RetentionPolicies { get; init; }

    public IReadOnlyList<ChannelDto?>? Channels { get; init; }

    public IReadOnlyList<FormDto?>? Forms { get; init; }

    public bool? UsesTrackers { get; init; }

    public bool? TrackersNotice { get; init; }

    public SecurityDto? Security { get; init; }

    public bool? TransfersOutsideEu { get; init; }

    public TransferAbroadDto? TransferAbroad { get; init; }
}

internal sealed class TransferAbroadDto
{
    public string? Basis { get; init; }

    public bool? RepetitiveMassiveOrStructural { get; init; }
}

internal sealed class ControllerDto
{
    public string? Name { get; init; }

    public string? Contact { get; init; }

    public string? Address { get; init; }
}

internal sealed class DeclaredFieldDto
{
    public FieldReferenceDto? Field { get; init; }

    public IReadOnlyList<string?>? Purposes { get; init; }

    public bool? Proof { get; init; }

    public bool? Sensitive { get; init; }
}

/// <summary>A field written as a built-in id (a string) or as a custom field (an object).</summary>
[JsonConverter(typeof(FieldReferenceConverter))]
internal sealed class FieldReferenceDto
{
    public string? BuiltInId { get; init; }

    public CustomFieldDto? Custom { get; init; }
}

internal sealed class CustomFieldDto
{
    public string? Id { get; init; }

    public string? Category { get; init; }

    public bool? Sensitive { get; init; }
}

internal sealed class DeclaredRecipientDto
{
    public RecipientReferenceDto? Recipient { get; init; }

    public string? Basis { get; init; }
}

/// <summary>A recipient written as a listed id (a string) or as an unlisted recipient (an object).</summary>
[JsonConverter(typeof(RecipientReferenceConverter))]
internal sealed class RecipientReferenceDto
{
    public string? ListedId { get; init; }

    public UnlistedRecipientDto? Unlisted { get; init; }
}

internal sealed class UnlistedRecipientDto
{
    public string? Id { get; init; }
}

internal sealed class FileTransferDto
{
    public IReadOnlyList<string?>? Modes { get; init; }

    public IReadOnlyList<string?>? Fields { get; init; }

    public bool? AcquirerCommitment { get; init; }

    public bool? ExpressConsent { get; init; }

    public bool? ObjectorsExcluded { get; init; }
}

internal sealed class RetentionPolicyDto
{
    public string? Status { get; init; }

    public string? Field { get; init; }

    public string? Category { get; init; }

    public bool? Proof { get; init; }

    public string? Anchor { get; init; }

    public string? Period { get; init; }

    public string? Action { get; init; }

    public int? MaxUnansweredSolicitations { get; init; }
}

internal sealed class ChannelDto
{
    public string? Channel { get; init; }

    public string? Audience { get; init; }

    public string? Target { get; init; }

    public bool? ConsentCollected { get; init; }

    public bool? ObjectionOfferedAtCollection { get; init; }

    public bool? AnalogousProducts { get; init; }
}

internal sealed class FormDto
{
    public string? Id { get; init; }

    public IReadOnlyList<string?>? Items { get; init; }

    public bool? Prospecting { get; init; }

    public bool? ObjectionNotice { get; init; }

    public bool? Trackers { get; init; }

    public bool? TrackersNotice { get; init; }

    public string? ConsentCheckbox { get; init; }
}

internal sealed class SecurityDto
{
    public bool? DataProtection { get; init; }

    public bool? OnlineService { get; init; }

    public bool? OnlineAccessProtection { get; init; }

    public bool? RemoteCardPayments { get; init; }

    public bool? SecurePayment { get; init; }

    public bool? IndividualAuthentication { get; init; }

    public bool? PasswordsNotInClear { get; init; }

    public bool? EncryptedTransit { get; init; }

    public bool? PaymentAccessTraced { get; init; }
}

/// <summary>Reads a field reference: a string is a built-in id, an object a custom field.</summary>
internal sealed class FieldReferenceConverter : JsonConverter<FieldReferenceDto>
{
    public override FieldReferenceDto Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.String
            ? new FieldReferenceDto { BuiltInId = reader.GetString() }
            : new FieldReferenceDto { Custom = JsonSerializer.Deserialize(ref reader, DeclarationJsonContext.Default.CustomFieldDto) };

    // Declarations are read, not written: the format has no writer yet.
    public override void Write(Utf8JsonWriter writer, FieldReferenceDto value, JsonSerializerOptions options) =>
        throw new NotSupportedException("Declaration files are read, not written.");
}

/// <summary>Reads a recipient reference: a string is a listed id, an object an unlisted recipient.</summary>
internal sealed class RecipientReferenceConverter : JsonConverter<RecipientReferenceDto>
{
    public override RecipientReferenceDto Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.String
            ? new RecipientReferenceDto { ListedId = reader.GetString() }
            : new RecipientReferenceDto { Unlisted = JsonSerializer.Deserialize(ref reader, DeclarationJsonContext.Default.UnlistedRecipientDto) };

    // Declarations are read, not written: the format has no writer yet.
    public override void Write(Utf8JsonWriter writer, RecipientReferenceDto value, JsonSerializerOptions options) =>
        throw new NotSupportedException("Declaration files are read, not written.");
}

/// <summary>
/// Source-generated (reflection-free, trimming-safe) metadata for the declaration objects. A member the objects do not
/// have is an error even here, so that the first pass and the objects cannot drift apart silently.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    ReadCommentHandling = JsonCommentHandling.Disallow,
    GenerationMode = JsonSourceGenerationMode.Metadata)]
[JsonSerializable(typeof(DeclarationDto))]
[JsonSerializable(typeof(CustomFieldDto))]
[JsonSerializable(typeof(UnlistedRecipientDto))]
internal sealed partial class DeclarationJsonContext : JsonSerializerContext;
