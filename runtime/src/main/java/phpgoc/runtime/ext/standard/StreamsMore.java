package phpgoc.runtime.ext.standard;

import java.io.IOException;
import java.io.RandomAccessFile;
import phpgoc.runtime.Args;
import phpgoc.runtime.Context;
import phpgoc.runtime.Convert;
import phpgoc.runtime.PhpArray;
import phpgoc.runtime.PhpError;
import phpgoc.runtime.Ref;
import phpgoc.runtime.Values;

/**
 * More stream functions of ext/standard: fprintf/vfprintf, fputcsv/fgetcsv (php's
 * php_fputcsv quoting; fgetcsv reads on while an enclosure is open), readfile, fpassthru,
 * stream_get_contents, tmpfile and flock (one process: locks always succeed).
 */
public final class StreamsMore {
    private StreamsMore() {}

    private static long put(Stream s, String data) {
        try {
            s.write(data);
            return data.length();
        } catch (IOException e) {
            return 0;
        }
    }

    public static long fprintf(Context ctx, Object stream, Object format, Object[] values) {
        Stream s = Streams.stream(stream, "fprintf");
        String out = Printf.format("fprintf", Args.str(format, "fprintf", 2, "format"), values, 2);
        return put(s, out);
    }

    public static long vfprintf(Context ctx, Object stream, Object format, Object values) {
        Stream s = Streams.stream(stream, "vfprintf");
        String f = Args.str(format, "vfprintf", 2, "format");
        PhpArray a = Args.array(values, "vfprintf", 3, "values");
        Object[] vs = new Object[a.size()];
        int i = 0;
        for (int p = a.firstPos(); p >= 0; p = a.nextPos(p)) vs[i++] = a.valueAt(p);
        return put(s, Printf.format("vfprintf", f, vs, -1));
    }

    // ---- csv

    private static char one(Object v, String fn, int n, String param, char dflt) {
        if (v == Values.UNDEF) return dflt;
        String s = Args.str(v, fn, n, param);
        if (s.length() != 1) throw new PhpError("ValueError", fn + "(): Argument #" + n + " ($" + param + ") must be a single character");
        return s.charAt(0);
    }

    private static int escape(Object v, String fn, int n) {
        if (v == Values.UNDEF) return '\\';
        String s = Args.str(v, fn, n, "escape");
        if (s.length() > 1) {
            throw new PhpError("ValueError", fn + "(): Argument #" + n + " ($escape) must be empty or a single character");
        }
        return s.isEmpty() ? -1 : s.charAt(0);
    }

    public static Object fputcsv(Context ctx, Object stream, Object fields) {
        return fputcsv(ctx, stream, fields, Values.UNDEF, Values.UNDEF, Values.UNDEF, Values.UNDEF);
    }

    public static Object fputcsv(Context ctx, Object stream, Object fields, Object separator, Object enclosure, Object escape,
            Object eol) {
        Stream s = Streams.stream(stream, "fputcsv");
        PhpArray a = Args.array(fields, "fputcsv", 2, "fields");
        char delim = one(separator, "fputcsv", 3, "separator", ',');
        char encl = one(enclosure, "fputcsv", 4, "enclosure", '"');
        int esc = escape(escape, "fputcsv", 5);
        String end = eol == Values.UNDEF ? "\n" : Args.str(eol, "fputcsv", 6, "eol");
        StringBuilder sb = new StringBuilder();
        boolean first = true;
        for (int p = a.firstPos(); p >= 0; p = a.nextPos(p)) {
            if (!first) sb.append(delim);
            first = false;
            String f = Convert.toStr(a.valueAt(p));
            boolean quote = false;
            for (int i = 0; i < f.length() && !quote; i++) {
                char c = f.charAt(i);
                quote = c == delim || c == encl || esc >= 0 && c == esc || c == '\n' || c == '\r' || c == '\t' || c == ' ';
            }
            if (!quote) {
                sb.append(f);
                continue;
            }
            sb.append(encl);
            boolean escaped = false;
            for (int i = 0; i < f.length(); i++) {
                char c = f.charAt(i);
                if (esc >= 0 && c == esc) escaped = true;
                else if (!escaped && c == encl) sb.append(encl);
                else escaped = false;
                sb.append(c);
            }
            sb.append(encl);
        }
        sb.append(end);
        return put(s, sb.toString());
    }

    public static Object fgetcsv(Context ctx, Object stream) {
        return fgetcsv(ctx, stream, null, Values.UNDEF, Values.UNDEF, Values.UNDEF);
    }
    public static Object fgetcsv(Context ctx, Object stream, Object length) {
        return fgetcsv(ctx, stream, length, Values.UNDEF, Values.UNDEF, Values.UNDEF);
    }

    public static Object fgetcsv(Context ctx, Object stream, Object length, Object separator, Object enclosure, Object escape) {
        Stream s = Streams.stream(stream, "fgetcsv");
        long max = Long.MAX_VALUE;
        if (length != null && length != Values.UNDEF) {
            long l = Args.toInt(length, "fgetcsv", 2, "length");
            if (l < 0) throw new PhpError("ValueError", "fgetcsv(): Argument #2 ($length) must be between 0 and " + Long.MAX_VALUE);
            if (l > 0) max = l;
        }
        char delim = one(separator, "fgetcsv", 3, "separator", ',');
        char encl = one(enclosure, "fgetcsv", 4, "enclosure", '"');
        int esc = escape(escape, "fgetcsv", 5);
        try {
            String line = s.readLine(max);
            if (line == null) return false;
            StringBuilder buf = new StringBuilder(line);
            while (open(buf, encl, esc)) {
                String more = s.readLine(Long.MAX_VALUE);
                if (more == null) break;
                buf.append(more);
            }
            return Csv.parse(buf.toString(), delim, encl, esc);
        } catch (IOException e) {
            return false;
        }
    }

