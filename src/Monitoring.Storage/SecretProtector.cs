using System.Security.Cryptography;
using System.Text;

namespace Monitoring.Storage;

/// <summary>
/// Webhook signing secrets at rest: AES-GCM under a key from configuration (<c>Storage:SecretKey</c>),
/// so a copy of the database or a backup does not hand out the secrets that sign alerts.
/// </summary>
public sealed class SecretProtector
{
    private const string Prefix = "enc1:";
    private const int NonceSize = 12;
    private const int TagSize = 16;
    public const string KeyFileName = "secret.key";

    private readonly byte[] _key;

    public SecretProtector(byte[] key)
    {
        if (key.Length != 32)
        {
            throw new ArgumentException("the key must be 32 bytes", nameof(key));
        }
        _key = key;
    }

    /// <summary>
    /// The configured key; without one, the embedded store keeps a key of its own in its data folder
    /// (readable by the silo's user alone), which still keeps secrets out of the database and its backups.
    /// </summary>
    public static SecretProtector Create(StorageOptions options, string? dataFolder)
    {
        if (!string.IsNullOrWhiteSpace(options.SecretKey))
        {
            return new SecretProtector(Convert.FromBase64String(options.SecretKey));
        }
        if (dataFolder is null)
        {
            throw new StorageStartException("Storage:SecretKey is required when the store has no data folder");
        }
        var path = Path.Combine(dataFolder, KeyFileName);
        try
        {
            if (!File.Exists(path))
            {
                var fresh = RandomNumberGenerator.GetBytes(32);
                File.WriteAllText(path, Convert.ToBase64String(fresh));
                if (!OperatingSystem.IsWindows())
                {
                    File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
                }
            }
            return new SecretProtector(Convert.FromBase64String(File.ReadAllText(path).Trim()));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException or ArgumentException)
        {
            throw new StorageStartException($"cannot use the secret key file {path}: {e.Message}", e);
        }
    }

    public string Protect(string secret)
    {
        var plain = Encoding.UTF8.GetBytes(secret);
        var sealedBytes = new byte[NonceSize + plain.Length + TagSize];
        var nonce = sealedBytes.AsSpan(0, NonceSize);
        RandomNumberGenerator.Fill(nonce);
        using var aes = new AesGcm(_key, TagSize);
        aes.Encrypt(nonce, plain, sealedBytes.AsSpan(NonceSize, plain.Length), sealedBytes.AsSpan(NonceSize + plain.Length));
        return Prefix + Convert.ToBase64String(sealedBytes);
    }

    /// <summary>The secret; a value stored before secrets were protected is returned as it is.</summary>
    public string Unprotect(string stored)
    {
        if (!stored.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return stored;
        }
        var sealedBytes = Convert.FromBase64String(stored[Prefix.Length..]);
        var length = sealedBytes.Length - NonceSize - TagSize;
        if (length < 0)
        {
            throw new CryptographicException("a protected secret is too short");
        }
        var plain = new byte[length];
        using var aes = new AesGcm(_key, TagSize);
        aes.Decrypt(sealedBytes.AsSpan(0, NonceSize), sealedBytes.AsSpan(NonceSize, length), sealedBytes.AsSpan(NonceSize + length), plain);
        return Encoding.UTF8.GetString(plain);
    }
}
