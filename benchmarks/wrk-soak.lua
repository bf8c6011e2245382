-- wrk -s benchmarks/wrk-soak.lua: the soak's mixed load, for benchmarks/soak. Each request takes the next of a
-- repeating list: lists and a film (reads), searches, random draws within a session, a session's state, quizzes.
-- SOAK_SESSIONS names a file of session tokens, one a line (made before the run); each connection draws within
-- one; SOAK_ONLY=sessions sends only session operations. Ends with the machine-readable line of wrk-summary.lua, and counts answers of 5xx apart (errors_5xx).
local tokens = {}
local file = io.open(os.getenv("SOAK_SESSIONS") or "", "r")
if file then
  for line in file:lines() do
    if #line > 0 then tokens[#tokens + 1] = line end
  end
  file:close()
end

local words = { "piano", "festival", "diretor", "trilha", "oscar", "cannes", "compositor", "papel", "vida", "melhor" }
local counter = 0
-- SOAK_ONLY=sessions: only session operations (three draws to a session read), for the import-load run.
local only_sessions = os.getenv("SOAK_ONLY") == "sessions"
-- SOAK_FILM: a film the served database holds (the generated corpus has no seed film).
local film = os.getenv("SOAK_FILM") or "la-la-land"
local thread_index = 0
local threads = {}

function setup(thread)
  thread:set("id", thread_index)
  thread_index = thread_index + 1
  threads[#threads + 1] = thread
end

function init(args)
  failures = 0
end

local function token()
  if #tokens == 0 then return nil end
  return tokens[(counter % #tokens) + 1]
end

function request()
  counter = counter + 1
  local kind = counter % 10
  if only_sessions then kind = (counter % 4 == 0) and 8 or 5 end
  local path
  local session = token()
  if kind == 0 or kind == 1 then
    path = "/api/v1/trivia?page=" .. ((counter % 50) + 1)
  elseif kind == 2 then
    path = "/api/v1/films/" .. film
  elseif kind == 3 or kind == 4 then
    path = "/api/v1/trivia?q=" .. words[(counter % #words) + 1] .. "&page=" .. ((counter % 7) + 1)
  elseif (kind == 5 or kind == 6 or kind == 7) and session then
    path = "/api/v1/trivia/random?count=3&session=" .. session
  elseif kind == 8 and session then
    path = "/api/v1/trivia/sessions/" .. session
  else
    path = "/api/v1/quiz?count=3"
  end
  return wrk.format("GET", path)
end

function response(status, headers, body)
  if status >= 500 then failures = failures + 1 end
end

done = function(summary, latency, requests)
  local e = summary.errors
  local server_errors = 0
  for _, thread in ipairs(threads) do
    server_errors = server_errors + (thread:get("failures") or 0)
  end
  io.write(string.format(
    "bench: wrk requests=%d seconds=%.2f rps=%.1f p50=%.2f p95=%.2f p99=%.2f non2xx=%d errors=%d errors_5xx=%d\n",
    summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    e.status, e.connect + e.read + e.write + e.timeout, server_errors))
end
