using System;
using System.Collections.Generic;
using System.Linq;
using Norme48.Vocabulary;

namespace Norme48.Rules;

/// <summary>The rules of one edition, in catalogue order: the data every decision cites.</summary>
public sealed class Rulebook
{
    private readonly Rule?[] byId;
    private readonly Rule[] rules;

    private System.Collections.ObjectModel.ReadOnlyCollection<Rule>? rulesView;

    internal Rulebook(Edition edition, IEnumerable<Rule> rules)
    {
        Edition = edition;
        this.rules = rules.OrderBy(r => r.Id).ToArray();
        byId = new Rule?[RuleIds.All.Count + 1];
        foreach (var rule in this.rules)
        {
            if (byId[(int)rule.Id] is not null)
            {
                throw new InvalidOperationException($"The rulebook of {edition.Id} defines {rule.Code} twice.");
            }

            byId[(int)rule.Id] = rule;
        }
    }

    /// <summary>Gets the edition whose rules these are.</summary>
    public Edition Edition { get; }

    /// <summary>Gets the rules, in catalogue order.</summary>
    public IReadOnlyList<Rule> Rules => rulesView ??= Array.AsReadOnly(rules);

    /// <summary>Gets the rule with an id.</summary>
    /// <param name="id">The rule id.</param>
    /// <returns>The rule.</returns>
    /// <exception cref="KeyNotFoundException">The edition has no rule <paramref name="id"/>.</exception>
    public Rule this[RuleId id] =>
        TryGet(id, out var rule) ? rule : throw new KeyNotFoundException($"Edition {Edition.Id} has no rule {(RuleIds.IsDefined(id) ? id.ToId() : id.ToString())}.");

    /// <summary>Gets the rulebook of an edition.</summary>
    /// <param name="edition">The edition.</param>
    /// <returns>The edition's rulebook.</returns>
    /// <remarks>
    /// Every edition has its rulebook: a rule shared by two editions is a distinct <see cref="Rule"/> in each, with that
    /// edition's source, strength and texts.
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="edition"/> is <see langword="null"/>.</exception>
    public static Rulebook For(Edition edition)
    {
        ArgumentNullException.ThrowIfNull(edition);
        if (ReferenceEquals(edition, Edition.Ns2016))
        {
            return Catalogue2016.Rulebook;
        }

        return ReferenceEquals(edition, Edition.Ref2021) ? Catalogue2021.Rulebook : Catalogue2005.Rulebook;
    }

    /// <summary>Tries to get the rule with an id.</summary>
    /// <param name="id">The rule id.</param>
    /// <param name="rule">The rule, when the edition has it.</param>
    /// <returns><see langword="true"/> when the edition has rule <paramref name="id"/>.</returns>
    public bool TryGet(RuleId id, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Rule? rule)
    {
        var index = (int)id;
        rule = index > 0 && index < byId.Length ? byId[index] : null;
        return rule is not null;
    }

    /// <summary>Whether the edition has a rule.</summary>
    /// <param name="id">The rule id.</param>
    /// <returns><see langword="true"/> when the edition has rule <paramref name="id"/>.</returns>
    public bool Contains(RuleId id) => TryGet(id, out _);
}
