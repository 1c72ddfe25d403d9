#!/usr/bin/env python3
"""The grading benchmark (issue 11): a generated class graded four ways, side by side, in one run.

  (a) bin/grader batch of the whole class, with --jobs 1 and --jobs J, and with --jobs J on a class a fifth as
      large (its first submissions), for peak memory against class size
  (b) one bin/grader grade process per submission (a sample)
  (c) a Maven build + Surefire run per submission and exercise, on the same sources and hidden tests (a smaller
      sample; offline, resolving only from the local ~/.m2)
  (d) the hidden tests' own time: the test case times Surefire reports for the same sample (every hidden test
      class, *Tests and *Properties: Surefire's default includes would leave the property classes out; jqwik
      configured as the grader's workers configure it: 100 tries by default, shrinking bounded by half the limit)

Prints throughput, latency (p50, p95), peak memory (proportional set size of the process tree), the platform's overhead
(everything but (d)) as a share, the ratios a/c and b/c and the scaling from --jobs 1 to --jobs J, and writes all
of it as JSON. Run: bin/bench [--submissions 100] [--seed 42] [--grade-sample 10] [--maven-sample 3]

The Maven sample is part of the grade sample, and every figure set beside (d) is taken on the same submissions:
the overhead share is 1 - (d) / (their latency in batch --jobs 1, where one submission at a time has the machine),
the grade process's excess is its wall time minus (d), and minus the same submissions' tests' own time as our
workers measured it in batch --jobs 1 (one submission at a time).
"""
import argparse
import json
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "examples" / "class"
# a student's infinite loop waits out its time limit in the grader, and forever under Surefire (no timeout there)
LEFT_OUT = {"eli-infinite-loop"}


def exercises():
    return sorted(p.name for p in (ROOT / "exercises").iterdir()
                  if (p / "exercise.yaml").is_file())


def generate(dest, n, seed):
    """n submissions; each exercise taken from a randomly chosen sample student who has it (or left out)."""
    rng = random.Random(seed)
    versions = {e: sorted(s for s in SAMPLE.iterdir() if s.name not in LEFT_OUT and (s / e).is_dir())
                for e in exercises()}
    for i in range(n):
        sub = dest / f"s{i:03d}"
        sub.mkdir(parents=True)
        for e, students in versions.items():
            pick = rng.choice(students + [None]) if students else None
            if pick is not None:
                shutil.copytree(pick / e, sub / e)
    return sorted(dest.iterdir())


class Peak:
    """Samples the memory of a process and all its descendants every 50 ms; keeps the maximum. A process counts
    with its proportional set size (Linux: /proc/PID/smaps_rollup), in which a page shared by several processes
    counts once in all (resident sizes would count the start-up archive once for every worker that maps it)."""

    def __init__(self, pid):
        self.pid, self.peak, self._stop = pid, 0, threading.Event()
        self._t = threading.Thread(target=self._run, daemon=True)
        self._t.start()

    def _tree(self):
        """The process and its descendants, less a child that has not yet run a program of its own: between the
        fork and the exec it shares its parent's memory (the same address space, for Java's posix_spawn), and
        counting it would count that memory twice."""
        children, image = {}, {}
        for d in os.listdir("/proc"):
            if d.isdigit():
                try:
                    with open(f"/proc/{d}/stat") as f:
                        fields = f.read().rsplit(")", 1)[1].split()
                    children.setdefault(int(fields[1]), []).append(int(d))
                    image[int(d)] = (fields[23], fields[25])  # startcode, startstack
                except (OSError, ValueError, IndexError):
                    pass
        out, todo = [], [(self.pid, None)]
        while todo:
            p, parent = todo.pop()
            if parent is None or image.get(p) != image.get(parent):
                out.append(p)
            todo.extend((c, p) for c in children.get(p, []))
        return out

    @staticmethod
    def _size(pid):
        for file, field in ((f"/proc/{pid}/smaps_rollup", "Pss:"), (f"/proc/{pid}/status", "VmRSS:")):
            try:
                with open(file) as f:
                    for line in f:
                        if line.startswith(field):
                            return int(line.split()[1]) * 1024
            except OSError:
                pass
        return 0

    def _run(self):
        while not self._stop.is_set():
            self.peak = max(self.peak, sum(self._size(p) for p in self._tree()))
            time.sleep(0.05)

    def stop(self):
        self._stop.set()
        self._t.join()
        return self.peak


