"""The peer of the benchmark: what a secretariat analyst would write instead of ogp-tracker.

Reads both sheets of every submission with pandas.read_excel, concatenates them and writes
one workbook with to_excel. Run as `python3 scripts/bench-pandas.py SUBMISSIONS_DIR OUT.xlsx`.
Prints the number of rows written, then the peak resident memory in KiB.
"""
import os
import resource
import sys

import pandas as pd

SHEETS = ["Actions de communication", "Jalons"]


def main(folder: str, out: str) -> None:
    frames = {name: [] for name in SHEETS}
    for file in sorted(f for f in os.listdir(folder) if f.endswith(".xlsx")):
        book = pd.read_excel(os.path.join(folder, file), sheet_name=SHEETS, engine="openpyxl")
        for name in SHEETS:
            frame = book[name]
            frame.insert(0, "Fichier", file)
            frames[name].append(frame)
    rows = 0
    with pd.ExcelWriter(out, engine="openpyxl") as writer:
        for name in SHEETS:
            merged = pd.concat(frames[name], ignore_index=True)
            rows += len(merged)
            merged.to_excel(writer, sheet_name=name[:31], index=False)
    print(rows)
    print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
