using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TriviaApi.Domain;

namespace TriviaApi.Data.Configurations;

internal sealed class PersonConfiguration : IEntityTypeConfiguration<Person>
{
    public void Configure(EntityTypeBuilder<Person> person)
    {
        person.ToTable("People");
        person.HasIndex(p => p.Slug).IsUnique();
        person.HasIndex(p => p.NameKey).IsUnique();
        // The import's multi-row inserts leave the count to the column's default; it is refreshed before commit.
        person.Property(p => p.TriviaCount).HasDefaultValue(0);
    }
}
