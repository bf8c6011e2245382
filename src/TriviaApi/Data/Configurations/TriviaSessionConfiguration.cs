using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TriviaApi.Domain;

namespace TriviaApi.Data.Configurations;

internal sealed class TriviaSessionConfiguration : IEntityTypeConfiguration<TriviaSession>
{
    public void Configure(EntityTypeBuilder<TriviaSession> session)
    {
        session.ToTable("TriviaSessions");
        session.Property(s => s.Token).HasMaxLength(32);
        session.HasIndex(s => s.Token).IsUnique();

        // Expired sessions are found by when they were last used.
        session.HasIndex(s => s.LastUsedAt);
    }
}
