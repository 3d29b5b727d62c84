package phpgoc.runtime;

/**
 * Offset access {@code $a[k]} on arrays and strings, for reading and writing, with php's warnings
 * and errors. {@code key == Values.UNDEF} means {@code []} (append).
 */
public final class Access {
    private Access() {}

    /** Read {@code base[key]}: warns "Undefined array key ...", "Trying to access array offset on value of type ...", string offsets. */
    public static Object dimGet(Object base, Object key) {
        if (base instanceof PhpArray a) {
            if (key instanceof Long l) {
                Object v = a.lookup(l.longValue());
                if (v != Values.UNDEF) return v;
                Convert.warn("Undefined array key " + l);
                return null;
            }
            Object k = arrayKey(key, "Illegal offset type");
            Object v = k instanceof Long l ? a.lookup(l.longValue()) : a.lookupStr((String) k);
            if (v != Values.UNDEF) return v;
            Convert.warn(k instanceof Long ? "Undefined array key " + k : "Undefined array key \"" + k + "\"");
            return null;
        }
        if (base instanceof Ref r) return dimGet(r.value, key);
        if (Values.isString(base)) return stringOffset((CharSequence) base, key, false);
        if (key == Values.UNDEF) throw new PhpError("Error", "Cannot use [] for reading");
        if (base == null || base == Values.UNDEF || base instanceof Boolean || base instanceof Long || base instanceof Double) {
            Convert.warn("Trying to access array offset on value of type " + Values.typeName(base));
            return null;
        }
        if (Spl.isArrayAccess(base)) return Values.deref(Spl.offsetGet((PhpObject) base, key)); // &offsetGet gives a Ref
        throw new PhpError("Error", "Cannot use object of type " + Values.typeName(base) + " as array");
    }

    /** Read for {@code ??} and {@code isset}-like contexts: no warnings, null when missing. */
    public static Object dimGetQuiet(Object base, Object key) {
        if (base instanceof PhpArray a) {
            if (key instanceof Long l) {
                Object v = a.lookup(l.longValue());
                return v == Values.UNDEF ? null : v;
            }
            Object k = arrayKey(key, "Illegal offset type");
            Object v = k instanceof Long l ? a.lookup(l.longValue()) : a.lookupStr((String) k);
            return v == Values.UNDEF ? null : v;
        }
        if (base instanceof Ref r) return dimGetQuiet(r.value, key);
        if (Values.isString(base)) return stringOffset((CharSequence) base, key, true);
        if (Spl.isArrayAccess(base)) {
            PhpObject o = (PhpObject) base;
            return Spl.offsetExists(o, key) ? Values.deref(Spl.offsetGet(o, key)) : null;
        }
        if (base instanceof PhpObject) throw new PhpError("Error", "Cannot use object of type " + Values.typeName(base) + " as array");
        return null;
    }

    /** {@code isset(base[key])}. */
    public static boolean dimIsset(Object base, Object key) {
        if (base instanceof PhpArray a) {
            if (key instanceof Long l) {
                Object v = a.lookup(l.longValue());
                return v != null && v != Values.UNDEF;
            }
            Object k = arrayKey(key, "Illegal offset type in isset or empty");
            Object v = k instanceof Long l ? a.lookup(l.longValue()) : a.lookupStr((String) k);
            return v != null && v != Values.UNDEF;
        }
        if (base instanceof Ref r) return dimIsset(r.value, key);
        if (Values.isString(base)) {
            CharSequence s = (CharSequence) base; // a ConcatString is read in place, not copied to a String
            if (key instanceof Ref r) key = r.value;
            long off;
            if (key instanceof Long l) {
                off = l;
            } else if (Values.isString(key)) {
                if (!(NumericString.parseWhole(Convert.toStr(key)) instanceof Long l)) return false;
                off = l;
            } else if (key instanceof Double d) {
                off = Arith.floatToIntOperand(d);
            } else if (key == null || key == Values.UNDEF || key instanceof Boolean) {
                off = Convert.toLong(key);
            } else {
                return false;
            }
            if (off < 0) off += s.length();
            return off >= 0 && off < s.length();
        }
        if (Spl.isArrayAccess(base)) return Spl.offsetExists((PhpObject) base, key);
        if (base instanceof PhpObject) throw new PhpError("Error", "Cannot use object of type " + Values.typeName(base) + " as array");
        return false;
    }

