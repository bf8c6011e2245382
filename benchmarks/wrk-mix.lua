-- wrk -s benchmarks/wrk-mix.lua: an uncached mix, for benchmarks/run. Each request takes the next of 60,000 distinct
-- URLs (searches of single words and pairs, with filters, pages, page sizes, sorts and facets; filtered lists without
-- a search; searches across kinds; completions), so the server's output cache, which keeps a page per URL for a
-- minute, cannot answer: a run sends each URL once as long as it makes fewer requests than that. MIX_OFFSET (default
-- 0) is where the first thread starts in the list (a warm-up run starts elsewhere); each further thread starts 15,000
-- URLs later. MIX_KIND (0-7, default all) keeps one class of URL only, to price each class apart (the kinds are
-- numbered as in the loop below; a class with few distinct URLs repeats them, and the output cache then answers).
-- Ends with the same machine-readable line as wrk-summary.lua.
local words = { "piano", "festival", "veneza", "lisboa", "diretor", "trilha", "figurinos", "semanas", "meses",
  "anos", "premios", "oscar", "verao", "cannes", "berlim", "gramado", "toronto", "paris", "recife", "salvador",
  "compositor", "figurinista", "pianista", "roteirista", "produtor", "papel", "aulas", "gravada", "morou", "vida",
  "real", "classicos", "inspirado", "estreou", "filmado", "juntos", "trabalhado", "recusou", "criou", "ganhou",
  "melhor", "sonora", "helena", "tomas", "irene", "caio", "lucia", "rafael", "dora", "mateus" }
local tags = { "music", "casting", "production", "locations", "awards", "festivals", "references", "costumes",
  "career", "real-life" }
local prefixes = { "fil", "fes", "pia", "gui", "mar", "ana", "bar", "lis", "ver", "tri", "cor", "sil", "pro", "rez" }

local paths = {}
local state = 42
-- Park and Miller's generator: its products stay below 2^53, exact in LuaJIT's doubles.
local function next_random()
  state = (state * 16807) % 2147483647
  return state
end
local function pick(list)
  return list[(next_random() % #list) + 1]
end
local function number(low, high)
  return low + next_random() % (high - low + 1)
end

local only_kind = tonumber(os.getenv("MIX_KIND") or "")
local seen = {}
local attempt = 0
while #paths < 60000 and attempt < 2000000 do
  attempt = attempt + 1
  local kind = attempt % 8
  local path
  if kind == 0 then
    path = "/api/v1/trivia?q=" .. pick(words) .. "&page=" .. number(1, 5) .. "&pageSize=" .. 10 * number(1, 5)
  elseif kind == 1 then
    path = "/api/v1/trivia?q=" .. pick(words) .. "+" .. pick(words) .. "&pageSize=" .. 10 * number(1, 5)
  elseif kind == 2 then
    path = "/api/v1/trivia?q=" .. pick(words) .. "&tag=" .. pick(tags) .. "&yearFrom=" .. number(1950, 2010)
  elseif kind == 3 then
    path = "/api/v1/trivia?q=" .. pick(words) .. "&facets=tag,person,film&page=" .. number(1, 3) .. "&pageSize=" .. 10 * number(1, 5)
  elseif kind == 4 then
    path = "/api/v1/trivia?q=" .. pick(words) .. "&sort=year&yearTo=" .. number(1960, 2024) .. "&pageSize=" .. 10 * number(1, 5)
  elseif kind == 5 then
    path = "/api/v1/trivia?tag=" .. pick(tags) .. "&yearFrom=" .. number(1950, 2020) .. "&page=" .. number(1, 20)
  elseif kind == 6 then
    path = "/api/v1/search?q=" .. pick(words) .. "+" .. pick(words) .. "&pageSize=" .. 10 * number(1, 3)
  else
    path = "/api/v1/search/suggest?q=" .. pick(prefixes) .. string.char(number(97, 122))
  end
  if not seen[path] and (only_kind == nil or kind == only_kind) then
    seen[path] = true
    paths[#paths + 1] = path
  end
end

local threads = 0
setup = function(thread)
  thread:set("offset", threads * 15000)
  threads = threads + 1
end

local next_path = 0
init = function(args)
  next_path = ((offset or 0) + tonumber(os.getenv("MIX_OFFSET") or "0")) % #paths
end

request = function()
  next_path = next_path % #paths + 1
  return wrk.format("GET", paths[next_path])
end

done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    "bench: wrk requests=%d seconds=%.2f rps=%.1f p50=%.2f p95=%.2f p99=%.2f non2xx=%d errors=%d urls=%d\n",
    summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    e.status, e.connect + e.read + e.write + e.timeout, #paths))
end
