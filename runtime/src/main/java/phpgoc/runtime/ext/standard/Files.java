package phpgoc.runtime.ext.standard;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import phpgoc.runtime.Args;
import phpgoc.runtime.Context;
import phpgoc.runtime.Convert;
import phpgoc.runtime.PhpArray;
import phpgoc.runtime.PhpError;
import phpgoc.runtime.PhpPaths;
import phpgoc.runtime.Values;

/**
 * ext/standard's file-system functions on plain files. File contents are byte strings (ISO-8859-1);
 * relative paths resolve against the context's working directory ({@link Context#cwd}).
 */
public final class Files {
    private Files() {}

    public static final long FILE_USE_INCLUDE_PATH = 1, FILE_IGNORE_NEW_LINES = 2, FILE_SKIP_EMPTY_LINES = 4, FILE_APPEND = 8;

    static Path resolve(Context ctx, String name) { return ctx.cwd.resolve(PhpPaths.toJava(name)); }

    private static String read(Path p) throws IOException {
        return new String(java.nio.file.Files.readAllBytes(p), StandardCharsets.ISO_8859_1);
    }

    private static String failure(Path p, boolean forWrite) {
        if (java.nio.file.Files.isDirectory(p)) return forWrite ? "Is a directory" : "Failed to open stream: Is a directory";
        return "No such file or directory";
    }

    public static Object file_get_contents(Context ctx, Object filename) {
        String s = readAll(ctx, "file_get_contents", Args.str(filename, "file_get_contents", 1, "filename"));
        return s == null ? (Object) false : s;
    }

    /**
     * A whole file (file_get_contents, and the functions that digest one: md5_file, hash_file, ...),
     * with php's warning or notice naming {@code fn}; null when it cannot be opened.
     */
    public static String readAll(Context ctx, String fn, String name) {
        if (name.startsWith("php://")) {
            Object r = Streams.fopen(ctx, name, "rb");
            if (r == Boolean.FALSE) return null;
            Stream s = Streams.stream(r, fn);
            try {
                StringBuilder sb = new StringBuilder();
                String chunk;
                while (!(chunk = s.read(8192)).isEmpty()) sb.append(chunk);
                return sb.toString();
            } catch (IOException e) {
                return null;
            }
        }
        Path p = resolve(ctx, name);
        if (java.nio.file.Files.isDirectory(p)) {
            ctx.notice(fn + "(): Read of 8192 bytes failed with errno=21 Is a directory");
            return "";
        }
        try {
            String s = read(p);
            ctx.nextResourceId(); // php opened a stream resource for it
            return s;
        } catch (IOException e) {
            ctx.warning(fn + "(" + name + "): Failed to open stream: " + failure(p, false));
            return null;
        }
    }

    public static Object file_put_contents(Context ctx, Object filename, Object data) { return file_put_contents(ctx, filename, data, 0L); }

    public static Object file_put_contents(Context ctx, Object filename, Object data, Object flags) {
        String name = Args.str(filename, "file_put_contents", 1, "filename");
        long f = Args.toInt(flags, "file_put_contents", 3, "flags");
        Object v = Values.deref(data);
        String d;
        if (v instanceof PhpArray a) {
            StringBuilder sb = new StringBuilder();
            for (int p = a.firstPos(); p >= 0; p = a.nextPos(p)) sb.append(Convert.toStr(a.valueAt(p)));
            d = sb.toString();
        } else {
            d = Convert.toStr(v);
        }
        if (name.startsWith("php://")) {
            Object r = Streams.fopen(ctx, name, "wb");
            if (r == Boolean.FALSE) return false;
            return Streams.fwrite(ctx, r, d);
        }
        Path p = resolve(ctx, name);
        try {
            java.nio.file.Files.write(p, d.getBytes(StandardCharsets.ISO_8859_1), StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    (f & FILE_APPEND) != 0 ? StandardOpenOption.APPEND : StandardOpenOption.TRUNCATE_EXISTING);
            ctx.nextResourceId();
            return (long) d.length();
        } catch (IOException e) {
            ctx.warning("file_put_contents(" + name + "): Failed to open stream: " + failure(p, true));
            return false;
        }
    }

