package phpgoc.runtime.ext.standard;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Path;
import phpgoc.runtime.Args;
import phpgoc.runtime.Context;
import phpgoc.runtime.Convert;
import phpgoc.runtime.PhpError;
import phpgoc.runtime.PhpResource;
import phpgoc.runtime.Values;

/** ext/standard's stream functions on "stream" resources: fopen, fread, fwrite, fgets, fseek, ... */
public final class Streams {
    private Streams() {}

    /** The resource argument's stream; php's TypeErrors for a non-resource or a closed one. */
    /**
     * Up to {@code max} bytes (to the end when negative) of the stream that is argument {@code argNo} of
     * {@code fn} (hash_update_stream), with php's TypeErrors for a non-resource or a closed one.
     */
    public static String readArgument(Object v, String fn, int argNo, long max) {
        v = Values.deref(v);
        if (!(v instanceof PhpResource r)) {
            throw new PhpError("TypeError", fn + "(): Argument #" + argNo + " ($stream) must be of type resource, "
                    + Values.typeName(v) + " given");
        }
        if (r.isClosed() || !(r.handle instanceof Stream s)) {
            throw new PhpError("TypeError", fn + "(): supplied resource is not a valid stream resource");
        }
        StringBuilder sb = new StringBuilder();
        try {
            while (max < 0 || sb.length() < max) {
                String chunk = s.read(max < 0 ? 8192 : (int) java.lang.Math.min(8192, max - sb.length()));
                if (chunk.isEmpty()) break;
                sb.append(chunk);
            }
        } catch (java.io.IOException e) {
            // what was read so far
        }
        return sb.toString();
    }

    static Stream stream(Object v, String fn) {
        v = Values.deref(v);
        if (!(v instanceof PhpResource r)) {
            throw new PhpError("TypeError", fn + "(): Argument #1 ($stream) must be of type resource, " + Values.typeName(v) + " given");
        }
        if (r.isClosed() || !(r.handle instanceof Stream s)) {
            throw new PhpError("TypeError", fn + "(): supplied resource is not a valid stream resource");
        }
        return s;
    }

    static PhpResource resource(Context ctx, Stream s) { return new PhpResource(ctx.nextResourceId(), "stream", s); }

    /** STDIN, STDOUT, STDERR (ids 1..3), or null for another name. */
    public static Object stdConstant(Context ctx, String name) {
        int i = switch (name) {
            case "STDIN" -> 0;
            case "STDOUT" -> 1;
            case "STDERR" -> 2;
            default -> -1;
        };
        if (i < 0) return null;
        if (ctx.stdStreams == null) {
            ctx.stdStreams = new PhpResource[] {
                new PhpResource(1, "stream", new Stream.Process(ctx, "stdin")),
                new PhpResource(2, "stream", new Stream.Process(ctx, "stdout")),
                new PhpResource(3, "stream", new Stream.Process(ctx, "stderr"))};
        }
        return ctx.stdStreams[i];
    }

    public static Object fopen(Context ctx, Object filename, Object mode) {
        String name = Args.str(filename, "fopen", 1, "filename");
        String m = Args.str(mode, "fopen", 2, "mode");
        String base = m.replace("b", "").replace("t", "");
        boolean plus = base.endsWith("+");
        char kind = base.isEmpty() ? '?' : base.charAt(0);
        if (base.length() > 2 || base.length() == 2 && !plus || "rwaxc".indexOf(kind) < 0) {
            ctx.warning("fopen(" + name + "): Failed to open stream: `" + m + "' is not a valid mode for fopen");
            return false;
        }
        boolean readable = kind == 'r' || plus, writable = kind != 'r' || plus;
        if (name.startsWith("php://")) {
            String what = name.substring(6).toLowerCase(java.util.Locale.ROOT);
            switch (what) {
                case "memory" -> { return resource(ctx, new Stream.Memory(true, writable, kind == 'a')); }
                case "temp" -> {
                    PhpResource r = resource(ctx, new Stream.Memory(true, writable, kind == 'a'));
                    ctx.skipResourceIds(1);
                    return r;
                }
                case "output", "stdout", "stderr", "stdin" -> { return resource(ctx, new Stream.Process(ctx, what)); }
                default -> {
                    ctx.warning("fopen(): Invalid php:// URL specified");
                    ctx.warning("fopen(" + name + "): Failed to open stream: operation failed");
                    return false;
                }
            }
        }
        Path p = Files.resolve(ctx, name);
        boolean exists = java.nio.file.Files.exists(p);
        String err = null;
        if (kind == 'r' && !exists) err = "No such file or directory";
        else if (kind == 'x' && exists) err = "File exists";
        else if (java.nio.file.Files.isDirectory(p)) err = writable ? "Is a directory" : null;
        else if (!exists && (p.getParent() == null || !java.nio.file.Files.isDirectory(p.getParent()))) err = "No such file or directory";
        if (err != null) {
            ctx.warning("fopen(" + name + "): Failed to open stream: " + err);
            return false;
        }
        try {
            RandomAccessFile f = new RandomAccessFile(p.toFile(), writable ? "rw" : "r");
            if (kind == 'w') f.setLength(0);
            return resource(ctx, new Stream.File(f, readable, writable, kind == 'a'));
        } catch (IOException e) {
            ctx.warning("fopen(" + name + "): Failed to open stream: Permission denied");
            return false;
        }
    }

