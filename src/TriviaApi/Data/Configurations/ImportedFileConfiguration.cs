using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TriviaApi.Domain;

namespace TriviaApi.Data.Configurations;

internal sealed class ImportedFileConfiguration : IEntityTypeConfiguration<ImportedFile>
{
    /// <summary>
    /// The files' hashes by name, in SQL written from this configuration's names (the table's, and the columns' by
    /// convention), for the import's answer that comes before any model is built; a test holds it to the model's names.
    /// </summary>
    internal const string SelectHashes = $"SELECT \"{nameof(ImportedFile.FileName)}\", \"{nameof(ImportedFile.Hash)}\" FROM \"{Table}\"";

    private const string Table = "ImportedFiles";

    public void Configure(EntityTypeBuilder<ImportedFile> file)
    {
        file.ToTable(Table);
        file.HasIndex(f => f.FileName).IsUnique();
        file.Property(f => f.Hash).HasMaxLength(64);
        file.Property(f => f.Language).HasMaxLength(35);
    }
}
