using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TriviaApi.Domain;

namespace TriviaApi.Data.Configurations;

internal sealed class FilmCreditConfiguration : IEntityTypeConfiguration<FilmCredit>
{
    public void Configure(EntityTypeBuilder<FilmCredit> credit)
    {
        credit.ToTable("Credits");
        credit.HasKey(c => new { c.FilmId, c.PersonId, c.Role });
        credit.HasIndex(c => c.PersonId);
        credit.HasOne(c => c.Person).WithMany().HasForeignKey(c => c.PersonId).OnDelete(DeleteBehavior.Cascade);
        credit.HasOne(c => c.Character).WithMany().HasForeignKey(c => c.CharacterId).OnDelete(DeleteBehavior.SetNull);
    }
}
