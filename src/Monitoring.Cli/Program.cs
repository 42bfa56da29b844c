using Monitoring.Cli;

using var interrupted = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    interrupted.Cancel();
};
return await CommandLine.RunAsync(args, Console.Out, Console.Error, interrupted.Token);
