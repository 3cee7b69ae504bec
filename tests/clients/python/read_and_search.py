#!/usr/bin/env python3
"""Reads a Patient and searches its Conditions on an oncotwin FHIR base with two outside
Python clients, exactly as a third-party app would:

  * fhirclient 4.4.0 (SMART on FHIR Python client): FHIRClient.prepare() fetches and
    strictly parses /metadata, Patient.read(), Condition.where({...}) followed page by page
    through Bundle.link[next]. Its generated R4 models reject any element that is not R4
    or has the wrong JSON type, so a malformed resource or Bundle fails here.
  * fhirpy 2.3.1 (SyncFHIRClient): reference(...).to_resource(), resources(...).search()
    .fetch_all() (follows the next links) and .count() (reads Bundle.total).

Usage: read_and_search.py BASE PATIENT_ID
  e.g. read_and_search.py http://127.0.0.1:18081/fhir 3f96088f-1f08-47cd-b67b-a57e269ce08b

Prints one JSON line per client on stdout:
  {"client": "...", "patient_id": "...", "conditions": N, "condition_ids": [...sorted]}
and exits 0; any error (HTTP, parsing, inconsistency) exits 1 with a message on stderr.
"""

import json
import os
import sys
import traceback


class CheckFailed(Exception):
    """The server answered, but not what a FHIR R4 server must answer."""


def check(condition, message):
    if not condition:
        raise CheckFailed(message)


def ids_line(client_name, patient_id, ids):
    duplicates = sorted({i for i in ids if ids.count(i) > 1})
    check(not duplicates, f"Condition ids returned more than once across pages: {duplicates}")
    return {"client": client_name, "patient_id": patient_id, "conditions": len(ids), "condition_ids": sorted(ids)}


def with_fhirclient(base, patient_id):
    import fhirclient
    from fhirclient import client
    from fhirclient.models.condition import Condition
    from fhirclient.models.patient import Patient

    smart = client.FHIRClient(settings={"app_id": "oncotwin-outside-client-test", "api_base": base})
    token = os.environ.get("ONCOTWIN_TOKEN")
    if token:
        # A bearer token obtained out of band (the server requires one for PHI).
        smart.server.session.headers["Authorization"] = f"Bearer {token}"
    # A SMART app first reads the CapabilityStatement (parsed with the strict models) to find
    # out how to authorize; an open server must come out "ready" without a token.
    ready = smart.prepare()
    capability = smart.server.capabilityStatement
    check(capability is not None and capability.fhirVersion == "4.0.1",
          f"CapabilityStatement.fhirVersion is {getattr(capability, 'fhirVersion', None)!r}, expected '4.0.1'")
    check(ready, "fhirclient is not ready after reading /metadata: the CapabilityStatement declares a security "
                 "scheme this open test server cannot satisfy")

    patient = Patient.read(patient_id, smart.server)
    check(patient.id == patient_id, f"Patient.read returned id {patient.id!r}, expected {patient_id!r}")

    search = Condition.where({"patient": patient_id})
    ids = []
    totals = set()
    pages = 0
    for bundle in search.perform_iter(smart.server):
        pages += 1
        check(pages <= 1000, "more than 1000 pages: the next links do not end")
        check(bundle.type == "searchset", f"search returned a Bundle of type {bundle.type!r}, expected 'searchset'")
        if bundle.total is not None:
            totals.add(bundle.total)
        for entry in bundle.entry or []:
            resource = entry.resource
            if resource is None:
                continue
            if resource.resource_type == "OperationOutcome":
                # Allowed with search.mode = outcome; not a match.
                check(entry.search is not None and entry.search.mode == "outcome",
                      "OperationOutcome entry in a searchset without search.mode = 'outcome'")
                continue
            check(isinstance(resource, Condition),
                  f"Condition search returned a {resource.resource_type} (id {getattr(resource, 'id', None)})")
            check(resource.subject is not None and resource.subject.reference == f"Patient/{patient_id}",
                  f"Condition/{resource.id} has subject {resource.subject and resource.subject.reference!r}, "
                  f"expected 'Patient/{patient_id}'")
            ids.append(resource.id)
    check(len(totals) <= 1, f"Bundle.total changed between pages: {sorted(totals)}")
    if totals:
        check(totals == {len(ids)}, f"Bundle.total says {totals.pop()} but the pages held {len(ids)} Conditions")
    return ids_line(f"python fhirclient {fhirclient.__version__}", patient_id, ids)


def with_fhirpy(base, patient_id):
    import fhirpy
    from fhirpy import SyncFHIRClient

    token = os.environ.get("ONCOTWIN_TOKEN")
    fhir = SyncFHIRClient(base, authorization=f"Bearer {token}" if token else None,
                          extra_headers={"Accept": "application/fhir+json"})
    patient = fhir.reference("Patient", patient_id).to_resource()
    check(patient.resourceType == "Patient" and patient.id == patient_id,
          f"read Patient/{patient_id} returned {patient.resourceType}/{patient.id}")

    search = fhir.resources("Condition").search(patient=patient_id)
    conditions = search.fetch_all()  # follows Bundle.link[next] to the end
    ids = []
    for condition in conditions:
        check(condition.get_by_path(["subject", "reference"]) == f"Patient/{patient_id}",
              f"Condition/{condition.id} is not about Patient/{patient_id}")
        ids.append(condition.id)
    total = search.count()  # _count=0: Bundle.total only
    check(total == len(ids), f"Bundle.total (with _count=0) says {total} but the pages held {len(ids)} Conditions")
    return ids_line(f"python fhirpy {fhirpy.__version__}", patient_id, ids)


def main(argv):
    if len(argv) != 3:
        print("usage: read_and_search.py BASE PATIENT_ID", file=sys.stderr)
        return 2
    base, patient_id = argv[1].rstrip("/"), argv[2]
    lines = []
    for name, run in (("fhirclient", with_fhirclient), ("fhirpy", with_fhirpy)):
        try:
            lines.append(run(base, patient_id))
        except Exception as error:  # noqa: BLE001 - every failure must be reported, with its cause
            detail = getattr(error, "response", None)
            body = ""
            if detail is not None and hasattr(detail, "text"):
                body = f"\n  HTTP {detail.status_code} {detail.url}\n  {detail.text[:2000]}"
            print(f"read_and_search.py: {name} against {base} failed: {type(error).__name__}: {error}{body}",
                  file=sys.stderr)
            traceback.print_exc(file=sys.stderr)
            return 1
    for line in lines:
        print(json.dumps(line))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
