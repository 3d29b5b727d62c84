package phpgoc.runtime.ext.standard;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import phpgoc.runtime.Args;
import phpgoc.runtime.Context;
import phpgoc.runtime.PhpArray;
import phpgoc.runtime.PhpError;
import phpgoc.runtime.PhpResource;
import phpgoc.runtime.Values;

/**
 * Directory functions of ext/standard: scandir, glob (php's GLOB_* flags over a small fnmatch),
 * opendir/readdir/rewinddir/closedir. A directory handle is a "stream" resource whose entries
 * ("." and ".." first) are read when it is opened.
 */
public final class Dirs {
    private Dirs() {}

    static final long GLOB_BRACE = 1024, GLOB_MARK = 2, GLOB_NOSORT = 4, GLOB_NOCHECK = 16, GLOB_NOESCAPE = 64, GLOB_ERR = 1,
            GLOB_ONLYDIR = 8192;

    /** An open directory: its entries and the read position. */
    static final class DirHandle {
        final List<String> entries;
        int pos;

        DirHandle(List<String> entries) { this.entries = entries; }
    }

    /** The last directory opened (readdir() without an argument). */
    static final class LastDir {
        PhpResource res;
    }

    /** The names in {@code p} ("." and ".." first), or null if it cannot be listed. */
    private static List<String> list(Path p) {
        if (!java.nio.file.Files.isDirectory(p)) return null;
        List<String> out = new ArrayList<>();
        out.add(".");
        out.add("..");
        try (var s = java.nio.file.Files.newDirectoryStream(p)) {
            for (Path e : s) out.add(e.getFileName().toString());
        } catch (IOException e) {
            return null;
        }
        return out;
    }

    private static String reason(Path p) {
        return java.nio.file.Files.exists(p) ? "Not a directory" : "No such file or directory";
    }

    public static Object scandir(Context ctx, Object directory) { return scandir(ctx, directory, 0L, null); }
    public static Object scandir(Context ctx, Object directory, Object sorting_order) { return scandir(ctx, directory, sorting_order, null); }

    public static Object scandir(Context ctx, Object directory, Object sorting_order, Object context) {
        String d = Args.str(directory, "scandir", 1, "directory");
        long order = Args.toInt(sorting_order, "scandir", 2, "sorting_order");
        if (d.isEmpty()) throw new PhpError("ValueError", "scandir(): Argument #1 ($directory) cannot be empty");
        Path p = Files.resolve(ctx, d);
        List<String> names = list(p);
        if (names == null) {
            int errno = java.nio.file.Files.exists(p) ? 20 : 2;
            ctx.warning("scandir(" + d + "): Failed to open directory: " + reason(p));
            ctx.warning("scandir(): (errno " + errno + "): " + reason(p));
            return false;
        }
        if (order == 0) names.sort(String::compareTo);
        else if (order != 2) names.sort((a, b) -> b.compareTo(a));
        PhpArray out = new PhpArray(names.size());
        for (String n : names) out.append(n);
        return out;
    }

    public static Object opendir(Context ctx, Object directory) { return opendir(ctx, directory, null); }

    public static Object opendir(Context ctx, Object directory, Object context) {
        String d = Args.str(directory, "opendir", 1, "directory");
        Path p = Files.resolve(ctx, d);
        List<String> names = list(p);
        if (names == null) {
            ctx.warning("opendir(" + d + "): Failed to open directory: " + reason(p));
            return false;
        }
        PhpResource r = new PhpResource(ctx.nextResourceId(), "stream", new DirHandle(names));
        ctx.extensionState(LastDir.class, LastDir::new).res = r;
        return r;
    }

    private static DirHandle handle(Context ctx, Object dir, String fn) {
        Object v = Values.deref(dir);
        if (v == null || v == Values.UNDEF) {
            PhpResource last = ctx.extensionState(LastDir.class, LastDir::new).res;
            if (last == null || last.isClosed()) throw new PhpError("TypeError", "No resource supplied");
            v = last;
        }
        if (!(v instanceof PhpResource r)) {
            throw new PhpError("TypeError", fn + "(): Argument #1 ($dir_handle) must be of type resource or null, "
                    + Values.typeName(v) + " given");
        }
        if (r.isClosed() || !(r.handle instanceof DirHandle h)) {
            throw new PhpError("TypeError", fn + "(): supplied resource is not a valid Directory resource");
        }
        return h;
    }

