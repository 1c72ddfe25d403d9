package org.aibasis.grader.score;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.aibasis.grader.run.TestRef;

/**
 * A test plan as bytes, so that a command that only needs the plan ({@code list}, the points of a submission that
 * cannot be graded) reads it from the compile cache instead of loading the suite and asking JUnit to discover it.
 */
public final class PlanFile {
    private PlanFile() {
    }

    public static byte[] encode(List<PlannedTest> plan) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(plan.size());
            for (PlannedTest t : plan) {
                out.writeUTF(t.ref().uniqueId());
                out.writeUTF(t.ref().className());
                out.writeUTF(t.ref().name());
                out.writeUTF(t.displayName());
                out.writeDouble(t.points());
                out.writeUTF(t.hints().en());
                out.writeUTF(t.hints().zh());
                out.writeUTF(t.hints().timeout());
                out.writeUTF(t.hints().timeoutZh());
                out.writeInt(t.dependsOn().size());
                for (String d : t.dependsOn()) {
                    out.writeUTF(d);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory does not fail", e);
        }
        return bytes.toByteArray();
    }

    /** The plan {@link #encode} wrote; empty when the bytes are not one (the caller then discovers it again). */
    public static Optional<List<PlannedTest>> decode(byte[] bytes) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
            int count = in.readInt();
            List<PlannedTest> plan = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                TestRef ref = new TestRef(in.readUTF(), in.readUTF(), in.readUTF());
                String displayName = in.readUTF();
                double points = in.readDouble();
                Hints hints = new Hints(in.readUTF(), in.readUTF(), in.readUTF(), in.readUTF());
                List<String> dependsOn = new ArrayList<>();
                for (int d = in.readInt(); d > 0; d--) {
                    dependsOn.add(in.readUTF());
                }
                plan.add(new PlannedTest(ref, displayName, points, hints, dependsOn));
            }
            return in.read() == -1 ? Optional.of(List.copyOf(plan)) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