    public static Object fopen(Context ctx, Object filename, Object mode, Object use_include_path) { return fopen(ctx, filename, mode); }

    public static boolean fclose(Object stream) {
        Stream s = stream(stream, "fclose");
        try {
            s.close();
        } catch (IOException ignored) {
            // php reports nothing either
        }
        ((PhpResource) Values.deref(stream)).close();
        return true;
    }

    public static Object fwrite(Context ctx, Object stream, Object data) { return write(ctx, "fwrite", stream, data, Values.UNDEF); }

    public static Object fwrite(Context ctx, Object stream, Object data, Object length) { return write(ctx, "fwrite", stream, data, length); }

    public static Object fputs(Context ctx, Object stream, Object data) { return write(ctx, "fputs", stream, data, Values.UNDEF); }

    public static Object fputs(Context ctx, Object stream, Object data, Object length) { return write(ctx, "fputs", stream, data, length); }

    private static Object write(Context ctx, String fn, Object stream, Object data, Object length) {
        Stream s = stream(stream, fn);
        String d = Args.str(data, fn, 2, "data");
        if (length != Values.UNDEF && length != null) {
            long n = Args.toInt(length, fn, 3, "length");
            if (n < d.length()) d = d.substring(0, (int) java.lang.Math.max(0, n));
        }
        if (!s.writable) {
            if (s instanceof Stream.File) ctx.notice(fn + "(): Write of " + d.length() + " bytes failed with errno=9 Bad file descriptor");
            return false;
        }
        if (d.isEmpty()) return 0L;
        try {
            s.write(d);
        } catch (IOException e) {
            return false;
        }
        return (long) d.length();
    }

    public static Object fread(Context ctx, Object stream, Object length) {
        Stream s = stream(stream, "fread");
        long n = Args.toInt(length, "fread", 2, "length");
        if (n <= 0) throw new PhpError("ValueError", "fread(): Argument #2 ($length) must be greater than 0");
        if (!s.readable) {
            if (s instanceof Stream.File) ctx.notice("fread(): Read of 8192 bytes failed with errno=9 Bad file descriptor");
            return false;
        }
        try {
            return s.read((int) java.lang.Math.min(n, Integer.MAX_VALUE - 8));
        } catch (IOException e) {
            return false;
        }
    }

    public static Object fgets(Object stream) { return fgets(stream, Values.UNDEF); }

    public static Object fgets(Object stream, Object length) {
        Stream s = stream(stream, "fgets");
        long max = Long.MAX_VALUE;
        if (length != Values.UNDEF && length != null) {
            long n = Args.toInt(length, "fgets", 2, "length");
            if (n <= 0) throw new PhpError("ValueError", "fgets(): Argument #2 ($length) must be greater than 0");
            max = n - 1;
            if (max == 0) return false;
        }
        if (!s.readable) return false;
        try {
            String line = s.readLine(max);
            return line == null ? false : line;
        } catch (IOException e) {
            return false;
        }
    }

    public static Object fgetc(Object stream) {
        Stream s = stream(stream, "fgetc");
        if (!s.readable) return false;
        try {
            int c = s.readByte();
            return c < 0 ? false : String.valueOf((char) c);
        } catch (IOException e) {
            return false;
        }
    }

    public static boolean feof(Object stream) { return stream(stream, "feof").eof; }

    public static boolean fflush(Object stream) {
        try {
            stream(stream, "fflush").flush();
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    public static Object ftell(Object stream) {
        try {
            long p = stream(stream, "ftell").tell();
            return p < 0 ? false : p;
        } catch (IOException e) {
            return false;
        }
    }

    public static long fseek(Object stream, Object offset) { return fseek(stream, offset, 0L); }

    public static long fseek(Object stream, Object offset, Object whence) {
        Stream s = stream(stream, "fseek");
        long off = Args.toInt(offset, "fseek", 2, "offset");
        long w = Args.toInt(whence, "fseek", 3, "whence");
        try {
            long base = w == 1 ? s.tell() : w == 2 ? s.size() : 0;
            return s.seekable() && s.seek(base + off) ? 0 : -1;
        } catch (IOException e) {
            return -1;
        }
    }

    public static boolean rewind(Object stream) {
        Stream s = stream(stream, "rewind");
        try {
            return s.seekable() && s.seek(0);
        } catch (IOException e) {
            return false;
        }
    }

    public static boolean ftruncate(Object stream, Object size) {
        Stream s = stream(stream, "ftruncate");
        long n = Args.toInt(size, "ftruncate", 2, "size");
        if (n < 0) throw new PhpError("ValueError", "ftruncate(): Argument #2 ($size) must be greater than or equal to 0");
        if (!s.writable) return false;
        try {
            return s.truncate(n);
        } catch (IOException e) {
            return false;
        }
    }

    static String str(Object v) { return Convert.toStr(v); }
}
