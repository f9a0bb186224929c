package org.supcert.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code supcert} launcher, run on a copy of the repository's layout with a fake JDK and a
 * fake Maven that record how they are called: when it builds, which JVM options and start-up
 * cache each command gets, that JAVA_HOME, JAVA_OPTS and the exit code pass through, and that
 * only the incubator warning is filtered out of stderr.
 */
class LauncherTest {
    private static final Path LAUNCHER = Path.of("..", "supcert");
    private static final String WARNING = "WARNING: Using incubator modules: jdk.incubator.vector";

    @TempDir Path dir;
    private Path root;
    private Path jar;
    private Path log;

    private record Run(int code, String out, String err, List<String> calls) {
        List<String> javaCalls() {
            return calls.stream().filter(c -> c.startsWith("java ")).toList();
        }

        String lastJava() {
            List<String> j = javaCalls();
            return j.isEmpty() ? "" : j.get(j.size() - 1);
        }

        @Override
        public String toString() {
            return "exit " + code + "\n--- out\n" + out + "--- err\n" + err + "--- calls\n" + String.join("\n", calls);
        }
    }

    @BeforeEach
    void layout() throws IOException {
        assumeTrue(!System.getProperty("os.name").startsWith("Windows") && Files.isExecutable(Path.of("/bin/bash")),
                "the launcher is a bash script");
        root = dir.resolve("repo");
        Files.createDirectories(root.resolve("cli/target"));
        Files.createDirectories(root.resolve("numeric/src/main/java"));
        Files.createDirectories(root.resolve("numeric/src/test/java"));
        Files.copy(LAUNCHER, root.resolve("supcert"));
        executable(root.resolve("supcert"));
        log = dir.resolve("calls.log");
        Files.writeString(log, "");
        Path source = Files.writeString(root.resolve("numeric/src/main/java/A.java"), "class A {}");
        Path pom = Files.writeString(root.resolve("pom.xml"), "<project/>");
        age(source, 3600);
        age(pom, 3600);
        jar = Files.writeString(root.resolve("cli/target/supcert.jar"), "jar");
        age(jar, 600);
        fakeJdk(dir.resolve("jdk17"), "17.0.99+1");
        fakeJdk(dir.resolve("jdk25"), "25.0.99+1");
        // Maven: records its arguments and "builds" the jar
        Files.createDirectories(dir.resolve("bin"));
        script(dir.resolve("bin/mvn"), "#!/bin/sh\necho \"mvn $*\" >>\"$CALLS\"\necho built >cli/target/supcert.jar\n");
    }

    private void fakeJdk(Path home, String version) throws IOException {
        Files.createDirectories(home.resolve("bin"));
        Files.writeString(home.resolve("release"),
                "JAVA_VERSION=\"" + version.replaceAll("\\+.*", "") + "\"\nJAVA_RUNTIME_VERSION=\"" + version + "\"\n");
        // java: records its arguments, writes the archives it is asked for, prints the incubator
        // warning and one other line on stderr, exits with $FAKE_EXIT
        script(home.resolve("bin/java"), """
                #!/bin/sh
                echo "java $*" >>"$CALLS"
                dump=0
                for a; do [ "$a" = -Xshare:dump ] && dump=1; done
                for a; do
                  case "$a" in
                    -XX:DumpLoadedClassList=*) echo "java/lang/Object" >"${a#*=}" ;;
                    -XX:AOTCacheOutput=*) echo aot >"${a#*=}" ;;
                    -XX:SharedArchiveFile=*) [ $dump = 1 ] && echo jsa >"${a#*=}" ;;
                  esac
                done
                case "$*" in *--add-modules*) echo "%s" >&2 ;; esac
                echo "other line" >&2
                echo "out line"
                exit "${FAKE_EXIT:-0}"
                """.formatted(WARNING));
    }

    private static void script(Path p, String text) throws IOException {
        Files.writeString(p, text);
        executable(p);
    }

