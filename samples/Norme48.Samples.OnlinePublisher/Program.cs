// An online publisher's processing, modelled from a real privacy policy under a fictitious name, checked against
// NS-48 (ns48-2005): the conformity report, then the information notice generated from the declaration.
// Run: dotnet run --project samples/Norme48.Samples.OnlinePublisher [-- fr]
using System;
using System.IO;
using System.Linq;
using Norme48.Declarations;
using Norme48.Declarations.Json;
using Norme48.Evaluation;
using Norme48.Rules;

var language = args.Contains("fr", StringComparer.OrdinalIgnoreCase) ? Language.French : Language.English;
var path = Path.Combine(AppContext.BaseDirectory, "declaration.json");

var read = DeclarationFile.Read(path);
if (read.Declaration is not { } declaration)
{
    foreach (var error in read.Errors)
    {
        Console.Error.WriteLine(error);
    }

    return 2;
}

var evaluator = Norme48Evaluator.Default;
var report = new ConformityEvaluator(evaluator).Evaluate(declaration);
Console.WriteLine(report.ToText(language));

var notice = InformationNotice.Generate(declaration, language, NoticeFormat.PlainText);
Console.WriteLine(new string('-', 72));
Console.WriteLine(language == Language.French
    ? "Mention d'information générée à partir de la déclaration :"
    : "Information notice generated from the declaration:");
Console.WriteLine();
Console.WriteLine(notice.Text);

var check = evaluator.CheckNotice(notice.Form, declaration.Sector);
var missing = check.IsCompliant ? string.Empty : $" ({string.Join(", ", check.Rules.Select(r => r.ToId()))})";
Console.WriteLine(language == Language.French
    ? $"Contrôle de la mention générée : {(check.IsCompliant ? "conforme" : "non conforme")}{missing}"
    : $"Check of the generated notice: {(check.IsCompliant ? "compliant" : "non-compliant")}{missing}");
return check.IsCompliant ? 0 : 1;
