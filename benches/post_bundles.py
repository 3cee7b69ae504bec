#!/usr/bin/env python3
"""POSTs every Bundle in a folder to a FHIR base (the same loader for oncotwin and for the
peer, from a process of its own), CONCURRENCY at a time; prints one JSON line:
{"bundles": n, "entries": n, "seconds": s, "resources_per_s": r, "failed": n}.

Usage: post_bundles.py BASE FOLDER [--token TOKEN] [--concurrency N]
"""
import argparse
import concurrent.futures
import http.client
import json
import os
import time
import urllib.parse

parser = argparse.ArgumentParser()
parser.add_argument("base")
parser.add_argument("folder")
parser.add_argument("--token")
parser.add_argument("--concurrency", type=int, default=2)
args = parser.parse_args()

url = urllib.parse.urlparse(args.base)
files = sorted(os.path.join(args.folder, f) for f in os.listdir(args.folder) if f.endswith(".json"))
bodies = [open(f, "rb").read() for f in files]
entries = sum(len(json.loads(b)["entry"]) for b in bodies)
headers = {"Content-Type": "application/fhir+json", "Accept": "application/fhir+json"}
if args.token:
    headers["Authorization"] = f"Bearer {args.token}"


def post(body):
    conn = http.client.HTTPConnection(url.hostname, url.port, timeout=600)
    conn.request("POST", url.path or "/", body=body, headers=headers)
    response = conn.getresponse()
    response.read()
    conn.close()
    return response.status


started = time.monotonic()
with concurrent.futures.ThreadPoolExecutor(args.concurrency) as pool:
    statuses = list(pool.map(post, bodies))
seconds = time.monotonic() - started
failed = sum(1 for s in statuses if s >= 300)
print(json.dumps({"bundles": len(bodies), "entries": entries, "seconds": round(seconds, 3),
                  "resources_per_s": round(entries / seconds, 1), "failed": failed,
                  "statuses": sorted(set(statuses))}))
