using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TriviaApi.Domain;

namespace TriviaApi.Data.Configurations;

internal sealed class SessionFactConfiguration : IEntityTypeConfiguration<SessionFact>
{
    public void Configure(EntityTypeBuilder<SessionFact> seen)
    {
        seen.ToTable("SessionFacts");
        seen.HasKey(s => new { s.SessionId, s.FactId });

        // A session goes with its memory; a fact removed by an import leaves every session's memory.
        seen.HasOne<TriviaSession>().WithMany().HasForeignKey(s => s.SessionId).OnDelete(DeleteBehavior.Cascade);
        seen.HasOne<TriviaFact>().WithMany().HasForeignKey(s => s.FactId).OnDelete(DeleteBehavior.Cascade);
        seen.HasIndex(s => s.FactId);
    }
}
