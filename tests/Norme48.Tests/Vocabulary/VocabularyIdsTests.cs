using System;
using Norme48.Prospecting;
using Norme48.Retention;
using Norme48.Vocabulary;
using Xunit;

namespace Norme48.Tests.Vocabulary;

/// <summary><see cref="VocabularyIds"/>: "the id at index i names the enum member whose value is i + 1".</summary>
public sealed class VocabularyIdsTests
{
    [Fact]
    public void ValueOf_EachId_TheValueOfItsEnumMember()
    {
        Assert.Equal((int)ProspectingChannel.Email, VocabularyIds.ValueOf(VocabularyIds.ProspectingChannels, "email"));
        Assert.Equal((int)ProspectingChannel.Postal, VocabularyIds.ValueOf(VocabularyIds.ProspectingChannels, "postal"));
        Assert.Equal((int)RetentionAnchor.LastActivity, VocabularyIds.ValueOf(VocabularyIds.RetentionAnchors, "last-activity"));
        Assert.Equal((int)RetentionEndAction.AskThenPurge, VocabularyIds.ValueOf(VocabularyIds.RetentionEndActions, "ask-then-purge"));
        Assert.Equal((int)SubjectStatus.Prospect, VocabularyIds.ValueOf(VocabularyIds.SubjectStatuses, "prospect"));
    }

    [Theory]
    [InlineData("Email")]
    [InlineData("e-mail")]
    [InlineData("")]
    [InlineData(null)]
    public void ValueOf_NoIdOfTheList_Zero(string? id)
    {
        Assert.Equal(0, VocabularyIds.ValueOf(VocabularyIds.ProspectingChannels, id));
    }

    [Fact]
    public void ValueOf_NullList_ThrowsNamingIds()
    {
        var exception = Assert.Throws<ArgumentNullException>(() => VocabularyIds.ValueOf(null!, "email"));

        Assert.Equal("ids", exception.ParamName);
    }
}
