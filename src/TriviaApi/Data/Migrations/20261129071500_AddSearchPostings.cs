using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TriviaApi.Data.Migrations
{
    /// <summary>
    /// Each common word's postings (<c>Search.TermPostings</c>), which rank searches of plain words exactly, in place of
    /// the facts kept per word for one-word searches. Written by <c>Search.SearchIndex</c>; start-up fills them for a
    /// database indexed before.
    /// </summary>
    public partial class AddSearchPostings : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TABLE FactSearchImpact;");
            migrationBuilder.Sql("CREATE TABLE FactSearchPostings(term TEXT NOT NULL PRIMARY KEY, facts INTEGER NOT NULL, postings BLOB NOT NULL);");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TABLE FactSearchPostings;");
            migrationBuilder.Sql("CREATE TABLE FactSearchImpact(term TEXT NOT NULL, fact_id INTEGER NOT NULL, freq REAL NOT NULL, length INTEGER NOT NULL, PRIMARY KEY (term, fact_id)) WITHOUT ROWID;");
        }
    }
}
