package phpgoc.runtime.ext.standard;

import phpgoc.runtime.Context;
import phpgoc.runtime.Output;

/** Output control ({@code ob_*}, main/output.c): the buffer stack of {@link Output}. Output callbacks are not supported. */
public final class OutputControl {
    private OutputControl() {}

    public static boolean ob_start(Context ctx) {
        ctx.out.pushBuffer();
        return true;
    }

    public static Object ob_get_contents(Context ctx) {
        String s = ctx.out.bufferContents();
        return s == null ? Boolean.FALSE : s;
    }

    public static Object ob_get_length(Context ctx) {
        int n = ctx.out.bufferLength();
        return n < 0 ? Boolean.FALSE : (Object) (long) n;
    }

    public static long ob_get_level(Context ctx) { return ctx.out.bufferLevel(); }

    public static Object ob_get_clean(Context ctx) {
        String s = ctx.out.popBuffer();
        return s == null ? Boolean.FALSE : s;
    }

    public static boolean ob_end_clean(Context ctx) {
        if (ctx.out.popBuffer() != null) return true;
        ctx.notice("ob_end_clean(): Failed to delete buffer. No buffer to delete");
        return false;
    }

    public static boolean ob_clean(Context ctx) {
        if (ctx.out.cleanBuffer()) return true;
        ctx.notice("ob_clean(): Failed to delete buffer. No buffer to delete");
        return false;
    }

    public static boolean ob_flush(Context ctx) {
        if (ctx.out.flushBufferDown()) return true;
        ctx.notice("ob_flush(): Failed to flush buffer. No buffer to flush");
        return false;
    }

    public static boolean ob_end_flush(Context ctx) {
        String s = ctx.out.popBuffer();
        if (s != null) {
            ctx.out.write(s);
            return true;
        }
        ctx.notice("ob_end_flush(): Failed to delete and flush buffer. No buffer to delete or flush");
        return false;
    }

    public static Object ob_get_flush(Context ctx) {
        String s = ctx.out.popBuffer();
        if (s != null) {
            ctx.out.write(s);
            return s;
        }
        ctx.notice("ob_get_flush(): Failed to delete and flush buffer. No buffer to delete or flush");
        return Boolean.FALSE;
    }
}