CPU = {}


def timed(cmd, cwd=ROOT, env=None):
    """Wall seconds, peak bytes, exit code of a command; its output goes to a log kept for a failure. The CPU
    seconds of the whole process tree (children the JVMs waited for included) are kept in CPU[last]."""
    log = tempfile.TemporaryFile()
    start = time.monotonic()
    p = subprocess.Popen(cmd, cwd=cwd, stdout=log, stderr=subprocess.STDOUT, env=env)
    peak = Peak(p.pid)
    _, status, usage = os.wait4(p.pid, 0)
    code = os.waitstatus_to_exitcode(status)
    p.returncode = code
    CPU["last"] = usage.ru_utime + usage.ru_stime
    wall = time.monotonic() - start
    mem = peak.stop()
    if code not in (0, 1):
        log.seek(0)
        sys.stderr.write(f"warning: {' '.join(map(str, cmd))} exited {code}:\n"
                         + log.read().decode(errors="replace")[-2000:] + "\n")
    return wall, mem, code


def pct(values, q):
    v = sorted(values)
    return v[min(len(v) - 1, max(0, int(round(q * (len(v) - 1)))))] if v else None


def maven_project(sub, exercise, dest):
    """One exercise of one submission as a plain Maven project: skeleton and support classes overwritten by the
    student's files, the hidden tests (with the grader API and testkit sources) as test sources."""
    main, test = dest / "src/main/java", dest / "src/test/java"
    spec = (ROOT / "exercises" / exercise / "exercise.yaml").read_text()
    uses = []
    limit = 10  # the time limit of an exercise that sets none (Course)
    for line in spec.splitlines():
        if line.startswith("uses:"):
            uses = [u.strip() for u in line.split(":", 1)[1].strip(" []").split(",") if u.strip()]
        elif line.startswith("timeLimitSeconds:"):
            limit = int(line.split(":", 1)[1].strip())
    shutil.copytree(ROOT / "exercises" / exercise / "src", main, dirs_exist_ok=True)
    for lib in uses:
        shutil.copytree(ROOT / "exercises/shared" / lib / "src", main, dirs_exist_ok=True)
        if (ROOT / "solutions/shared" / lib / "test").is_dir():
            shutil.copytree(ROOT / "solutions/shared" / lib / "test", test, dirs_exist_ok=True)
    shutil.copytree(sub / exercise / "src", main, dirs_exist_ok=True)
    shutil.copytree(ROOT / "solutions" / exercise / "test", test, dirs_exist_ok=True)
    shutil.copytree(ROOT / "grader/api/src/main/java", test, dirs_exist_ok=True)
    shutil.copytree(ROOT / "grader/testkit/src/main/java", test, dirs_exist_ok=True)
    if (ROOT / "grader/testkit/src/main/resources").is_dir():
        shutil.copytree(ROOT / "grader/testkit/src/main/resources", dest / "src/test/resources", dirs_exist_ok=True)
    (dest / "pom.xml").write_text(POM.replace("@ID@", exercise))
    # jqwik as the grader's workers configure it (Grader, TestExecutor): 100 tries where a property sets none, and
    # shrinking bounded by half the exercise's time limit; jqwik's own defaults (1000 tries, 10 s of shrinking)
    # would make the tests' own time that of other tests
    (dest / "src/test/resources").mkdir(parents=True, exist_ok=True)
    (dest / "src/test/resources/junit-platform.properties").write_text(
        "jqwik.tries.default=100\n"
        f"jqwik.shrinking.bounded.seconds={max(1, limit // 2)}\n"
        "jqwik.database=\n"
        "jqwik.failures.runfirst=false\n"
        "jqwik.reporting.onlyfailures=true\n")


