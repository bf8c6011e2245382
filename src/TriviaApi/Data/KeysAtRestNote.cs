using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Extensions.Options;

namespace TriviaApi.Data;

/// <summary>Says once, as the key manager is set up at start, where the keys are and how they are protected.</summary>
public sealed partial class KeysAtRestNote(DirectoryInfo folder, bool inMemory, X509Certificate2? certificate, ILogger<KeysAtRestNote> logger)
    : IPostConfigureOptions<KeyManagementOptions>
{
    public void PostConfigure(string? name, KeyManagementOptions options)
    {
        if (inMemory)
        {
            LogInMemory(logger, folder.FullName);
        }
        else if (certificate is not null)
        {
            LogEncrypted(logger, folder.FullName, certificate.Subject);
        }
        else
        {
            LogOwnerOnly(logger, folder.FullName);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Data Protection keys kept in memory: this process may not write {Folder}. Quiz ids last as long as the process and are not shared with replicas; set DataProtection:KeysPath to a folder it may write.")]
    private static partial void LogInMemory(ILogger logger, string folder);

    [LoggerMessage(Level = LogLevel.Information, Message = "Data Protection keys in {Folder}, encrypted with the certificate {Subject}.")]
    private static partial void LogEncrypted(ILogger logger, string folder, string subject);

    [LoggerMessage(Level = LogLevel.Information, Message = "Data Protection keys in {Folder}, readable by this user only (mode 700) and not encrypted: set DataProtection:Certificate:Path to encrypt them.")]
    private static partial void LogOwnerOnly(ILogger logger, string folder);
}
