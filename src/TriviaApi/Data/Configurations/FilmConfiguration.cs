using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TriviaApi.Domain;

namespace TriviaApi.Data.Configurations;

internal sealed class FilmConfiguration : IEntityTypeConfiguration<Film>
{
    public void Configure(EntityTypeBuilder<Film> film)
    {
        film.HasIndex(f => f.Slug).IsUnique();
        film.HasIndex(f => new { f.TitleKey, f.Year });
        film.HasIndex(f => new { f.OriginalTitleKey, f.Year });
        film.HasIndex(f => f.Year);
        film.HasMany(f => f.Facts).WithOne(t => t.Film).HasForeignKey(t => t.FilmId).OnDelete(DeleteBehavior.Restrict);
        film.HasMany(f => f.Credits).WithOne().HasForeignKey(c => c.FilmId).OnDelete(DeleteBehavior.Cascade);
    }
}
