using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TriviaApi.Data.Migrations
{
    /// <summary>
    /// The FTS5 tables search reads. EF Core does not model virtual tables, so they are created here and written by
    /// <c>Search.SearchIndex</c>; start-up fills them for facts imported before this migration.
    /// </summary>
    public partial class AddFullTextSearch : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("CREATE VIRTUAL TABLE FactSearch USING fts5(text, names, tokenize = 'unicode61', prefix = '2 3');");
            migrationBuilder.Sql("CREATE VIRTUAL TABLE NameSearch USING fts5(name, kind UNINDEXED, entity_id UNINDEXED, tokenize = 'unicode61', prefix = '1 2 3');");
        }

        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TABLE NameSearch;");
            migrationBuilder.Sql("DROP TABLE FactSearch;");
        }
    }
}
