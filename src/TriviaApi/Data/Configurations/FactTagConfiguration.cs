using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TriviaApi.Domain;

namespace TriviaApi.Data.Configurations;

internal sealed class FactTagConfiguration : IEntityTypeConfiguration<FactTag>
{
    public void Configure(EntityTypeBuilder<FactTag> mention)
    {
        mention.ToTable("FactTags");
        mention.HasKey(m => new { m.FactId, m.TagId });
        mention.HasIndex(m => new { m.TagId, m.FactId });
        mention.HasOne(m => m.Tag).WithMany().HasForeignKey(m => m.TagId).OnDelete(DeleteBehavior.Cascade);
    }
}
