using System;
using System.Linq;

namespace Norme48.Evaluation;

/// <summary>The facts a transfer of the file depends on, besides the field: commitment, consent and objection.</summary>
public readonly struct TransferConditions : IEquatable<TransferConditions>
{
    /// <summary>Initializes a new instance of the <see cref="TransferConditions"/> struct.</summary>
    /// <param name="acquirerCommitment">
    /// The acquirer committed to use the data solely to address the persons directly, for exclusively commercial purposes.
    /// </param>
    /// <param name="expressConsent">The person gave express consent to the transfer.</param>
    /// <param name="objected">The person objected (to prospecting, or to the transfer).</param>
    public TransferConditions(bool acquirerCommitment = false, bool expressConsent = false, bool objected = false)
    {
        Flags = (acquirerCommitment ? 1 : 0) | (expressConsent ? 2 : 0) | (objected ? 4 : 0);
    }

    /// <summary>Gets no commitment, no consent, no objection.</summary>
    public static TransferConditions None => default;

    /// <summary>Gets a value indicating whether the acquirer committed to use the data solely to address the persons directly, for commercial purposes.</summary>
    public bool AcquirerCommitment => (Flags & 1) != 0;

    /// <summary>Gets a value indicating whether the person gave express consent.</summary>
    public bool ExpressConsent => (Flags & 2) != 0;

    /// <summary>Gets a value indicating whether the person objected.</summary>
    public bool Objected => (Flags & 4) != 0;

    internal int Flags { get; }

    /// <summary>Compares two conditions.</summary>
    /// <param name="left">The first conditions.</param>
    /// <param name="right">The second conditions.</param>
    /// <returns><see langword="true"/> when they state the same facts.</returns>
    public static bool operator ==(TransferConditions left, TransferConditions right) => left.Equals(right);

    /// <summary>Compares two conditions.</summary>
    /// <param name="left">The first conditions.</param>
    /// <param name="right">The second conditions.</param>
    /// <returns><see langword="true"/> when they state different facts.</returns>
    public static bool operator !=(TransferConditions left, TransferConditions right) => !left.Equals(right);

    /// <inheritdoc/>
    public bool Equals(TransferConditions other) => Flags == other.Flags;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is TransferConditions other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => Flags;

    /// <summary>Returns the facts, such as <c>commitment, consent</c>.</summary>
    /// <returns>The facts that hold, or <c>none</c>.</returns>
    public override string ToString() =>
        Flags == 0 ? "none" : string.Join(", ", new[] { AcquirerCommitment ? "commitment" : null, ExpressConsent ? "consent" : null, Objected ? "objected" : null }.OfType<string>());
}
