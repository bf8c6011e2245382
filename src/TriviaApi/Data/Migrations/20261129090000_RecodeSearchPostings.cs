using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TriviaApi.Data.Migrations
{
    /// <summary>
    /// Postings now list each word's occurrences once and name them from each posting (<c>Search.TermPostings</c>):
    /// blobs in the old layout are dropped, and start-up writes them anew, as it does for a database that has none.
    /// </summary>
    public partial class RecodeSearchPostings : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder) =>
            migrationBuilder.Sql("DELETE FROM FactSearchPostings;");

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder) =>
            migrationBuilder.Sql("DELETE FROM FactSearchPostings;");
    }
}
