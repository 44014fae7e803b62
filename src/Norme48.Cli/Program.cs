System.Console.WriteLine(Norme48.Placeholder.Answer());
