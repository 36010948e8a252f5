#!/usr/bin/env bash
# One command: convert -> spacy train -> ship model-best -> evaluate (writes training/RESULTS.md).
#   training/train.sh              # the shipped recipe (variant pages)
#   training/train.sh experiment   # also trains the "plain" and "caseaug" variants (casing comparison)
# Env: PYTHON (default /work/venv/bin/python), OMP_NUM_THREADS (default 1).
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-/work/venv/bin/python}
export OMP_NUM_THREADS=${OMP_NUM_THREADS:-1}
SHIP=pages
case "${1:-}" in
  experiment) VARIANTS="plain caseaug titles pages" ;;
  "") VARIANTS="pages" ;;
  *) echo "usage: $0 [experiment]" >&2; exit 2 ;;
esac

for v in $VARIANTS; do
  "$PY" training/convert.py --variant "$v"
  start=$(date +%s)
  "$PY" -m spacy train training/config.cfg --output "training/output-$v" \
      --paths.train "training/corpus/train-$v.spacy"
  echo "variant $v: trained in $(( $(date +%s) - start )) s"
done

"$PY" training/ship.py "training/output-$SHIP/model-best"

models=(--model "shipped (pages)=psm_extract/models/ner")
for v in $VARIANTS; do
  [ "$v" = "$SHIP" ] || models+=(--model "$v=training/output-$v/model-best")
done
"$PY" training/evaluate.py "${models[@]}" --out training/RESULTS.md