    /** Whether an enclosure opened in {@code b} is still open at its end. */
    private static boolean open(CharSequence b, char encl, int esc) {
        boolean in = false;
        for (int i = 0; i < b.length(); i++) {
            char c = b.charAt(i);
            if (in && esc >= 0 && c == esc && esc != encl) {
                i++;
            } else if (c == encl) {
                in = !in;
            }
        }
        return in;
    }

    // ---- whole-stream reads

    public static Object readfile(Context ctx, Object filename) { return readfile(ctx, filename, false, null); }
    public static Object readfile(Context ctx, Object filename, Object use_include_path) { return readfile(ctx, filename, use_include_path, null); }

    public static Object readfile(Context ctx, Object filename, Object use_include_path, Object context) {
        String name = Args.str(filename, "readfile", 1, "filename");
        java.nio.file.Path p = Files.resolve(ctx, name);
        if (name.isEmpty() || !java.nio.file.Files.isRegularFile(p)) {
            ctx.warning("readfile(" + name + "): Failed to open stream: "
                    + (java.nio.file.Files.isDirectory(p) && !name.isEmpty() ? "Is a directory" : "No such file or directory"));
            return false;
        }
        try {
            String str = new String(java.nio.file.Files.readAllBytes(p), java.nio.charset.StandardCharsets.ISO_8859_1);
            ctx.out.write(str);
            return (long) str.length();
        } catch (IOException e) {
            ctx.warning("readfile(" + name + "): Failed to open stream: Permission denied");
            return false;
        }
    }

    private static String rest(Stream s, long max) throws IOException {
        StringBuilder sb = new StringBuilder();
        String chunk;
        while (sb.length() < max && !(chunk = s.read((int) java.lang.Math.min(8192, max - sb.length()))).isEmpty()) sb.append(chunk);
        return sb.toString();
    }

    public static Object fpassthru(Context ctx, Object stream) {
        Stream s = Streams.stream(stream, "fpassthru");
        try {
            String all = rest(s, Long.MAX_VALUE);
            ctx.out.write(all);
            return (long) all.length();
        } catch (IOException e) {
            return false;
        }
    }

    public static Object stream_get_contents(Object stream) { return stream_get_contents(stream, null, -1L); }
    public static Object stream_get_contents(Object stream, Object length) { return stream_get_contents(stream, length, -1L); }

    public static Object stream_get_contents(Object stream, Object length, Object offset) {
        Stream s = Streams.stream(stream, "stream_get_contents");
        long max = Long.MAX_VALUE;
        if (length != null && length != Values.UNDEF) {
            long l = Args.toInt(length, "stream_get_contents", 2, "length");
            if (l < -1) throw new PhpError("ValueError", "stream_get_contents(): Argument #2 ($length) must be greater than or equal to -1");
            if (l >= 0) max = l;
        }
        long off = Args.toInt(offset, "stream_get_contents", 3, "offset");
        try {
            if (off >= 0 && !s.seek(off)) return false;
            return rest(s, max);
        } catch (IOException e) {
            return false;
        }
    }

    public static Object tmpfile(Context ctx) {
        try {
            java.io.File f = java.io.File.createTempFile("php", null);
            f.deleteOnExit();
            RandomAccessFile raf = new RandomAccessFile(f, "rw");
            return Streams.resource(ctx, new Stream.File(raf, true, true, false));
        } catch (IOException e) {
            return false;
        }
    }

    public static boolean flock(Object stream, Object operation) { return flock(stream, operation, new Ref()); }

    public static boolean flock(Object stream, Object operation, Ref would_block) {
        Stream s = Streams.stream(stream, "flock");
        long op = Args.toInt(operation, "flock", 2, "operation");
        long act = op & 3;
        if (act < 1 || act > 3) {
            throw new PhpError("ValueError", "flock(): Argument #2 ($operation) must be one of LOCK_SH, LOCK_EX, or LOCK_UN");
        }
        would_block.set(0L);
        return s instanceof Stream.File; // memory and process streams cannot be locked
    }

    // ---- fscanf: one line through sscanf's scanner

    private static Object fscan(Object stream, Object format, Ref... vars) {
        Stream s = Streams.stream(stream, "fscanf");
        String f = Args.str(format, "fscanf", 2, "format");
        try {
            String line = s.readLine(Long.MAX_VALUE);
            if (line == null) return false;
            return Scanf.scan(line, f, vars);
        } catch (IOException e) {
            return false;
        }
    }

    public static Object fscanf(Object stream, Object format) { return fscan(stream, format); }
    public static Object fscanf(Object stream, Object format, Ref a) { return fscan(stream, format, a); }
    public static Object fscanf(Object stream, Object format, Ref a, Ref b) { return fscan(stream, format, a, b); }
    public static Object fscanf(Object stream, Object format, Ref a, Ref b, Ref c) { return fscan(stream, format, a, b, c); }
    public static Object fscanf(Object stream, Object format, Ref a, Ref b, Ref c, Ref d) { return fscan(stream, format, a, b, c, d); }
    public static Object fscanf(Object stream, Object format, Ref a, Ref b, Ref c, Ref d, Ref e) {
        return fscan(stream, format, a, b, c, d, e);
    }
    public static Object fscanf(Object stream, Object format, Ref a, Ref b, Ref c, Ref d, Ref e, Ref f) {
        return fscan(stream, format, a, b, c, d, e, f);
    }

    public static boolean stream_supports_lock(Object stream) {
        return Streams.stream(stream, "stream_supports_lock") instanceof Stream.File;
    }
}
