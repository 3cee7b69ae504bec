-- wrk script: the mixed workload of scripts/soak.sh (and a maximum-rate run of it).
-- Environment: SOAK_TOKEN (bearer for PHI routes), SOAK_PATIENTS (file of patient ids),
-- SOAK_HOOK (a CDS Hooks order-sign request body), SOAK_DELAY_MS (pause per connection).
local token = os.getenv("SOAK_TOKEN")
local delay_ms = tonumber(os.getenv("SOAK_DELAY_MS") or "0")
local patients = {}
for line in io.lines(os.getenv("SOAK_PATIENTS")) do
  if #line > 0 then patients[#patients + 1] = line end
end
local f = io.open(os.getenv("SOAK_HOOK"), "rb")
local hook = f:read("*a")
f:close()

local auth = { ["Authorization"] = "Bearer " .. token }
local json = { ["Content-Type"] = "application/json" }
local n = 0

function request()
  n = n + 1
  local p = patients[(n % #patients) + 1]
  local k = n % 6
  if k == 0 then return wrk.format("GET", "/api/v1/patients/" .. p .. "/timeline", auth) end
  if k == 1 then return wrk.format("GET", "/api/v1/patients/" .. p .. "/navigation", auth) end
  if k == 2 then return wrk.format("GET", "/api/v1/worklist?limit=50", auth) end
  if k == 3 then return wrk.format("GET", "/fhir/Condition?patient=" .. p, auth) end
  if k == 4 then return wrk.format("GET", "/fhir/Patient/" .. p, auth) end
  return wrk.format("POST", "/cds-services/oncotwin-necessity-order-sign", json, hook)
end

function delay()
  return delay_ms
end
