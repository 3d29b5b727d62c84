package phpgoc.runtime.ext.standard;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import phpgoc.runtime.Args;
import phpgoc.runtime.Context;
import phpgoc.runtime.PhpArray;
import phpgoc.runtime.PhpError;
import phpgoc.runtime.Ref;
import phpgoc.runtime.Values;

/**
 * Program execution (exec, system, passthru, shell_exec: {@code /bin/sh -c} as php does, stdin
 * and stderr inherited) and process information (getmypid &amp; co., getrusage, sys_getloadavg).
 */
public final class Processes {
    private Processes() {}

    private static String command(Object command, String fn) {
        String c = Args.str(command, fn, 1, "command");
        if (c.isEmpty()) throw new PhpError("ValueError", fn + "(): Argument #1 ($command) cannot be empty");
        if (c.indexOf(0) >= 0) throw new PhpError("ValueError", fn + "(): Argument #1 ($command) must not contain any null bytes");
        return c;
    }

    /** Starts {@code /bin/sh -c command} with the script's working directory; its stdout is read by the caller. */
    private static Process start(Context ctx, String c) throws IOException {
        ctx.out.flushAll();
        ProcessBuilder pb = new ProcessBuilder("/bin/sh", "-c", c);
        pb.directory(ctx.cwd.toFile());
        pb.redirectInput(ProcessBuilder.Redirect.INHERIT);
        pb.redirectError(ProcessBuilder.Redirect.INHERIT);
        return pb.start();
    }

