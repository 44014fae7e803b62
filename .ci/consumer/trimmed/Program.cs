// The trimmed app of .ci/run: published with PublishTrimmed=true from the packed Norme48 package, it must publish
// without a trim warning and still decide, read a declaration file (System.Text.Json, source-generated) and report.
using System;
using Norme48.Declarations;
using Norme48.Declarations.Json;
using Norme48.Evaluation;
using Norme48.Vocabulary;

var norm = new Norme48Evaluator(Edition.Ref2021);
Console.WriteLine($"trimmed: collect nir for orders: {norm.MayCollect(DataField.Nir, ProcessingPurpose.Orders)}");

var read = DeclarationFile.Read(args[0]);
if (!read.Succeeded)
{
    Console.WriteLine($"trimmed: {read.FileName} unreadable: {read.Errors.Count} error(s)");
    return 1;
}

Console.WriteLine($"trimmed: {new ConformityEvaluator(Norme48Evaluator.Default).Evaluate(read.Declaration!)}");
return 0;
