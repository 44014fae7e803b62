using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using Xunit;

namespace Norme48.Testing.Tests;

public sealed class PersonalDataNamesTests
{
    /// <summary>
    /// The published list, word for word: a change to it (or to the field table it comes from) fails here and is made
    /// deliberately, since users' suites depend on what the model scan reports.
    /// </summary>
    private static readonly string[] PublishedWords =
    [
        "abonnement", "account", "achats", "achete", "acheté", "activite", "activity", "activité", "address", "adresse",
        "age", "amount", "balances", "bancaire", "bank", "birth", "card", "carte", "categorie", "category", "catégorie",
        "cheque", "children", "chèque", "client", "code", "commande", "connection", "consenties", "correspondances",
        "correspondence", "credit", "credits", "crédits", "customer", "date", "delivery", "demandes", "details",
        "discounts", "documentation", "domain", "domaine", "duree", "durée", "electronique", "email", "enfant", "essai",
        "fax", "first", "fixe", "foyer", "granted", "heure", "historique", "history", "household", "iban",
        "identification", "impayes", "impayés", "inscription", "internal", "interne", "internet", "invoices", "ip",
        "landline", "last", "livraison", "mail", "mobile", "modalites", "modalités", "montant", "naissance", "name",
        "names", "nir", "nom", "nombre", "number", "numero", "numéro", "ordinateur", "organisme", "origin", "origine",
        "page", "payment", "periodicite", "periodicity", "permettant", "phone", "postal", "prenoms", "preteur", "product",
        "produit", "produits", "profession", "professional", "professionnelle", "protocol", "protocole", "prénoms",
        "prêteur", "purchase", "purchased", "périodicité", "quantite", "quantity", "quantité", "receipts", "recus",
        "reglement", "relances", "reminders", "remises", "repertoire", "representant", "représentant", "requests",
        "retour", "returns", "reçus", "rib", "rip", "règlement", "répertoire", "sale", "sales", "securite", "service",
        "sociale", "socio", "soldes", "souscrit", "souscrits", "ssn", "subscription", "sécurité", "tel", "telecopie",
        "telephone", "terms", "time", "traitement", "transaction", "trial", "télécopie", "téléphone", "unpaid", "vendeur",
        "vente", "visited", "visitee", "visiteur", "visitor", "visitée", "âge", "électronique",
    ];

    /// <summary>Function words of the field table (and single letters), which name no data.</summary>
    private static readonly string[] FunctionWords =
        ["de", "du", "des", "la", "le", "les", "ou", "et", "au", "aux", "à", "d", "l", "s", "avec", "après", "of", "the", "or", "and", "in", "after"];

    [Fact]
    public void Words_Always_AreThePublishedList()
    {
        var words = PersonalDataNames.Words;

        Assert.Equal(PublishedWords, words);
    }

