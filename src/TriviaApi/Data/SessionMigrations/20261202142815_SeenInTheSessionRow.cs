using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TriviaApi.Data.SessionMigrations
{
    /// <inheritdoc />
    public partial class SeenInTheSessionRow : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<byte[]>(
                name: "Seen",
                table: "TriviaSessions",
                type: "BLOB",
                nullable: false,
                defaultValue: Array.Empty<byte>());

            // Each session keeps what it was shown, in the order shown: every id as four little-endian bytes.
            migrationBuilder.Sql("""
                UPDATE TriviaSessions SET Seen = coalesce((
                    SELECT unhex(group_concat(printf('%02X%02X%02X%02X', FactId & 255, (FactId >> 8) & 255, (FactId >> 16) & 255, (FactId >> 24) & 255), '' ORDER BY rowid))
                    FROM SessionFacts WHERE SessionId = TriviaSessions.Id), x'')
                """);

            migrationBuilder.DropTable(
                name: "SessionFacts");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Seen",
                table: "TriviaSessions");

            migrationBuilder.CreateTable(
                name: "SessionFacts",
                columns: table => new
                {
                    SessionId = table.Column<int>(type: "INTEGER", nullable: false),
                    FactId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SessionFacts", x => new { x.SessionId, x.FactId });
                    table.ForeignKey(
                        name: "FK_SessionFacts_TriviaSessions_SessionId",
                        column: x => x.SessionId,
                        principalTable: "TriviaSessions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });
        }
    }
}
