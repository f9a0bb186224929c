package org.supcert.verifier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.supcert.support.families.FamilySpec;
import org.supcert.support.io.SupportFile;
import org.supcert.support.SupportChain;

/**
 * docs/theory.md#same-input-same-verdict: a batch verified forwards, in reverse order, and while
 * busy threads slow the solver down gives the same verdict, result and reason for every support,
 * with the same work budget. The batch holds supports decided by every kind of rule, probes
 * included, and one the probes leave UNKNOWN after spending their whole budget.
 */
class SameInputSameVerdictTest {
    /** Small Z3 queries keep the test fast; the point is that the budget counts work. */
    private static final VerifierOptions OPTIONS = new VerifierOptions(600_000, 600_000, 3_000_000, 1_000_000, 20_000_000);

    @Test
    void forwardsReversedAndSlowedGiveIdenticalVerdicts() throws Exception {
        List<SupportChain> batch = new ArrayList<>();
        try (Stream<Path> cases = Files.list(Path.of("..", "cases"))) {
            for (Path p : cases.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                batch.add(SupportFile.read(p).support());
            }
        }
        for (String f : List.of("kaleidoscope:4", "ldu:4", "random:5:5:4:0.6:3", "random:6:4:5:0.5:11", "random:5:6:3:0.7:5")) {
            batch.add(FamilySpec.parse(f));
        }
        List<String> forwards = run(batch, false);
        assertTrue(forwards.stream().anyMatch(s -> s.contains("probe")), "the batch reaches the probes: " + forwards);
        assertTrue(forwards.stream().anyMatch(s -> s.contains("work budget is spent")), "some support spends its whole budget");
        assertTrue(forwards.stream().noneMatch(s -> s.contains("safety net")), "no wall-clock limit fired: " + forwards);

        List<String> reversed = run(reversedCopy(batch), false);
        Collections.reverse(reversed);
        assertEquals(forwards, reversed);

        List<String> slowed = run(batch, true);
        assertEquals(forwards, slowed);
    }

    private static List<SupportChain> reversedCopy(List<SupportChain> batch) {
        List<SupportChain> r = new ArrayList<>(batch);
        Collections.reverse(r);
        return r;
    }

    /** Verifies the batch with one verifier, optionally while two busy threads compete for the cores. */
    private static List<String> run(List<SupportChain> batch, boolean slowed) throws InterruptedException {
        AtomicBoolean stop = new AtomicBoolean();
        List<Thread> busy = new ArrayList<>();
        if (slowed) {
            for (int t = 0; t < 2; t++) {
                Thread th = new Thread(() -> {
                    long x = 0;
                    while (!stop.get()) x += System.nanoTime() % 7;
                    if (x == 42) System.identityHashCode(x); // keeps the loop from being removed
                });
                th.setDaemon(true);
                th.start();
                busy.add(th);
            }
        }
        try {
            Verifier v = new Verifier(OPTIONS);
            List<String> out = new ArrayList<>();
            for (SupportChain s : batch) {
                Verdict d = v.verify(s);
                assertFalse(d.reason().matches(".*\\b[0-9]+ ?ms\\b.*"), "a duration in a reason: " + d.reason());
                out.add(s.name() + " | " + d.status() + " | " + d.result().id() + " | " + d.reason());
            }
            return out;
        } finally {
            stop.set(true);
            for (Thread th : busy) th.join();
        }
    }
}
