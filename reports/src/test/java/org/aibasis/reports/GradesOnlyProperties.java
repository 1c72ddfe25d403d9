package org.aibasis.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.aibasis.grader.model.Language;
import org.aibasis.grader.model.SubmissionResult;

/**
 * A batch holds its class as grades only ({@link SubmissionResult#gradesOnly}) for the class's reports: they
 * must come out exactly as they would from the full results.
 */
class GradesOnlyProperties {
    @Property(seed = "7345101", tries = 200, edgeCases = EdgeCasesMode.NONE)
    void classReportsReadNothingThatGradesOnlyLeavesOut(@ForAll("classes") List<SubmissionResult> full) {
        List<SubmissionResult> grades = full.stream().map(SubmissionResult::gradesOnly).toList();
        for (Language language : Language.values()) {
            assertThat(ClassReportHtml.render(grades, language)).isEqualTo(ClassReportHtml.render(full, language));
        }
        assertThat(GradebookCsv.render(grades)).isEqualTo(GradebookCsv.render(full));
    }

    @Provide
    Arbitrary<List<SubmissionResult>> classes() {
        return new ResultJsonProperties().results().list().ofMaxSize(6);
    }
}
