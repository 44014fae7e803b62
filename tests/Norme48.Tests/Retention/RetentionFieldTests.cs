using System;
using NodaTime;
using Norme48.Retention;
using Norme48.Vocabulary;
using Xunit;

namespace Norme48.Tests.Retention;

/// <summary><see cref="RetentionField"/>: its check, its equality (every member counts) and its text.</summary>
public sealed class RetentionFieldTests
{
    private static readonly Instant ProofDate = Instant.FromUtc(2017, 3, 1, 0, 0);

    [Fact]
    public void Constructor_ProofDateWithoutProof_ThrowsNamingProofFrom()
    {
        var exception = Assert.Throws<ArgumentException>(() => new RetentionField(DataField.Amount, proof: false, proofFrom: ProofDate));

        Assert.Equal("proofFrom", exception.ParamName);
    }

    [Fact]
    public void Equals_SameMembers_EqualWithTheSameHash()
    {
        var left = new RetentionField(DataField.Amount, proof: true, proofFrom: ProofDate);
        var right = new RetentionField(DataField.Amount, proof: true, proofFrom: ProofDate);

        Assert.True(left.Equals(right));
        Assert.True(left.Equals((object)right));
        Assert.True(left == right);
        Assert.False(left != right);
        Assert.Equal(left.GetHashCode(), right.GetHashCode());
    }

    [Theory]
    [InlineData("field")]
    [InlineData("proof")]
    [InlineData("proof-from")]
    public void Equals_OneMemberDiffers_NotEqual(string member)
    {
        var field = new RetentionField(DataField.Amount, proof: true, proofFrom: ProofDate);
        var other = member switch
        {
            "field" => new RetentionField(DataField.Quantity, proof: true, proofFrom: ProofDate),
            "proof" => new RetentionField(DataField.Amount),
            _ => new RetentionField(DataField.Amount, proof: true),
        };

        Assert.False(field.Equals(other));
        Assert.False(field.Equals((object)other));
        Assert.False(field == other);
        Assert.True(field != other);
    }

    // "Returns the field id, marked when it is proof. Such as amount (proof)."
    [Fact]
    public void ToString_ProofOrNot_TheIdMarkedWhenProof()
    {
        Assert.Equal("amount (proof)", new RetentionField(DataField.Amount, proof: true).ToString());
        Assert.Equal("amount", new RetentionField(DataField.Amount).ToString());
    }

    [Fact]
    public void Constructor_NullField_ThrowsNamingField()
    {
        Assert.Equal("field", Assert.Throws<ArgumentNullException>(() => new RetentionField(null!)).ParamName);
    }

    // PurgeCandidate: "subject or fields is null" throws naming it; the list is read, not copied.
    [Fact]
    public void Candidate_NullSubjectOrFields_ThrowsNamingIt()
    {
        RetentionField[] fields = [new(DataField.Amount)];
        var subject = new Subject(SubjectStatus.Client);

        var nullSubject = Assert.Throws<ArgumentNullException>(() => new PurgeCandidate<int>(1, null!, fields));
        var nullFields = Assert.Throws<ArgumentNullException>(() => new PurgeCandidate<int>(1, subject, null!));
        var candidate = new PurgeCandidate<int>(7, subject, fields);

        Assert.Equal(("subject", "fields"), (nullSubject.ParamName, nullFields.ParamName));
        Assert.Equal(7, candidate.Key);
        Assert.Same(subject, candidate.Subject);
        Assert.Same(fields, candidate.Fields);
    }
}
