-- wrk -s benchmarks/wrk-mix.lua: an uncached mix, for benchmarks/run and benchmarks/compare-mix. The list holds 80,000
-- distinct URLs of eight classes (numbered as in make_path below: searches of one word and of pairs, with filters,
-- pages, page sizes, sorts and facets; filtered lists without a search; searches across kinds; completions), 10,000
-- of each, dealt in turn, so every stretch of the list holds every class in the same share. Each request takes the
-- next URL, so the server's output cache, which keeps a page per URL for a minute, cannot answer as long as a run asks
-- no URL twice.
--
-- A run walks a span of the list: MIX_OFFSET (default 0) is where it starts, MIX_SPAN (default: the rest of the list)
-- how many URLs it walks before it wraps to the span's start. Runs on spans that do not overlap never ask each other's
-- URLs: a warm-up on the list's last 10,000 (MIX_OFFSET=70000 MIX_SPAN=10000) cannot reach a timed run on the first
-- 70,000, however long it lasts. Threads start spread over the span. MIX_KIND (0-7) keeps one class only, to
-- price each class apart (its 10,000 URLs). Ends with the same machine-readable line as wrk-summary.lua, plus urls=
-- (the span's size) and repeats= (requests past the span's size: at least that many URLs asked again, which the cache may answer).
local words = { "piano", "festival", "veneza", "lisboa", "diretor", "trilha", "figurinos", "semanas", "meses",
  "anos", "premios", "oscar", "verao", "cannes", "berlim", "gramado", "toronto", "paris", "recife", "salvador",
  "compositor", "figurinista", "pianista", "roteirista", "produtor", "papel", "aulas", "gravada", "morou", "vida",
  "real", "classicos", "inspirado", "estreou", "filmado", "juntos", "trabalhado", "recusou", "criou", "ganhou",
  "melhor", "sonora", "helena", "tomas", "irene", "caio", "lucia", "rafael", "dora", "mateus" }
local tags = { "music", "casting", "production", "locations", "awards", "festivals", "references", "costumes",
  "career", "real-life" }
local prefixes = { "fil", "fes", "pia", "gui", "mar", "ana", "bar", "lis", "ver", "tri", "cor", "sil", "pro", "rez",
  "car", "gab", "isa", "tat", "bru", "ren", "dia", "oli", "hei", "nun" }
local classes = 8
local per_class = 10000

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
-- A letter, or none when blank is given: completions of three to five letters.
local function letter(blank)
  local n = number(blank and 96 or 97, 122)
  return n == 96 and "" or string.char(n)
end

-- Every class has room for more than 10,000 distinct URLs; page sizes run 10-50 (30 on average) for that.
local function make_path(kind)
  if kind == 0 then
    return "/api/v1/trivia?q=" .. pick(words) .. "&page=" .. number(1, 5) .. "&pageSize=" .. number(10, 50)
  elseif kind == 1 then
    return "/api/v1/trivia?q=" .. pick(words) .. "+" .. pick(words) .. "&pageSize=" .. number(10, 50)
  elseif kind == 2 then
    return "/api/v1/trivia?q=" .. pick(words) .. "&tag=" .. pick(tags) .. "&yearFrom=" .. number(1950, 2010)
  elseif kind == 3 then
    return "/api/v1/trivia?q=" .. pick(words) .. "&facets=tag,person,film&page=" .. number(1, 5) .. "&pageSize=" .. number(10, 50)
  elseif kind == 4 then
    return "/api/v1/trivia?q=" .. pick(words) .. "&sort=year&yearTo=" .. number(1960, 2024) .. "&pageSize=" .. number(10, 50)
  elseif kind == 5 then
    return "/api/v1/trivia?tag=" .. pick(tags) .. "&yearFrom=" .. number(1950, 2020) .. "&page=" .. number(1, 20)
  elseif kind == 6 then
    return "/api/v1/search?q=" .. pick(words) .. "+" .. pick(words) .. "&pageSize=" .. number(10, 30)
  else
    return "/api/v1/search/suggest?q=" .. pick(prefixes) .. letter(false) .. letter(true)
  end
end

local of_class = {}
for kind = 0, classes - 1 do
  local seen, list = {}, {}
  while #list < per_class do
    local path = make_path(kind)
    if not seen[path] then
      seen[path] = true
      list[#list + 1] = path
    end
  end
  of_class[kind] = list
end

local paths = {}
local only_kind = tonumber(os.getenv("MIX_KIND") or "")
for i = 1, per_class do
  for kind = 0, classes - 1 do
    if only_kind == nil or kind == only_kind then
      paths[#paths + 1] = of_class[kind][i]
    end
  end
end

local first = tonumber(os.getenv("MIX_OFFSET") or "0") % #paths
local span = math.min(tonumber(os.getenv("MIX_SPAN") or "") or #paths, #paths - first)

-- Thread i starts i golden-ratio turns into the span, so any number of threads start spread over it.
local threads = 0
setup = function(thread)
  thread:set("start", math.floor((threads * 0.6180339887 % 1) * span))
  threads = threads + 1
end

local step = 0
request = function()
  local path = paths[first + ((start or 0) + step) % span + 1]
  step = step + 1
  return wrk.format("GET", path)
end

done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    "bench: wrk requests=%d seconds=%.2f rps=%.1f p50=%.2f p95=%.2f p99=%.2f non2xx=%d errors=%d urls=%d repeats=%d\n",
    summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    e.status, e.connect + e.read + e.write + e.timeout, span, math.max(0, summary.requests - span)))
end
