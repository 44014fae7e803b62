using System;
using System.Collections.Generic;

namespace Norme48.Retention;

/// <summary>What the person said about prospecting, and how the controller uses their data for it.</summary>
public readonly struct ProspectingFacts : IEquatable<ProspectingFacts>
{
    /// <summary>Initializes a new instance of the <see cref="ProspectingFacts"/> struct.</summary>
    /// <param name="consent">The person gave prior consent to prospecting on the channel asked about.</param>
    /// <param name="objected">The person objected to prospecting.</param>
    /// <param name="objectionOfferedAtCollection">
    /// The person could object, simply and unambiguously, when the data were collected (and, from <c>ns48-2016</c>, in every message).
    /// </param>
    /// <param name="usedForProspecting">Client data are also used for prospecting (from <c>ns48-2016</c>: kept 3 years after the relationship ends).</param>
    /// <param name="analogousProducts">
    /// The solicitation is about products or services analogous to those the client bought from the same company (from <c>ns48-2016</c>).
    /// </param>
    /// <param name="answerWindowDays">How many days the person is given to answer a re-confirmation request (from <c>ns48-2016</c>); at least 1.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="answerWindowDays"/> is given and less than 1.</exception>
    public ProspectingFacts(
        bool consent = false,
        bool objected = false,
        bool objectionOfferedAtCollection = false,
        bool usedForProspecting = false,
        bool analogousProducts = false,
        int? answerWindowDays = null)
    {
        if (answerWindowDays is < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(answerWindowDays), answerWindowDays, "The answer window is at least one day.");
        }

        Consent = consent;
        Objected = objected;
        ObjectionOfferedAtCollection = objectionOfferedAtCollection;
        UsedForProspecting = usedForProspecting;
        AnalogousProducts = analogousProducts;
        AnswerWindowDays = answerWindowDays;
    }

    /// <summary>Gets a value indicating whether the person gave prior consent to prospecting on the channel asked about.</summary>
    public bool Consent { get; }

    /// <summary>Gets a value indicating whether the person objected to prospecting.</summary>
    public bool Objected { get; }

    /// <summary>Gets a value indicating whether the person could object, simply and unambiguously, at collection.</summary>
    public bool ObjectionOfferedAtCollection { get; }

    /// <summary>Gets a value indicating whether client data are also used for prospecting.</summary>
    public bool UsedForProspecting { get; }

    /// <summary>Gets a value indicating whether the solicitation concerns products analogous to those the client bought.</summary>
    public bool AnalogousProducts { get; }

    /// <summary>Gets how many days the person is given to answer a re-confirmation request, when stated.</summary>
    public int? AnswerWindowDays { get; }

    /// <summary>Compares two sets of facts.</summary>
    /// <param name="left">The first facts.</param>
    /// <param name="right">The second facts.</param>
    /// <returns><see langword="true"/> when they state the same facts.</returns>
    public static bool operator ==(ProspectingFacts left, ProspectingFacts right) => left.Equals(right);

    /// <summary>Compares two sets of facts.</summary>
    /// <param name="left">The first facts.</param>
    /// <param name="right">The second facts.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(ProspectingFacts left, ProspectingFacts right) => !left.Equals(right);

    /// <inheritdoc/>
    public bool Equals(ProspectingFacts other) =>
        Consent == other.Consent && Objected == other.Objected && ObjectionOfferedAtCollection == other.ObjectionOfferedAtCollection
        && UsedForProspecting == other.UsedForProspecting && AnalogousProducts == other.AnalogousProducts && AnswerWindowDays == other.AnswerWindowDays;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is ProspectingFacts other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() =>
        HashCode.Combine(Consent, Objected, ObjectionOfferedAtCollection, UsedForProspecting, AnalogousProducts, AnswerWindowDays);

    /// <summary>Returns the facts that hold.</summary>
    /// <returns>Such as <c>consent, objection offered</c>, or <c>none</c>.</returns>
    public override string ToString()
    {
        var facts = new List<string>();
        if (Consent)
        {
            facts.Add("consent");
        }

        if (Objected)
        {
            facts.Add("objected");
        }

        if (ObjectionOfferedAtCollection)
        {
            facts.Add("objection offered");
        }

        if (UsedForProspecting)
        {
            facts.Add("used for prospecting");
        }

        if (AnalogousProducts)
        {
            facts.Add("analogous products");
        }

        if (AnswerWindowDays is { } days)
        {
            facts.Add($"answer window {days} d");
        }

        return facts.Count == 0 ? "none" : string.Join(", ", facts);
    }
}
