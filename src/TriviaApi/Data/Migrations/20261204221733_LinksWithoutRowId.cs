using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TriviaApi.Data.Migrations
{
    /// <summary>
    /// The link tables (a fact's people, films, characters and topics) become SQLite WITHOUT ROWID tables: each was a
    /// rowid table beside an index of its primary key holding the same two ids, so every link was stored and written
    /// twice. Keyed by their primary key, the rows are that index. EF Core has no way to declare this, so the tables
    /// are rebuilt here, as EF Core rebuilds a table; <c>LinkTablesTests</c> fails should a later migration rebuild one
    /// without it.
    /// </summary>
    public partial class LinksWithoutRowId : Migration
    {
        private static readonly (string Table, string Columns, string Constraints, string Index)[] Links =
        [
            ("FactPeople", "\"FactId\", \"PersonId\", \"Professions\"",
                """
                "FactId" INTEGER NOT NULL,
                "PersonId" INTEGER NOT NULL,
                "Professions" TEXT NOT NULL,
                CONSTRAINT "PK_FactPeople" PRIMARY KEY ("FactId", "PersonId"),
                CONSTRAINT "FK_FactPeople_Facts_FactId" FOREIGN KEY ("FactId") REFERENCES "Facts" ("Id") ON DELETE CASCADE,
                CONSTRAINT "FK_FactPeople_People_PersonId" FOREIGN KEY ("PersonId") REFERENCES "People" ("Id") ON DELETE CASCADE
                """,
                "CREATE INDEX \"IX_FactPeople_PersonId_FactId\" ON \"FactPeople\" (\"PersonId\", \"FactId\")"),
            ("FactFilms", "\"FactId\", \"FilmId\"",
                """
                "FactId" INTEGER NOT NULL,
                "FilmId" INTEGER NOT NULL,
                CONSTRAINT "PK_FactFilms" PRIMARY KEY ("FactId", "FilmId"),
                CONSTRAINT "FK_FactFilms_Facts_FactId" FOREIGN KEY ("FactId") REFERENCES "Facts" ("Id") ON DELETE CASCADE,
                CONSTRAINT "FK_FactFilms_Films_FilmId" FOREIGN KEY ("FilmId") REFERENCES "Films" ("Id") ON DELETE CASCADE
                """,
                "CREATE INDEX \"IX_FactFilms_FilmId_FactId\" ON \"FactFilms\" (\"FilmId\", \"FactId\")"),
            ("FactCharacters", "\"FactId\", \"CharacterId\"",
                """
                "FactId" INTEGER NOT NULL,
                "CharacterId" INTEGER NOT NULL,
                CONSTRAINT "PK_FactCharacters" PRIMARY KEY ("FactId", "CharacterId"),
                CONSTRAINT "FK_FactCharacters_Characters_CharacterId" FOREIGN KEY ("CharacterId") REFERENCES "Characters" ("Id") ON DELETE CASCADE,
                CONSTRAINT "FK_FactCharacters_Facts_FactId" FOREIGN KEY ("FactId") REFERENCES "Facts" ("Id") ON DELETE CASCADE
                """,
                "CREATE INDEX \"IX_FactCharacters_CharacterId_FactId\" ON \"FactCharacters\" (\"CharacterId\", \"FactId\")"),
            ("FactTags", "\"FactId\", \"TagId\"",
                """
                "FactId" INTEGER NOT NULL,
                "TagId" INTEGER NOT NULL,
                CONSTRAINT "PK_FactTags" PRIMARY KEY ("FactId", "TagId"),
                CONSTRAINT "FK_FactTags_Facts_FactId" FOREIGN KEY ("FactId") REFERENCES "Facts" ("Id") ON DELETE CASCADE,
                CONSTRAINT "FK_FactTags_Tags_TagId" FOREIGN KEY ("TagId") REFERENCES "Tags" ("Id") ON DELETE CASCADE
                """,
                "CREATE INDEX \"IX_FactTags_TagId_FactId\" ON \"FactTags\" (\"TagId\", \"FactId\")"),
        ];

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder) => Rebuild(migrationBuilder, " WITHOUT ROWID");

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder) => Rebuild(migrationBuilder, "");

        /// <summary>Each link table made again with <paramref name="options"/>, its rows and its index kept.</summary>
        private static void Rebuild(MigrationBuilder migrationBuilder, string options)
        {
            foreach (var (table, columns, constraints, index) in Links)
            {
                migrationBuilder.Sql($"CREATE TABLE \"ef_temp_{table}\" (\n{constraints}\n){options};");
                migrationBuilder.Sql($"INSERT INTO \"ef_temp_{table}\" ({columns}) SELECT {columns} FROM \"{table}\";");
                migrationBuilder.Sql($"DROP TABLE \"{table}\";");
                migrationBuilder.Sql($"ALTER TABLE \"ef_temp_{table}\" RENAME TO \"{table}\";");
                migrationBuilder.Sql($"{index};");
            }
        }
    }
}
