using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TriviaApi.Domain;

namespace TriviaApi.Data.Configurations;

internal sealed class FactPersonConfiguration : IEntityTypeConfiguration<FactPerson>
{
    public void Configure(EntityTypeBuilder<FactPerson> mention)
    {
        mention.ToTable("FactPeople");
        mention.HasKey(m => new { m.FactId, m.PersonId });
        mention.HasIndex(m => new { m.PersonId, m.FactId });
        mention.HasOne(m => m.Person).WithMany().HasForeignKey(m => m.PersonId).OnDelete(DeleteBehavior.Cascade);
    }
}
