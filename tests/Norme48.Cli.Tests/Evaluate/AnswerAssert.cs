using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using Xunit;

namespace Norme48.Cli.Tests.Evaluate;

/// <summary>Assertions on answer lines, written from CONTRACT.md ("Answers") and RULES.md, not from the tool's output.</summary>
internal static class AnswerAssert
{
    private static readonly string[] DecisionKeys = ["line", "id", "edition", "verdict", "value", "rules", "reasons", "obligations"];

    private static readonly string[] ReasonKeys = ["rule", "strength", "source", "message"];

    private static readonly string[] ObligationKeys = ["id", "rule", "message"];

    private static readonly string[] ErrorKeys = ["line", "id", "error"];

    /// <summary>The rule ids of the decision, in the order the answer lists them.</summary>
    public static string[] Rules(JsonElement answer) =>
        answer.GetProperty("rules").EnumerateArray().Select(rule => rule.GetString()!).ToArray();

    /// <summary>
    /// A decision under <c>ns48-2005</c>: its verdict, the rules that decided (in that order), and one reason per rule
    /// with the rule, strength <c>mandatory</c> (every rule these asks use is mandatory), a citation without the French
    /// quote, and a message.
    /// </summary>
    public static void Decision(JsonElement answer, string verdict, params string[] rules)
    {
        Assert.False(answer.TryGetProperty("error", out JsonElement error), $"Expected a decision, got the error: {error}");
        Assert.Equal("ns48-2005", answer.GetProperty("edition").GetString());
        Assert.Equal(verdict, answer.GetProperty("verdict").GetString());
        Assert.Equal(rules, Rules(answer));
        OnlyKeys(answer, DecisionKeys);

        JsonElement[] reasons = answer.GetProperty("reasons").EnumerateArray().ToArray();
        Assert.Equal(rules, reasons.Select(reason => reason.GetProperty("rule").GetString()).ToArray());
        foreach (JsonElement reason in reasons)
        {
            OnlyKeys(reason, ReasonKeys);
            Assert.Equal("mandatory", reason.GetProperty("strength").GetString());
            string source = reason.GetProperty("source").GetString()!;
            Assert.False(string.IsNullOrWhiteSpace(source));
            Assert.DoesNotContain("«", source, StringComparison.Ordinal);
            Assert.False(string.IsNullOrWhiteSpace(reason.GetProperty("message").GetString()));
        }
    }

    /// <summary>The decision's obligations as <c>id:rule</c> pairs (empty when the key is absent), each with a message.</summary>
    public static string[] Obligations(JsonElement answer)
    {
        if (!answer.TryGetProperty("obligations", out JsonElement obligations))
        {
            return [];
        }

        JsonElement[] items = obligations.EnumerateArray().ToArray();
        Assert.NotEmpty(items);
        foreach (JsonElement item in items)
        {
            OnlyKeys(item, ObligationKeys);
            Assert.False(string.IsNullOrWhiteSpace(item.GetProperty("message").GetString()));
        }

        return items.Select(item => item.GetProperty("id").GetString() + ":" + item.GetProperty("rule").GetString()).ToArray();
    }

    /// <summary>An error line: an <c>error</c> message containing every fragment (ordinal), and no decision.</summary>
    public static string Error(JsonElement answer, params string[] fragments)
    {
        Assert.True(answer.TryGetProperty("error", out JsonElement error), $"Expected an error line, got: {answer}");
        string message = error.GetString()!;
        Assert.False(string.IsNullOrWhiteSpace(message));
        Assert.False(answer.TryGetProperty("verdict", out _), $"An error line carries no verdict: {answer}");
        Assert.False(answer.TryGetProperty("rules", out _), $"An error line carries no rules: {answer}");
        OnlyKeys(answer, ErrorKeys);
        foreach (string fragment in fragments)
        {
            Assert.Contains(fragment, message, StringComparison.Ordinal);
        }

        return message;
    }

    /// <summary>Every string anywhere in the answer (property values and names).</summary>
    public static IEnumerable<string> Strings(JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.String:
                yield return element.GetString()!;
                break;
            case JsonValueKind.Object:
                foreach (JsonProperty property in element.EnumerateObject())
                {
                    yield return property.Name;
                    foreach (string inner in Strings(property.Value))
                    {
                        yield return inner;
                    }
                }

                break;
            case JsonValueKind.Array:
                foreach (JsonElement item in element.EnumerateArray())
                {
                    foreach (string inner in Strings(item))
                    {
                        yield return inner;
                    }
                }

                break;
            default:
                break;
        }
    }

    /// <summary>The object has no property outside <paramref name="allowed"/> (CONTRACT.md names every key an answer carries).</summary>
    public static void OnlyKeys(JsonElement element, string[] allowed)
    {
        string[] unexpected = element.EnumerateObject().Select(p => p.Name).Where(name => !allowed.Contains(name, StringComparer.Ordinal)).ToArray();
        Assert.True(unexpected.Length == 0, $"Unexpected keys {string.Join(", ", unexpected)} in {element}");
    }

    /// <summary>Splits a space-separated list of rule ids (empty for none).</summary>
    public static string[] Split(string list) => list.Split(' ', StringSplitOptions.RemoveEmptyEntries);
}
