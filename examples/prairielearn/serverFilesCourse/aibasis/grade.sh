#!/usr/bin/env bash
# PrairieLearn's external grading entrypoint (see the question's info.json): lays the student's files out as the
# exercise expects, grades them with the grader built into the image (Dockerfile at the repository's root) and
# leaves PrairieLearn's results in /grade/results/results.json. Usage: grade.sh EXERCISE-ID
# GRADE_ROOT, GRADER_COURSE and GRADER stand for /grade, the image's course and its grader, to try it elsewhere.
set -uo pipefail
exercise="$1"
grade="${GRADE_ROOT:-/grade}"
course="${GRADER_COURSE:-/opt/grader/course}"
grader="${GRADER:-grader}"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
submission="$work/student"
out="$work/out"
mkdir -p "$grade/results"
# PrairieLearn hands the files over flat in /grade/student; the exercise lists where each belongs (exercise.yaml)
while read -r file; do
  name=$(basename "$file")
  if [ -f "$grade/student/$name" ]; then
    install -D -m 644 "$grade/student/$name" "$submission/$exercise/$file"
  fi
done < <(sed -n 's/^  - //p' "$course/exercises/$exercise/exercise.yaml")
"$grader" grade "$submission" --exercise "$exercise" --out "$out" --format prairielearn --no-color
if [ -s "$out/results.json" ]; then
  cp "$out/results.json" "$grade/results/results.json"
else
  # the grader itself failed (its message is in the job's output): not the student's fault, so not gradable
  printf '%s\n' '{"gradable": false, "format_errors": ["The autograder could not run; please tell the course staff."]}' \
    > "$grade/results/results.json"
fi
