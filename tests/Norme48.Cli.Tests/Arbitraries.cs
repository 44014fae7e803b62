using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using Norme48.Cli.Tests.Evaluate;

namespace Norme48.Cli.Tests;

/// <summary>What a generated input line is, for the contract: a question, a bad line, or a blank line.</summary>
public enum LineKind
{
    /// <summary>A well-formed question: answered with a decision.</summary>
    Question = 1,

    /// <summary>A bad line: answered with an error line.</summary>
    Bad = 2,

    /// <summary>Empty or white space only: no answer.</summary>
    Blank = 3,
}

/// <summary>One generated input line, without its terminator; a question's <c>id</c>, when it has one, is <see cref="Id"/>.</summary>
public sealed record GeneratedLine(string Text, LineKind Kind, string? Id);

/// <summary>A generated input: lines, each ended by <c>\n</c> or <c>\r\n</c>, the last one possibly unterminated.</summary>
public sealed record QuestionLines(IReadOnlyList<GeneratedLine> Lines, IReadOnlyList<string> Terminators)
{
    public string Text => string.Concat(Lines.Select((line, i) => line.Text + Terminators[i]));

    public override string ToString() => Text;
}

/// <summary>
/// FsCheck generators for the CLI suite; register with <c>[Property(Arbitrary = new[] { typeof(Arbitraries) })]</c>.
/// Generated lines are valid UTF-8 (invalid bytes have their own example tests).
/// </summary>
public static class Arbitraries
{
    private const int StreamLength = 200;

    private static readonly string[] Blanks = ["", " ", "\t", "  \t ", "\t\t"];

    /// <summary>Bad lines of every kind the contract names; <c>{ID}</c> is replaced by the line's id.</summary>
    private static readonly string[] BadLines =
    [
        """{"id":"{ID}","ask":"collect","field":"last-name","purpose":"orders","colour":"red"}""",
        """{"id":"{ID}","ask":"collect","field":"last-name","purpose":"orders","purpose":"orders"}""",
        """{"id":"{ID}","ask":"collect","field":"last-name","purpose":3}""",
        """{"id":"{ID}","ask":"collect","field":"surname","purpose":"orders"}""",
        """{"id":"{ID}","ask":"share","field":"last-name","recipient":"ad-network"}""",
        """{"id":"{ID}","ask":"transfer","field":"last-name","mode":"cession","sensitive":false}""",
        """{"id":"{ID}","ask":"collect","field":"last-name","purpose":"orders","sector":"santé"}""",
        """{"id":"{ID}","ask":"retention","field":"last-name"}""",
        """{"id":"{ID}","ask":"collect","field":"last-name","purpose":"orders","edition":"ref-2021"}""",
        """{"id":"{ID}","ask":"internal-code","value":" - "}""",
        """{"id":{"n":1},"ask":"collect","field":"last-name","purpose":"orders"}""",
        """[1,2,3]""",
        """{"ask":"collect","field":""",
        """not json""",
    ];

    /// <summary>A stream of 200 lines mixing questions of every implemented ask, bad lines and blank lines.</summary>
    public static Arbitrary<QuestionLines> QuestionLines()
    {
        Gen<(string Text, LineKind Kind)> line = Gen.Frequency(
            (6, QuestionGen().Select(text => (text, LineKind.Question))),
            (3, Gen.Elements(BadLines).Select(text => (text, LineKind.Bad))),
            (2, Gen.Elements(Blanks).Select(text => (text, LineKind.Blank))));
        Gen<string> terminator = Gen.Elements("\n", "\r\n");

        Gen<QuestionLines> stream =
            from lines in Gen.ArrayOf(line, StreamLength)
            from terminators in Gen.ArrayOf(terminator, StreamLength)
            from terminatedLast in Gen.Elements(true, false)
            select Build(lines, terminators, terminatedLast);

        return Arb.From(stream);
    }

    private static QuestionLines Build((string Text, LineKind Kind)[] lines, string[] terminators, bool terminatedLast)
    {
        GeneratedLine[] generated = lines
            .Select((line, i) =>
            {
                string id = "p" + i.ToString(CultureInfo.InvariantCulture);
                bool hasId = line.Text.Contains("{ID}", System.StringComparison.Ordinal);
                return new GeneratedLine(line.Text.Replace("{ID}", id, System.StringComparison.Ordinal), line.Kind, hasId ? id : null);
            })
            .ToArray();
        string[] ends = terminators.ToArray();
        if (!terminatedLast)
        {
            ends[^1] = string.Empty;
        }

        return new QuestionLines(generated, ends);
    }

    private static Gen<string> QuestionGen()
    {
        string[] fields = Vocabulary2005.Fields;
        Gen<string> optionalBasis = Gen.Elements(["", .. Vocabulary2005.Bases.Select(b => $",\"basis\":\"{b}\"")]);
        Gen<string> flag = Gen.Elements("true", "false", "null");

        Gen<string> collect =
            from field in Gen.Elements(fields)
            from purpose in Gen.Elements(Vocabulary2005.Purposes)
            select $$"""{"id":"{ID}","ask":"collect","field":"{{field}}","purpose":"{{purpose}}"}""";
        Gen<string> share =
            from field in Gen.Elements(fields)
            from recipient in Gen.Elements([.. Vocabulary2005.Recipients.Select(r => $"\"{r}\""), "{\"id\":\"ad-network\"}"])
            from basis in optionalBasis
            select $$"""{"id":"{ID}","ask":"share","field":"{{field}}","recipient":{{recipient}}{{basis}}}""";
        Gen<string> transfer =
            from field in Gen.Elements(fields)
            from mode in Gen.Elements(Vocabulary2005.Modes)
            from commitment in flag
            from consent in flag
            from objected in flag
            select $$"""{"id":"{ID}","ask":"transfer","field":"{{field}}","mode":"{{mode}}","acquirerCommitment":{{commitment}},"expressConsent":{{consent}},"objected":{{objected}}}""";
        Gen<string> internalCode =
            from length in Gen.Choose(1, 20)
            from digits in Gen.ArrayOf(Gen.Elements("0123456789ABC- ".ToCharArray()), length)
            let code = new string(digits)
            where code.Trim(' ', '-').Length > 0
            select $$"""{"id":"{ID}","ask":"internal-code","value":"{{code}}"}""";
        Gen<string> sector =
            from field in Gen.Elements(fields)
            from name in Gen.Elements("health", "banking", "insurance", "education", "retail")
            select $$"""{"id":"{ID}","ask":"collect","field":"{{field}}","purpose":"orders","sector":"{{name}}"}""";

        return Gen.OneOf(collect, share, transfer, internalCode, sector);
    }
}
