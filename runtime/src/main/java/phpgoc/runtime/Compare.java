package phpgoc.runtime;

/** PHP 8 comparison: {@code ==}, {@code ===}, {@code <=>} and the ordering operators. */
public final class Compare {
    private Compare() {}

    public static boolean looseEquals(Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y) return x.longValue() == y.longValue();
        if (a instanceof String x && b instanceof String y) {
            return x.equals(y) || smartStrcmp(x, y) == 0;
        }
        return compare(a, b) == 0;
    }

    public static boolean identical(Object a, Object b) {
        if (a instanceof Ref r) a = r.value;
        if (b instanceof Ref r) b = r.value;
        if (a == Values.UNDEF) a = null;
        if (b == Values.UNDEF) b = null;
        if (a == b) return !(a instanceof Double d && d.isNaN());
        if (a == null || b == null) return false;
        if (a instanceof Long x) return b instanceof Long y && x.longValue() == y.longValue();
        if (a instanceof Double x) return b instanceof Double y && x.doubleValue() == y.doubleValue();
        if (a instanceof Boolean x) return b instanceof Boolean y && x.booleanValue() == y.booleanValue();
        if (Values.isString(a)) return Values.isString(b) && contentEquals((CharSequence) a, (CharSequence) b);
        if (a instanceof PhpArray x) return b instanceof PhpArray y && identicalArrays(x, y);
        return false;
    }

    private static boolean contentEquals(CharSequence a, CharSequence b) {
        if (a instanceof String s && b instanceof String t) return s.equals(t);
        if (a.length() != b.length()) return false;
        return a.toString().equals(b.toString());
    }

    private static boolean identicalArrays(PhpArray a, PhpArray b) {
        if (a == b) return true;
        if (a.size() != b.size()) return false;
        int p = a.firstPos(), q = b.firstPos();
        while (p >= 0) {
            if (!a.keyAt(p).equals(b.keyAt(q))) return false;
            if (!identical(a.valueAt(p), b.valueAt(q))) return false;
            p = a.nextPos(p);
            q = b.nextPos(q);
        }
        return true;
    }

    /** {@code <=>}: -1, 0 or 1. */
    public static int compare(Object a, Object b) {
        if (a instanceof PhpObject || b instanceof PhpObject) return ObjectOps.compare(a, b);
        if (a instanceof Long x) {
            if (b instanceof Long y) return Long.compare(x, y);
            if (b instanceof Double y) return cmpDouble(x, y);
        } else if (a instanceof Double x) {
            if (b instanceof Double y) return cmpDouble(x, y);
            if (b instanceof Long y) return cmpDouble(x, y);
        }
        return compareSlow(a, b);
    }

    private static int cmpDouble(double x, double y) {
        return x == y ? 0 : (x < y ? -1 : 1);
    }

    private static int compareSlow(Object a, Object b) {
        if (a instanceof Ref r) a = r.value;
        if (b instanceof Ref r) b = r.value;
        if (a == Values.UNDEF) a = null;
        if (b == Values.UNDEF) b = null;
        if (a instanceof PhpResource r) a = r.id;
        if (b instanceof PhpResource r) b = r.id;
        if (a instanceof Long || a instanceof Double) {
            if (b instanceof Long || b instanceof Double) return compare(a, b);
        }
        boolean as = Values.isString(a), bs = Values.isString(b);
        if (as && bs) return smartStrcmp(Convert.toStr(a), Convert.toStr(b));
        if (a == null && bs) return ((CharSequence) b).length() == 0 ? 0 : -1;
        if (as && b == null) return ((CharSequence) a).length() == 0 ? 0 : 1;
        if (a instanceof Long x && bs) return compareLongToString(x, Convert.toStr(b));
        if (as && b instanceof Long y) return -compareLongToString(y, Convert.toStr(a));
        if (a instanceof Double x && bs) return Double.isNaN(x) ? 1 : compareDoubleToString(x, Convert.toStr(b));
        if (as && b instanceof Double y) return Double.isNaN(y) ? 1 : -compareDoubleToString(y, Convert.toStr(a));
        if (a instanceof PhpArray x && b instanceof PhpArray y) return compareArrays(x, y);
        if (a == null || Boolean.FALSE.equals(a)) return Convert.toBool(b) ? -1 : 0;
        if (Boolean.TRUE.equals(a)) return Convert.toBool(b) ? 0 : 1;
        if (b == null || Boolean.FALSE.equals(b)) return Convert.toBool(a) ? 1 : 0;
        if (Boolean.TRUE.equals(b)) return Convert.toBool(a) ? 0 : -1;
        if (a instanceof PhpArray) return 1;
        if (b instanceof PhpArray) return -1;
        // objects (later): uncomparable
        return 1;
    }

    private static int compareLongToString(long l, String s) {
        Object n = NumericString.parseWhole(s);
        if (n instanceof Long y) return Long.compare(l, y);
        if (n instanceof Double y) return cmpDouble((double) l, y);
        return Integer.signum(Long.toString(l).compareTo(s));
    }

    private static int compareDoubleToString(double d, String s) {
        Object n = NumericString.parseWhole(s);
        if (n instanceof Long y) return cmpDouble(d, (double) y);
        if (n instanceof Double y) return cmpDouble(d, y);
        return Integer.signum(Convert.toStr(d).compareTo(s));
    }

    /** php's zendi_smart_strcmp: numeric strings compare as numbers, others bytewise. */
    static int smartStrcmp(String x, String y) {
        Object nx = NumericString.parseWhole(x);
        if (nx != null) {
            Object ny = NumericString.parseWhole(y);
            if (ny != null) {
                if (nx instanceof Long l && ny instanceof Long m) return Long.compare(l, m);
                double dx = ((Number) nx).doubleValue(), dy = ((Number) ny).doubleValue();
                // integer strings beyond the int range ("oflow" in zendi_smart_strcmp)
                int ox = overflow(x, nx), oy = overflow(y, ny);
                if (ox != 0 && ox == oy && dx - dy == 0) return Integer.signum(x.compareTo(y));
                if (nx instanceof Long && oy != 0) return -oy;
                if (ny instanceof Long && ox != 0) return ox;
                if (dx == dy && Double.isInfinite(dx)) return Integer.signum(x.compareTo(y));
                double diff = dx - dy;
                return diff > 0 ? 1 : (diff < 0 ? -1 : 0);
            }
        }
        return Integer.signum(x.compareTo(y));
    }

    /** 1 or -1 if s is an integer literal beyond the int range (parsed as float), else 0. */
    private static int overflow(String s, Object n) {
        if (!(n instanceof Double d) || s.indexOf('.') >= 0 || s.indexOf('e') >= 0 || s.indexOf('E') >= 0) return 0;
        return d > 0 ? 1 : -1;
    }

    /** php's zend_hash_compare (unordered): count first, then each key of a looked up in b. */
    static int compareArrays(PhpArray a, PhpArray b) {
        if (a == b) return 0;
        int d = a.size() - b.size();
        if (d != 0) return d < 0 ? -1 : 1;
        for (int p = a.firstPos(); p >= 0; p = a.nextPos(p)) {
            Object k = a.keyAt(p);
            Object bv = b.lookup(k);
            if (bv == Values.UNDEF) return 1;
            int c = compare(a.valueAt(p), bv);
            if (c != 0) return c;
        }
        return 0;
    }

    public static boolean lt(Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y) return x < y;
        return compare(a, b) < 0;
    }

    public static boolean le(Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y) return x <= y;
        return compare(a, b) <= 0;
    }

    /** {@code a > b} is {@code b < a} in php (so NAN compares false both ways). */
    public static boolean gt(Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y) return x > y;
        return compare(b, a) < 0;
    }

    public static boolean ge(Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y) return x >= y;
        return compare(b, a) <= 0;
    }
}
