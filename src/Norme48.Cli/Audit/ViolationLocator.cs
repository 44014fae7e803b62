using System;
using System.Collections.Generic;
using System.Linq;
using Norme48.Cli.Declarations;
using Norme48.Declarations;
using Norme48.Evaluation;
using Norme48.Prospecting;
using Norme48.Retention;
using Norme48.Vocabulary;

namespace Norme48.Cli.Audit;

/// <summary>Where in its file a violation is: the JSON path of what it concerns, and the position of that value.</summary>
internal sealed record ViolationLocation(string Path, int Line, int Column);

/// <summary>
/// Finds the place of a declaration file that a violation concerns — the field's entry in <c>fields</c>, the form's in
/// <c>forms</c>, the recipient, the <c>security</c> property … — from the violation's part and subject.
/// </summary>
internal static class ViolationLocator
{
    private const string Arrow = " → ";

    public static ViolationLocation Locate(ConformityViolation violation, DeclarationInput input, ProcessingDeclaration declaration)
    {
        foreach (var path in Candidates(violation, declaration))
        {
            if (input.LocateNearest(path) is { } found && (found.Path == path || found.Path != "$"))
            {
                return new ViolationLocation(found.Path, found.Line, found.Column);
            }
        }

        var (line, column) = input.Locate("$");
        return new ViolationLocation("$", line, column);
    }

    /// <summary>The paths that may hold what the violation concerns, the most precise first.</summary>
    private static IEnumerable<string> Candidates(ConformityViolation violation, ProcessingDeclaration declaration)
    {
        var subject = violation.Subject;
        switch (violation.Part)
        {
            case DeclarationPart.Processing:
                yield return "$.sector";
                break;

            case DeclarationPart.Purpose:
                var index = IndexOf(declaration.Purposes, p => p.Id == subject);
                if (index >= 0)
                {
                    yield return Paths.Index("$.purposes", index);
                }

                for (var f = 0; f < declaration.Fields.Count; f++)
                {
                    var p = IndexOf(declaration.Fields[f].Purposes, p => p.Id == subject);
                    if (p >= 0)
                    {
                        yield return Paths.Index(Paths.Index("$.fields", f) + ".purposes", p);
                    }
                }

                break;

            case DeclarationPart.Field:
                var fieldId = subject.Split(Arrow)[0];
                var field = IndexOf(declaration.Fields, f => f.Field.Id == fieldId);
                if (field >= 0)
                {
                    yield return Paths.Index("$.fields", field);
                }

                break;

            case DeclarationPart.Recipient:
                var recipient = IndexOf(declaration.Recipients, r => r.Recipient.Id == subject);
                if (recipient >= 0)
                {
                    yield return Paths.Index("$.recipients", recipient);
                }

                break;

            case DeclarationPart.FileTransfer:
                var transferred = declaration.FileTransfer is { } transfer ? IndexOf(transfer.Fields, f => f.Id == subject) : -1;
                if (transferred >= 0)
                {
                    yield return Paths.Index("$.fileTransfer.fields", transferred);
                }

                yield return "$.fileTransfer";
                break;

            case DeclarationPart.RetentionPolicy:
                var policy = IndexOf(declaration.RetentionPolicies, p => p.ToString() == subject);
                if (policy >= 0)
                {
                    yield return Paths.Index("$.retentionPolicies", policy);
                }

                break;

            case DeclarationPart.Form:
                var form = IndexOf(declaration.Forms, f => f.Id == subject);
                if (form >= 0)
                {
                    yield return Paths.Index("$.forms", form);
                }

                break;

            case DeclarationPart.Trackers:
                yield return "$.trackersNotice";
                yield return "$.usesTrackers";
                break;

            case DeclarationPart.Channel:
                var channel = IndexOf(declaration.Channels, c => ChannelSubject(c) == subject);
                if (channel >= 0)
                {
                    yield return Paths.Index("$.channels", channel);
                }

                break;

            case DeclarationPart.Security:
                yield return "$.security." + CamelCase(subject);
                yield return "$.security";
                break;

            case DeclarationPart.TransferAbroad:
                // No basis, or an art. 69 exception for transfers that are not occasional: both are about the basis.
                yield return "$.transferAbroad.basis";
                yield return "$.transferAbroad";
                yield return "$.transfersOutsideEu";
                break;
        }
    }

    /// <summary>The subject the conformity evaluator gives a channel, such as <c>email → consumer prospect</c>.</summary>
    private static string ChannelSubject(DeclaredChannel channel) =>
        Norme48Evaluator.ChannelId(channel.Channel) + Arrow
        + (channel.Audience == Audience.Consumer ? "consumer" : "professional") + " "
        + (channel.Target == SubjectStatus.Client ? "client" : "prospect");

    private static string CamelCase(string kebab)
    {
        var parts = kebab.Split('-', StringSplitOptions.RemoveEmptyEntries);
        return string.Concat(parts.Select((part, i) => i == 0 ? part : char.ToUpperInvariant(part[0]) + part[1..]));
    }

    private static int IndexOf<T>(IReadOnlyList<T> items, Func<T, bool> match)
    {
        for (var i = 0; i < items.Count; i++)
        {
            if (match(items[i]))
            {
                return i;
            }
        }

        return -1;
    }
}
