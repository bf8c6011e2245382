using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TriviaApi.Domain;

namespace TriviaApi.Data.Configurations;

internal sealed class TriviaFactConfiguration : IEntityTypeConfiguration<TriviaFact>
{
    public void Configure(EntityTypeBuilder<TriviaFact> fact)
    {
        fact.ToTable("Facts");
        fact.HasIndex(f => new { f.SourceFileId, f.SourceLine }).IsUnique();
        fact.HasIndex(f => f.FilmId);
        fact.Property(f => f.ContentHash).HasMaxLength(64);

        // An import removes facts line by line, keeping links, counts and the search index in step: never with their file's row.
        fact.HasOne(f => f.SourceFile).WithMany().HasForeignKey(f => f.SourceFileId).OnDelete(DeleteBehavior.Restrict);
        fact.HasMany(f => f.People).WithOne().HasForeignKey(m => m.FactId).OnDelete(DeleteBehavior.Cascade);
        fact.HasMany(f => f.Films).WithOne().HasForeignKey(m => m.FactId).OnDelete(DeleteBehavior.Cascade);
        fact.HasMany(f => f.Characters).WithOne().HasForeignKey(m => m.FactId).OnDelete(DeleteBehavior.Cascade);
        fact.HasMany(f => f.Tags).WithOne().HasForeignKey(m => m.FactId).OnDelete(DeleteBehavior.Cascade);
    }
}
