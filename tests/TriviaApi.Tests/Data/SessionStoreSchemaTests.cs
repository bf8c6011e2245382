using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using TriviaApi.Data;

namespace TriviaApi.Tests.Data;

/// <summary>The session store upgrades as the knowledge base does: a store made by its first schema keeps its sessions.</summary>
public sealed class SessionStoreSchemaTests
{
    [Fact]
    public async Task A_store_made_by_the_first_session_schema_upgrades_and_each_session_keeps_what_it_was_shown_in_order()
    {
        var path = Path.Combine(Path.GetTempPath(), $"trivia-sessions-{Guid.NewGuid():N}.db");
        var options = new DbContextOptionsBuilder<SessionDbContext>().UseSqlite($"Data Source={path}").Options;
        try
        {
            await using (var initial = new SessionDbContext(options))
            {
                await initial.GetService<IMigrator>().MigrateAsync("InitialSessions");
                await initial.Database.ExecuteSqlRawAsync("""
                    INSERT INTO TriviaSessions (Id, Token, CreatedAt, LastUsedAt)
                    VALUES (1, 'Q2luZW1hTm92b0JyYXNpbA', '2026-12-02 10:00:00', '2026-12-02 10:05:00'),
                           (2, 'T0NhbmdhY2Vpcm9fMTk1Mw', '2026-12-02 10:01:00', '2026-12-02 10:01:00');
                    INSERT INTO SessionFacts (SessionId, FactId) VALUES (1, 24), (1, 3), (1, 70000), (1, 16777217);
                    """);
            }

            await using var db = new SessionDbContext(options);
            await db.Database.MigrateAsync();
            var sessions = await db.Sessions.OrderBy(s => s.Id).ToListAsync();

            Assert.Equal([24, 3, 70000, 16777217], sessions[0].SeenFacts());
            Assert.Empty(sessions[1].SeenFacts());
            Assert.Equal("Q2luZW1hTm92b0JyYXNpbA", sessions[0].Token);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            File.Delete(path);
        }
    }
}
