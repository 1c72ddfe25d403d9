package course.mdp;

// A half-written file the exercise does not list: it does not compile, and the grader must not read it.
class Scratch {
    int unfinished =
