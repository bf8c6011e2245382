using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TriviaApi.Domain;

namespace TriviaApi.Data.Configurations;

internal sealed class FactCharacterConfiguration : IEntityTypeConfiguration<FactCharacter>
{
    public void Configure(EntityTypeBuilder<FactCharacter> mention)
    {
        mention.ToTable("FactCharacters");
        mention.HasKey(m => new { m.FactId, m.CharacterId });
        mention.HasIndex(m => new { m.CharacterId, m.FactId });
        mention.HasOne(m => m.Character).WithMany().HasForeignKey(m => m.CharacterId).OnDelete(DeleteBehavior.Cascade);
    }
}
