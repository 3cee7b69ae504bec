#!/usr/bin/env node
// Reads a Patient and searches its Conditions on an oncotwin FHIR base with two outside
// Node clients, as a third-party app would:
//
//  * fhirclient 2.6.3 (SMART on FHIR JS client). A server-side client is made with the
//    Node entry point, `smart(request, response, storage).client(state)` (lib/entry/node.js
//    -> NodeAdapter.getSmartApi().client). The state is the one `authorize()` leaves for an
//    open server with a fixed patient (smart.js: `tokenResponse.patient = patientId`).
//    `client.patient.request("Condition")` first reads /metadata and picks the patient
//    search parameter from CapabilityStatement.rest[0].resource (lib.js getPatientParam),
//    so a server that does not list Condition and its `patient` parameter fails here.
//    Paging: `{ pageLimit: 0, flat: true }` follows Bundle.link[next] to the end.
//  * fhir-kit-client 2.0.3 (ESM; it exports the class as the named export `Client`):
//    CapabilityTool over /metadata, read(), search() and nextPage() until no next link.
//
// Usage: node read_and_search.mjs BASE PATIENT_ID
// Prints one JSON line per client on stdout:
//   {"client": "...", "patient_id": "...", "conditions": N, "condition_ids": [...sorted]}
// and exits 0; any error exits 1 with a message on stderr.

import { readFileSync } from "node:fs";

const MAX_PAGES = 1000;

class CheckFailed extends Error {}

function check(condition, message) {
  if (!condition) throw new CheckFailed(message);
}

function packageVersion(name) {
  const url = new URL(`./node_modules/${name}/package.json`, import.meta.url);
  return JSON.parse(readFileSync(url, "utf8")).version;
}

function idsLine(client, patientId, ids) {
  const seen = new Set();
  const duplicates = new Set(ids.filter((id) => (seen.has(id) ? true : (seen.add(id), false))));
  check(duplicates.size === 0, `Condition ids returned more than once across pages: ${[...duplicates].sort()}`);
  return { client, patient_id: patientId, conditions: ids.length, condition_ids: [...ids].sort() };
}

function conditionIds(resources, patientId, how) {
  check(Array.isArray(resources), `${how} did not return an array of resources: ${JSON.stringify(resources).slice(0, 500)}`);
  return resources.map((resource) => {
    check(resource && resource.resourceType === "Condition",
      `${how} returned a ${resource && resource.resourceType} (${JSON.stringify(resource).slice(0, 500)})`);
    check(resource.subject && resource.subject.reference === `Patient/${patientId}`,
      `${how}: Condition/${resource.id} has subject ${JSON.stringify(resource.subject)}, expected Patient/${patientId}`);
    return resource.id;
  });
}

/** A session store for the Node adapter: this script has no HTTP session of its own. */
function memoryStorage() {
  const data = new Map();
  return {
    async get(key) { return data.get(key); },
    async set(key, value) { data.set(key, value); return value; },
    async unset(key) { return data.delete(key); },
  };
}

async function withFhirclient(base, patientId) {
  const { default: smart } = await import("fhirclient");
  // No incoming request or response: this script is the whole app. They are only used
  // by authorize()/ready() (redirects, session storage), which an open server does not need.
  const client = smart(undefined, undefined, memoryStorage()).client({
    serverUrl: base,
    tokenResponse: { patient: patientId, ...(process.env.ONCOTWIN_TOKEN ? { access_token: process.env.ONCOTWIN_TOKEN } : {}) },
  });
  check(client.patient.id === patientId, `client.patient.id is ${client.patient.id}`);

  const fhirVersion = await client.getFhirVersion();
  check(fhirVersion === "4.0.1", `CapabilityStatement.fhirVersion is ${JSON.stringify(fhirVersion)}, expected "4.0.1"`);
  check((await client.getFhirRelease()) === 4, "fhirclient does not take the server for FHIR R4");

  const patient = await client.patient.read();
  check(patient && patient.resourceType === "Patient" && patient.id === patientId,
    `client.patient.read() returned ${patient && patient.resourceType}/${patient && patient.id}`);

  // The SMART way: patient-scoped request; the library adds the patient parameter it
  // finds in the CapabilityStatement.
  const scoped = await client.patient.request("Condition", { pageLimit: 0, flat: true });
  const ids = conditionIds(scoped, patientId, "client.patient.request('Condition')");

  // The plain way, as in the library docs: an explicit query string.
  const plain = await client.request(`Condition?patient=${encodeURIComponent(patientId)}`, { pageLimit: 0, flat: true });
  const plainIds = conditionIds(plain, patientId, "client.request('Condition?patient=...')");
  check(JSON.stringify([...plainIds].sort()) === JSON.stringify([...ids].sort()),
    `client.patient.request found ${ids.length} Conditions but client.request found ${plainIds.length}`);

  return idsLine(`node fhirclient ${packageVersion("fhirclient")}`, patientId, ids);
}