    public static Object readdir(Context ctx) { return readdir(ctx, null); }

    public static Object readdir(Context ctx, Object dir_handle) {
        DirHandle h = handle(ctx, dir_handle, "readdir");
        return h.pos < h.entries.size() ? h.entries.get(h.pos++) : (Object) false;
    }

    public static void rewinddir(Context ctx) { rewinddir(ctx, null); }
    public static void rewinddir(Context ctx, Object dir_handle) { handle(ctx, dir_handle, "rewinddir").pos = 0; }

    public static void closedir(Context ctx) { closedir(ctx, null); }

    public static void closedir(Context ctx, Object dir_handle) {
        handle(ctx, dir_handle, "closedir");
        Object v = Values.deref(dir_handle);
        PhpResource r = v instanceof PhpResource pr ? pr : ctx.extensionState(LastDir.class, LastDir::new).res;
        r.close();
    }

    // ---- glob

    public static Object glob(Context ctx, Object pattern) { return glob(ctx, pattern, 0L); }

    public static Object glob(Context ctx, Object pattern, Object flags) {
        String pat = Args.str(pattern, "glob", 1, "pattern");
        long f = Args.toInt(flags, "glob", 2, "flags");
        if ((f & ~9303L) != 0) {
            ctx.warning("glob(): At least one of the passed flags is invalid or not supported on this platform");
            return false;
        }
        List<String> pats = (f & GLOB_BRACE) != 0 ? braces(pat) : List.of(pat);
        List<String> out = new ArrayList<>();
        for (String p : pats) {
            List<String> found = new ArrayList<>();
            expand(ctx, "", p, (f & GLOB_NOESCAPE) == 0, found);
            if ((f & GLOB_NOSORT) == 0) found.sort(String::compareTo);
            out.addAll(found);
        }
        PhpArray res = new PhpArray(out.size());
        for (String s : out) {
            boolean dir = java.nio.file.Files.isDirectory(Files.resolve(ctx, s));
            if ((f & GLOB_ONLYDIR) != 0 && !dir) continue;
            res.append((f & GLOB_MARK) != 0 && dir ? s + "/" : s);
        }
        if (res.size() == 0 && (f & GLOB_NOCHECK) != 0) res.append(pat);
        return res;
    }

