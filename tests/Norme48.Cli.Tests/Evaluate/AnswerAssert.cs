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

    private static readonly string[] RetentionKeys = ["line", "id", "edition", "verdict", "until", "since", "rules", "reasons", "advisories"];

    private static readonly string[] NoticeKeys = ["line", "id", "edition", "verdict", "violations", "rules", "reasons"];

    private static readonly string[] AdvisoryKeys = ["rule", "strength", "since", "message", "kind"];

    private static readonly string[] ViolationKeys = ["rule", "item"];

    /// <summary>The ns48-2005 rules whose strength is <c>recommended</c> (RULES.md, "Strength").</summary>
    private static readonly string[] RecommendedRules = ["NS48-RET-PROSPECT-1Y", "NS48-RET-PROSPECT-2-UNANSWERED"];

    /// <summary>The rule ids of the decision, in the order the answer lists them.</summary>
    public static string[] Rules(JsonElement answer) =>
        answer.GetProperty("rules").EnumerateArray().Select(rule => rule.GetString()!).ToArray();

    /// <summary>
    /// A decision (<c>allowed</c> / <c>denied</c>) under <c>ns48-2005</c>: its verdict, the rules that decided (in that
    /// order), and one reason per rule with the rule, its strength (mandatory for every rule these asks use), a citation
    /// without the French quote, and a message.
    /// </summary>
    public static void Decision(JsonElement answer, string verdict, params string[] rules)
    {
        Assert.False(answer.TryGetProperty("error", out JsonElement error), $"Expected a decision, got the error: {error}");
        Assert.Equal("ns48-2005", answer.GetProperty("edition").GetString());
        Assert.Equal(verdict, answer.GetProperty("verdict").GetString());
        Assert.Equal(rules, Rules(answer));
        OnlyKeys(answer, DecisionKeys);
        Reasons(answer, rules);
    }

    /// <summary>
    /// A <c>retention</c> answer under <c>ns48-2005</c>: its verdict, <c>until</c> and <c>since</c> exactly as written
    /// (<see langword="null"/>: the key must be absent), the deciding rules in order, one reason per rule with the
    /// strength RULES.md gives it (advisories are checked with <see cref="Advisories"/>).
    /// </summary>
    public static void Retention(JsonElement answer, string verdict, string? until, string? since, params string[] rules)
    {
        Assert.False(answer.TryGetProperty("error", out JsonElement error), $"Expected a decision, got the error: {error}");
        Assert.Equal("ns48-2005", answer.GetProperty("edition").GetString());
        Assert.Equal(verdict, answer.GetProperty("verdict").GetString());
        Assert.Equal(until, OptionalString(answer, "until"));
        Assert.Equal(since, OptionalString(answer, "since"));
        Assert.Equal(rules, Rules(answer));
        OnlyKeys(answer, RetentionKeys);
        Reasons(answer, rules);
    }

    /// <summary>
    /// The answer's advisories as <c>rule@since</c> (<c>rule@</c> when it has no <c>since</c>), in the order given;
    /// empty when the key is absent. Each carries strength <c>recommended</c> and a message; an empty array fails
    /// (CONTRACT.md: absent when empty).
    /// </summary>
    public static string[] Advisories(JsonElement answer)
    {
        if (!answer.TryGetProperty("advisories", out JsonElement advisories))
        {
            return [];
        }

        JsonElement[] items = advisories.EnumerateArray().ToArray();
        Assert.NotEmpty(items);
        foreach (JsonElement item in items)
        {
            OnlyKeys(item, AdvisoryKeys);
            Assert.Equal("recommended", item.GetProperty("strength").GetString());
            Assert.False(string.IsNullOrWhiteSpace(item.GetProperty("message").GetString()));
            Assert.False(item.TryGetProperty("kind", out _), $"A retention advisory is not an unconfirmed item: {item}");
        }

        return items.Select(item => item.GetProperty("rule").GetString() + "@" + OptionalString(item, "since")).ToArray();
    }

    /// <summary>
    /// A <c>notice</c> answer under <c>ns48-2005</c>: its verdict, its <c>violations</c> as <c>rule:item</c> in order
    /// (<see langword="null"/>: the key must be absent), its rules, and one reason per rule.
    /// </summary>
    public static void Notice(JsonElement answer, string verdict, string[]? violations, params string[] rules)
    {
        Assert.False(answer.TryGetProperty("error", out JsonElement error), $"Expected a decision, got the error: {error}");
        Assert.Equal("ns48-2005", answer.GetProperty("edition").GetString());
        Assert.Equal(verdict, answer.GetProperty("verdict").GetString());
        if (violations is null)
        {
            Assert.False(answer.TryGetProperty("violations", out JsonElement unexpected), $"No violations expected: {unexpected}");
        }
        else
        {
            JsonElement[] items = answer.GetProperty("violations").EnumerateArray().ToArray();
            foreach (JsonElement item in items)
            {
                OnlyKeys(item, ViolationKeys);
            }

            Assert.Equal(violations, items.Select(item => item.GetProperty("rule").GetString() + ":" + item.GetProperty("item").GetString()).ToArray());
        }

        Assert.Equal(rules, Rules(answer));
        OnlyKeys(answer, NoticeKeys);
        Reasons(answer, rules);
    }

    /// <summary>
    /// The <c>ns48-2016</c> rules whose strength is <c>recommended</c> (RULES.md, "Rules of ns48-2016 and ref-2021",
    /// "Strength": every other rule of that edition is mandatory).
    /// </summary>
    private static readonly string[] Recommended2016 = ["NS48-RET-PROSPECT-RECONTACT"];

    /// <summary>The <c>ref-2021</c> rules that restate a statute and stay <c>mandatory</c>; every other one is recommended.</summary>
    private static readonly string[] Mandatory2021 =
    [
        "NS48-TRANSFER-OBJECTION", "NS48-PROSP-OBJECTED", "NS48-PROSP-E-CONSENT", "NS48-PROSP-SOFT-OPT-IN", "NS48-PROSP-B2B",
        "NS48-PROSP-OPT-OUT", "NS48-PROSP-PHONE-CONSENT",
    ];

    private static readonly string[] LaterDecisionKeys = ["line", "id", "edition", "verdict", "value", "rules", "reasons", "obligations", "advisories"];

    private static readonly string[] LaterNoticeKeys = ["line", "id", "edition", "verdict", "violations", "rules", "reasons", "advisories"];

    /// <summary>The strength RULES.md gives <paramref name="rule"/> under <paramref name="edition"/>.</summary>
    public static string StrengthIn(string edition, string rule) => edition switch
    {
        "ns48-2005" => RecommendedRules.Contains(rule, StringComparer.Ordinal) ? "recommended" : "mandatory",
        "ns48-2016" => Recommended2016.Contains(rule, StringComparer.Ordinal) ? "recommended" : "mandatory",
        "ref-2021" => Mandatory2021.Contains(rule, StringComparer.Ordinal) ? "mandatory" : "recommended",
        _ => throw new ArgumentOutOfRangeException(nameof(edition), edition, "Not an edition."),
    };

    /// <summary>
    /// A decision (<c>allowed</c> / <c>denied</c>) under <paramref name="edition"/>: the answer states that edition, its
    /// verdict, the deciding rules in order, one reason per rule with that edition's strength; advisories are allowed
    /// (check them with <see cref="EditionAdvisories"/>).
    /// </summary>
    public static void DecisionIn(JsonElement answer, string edition, string verdict, params string[] rules)
    {
        Assert.False(answer.TryGetProperty("error", out JsonElement error), $"Expected a decision, got the error: {error}");
        Assert.Equal(edition, answer.GetProperty("edition").GetString());
        Assert.Equal(verdict, answer.GetProperty("verdict").GetString());
        Assert.Equal(rules, Rules(answer));
        OnlyKeys(answer, LaterDecisionKeys);
        Reasons(answer, rules, edition);
    }

    /// <summary>A <c>retention</c> answer under <paramref name="edition"/> (see <see cref="Retention"/>).</summary>
    public static void RetentionIn(JsonElement answer, string edition, string verdict, string? until, string? since, params string[] rules)
    {
        Assert.False(answer.TryGetProperty("error", out JsonElement error), $"Expected a decision, got the error: {error}");
        Assert.Equal(edition, answer.GetProperty("edition").GetString());
        Assert.Equal(verdict, answer.GetProperty("verdict").GetString());
        Assert.Equal(until, OptionalString(answer, "until"));
        Assert.Equal(since, OptionalString(answer, "since"));
        Assert.Equal(rules, Rules(answer));
        OnlyKeys(answer, RetentionKeys);
        Reasons(answer, rules, edition);
    }

    /// <summary>A <c>notice</c> answer under <paramref name="edition"/> (see <see cref="Notice"/>); advisories allowed.</summary>
    public static void NoticeIn(JsonElement answer, string edition, string verdict, string[] violations, params string[] rules)
    {
        Assert.False(answer.TryGetProperty("error", out JsonElement error), $"Expected a decision, got the error: {error}");
        Assert.Equal(edition, answer.GetProperty("edition").GetString());
        Assert.Equal(verdict, answer.GetProperty("verdict").GetString());
        JsonElement[] items = answer.GetProperty("violations").EnumerateArray().ToArray();
        foreach (JsonElement item in items)
        {
            OnlyKeys(item, ViolationKeys);
        }

        Assert.Equal(violations, items.Select(item => item.GetProperty("rule").GetString() + ":" + item.GetProperty("item").GetString()).ToArray());
        Assert.Equal(rules, Rules(answer));
        OnlyKeys(answer, LaterNoticeKeys);
        Reasons(answer, rules, edition);
    }

    /// <summary>
    /// The answer's advisories as <c>kind/rule@since</c> (<c>kind</c> empty when the advisory has none, <c>since</c>
    /// empty when absent), in order; empty when the key is absent. Each has a strength, a message, and only the keys of
    /// CONTRACT.md; an empty array fails (absent when empty).
    /// </summary>
    public static string[] EditionAdvisories(JsonElement answer)
    {
        if (!answer.TryGetProperty("advisories", out JsonElement advisories))
        {
            return [];
        }

        JsonElement[] items = advisories.EnumerateArray().ToArray();
        Assert.NotEmpty(items);
        foreach (JsonElement item in items)
        {
            OnlyKeys(item, AdvisoryKeys);
            Assert.Contains(item.GetProperty("strength").GetString(), new[] { "mandatory", "recommended" });
            Assert.False(string.IsNullOrWhiteSpace(item.GetProperty("message").GetString()));
            Assert.False(string.IsNullOrWhiteSpace(item.GetProperty("rule").GetString()));
        }

        return items.Select(item => OptionalString(item, "kind") + "/" + item.GetProperty("rule").GetString() + "@" + OptionalString(item, "since")).ToArray();
    }

    /// <summary>A string property's value, or <see langword="null"/> when the key is absent; any other type fails.</summary>
    public static string? OptionalString(JsonElement element, string key)
    {
        if (!element.TryGetProperty(key, out JsonElement value))
        {
            return null;
        }

        Assert.Equal(JsonValueKind.String, value.ValueKind);
        return value.GetString();
    }

    /// <summary>
    /// One reason per rule, in the order of <c>rules</c>, each with its strength (RULES.md: NS48-RET-PROSPECT-1Y and
    /// NS48-RET-PROSPECT-2-UNANSWERED are recommended, every other ns48-2005 rule mandatory), a citation without the
    /// French quote, and a message.
    /// </summary>
    private static void Reasons(JsonElement answer, string[] rules, string edition = "ns48-2005")
    {
        JsonElement[] reasons = answer.GetProperty("reasons").EnumerateArray().ToArray();
        Assert.Equal(rules, reasons.Select(reason => reason.GetProperty("rule").GetString()).ToArray());
        foreach (JsonElement reason in reasons)
        {
            OnlyKeys(reason, ReasonKeys);
            string rule = reason.GetProperty("rule").GetString()!;
            Assert.True(StrengthIn(edition, rule) == reason.GetProperty("strength").GetString(), $"Strength of {rule} under {edition}: {reason}");
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
