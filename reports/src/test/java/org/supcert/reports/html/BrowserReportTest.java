package org.supcert.reports.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.supcert.reports.ReportFixtures;

/**
 * Opens the HTML report in a real headless Chromium: the DOM after scripts must carry the verdict
 * banners and the figure count the page's own script computed, and a screenshot must show the red
 * NOT CLOSED banner. Skipped (not failed) when Chromium is absent: install it with
 * {@code apt-get install -y chromium} (.ci/run does), or point SUPCERT_CHROMIUM at a binary.
 */
@Tag("browser")
class BrowserReportTest {
    static final int WIDTH = 1280;
    static final int HEIGHT = 1600;

    @TempDir
    Path tmp;

    static Path chromium() {
        String env = System.getenv("SUPCERT_CHROMIUM");
        List<String> candidates = new ArrayList<>();
        if (env != null && !env.isBlank()) candidates.add(env);
        candidates.addAll(List.of("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"));
        for (String c : candidates) {
            Path p = Path.of(c);
            if (Files.isExecutable(p)) return p;
        }
        return null;
    }

    @Test
    void renderedPageShowsBannersFiguresAndColours() throws Exception {
        Path browser = chromium();
        String why = "Chromium not installed (looked at $SUPCERT_CHROMIUM, /usr/bin/chromium, chromium-browser, google-chrome): "
                + "apt-get install -y chromium";
        // surefire keeps an assumption's message in its report files only: say it on the console too
        if (browser == null) System.err.println("BrowserReportTest skipped: " + why);
        Assumptions.assumeTrue(browser != null, why);
        Path html = tmp.resolve("report.html");
        Files.writeString(html, HtmlReport.write(ReportFixtures.sample().withoutTimings()), StandardCharsets.UTF_8);

        String dom = run(browser, "dom", "--dump-dom", html.toUri().toString());
        assertTrue(dom.contains("<span id=\"figure-count\">" + HtmlReportTest.SAMPLE_FIGURES + " figures</span>"),
                "the page's script must have counted the SVG figures:\n" + tail(dom));
        assertEquals(HtmlReportTest.SAMPLE_FIGURES, HtmlReportTest.count(dom, "<svg class=\"figure\""), tail(dom));
        assertTrue(dom.contains("<span class=\"verdict\">NOT CLOSED</span> <span class=\"name\">lu2</span>"), tail(dom));
        assertTrue(dom.contains("<span class=\"verdict\">CLOSED</span> <span class=\"name\">disjoint-identical</span>"));

        Path png = tmp.resolve("report.png");
        run(browser, "shot", "--screenshot=" + png, "--window-size=" + WIDTH + "," + HEIGHT, html.toUri().toString());
        BufferedImage img = ImageIO.read(png.toFile());
        assertEquals(WIDTH, img.getWidth());
        assertEquals(HEIGHT, img.getHeight());
        int red = 0;
        for (int y = 0; y < img.getHeight(); y += 2) {
            for (int x = 0; x < img.getWidth(); x += 2) {
                int rgb = img.getRGB(x, y);
                if (near(rgb, 0xc5, 0x30, 0x30)) red++;
            }
        }
        assertTrue(red > 2000, "the NOT CLOSED banner (#c53030) should cover a band of the page; found " + red + " samples");
    }

    private String run(Path browser, String tag, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(browser.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--user-data-dir=" + Files.createDirectories(tmp.resolve("profile-" + tag))));
        cmd.addAll(List.of(args));
        Path out = tmp.resolve(tag + ".out");
        Path err = tmp.resolve(tag + ".err");
        Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("chromium did not finish in 120 s: " + cmd);
        }
        assertEquals(0, p.exitValue(), () -> "chromium failed: " + cmd + "\n" + read(err));
        return read(out);
    }

    private static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(unreadable: " + e + ")";
        }
    }

    private static String tail(String s) { return s.length() < 3000 ? s : "..." + s.substring(s.length() - 3000); }

    private static boolean near(int rgb, int r, int g, int b) {
        return Math.abs(((rgb >> 16) & 0xff) - r) < 12 && Math.abs(((rgb >> 8) & 0xff) - g) < 12 && Math.abs((rgb & 0xff) - b) < 12;
    }
}
