using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TriviaApi.Domain;

namespace TriviaApi.Data.Configurations;

internal sealed class ImportedFileConfiguration : IEntityTypeConfiguration<ImportedFile>
{
    public void Configure(EntityTypeBuilder<ImportedFile> file)
    {
        file.ToTable("ImportedFiles");
        file.HasKey(f => f.FileName);
        file.Property(f => f.Hash).HasMaxLength(64);
    }
}
