package course.uninformed;

/** Whether a search remembers the states it has expanded. */
public enum Mode {
    /**
     * Tree search: every path is a new node, so a state reached by two paths is expanded twice, and a cycle
     * is followed again and again.
     */
    TREE,
    /** Graph search: a state is expanded at most once; the search keeps the set of states it has seen. */
    GRAPH
}
