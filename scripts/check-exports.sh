#!/usr/bin/env bash
# Exports the default dataset in every format into a temporary folder and has real readers check
# the files: the official GEXF 1.3 XML Schema (../shared/tools/validate-gexf, when present),
# networkx for GraphML (scripts/check-graphml.py, when a python3 with networkx is present), and
# Stancegraph's own validator and importers for the JSON, GEXF and GraphML round trips.
# Prints one line per check ("gexf-dynamic ok", "graphml-networkx skipped (…)"); exits non-zero
# when any check fails. CI runs it; it needs nothing beyond Node and the npm packages itself.
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
root=$(pwd)
out=$(mktemp -d "${TMPDIR:-/tmp}/stancegraph-exports.XXXXXX")
trap 'rm -rf "$out"' EXIT
failed=0
sg() { node "$root/bin/stancegraph.js" "$@"; }
ok() { echo "$1 ok"; }
fail() { echo "$1 FAILED${2:+: $2}"; failed=1; }
skip() { echo "$1 skipped ($2)"; }

# ── export ─────────────────────────────────────────────────────────────────────────────────────
exports=(
  "gexf-dynamic gexf --all"
  "gexf-snapshot gexf --period after-2023"
  "gexf-compare gexf --compare before-2023,after-2023"
  "gexf-viz-snapshot gexf-viz --period after-2023"
  "graphml-all graphml --all"
  "graphml-snapshot graphml --period before-2023"
  "json-all json --all"
  "json-snapshot json --period after-2023"
  "graphology graphology --all"
  "csv-all csv --all"
  "svg-snapshot svg --period after-2023"
  "svg-compare svg --compare before-2023,after-2023"
)
declare -A file
for line in "${exports[@]}"; do
  read -r name format view <<<"$line"
  file[$name]="$out/$name.${format/graphology/graphology.json}"
  if sg export --format "$format" $view --out "${file[$name]}" 2>"$out/$name.log" && [ -s "${file[$name]}" ]; then ok "export-$name"
  else fail "export-$name" "$(tail -n 3 "$out/$name.log")"; fi
done
if sg export --format png >/dev/null 2>&1; then fail "png-cli" "expected exit 2 with a message"; else ok "png-cli-explains"; fi

# ── GEXF: the official XML Schema ──────────────────────────────────────────────────────────────
validator="$root/../shared/tools/validate-gexf"
for name in gexf-dynamic gexf-snapshot gexf-compare; do
  if [ ! -x "$validator" ]; then skip "$name-xsd" "no $validator"; continue; fi
  if msg=$("$validator" "${file[$name]}" 2>&1); then ok "$name-xsd"; else fail "$name-xsd" "$msg"; fi
done

# The styled variant carries viz: elements, which the official schema rejects (see
# ../shared/gexf-1.3/README.md): it is checked for well-formedness and its styling instead.
if ! command -v xmllint >/dev/null 2>&1; then skip "gexf-viz-wellformed" "no xmllint"
elif msg=$(xmllint --noout "${file[gexf-viz-snapshot]}" 2>&1) && [ "$(grep -c '<viz:position ' "${file[gexf-viz-snapshot]}")" = "$(grep -c '<node ' "${file[gexf-viz-snapshot]}")" ]; then ok "gexf-viz-wellformed"
else fail "gexf-viz-wellformed" "${msg:-not one viz:position per node}"; fi

# ── GraphML: networkx ──────────────────────────────────────────────────────────────────────────
python=""
for candidate in python3 /usr/bin/python3; do
  if command -v "$candidate" >/dev/null 2>&1 && "$candidate" -c "import networkx" >/dev/null 2>&1; then python=$candidate; break; fi
done
before=$(sg snapshot --period before-2023 --format json | node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>{const r=JSON.parse(s);console.log(r.count, [...new Set(r.relations.map(x=>x.type))].sort().join(","))})')
read -r before_count before_types <<<"$before"
if [ -z "$python" ]; then
  skip "graphml-networkx" "no python3 with networkx; Debian: apt-get install python3-networkx"
