using Microsoft.EntityFrameworkCore;
using TriviaApi.Domain;

namespace TriviaApi.Data;

/// <summary>
/// The no-repeat sessions, in a store of their own apart from the imported knowledge base. SQLite has one writer per
/// file, and an import holds that lock for its whole transaction: sessions written into the same file would wait for
/// it. In their own file they never do. On a server database (PostgreSQL) they would be tables of their own, whose
/// row locks an import never takes, shared by every replica.
/// </summary>
public sealed class SessionDbContext(DbContextOptions<SessionDbContext> options) : DbContext(options)
{
    public DbSet<TriviaSession> Sessions => Set<TriviaSession>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<TriviaSession>(session =>
        {
            session.ToTable("TriviaSessions");
            session.Property(s => s.Token).HasMaxLength(32);
            session.HasIndex(s => s.Token).IsUnique();

            // Lapsed sessions, and the least recently used beyond the cap, are found by when they were last used.
            session.HasIndex(s => s.LastUsedAt);
        });
    }
}
