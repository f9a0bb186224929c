package org.supcert.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A Z3 that fails during "check" (every solver given a parameter Z3 rejects, through the poly
 * package's test seam) gives UNKNOWN with Z3's reason and the exit code of UNKNOWN, not an
 * internal error (exit 4) and never a verdict. nested.json is CLOSED only through the Z3
 * full-space query; probe-twin-rows.json is NOT CLOSED only through a Z3 probe certificate.
 */
class SolverTroubleCheckTest {
    @AfterEach
    void healTheSolver() throws ReflectiveOperationException {
        seam().set(null, null);
    }

    @Test
    void aFailingSolverMakesProbeDecidedSupportsUnknownWithTheReason() throws ReflectiveOperationException {
        for (String name : new String[] {"nested.json", "probe-twin-rows.json"}) {
            seam().set(null, "supcert_no_such_parameter");
            CliRun r = CliRun.of("check", CheckCommandTest.CASES.resolve(name).toString());
            assertEquals(ExitCodes.UNKNOWN, r.code(), r::toString);
            assertTrue(r.out().contains("UNKNOWN") && r.out().contains("Z3 failed")
                    && r.out().contains("supcert_no_such_parameter"), r::toString);
            assertTrue(r.err().isEmpty(), r::toString);
            seam().set(null, null);
            CliRun healed = CliRun.of("check", CheckCommandTest.CASES.resolve(name).toString());
            assertTrue(healed.code() == ExitCodes.OK || healed.code() == ExitCodes.NOT_CLOSED, healed::toString);
        }
    }

    private static Field seam() throws ReflectiveOperationException {
        Field f = Class.forName("org.supcert.poly.Z3Session").getDeclaredField("faultyParameterForTests");
        f.setAccessible(true);
        return f;
    }
}
