using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TriviaApi.Domain;

namespace TriviaApi.Data.Configurations;

internal sealed class CharacterConfiguration : IEntityTypeConfiguration<Character>
{
    public void Configure(EntityTypeBuilder<Character> character)
    {
        character.HasIndex(c => c.Slug).IsUnique();
        character.HasIndex(c => new { c.NameKey, c.FilmId });
        character.HasOne(c => c.Film).WithMany().HasForeignKey(c => c.FilmId).OnDelete(DeleteBehavior.SetNull);
        character.HasOne(c => c.Actor).WithMany().HasForeignKey(c => c.ActorId).OnDelete(DeleteBehavior.SetNull);
    }
}
