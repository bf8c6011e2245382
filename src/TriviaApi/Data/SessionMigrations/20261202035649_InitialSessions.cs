using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TriviaApi.Data.SessionMigrations
{
    /// <inheritdoc />
    public partial class InitialSessions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "TriviaSessions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Token = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    LastUsedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TriviaSessions", x => x.Id);
                });

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

            migrationBuilder.CreateIndex(
                name: "IX_TriviaSessions_LastUsedAt",
                table: "TriviaSessions",
                column: "LastUsedAt");

            migrationBuilder.CreateIndex(
                name: "IX_TriviaSessions_Token",
                table: "TriviaSessions",
                column: "Token",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "SessionFacts");

            migrationBuilder.DropTable(
                name: "TriviaSessions");
        }
    }
}