    [Fact]
    public void Words_Always_AreLowerCaseDistinctAndInOrdinalOrder()
    {
        var words = PersonalDataNames.Words;

        Assert.All(words, w => Assert.Equal(w.ToLowerInvariant(), w));
        Assert.Equal(words.Count, words.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(words.Order(StringComparer.Ordinal), words);
    }

    [Fact]
    public void Words_FieldTableOfRulesMd_HoldsEveryWordOfEveryFieldIdAndFrenchWording()
    {
        var expected = FieldTableWords(SpecFile.RulesLines());

        var missing = expected.Where(w => !PersonalDataNames.Words.Contains(w)).ToList();

        Assert.True(expected.Count > 100, $"Only {expected.Count} words read from RULES.md's field table: was the table found?");
        Assert.Empty(missing);
    }

    [Theory]
    [InlineData("prénoms", "prenoms")]
    [InlineData("téléphone", "telephone")]
    [InlineData("numéro", "numero")]
    [InlineData("âge", "age")]
    [InlineData("reçus", "recus")]
    [InlineData("chèque", "cheque")]
    [InlineData("prêteur", "preteur")]
    public void Words_AccentedFrenchWord_AlsoWithoutAccents(string accented, string plain)
    {
        var words = PersonalDataNames.Words;

        Assert.Contains(accented, words);
        Assert.Contains(plain, words);
    }

    [Fact]
    public void Words_UsualNamesOfPersonalData_AreInTheList()
    {
        string[] usual = ["email", "mail", "phone", "tel", "mobile", "iban", "rib", "card", "nir", "ssn", "birth", "address", "ip"];

        var missing = usual.Except(PersonalDataNames.Words);

        Assert.Empty(missing);
    }

    [Fact]
    public void Words_FunctionWordsAndSingleLetters_AreNotInTheList()
    {
        var words = PersonalDataNames.Words;

        Assert.Empty(FunctionWords.Intersect(words));
        Assert.DoesNotContain(words, w => w.Length < 2);
    }

    [Theory]
    [InlineData("EmailAddress", "email")]
    [InlineData("customer_email", "customer")]
    [InlineData("IPAddress", "ip")]
    [InlineData("dateNaissance", "date")]
    [InlineData("NumeroCarte", "numero")]
    [InlineData("Prénoms", "prenoms")]
    [InlineData("TELEPHONE_FIXE", "telephone")]
    [InlineData("Iban", "iban")]
    [InlineData("SSN", "ssn")]
    [InlineData("_nir", "nir")]
    [InlineData("Phone2", "phone")]
    [InlineData("Line1Address", "address")]
    [InlineData("HomeTel", "tel")]
    [InlineData("ConnectionTime", "connection")]
    [InlineData("socioProfessionnelle", "socio")]
    public void LooksPersonal_NameWithAWordOfTheList_IsPersonalAndNamesTheWord(string name, string word)
    {
        var personal = PersonalDataNames.LooksPersonal(name, out var matched);

        Assert.True(personal);
        Assert.Equal(word, matched);
    }

    [Theory]
    [InlineData("Id")]
    [InlineData("CreatedBy")]
    [InlineData("IsActive")]
    [InlineData("Version")]
    [InlineData("RowVersion")]
    [InlineData("Status")]
    [InlineData("Telegram")]
    [InlineData("Hotel")]
    [InlineData("Timestamp")]
    [InlineData("emailaddress")]
    [InlineData("")]
    [InlineData("_42")]
    public void LooksPersonal_NameWithoutAWordOfTheList_IsNotPersonal(string name)
    {
        var personal = PersonalDataNames.LooksPersonal(name, out var matched);

        Assert.False(personal);
        Assert.Null(matched);
    }

    [Fact]
    public void LooksPersonal_Null_ThrowsNamingTheParameter()
    {
        var exception = Assert.Throws<ArgumentNullException>(() => PersonalDataNames.LooksPersonal(null!, out _));

        Assert.Equal("memberName", exception.ParamName);
    }

    [Theory]
    [InlineData("IPAddress", new[] { "IP", "Address" })]
    [InlineData("EmailAddress", new[] { "Email", "Address" })]
    [InlineData("customer_email", new[] { "customer", "email" })]
    [InlineData("dateNaissance", new[] { "date", "Naissance" })]
    [InlineData("HTTPRequestURL", new[] { "HTTP", "Request", "URL" })]
    [InlineData("Address2Line", new[] { "Address", "Line" })]
    [InlineData("__Id__", new[] { "Id" })]
    [InlineData("ÉtatCivil", new[] { "État", "Civil" })]
    [InlineData("X", new[] { "X" })]
    [InlineData("", new string[0])]
    public void Split_MemberName_SplitsAtCaseChangesUnderscoresAndDigits(string name, string[] parts)
    {
        var split = PersonalDataNames.Split(name);

        Assert.Equal(parts, split);
    }

    [Theory]
    [InlineData("Prénoms", "prenoms")]
    [InlineData("ÉLECTRONIQUE", "electronique")]
    [InlineData("Reçus", "recus")]
    [InlineData("Œuvre", "oeuvre")]
    [InlineData("plain", "plain")]
    public void Fold_Word_LowerCasesAndRemovesAccents(string word, string folded)
    {
        var result = PersonalDataNames.Fold(word);

        Assert.Equal(folded, result);
    }

    /// <summary>
    /// Every word of RULES.md's field table — the field ids and the French wordings of the rows "| `category` | `id` —
    /// wording · … |" — lower-cased, with and without accents, function words and single letters left out.
    /// </summary>
    private static HashSet<string> FieldTableWords(string[] lines)
    {
        var start = Array.FindIndex(lines, l => l.StartsWith("### Data categories and their fields", StringComparison.Ordinal));
        var words = new HashSet<string>(StringComparer.Ordinal);
        if (start < 0)
        {
            return words;
        }

        foreach (var line in lines.Skip(start + 1).SkipWhile(l => !l.StartsWith('|')).TakeWhile(l => l.StartsWith('|')))
        {
            var cells = line.Split('|', StringSplitOptions.TrimEntries);
            if (cells.Length < 3 || !cells[1].StartsWith('`'))
            {
                continue;
            }

            foreach (var entry in cells[2].Split('·', StringSplitOptions.TrimEntries))
            {
                var match = Regex.Match(entry, "^`(?<id>[a-z-]+)` — (?<wording>.+)$");
                Assert.True(match.Success, $"Unexpected field entry in RULES.md: {entry}");
                var text = match.Groups["id"].Value + " " + match.Groups["wording"].Value;
                foreach (Match word in Regex.Matches(text, @"\p{L}+"))
                {
                    var lower = word.Value.ToLowerInvariant();
                    if (lower.Length > 1 && !FunctionWords.Contains(lower))
                    {
                        words.Add(lower);
                        words.Add(PersonalDataNames.Fold(lower));
                    }
                }
            }
        }

        return words;
    }
}
