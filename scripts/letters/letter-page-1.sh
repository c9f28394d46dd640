#!/usr/bin/env bash
# Draws page 1 of the sample urgent appeal into docs/letter-page-1.png (README, "Letters") and prints
# the bare PDF render time of the sample letter. Run from the repository root.
set -euo pipefail
mvn -B -ntp -q test-compile
mvn -B -ntp -q dependency:build-classpath -Dmdep.outputFile=target/letters-classpath.txt -Dmdep.includeScope=test
java -Djava.awt.headless=true -cp "target/test-classes:target/classes:$(cat target/letters-classpath.txt)" \
	org.vigil.letters.internal.LetterPagePicture "${1:-docs/letter-page-1.png}"