async function withFhirKitClient(base, patientId) {
  const { Client, CapabilityTool } = await import("fhir-kit-client");
  check(typeof Client === "function", "fhir-kit-client exports no Client class");
  const client = new Client({ baseUrl: base, ...(process.env.ONCOTWIN_TOKEN ? { bearerToken: process.env.ONCOTWIN_TOKEN } : {}) });

  const capabilities = new CapabilityTool(await client.capabilityStatement());
  check(capabilities.resourceCan("Patient", "read"), "CapabilityStatement: Patient lacks the read interaction");
  check(capabilities.resourceCan("Condition", "search-type"), "CapabilityStatement: Condition lacks search-type");
  check(capabilities.resourceSearch("Condition", "patient"), "CapabilityStatement: Condition lacks the patient search parameter");

  const patient = await client.read({ resourceType: "Patient", id: patientId });
  check(patient.resourceType === "Patient" && patient.id === patientId,
    `read Patient/${patientId} returned ${patient.resourceType}/${patient.id}`);

  const resources = [];
  const totals = new Set();
  let bundle = await client.search({ resourceType: "Condition", searchParams: { patient: patientId } });
  for (let pages = 1; bundle; pages += 1) {
    check(pages <= MAX_PAGES, `more than ${MAX_PAGES} pages: the next links do not end`);
    check(bundle.resourceType === "Bundle" && bundle.type === "searchset",
      `search returned ${bundle.resourceType} of type ${bundle.type}, expected a searchset Bundle`);
    if (bundle.total !== undefined) totals.add(bundle.total);
    for (const entry of bundle.entry || []) {
      if (entry.search && entry.search.mode === "outcome") continue; // an OperationOutcome, not a match
      resources.push(entry.resource);
    }
    bundle = await client.nextPage({ bundle });
  }
  const ids = conditionIds(resources, patientId, "fhir-kit-client search");
  check(totals.size <= 1, `Bundle.total changed between pages: ${[...totals]}`);
  if (totals.size === 1) {
    const [total] = totals;
    check(total === ids.length, `Bundle.total says ${total} but the pages held ${ids.length} Conditions`);
  }
  return idsLine(`node fhir-kit-client ${packageVersion("fhir-kit-client")}`, patientId, ids);
}

function describe(error) {
  let text = error && error.stack ? error.stack : String(error);
  if (error && error.response && error.response.data !== undefined) {
    // fhir-kit-client: the parsed body of the failed response.
    text += `\n  response ${error.response.status}: ${JSON.stringify(error.response.data).slice(0, 2000)}`;
  }
  return text;
}

async function main(argv) {
  if (argv.length !== 2) {
    process.stderr.write("usage: node read_and_search.mjs BASE PATIENT_ID\n");
    return 2;
  }
  const base = argv[0].replace(/\/+$/, "");
  const patientId = argv[1];
  const lines = [];
  for (const [name, run] of [["fhirclient", withFhirclient], ["fhir-kit-client", withFhirKitClient]]) {
    try {
      lines.push(await run(base, patientId));
    } catch (error) {
      process.stderr.write(`read_and_search.mjs: ${name} against ${base} failed: ${describe(error)}\n`);
      return 1;
    }
  }
  for (const line of lines) process.stdout.write(JSON.stringify(line) + "\n");
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error) => {
    process.stderr.write(`read_and_search.mjs: ${describe(error)}\n`);
    process.exit(1);
  },
);
