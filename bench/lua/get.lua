-- get.lua: GET one of the comma-separated paths in GET_PATHS, picked at random per request.
package.path = os.getenv("BENCH_LUA") .. "/?.lua;" .. package.path
require "report"

local _, headers = api_headers()
local paths = split_list(os.getenv("GET_PATHS"))

function request()
  return wrk.format("GET", paths[math.random(#paths)], headers)
end
