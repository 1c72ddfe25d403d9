# The grader in a container: a JDK 21, the built grader and the course, run as a non-root user; grading needs no
# network (run it with --network none). Build: docker build -t aibasis-grader .
# Grade a class folder:
#   docker run --rm --network none -v "$PWD/class:/work/class:ro" -v "$PWD/out:/work/out" aibasis-grader \
#     batch /work/class --out /work/out
FROM maven:3.9-eclipse-temurin-21 AS build
WORKDIR /src
COPY pom.xml ./
COPY grader grader
COPY reports reports
RUN mvn -B -q -DskipTests -pl grader/cli -am package

FROM eclipse-temurin:21-jdk
RUN useradd --create-home --uid 10001 grader && mkdir -p /work && chown grader /work
COPY --from=build /src/grader/cli/target/lib/ /opt/grader/lib/
COPY --from=build /src/grader/cli/target/grader-cli.jar /opt/grader/grader-cli.jar
COPY exercises /opt/grader/course/exercises
COPY solutions /opt/grader/course/solutions
COPY quizzes /opt/grader/course/quizzes
COPY docker/grader /usr/local/bin/grader
USER grader
WORKDIR /work
ENTRYPOINT ["/usr/local/bin/grader"]
CMD ["--help"]
