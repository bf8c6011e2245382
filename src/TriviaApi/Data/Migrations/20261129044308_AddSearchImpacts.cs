using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TriviaApi.Data.Migrations
{
    /// <summary>
    /// The facts kept per common word for one-word searches (<c>Search.TermImpacts</c>), and read-only views of FactSearch's
    /// terms and term instances they are computed from. Written by <c>Search.SearchIndex</c>; start-up fills them for a
    /// large database indexed before this migration.
    /// </summary>
    public partial class AddSearchImpacts : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("CREATE TABLE FactSearchImpact(term TEXT NOT NULL, fact_id INTEGER NOT NULL, freq REAL NOT NULL, length INTEGER NOT NULL, PRIMARY KEY (term, fact_id)) WITHOUT ROWID;");
            migrationBuilder.Sql("CREATE VIRTUAL TABLE FactSearchTerms USING fts5vocab(FactSearch, row);");
            migrationBuilder.Sql("CREATE VIRTUAL TABLE FactSearchInstances USING fts5vocab(FactSearch, instance);");
        }

        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TABLE FactSearchInstances;");
            migrationBuilder.Sql("DROP TABLE FactSearchTerms;");
            migrationBuilder.Sql("DROP TABLE FactSearchImpact;");
        }
    }
}
