using Reports.Cli;

return ReportsApp.Run(args, CliConsole.FromSystem());