POM = """<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>org.aibasis.bench</groupId><artifactId>@ID@</artifactId><version>0</version>
  <properties>
    <maven.compiler.release>21</maven.compiler.release>
    <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>
  </properties>
  <dependencyManagement><dependencies><dependency>
    <groupId>org.junit</groupId><artifactId>junit-bom</artifactId><version>5.14.4</version>
    <type>pom</type><scope>import</scope>
  </dependency></dependencies></dependencyManagement>
  <dependencies>
    <dependency><groupId>org.junit.jupiter</groupId><artifactId>junit-jupiter</artifactId><scope>test</scope></dependency>
    <dependency><groupId>net.jqwik</groupId><artifactId>jqwik</artifactId><version>1.9.3</version><scope>test</scope></dependency>
    <dependency><groupId>org.assertj</groupId><artifactId>assertj-core</artifactId><version>3.27.7</version><scope>test</scope></dependency>
  </dependencies>
  <build><plugins>
    <plugin><groupId>org.apache.maven.plugins</groupId><artifactId>maven-compiler-plugin</artifactId><version>3.14.0</version></plugin>
    <plugin><groupId>org.apache.maven.plugins</groupId><artifactId>maven-resources-plugin</artifactId><version>3.3.1</version></plugin>
    <plugin><groupId>org.apache.maven.plugins</groupId><artifactId>maven-surefire-plugin</artifactId><version>3.5.6</version>
      <configuration><testFailureIgnore>true</testFailureIgnore>
        <includes><include>**/*Tests.java</include><include>**/*Properties.java</include></includes>
        <systemPropertyVariables><jqwik.database></jqwik.database></systemPropertyVariables></configuration></plugin>
  </plugins></build>
</project>
"""


def surefire_seconds(project):
    total = 0.0
    for f in (project / "target/surefire-reports").glob("TEST-*.xml"):
        for case in ET.parse(f).getroot().iter("testcase"):
            total += float(case.get("time") or 0)
    return total


