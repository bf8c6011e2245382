using Microsoft.EntityFrameworkCore.Migrations;

namespace TriviaApi.Data.Migrations;

/// <summary>
/// The link tables (a fact's people, films, characters and topics) as SQLite WITHOUT ROWID tables: a rowid table
/// beside the index of its primary key would hold the same two ids twice, and every link would be written twice.
/// Keyed by their primary key, the rows are that index. EF Core has no way to declare this, so the schema's migration
/// makes each table again, empty, as EF Core made it and WITHOUT ROWID; <c>SchemaTests</c> fails should a later
/// migration rebuild one without it.
/// </summary>
internal static class LinkTablesWithoutRowId
{
    private static readonly (string Table, string Constraints, string Index)[] Links =
    [
        ("FactPeople",
            """
            "FactId" INTEGER NOT NULL,
            "PersonId" INTEGER NOT NULL,
            "Professions" TEXT NOT NULL,
            CONSTRAINT "PK_FactPeople" PRIMARY KEY ("FactId", "PersonId"),
            CONSTRAINT "FK_FactPeople_Facts_FactId" FOREIGN KEY ("FactId") REFERENCES "Facts" ("Id") ON DELETE CASCADE,
            CONSTRAINT "FK_FactPeople_People_PersonId" FOREIGN KEY ("PersonId") REFERENCES "People" ("Id") ON DELETE CASCADE
            """,
            "CREATE INDEX \"IX_FactPeople_PersonId_FactId\" ON \"FactPeople\" (\"PersonId\", \"FactId\")"),
        ("FactFilms",
            """
            "FactId" INTEGER NOT NULL,
            "FilmId" INTEGER NOT NULL,
            CONSTRAINT "PK_FactFilms" PRIMARY KEY ("FactId", "FilmId"),
            CONSTRAINT "FK_FactFilms_Facts_FactId" FOREIGN KEY ("FactId") REFERENCES "Facts" ("Id") ON DELETE CASCADE,
            CONSTRAINT "FK_FactFilms_Films_FilmId" FOREIGN KEY ("FilmId") REFERENCES "Films" ("Id") ON DELETE CASCADE
            """,
            "CREATE INDEX \"IX_FactFilms_FilmId_FactId\" ON \"FactFilms\" (\"FilmId\", \"FactId\")"),
        ("FactCharacters",
            """
            "FactId" INTEGER NOT NULL,
            "CharacterId" INTEGER NOT NULL,
            CONSTRAINT "PK_FactCharacters" PRIMARY KEY ("FactId", "CharacterId"),
            CONSTRAINT "FK_FactCharacters_Characters_CharacterId" FOREIGN KEY ("CharacterId") REFERENCES "Characters" ("Id") ON DELETE CASCADE,
            CONSTRAINT "FK_FactCharacters_Facts_FactId" FOREIGN KEY ("FactId") REFERENCES "Facts" ("Id") ON DELETE CASCADE
            """,
            "CREATE INDEX \"IX_FactCharacters_CharacterId_FactId\" ON \"FactCharacters\" (\"CharacterId\", \"FactId\")"),
        ("FactTags",
            """
            "FactId" INTEGER NOT NULL,
            "TagId" INTEGER NOT NULL,
            CONSTRAINT "PK_FactTags" PRIMARY KEY ("FactId", "TagId"),
            CONSTRAINT "FK_FactTags_Facts_FactId" FOREIGN KEY ("FactId") REFERENCES "Facts" ("Id") ON DELETE CASCADE,
            CONSTRAINT "FK_FactTags_Tags_TagId" FOREIGN KEY ("TagId") REFERENCES "Tags" ("Id") ON DELETE CASCADE
            """,
            "CREATE INDEX \"IX_FactTags_TagId_FactId\" ON \"FactTags\" (\"TagId\", \"FactId\")"),
    ];

    /// <summary>Each link table, just created and still empty, made again WITHOUT ROWID with its index.</summary>
    public static void Make(MigrationBuilder migrationBuilder)
    {
        foreach (var (table, constraints, index) in Links)
        {
            migrationBuilder.Sql($"DROP TABLE \"{table}\";");
            migrationBuilder.Sql($"CREATE TABLE \"{table}\" (\n{constraints}\n) WITHOUT ROWID;");
            migrationBuilder.Sql($"{index};");
        }
    }
}
