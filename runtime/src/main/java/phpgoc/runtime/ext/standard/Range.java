package phpgoc.runtime.ext.standard;

import phpgoc.runtime.Convert;
import phpgoc.runtime.PhpArray;
import phpgoc.runtime.PhpError;
import phpgoc.runtime.Values;

/** {@code range()}: php 8.2's rules for characters, ints and floats, with its errors. */
public final class Range {
    private Range() {}

    public static PhpArray range(Object start, Object end) { return range(start, end, 1L); }

    /** php 8.2's range(): characters, ints or floats depending on the argument types. */
    public static PhpArray range(Object start, Object end, Object step) {
        boolean stepDouble = step instanceof Double
                || (Values.isString(step) && Convert.parseNumeric(Convert.toStr(step)) instanceof Double);
        double st = java.lang.Math.abs(Convert.toDouble(step));
        PhpArray out = new PhpArray();
        int mode; // 0 chars, 1 longs, 2 doubles
        if (Values.isString(start) && Values.isString(end) && Convert.toStr(start).length() >= 1 && Convert.toStr(end).length() >= 1) {
            Object t1 = Convert.parseNumeric(Convert.toStr(start));
            Object t2 = Convert.parseNumeric(Convert.toStr(end));
            if (t1 instanceof Double || t2 instanceof Double || stepDouble) mode = 2;
            else if (t1 instanceof Long || t2 instanceof Long) mode = 1;
            else mode = 0;
        } else if (start instanceof Double || end instanceof Double || stepDouble) mode = 2;
        else mode = 1;
        if (mode == 0) {
            int low = Convert.toStr(start).charAt(0) & 0xFF, high = Convert.toStr(end).charAt(0) & 0xFF;
            long lstep = (long) st;
            if (low > high) {
                if (low - high < lstep || lstep <= 0) throw rangeError();
                for (; low >= high; low -= (int) lstep) {
                    out.append(String.valueOf((char) low));
                    if (low - lstep < 0) break;
                }
            } else if (high > low) {
                if (high - low < lstep || lstep <= 0) throw rangeError();
                for (; low <= high; low += (int) lstep) {
                    out.append(String.valueOf((char) low));
                    if (low + lstep > 255) break;
                }
            } else out.append(String.valueOf((char) low));
        } else if (mode == 2) {
            double low = Convert.toDouble(start), high = Convert.toDouble(end);
            if (Double.isInfinite(low) || Double.isInfinite(high)) {
                throw new PhpError("ValueError", "Invalid range supplied: start=" + Printf.fixed(java.lang.Math.abs(low), 0)
                        + " end=" + Printf.fixed(java.lang.Math.abs(high), 0));
            }
            if (low > high) {
                if (low - high < st || st <= 0) throw rangeError();
                long size = (long) Math.phpRound((low - high) / st + 1, 0, 1);
                checkSize(size);
                double el = low;
                for (long i = 0; i < size && el >= high; ++i, el = low - (i * st)) out.append(el);
            } else if (high > low) {
                if (high - low < st || st <= 0) throw rangeError();
                long size = (long) Math.phpRound((high - low) / st + 1, 0, 1);
                checkSize(size);
                double el = low;
                for (long i = 0; i < size && el <= high; ++i, el = low + (i * st)) out.append(el);
            } else out.append(low);
        } else {
            long low = Convert.toLong(start), high = Convert.toLong(end);
            if (st <= 0) throw rangeError();
            long lstep = st >= 0x1p63 ? Long.MAX_VALUE : (long) st;
            if (lstep <= 0) throw rangeError();
            if (low > high) {
                if (Long.compareUnsigned(low - high, lstep) < 0) throw rangeError();
                long size = Long.divideUnsigned(low - high, lstep) + 1;
                checkSize(size);
                for (long i = 0; i < size; i++) out.append(low - i * lstep);
            } else if (high > low) {
                if (Long.compareUnsigned(high - low, lstep) < 0) throw rangeError();
                long size = Long.divideUnsigned(high - low, lstep) + 1;
                checkSize(size);
                for (long i = 0; i < size; i++) out.append(low + i * lstep);
            } else out.append(low);
        }
        return out;
    }

    private static void checkSize(long size) {
        if (size < 0 || size >= 0x40000000L) {
            throw new PhpError("ValueError", "The supplied range exceeds the maximum array size");
        }
    }

    private static PhpError rangeError() {
        return new PhpError("ValueError", "range(): Argument #3 ($step) must not exceed the specified range");
    }
}
