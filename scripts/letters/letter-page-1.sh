#!/usr/bin/env bash
# Draws page 1 of the urgent appeal Vigil writes for its sample case into docs/letter-page-1.png
# (README, "Letters"): the test that drafts the sample case's letter through the real drafting code,
# approves it and reads its PDF also renders page 1 with PDFBox when given where to put the picture.
# Run from the repository root; the render times are in the benchmark (docs/benchmarks.md, "Drafting").
set -euo pipefail
target="$(pwd)/${1:-docs/letter-page-1.png}"
mvn -B -ntp -q test -Djava.awt.headless=true -Dvigil.letters.picture="$target" \
	-Dtest='UrgentAppealDraftingTests#pageOneOfTheSampleCasesApprovedLetterOpensWithTheReferenceTheAddresseeAndTheRequest'
echo "page 1 written to $target"
