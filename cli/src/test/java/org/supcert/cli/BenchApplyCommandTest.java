package org.supcert.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.supcert.io.StrictJson;

/** {@code bench apply}: the documented JSON shape, every contender timed, and bad sizes rejected. */
class BenchApplyCommandTest {
    @Test
    void jsonHasOneRowPerSizeAndBatchWithEveryContender() throws Exception {
        CliRun r = CliRun.of("bench", "apply", "--n", "8,64", "--batch", "1,5", "--json", "--seconds", "0.001",
                "--dense-max-n", "8", "--peak-seconds", "0.05");
        assertEquals(ExitCodes.OK, r.code(), r::toString);
        JsonNode doc = StrictJson.parse(r.out());
        // the peak is measured in the run (no fixed figure), and the dense baseline names its BLAS
        assertTrue(doc.get("peak_gflops").asDouble() > 0 && doc.get("peak_gflops_all_cores").asDouble() > 0, r::toString);
        assertTrue(doc.get("dense").asText().startsWith("BLAS dgemv/dgemm via dev.ludovic.netlib"), r::toString);
        assertTrue(doc.get("timing").asText().contains("best of"), r::toString);
        JsonNode results = doc.get("results");
        assertEquals(4, results.size(), r::toString);
        int row = 0;
        for (int n : new int[] {8, 64}) {
            for (int batch : new int[] {1, 5}) {
                JsonNode x = results.get(row++);
                assertEquals(n, x.get("n").asInt());
                assertEquals(batch, x.get("batch").asInt());
                for (String field : new String[] {"simd", "scalar", "fft", "gflops", "simd_1core", "gflops_1core",
                        "dft_butterfly", "simd_float"}) {
                    assertTrue(x.get(field).isNumber() && x.get(field).asDouble() > 0, field + " in " + x);
                }
                // dense only up to --dense-max-n, null beyond it
                assertEquals(n <= 8, x.get("dense").isNumber(), "dense in " + x);
                assertEquals(n > 8, x.get("dense").isNull(), "dense in " + x);
            }
        }
    }

    @Test
    void sizesThatAreNotPowersOfTwoAreOneLineInputErrors() {
        CliRun r = CliRun.of("bench", "apply", "--n", "12");
        assertEquals(ExitCodes.INPUT_ERROR, r.code(), r::toString);
        assertEquals(1, r.err().strip().lines().count(), r::toString);
        assertTrue(r.err().contains("--n must be powers of two"), r::toString);
    }
}
