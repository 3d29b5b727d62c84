package phpgoc.runtime;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * Object destruction without reference counts. The compiler proves, for some variables, that they
 * hold the only reference to their object (docs/objects.md, "Destructors"); when such a variable is
 * unset, reassigned or goes out of scope it calls {@link #release}, which destroys the object unless
 * it {@link PhpObject#ESCAPED escaped} since (a method of it used a bare {@code $this}). Destroying
 * runs {@code __destruct}, clears WeakReferences and WeakMap entries, and frees the id for reuse.
 * Every other object is destroyed at the end of the script, in php's order (shutdown_destructors):
 * the global variables from the last to the first, each object held by just one of them (php: whose
 * reference count is 1; references from arrays and other objects are not counted here), then the
 * remaining objects by id.
 * <p>An object stored, fresh, into a declared property ({@code $this->p = new B}, or {@code new A(new B)}
 * whose constructor only stores that parameter there) is {@link PhpObject#HELD held}: that slot is its one
 * reference, so it is destroyed with its holder (php frees it when the holder's reference count drops).
 * Any read of a property that hands the value on (not just looking at it) marks the object escaped.
 */
public final class Destructors {
    private Destructors() {}

    /** A new object of a class with {@code __destruct} (or a built-in one with work to do then: a started Fiber). */
    public static void track(Context ctx, PhpObject o) {
        if (ctx.destructibles == null) ctx.destructibles = new LinkedHashSet<>();
        ctx.destructibles.add(o);
    }

    /** The compiler-visible last reference to {@code v} is gone: destroys it unless it escaped. */
    public static void release(Context ctx, Object v) {
        if (v instanceof PhpObject o && (o.flags & (PhpObject.ESCAPED | PhpObject.FREED)) == 0 && o.cls.releasable()) {
            destroy(ctx, o);
        }
    }

    /**
     * An owned array variable ({@code sema.Ownership}: its arrays' objects are referenced from nowhere
     * else) changed from {@code old} to {@code now}: releases the objects of {@code old} that {@code now}
     * does not hold (all of them when the variable is reassigned or goes; the overwritten or removed
     * element when a write made a new array), in element order as php destroys an array.
     */
    public static void releaseReplaced(Context ctx, Object old, Object now, boolean global) {
        if (global && ctx.includeDepth != 0 || old == now) return;
        if (!(old instanceof PhpArray a)) {
            release(ctx, old);
            return;
        }
        java.util.Set<Object> kept = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        collect(now, kept);
        releaseElements(ctx, a, kept);
    }

    /**
     * The element {@code base[key]} an owned array variable is about to lose to a write or unset:
     * only of a real array (an ArrayAccess object's elements are its own business), without diagnostics.
     */
    public static Object element(Object base, Object key) {
        if (!(base instanceof PhpArray a)) return null;
        // the key as the write converts it, without the diagnostics the write itself prints
        Object k = switch (key) {
            case Long l -> l;
            case CharSequence cs -> Convert.toKey(cs);
            case Boolean b -> b ? 1L : 0L;
            case Double d -> d >= -0x1p63 && d < 0x1p63 ? (Object) (long) d.doubleValue() : (Object) 0L;
            case null -> "";
            default -> null;
        };
        if (k == null) return null;
        Object v = k instanceof Long l ? a.lookup(l.longValue()) : a.lookupStr((String) k);
        return v == Values.UNDEF ? null : v;
    }

    private static void collect(Object v, java.util.Set<Object> into) {
        if (v instanceof PhpObject) into.add(v);
        else if (v instanceof PhpArray a) {
            for (int p = a.firstPos(); p >= 0; p = a.nextPos(p)) collect(a.rawValueAt(p), into);
        }
    }

    private static void releaseElements(Context ctx, PhpArray a, java.util.Set<Object> kept) {
        for (int p = a.firstPos(); p >= 0; p = a.nextPos(p)) {
            Object v = a.rawValueAt(p);
            if (v instanceof PhpObject o) { if (!kept.contains(o)) release(ctx, o); }
            else if (v instanceof PhpArray inner) releaseElements(ctx, inner, kept);
        }
    }

    /** {@link #release} for a global variable of the main script (not when the code runs included). */
    public static void releaseGlobal(Context ctx, Object v) {
        if (ctx.includeDepth == 0) release(ctx, v);
    }

    /**
     * A constructor threw: php never calls the destructor of that object (zend_object_store_ctor_failed);
     * it is destroyed as the exception leaves the {@code new} unless the constructor let {@code $this} escape.
     */
    public static void ctorFailed(Context ctx, Object v) {
        if (!(v instanceof PhpObject o)) return;
        o.flags |= PhpObject.DESTRUCTED;
        if (ctx.destructibles != null) ctx.destructibles.remove(o);
        release(ctx, o);
    }

    /** Marks {@code v} as referenced from where the compiler cannot see (a bare {@code $this}). */
    public static void escape(Object v) { escaped(v); }

    /** {@link #escape} for a property value a read hands on: returns it. */
    public static Object escaped(Object v) {
        if (v instanceof PhpObject o && (o.flags & PhpObject.ESCAPED) == 0) o.flags |= PhpObject.ESCAPED;
        return v;
    }

    /**
     * {@code $holder->name = v} just stored {@code v}, a new object (or a constructor argument that was
     * one): held by that slot unless it went elsewhere ({@code __set}, a reference) or escaped already.
     */
    public static void adopt(Object v, Object holder, String name) {
        if (!(v instanceof PhpObject o) || !(holder instanceof PhpObject h) || o == h) return;
        if ((o.flags & (PhpObject.ESCAPED | PhpObject.HELD | PhpObject.FREED)) != 0) {
            if ((o.flags & PhpObject.HELD) != 0) o.flags |= PhpObject.ESCAPED; // a second holder
            return;
        }
        PhpClass.PropInfo p = h.cls.props.get(name);
        if (p == null || h.getSlot(p.slot()) != o || !o.cls.releasable() || h.cls.findMethod("__set") != null) return;
        o.flags |= PhpObject.HELD;
    }

    /** The object property {@code name} of {@code holder} holds alone (before a store or unset replaces it), else null. */
    public static Object heldValue(Object holder, String name) {
        if (holder instanceof PhpObject h) {
            PhpClass.PropInfo p = h.cls.props.get(name);
            if (p != null && h.getSlot(p.slot()) instanceof PhpObject o && (o.flags & PhpObject.HELD) != 0) return o;
        }
        return null;
    }

    /** Property {@code name} of {@code holder} no longer holds {@code old} ({@link #heldValue}): destroys it unless it escaped. */
    public static void dropHeld(Context ctx, Object old, Object holder, String name) {
        if (!(old instanceof PhpObject o) || (o.flags & (PhpObject.ESCAPED | PhpObject.FREED)) != 0) return;
        PhpClass.PropInfo p = ((PhpObject) holder).cls.props.get(name);
        if (p != null && ((PhpObject) holder).getSlot(p.slot()) == o) return;
        destroy(ctx, o);
    }

    /**
     * {@code new A(..., new B, ...)} returned: B (argument {@code i}) is held by the one property
     * of A it is in when A's constructor keeps that parameter only there ({@link MethodInfo#keptParams}).
     */
    public static Object adoptArg(Object holder, int i, Object v) {
        if (holder instanceof PhpObject h && v instanceof PhpObject o && (o.flags & (PhpObject.ESCAPED | PhpObject.HELD)) == 0) {
            MethodInfo ctor = h.cls.findMethod("__construct");
            if (ctor != null && i < 31 && (ctor.keptParams & (1 << i)) != 0) {
                for (PhpClass.PropInfo p : h.cls.propList) {
                    if (h.getSlot(p.slot()) == o) {
                        adopt(o, h, p.name());
                        break;
                    }
                }
            }
        }
        return holder;
    }

    private static void destroy(Context ctx, PhpObject o) {
        try {
            if ((o.flags & PhpObject.DESTRUCTED) == 0 && ctx.destructibles != null && ctx.destructibles.remove(o)) {
                o.flags |= PhpObject.DESTRUCTED;
                destruct(ctx, o);
            }
        } finally {
            // a destructor that stores $this somewhere resurrects the object (it escaped meanwhile)
            if ((o.flags & (PhpObject.ESCAPED | PhpObject.FREED)) == 0) {
                o.flags |= PhpObject.FREED;
                if (ctx.weak != null) WeakRefs.forget(ctx, o);
                try {
                    for (PhpObject child : heldBy(o)) destroy(ctx, child);
                } finally {
                    ctx.freeObjectId(o.id);
                }
            }
        }
    }

    /** Runs the pending destructors at the end of the script (or after exit); returns the exit status. */
    public static int shutdown(Context ctx, int status) {
        if (ctx.destructibles == null) return status;
        try {
            Map<PhpObject, Integer> holders = new IdentityHashMap<>();
            List<Object> globals = new ArrayList<>();
            // php skips a variable that is a reference (IS_REFERENCE, not IS_OBJECT) in this pass
            for (Ref r : ctx.globals.entries().values()) globals.add(r.isShared() ? null : r.get());
            for (Object v : globals) if (v instanceof PhpObject o) holders.merge(o, 1, Integer::sum);
            for (int i = globals.size() - 1; i >= 0; i--) {
                if (globals.get(i) instanceof PhpObject o && holders.get(o) == 1) runWithHeld(ctx, o);
            }
            List<PhpObject> rest = new ArrayList<>(ctx.destructibles);
            rest.sort(Comparator.comparingInt(o -> o.id));
            for (PhpObject o : rest) runOnce(ctx, o);
            ctx.destructibles = null;
            return status;
        } catch (ExitException e) {
            return e.status;
        } catch (PhpError e) {
            Uncaught.print(ctx, e);
            return 255;
        }
    }

    /** The objects {@code o}'s properties hold as their only reference ({@link PhpObject#HELD}), in slot order. */
    private static List<PhpObject> heldBy(PhpObject o) {
        List<PhpObject> out = null;
        for (PhpClass.PropInfo p : o.cls.propList) {
            if (o.getSlot(p.slot()) instanceof PhpObject c && (c.flags & (PhpObject.HELD | PhpObject.ESCAPED | PhpObject.FREED)) == PhpObject.HELD) {
                if (out == null) out = new ArrayList<>();
                out.add(c);
            }
        }
        return out == null ? List.of() : out;
    }

    /** Shutdown destroys a global's object: its destructor, then those of the objects only it holds (php frees them with it). */
    private static void runWithHeld(Context ctx, PhpObject o) {
        runOnce(ctx, o);
        for (PhpObject c : heldBy(o)) runWithHeld(ctx, c);
    }

    private static void runOnce(Context ctx, PhpObject o) {
        if ((o.flags & PhpObject.DESTRUCTED) != 0 || !ctx.destructibles.remove(o)) return;
        o.flags |= PhpObject.DESTRUCTED;
        destruct(ctx, o);
    }

    private static void destruct(Context ctx, PhpObject o) {
        if (o instanceof Generator g) {
            g.destroy();
            return;
        }
        if (o.internal != null) o.internal.destruct(ctx);
        MethodInfo m = o.cls.findMethod("__destruct");
        if (m != null && !m.isAbstract()) m.invoke(ctx, o, new Object[0]);
    }
}
