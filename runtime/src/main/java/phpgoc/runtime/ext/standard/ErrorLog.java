package phpgoc.runtime.ext.standard;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.StandardOpenOption;
import phpgoc.runtime.Args;
import phpgoc.runtime.Context;
import phpgoc.runtime.Values;

/**
 * {@code error_log()}: php -n has no error_log file, so the CLI writes the message and a newline to
 * stderr (types 0 and 4); type 3 appends the message as is to the destination file.
 */
public final class ErrorLog {
    private ErrorLog() {}

    public static boolean error_log(Context ctx, Object message) {
        return error_log(ctx, message, 0L, null, null);
    }

    public static boolean error_log(Context ctx, Object message, Object message_type) {
        return error_log(ctx, message, message_type, null, null);
    }

    public static boolean error_log(Context ctx, Object message, Object message_type, Object destination) {
        return error_log(ctx, message, message_type, destination, null);
    }

    public static boolean error_log(Context ctx, Object message, Object message_type, Object destination,
                                    Object additional_headers) {
        String msg = Args.str(message, "error_log", 1, "message");
        long type = Args.toInt(message_type, "error_log", 2, "message_type");
        Object d = Values.deref(destination);
        String dest = d == null || d == Values.UNDEF ? null : Args.str(d, "error_log", 3, "destination");
        switch ((int) type) {
            case 0, 4 -> {
                System.err.print(msg + "\n");
                System.err.flush();
                return true;
            }
            case 3 -> {
                if (dest == null) return false;
                try {
                    java.nio.file.Files.write(ctx.cwd.resolve(dest), msg.getBytes(StandardCharsets.ISO_8859_1),
                            StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
                    return true;
                } catch (IOException | RuntimeException e) {
                    ctx.warning("error_log(" + dest + "): Failed to open stream: No such file or directory");
                    return false;
                }
            }
            default -> {
                return false; // 1 (mail) is not available in php -n's CLI either without sendmail
            }
        }
    }
}
