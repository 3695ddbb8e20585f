# Walks every event of an export with its arguments (the README shows this file).
import json
from collections import defaultdict

with open("corpus.jsonl", encoding="utf-8") as f:
    for line in f:
        doc = json.loads(line)
        text = doc["text"]
        spans = {s["id"]: s for s in doc["spans"]}
        arguments = defaultdict(list)
        for r in doc["relations"]:
            arguments[r["head"]].append((r["label"], spans[r["child"]]))
        for s in doc["spans"]:
            # Offsets are code points: Python slices the text as the export counts.
            assert text[s["start"]:s["end"]] == s["text"]
            if s["label"] != "EVENT":
                continue
            pieces = [text[f["start"]:f["end"]] for f in s["fragments"]] or [s["text"]]
            print(doc["id"], s["id"], " … ".join(pieces), s["attributes"])
            for role, arg in arguments[s["id"]]:
                print("   ", role, arg["label"], arg["text"], arg["attributes"])
