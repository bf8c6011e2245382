// Every GET operation of the API called through a client generated from its served OpenAPI document, with values
// from the seed. `tsc --strict` checks each call's path, parameters and the fields read against the document;
// running it checks each answer's status against the one the seed gives. Run by TypeScriptClientTests.
import createClient from "openapi-fetch";
import type { paths } from "./generated/schema.js";

// The two pieces of Node this needs, declared here rather than installing Node's type definitions.
declare const process: { env: Record<string, string | undefined>; exit(code: number): never };

const api = createClient<paths>({ baseUrl: process.env.TRIVIA_API });
const failures: string[] = [];
let calls = 0;

async function expect(operation: string, status: number, call: Promise<{ response: Response }>): Promise<void> {
  const { response } = await call;
  calls++;
  if (response.status !== status) {
    failures.push(`${operation}: expected ${status}, got ${response.status}: ${await response.text()}`);
  }
}

// Reads fields the document promises, so that tsc holds these names and types to it.
const film = await api.GET("/api/v1/films/{idOrSlug}", { params: { path: { idOrSlug: "la-la-land" } } });
const title: string = film.data?.title ?? "";
const year: number = film.data?.year ?? 0;
if (film.response.status !== 200 || title === "" || year !== 2016) {
  failures.push(`getFilm: ${film.response.status} ${title} ${year}`);
}

const trivia = await api.GET("/api/v1/trivia", { params: { query: { person: "john-legend", pageSize: 1 } } });
const first = trivia.data?.items[0];
const cursor: string | null | undefined = trivia.data?.nextCursor;
const tags: string[] = first?.tags.map((t) => t.slug) ?? [];
if (trivia.response.status !== 200 || first === undefined || tags.length === 0 || !cursor) {
  failures.push(`listTrivia: ${trivia.response.status} ${JSON.stringify(trivia.data)}`);
}

const quiz = await api.GET("/api/v1/quiz", { params: { query: { count: 1, film: "la-la-land", difficulty: "easy" } } });
const kind: "person" | "film" | "year" | undefined = quiz.data?.questions[0]?.kind;
if (quiz.response.status !== 200 || kind === undefined) {
  failures.push(`makeQuiz: ${quiz.response.status} ${JSON.stringify(quiz.data)}`);
}

const missing = await api.GET("/api/v1/people/{idOrSlug}", { params: { path: { idOrSlug: "ninguem" } } });
const detail: string | null | undefined = missing.error?.detail;
if (missing.response.status !== 404 || !detail) {
  failures.push(`getPerson 404: ${missing.response.status} ${JSON.stringify(missing.error)}`);
}

const session = await api.POST("/api/v1/trivia/sessions");
const token = session.data?.token ?? "";

await expect("listFilms", 200, api.GET("/api/v1/films", { params: { query: { q: "chuva" } } }));
await expect("listFilmTrivia", 200, api.GET("/api/v1/films/{idOrSlug}/trivia", { params: { path: { idOrSlug: "la-la-land" }, query: { pageSize: 1, tag: ["music"] } } }));
await expect("listFilmPeople", 200, api.GET("/api/v1/films/{idOrSlug}/people", { params: { path: { idOrSlug: "la-la-land" }, query: { pageSize: 3 } } }));
await expect("listPeople", 200, api.GET("/api/v1/people", { params: { query: { profession: "pianista" } } }));
await expect("getPerson", 200, api.GET("/api/v1/people/{idOrSlug}", { params: { path: { idOrSlug: "john-legend" } } }));
await expect("listPersonTrivia", 200, api.GET("/api/v1/people/{idOrSlug}/trivia", { params: { path: { idOrSlug: "john-legend" }, query: { pageSize: 1 } } }));
await expect("listPersonFilms", 200, api.GET("/api/v1/people/{idOrSlug}/films", { params: { path: { idOrSlug: "john-legend" } } }));
await expect("getTrivia", 200, api.GET("/api/v1/trivia/{id}", { params: { path: { id: 4 } } }));
await expect("getTrivia", 404, api.GET("/api/v1/trivia/{id}", { params: { path: { id: 99999 } } }));
await expect("listTags", 200, api.GET("/api/v1/tags", { params: { query: { pageSize: 3, sort: "-triviaCount" } } }));
await expect("getTag", 200, api.GET("/api/v1/tags/{slug}", { params: { path: { slug: "music" } } }));
await expect("listTagTrivia", 200, api.GET("/api/v1/tags/{slug}/trivia", { params: { path: { slug: "costumes" }, query: { pageSize: 1 } } }));
await expect("search", 200, api.GET("/api/v1/search", { params: { query: { q: "piano", pageSize: 2 } } }));
await expect("suggest", 200, api.GET("/api/v1/search/suggest", { params: { query: { q: "gosl" } } }));
await expect("drawRandomTrivia", 200, api.GET("/api/v1/trivia/random", { params: { query: { count: 1, film: "la-la-land", tag: ["costumes"], session: token } } }));
await expect("getTriviaSession", 200, api.GET("/api/v1/trivia/sessions/{token}", { params: { path: { token } } }));
await expect("getDailyTrivia", 200, api.GET("/api/v1/trivia/daily", { params: { query: { film: "la-la-land", date: "2026-11-29" } } }));
await expect("getDailyTrivia", 404, api.GET("/api/v1/trivia/daily", { params: { query: { film: "la-la-land", yearFrom: 2020 } } }));
await expect("drawTriviaCard", 200, api.GET("/embed/trivia/random", { params: { query: { film: "la-la-land", theme: "light" } }, parseAs: "text" }));
await expect("getTriviaCard", 200, api.GET("/embed/trivia/{id}", { params: { path: { id: 4 }, query: { theme: "dark" } }, parseAs: "text" }));

console.log(`typescript client: ${calls} calls, ${failures.length} disagreements`);
for (const failure of failures) {
  console.log(failure);
}
process.exit(failures.length === 0 ? 0 : 1);
