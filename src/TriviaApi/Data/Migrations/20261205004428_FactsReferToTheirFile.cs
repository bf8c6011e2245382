using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TriviaApi.Data.Migrations
{
    /// <summary>
    /// A fact refers to its trivia file by the file's id in <c>ImportedFiles</c>, not by its name, and its language,
    /// which a file gives all its lines, is the file's: each name and language is stored once, and the unique index of
    /// a file's lines holds two numbers. A file whose facts were imported before files were recorded gets a row with no
    /// hash, so its next import reads it in full, as before. EF Core would rebuild both tables without carrying a
    /// fact's file name and language over to its file, so they are rebuilt here, as EF Core rebuilds a table, each
    /// fact copied once by a join.
    /// </summary>
    public partial class FactsReferToTheirFile : Migration
    {
        private const string FactsByFileName = """
            CREATE TABLE "ef_temp_Facts" (
                "Id" INTEGER NOT NULL CONSTRAINT "PK_Facts" PRIMARY KEY AUTOINCREMENT,
                "FilmId" INTEGER NOT NULL,
                "Text" TEXT NOT NULL,
                "Language" TEXT NOT NULL,
                "SourceFile" TEXT NOT NULL,
                "SourceLine" INTEGER NOT NULL,
                "ContentHash" TEXT NOT NULL,
                CONSTRAINT "FK_Facts_Films_FilmId" FOREIGN KEY ("FilmId") REFERENCES "Films" ("Id") ON DELETE RESTRICT
            );
            """;

        private const string FactsByFileId = """
            CREATE TABLE "ef_temp_Facts" (
                "Id" INTEGER NOT NULL CONSTRAINT "PK_Facts" PRIMARY KEY AUTOINCREMENT,
                "FilmId" INTEGER NOT NULL,
                "Text" TEXT NOT NULL,
                "SourceFileId" INTEGER NOT NULL,
                "SourceLine" INTEGER NOT NULL,
                "ContentHash" TEXT NOT NULL,
                CONSTRAINT "FK_Facts_Films_FilmId" FOREIGN KEY ("FilmId") REFERENCES "Films" ("Id") ON DELETE RESTRICT,
                CONSTRAINT "FK_Facts_ImportedFiles_SourceFileId" FOREIGN KEY ("SourceFileId") REFERENCES "ImportedFiles" ("Id") ON DELETE RESTRICT
            );
            """;

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Dropping a table deletes its rows first, and with foreign keys on, that deletes every link of every fact.
            migrationBuilder.Sql("PRAGMA foreign_keys = 0;", suppressTransaction: true);
            migrationBuilder.Sql("""
                CREATE TABLE "ef_temp_ImportedFiles" (
                    "Id" INTEGER NOT NULL CONSTRAINT "PK_ImportedFiles" PRIMARY KEY AUTOINCREMENT,
                    "FileName" TEXT NOT NULL,
                    "Hash" TEXT NOT NULL,
                    "Language" TEXT NOT NULL,
                    "ImportedAt" TEXT NOT NULL
                );
                """);
            migrationBuilder.Sql("""CREATE UNIQUE INDEX "IX_ImportedFiles_FileName" ON "ef_temp_ImportedFiles" ("FileName");""");

            // A file left without facts shows no language; its next import records the one it reads.
            migrationBuilder.Sql("""
                INSERT INTO "ef_temp_ImportedFiles" ("FileName", "Hash", "Language", "ImportedAt")
                SELECT "i"."FileName", "i"."Hash",
                       COALESCE((SELECT "f"."Language" FROM "Facts" AS "f" WHERE "f"."SourceFile" = "i"."FileName" LIMIT 1), 'pt-BR'),
                       "i"."ImportedAt"
                FROM "ImportedFiles" AS "i" ORDER BY "i"."FileName";
                """);
            migrationBuilder.Sql("""
                INSERT INTO "ef_temp_ImportedFiles" ("FileName", "Hash", "Language", "ImportedAt")
                SELECT "SourceFile", '', MIN("Language"), '0001-01-01 00:00:00' FROM "Facts"
                WHERE "SourceFile" NOT IN (SELECT "FileName" FROM "ImportedFiles") GROUP BY "SourceFile" ORDER BY "SourceFile";
                """);
            migrationBuilder.Sql("""DROP TABLE "ImportedFiles";""");
            migrationBuilder.Sql("""ALTER TABLE "ef_temp_ImportedFiles" RENAME TO "ImportedFiles";""");

            RebuildFacts(migrationBuilder, FactsByFileId,
                """
                INSERT INTO "ef_temp_Facts" ("Id", "FilmId", "Text", "SourceFileId", "SourceLine", "ContentHash")
                SELECT "f"."Id", "f"."FilmId", "f"."Text", "i"."Id", "f"."SourceLine", "f"."ContentHash"
                FROM "Facts" AS "f" JOIN "ImportedFiles" AS "i" ON "i"."FileName" = "f"."SourceFile" ORDER BY "f"."Id";
                """,
                """CREATE UNIQUE INDEX "IX_Facts_SourceFileId_SourceLine" ON "Facts" ("SourceFileId", "SourceLine");""");
            migrationBuilder.Sql("PRAGMA foreign_keys = 1;", suppressTransaction: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("PRAGMA foreign_keys = 0;", suppressTransaction: true);
            RebuildFacts(migrationBuilder, FactsByFileName,
                """
                INSERT INTO "ef_temp_Facts" ("Id", "FilmId", "Text", "Language", "SourceFile", "SourceLine", "ContentHash")
                SELECT "f"."Id", "f"."FilmId", "f"."Text", "i"."Language", "i"."FileName", "f"."SourceLine", "f"."ContentHash"
                FROM "Facts" AS "f" JOIN "ImportedFiles" AS "i" ON "i"."Id" = "f"."SourceFileId" ORDER BY "f"."Id";
                """,
                """CREATE UNIQUE INDEX "IX_Facts_SourceFile_SourceLine" ON "Facts" ("SourceFile", "SourceLine");""");
            migrationBuilder.Sql("""
                CREATE TABLE "ef_temp_ImportedFiles" (
                    "FileName" TEXT NOT NULL CONSTRAINT "PK_ImportedFiles" PRIMARY KEY,
                    "Hash" TEXT NOT NULL,
                    "ImportedAt" TEXT NOT NULL
                );
                """);
            migrationBuilder.Sql("""
                INSERT INTO "ef_temp_ImportedFiles" ("FileName", "Hash", "ImportedAt")
                SELECT "FileName", "Hash", "ImportedAt" FROM "ImportedFiles";
                """);
            migrationBuilder.Sql("""DROP TABLE "ImportedFiles";""");
            migrationBuilder.Sql("""ALTER TABLE "ef_temp_ImportedFiles" RENAME TO "ImportedFiles";""");
            migrationBuilder.Sql("PRAGMA foreign_keys = 1;", suppressTransaction: true);
        }

        /// <summary>
        /// Facts made again by <paramref name="create"/>, filled by <paramref name="copy"/>, with their indexes; the
        /// highest id ever given is kept, so no new fact takes the id of a removed one.
        /// </summary>
        private static void RebuildFacts(MigrationBuilder migrationBuilder, string create, string copy, string lineIndex)
        {
            migrationBuilder.Sql(create);
            migrationBuilder.Sql(copy);
            migrationBuilder.Sql("""DELETE FROM "sqlite_sequence" WHERE "name" = 'ef_temp_Facts';""");
            migrationBuilder.Sql("""INSERT INTO "sqlite_sequence" ("name", "seq") SELECT 'ef_temp_Facts', "seq" FROM "sqlite_sequence" WHERE "name" = 'Facts';""");
            migrationBuilder.Sql("""DROP TABLE "Facts";""");
            migrationBuilder.Sql("""ALTER TABLE "ef_temp_Facts" RENAME TO "Facts";""");
            migrationBuilder.Sql("""CREATE INDEX "IX_Facts_FilmId" ON "Facts" ("FilmId");""");
            migrationBuilder.Sql(lineIndex);
        }
    }
}
