using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TriviaApi.Data.Migrations
{
    /// <summary>
    /// A fact's content hash keeps the first 128 bits of SHA-256 (32 hex digits, <c>ContentHash</c>), not all 256: the
    /// stored hashes are cut to the digits the import now computes, so a file read again still finds its lines.
    /// </summary>
    public partial class ShorterContentHashes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder) =>
            migrationBuilder.Sql("UPDATE \"Facts\" SET \"ContentHash\" = substr(\"ContentHash\", 1, 32) WHERE length(\"ContentHash\") > 32;");

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // The digits cut are gone; a build that hashes all 256 bits reads each line of a file it imports again as
            // edited, and updates its fact in place.
        }
    }
}
