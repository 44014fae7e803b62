using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Norme48.Declarations.Json;
using Norme48.Rules;

namespace Norme48.Cli.Declarations;

/// <summary>A declaration file named on the command line: read, or the problems that stop it from being read.</summary>
internal sealed class DeclarationInput
{
    private DeclarationInput(string fileName, DeclarationReadResult? read, IReadOnlyList<FileProblem> problems)
    {
        FileName = fileName;
        Read = read;
        Problems = problems;
    }

    public string FileName { get; }

    /// <summary>The reader's result, or <see langword="null"/> when the file could not be opened.</summary>
    public DeclarationReadResult? Read { get; }

    public IReadOnlyList<FileProblem> Problems { get; }

    /// <summary>Reads a file; a file that cannot be opened is a problem at its first line, not an exception.</summary>
    public static DeclarationInput Load(string fileName)
    {
        DeclarationReadResult read;
        try
        {
            read = DeclarationFile.Read(fileName);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            var problem = new FileProblem(fileName, 1, 1, "$", new LocalizedText(
                $"The file cannot be read: {exception.Message}",
                $"Le fichier ne peut pas être lu : {exception.Message}"));
            return new DeclarationInput(fileName, null, [problem]);
        }

        return new DeclarationInput(fileName, read, read.Errors.Select(FileProblem.From).ToArray());
    }

    /// <summary>A problem placed at the value of a JSON path, or at its nearest ancestor the file has, or at 1:1.</summary>
    public FileProblem ProblemAt(string path, LocalizedText message)
    {
        var (line, column) = Locate(path);
        return new FileProblem(FileName, line, column, path, message);
    }

    /// <summary>Where the value at a JSON path starts, or its nearest ancestor that the file has; 1:1 when none is found.</summary>
    public (int Line, int Column) Locate(string path) => LocateNearest(path) is { } found ? (found.Line, found.Column) : (1, 1);

    /// <summary>The path itself or its nearest ancestor present in the file, with its position.</summary>
    public (string Path, int Line, int Column)? LocateNearest(string path)
    {
        if (Read is null)
        {
            return null;
        }

        for (var current = path; current.Length > 0; current = Parent(current))
        {
            if (Read.TryGetLocation(current, out var line, out var column))
            {
                return (current, line, column);
            }

            if (current == "$")
            {
                break;
            }
        }

        return null;
    }

    private static string Parent(string path)
    {
        var cut = Math.Max(path.LastIndexOf('.'), path.LastIndexOf('['));
        return cut <= 0 ? "$" : path[..cut];
    }
}
