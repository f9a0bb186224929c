package org.supcert.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.supcert.cli.TestModels.mask;
import static org.supcert.cli.TestModels.weights;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.supcert.io.DType;
import org.supcert.io.InputException;
import org.supcert.io.TensorWriter;
import org.supcert.poly.SolverTroubleException;

/** Every exception channel maps to its documented exit code (README "Exit codes"), in one place. */
class ExitCodeMappingTest {
    @TempDir
    Path tmp;

    @Test
    void inputErrorsAreExitTwoWithTheirFileAndLocation() {
        Failures.Exit e = Failures.of(new InputException(Path.of("m.json"), "factor 1", "row 0 is not a string of 0/1", null));
        assertEquals(ExitCodes.INPUT_ERROR, e.code());
        assertEquals("supcert: m.json: factor 1: row 0 is not a string of 0/1", e.line());
        assertFalse(e.internal());
    }

    @Test
    void ioFailuresAreExitTwoNamingTheFile() {
        Failures.Exit missing = Failures.of(new NoSuchFileException("gone.json"));
        assertEquals(ExitCodes.INPUT_ERROR, missing.code());
        assertEquals("supcert: gone.json: no such file", missing.line());
        Failures.Exit denied = Failures.of(new UncheckedIOException(new AccessDeniedException("secret.npy")));
        assertEquals(ExitCodes.INPUT_ERROR, denied.code());
        assertEquals("supcert: secret.npy: permission denied", denied.line());
        Failures.Exit other = Failures.of(new IOException("No space left on device"));
        assertEquals(ExitCodes.INPUT_ERROR, other.code());
        assertEquals("supcert: I/O error: No space left on device", other.line());
        // a writer that names its file in the wrapper (TensorWriter: "FILE: problem") keeps the name
        Failures.Exit wrapped = Failures.of(new UncheckedIOException("out.npy: No space left on device",
                new IOException("No space left on device")));
        assertEquals(ExitCodes.INPUT_ERROR, wrapped.code());
        assertEquals("supcert: out.npy: No space left on device", wrapped.line());
        assertEquals("supcert: I/O error: No space left on device",
                Failures.of(new UncheckedIOException(new IOException("No space left on device"))).line());
    }

    @Test
    void z3TroubleIsExitThreeNoVerdict() {
        Failures.Exit e = Failures.of(new SolverTroubleException("libz3 not loadable", new UnsatisfiedLinkError("z3")));
        assertEquals(ExitCodes.UNKNOWN, e.code());
        assertTrue(e.line().contains("Z3 failed") && e.line().contains("libz3 not loadable"), e.line());
        assertFalse(e.internal());
    }

    @Test
    void aStrayIllegalArgumentExceptionIsABugNotBadInput() {
        Failures.Exit e = Failures.of(new IllegalArgumentException("index 7 out of range"));
        assertEquals(ExitCodes.INTERNAL_ERROR, e.code());
        assertTrue(e.line().startsWith("supcert: internal error: java.lang.IllegalArgumentException"), e.line());
        assertTrue(e.internal());
        assertEquals(ExitCodes.INTERNAL_ERROR, Failures.of(new NullPointerException()).code());
    }

    @Test
    void commandsReportInputErrorsAsOneLineExitTwo() throws IOException {
        Path bad = Files.writeString(tmp.resolve("bad.json"), "{\"supcert\": 1, \"factors\": [[\"1x\"], [\"1\"]]}");
        CliRun r = CliRun.of("check", bad.toString());
        assertEquals(ExitCodes.INPUT_ERROR, r.code(), r::toString);
        assertTrue(r.err().startsWith("supcert: " + bad + ": factor 0: "), r::toString);
        assertEquals(1, r.err().strip().lines().count(), r::toString);
        // option values are inputs too: a family the generators refuse, a target of a size that is not 2^L
        CliRun family = CliRun.of("check", "--family", "lu:-3");
        assertEquals(ExitCodes.INPUT_ERROR, family.code(), family::toString);
        assertTrue(family.err().startsWith("supcert: family 'lu:-3': "), family::toString);
        CliRun target = CliRun.of("butterfly", "--target", "hadamard:6");
        assertEquals(ExitCodes.INPUT_ERROR, target.code(), target::toString);
        assertTrue(target.err().contains("hadamard:6") && target.err().contains("power of two"), target::toString);
        CliRun missing = CliRun.of("check", tmp.resolve("none.json").toString());
        assertEquals(ExitCodes.INPUT_ERROR, missing.code(), missing::toString);
        assertTrue(missing.err().contains("none.json: no such file"), missing::toString);
    }

    /** The one strict reader serves every JSON input: a duplicate key is refused by each, naming the file. */
    @Test
    void everyJsonInputRefusesADuplicateKey() throws IOException {
        Path support = Files.writeString(tmp.resolve("dup-support.json"),
                "{\"supcert\": 1, \"name\": \"a\", \"name\": \"b\", \"factors\": [[\"1\"], [\"1\"]]}");
        assertDuplicateRefused(support, "check", support.toString());

        Path good = Files.writeString(tmp.resolve("good.json"), "{\"supcert\": 1, \"factors\": [[\"1\"], [\"1\"]]}");
        Path lock = Files.writeString(tmp.resolve("dup.lock"), "{\"supcertLock\": 1, \"supports\": [], \"supports\": []}");
        assertDuplicateRefused(lock, "ci", "--baseline", lock.toString(), good.toString());

        Path model = tmp.resolve("mlp.safetensors");
        new TensorWriter().put("fc1.weight", weights(mask("1100", "0110", "0011"), 1), DType.F32)
                .put("fc2.weight", weights(mask("101", "011"), 2), DType.F32).writeSafetensors(model, null);
        Path layers = Files.writeString(tmp.resolve("dup-layers.json"),
                "{\"layers\": [\"fc1.weight\", \"fc2.weight\"], \"layers\": [\"fc2.weight\"]}");
        assertDuplicateRefused(layers, "certify", "--layers-file", layers.toString(), model.toString());

        Path cert = Files.writeString(tmp.resolve("dup-cert.json"),
                "{\"supcertCertificate\": 1, \"supcertCertificate\": 1, \"result\": \"corner-certificate\"}");
        assertDuplicateRefused(cert, "recheck", cert.toString());
    }

    private static void assertDuplicateRefused(Path file, String... args) {
        CliRun r = CliRun.of(args);
        assertEquals(ExitCodes.INPUT_ERROR, r.code(), r::toString);
        assertTrue(r.err().startsWith("supcert: " + file + ": malformed JSON"), r::toString);
        assertTrue(r.err().contains("Duplicate field"), r::toString);
    }
}
