package org.supcert.verifier;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.supcert.support.families.Families;
import org.supcert.certificate.SpecializationCertificate;
import org.supcert.support.Mask;

/**
 * Times {@link ChainSpecialization#tryClose} and the certificate re-check on seeded random MLP-shaped
 * chains, with the work counted. One run per row after one untimed run of the same shape (JIT
 * warm-up); the widest row runs once.
 *
 * <p>Run: {@code mvn -B -ntp -o -pl verifier -am -Pslow verify -Dtest=ChainSpecializationBench
 * -Dsurefire.failIfNoSpecifiedTests=false} (writes {@code verifier/target/specialization-bench.md}).
 */
@Tag("slow")
class ChainSpecializationBench {
    record Shape(String name, int[] dims, double density, long workLimit, boolean warm) {}

    static List<Mask> chain(Shape s) {
        SplittableRandom rnd = new SplittableRandom(12);
        List<Mask> out = new ArrayList<>();
        for (int l = 0; l + 1 < s.dims().length; l++) out.add(Families.random(s.dims()[l], s.dims()[l + 1], s.density(), rnd));
        return out;
    }

    @Test
    void measure() throws IOException {
        List<Shape> shapes = List.of(
                new Shape("64-256-256-64", new int[] {64, 256, 256, 64}, 0.6, 10_000_000_000L, true),
                new Shape("768-3072-768-64", new int[] {768, 3072, 768, 64}, 0.5, 10_000_000_000L, true),
                new Shape("768-3072-768-3072", new int[] {768, 3072, 768, 3072}, 0.5, 10_000_000_000L, false),
                new Shape("768-3072-768-768 (budget 5e9)", new int[] {768, 3072, 768, 768}, 0.5, 5_000_000_000L, false));
        StringBuilder md = new StringBuilder("| chain (density) | outcome | work (multiply-adds) | tryClose s | re-check s |\n"
                + "|---|---|---|---|---|\n");
        for (Shape s : shapes) {
            List<Mask> chain = chain(s);
            if (s.warm()) ChainSpecialization.tryClose(s.name(), chain, s.workLimit());
            long t0 = System.nanoTime();
            var o = ChainSpecialization.tryClose(s.name(), chain, s.workLimit());
            double search = (System.nanoTime() - t0) / 1e9;
            String check = "-";
            if (o.certificate().isPresent()) {
                long t1 = System.nanoTime();
                Optional<String> f = SpecializationCertificate.check(o.certificate().get(), chain);
                check = String.format(Locale.ROOT, "%.2f", (System.nanoTime() - t1) / 1e9);
                assertTrue(f.isEmpty(), f::toString);
            }
            md.append(String.format(Locale.ROOT, "| %s (%.1f) | %s | %d | %.2f | %s |%n", s.name(), s.density(),
                    o.certificate().isPresent() ? "CLOSED, free layer " + o.certificate().get().layer() : o.tried(),
                    o.work(), search, check));
        }
        Path out = Path.of("target", "specialization-bench.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, md.toString());
    }
}
