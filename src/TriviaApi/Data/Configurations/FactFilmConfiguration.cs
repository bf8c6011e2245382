using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TriviaApi.Domain;

namespace TriviaApi.Data.Configurations;

internal sealed class FactFilmConfiguration : IEntityTypeConfiguration<FactFilm>
{
    public void Configure(EntityTypeBuilder<FactFilm> mention)
    {
        mention.ToTable("FactFilms");
        mention.HasKey(m => new { m.FactId, m.FilmId });
        mention.HasIndex(m => new { m.FilmId, m.FactId });
        mention.HasOne(m => m.Film).WithMany().HasForeignKey(m => m.FilmId).OnDelete(DeleteBehavior.Cascade);
    }
}
