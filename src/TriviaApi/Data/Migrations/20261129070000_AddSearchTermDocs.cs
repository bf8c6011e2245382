using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TriviaApi.Data.Migrations
{
    /// <summary>
    /// How many facts hold each word that has a kept list (<c>Search.TermImpacts</c>): the IDF of a search of several
    /// words, which FTS5's own count would take a scan of each word's facts to give. Written with the kept lists by
    /// <c>Search.SearchIndex</c>; filled here for a database indexed before.
    /// </summary>
    public partial class AddSearchTermDocs : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("CREATE TABLE FactSearchTermDocs(term TEXT NOT NULL PRIMARY KEY, docs INTEGER NOT NULL) WITHOUT ROWID;");
            migrationBuilder.Sql("INSERT INTO FactSearchTermDocs(term, docs) SELECT term, doc FROM FactSearchTerms WHERE term IN (SELECT DISTINCT term FROM FactSearchImpact);");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TABLE FactSearchTermDocs;");
        }
    }
}