def tests_in_results(folder):
    """The tests' own time as our workers measured it: the durations in the submission's result.json."""
    f = folder / "result.json"
    if not f.is_file():
        return 0.0
    r = json.loads(f.read_text())
    return sum(t.get("durationMs", 0) for e in r["exercises"] for t in e["tests"]) / 1000


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--submissions", type=int, default=100)
    ap.add_argument("--seed", type=int, default=42)
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--grade-sample", type=int, default=10, help="submissions graded one process each (b)")
    ap.add_argument("--maven-sample", type=int, default=3, help="submissions built with Maven (c, d)")
    ap.add_argument("--out", type=Path, default=ROOT / "bench" / "latest.json")
    ap.add_argument("--work", type=Path, default=None, help="scratch folder (default: a temporary one)")
    args = ap.parse_args()
    grader = str(ROOT / "bin" / "grader")
    work = args.work or Path(tempfile.mkdtemp(prefix="grader-bench-"))
    subs = generate(work / "class", args.submissions, args.seed)
    rng = random.Random(args.seed + 1)
    grade_sample = sorted(rng.sample(subs, min(args.grade_sample, len(subs))))
    # the Maven sample is part of the grade sample, so that (b) and (c) are set beside (d) on the same submissions
    maven_sample = sorted(rng.sample(grade_sample, min(args.maven_sample, len(grade_sample))))
    load = os.getloadavg()
    print(f"class of {len(subs)} submissions (seed {args.seed}) in {work}; load average {load[0]:.1f}",
          file=sys.stderr)

    # warm-up, not measured: builds the grader if needed, fills the compile cache, trains the start-up archive
    timed([grader, "list"])
    timed([grader, "grade", str(subs[0]), "--out", str(work / "warm"), "--force"])
    jvm = Path(os.environ.get("AIBASIS_GRADER_CACHE") or
               Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "aibasis-grader") / "jvm"
    for _ in range(240):
        if any(jvm.glob("worker-*.aot")) or any(jvm.glob("worker-*.jsa")) or not any(jvm.glob("*.training")):
            break
        time.sleep(1)
    archive = sorted(p.name for p in list(jvm.glob("worker-*.aot")) + list(jvm.glob("worker-*.jsa")))

    results = {"machine": {"cpus": os.cpu_count(), "loadAverageAtStart": load, "uname": " ".join(os.uname()),
                           "java": subprocess.run(["bash", "-c", 'source bin/find-jdk && find_jdk'], cwd=ROOT,
                                                  capture_output=True, text=True).stdout.strip()},
               "class": {"submissions": len(subs), "seed": args.seed, "leftOut": sorted(LEFT_OUT)},
               "startupArchive": archive}

    # (a) batch, --jobs 1 and --jobs J
    batch = {}
    for jobs in sorted({1, args.jobs}):
        out = work / f"batch-{jobs}"
        tj = work / f"batch-{jobs}-timings.json"
        wall, mem, code = timed([grader, "batch", str(work / "class"), "--out", str(out), "--jobs", str(jobs),
                                 "--no-color", "--timings-json", str(tj)])
        t = json.loads(tj.read_text()) if tj.is_file() else {"submissionsMs": [], "phasesMs": {}}
        lat = [ms / 1000 for ms in t["submissionsMs"]]
        batch[jobs] = {"wallSeconds": wall, "peakMemoryBytes": mem, "exit": code,
                       "cpuSecondsPerSubmission": CPU["last"] / len(subs),
                       "perSubmissionSeconds": wall / len(subs), "throughputPerMinute": 60 * len(subs) / wall,
                       "latencyP50": pct(lat, .5), "latencyP95": pct(lat, .95), "phasesMs": t["phasesMs"]}
        print(f"(a) batch --jobs {jobs}: {wall:.1f} s, {wall / len(subs):.2f} s/submission, peak "
              f"{mem / 2**20:.0f} MiB", file=sys.stderr)
    results["batch"] = {str(k): v for k, v in batch.items()}

    # peak memory against class size: the same batch on a class a fifth as large (its first submissions)
    small = work / "class-small"
    for sub in subs[:max(1, len(subs) // 5)]:
        shutil.copytree(sub, small / sub.name)
    _, small_mem, _ = timed([grader, "batch", str(small), "--out", str(work / "batch-small"), "--jobs",
                             str(args.jobs), "--no-color"])
    n_small = len(list(small.iterdir()))
    results["memory"] = {"submissions": [n_small, len(subs)],
                         "peakMemoryBytes": [small_mem, batch[args.jobs]["peakMemoryBytes"]],
                         "ratioLargeOverSmall": batch[args.jobs]["peakMemoryBytes"] / small_mem}
    print(f"(a') batch --jobs {args.jobs} of {n_small} submissions: peak {small_mem / 2**20:.0f} MiB, "
          f"{len(subs)} submissions: {batch[args.jobs]['peakMemoryBytes'] / 2**20:.0f} MiB", file=sys.stderr)

    # (b) one grade process per submission, by default (its exercises over --jobs workers) and with --jobs 1,
    # taking turns submission by submission so that both see the same machine
    walls, mems, cpus, grade_wall, walls1, cpus1 = [], [], [], {}, [], []
    for s in grade_sample:
        wall, mem, _ = timed([grader, "grade", str(s), "--out", str(work / "grade" / s.name), "--no-color"])
        grade_wall[s.name] = wall
        walls.append(wall)
        mems.append(mem)
        cpus.append(CPU["last"])
        wall, _, _ = timed([grader, "grade", str(s), "--out", str(work / "grade-1" / s.name), "--no-color",
                            "--jobs", "1"])
        walls1.append(wall)
        cpus1.append(CPU["last"])
    # the tests' own time of each, as our workers measured it one submission at a time (batch --jobs 1)
    solo = [tests_in_results(work / "batch-1" / s.name) for s in grade_sample]
    results["gradeProcess"] = {"sample": len(walls), "meanSeconds": statistics.mean(walls),
                               "cpuSecondsPerSubmission": statistics.mean(cpus),
                               "latencyP50": pct(walls, .5), "latencyP95": pct(walls, .95),
                               "peakMemoryBytes": max(mems),
                               "testsOwnSecondsInBatchJobs1": statistics.mean(solo),
                               "jobs1": {"meanSeconds": statistics.mean(walls1),
                                         "cpuSecondsPerSubmission": statistics.mean(cpus1),
                                         "latencyP50": pct(walls1, .5), "latencyP95": pct(walls1, .95)}}
    print(f"(b) grade per submission: mean {statistics.mean(walls):.2f} s over {len(walls)} "
          f"(--jobs 1: {statistics.mean(walls1):.2f} s); their tests' own time {statistics.mean(solo):.2f} s",
          file=sys.stderr)

    # (c) Maven + Surefire per submission (each exercise a project), (d) the tests' own time under Surefire
    mvn_walls, mvn_mems, test_secs, mvn_cpus = [], [], [], []
    env = dict(os.environ)
    env["JAVA_HOME"] = results["machine"]["java"] if Path(results["machine"]["java"]).is_dir() else env.get(
        "JAVA_HOME", "")
    for s in maven_sample:
        wall_sum, tests, mem_max, cpu = 0.0, 0.0, 0, 0.0
        for e in sorted(p.name for p in s.iterdir()):
            proj = work / "maven" / s.name / e
            maven_project(s, e, proj)
            wall, mem, _ = timed(["mvn", "-o", "-q", "-B", "test"], cwd=proj, env=env)
            wall_sum += wall
            cpu += CPU["last"]
            mem_max = max(mem_max, mem)
            tests += surefire_seconds(proj)
        mvn_walls.append(wall_sum)
        mvn_mems.append(mem_max)
        test_secs.append(tests)
        mvn_cpus.append(cpu)
    results["maven"] = {"sample": len(mvn_walls), "offline": "mvn -o: resolved from the local ~/.m2 only",
                        "meanSeconds": statistics.mean(mvn_walls),
                        "cpuSecondsPerSubmission": statistics.mean(mvn_cpus), "latencyP50": pct(mvn_walls, .5),
                        "latencyP95": pct(mvn_walls, .95), "peakMemoryBytes": max(mvn_mems)}
    tests_per_sub = statistics.mean(test_secs)
    results["testsOwnSeconds"] = {"meanPerSubmission": tests_per_sub,
                                  "source": "sum of Surefire testcase times of the Maven sample (cold JVM)"}
    print(f"(c) maven per submission: mean {statistics.mean(mvn_walls):.2f} s over {len(mvn_walls)}; "
          f"(d) tests' own time {tests_per_sub:.2f} s", file=sys.stderr)

    # the overhead on the same submissions: their latency in `batch --jobs 1` (one at a time, so latency is the
    # core time they took) against the tests' own time under Surefire
    lat1 = json.loads((work / "batch-1-timings.json").read_text()).get("submissionMsByName", {})
    same = [(lat1[s.name] / 1000, d) for s, d in zip(maven_sample, test_secs) if s.name in lat1]
    ours = [solo[grade_sample.index(s)] for s in maven_sample]
    results["testsOwnSeconds"]["inOurWorkersPerSubmission"] = statistics.mean(ours)
    results["testsOwnSeconds"]["batchLatencyOfTheSameSubmissions"] = statistics.mean(l for l, _ in same)
    j = batch[args.jobs]
    c = statistics.mean(mvn_walls)
    results["summary"] = {
        "batchOverheadShare": max(0.0, 1 - sum(d for _, d in same) / sum(l for l, _ in same)) if same else None,
        "gradeProcessOverSeconds": statistics.mean(grade_wall[s.name] - d for s, d in zip(maven_sample, test_secs)),
        "gradeProcessOverOurTestsSeconds": statistics.mean(walls) - statistics.mean(solo),
        "gradeProcessJobs1OverOurTestsSeconds": statistics.mean(walls1) - statistics.mean(solo),
        "ratioBatchOverMaven": j["perSubmissionSeconds"] / c,
        "ratioGradeOverMaven": statistics.mean(walls) / c,
        "ratioBatchOverMavenSameSubmissions": sum(l for l, _ in same) / sum(mvn_walls) if same else None,
        "cpuRatioBatchOverMaven": j["cpuSecondsPerSubmission"] / statistics.mean(mvn_cpus),
        "cpuRatioGradeOverMaven": statistics.mean(cpus) / statistics.mean(mvn_cpus),
        "loadAverageAtEnd": os.getloadavg()[0],
        "speedupJobs": batch[1]["wallSeconds"] / j["wallSeconds"] if args.jobs != 1 else 1.0,
        "peakMemoryLargeOverSmallClass": results["memory"]["ratioLargeOverSmall"],
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(results, indent=2) + "\n")
    sm = results["summary"]
    print(json.dumps(sm, indent=2))
    print(f"written {args.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