    /** The normalised key for an array access; arrays (and objects) as keys throw TypeError(msg). */
    private static Object arrayKey(Object key, String msg) {
        if (key == Values.UNDEF) throw new PhpError("Error", "Cannot use [] for reading");
        if (!Convert.isKeyType(key)) throw new PhpError("TypeError", msg);
        return Convert.toKey(key);
    }

    /** {@code s[key]} for reading (a ConcatString in place); quiet for {@code ??}/isset contexts (null when out of range). */
    private static Object stringOffset(CharSequence s, Object key, boolean quiet) {
        if (key == Values.UNDEF) throw new PhpError("Error", "Cannot use [] for reading");
        Long off = stringOffsetKey(key, quiet);
        if (off == null) return null;
        long o = off;
        if (o < 0) o += s.length();
        if (o < 0 || o >= s.length()) {
            if (quiet) return null;
            Convert.warn("Uninitialized string offset " + off);
            return "";
        }
        return String.valueOf(s.charAt((int) o));
    }

    /** The integer offset a string is indexed with; null (quiet mode) for a non-integer string key. */
    private static Long stringOffsetKey(Object key, boolean quiet) {
        if (key instanceof Ref r) key = r.value;
        if (key instanceof Long l) return l;
        if (Values.isString(key)) {
            String ks = Convert.toStr(key);
            NumericString.Num n = NumericString.parse(ks);
            if (n != null && n.value() instanceof Long l) {
                if (!n.whole()) Convert.warn("Illegal string offset \"" + ks + "\"");
                return l;
            }
            if (quiet) return null;
            throw new PhpError("TypeError", "Cannot access offset of type string on string");
        }
        if (key instanceof Double || key instanceof Boolean || key == null) {
            if (!quiet) Convert.warn("String offset cast occurred");
            return Convert.toLong(key);
        }
        throw new PhpError("TypeError", "Cannot access offset of type " + Values.typeName(key) + " on string");
    }

    /** The value a variable must hold to be written as an array: arrays as they are, null/UNDEF a new array, false with a deprecation; errors for scalars. */
    public static PhpArray arrayForWrite(Object container) {
        if (container instanceof PhpArray a) return a;
        if (container instanceof Ref r) return arrayForWrite(r.value);
        if (container == null || container == Values.UNDEF) return new PhpArray();
        if (Boolean.FALSE.equals(container)) {
            Convert.deprecated("Automatic conversion of false to array is deprecated");
            return new PhpArray();
        }
        if (Values.isString(container)) throw new PhpError("Error", "Cannot use string offset as an array");
        if (container instanceof Boolean || container instanceof Long || container instanceof Double) {
            throw new PhpError("Error", "Cannot use a scalar value as an array");
        }
        throw new PhpError("Error", "Cannot use object of type " + Values.typeName(container) + " as array");
    }

    /** {@code container[key] = value}; returns the container to store back (a new one for null/strings). */
    public static Object assignDim(Object container, Object key, Object value) {
        if (container instanceof PhpArray a) {
            put(a, key, value);
            return a;
        }
        if (container instanceof Ref r) {
            r.value = assignDim(r.value, key, value);
            return r;
        }
        if (Values.isString(container)) return assignStringOffset(Convert.toStr(container), key, value);
        if (Spl.isArrayAccess(container)) {
            Spl.offsetSet((PhpObject) container, key, value);
            return container;
        }
        PhpArray a = arrayForWrite(container);
        put(a, key, value);
        return a;
    }

    private static void put(PhpArray a, Object key, Object value) {
        if (key instanceof Long l) a.put(l.longValue(), value);
        else if (key == Values.UNDEF) a.append(value);
        else if (!Convert.isKeyType(key)) throw new PhpError("TypeError", "Illegal offset type");
        else a.put(key, value);
    }

