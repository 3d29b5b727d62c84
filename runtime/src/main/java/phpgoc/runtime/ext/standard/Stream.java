package phpgoc.runtime.ext.standard;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.util.Arrays;
import phpgoc.runtime.Context;

/**
 * The handle of a "stream" resource: a plain file ({@link RandomAccessFile}), a memory buffer
 * ({@code php://memory}, {@code php://temp}), or one of the process streams. Bytes are chars
 * 0..255. {@code eof} follows php: set when a read wanted more than was left, cleared by a seek.
 */
abstract class Stream {
    final boolean readable, writable, append;
    boolean eof;

    Stream(boolean readable, boolean writable, boolean append) {
        this.readable = readable;
        this.writable = writable;
        this.append = append;
    }

    /** Up to {@code n} bytes; fewer (and eof) at the end. */
    abstract String read(int n) throws IOException;

    /** One byte, or -1 (and eof) at the end. */
    abstract int readByte() throws IOException;

    abstract void write(String s) throws IOException;

    long tell() throws IOException { return -1; }

    /** False if the stream cannot seek there. */
    boolean seek(long pos) throws IOException { return false; }

    long size() throws IOException { return -1; }

    boolean truncate(long size) throws IOException { return false; }

    void flush() throws IOException {}

    void close() throws IOException {}

    boolean seekable() { return false; }

    /** A line up to and including "\n", or null at the end. */
    String readLine(long max) throws IOException {
        StringBuilder sb = new StringBuilder();
        while (sb.length() < max) {
            int c = readByte();
            if (c < 0) break;
            sb.append((char) c);
            if (c == '\n') break;
        }
        return sb.length() == 0 ? null : sb.toString();
    }

    static final class Memory extends Stream {
        private byte[] buf = new byte[64];
        private int size, pos;

        Memory(boolean readable, boolean writable, boolean append) { super(readable, writable, append); }

        @Override String read(int n) {
            int k = java.lang.Math.max(0, java.lang.Math.min(n, size - pos));
            if (k < n) eof = true;
            String s = new String(buf, 0, pos, k);
            pos += k;
            return s;
        }

        @Override int readByte() {
            if (pos >= size) { eof = true; return -1; }
            return buf[pos++] & 0xff;
        }

        @Override void write(String s) {
            if (append) pos = size;
            int n = s.length();
            if (pos + n > buf.length) buf = Arrays.copyOf(buf, java.lang.Math.max(pos + n, buf.length * 2));
            if (pos > size) Arrays.fill(buf, size, pos, (byte) 0);
            s.getBytes(0, n, buf, pos);
            pos += n;
            size = java.lang.Math.max(size, pos);
        }

        @Override long tell() { return pos; }

        @Override boolean seek(long p) {
            if (p < 0 || p > size) return false;
            pos = (int) p;
            eof = false;
            return true;
        }

        @Override long size() { return size; }

        @Override boolean truncate(long n) {
            if (n > buf.length) buf = Arrays.copyOf(buf, (int) n);
            if (n > size) Arrays.fill(buf, size, (int) n, (byte) 0);
            size = (int) n;
            return true;
        }

        @Override boolean seekable() { return true; }
    }

    static final class File extends Stream {
        private final RandomAccessFile f;

        File(RandomAccessFile f, boolean readable, boolean writable, boolean append) {
            super(readable, writable, append);
            this.f = f;
        }

        @Override String read(int n) throws IOException {
            byte[] b = new byte[(int) java.lang.Math.min(n, java.lang.Math.max(0, f.length() - f.getFilePointer()))];
            int k = 0;
            while (k < b.length) {
                int r = f.read(b, k, b.length - k);
                if (r < 0) break;
                k += r;
            }
            if (k < n) eof = true;
            return new String(b, 0, 0, k);
        }

        @Override int readByte() throws IOException {
            int c = f.read();
            if (c < 0) eof = true;
            return c;
        }

        @Override void write(String s) throws IOException {
            if (append) f.seek(f.length());
            byte[] b = new byte[s.length()];
            s.getBytes(0, b.length, b, 0);
            f.write(b);
        }

        @Override long tell() throws IOException { return f.getFilePointer(); }

        @Override boolean seek(long p) throws IOException {
            if (p < 0) return false;
            f.seek(p);
            eof = false;
            return true;
        }

        @Override long size() throws IOException { return f.length(); }

        @Override boolean truncate(long n) throws IOException {
            f.setLength(n);
            return true;
        }

        @Override void close() throws IOException { f.close(); }

        @Override boolean seekable() { return true; }
    }

    /** php://output, php://stdout, php://stderr, php://stdin. */
    static final class Process extends Stream {
        private final Context ctx;
        private final String which;

        Process(Context ctx, String which) {
            super(which.equals("stdin"), !which.equals("stdin"), false);
            this.ctx = ctx;
            this.which = which;
        }

        @Override String read(int n) throws IOException {
            byte[] b = System.in.readNBytes(n);
            if (b.length < n) eof = true;
            return new String(b, 0, 0, b.length);
        }

        @Override int readByte() throws IOException {
            int c = System.in.read();
            if (c < 0) eof = true;
            return c;
        }

        @Override void write(String s) {
            byte[] b = new byte[s.length()];
            s.getBytes(0, b.length, b, 0);
            switch (which) {
                case "output" -> ctx.out.write(s);
                case "stdout" -> ctx.out.writeUnbuffered(b, 0, b.length);
                default -> {
                    System.err.write(b, 0, b.length);
                    System.err.flush();
                }
            }
        }
    }
}
