using Microsoft.Extensions.Options;
using Monitoring.Storage;

namespace Monitoring.Silo.Auth;

/// <summary>
/// Makes sure an operator can get in: the configured bootstrap key is stored (hashed), or, at the
/// first start without one, a key is made and printed once on standard output.
/// </summary>
public sealed partial class KeyBootstrap(IApiKeyStore keys, IOptions<AuthOptions> options, TimeProvider time, ILogger<KeyBootstrap> logger) : IHostedService
{
    public const string BootstrapId = "bootstrap";

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var configured = options.Value.BootstrapOperatorKey;
        if (configured is not null)
        {
            await keys.UpsertAsync(new ApiKeyRow(BootstrapId, "bootstrap operator", ApiKeys.Operator, ApiKeys.Hash(configured), time.GetUtcNow()), cancellationToken);
            return;
        }
        if (await keys.AnyWithRoleAsync(ApiKeys.Operator, cancellationToken))
        {
            return;
        }
        var key = ApiKeys.NewKey();
        await keys.UpsertAsync(new ApiKeyRow(BootstrapId, "first operator", ApiKeys.Operator, ApiKeys.Hash(key), time.GetUtcNow()), cancellationToken);
        LogCreated();
        await Console.Out.WriteLineAsync($"Operator API key (shown once, store it now): {key}");
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Warning, Message = "No operator key existed: a new one was created and printed on standard output, once")]
    private partial void LogCreated();
}