else
  if msg=$("$python" scripts/check-graphml.py "${file[graphml-all]}" --dataset graph-data/karabakh.json 2>&1); then ok "graphml-networkx"; echo "  $msg" | head -n 1
  else fail "graphml-networkx" "$msg"; fi
  if msg=$("$python" scripts/check-graphml.py "${file[graphml-snapshot]}" --edges "$before_count" --types "$before_types" 2>&1); then ok "graphml-snapshot-networkx"
  else fail "graphml-snapshot-networkx" "$msg"; fi
fi

# ── JSON, GEXF and GraphML read back by Stancegraph ────────────────────────────────────────────
# Quotes are checked against the source texts, so the exported dataset needs them beside it.
cp -r graph-data/sources "$out/sources"
for name in json-all json-snapshot; do
  if msg=$(sg validate "${file[$name]}" 2>&1); then ok "$name-validates"; else fail "$name-validates" "$msg"; fi
done
if cmp -s "${file[json-all]}" graph-data/karabakh.json || node -e '
  const fs=require("fs"); const a=JSON.parse(fs.readFileSync(process.argv[1])); const b=JSON.parse(fs.readFileSync(process.argv[2]));
  process.exit(require("util").isDeepStrictEqual(a,b)?0:1)' "${file[json-all]}" graph-data/karabakh.json; then ok "json-lossless"; else fail "json-lossless" "differs from graph-data/karabakh.json"; fi
roundtrip=$(node --import tsx -e '
  const fs = await import("node:fs"); const util = await import("node:util");
  const { importDataset } = await import(process.argv[1] + "/src/io/importDataset.ts");
  const r = importDataset(fs.readFileSync(process.argv[2], "utf8"), "karabakh_all.gexf");
  const d = JSON.parse(fs.readFileSync(process.argv[1] + "/graph-data/karabakh.json", "utf8"));
  if (!r.ok) { console.log(r.errors.map((e) => e.path + ": " + e.message).join("; ")); process.exit(1); }
  if (!util.isDeepStrictEqual(r.dataset, d)) { console.log("dataset read back differs"); process.exit(1); }
' "$root" "${file[gexf-dynamic]}" 2>&1)
if [ $? -eq 0 ]; then ok "gexf-roundtrip"; else fail "gexf-roundtrip" "$roundtrip"; fi
roundtrip=$(node --import tsx -e '
  const fs = await import("node:fs"); const util = await import("node:util");
  const { convertGraphFile } = await import(process.argv[1] + "/src/io/convert/convertFile.ts");
  const r = convertGraphFile({ text: fs.readFileSync(process.argv[2], "utf8"), fileName: "karabakh_all.graphml" });
  const d = JSON.parse(fs.readFileSync(process.argv[1] + "/graph-data/karabakh.json", "utf8"));
  if (!r.ok) { console.log(r.problems.join("; ")); process.exit(1); }
  if (!util.isDeepStrictEqual(r.dataset, d)) { console.log("dataset read back differs"); process.exit(1); }
' "$root" "${file[graphml-all]}" 2>&1)
if [ $? -eq 0 ]; then ok "graphml-roundtrip"; else fail "graphml-roundtrip" "$roundtrip"; fi

# ── CSV rows, SVG well-formedness ──────────────────────────────────────────────────────────────
rows=$(node --import tsx -e '
  const fs = await import("node:fs");
  const { parseCsv } = await import(process.argv[1] + "/src/io/csv.ts");
  console.log(parseCsv(fs.readFileSync(process.argv[2], "utf8")).length - 1);
' "$root" "${file[csv-all]}" 2>&1)
relations=$(node -e 'console.log(require(process.argv[1]).relations.length)' "$root/graph-data/karabakh.json")
if [ "$rows" = "$relations" ]; then ok "csv-rows"; else fail "csv-rows" "$rows rows, expected $relations"; fi
for name in svg-snapshot svg-compare; do
  if ! command -v xmllint >/dev/null 2>&1; then skip "$name-wellformed" "no xmllint"; continue; fi
  if msg=$(xmllint --noout "${file[$name]}" 2>&1) && grep -q "2024-04-18" "${file[$name]}" && grep -q ">Relations<" "${file[$name]}"; then ok "$name-wellformed"
  else fail "$name-wellformed" "$msg"; fi
done

exit $failed