    private static void executable(Path p) throws IOException {
        Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    private static void age(Path p, long seconds) throws IOException {
        Files.setLastModifiedTime(p, FileTime.fromMillis(System.currentTimeMillis() - seconds * 1000));
    }

    private Run run(Map<String, String> env, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("/bin/bash", root.resolve("supcert").toString()));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(root.toFile());
        pb.environment().remove("JAVA_OPTS");
        pb.environment().remove("SUPCERT_CDS");
        pb.environment().put("JAVA_HOME", dir.resolve("jdk17").toString());
        pb.environment().put("PATH", dir.resolve("bin") + ":/usr/bin:/bin");
        pb.environment().put("CALLS", log.toString());
        pb.environment().putAll(env);
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        Process p = pb.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the launcher did not finish");
        List<String> calls = Files.readAllLines(log);
        Files.writeString(log, "");
        return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8), calls);
    }

    @Test
    void trainsOnceThenRunsTheJarWithTheArchiveAndTheOptions() throws Exception {
        Run first = run(Map.of("JAVA_OPTS", "-Xmx3g -Dx=1"), "check", "--family", "lu:2");
        assertEquals(0, first.code(), first::toString);
        assertFalse(first.calls().stream().anyMatch(c -> c.startsWith("mvn")), "built an up-to-date jar\n" + first);
        // one training run that lists its classes, one dump, then the command
        List<String> training = first.javaCalls().stream().filter(c -> c.contains("-XX:DumpLoadedClassList=")).toList();
        assertEquals(1, training.size(), first::toString);
        assertTrue(training.get(0).endsWith("-cp " + jar + " org.supcert.cli.StartupTraining base"), first::toString);
        assertEquals(1, first.javaCalls().stream().filter(c -> c.contains("-Xshare:dump")).count(), first::toString);
        String java = first.lastJava();
        // JAVA_OPTS last, so that the user's settings win over the launcher's
        assertTrue(java.contains(" -XX:ArchiveRelocationMode=0 -Xmx3g -Dx=1 -cp "), java);
        assertTrue(java.contains("-XX:SharedArchiveFile=" + root.resolve("cli/target/supcert-base-17.0.99_1")),
                java);
        // the main class named: with -jar the JVM reads the jar's central directory for the manifest
        assertTrue(java.endsWith("-cp " + jar + " org.supcert.cli.Main check --family lu:2"), java);
        assertFalse(java.contains("--enable-native-access"), "JDK 17 has no such option\n" + java);
        assertFalse(java.contains("--add-modules"), "check does not need the Vector API\n" + java);
        assertFalse(java.contains("TieredStopAtLevel"), "long verifications need C2\n" + java);
        assertTrue(first.out().contains("out line") && first.err().contains("other line"), first::toString);

        Run second = run(Map.of(), "check", "--family", "lu:2");
        assertEquals(1, second.javaCalls().size(), "trained again although the archive is newer than the jar\n" + second);
        assertTrue(second.lastJava().contains("-XX:SharedArchiveFile="), second::toString);
        assertFalse(second.lastJava().contains("-Xmx3g"), second::toString);

        Run serial = run(Map.of("JAVA_OPTS", "-XX:+UseSerialGC"), "check");
        assertFalse(serial.lastJava().contains("UseParallelGC"), "two collectors are an error\n" + serial);
        assertTrue(serial.lastJava().contains("-XX:+UseSerialGC"), serial::toString);

        Files.writeString(jar, "rebuilt"); // a newer jar makes the archive stale
        Run third = run(Map.of(), "check");
        assertTrue(third.javaCalls().stream().anyMatch(c -> c.contains("-Xshare:dump")), third::toString);
    }

    @Test
    void buildsWhenAMainSourceIsNewerButNotForATestSource() throws Exception {
        Files.writeString(root.resolve("numeric/src/test/java/ATest.java"), "class ATest {}");
        Run test = run(Map.of("SUPCERT_CDS", "0"), "check");
        assertFalse(test.calls().stream().anyMatch(c -> c.startsWith("mvn")), "a test source rebuilt the jar\n" + test);

        Files.writeString(root.resolve("numeric/src/main/java/A.java"), "class A { int x; }");
        Run main = run(Map.of("SUPCERT_CDS", "0"), "check");
        assertTrue(main.calls().get(0).startsWith("mvn ") && main.calls().get(0).contains("-pl cli -am"), main::toString);
        assertTrue(main.err().contains("building the application"), main::toString);
        assertEquals(1, main.javaCalls().size(), main::toString);
        assertFalse(main.lastJava().contains("SharedArchiveFile"), "SUPCERT_CDS=0 still used an archive\n" + main);
    }

    @Test
    void butterflyGetsItsJitAndHeapByTargetSize() throws Exception {
        Run small = run(Map.of("SUPCERT_CDS", "0"), "butterfly", "--target", "hadamard:4");
        String java = small.lastJava();
        assertFalse(java.contains("--add-modules"), "only bench needs the Vector API\n" + small);
        assertTrue(java.contains("-XX:TieredStopAtLevel=1") && java.contains("-XX:+UseTransparentHugePages"), small::toString);
        // with C1 alone, supcert's numeric methods (and only they) compile after a tenth of the usual counts
        assertTrue(java.contains(" -XX:CompileCommand=quiet -XX:CompileCommand=CompileThresholdScaling,org.supcert.numeric.*::*,0.1 "),
                small::toString);
        assertFalse(java.contains("InitialRAMPercentage"), "a small target starts with the default heap\n" + small);
        for (String target : new String[] {"--target=dft:8192+noise:0.1:2", "random-butterfly:64:3"}) {
            String[] args = target.startsWith("--") ? new String[] {"butterfly", target}
                    : new String[] {"butterfly", "--json", "--target", target};
            Run c1 = run(Map.of("SUPCERT_CDS", "0"), args);
            assertTrue(c1.lastJava().contains("-XX:TieredStopAtLevel=1"), c1::toString);
            assertEquals(target.contains("8192"), c1.lastJava().contains("-XX:InitialRAMPercentage=25"), c1::toString);
        }
        for (String target : new String[] {"hadamard:16384", "a.npy", "hadamard:99999999999"}) {
            Run c2 = run(Map.of("SUPCERT_CDS", "0"), "butterfly", "--target", target);
            assertFalse(c2.lastJava().contains("TieredStopAtLevel"), "large or unknown sizes keep C2\n" + c2);
            assertFalse(c2.lastJava().contains("CompileCommand"), c2::toString);
            assertTrue(c2.lastJava().contains("-XX:InitialRAMPercentage=25"), "and a heap sized up front\n" + c2);
        }
        // factor: the same heap rule, and always C2 (its iterative solvers run long loops)
        Run smallFactor = run(Map.of("SUPCERT_CDS", "0"), "factor", "--support", "s.json", "--target", "hadamard:64");
        assertFalse(smallFactor.lastJava().contains("InitialRAMPercentage"), smallFactor::toString);
        assertFalse(smallFactor.lastJava().contains("TieredStopAtLevel"), smallFactor::toString);
        Run fileFactor = run(Map.of("SUPCERT_CDS", "0"), "factor", "--support", "s.json", "--target=a.npy");
        assertTrue(fileFactor.lastJava().contains("-XX:InitialRAMPercentage=25"), fileFactor::toString);
    }

    @Test
    void removesOnlyTheIncubatorWarningAndKeepsTheExitCode() throws Exception {
        Run quiet = run(Map.of("FAKE_EXIT", "3", "SUPCERT_CDS", "0"), "bench", "apply", "--n", "64");
        assertEquals(3, quiet.code(), quiet::toString);
        assertTrue(quiet.lastJava().contains("--add-modules jdk.incubator.vector"), quiet::toString);
        assertFalse(quiet.lastJava().contains("TieredStopAtLevel"), "the Vector API kernels need C2\n" + quiet);
        assertFalse(quiet.err().contains(WARNING), quiet::toString);
        assertTrue(quiet.err().contains("other line") && quiet.out().contains("out line"), quiet::toString);

        Run verbose = run(Map.of("FAKE_EXIT", "2", "SUPCERT_CDS", "0"), "--verbose", "bench");
        assertEquals(2, verbose.code(), verbose::toString);
        assertTrue(verbose.err().contains(WARNING), verbose::toString);
        assertFalse(verbose.lastJava().contains("--verbose"), "--verbose is the launcher's\n" + verbose);
    }

    @Test
    void jdk25GetsAnAotCacheFromOneTrainingRun() throws Exception {
        Map<String, String> env = Map.of("JAVA_HOME", dir.resolve("jdk25").toString());
        Run first = run(env, "butterfly", "--target", "hadamard:4");
        assertEquals(2, first.javaCalls().size(), first::toString);
        assertTrue(first.javaCalls().get(0).contains("-XX:AOTCacheOutput="), first::toString);
        assertTrue(first.javaCalls().get(0).endsWith("org.supcert.cli.StartupTraining base"), first::toString);
        assertTrue(first.lastJava().contains("-XX:AOTCache=" + root.resolve("cli/target/supcert-base-25.0.99_1")),
                first::toString);
        // the manifest's Enable-Native-Access is read only with -jar: the training run and the run
        // enable native access alike (Z3's library), and the cache is made with the options it is used with
        for (String java : first.javaCalls()) assertTrue(java.contains(" --enable-native-access=ALL-UNNAMED "), java);
        Run bench = run(env, "bench", "apply");
        assertEquals(2, bench.javaCalls().size(), "bench has its own cache (other module options)\n" + bench);
        assertTrue(bench.javaCalls().get(0).endsWith("org.supcert.cli.StartupTraining vector"), bench::toString);
        assertTrue(bench.lastJava().contains("-XX:AOTCache=" + root.resolve("cli/target/supcert-vector-25.0.99_1")),
                bench::toString);
        assertTrue(Files.list(root.resolve("cli/target")).noneMatch(p -> p.toString().endsWith(".tmp")),
                "a temporary file was left behind");
    }

    @Test
    void javaOnThePathIsResolvedOnceAndRemembered() throws Exception {
        Path link = dir.resolve("bin/java");
        Files.createSymbolicLink(link, dir.resolve("jdk17/bin/java"));
        Map<String, String> env = Map.of("JAVA_HOME", "");
        Run first = run(env, "check");
        assertTrue(first.lastJava().contains("supcert-base-17.0.99_1"), first::toString);
        String remembered = Files.readString(root.resolve("cli/target/launcher-jdks"));
        Path real = dir.toRealPath();
        assertEquals(real.resolve("jdk17/bin/java") + "\t" + real.resolve("jdk17") + "\n", remembered);

        // the alternative switched to another JDK: noticed although the path on the PATH is the same
        Files.delete(link);
        Files.createSymbolicLink(link, dir.resolve("jdk25/bin/java"));
        Run second = run(env, "check");
        assertTrue(second.lastJava().contains("-XX:AOTCache="), second::toString);
    }
}
