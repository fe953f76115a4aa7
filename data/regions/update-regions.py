#!/usr/bin/env python3
"""Regenerate regions.csv from the idn-area-data npm package.

Usage:
    npm pack idn-area-data@4.0.1 && tar xzf idn-area-data-4.0.1.tgz
    python3 update-regions.py package [-o regions.csv]

PACKAGE_DIR is the extracted package directory (the one holding
data/provinces.csv and data/regencies.csv); the data directory itself is
accepted too.  Standard library only.

Output: UTF-8, LF line ends, header `code,kind,name,province_code`, one row
per province (kind `provinsi`) and per kabupaten/kota, sorted by code.

Names are re-cased to Indonesian title case (the package has shipped both
UPPER CASE and Title Case names), then a short table of reviewed spelling
fixes is applied.  Each fix is guarded by the source spelling it replaces:
if a newer package spells the name differently, the fix is skipped and a
warning is printed so that the table can be reviewed.

Exit status is non-zero on any structural error (bad code, kind that
disagrees with the code range, unknown province, duplicate code).  A count
that differs from 38 provinces / 416 kabupaten / 98 kota
(Kepmendagri 300.2.2-2430/2025) is only reported as a warning, since a newer
decree may legitimately change it.
"""

import argparse
import csv
import os
import re
import sys

EXPECTED = {"provinsi": 38, "kabupaten": 416, "kota": 98}

# Words kept in a fixed spelling whatever the case of the input.
FIXED_WORDS = {
    "DKI": "DKI",
    "DI": "DI",
    "DAN": "dan",  # conjunction: lower case except as first word
}
ROMAN = re.compile(r"^(?=[IVXLC]{2,}$)C{0,3}(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$")

# code -> (source spelling it replaces, official spelling).  Keep this short
# and reviewed; every entry changes only letters' spacing/hyphenation or
# spells out an abbreviation, so the source spelling still matches through a
# normaliser that drops non-alphanumerics (or through aliases.csv).
OVERRIDES = {
    # Provinces: usual short official forms.
    "31": ("Daerah Khusus Ibukota Jakarta", "DKI Jakarta"),
    "34": ("Daerah Istimewa Yogyakarta", "DI Yogyakarta"),
    # Kemendagri code lists write these as separate words; the regions'
    # own legal name is written as below.
    "62.71": ("Kota Palangkaraya", "Kota Palangka Raya"),
    "72.09": ("Kabupaten Tojo Una Una", "Kabupaten Tojo Una-Una"),
    "74.72": ("Kota Bau Bau", "Kota Baubau"),
    "92.03": ("Kabupaten Fak Fak", "Kabupaten Fakfak"),
}


def title_word(word, first):
    parts = []
    for i, part in enumerate(word.split("-")):
        up = part.upper()
        if up in FIXED_WORDS:
            fixed = FIXED_WORDS[up]
            if fixed.islower() and first and i == 0:
                fixed = fixed.capitalize()
            parts.append(fixed)
        elif ROMAN.match(up):
            parts.append(up)
        else:
            parts.append(part[:1].upper() + part[1:].lower())
    return "-".join(parts)


def title_case(name):
    words = name.split()
    return " ".join(title_word(w, i == 0) for i, w in enumerate(words))


def kind_of(code, name):
    """Kind from the name prefix, checked against the code range."""
    lower = name.lower()
    if lower.startswith("kabupaten "):
        kind = "kabupaten"
    elif lower.startswith("kota "):
        kind = "kota"
    else:
        raise ValueError(f"{code} {name!r}: name starts with neither Kabupaten nor Kota")
    number = int(code.split(".")[1])
    if kind == "kabupaten" and not 1 <= number <= 69:
        raise ValueError(f"{code} {name!r}: kabupaten code outside 01-69")
    if kind == "kota" and not 71 <= number <= 99:
        raise ValueError(f"{code} {name!r}: kota code outside 71-99")
    return kind


def read_csv(path):
    with open(path, encoding="utf-8-sig", newline="") as f:
        return list(csv.DictReader(f))


def find_data_dir(path):
    for cand in (os.path.join(path, "data"), path):
        if os.path.isfile(os.path.join(cand, "provinces.csv")) and \
           os.path.isfile(os.path.join(cand, "regencies.csv")):
            return cand
    sys.exit(f"error: no provinces.csv/regencies.csv under {path}")


def fix_name(code, name, warnings):
    name = title_case(" ".join(name.split()))
    if code in OVERRIDES:
        source, official = OVERRIDES[code]
        if name == source:
            return official
        if name != official:
            warnings.append(f"override for {code} expects {source!r}, source has {name!r}; not applied")
    return name


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("package_dir", help="extracted idn-area-data package directory")
    ap.add_argument("-o", "--output", default=os.path.join(here, "regions.csv"))
    args = ap.parse_args()

    data = find_data_dir(args.package_dir)
    errors, warnings, rows = [], [], []
    seen = set()

    provinces = {}
    for r in read_csv(os.path.join(data, "provinces.csv")):
        code = r["code"].strip()
        if not re.fullmatch(r"\d{2}", code):
            errors.append(f"bad province code {code!r}")
            continue
        name = fix_name(code, r["name"], warnings)
        provinces[code] = name
        rows.append((code, "provinsi", name, ""))

    for r in read_csv(os.path.join(data, "regencies.csv")):
        code = r["code"].strip()
        prov = r["province_code"].strip()
        if not re.fullmatch(r"\d{2}\.\d{2}", code):
            errors.append(f"bad regency code {code!r}")
            continue
        if prov != code[:2]:
            errors.append(f"{code}: province_code {prov!r} does not match code")
        if prov not in provinces:
            errors.append(f"{code}: unknown province {prov!r}")
        name = fix_name(code, r["name"], warnings)
        try:
            kind = kind_of(code, name)
        except ValueError as e:
            errors.append(str(e))
            continue
        rows.append((code, kind, name, prov))

    for code, *_ in rows:
        if code in seen:
            errors.append(f"duplicate code {code}")
        seen.add(code)

    for w in warnings:
        print("warning:", w, file=sys.stderr)
    if errors:
        for e in errors:
            print("error:", e, file=sys.stderr)
        sys.exit(1)

    rows.sort(key=lambda row: row[0])
    with open(args.output, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
        w.writerow(["code", "kind", "name", "province_code"])
        w.writerows(rows)

    aliases = os.path.join(os.path.dirname(os.path.abspath(args.output)), "aliases.csv")
    if os.path.isfile(aliases):
        for a in read_csv(aliases):
            if a["code"] not in seen:
                print(f"warning: aliases.csv: {a['code']} ({a['alias']}) is not in the new list",
                      file=sys.stderr)

    counts = {k: sum(1 for r in rows if r[1] == k) for k in EXPECTED}
    print(f"{args.output}: {counts['provinsi']} provinsi, {counts['kabupaten']} kabupaten, "
          f"{counts['kota']} kota ({counts['kabupaten'] + counts['kota']} kabupaten/kota)")
    for k, n in EXPECTED.items():
        if counts[k] != n:
            print(f"warning: {counts[k]} {k}, expected {n} (Kepmendagri 300.2.2-2430/2025)",
                  file=sys.stderr)


if __name__ == "__main__":
    main()
