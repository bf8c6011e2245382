namespace TriviaApi.Facts;

/// <summary>
/// The SQL that reads a page of facts for <see cref="FactResponses"/>: the facts with their films, then their people,
/// films, characters and topics, as one list of rows of one shape. A row's <see cref="Part"/> says which, and a
/// mention's <see cref="SortKey"/> where the response lists it (people and characters by folded name, films by folded
/// title, topics by slug; ties by id). The rows come unsorted: SQLite would have to gather and sort every row before
/// handing over the first, so the mentions are put in order as they are read. The ids arrive as one JSON array, so
/// the text never changes.
/// </summary>
internal static class FactPageSql
{
    public const string Ids = "@ids";

    // Column ordinals.
    public const int Part = 0;
    public const int FactId = 1;
    public const int Id = 2;
    public const int Slug = 3;
    public const int Name = 4;
    public const int Year = 5;
    public const int NameEn = 6;
    public const int Text = 7;
    public const int Language = 8;
    public const int SourceFile = 9;
    public const int SourceLine = 10;
    public const int SortKey = 11;

    // Values of Part.
    public const int Fact = 0;
    public const int Person = 1;
    public const int Film = 2;
    public const int Character = 3;
    public const int Tag = 4;

    public const string Select = """
        WITH "Page" AS (SELECT "value" AS "FactId" FROM json_each(@ids))
        SELECT 0 AS "Part", "f"."Id" AS "FactId", "fi"."Id" AS "Id", "fi"."Slug" AS "Slug", "fi"."Title" AS "Name", "fi"."Year" AS "Year",
               NULL AS "NameEn", "f"."Text" AS "Text", "sf"."Language" AS "Language", "sf"."FileName" AS "SourceFile", "f"."SourceLine" AS "SourceLine",
               NULL AS "SortKey"
        FROM "Page" JOIN "Facts" AS "f" ON "f"."Id" = "Page"."FactId" JOIN "Films" AS "fi" ON "fi"."Id" = "f"."FilmId"
            JOIN "ImportedFiles" AS "sf" ON "sf"."Id" = "f"."SourceFileId"
        UNION ALL
        SELECT 1, "m"."FactId", "p"."Id", "p"."Slug", "p"."Name", NULL, NULL, NULL, NULL, NULL, NULL, "p"."NameKey"
        FROM "Page" JOIN "FactPeople" AS "m" ON "m"."FactId" = "Page"."FactId" JOIN "People" AS "p" ON "p"."Id" = "m"."PersonId"
        UNION ALL
        SELECT 2, "m"."FactId", "fi"."Id", "fi"."Slug", "fi"."Title", "fi"."Year", NULL, NULL, NULL, NULL, NULL, "fi"."TitleKey"
        FROM "Page" JOIN "FactFilms" AS "m" ON "m"."FactId" = "Page"."FactId" JOIN "Films" AS "fi" ON "fi"."Id" = "m"."FilmId"
        UNION ALL
        SELECT 3, "m"."FactId", "c"."Id", "c"."Slug", "c"."Name", NULL, NULL, NULL, NULL, NULL, NULL, "c"."NameKey"
        FROM "Page" JOIN "FactCharacters" AS "m" ON "m"."FactId" = "Page"."FactId" JOIN "Characters" AS "c" ON "c"."Id" = "m"."CharacterId"
        UNION ALL
        SELECT 4, "m"."FactId", "t"."Id", "t"."Slug", "t"."NamePt", NULL, "t"."NameEn", NULL, NULL, NULL, NULL, "t"."Slug"
        FROM "Page" JOIN "FactTags" AS "m" ON "m"."FactId" = "Page"."FactId" JOIN "Tags" AS "t" ON "t"."Id" = "m"."TagId"
        """;
}
