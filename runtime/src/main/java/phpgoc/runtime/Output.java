package phpgoc.runtime;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A context's output: a stack of output buffers (ob_start) over the sink. PHP strings are byte
 * strings held one byte per char, so writing is a narrowing copy.
 */
public final class Output {
    private final OutputStream sink;
    private byte[] buf = new byte[8192];
    private int len;
    private final List<java.io.ByteArrayOutputStream> buffers = new ArrayList<>();

    /** Set for a context whose go routines run in parallel: every write and buffer change takes it. */
    private volatile ReentrantLock lock;

    /** Where output first reached the sink past every buffer (php's output_start_filename/lineno); null before. */
    private SourceLocation started;

    public Output(OutputStream sink) { this.sink = sink; }

    /** Where output started (headers_sent()), or null if nothing was output yet. */
    public SourceLocation startedAt() { return started; }


    /** From now on several threads may write at once (parallel go routines): writes are serialised. */
    public void shareBetweenThreads() {
        if (lock == null) lock = new ReentrantLock();
    }

    public void write(String s) {
        ReentrantLock l = lock;
        if (l == null) {
            writeNow(s);
            return;
        }
        l.lock();
        try {
            writeNow(s);
        } finally {
            l.unlock();
        }
    }

    private void writeNow(String s) {
        int n = s.length();
        if (!buffers.isEmpty()) {
            var top = buffers.get(buffers.size() - 1);
            for (int i = 0; i < n; i++) top.write(s.charAt(i));
            return;
        }
        if (started == null && n > 0) started = SourceLocation.current();
        if (len + n > buf.length) {
            flushBuffer();
            if (n > buf.length) buf = new byte[Math.max(n, buf.length * 2)];
        }
        s.getBytes(0, n, buf, len);
        len += n;
    }

    public void write(byte[] bytes, int off, int n) {
        ReentrantLock l = lock;
        if (l == null) {
            writeNow(bytes, off, n);
            return;
        }
        l.lock();
        try {
            writeNow(bytes, off, n);
        } finally {
            l.unlock();
        }
    }

    private void writeNow(byte[] bytes, int off, int n) {
        if (!buffers.isEmpty()) {
            buffers.get(buffers.size() - 1).write(bytes, off, n);
            return;
        }
        if (started == null && n > 0) started = SourceLocation.current();
        if (len + n > buf.length) {
            flushBuffer();
            if (n > buf.length) {
                try { sink.write(bytes, off, n); } catch (IOException e) { throw new UncheckedIOException(e); }
                return;
            }
        }
        System.arraycopy(bytes, off, buf, len, n);
        len += n;
    }

    /** Writes past the output buffers straight to the sink, after what is pending ({@code fwrite(STDOUT)}). */
    public void writeUnbuffered(byte[] bytes, int off, int n) {
        ReentrantLock l = lock;
        if (l == null) {
            writeUnbufferedNow(bytes, off, n);
            return;
        }
        l.lock();
        try {
            writeUnbufferedNow(bytes, off, n);
        } finally {
            l.unlock();
        }
    }

    private void writeUnbufferedNow(byte[] bytes, int off, int n) {
        flushBuffer();
        try {
            sink.write(bytes, off, n);
            sink.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** ob_start(): later writes go to a new buffer. */
    public void pushBuffer() {
        ReentrantLock l = lock;
        if (l != null) l.lock();
        try {
            buffers.add(new java.io.ByteArrayOutputStream());
        } finally {
            if (l != null) l.unlock();
        }
    }

    /** Ends the innermost buffer and returns its contents as a byte string, or null if there is none. */
    public String popBuffer() {
        ReentrantLock l = lock;
        if (l == null) {
            return popBufferNow();
        }
        l.lock();
        try {
            return popBufferNow();
        } finally {
            l.unlock();
        }
    }

    private String popBufferNow() {
        if (buffers.isEmpty()) return null;
        var b = buffers.remove(buffers.size() - 1);
        return b.toString(java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    public int bufferLevel() { return buffers.size(); }

    /** The bytes held by each buffer level, outermost first (ob_get_status). */
    public int[] bufferLengths() {
        int[] out = new int[buffers.size()];
        for (int i = 0; i < out.length; i++) out[i] = buffers.get(i).size();
        return out;
    }

    /** The innermost buffer's contents as a byte string, or null if there is none. */
    public String bufferContents() {
        return buffers.isEmpty() ? null : buffers.get(buffers.size() - 1).toString(java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    /** The innermost buffer's length in bytes, or -1 if there is none. */
    public int bufferLength() { return buffers.isEmpty() ? -1 : buffers.get(buffers.size() - 1).size(); }

    /** Empties the innermost buffer (ob_clean); false if there is none. */
    public boolean cleanBuffer() {
        if (buffers.isEmpty()) return false;
        buffers.get(buffers.size() - 1).reset();
        return true;
    }

    /** Passes the innermost buffer's contents to the level below and empties it (ob_flush); false if there is none. */
    public boolean flushBufferDown() {
        ReentrantLock l = lock;
        if (l == null) {
            return flushBufferDownNow();
        }
        l.lock();
        try {
            return flushBufferDownNow();
        } finally {
            l.unlock();
        }
    }

    private boolean flushBufferDownNow() {
        if (buffers.isEmpty()) return false;
        var top = buffers.remove(buffers.size() - 1);
        write(top.toString(java.nio.charset.StandardCharsets.ISO_8859_1));
        top.reset();
        buffers.add(top);
        return true;
    }

    /** Flushes every buffer level into the sink (end of script). */
    public void flushAll() {
        ReentrantLock l = lock;
        if (l == null) {
            flushAllNow();
            return;
        }
        l.lock();
        try {
            flushAllNow();
        } finally {
            l.unlock();
        }
    }

    private void flushAllNow() {
        while (!buffers.isEmpty()) {
            String s = popBuffer();
            write(s);
        }
        flushBuffer();
    }

    private void flushBuffer() {
        try {
            if (len > 0) sink.write(buf, 0, len);
            len = 0;
            sink.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
