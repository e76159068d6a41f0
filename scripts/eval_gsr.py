#!/usr/bin/env python3
"""Sentence-level check against the OEDA Arabic event gold standard (GSR).

For every sentence labelled for ASSAULT or PROTEST, does eventx report an
incident of that family (modality asserted or claimed)?  Prints the share of
`yes` sentences that get one (recall-like) and of unanimous `easy no`
sentences that get one (false-alarm-like), and with --errors lists examples.

    python scripts/eval_gsr.py ../shared/gold/gsr_dev.jsonl [--errors 20]
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import Counter

import eventx
from eventx.records import INCIDENT_MODALITIES

FAMILIES = {
    "ASSAULT": {"attack", "armed_clash", "rocket_strike", "air_strike", "bombing", "killing",
                "abduction"},
    "PROTEST": {"protest"},
}
SPECIFIC = INCIDENT_MODALITIES


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("gsr")
    ap.add_argument("--errors", type=int, default=0)
    a = ap.parse_args()
    tally: Counter[tuple[str, str, bool]] = Counter()
    errors: list[tuple[str, str, str]] = []
    for line in open(a.gsr, encoding="utf-8"):
        row = json.loads(line)
        types = {e.type for e in eventx.extract(row["text"]) if e.modality in SPECIFIC}
        for fam, lab in row["labels"].items():
            fired = bool(types & FAMILIES[fam])
            tally[(fam, lab["label"], fired)] += 1
            if (lab["label"] == "yes") != fired and lab["label"] in ("yes", "easy no"):
                errors.append((fam, lab["label"], row["text"][:160]))
    for fam in FAMILIES:
        for lab in ("yes", "easy no", "difficult no", "ambiguous"):
            n = tally[(fam, lab, True)] + tally[(fam, lab, False)]
            if n:
                share = tally[(fam, lab, True)] / n
                print(f"{fam:8} {lab:13} n={n:4}  with an incident: {share:6.1%}")
    for fam, lab, text in errors[: a.errors]:
        print(f"{fam}\t{lab}\t{text}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