    public static Object file(Context ctx, Object filename) { return file(ctx, filename, 0L); }

    public static Object file(Context ctx, Object filename, Object flags) {
        String name = Args.str(filename, "file", 1, "filename");
        long f = Args.toInt(flags, "file", 2, "flags");
        Path p = resolve(ctx, name);
        String s;
        try {
            s = read(p);
            ctx.nextResourceId();
        } catch (IOException e) {
            ctx.warning("file(" + name + "): Failed to open stream: " + failure(p, false));
            return false;
        }
        PhpArray out = new PhpArray();
        int i = 0;
        while (i < s.length()) {
            int nl = s.indexOf('\n', i);
            int end = nl < 0 ? s.length() : nl + 1;
            String line = (f & FILE_IGNORE_NEW_LINES) != 0 && nl >= 0 ? s.substring(i, nl) : s.substring(i, end);
            if (!((f & FILE_SKIP_EMPTY_LINES) != 0 && (f & FILE_IGNORE_NEW_LINES) != 0 && line.isEmpty())) out.append(line);
            i = end;
        }
        return out;
    }

    private static Path path(Context ctx, Object v, String fn) { return resolve(ctx, Args.str(v, fn, 1, "filename")); }

    public static boolean file_exists(Context ctx, Object filename) { return java.nio.file.Files.exists(path(ctx, filename, "file_exists")); }

    public static boolean is_file(Context ctx, Object filename) { return java.nio.file.Files.isRegularFile(path(ctx, filename, "is_file")); }

    public static boolean is_dir(Context ctx, Object filename) { return java.nio.file.Files.isDirectory(path(ctx, filename, "is_dir")); }

    public static boolean is_readable(Context ctx, Object filename) { return java.nio.file.Files.isReadable(path(ctx, filename, "is_readable")); }

    public static boolean is_writable(Context ctx, Object filename) { return java.nio.file.Files.isWritable(path(ctx, filename, "is_writable")); }

    public static boolean is_writeable(Context ctx, Object filename) { return java.nio.file.Files.isWritable(path(ctx, filename, "is_writeable")); }

    public static Object filesize(Context ctx, Object filename) {
        Path p = path(ctx, filename, "filesize");
        try {
            return java.nio.file.Files.size(p);
        } catch (IOException e) {
            ctx.warning("filesize(): stat failed for " + Convert.toStr(filename));
            return false;
        }
    }

    public static boolean unlink(Context ctx, Object filename) {
        String name = Args.str(filename, "unlink", 1, "filename");
        Path p = resolve(ctx, name);
        if (java.nio.file.Files.isDirectory(p)) {
            ctx.warning("unlink(" + name + "): Is a directory");
            return false;
        }
        try {
            java.nio.file.Files.delete(p);
            return true;
        } catch (IOException e) {
            ctx.warning("unlink(" + name + "): No such file or directory");
            return false;
        }
    }

    public static boolean mkdir(Context ctx, Object directory) { return mkdir(ctx, directory, 0777L, false); }

    public static boolean mkdir(Context ctx, Object directory, Object permissions) { return mkdir(ctx, directory, permissions, false); }

    public static boolean mkdir(Context ctx, Object directory, Object permissions, Object recursive) {
        String name = Args.str(directory, "mkdir", 1, "directory");
        Path p = resolve(ctx, name);
        if (java.nio.file.Files.exists(p)) {
            ctx.warning("mkdir(): File exists");
            return false;
        }
        try {
            if (Convert.toBool(recursive)) java.nio.file.Files.createDirectories(p); else java.nio.file.Files.createDirectory(p);
            return true;
        } catch (IOException e) {
            ctx.warning("mkdir(): No such file or directory");
            return false;
        }
    }

    public static boolean rmdir(Context ctx, Object directory) {
        String name = Args.str(directory, "rmdir", 1, "directory");
        Path p = resolve(ctx, name);
        try {
            if (!java.nio.file.Files.isDirectory(p)) {
                ctx.warning("rmdir(" + name + "): " + (java.nio.file.Files.exists(p) ? "Not a directory" : "No such file or directory"));
                return false;
            }
            java.nio.file.Files.delete(p);
            return true;
        } catch (java.nio.file.DirectoryNotEmptyException e) {
            ctx.warning("rmdir(" + name + "): Directory not empty");
            return false;
        } catch (IOException e) {
            ctx.warning("rmdir(" + name + "): Permission denied");
            return false;
        }
    }

