-- create.lua: POST /v3/{project}/cgsnapshots, each request against a random group of GROUP_IDS.
package.path = os.getenv("BENCH_LUA") .. "/?.lua;" .. package.path
require "report"

local project, headers = api_headers({ ["Content-Type"] = "application/json" })
local groups = split_list(os.getenv("GROUP_IDS"))
local path = "/v3/" .. project .. "/cgsnapshots"

function request()
  local group = groups[math.random(#groups)]
  local body = '{"cgsnapshot": {"consistencygroup_id": "' .. group
    .. '", "name": "bench-create", "description": "wrk"}}'
  return wrk.format("POST", path, headers, body)
end
