-- report.lua: shared by the bench scripts. Counts HTTP statuses in every wrk thread and, when the
-- run ends, prints one line "RESULT key=value ..." that bench/run.sh parses.
-- Env read by the scripts: BENCH_PROJECT, BENCH_TOKEN (X-Auth-Token, default bench:<project>).
local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  codes = {}
end

function response(status, headers, body)
  codes[status] = (codes[status] or 0) + 1
end

function api_headers(extra)
  local project = os.getenv("BENCH_PROJECT") or error("set BENCH_PROJECT")
  local h = {
    ["X-Auth-Token"] = os.getenv("BENCH_TOKEN") or ("bench:" .. project),
    ["Accept"] = "application/json",
  }
  for k, v in pairs(extra or {}) do h[k] = v end
  return project, h
end

function split_list(text)
  local items = {}
  for item in string.gmatch(text or "", "[^,]+") do table.insert(items, item) end
  if #items == 0 then error("empty list") end
  return items
end

function done(summary, latency, requests)
  local total, other = {}, 0
  for _, t in ipairs(threads) do
    for code, n in pairs(t:get("codes") or {}) do total[code] = (total[code] or 0) + n end
  end
  -- Unexpected: any status but EXPECT_STATUS when it is set, else any but 2xx.
  local expected = tonumber(os.getenv("EXPECT_STATUS") or "")
  local parts = {}
  for code, n in pairs(total) do
    local unexpected
    if expected then unexpected = code ~= expected else unexpected = code < 200 or code > 299 end
    if unexpected then other = other + n end
    table.insert(parts, code .. ":" .. n)
  end
  table.sort(parts)
  local secs = summary.duration / 1e6
  local e = summary.errors
  local ms = function(q) return latency:percentile(q) / 1000.0 end
  io.write(string.format(
    "RESULT requests=%d rps=%.1f p50=%.2f p90=%.2f p99=%.2f max=%.2f unexpected=%d socket_errors=%d codes=%s\n",
    summary.requests, summary.requests / secs, ms(50), ms(90), ms(99), latency.max / 1000.0,
    other, e.connect + e.read + e.write + e.timeout, table.concat(parts, ",")))
end
