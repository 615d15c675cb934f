#!/usr/bin/env python3
"""Writes the libFuzzer dictionaries in fuzz/dict/ from the repository's data.

    python3 fuzz/dict/generate.py

answers.dict: the answers and options field names and values (src/answers.rs, src/recommend.rs,
src/scoring.rs; kept by hand below), the device ids (data/devices.json) and JSON tokens.
catalog.dict: every property name and enum value of data/catalog.schema.json, the built-in
license ids, generation names, correction ids and benchmark names (data/catalog.json).
questions.dict: language tags.
"""
import json
import os

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..")
OUT = os.path.join(ROOT, "fuzz", "dict")

ANSWER_FIELDS = ["language", "tasks", "deployment", "device", "hardware", "memoryGb",
                 "contextTokens", "use", "monthlyActiveUsers", "business", "annualRevenueUsd",
                 "region", "distill", "ecosystem", "priority"]
OPTION_FIELDS = ["lang", "top", "weights", "whatIf", "catalog",
                 "efficiency", "recency", "license"]
ANSWER_VALUES = ["zh", "en", "multi", "chat", "writing", "code", "reasoning", "documents",
                 "vision", "video", "self-host", "cloud", "gpu", "apple", "cpu", "personal",
                 "research", "commercial", "other", "model-as-a-service", "ai-work-assistant",
                 "eu", "alibaba-cloud", "open-community", "none", "quality", "balanced", "speed",
                 "custom", "zh-CN", "en_US"]
JSON_TOKENS = ["{", "}", "[", "]", ":", ",", "null", "true", "false", '""', "-0", "1e308",
               "-1", "0.5", "4294967296", "18446744073709551616", "\\u0000", "\\ud800", '\\"']


def entry(s):
    """One dictionary line: the bytes of s, quoted as libFuzzer reads them."""
    out = ""
    for b in s.encode():
        c = chr(b)
        if c in '"\\':
            out += "\\" + c
        elif 32 <= b < 127:
            out += c
        else:
            out += "\\x%02X" % b
    return '"' + out + '"'


def write(name, header, words):
    seen, lines = set(), []
    for w in words:
        if w not in seen:
            seen.add(w)
            lines.append(w)
    with open(os.path.join(OUT, name), "w") as f:
        f.write(header)
        f.write("".join(l + "\n" for l in lines))


def schema_words(schema):
    keys, enums = set(), set()

    def walk(o):
        if isinstance(o, dict):
            for k, v in o.items():
                if k == "properties" and isinstance(v, dict):
                    keys.update(v.keys())
                if k == "enum":
                    enums.update(x for x in v if isinstance(x, str))
                walk(v)
        elif isinstance(o, list):
            for x in o:
                walk(x)

    walk(schema)
    return sorted(keys), sorted(enums)


def main():
    devices = json.load(open(os.path.join(ROOT, "data", "devices.json")))["devices"]
    write("answers.dict",
          "# recommend: answers and options field names, values, device ids, JSON tokens.\n"
          "# Written by fuzz/dict/generate.py.\n",
          [entry('"%s":' % k) for k in ANSWER_FIELDS + OPTION_FIELDS]
          + [entry('"%s"' % v) for v in ANSWER_VALUES + [d["id"] for d in devices]]
          + ['"\\xFF"'] + [entry(t) for t in JSON_TOKENS])
    keys, enums = schema_words(json.load(open(os.path.join(ROOT, "data", "catalog.schema.json"))))
    c = json.load(open(os.path.join(ROOT, "data", "catalog.json")))
    refs = ([l["id"] for l in c["licenses"]] + [g["name"] for g in c["generations"]]
            + [x["id"] for x in c["corrections"]]
            + sorted({b["name"] for m in c["models"] for b in m.get("benchmarks", [])}))
    write("catalog.dict",
          "# validate_catalog: catalog field names and enum values, the built-in catalog's ids\n"
          "# and names, JSON tokens. Written by fuzz/dict/generate.py.\n",
          [entry('"%s":' % k) for k in keys] + [entry('"%s"' % v) for v in enums + refs]
          + [entry(t) for t in JSON_TOKENS + ['"2026-12-02"', '"2024-02"', '"https://example.com/"']])
    write("questions.dict",
          "# questions: language tags and JSON tokens. Written by fuzz/dict/generate.py.\n",
          [entry(t) for t in ['"en"', '"zh"', '"zh-CN"', '"en_GB"', '"ZH-hant"', '"fr"', "null",
                              '"', "-", "_", "\\u0000", "\\u007a", "\\ud800", "[", "]", "{", "}"]])


if __name__ == "__main__":
    main()
