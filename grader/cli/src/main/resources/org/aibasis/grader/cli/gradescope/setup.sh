#!/usr/bin/env bash
# Gradescope runs this once, as root, in /autograder/source when it builds the autograder's image (with network):
# it installs a JDK >= 21 and checks that the grader starts, so that grading itself needs no network.
# Written by `bin/grader package gradescope`.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)

jdk_version() {
  "$1/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = //p'
}

find_jdk() {
  local j v
  for j in /usr/lib/jvm/*; do
    [ -x "$j/bin/javac" ] || continue
    v=$(jdk_version "$j")
    if [ -n "$v" ] && [ "${v%%.*}" -ge 21 ]; then
      echo "$j"
      return 0
    fi
  done
  return 1
}

if ! jdk=$(find_jdk); then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update
  # Ubuntu 22.04 and 24.04 (Gradescope's base images) package OpenJDK 21; elsewhere use the Temurin repository
  if ! apt-get install -y --no-install-recommends openjdk-21-jdk-headless; then
    apt-get install -y --no-install-recommends ca-certificates gpg wget
    wget -qO - https://packages.adoptium.net/artifactory/api/gpg/key/public | gpg --dearmor \
      > /usr/share/keyrings/adoptium.gpg
    codename=$(. /etc/os-release && echo "$VERSION_CODENAME")
    echo "deb [signed-by=/usr/share/keyrings/adoptium.gpg] https://packages.adoptium.net/artifactory/deb $codename main" \
      > /etc/apt/sources.list.d/adoptium.list
    apt-get update
    apt-get install -y --no-install-recommends temurin-21-jdk
  fi
  jdk=$(find_jdk)
fi
echo "$jdk" > "$here/java-home"
chmod +x "$here/run_autograder"
# fails the image build here, not a student's submission later, if the grader or the course cannot start
cp=$(printf '%s:' "$here"/grader/lib/*.jar)
"$jdk/bin/java" -Dgrader.home="$here/course" -cp "${cp%:}" org.aibasis.grader.cli.Main list >/dev/null
echo "JDK: $jdk; the grader starts."
