package org.supcert.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.supcert.support.Mask;

class InputExceptionTest {
    @Test
    void oneLineNamesFileLocationAndProblem() {
        InputException e = new InputException(Path.of("a.json"), "factor 2", "row 1 has 3 columns,\nexpected 4", null);
        assertEquals("a.json: factor 2: row 1 has 3 columns, expected 4", e.getMessage());
        assertEquals(Optional.of(Path.of("a.json")), e.file());
        assertEquals(Optional.of("factor 2"), e.location());
        assertEquals(InputException.EXIT_CODE, e.exitCode());
        assertEquals(2, e.exitCode(), "README \"Exit codes\": 2 is an input error");
    }

    @Test
    void aParserProblemGetsItsFileAndOuterLocationsLater() {
        InputException inner = InputException.of("\"shape\" must be [rows, cols]").at("factor 0");
        InputException e = inner.in(Path.of("s.json"));
        assertEquals("s.json: factor 0: \"shape\" must be [rows, cols]", e.getMessage());
        assertSame(e, e.in(Path.of("other.json")), "the first file named stays");
        assertEquals("\"shape\" must be [rows, cols]", e.problem());
    }

    @Test
    void formatExceptionsAreInputExceptionsWithATensorLocation() {
        FormatException f = new FormatException(Path.of("m.npz"), "w", "truncated");
        assertTrue(f instanceof InputException);
        assertEquals("m.npz: tensor 'w': truncated", f.getMessage());
        assertEquals(Optional.of("tensor 'w'"), f.location());
    }

    @Test
    void validatingTurnsOnlyTheModelsOwnChecksIntoInputErrors() {
        InputException e = assertThrows(InputException.class,
                () -> InputException.validating(Path.of("x.json"), () -> Mask.fromRowStrings(java.util.List.of("10", "1"))));
        assertTrue(e.getMessage().startsWith("x.json: "), e.getMessage());
        assertTrue(e.getCause() instanceof IllegalArgumentException);
        // anything else a bug throws passes through untouched
        assertThrows(IllegalStateException.class, () -> InputException.validating(() -> {
            throw new IllegalStateException("bug");
        }));
    }
}
