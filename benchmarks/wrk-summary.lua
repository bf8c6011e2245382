-- wrk -s benchmarks/wrk-summary.lua: one machine-readable line after the run, for benchmarks/run.
-- Latencies are in microseconds in wrk; printed in milliseconds. non2xx counts responses that were not 2xx or 3xx.
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    "bench: wrk requests=%d seconds=%.2f rps=%.1f p50=%.2f p95=%.2f p99=%.2f non2xx=%d errors=%d\n",
    summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    e.status, e.connect + e.read + e.write + e.timeout))
end
