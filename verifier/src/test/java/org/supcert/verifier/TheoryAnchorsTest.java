package org.supcert.verifier;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.supcert.certificate.NamedResult;

/** Every result a verdict can name cites an anchor that exists in the repository's docs/theory.md. */
class TheoryAnchorsTest {
    @Test
    void everyNamedResultCitesAnAnchorOfTheTheory() throws IOException {
        String theory = Files.readString(Path.of("..", "docs", "theory.md"));
        for (NamedResult r : NamedResult.values()) {
            String section = r.section();
            assertTrue(section.startsWith("docs/theory.md#"), r + " cites " + section);
            String anchor = section.substring(section.indexOf('#') + 1);
            assertTrue(theory.contains("<a id=\"" + anchor + "\"></a>"), r + ": no anchor '" + anchor + "' in docs/theory.md");
            assertTrue(theory.contains("<a id=\"" + r.id() + "\"></a>"), r + ": no anchor for its id '" + r.id() + "'");
        }
    }
}
