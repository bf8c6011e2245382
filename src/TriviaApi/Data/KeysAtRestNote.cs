using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Extensions.Options;

namespace TriviaApi.Data;

/// <summary>Says once, as the key manager is set up at start, where the keys are and how they are protected.</summary>
public sealed partial class KeysAtRestNote(DirectoryInfo folder, X509Certificate2? certificate, ILogger<KeysAtRestNote> logger)
    : IPostConfigureOptions<KeyManagementOptions>
{
    public void PostConfigure(string? name, KeyManagementOptions options)
    {
        if (certificate is not null)
        {
            LogEncrypted(logger, folder.FullName, certificate.Subject);
        }
        else
        {
            LogOwnerOnly(logger, folder.FullName);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Data Protection keys in {Folder}, encrypted with the certificate {Subject}.")]
    private static partial void LogEncrypted(ILogger logger, string folder, string subject);

    [LoggerMessage(Level = LogLevel.Information, Message = "Data Protection keys in {Folder}, readable by this user only (mode 700) and not encrypted: set DataProtection:Certificate:Path to encrypt them.")]
    private static partial void LogOwnerOnly(ILogger logger, string folder);
}
