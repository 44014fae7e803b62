System.Console.WriteLine("norme48");
