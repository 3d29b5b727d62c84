package phpgoc.runtime.ext.spl;

import phpgoc.runtime.Context;
import phpgoc.runtime.ObjectArrays;
import phpgoc.runtime.PhpArray;
import phpgoc.runtime.PhpError;
import phpgoc.runtime.PhpObject;
import phpgoc.runtime.ext.standard.Serialize;

/**
 * Reading and writing the parts of SPL classes' Serializable formats ({@code x:i:0;a:...;m:a:...}):
 * a cursor over the data whose failures are php's UnexpectedValueException.
 */
final class SplSerial {
    private final Context ctx;
    private final String s;
    int pos;

    SplSerial(Context ctx, String s) {
        this.ctx = ctx;
        this.s = s;
    }

    private PhpError bad() {
        return new PhpError("UnexpectedValueException", "Error at offset " + pos + " of " + s.length() + " bytes");
    }

    /** Consumes the literal {@code text}. */
    void expect(String text) {
        if (!s.startsWith(text, pos)) throw bad();
        pos += text.length();
    }

    boolean at(String text) { return s.startsWith(text, pos); }

    boolean atEnd() { return pos >= s.length(); }

    /** The serialized value at the cursor. */
    Object value() {
        int[] end = new int[1];
        Object v = Serialize.readAt(ctx, s, pos, end);
        if (end[0] < 0) throw bad();
        pos = end[0];
        return v;
    }

    /** The serialized value at the cursor, which must be an array. */
    PhpArray array() {
        int start = pos;
        if (value() instanceof PhpArray a) return a;
        pos = start;
        throw bad();
    }

    /** The object's own properties, mangled (the "members" part of the formats). */
    static PhpArray members(Object self) { return ObjectArrays.mangled((PhpObject) self); }

    /** Restores the members part. */
    static void loadMembers(Object self, Object members) {
        if (members instanceof PhpArray m) Serialize.loadProperties((PhpObject) self, m);
    }
}
