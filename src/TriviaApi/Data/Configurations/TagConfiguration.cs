using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TriviaApi.Domain;

namespace TriviaApi.Data.Configurations;

internal sealed class TagConfiguration : IEntityTypeConfiguration<Tag>
{
    public void Configure(EntityTypeBuilder<Tag> tag)
    {
        tag.HasIndex(t => t.Slug).IsUnique();
        tag.Property(t => t.TriviaCount).HasDefaultValue(0);

        // The taxonomy is data the schema owns: a migration adds a topic, and every database has the same ids.
        tag.HasData(TagTaxonomy.All.Select((t, i) => new Tag
        {
            Id = i + 1,
            Slug = t.Slug,
            NamePt = t.NamePt,
            NameEn = t.NameEn,
            Description = t.Description,
        }));
    }
}
