"""Sends real CDS Hooks 2.0 requests to oncotwin with healthchain's SandboxClient, built from a
Synthea patient bundle, and validates every reply with healthchain's CDSResponse model.

Usage: cds_hooks.py BASE_URL DATA_DIR PATIENT_FILE WORKFLOW SERVICE_ID

healthchain's registry loader builds the prefetch from the Synthea bundle; its request
constructor builds the hook context (order-sign / order-select need draftOrders, which the
loader cannot supply, so the draft orders are the patient's own MedicationRequests, made
drafts). Prints one JSON object: the requests sent and, per reply, whether it validated.
"""
import json
import sys

from healthchain.models import CDSResponse
from healthchain.sandbox import SandboxClient
from healthchain.sandbox.datasets import DatasetRegistry
from healthchain.sandbox.requestconstructors import CdsRequestConstructor
from healthchain.sandbox.workflows import Workflow

base, data_dir, patient_file, workflow, service = sys.argv[1:6]

prefetch = DatasetRegistry.load("synthea-patient", data_dir=data_dir, patient_file=patient_file)
patient_id = prefetch["patient"].entry[0].resource.id
client = SandboxClient(url=f"{base}/cds-services/{service}", workflow=workflow)
constructor = CdsRequestConstructor()

# The patient's own orders, cancer drugs first (the necessity twin's business).
ONCOLOGY = ("mab", "platin", "taxel", "tamoxifen", "letrozole", "anastrozole", "exemestane", "cyclophosphamide",
            "doxorubicin", "epirubicin", "fluorouracil", "capecitabine", "leuprolide", "abiraterone", "enzalutamide")
entries = sorted(prefetch["medicationrequest"].entry or [], key=lambda e: not any(
    w in json.dumps(e.resource.model_dump(mode="json", exclude_none=True).get("medicationCodeableConcept", {})).lower()
    for w in ONCOLOGY))
orders = []
seen = set()
for entry in entries:
    order = entry.resource.model_dump(mode="json", exclude_none=True)
    code = json.dumps(order.get("medicationCodeableConcept", {}), sort_keys=True)
    if code in seen:
        continue
    seen.add(code)
    order["status"] = "draft"
    orders.append(order)
orders = orders[:4]
# healthchain 0.16.1 serialises the hook context as its base model, dropping draftOrders and
# selections; the orders are therefore also marked draft where the request keeps them, in
# the prefetch (oncotwin reads the prefetch's draft orders when draftOrders is absent).
draft_ids = {o["id"] for o in orders}
for entry in prefetch["medicationrequest"].entry or []:
    if entry.resource.id in draft_ids:
        entry.resource.status = "draft"
if workflow == "patient-view":
    contexts = [{"userId": "Practitioner/1", "patientId": patient_id}]
else:
    contexts = []
    for order in orders:
        context = {
            "userId": "Practitioner/1",
            "patientId": patient_id,
            "draftOrders": {"resourceType": "Bundle", "type": "collection", "entry": [{"resource": o} for o in orders]},
        }
        if workflow == "order-select":
            context["selections"] = [f"MedicationRequest/{order['id']}"]
        contexts.append(context)
        if workflow == "order-sign":
            break  # one request signs them all

for context in contexts:
    # (keyword arguments: healthchain's workflow check reads `workflow` from kwargs when any are given)
    client.requests.append(constructor.construct_request(prefetch_data=prefetch, workflow=Workflow(workflow), context=context))

responses = client.send_requests()
report = {"patient": patient_id, "requests": len(client.requests), "orders": len(orders), "replies": []}
for reply in responses:
    if not reply:  # healthchain records an HTTP error as an empty reply
        report["replies"].append({"valid": False, "error": "empty reply: the service answered an HTTP error"})
        continue
    try:
        model = CDSResponse.model_validate(reply)
        report["replies"].append(
            {"valid": True, "cards": [c.model_dump(mode="json", exclude_none=True) for c in model.cards],
             "systemActions": [a.model_dump(mode="json", exclude_none=True) for a in (model.systemActions or [])]}
        )
    except Exception as e:  # the reply does not validate: report it
        report["replies"].append({"valid": False, "error": str(e), "reply": reply})
print(json.dumps(report))
