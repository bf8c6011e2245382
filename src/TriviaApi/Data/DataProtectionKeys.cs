using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace TriviaApi.Data;

/// <summary>
/// Where the Data Protection keys (which seal quiz question ids) are kept, and how they are protected at rest. They sit
/// beside the database (<c>trivia.keys/</c>) unless <c>DataProtection:KeysPath</c> names a folder, so replicas that
/// share the database's folder, or that are given one folder, share the keys: an id sealed by one is opened by any
/// other (an unknown key makes a replica read the folder again). With <c>DataProtection:Certificate:Path</c> (a
/// PKCS#12 file, its password in <c>DataProtection:Certificate:Password</c>) every key is encrypted with that
/// certificate; without one, Linux offers no machine secret to encrypt with, so the folder is made readable by the
/// app's user alone (mode 700), and start-up says so in one line instead of the framework's warning. A folder this
/// process may not write (beside a database it may only read) leaves the keys in memory, and start-up warns of it.
/// </summary>
public static class DataProtectionKeys
{
    public const string ApplicationName = "TriviaApi";

    public static IServiceCollection AddTriviaDataProtection(this IServiceCollection services, IConfiguration configuration, string databaseConnectionString)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var folder = new DirectoryInfo(FolderFor(configuration["DataProtection:KeysPath"], databaseConnectionString));
        var inMemory = !TryCreateForOwnerOnly(folder);
        var protection = services.AddDataProtection().SetApplicationName(ApplicationName);
        if (inMemory)
        {
            // Beside a database this process may only read, the folder may be unwritable too: the server still
            // serves, its quiz ids sealed with keys that live as long as the process (KeysAtRestNote says so).
            services.Configure<KeyManagementOptions>(options => options.XmlRepository = new KeysInMemory());
        }
        else
        {
            protection.PersistKeysToFileSystem(folder);
        }

        var certificate = configuration["DataProtection:Certificate:Path"] is { Length: > 0 } path
            ? X509CertificateLoader.LoadPkcs12FromFile(path, configuration["DataProtection:Certificate:Password"], X509KeyStorageFlags.EphemeralKeySet)
            : null;
        if (certificate is not null)
        {
            // Any replica holding the certificate opens the keys, without installing it in a certificate store.
            protection.ProtectKeysWithCertificate(certificate).UnprotectKeysWithAnyCertificate(certificate);
        }
        else
        {
            // The framework warns at each new key that it is stored unencrypted; that choice is made here, and
            // KeysAtRestNote states it once at start with what was done instead. Its errors still show.
            services.AddLogging(logging => logging.AddFilter(typeof(XmlKeyManager).FullName, LogLevel.Error));
        }

        services.AddSingleton<IPostConfigureOptions<KeyManagementOptions>>(services =>
            new KeysAtRestNote(folder, inMemory, certificate, services.GetRequiredService<ILogger<KeysAtRestNote>>()));
        return services;
    }

    /// <summary>The folder configured, or the database file's name with <c>.keys</c> beside it.</summary>
    public static string FolderFor(string? configured, string databaseConnectionString)
    {
        if (configured is { Length: > 0 })
        {
            return Path.GetFullPath(configured);
        }

        var database = new SqliteConnectionStringBuilder(databaseConnectionString).DataSource;
        return database is "" or ":memory:"
            ? Path.Combine(Path.GetTempPath(), $"{ApplicationName}.keys")
            : Path.ChangeExtension(Path.GetFullPath(database), ".keys");
    }

    /// <summary>Creates the folder for the app's user alone; false when this process may not create or write it.</summary>
    private static bool TryCreateForOwnerOnly(DirectoryInfo folder)
    {
        try
        {
            if (OperatingSystem.IsWindows())
            {
                folder.Create();
            }
            else
            {
                Directory.CreateDirectory(folder.FullName, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
                NarrowToOwner(folder);
            }

            // The key manager writes a new key when the last one nears its end: a folder it cannot write fails then.
            using var probe = new FileStream(Path.Combine(folder.FullName, $".write-check-{Guid.NewGuid():N}"), FileMode.CreateNew, FileAccess.Write, FileShare.None, 1, FileOptions.DeleteOnClose);
            return true;
        }
        catch (Exception e) when (e is UnauthorizedAccessException or IOException)
        {
            return false;
        }
    }

    /// <summary>A folder made before, or by hand, is narrowed too; one the app's user does not own is left to its owner.</summary>
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    private static void NarrowToOwner(DirectoryInfo folder)
    {
        try
        {
            File.SetUnixFileMode(folder.FullName, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
