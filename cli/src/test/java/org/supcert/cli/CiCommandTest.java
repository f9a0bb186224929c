package org.supcert.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CiCommandTest {
    @TempDir
    Path tmp;

    static final String CLOSED = "{\"supcert\": 1, \"name\": \"layer1\", \"factors\": [[\"10\", \"01\"], [\"10\", \"01\"]]}";
    /** The same layer after a "mask change": the LU pattern, NOT CLOSED. */
    static final String BROKEN = "{\"supcert\": 1, \"name\": \"layer1\", \"factors\": [[\"10\", \"11\"], [\"11\", \"01\"]]}";

    Path support(String name, String json) throws IOException {
        Path p = tmp.resolve(name);
        Files.writeString(p, json);
        return p;
    }

    @Test
    void failsOnACraftedRegressionAndPassesAfterUpdateBaseline() throws IOException {
        Path layer = support("layer1.json", CLOSED);
        String lock = tmp.resolve("supcert.lock").toString();
        CliRun init = CliRun.of("ci", "--baseline", lock, "--update-baseline", layer.toString());
        assertEquals(ExitCodes.OK, init.code(), init::toString);
        String first = Files.readString(Path.of(lock));
        assertTrue(first.contains("\"verdict\" : \"CLOSED\""), first);

        CliRun same = CliRun.of("ci", "--baseline", lock, layer.toString());
        assertEquals(ExitCodes.OK, same.code(), same::toString);
        assertTrue(same.out().contains("1 support(s) unchanged"), same::toString);

        Files.writeString(layer, BROKEN);
        CliRun broken = CliRun.of("ci", "--baseline", lock, layer.toString());
        assertEquals(ExitCodes.NOT_CLOSED, broken.code(), broken::toString);
        assertTrue(broken.out().contains("fail  " + layer + "#layer1: CLOSED -> NOT CLOSED; masks changed"), broken::toString);
        assertTrue(broken.out().contains("corner-certificate"), "says why: " + broken);

        CliRun soft = CliRun.of("ci", "--baseline", lock, "--exit-zero", layer.toString());
        assertEquals(ExitCodes.OK, soft.code(), soft::toString);
        assertTrue(soft.out().contains("FAILED"), soft::toString);

        CliRun accept = CliRun.of("ci", "--baseline", lock, "--update-baseline", layer.toString());
        assertEquals(ExitCodes.OK, accept.code(), accept::toString);
        CliRun after = CliRun.of("ci", "--baseline", lock, layer.toString());
        assertEquals(ExitCodes.OK, after.code(), after::toString);
        assertTrue(Files.readString(Path.of(lock)).contains("\"verdict\" : \"NOT_CLOSED\""));
    }

    @Test
    void newNotClosedSupportFailsAndBaselineIsReproducible() throws IOException {
        Path a = support("a.json", CLOSED);
        Path lock = tmp.resolve("x.lock");
        assertEquals(ExitCodes.OK, CliRun.of("ci", "--baseline", lock.toString(), "--update-baseline", a.toString()).code());
        String once = Files.readString(lock);
        assertEquals(ExitCodes.OK, CliRun.of("ci", "--baseline", lock.toString(), "--update-baseline", a.toString()).code());
        assertEquals(once, Files.readString(lock), "rewriting the same verdicts gives the same bytes");

        CliRun withNew = CliRun.of("ci", "--baseline", lock.toString(), a.toString(), "--family", "lu:3");
        assertEquals(ExitCodes.NOT_CLOSED, withNew.code(), withNew::toString);
        assertTrue(withNew.out().contains("fail  --family lu:3#lu:3: new support, NOT CLOSED"), withNew::toString);
    }

    @Test
    void withoutALockTheFirstRunWritesItAndPassesEvenOnNotClosed() throws IOException {
        Path a = support("a.json", CLOSED);
        Path b = support("b.json", BROKEN);
        Path lock = tmp.resolve("none.lock");
        CliRun r = CliRun.of("ci", "--baseline", lock.toString(), a.toString(), b.toString());
        assertEquals(ExitCodes.OK, r.code(), r::toString);
        assertTrue(r.out().contains("no lock file " + lock + " yet") && r.out().contains("wrote " + lock + " with 2 support(s)")
                && r.out().contains("1 not closed") && r.out().contains("commit it"), r::toString);
        // the lock is the one --update-baseline writes, and the next run compares against it
        String written = Files.readString(lock);
        Path other = tmp.resolve("other.lock");
        CliRun.of("ci", "--baseline", other.toString(), "--update-baseline", a.toString(), b.toString());
        assertEquals(Files.readString(other), written);
        CliRun second = CliRun.of("ci", "--baseline", lock.toString(), a.toString(), b.toString());
        assertEquals(ExitCodes.OK, second.code(), second::toString);
        assertTrue(second.out().contains("2 support(s) unchanged") || second.out().contains("unchanged"), second::toString);
        // an unreadable input on the first run writes no lock and exits 2
        Path bad = support("bad.json", "{");
        Path none = tmp.resolve("never.lock");
        CliRun broken = CliRun.of("ci", "--baseline", none.toString(), bad.toString());
        assertEquals(ExitCodes.INPUT_ERROR, broken.code(), broken::toString);
        assertTrue(!Files.exists(none), "no lock from a run with unreadable inputs");
    }

    @Test
    void badLockFileAndBadFailOnAreInputErrors() throws IOException {
        Path a = support("a.json", CLOSED);
        Path lock = support("bad.lock", "{\"supcertLock\": 7}");
        CliRun r = CliRun.of("ci", "--baseline", lock.toString(), a.toString());
        assertEquals(ExitCodes.INPUT_ERROR, r.code(), r::toString);
        assertTrue(r.err().startsWith("supcert: " + lock + ": not a supcert lock file"), r::toString);
        CliRun f = CliRun.of("ci", "--fail-on", "sometimes", a.toString());
        assertEquals(ExitCodes.INPUT_ERROR, f.code(), f::toString);
    }

    @Test
    void failOnNotClosedOnlyWarnsWhenAProofIsLost() throws IOException {
        Path lock = support("u.lock", "{\"supcertLock\": 1, \"supports\": [{\"key\": \"--family lu:3#lu:3\", \"source\": "
                + "\"--family lu:3\", \"name\": \"lu:3\", \"shape\": \"3 x 3 (3x3 * 3x3)\", \"sha256\": \"00\", "
                + "\"verdict\": \"NOT_CLOSED\", \"result\": \"corner-certificate\"}]}");
        CliRun known = CliRun.of("ci", "--baseline", lock.toString(), "--family", "lu:3");
        assertEquals(ExitCodes.OK, known.code(), "a known NOT CLOSED support stays accepted: " + known);
        assertTrue(known.out().contains("still NOT CLOSED; masks changed"), known::toString);
    }
}
