using Monitoring.Silo.Hosting;

try
{
    var app = MonitoringHost.Build(args);
    await app.RunAsync();
    return 0;
}
catch (SettingsException e)
{
    await Console.Error.WriteLineAsync(e.Message);
    return 2;
}
catch (Monitoring.Storage.StorageStartException e)
{
    await Console.Error.WriteLineAsync("Cannot start: " + e.Message);
    return 2;
}