    private static boolean magic(String s, boolean escape) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '*' || c == '?' || c == '[') return true;
            if (c == '\\' && escape) i++;
        }
        return false;
    }

    private static String unescape(String s, boolean escape) {
        if (!escape) return s;
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) c = s.charAt(++i);
            sb.append(c);
        }
        return sb.toString();
    }

    /** Matches the path components of {@code rest} below {@code prefix}, collecting the paths that exist. */
    private static void expand(Context ctx, String prefix, String rest, boolean escape, List<String> out) {
        if (rest.isEmpty()) {
            if (!prefix.isEmpty() && java.nio.file.Files.exists(Files.resolve(ctx, prefix), java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                out.add(prefix);
            }
            return;
        }
        int slash = rest.indexOf('/');
        String comp = slash < 0 ? rest : rest.substring(0, slash);
        String after = slash < 0 ? "" : rest.substring(slash + 1);
        String sep = slash < 0 ? "" : "/";
        if (slash == 0) {
            expand(ctx, prefix + "/", after, escape, out);
            return;
        }
        if (!magic(comp, escape)) {
            String next = prefix + unescape(comp, escape);
            if (after.isEmpty()) expand(ctx, next, "", escape, out);
            else if (java.nio.file.Files.isDirectory(Files.resolve(ctx, next))) expand(ctx, next + sep, after, escape, out);
            return;
        }
        Path dir = Files.resolve(ctx, prefix.isEmpty() ? "." : prefix);
        List<String> names = list(dir);
        if (names == null) return;
        names.sort(String::compareTo);
        for (String n : names) {
            if (n.equals(".") || n.equals("..")) {
                if (!comp.startsWith(".")) continue;
            }
            if (n.startsWith(".") && !comp.startsWith(".") && !comp.startsWith("\\.")) continue;
            if (!fnmatch(comp, 0, n, 0, escape)) continue;
            if (after.isEmpty()) out.add(prefix + n);
            else if (java.nio.file.Files.isDirectory(dir.resolve(n))) expand(ctx, prefix + n + "/", after, escape, out);
        }
    }

    /** Shell wildcard match of one path component: *, ?, [set] ([!set], [^set], ranges), backslash escapes. */
    static boolean fnmatch(String p, int pi, String s, int si, boolean escape) {
        while (pi < p.length()) {
            char c = p.charAt(pi);
            if (c == '*') {
                while (pi < p.length() && p.charAt(pi) == '*') pi++;
                if (pi == p.length()) return true;
                for (int k = si; k <= s.length(); k++) if (fnmatch(p, pi, s, k, escape)) return true;
                return false;
            }
            if (si >= s.length()) return false;
            char t = s.charAt(si);
            if (c == '?') {
                pi++;
                si++;
                continue;
            }
            if (c == '[') {
                int end = pi + 1;
                if (end < p.length() && (p.charAt(end) == '!' || p.charAt(end) == '^')) end++;
                if (end < p.length() && p.charAt(end) == ']') end++;
                while (end < p.length() && p.charAt(end) != ']') end++;
                if (end < p.length()) {
                    int q = pi + 1;
                    boolean neg = p.charAt(q) == '!' || p.charAt(q) == '^';
                    if (neg) q++;
                    boolean hit = false;
                    boolean firstChar = true;
                    while (q < end || firstChar && q == end) {
                        char lo = p.charAt(q);
                        firstChar = false;
                        if (q + 2 < end && p.charAt(q + 1) == '-') {
                            if (t >= lo && t <= p.charAt(q + 2)) hit = true;
                            q += 3;
                        } else {
                            if (t == lo) hit = true;
                            q++;
                        }
                    }
                    if (hit == neg) return false;
                    pi = end + 1;
                    si++;
                    continue;
                }
            }
            if (c == '\\' && escape && pi + 1 < p.length()) c = p.charAt(++pi);
            if (c != t) return false;
            pi++;
            si++;
        }
        return si == s.length();
    }

    /** GLOB_BRACE: {a,b} alternatives expanded left to right (nested braces too). */
    static List<String> braces(String p) {
        int open = -1, depth = 0;
        for (int i = 0; i < p.length(); i++) {
            char c = p.charAt(i);
            if (c == '\\') { i++; continue; }
            if (c == '{') { if (depth++ == 0) open = i; }
            else if (c == '}' && depth > 0 && --depth == 0) {
                List<String> alts = new ArrayList<>();
                int d = 0, start = open + 1;
                for (int j = open + 1; j < i; j++) {
                    char x = p.charAt(j);
                    if (x == '{') d++;
                    else if (x == '}') d--;
                    else if (x == ',' && d == 0) { alts.add(p.substring(start, j)); start = j + 1; }
                }
                alts.add(p.substring(start, i));
                List<String> out = new ArrayList<>();
                for (String a : alts) out.addAll(braces(p.substring(0, open) + a + p.substring(i + 1)));
                return out;
            }
        }
        return List.of(p);
    }

    // ---- fnmatch

    public static boolean fnmatch(Object pattern, Object filename) { return fnmatch(pattern, filename, 0L); }

    /** fnmatch(3) with FNM_NOESCAPE (2), FNM_PATHNAME (1), FNM_PERIOD (4) and FNM_CASEFOLD (16). */
    public static boolean fnmatch(Object pattern, Object filename, Object flags) {
        String p = Args.str(pattern, "fnmatch", 1, "pattern");
        String f = Args.str(filename, "fnmatch", 2, "filename");
        long fl = Args.toInt(flags, "fnmatch", 3, "flags");
        if (f.length() >= 4096) {
            throw new PhpError("ValueError", "fnmatch(): Argument #2 ($filename) must have a length less than 4096 bytes");
        }
        boolean escape = (fl & 2) == 0;
        if ((fl & 16) != 0) {
            p = Strings.asciiLower(p);
            f = Strings.asciiLower(f);
        }
        if ((fl & 1) == 0) {
            if ((fl & 4) != 0 && f.startsWith(".") && !p.startsWith(".")) return false;
            return fnmatch(p, 0, f, 0, escape);
        }
        String[] ps = p.split("/", -1), fs = f.split("/", -1);
        if (ps.length != fs.length) return false;
        for (int i = 0; i < ps.length; i++) {
            if ((fl & 4) != 0 && fs[i].startsWith(".") && !ps[i].startsWith(".")) return false;
            if (!fnmatch(ps[i], 0, fs[i], 0, escape)) return false;
        }
        return true;
    }
}