    private static String assignStringOffset(String s, Object key, Object value) {
        if (key == Values.UNDEF) throw new PhpError("Error", "[] operator not supported for strings");
        long off = stringOffsetKey(key, false);
        int len = s.length();
        if (off < -len) {
            Convert.warn("Illegal string offset " + off);
            return s;
        }
        if (off < 0) off += len;
        String v = Convert.toStr(value);
        if (v.length() != 1) {
            if (v.isEmpty()) throw new PhpError("Error", "Cannot assign an empty string to a string offset");
            Convert.warn("Only the first byte will be assigned to the string offset");
        }
        char c = v.charAt(0);
        if (off < len) {
            char[] cs = s.toCharArray();
            cs[(int) off] = c;
            return new String(cs);
        }
        if (off > Integer.MAX_VALUE - 16) throw new OutOfMemoryError("string offset too large");
        StringBuilder sb = new StringBuilder((int) off + 1).append(s);
        for (long i = len; i < off; i++) sb.append(' ');
        return sb.append(c).toString();
    }

    /** The child array at {@code parent[key]} for a nested write, created or separated and stored back in parent. */
    public static PhpArray childForWrite(PhpArray parent, Object key) {
        if (key == Values.UNDEF) {
            PhpArray c = new PhpArray();
            parent.append(c);
            return c;
        }
        if (!Convert.isKeyType(key)) throw new PhpError("TypeError", "Illegal offset type");
        Object k = Convert.toKey(key);
        Object raw = parent.rawForWrite(k);
        if (raw instanceof PhpArray a) return a;
        if (raw instanceof Ref r) {
            if (r.value instanceof PhpArray a) return a;
            PhpArray a = arrayForWrite(r.value);
            r.value = a;
            return a;
        }
        PhpArray a = arrayForWrite(raw);
        if (k instanceof Long l) parent.put(l.longValue(), a); else parent.putStr((String) k, a);
        return a;
    }

    /** Read {@code arr[key]} for a compound assignment: warns on a missing key, returns null then. */
    public static Object dimGetForUpdate(PhpArray arr, Object key) {
        if (key == Values.UNDEF) return null;
        return dimGet(arr, key);
    }

    /** {@code &container[key]}: the element's Ref (created as null if missing). */
    public static Ref dimRef(PhpArray arr, Object key) {
        if (key == Values.UNDEF) return arr.appendRef();
        if (!Convert.isKeyType(key)) throw new PhpError("TypeError", "Illegal offset type");
        return arr.refAt(key);
    }

    /**
     * For {@code unset(container[k1][k2])}: the value at {@code container[key]} to unset from,
     * without creating anything: a separated child array, another value (so {@link #unsetDim}
     * reports it), or null when missing.
     */
    public static Object dimForUnset(Object container, Object key) {
        if (container instanceof Ref r) container = r.value;
        if (container instanceof PhpArray a) {
            if (key == Values.UNDEF) throw new PhpError("Error", "Cannot use [] for unsetting");
            if (!Convert.isKeyType(key)) throw new PhpError("TypeError", "Illegal offset type in unset");
            Object k = Convert.toKey(key);
            Object v = a.lookup(k);
            if (v instanceof PhpArray) {
                Object raw = a.rawForWrite(k);
                return raw instanceof Ref r ? r.value : raw;
            }
            return v == Values.UNDEF ? null : v;
        }
        if (Values.isString(container)) throw new PhpError("Error", "Cannot unset string offsets");
        return null;
    }

    /** {@code unset(container[key])}. */
    public static void unsetDim(Object container, Object key) {
        if (container instanceof PhpArray a) {
            if (key == Values.UNDEF) throw new PhpError("Error", "Cannot use [] for unsetting");
            if (!Convert.isKeyType(key)) throw new PhpError("TypeError", "Illegal offset type in unset");
            a.remove(key);
            return;
        }
        if (container instanceof Ref r) { unsetDim(r.value, key); return; }
        if (Spl.isArrayAccess(container)) {
            Spl.offsetUnset((PhpObject) container, key);
            return;
        }
        if (container == null || container == Values.UNDEF) return;
        if (Boolean.FALSE.equals(container)) {
            Convert.deprecated("Automatic conversion of false to array is deprecated");
            return;
        }
        if (Values.isString(container)) throw new PhpError("Error", "Cannot unset string offsets");
        if (container instanceof PhpObject) throw new PhpError("Error", "Cannot use object of type " + Values.typeName(container) + " as array");
        throw new PhpError("Error", "Cannot unset offset in a non-array variable");
    }
}