    public static Object realpath(Context ctx, Object path) {
        Path p = resolve(ctx, Args.str(path, "realpath", 1, "path"));
        try {
            return PhpPaths.toPhp(p.toRealPath());
        } catch (IOException e) {
            return false;
        }
    }

    public static String getcwd(Context ctx) { return PhpPaths.toPhp(ctx.cwd); }

    public static String sys_get_temp_dir() {
        String t = System.getenv("TMPDIR");
        if (t == null || t.isEmpty()) return "/tmp";
        return t.length() > 1 && t.endsWith("/") ? t.substring(0, t.length() - 1) : t;
    }

    public static Object tempnam(Context ctx, Object directory, Object prefix) {
        String dir = Args.str(directory, "tempnam", 1, "directory");
        String pre = Args.str(prefix, "tempnam", 2, "prefix");
        if (pre.length() > 63) pre = pre.substring(0, 63);
        Path d = dir.isEmpty() || !java.nio.file.Files.isDirectory(resolve(ctx, dir)) ? Path.of(sys_get_temp_dir()) : resolve(ctx, dir);
        try {
            Path f = java.nio.file.Files.createTempFile(d, pre, "");
            return PhpPaths.toPhp(f);
        } catch (IOException e) {
            return false;
        }
    }

    // ---- path strings

    public static String basename(Object path) { return basename(path, ""); }

    public static String basename(Object path, Object suffix) {
        String s = Args.str(path, "basename", 1, "path");
        String suf = Args.str(suffix, "basename", 2, "suffix");
        int end = s.length();
        while (end > 0 && s.charAt(end - 1) == '/') end--;
        int start = s.lastIndexOf('/', end - 1) + 1;
        String b = s.substring(start, end);
        if (!suf.isEmpty() && b.length() > suf.length() && b.endsWith(suf)) b = b.substring(0, b.length() - suf.length());
        return b;
    }

    public static String dirname(Object path) { return dirname(path, 1L); }

    public static String dirname(Object path, Object levels) {
        String s = Args.str(path, "dirname", 1, "path");
        long n = Args.toInt(levels, "dirname", 2, "levels");
        if (n < 1) throw new PhpError("ValueError", "dirname(): Argument #2 ($levels) must be greater than or equal to 1");
        for (long i = 0; i < n; i++) {
            String d = dirname1(s);
            if (d.equals(s)) break;
            s = d;
        }
        return s;
    }

    /** php's zend_dirname. */
    private static String dirname1(String s) {
        if (s.isEmpty()) return "";
        int end = s.length() - 1;
        while (end >= 0 && s.charAt(end) == '/') end--;
        if (end < 0) return "/";
        while (end >= 0 && s.charAt(end) != '/') end--;
        if (end < 0) return ".";
        while (end >= 0 && s.charAt(end) == '/') end--;
        if (end < 0) return "/";
        return s.substring(0, end + 1);
    }

    public static Object pathinfo(Object path) { return pathinfo(path, 15L); }

    public static Object pathinfo(Object path, Object flags) {
        String s = Args.str(path, "pathinfo", 1, "path");
        long f = Args.toInt(flags, "pathinfo", 2, "flags");
        PhpArray a = new PhpArray();
        if ((f & 1) != 0) {
            String d = dirname1(s);
            if (s.indexOf('/') >= 0 || !s.isEmpty()) a.putStr("dirname", d);
        }
        String base = basename(s);
        if ((f & 2) != 0) a.putStr("basename", base);
        int dot = base.lastIndexOf('.');
        if ((f & 4) != 0 && dot >= 0) a.putStr("extension", base.substring(dot + 1));
        if ((f & 8) != 0) a.putStr("filename", dot >= 0 ? base.substring(0, dot) : base);
        if (f == 1 || f == 2 || f == 4 || f == 8) {
            Object v = a.size() == 0 ? "" : a.valueAt(a.firstPos());
            return v;
        }
        return a;
    }
}
