return HookSnippets.Cli.HookSnippetsCli.Run(args, Console.Out, Console.Error);