    private static String readAll(InputStream in) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        in.transferTo(b);
        return b.toString(StandardCharsets.ISO_8859_1);
    }

    private static int waitFor(Process p) {
        try {
            return p.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            p.destroy();
            return -1;
        }
    }

    private static String stripTrailing(String line) {
        int e = line.length();
        while (e > 0 && Character.isWhitespace(line.charAt(e - 1)) && line.charAt(e - 1) < 128) e--;
        return line.substring(0, e);
    }

    public static Object exec(Context ctx, Object command) { return exec(ctx, command, new Ref(), new Ref()); }
    public static Object exec(Context ctx, Object command, Ref output) { return exec(ctx, command, output, new Ref()); }

    /** What a command printed on its stdout, and its exit status. */
    private record Ran(String out, int rc) {}

    /** Runs {@code c} to its end; null (after php's warning {@code failure}) when it cannot be started. */
    private static Ran run(Context ctx, String c, String failure) {
        try {
            Process p = start(ctx, c);
            String all = readAll(p.getInputStream());
            return new Ran(all, waitFor(p));
        } catch (IOException e) {
            ctx.warning(failure);
            return null;
        }
    }

    public static Object exec(Context ctx, Object command, Ref output, Ref result_code) {
        String c = command(command, "exec");
        Ran r = run(ctx, c, "exec(): Unable to fork [" + c + "]");
        if (r == null) return false;
        PhpArray out = Values.deref(output.get()) instanceof PhpArray a ? a.copy() : new PhpArray();
        String last = "";
        if (!r.out().isEmpty()) {
            String[] lines = r.out().split("\n", -1);
            int n = r.out().endsWith("\n") ? lines.length - 1 : lines.length;
            for (int i = 0; i < n; i++) {
                last = stripTrailing(lines[i]);
                out.append(last);
            }
        }
        output.set(out);
        result_code.set((long) r.rc());
        return last;
    }

    public static Object system(Context ctx, Object command) { return system(ctx, command, new Ref()); }

    public static Object system(Context ctx, Object command, Ref result_code) {
        String c = command(command, "system");
        Ran r = run(ctx, c, "system(): Unable to fork [" + c + "]");
        if (r == null) return false;
        ctx.out.write(r.out());
        result_code.set((long) r.rc());
        String s = r.out().endsWith("\n") ? r.out().substring(0, r.out().length() - 1) : r.out();
        return stripTrailing(s.substring(s.lastIndexOf('\n') + 1));
    }

    public static Object passthru(Context ctx, Object command) { return passthru(ctx, command, new Ref()); }

    public static Object passthru(Context ctx, Object command, Ref result_code) {
        String c = command(command, "passthru");
        Ran r = run(ctx, c, "passthru(): Unable to fork [" + c + "]");
        if (r == null) return false;
        ctx.out.write(r.out());
        result_code.set((long) r.rc());
        return null;
    }

    public static Object shell_exec(Context ctx, Object command) {
        String c = command(command, "shell_exec");
        Ran r = run(ctx, c, "shell_exec(): Unable to execute '" + c + "'");
        if (r == null) return false;
        return r.out().isEmpty() ? null : r.out();
    }

    // ---- process information

    public static long getmypid() { return ProcessHandle.current().pid(); }

    private static long unixAttr(String attr) {
        try {
            Object v = java.nio.file.Files.getAttribute(java.nio.file.Path.of("/proc/self"), "unix:" + attr);
            return ((Number) v).longValue();
        } catch (Exception e) {
            return 0;
        }
    }

    public static long getmyuid(Context ctx) { return scriptAttr(ctx, "uid"); }
    public static long getmygid(Context ctx) { return scriptAttr(ctx, "gid"); }
    public static long getmyinode(Context ctx) { return scriptAttr(ctx, "ino"); }

    /** php reports the owner, group and inode of the main script file. */
    private static long scriptAttr(Context ctx, String attr) {
        try {
            Object v = java.nio.file.Files.getAttribute(ctx.script, "unix:" + attr);
            return ((Number) v).longValue();
        } catch (Exception e) {
            return unixAttr(attr);
        }
    }

    public static Object getlastmod(Context ctx) {
        try {
            return java.nio.file.Files.getLastModifiedTime(ctx.script).toMillis() / 1000;
        } catch (Exception e) {
            return false;
        }
    }

    public static String get_current_user(Context ctx) {
        try {
            return java.nio.file.Files.getOwner(ctx.script).getName();
        } catch (Exception e) {
            return System.getProperty("user.name", "");
        }
    }

    public static Object sys_getloadavg() {
        try {
            String[] f = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).trim().split("\\s+");
            return PhpArray.of(Double.parseDouble(f[0]), Double.parseDouble(f[1]), Double.parseDouble(f[2]));
        } catch (Exception e) {
            return false;
        }
    }

    public static Object getrusage() { return getrusage(0L); }

    public static Object getrusage(Object mode) {
        long m = Args.toInt(mode, "getrusage", 1, "mode");
        var bean = java.lang.management.ManagementFactory.getThreadMXBean();
        long cpu = m == 1 ? 0 : java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime() * 1000;
        long user = 0, sys = 0;
        if (m != 1 && java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                instanceof com.sun.management.OperatingSystemMXBean os) {
            user = os.getProcessCpuTime() / 1000; // microseconds, user and system together
        } else if (m != 1) {
            user = cpu;
        }
        if (bean == null) sys = 0;
        PhpArray out = new PhpArray();
        String[] keys = {"ru_oublock", "ru_inblock", "ru_msgsnd", "ru_msgrcv", "ru_maxrss", "ru_ixrss", "ru_idrss", "ru_minflt",
            "ru_majflt", "ru_nsignals", "ru_nvcsw", "ru_nivcsw", "ru_nswap"};
        for (String k : keys) out.put(k, k.equals("ru_maxrss") ? Runtime.getRuntime().totalMemory() / 1024 : 0L);
        out.put("ru_utime.tv_usec", user % 1_000_000);
        out.put("ru_utime.tv_sec", user / 1_000_000);
        out.put("ru_stime.tv_usec", sys % 1_000_000);
        out.put("ru_stime.tv_sec", sys / 1_000_000);
        return out;
    }

    public static Object gettimeofday() { return gettimeofday(false); }

    public static Object gettimeofday(Object as_float) {
        boolean f = Args.toBool(as_float, "gettimeofday", 1, "as_float");
        java.time.Instant now = java.time.Instant.now();
        long sec = now.getEpochSecond(), usec = now.getNano() / 1000;
        if (f) return sec + usec / 1e6;
        PhpArray out = new PhpArray();
        out.put("sec", sec);
        out.put("usec", usec);
        out.put("minuteswest", (long) (-java.util.TimeZone.getDefault().getOffset(now.toEpochMilli()) / 60000));
        out.put("dsttime", java.util.TimeZone.getDefault().inDaylightTime(java.util.Date.from(now)) ? 1L : 0L);
        return out;
    }
}
