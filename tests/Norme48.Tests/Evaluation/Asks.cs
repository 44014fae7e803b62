using Norme48.Evaluation;
using Norme48.Vocabulary;

namespace Norme48.Tests.Evaluation;

/// <summary>A valid collect question, as the property tests generate it.</summary>
public sealed record CollectAsk(DataField Field, ProcessingPurpose Purpose, Sector? Sector)
{
    public override string ToString() => $"collect {Field} for {Purpose} in {Sector?.Name ?? "(no sector)"}";
}

/// <summary>A valid share question.</summary>
public sealed record ShareAsk(DataField Field, Recipient Recipient, SharingBasis? Basis, Sector? Sector)
{
    public override string ToString() =>
        $"share {Field} with {Recipient} on {Basis?.ToString() ?? "(no basis)"} in {Sector?.Name ?? "(no sector)"}";
}

/// <summary>
/// A valid transfer question: <see cref="Sensitive"/> is given only for commercial-relationship fields, as RULES.md
/// allows.
/// </summary>
public sealed record TransferAsk(
    DataField Field, TransferMode Mode, bool Commitment, bool Consent, bool Objected, bool? Sensitive, Sector? Sector)
{
    public TransferConditions Conditions => new(Commitment, Consent, Objected);

    public TransferAsk With(bool commitment, bool consent, bool objected) =>
        this with { Commitment = commitment, Consent = consent, Objected = objected };

    public override string ToString() =>
        $"transfer {Field} by {Mode} (commitment {Commitment}, consent {Consent}, objected {Objected}, sensitive {Sensitive?.ToString() ?? "-"}) in {Sector?.Name ?? "(no sector)"}";
}

/// <summary>A transfer of a field that is not of the commercial relationship, wrongly flagged sensitive (true or false).</summary>
public sealed record MisflaggedTransferAsk(DataField Field, bool Sensitive, TransferConditions Conditions, Sector? Sector)
{
    public override string ToString() => $"transfer {Field} flagged sensitive={Sensitive} ({Conditions}) in {Sector?.Name ?? "(no sector)"}";
}

/// <summary>A custom field, a built-in field of the same category, and a purpose to collect both for.</summary>
public sealed record CustomFieldAsk(DataField Custom, DataField BuiltIn, ProcessingPurpose Purpose, Sector? Sector)
{
    public override string ToString() =>
        $"collect custom {Custom} ({Custom.Category}) vs {BuiltIn} for {Purpose} in {Sector?.Name ?? "(no sector)"}";
}
