namespace Monitoring.Storage;

/// <summary>A subscription's webhook secret sealed on the way into a store and opened on the way out, the same on every provider.</summary>
public static class SubscriptionSecrets
{
    public static Subscription Sealed(this SecretProtector secrets, Subscription s) =>
        s.Channel.Secret is { } secret ? s with { Channel = s.Channel with { Secret = secrets.Protect(secret) } } : s;

    /// <summary>The subscription with its secret in clear; one stored before secrets were sealed is read as it is.</summary>
    public static Subscription Opened(this SecretProtector secrets, Subscription s)
    {
        if (s.Channel.Secret is not { } stored)
        {
            return s;
        }
        try
        {
            return s with { Channel = s.Channel with { Secret = secrets.Unprotect(stored) } };
        }
        catch (Exception e) when (e is System.Security.Cryptography.CryptographicException or FormatException)
        {
            throw new InvalidOperationException(
                $"the webhook secret of subscription {s.Id} cannot be decrypted: Storage:SecretKey is not the key it was stored with", e);
        }
    }
}
