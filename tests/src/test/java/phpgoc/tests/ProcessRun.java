package phpgoc.tests;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs an external command with stdin closed (as {@code regen-goldens} runs php with {@code </dev/null}),
 * collecting stdout as bytes and stderr as text, killing it after a timeout.
 */
record ProcessRun(int exitCode, byte[] stdout, String stderr, boolean timedOut) {

    /** The java that runs these tests, so built jars run on the same JDK. */
    static String currentJava() {
        return ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }

    static ProcessRun run(List<String> command, Path cwd, Duration timeout) {
        Path err = null;
        try {
            err = Files.createTempFile("phpgoc-stderr", ".txt");
            ProcessBuilder pb = new ProcessBuilder(command).directory(cwd.toFile())
                    .redirectError(err.toFile());
            pb.environment().putIfAbsent("JAVA_HOME", System.getProperty("java.home"));
            Process p = pb.start();
            p.getOutputStream().close();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Thread reader = Thread.ofVirtual().start(() -> copy(p.getInputStream(), out));
            boolean finished = p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
            if (!finished) {
                p.descendants().forEach(ProcessHandle::destroyForcibly);
                p.destroyForcibly();
                p.waitFor(5, TimeUnit.SECONDS);
            }
            reader.join(Duration.ofSeconds(5));
            String stderr = Files.readString(err, StandardCharsets.ISO_8859_1);
            return new ProcessRun(finished ? p.exitValue() : -1, out.toByteArray(), stderr, !finished);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run " + command, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted running " + command, e);
        } finally {
            if (err != null) {
                try {
                    Files.deleteIfExists(err);
                } catch (IOException ignored) {
                    // best effort
                }
            }
        }
    }

    private static void copy(InputStream in, ByteArrayOutputStream out) {
        try (in) {
            in.transferTo(out);
        } catch (IOException ignored) {
            // the process was killed; keep what was read
        }
    }

    /** stderr for a failure message, or "" when empty. */
    String stderrSection() {
        return stderr.isEmpty() ? "" : "stderr:\n" + stderr.strip();
    }
}
