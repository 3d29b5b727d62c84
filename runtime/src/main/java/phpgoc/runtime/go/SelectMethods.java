package phpgoc.runtime.go;

import java.lang.invoke.MethodHandles;
import java.util.ArrayList;
import java.util.List;
import phpgoc.runtime.Calls;
import phpgoc.runtime.ClassTemplate;
import phpgoc.runtime.Context;
import phpgoc.runtime.Convert;
import phpgoc.runtime.FatalError;
import phpgoc.runtime.NativeState;
import phpgoc.runtime.PhpArray;
import phpgoc.runtime.PhpObject;
import phpgoc.runtime.Ref;
import phpgoc.runtime.Values;
import phpgoc.runtime.ext.standard.Callbacks;

/**
 * {@code select(...$cases)} and {@code go\Selector}: the case arrays are checked (phpgo's fatal
 * errors, naming the case number) before anything runs, kept in the Selector, and run by
 * {@link Selection}; then {@code &$var} is assigned and the chosen case's callback called.
 */
final class SelectMethods {
    private SelectMethods() {}

    static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();

    /** One checked case: a channel case (send or receive) or the default. */
    record SelectCase(boolean isDefault, Channel channel, boolean send, Object value, Ref var, Object callback) {}

    /** A Selector object's cases, prepared once for running. */
    record SelectorState(List<SelectCase> cases, Plan plan) implements NativeState {
        SelectorState(List<SelectCase> cases) { this(cases, Plan.of(cases)); }

        @Override public NativeState copy() { return this; }
    }

    /**
     * What every run of the same cases needs, made once (not per round): the channel cases in case
     * order ({@code chanCases[i]} is {@code byIndex[i]}'s; a send case's value is taken per run, as
     * a copy channel copies it when sent), the first default, and the channels in lock order.
     */
    record Plan(SelectCase[] byIndex, Selection.Case[] chanCases, boolean hasSend, SelectCase dflt, Channel[] lockOrder) {
        static Plan of(List<SelectCase> cases) {
            List<SelectCase> byIndex = new ArrayList<>(cases.size());
            SelectCase dflt = null;
            boolean hasSend = false;
            for (SelectCase c : cases) {
                if (!c.isDefault()) byIndex.add(c);
                else if (dflt == null) dflt = c;
            }
            Selection.Case[] chanCases = new Selection.Case[byIndex.size()];
            for (int i = 0; i < chanCases.length; i++) {
                SelectCase c = byIndex.get(i);
                hasSend |= c.send();
                chanCases[i] = new Selection.Case(c.channel(), c.send(), null);
            }
            return new Plan(byIndex.toArray(new SelectCase[0]), chanCases, hasSend, dflt, Selection.lockOrder(chanCases));
        }
    }

    static Object selectFunction(Context ctx, Object[] args) {
        if (args.length < 1) throw FatalError.here("phpgo: select(): require at least 1 parameter");
        int n = args.length;
        boolean exec = true;
        if (Values.deref(args[n - 1]) instanceof Boolean b) {
            exec = b;
            n--;
        }
        if (n == 0) throw FatalError.here("phpgo: select(): at least one case or default switch or selector required");
        List<SelectCase> cases = new ArrayList<>(n);
        for (int i = 0; i < n; i++) cases.add(parse(ctx, Values.deref(args[i]), i + 1));
        SelectorState state = new SelectorState(cases);
        if (exec) run(ctx, state.plan());
        PhpObject sel = GoClasses.instantiate(ctx, "Selector");
        sel.internal = state;
        return sel;
    }

    private static SelectCase parse(Context ctx, Object arg, int no) {
        if (!(arg instanceof PhpArray a)) throw FatalError.here("parameter " + no + " to select() expected to be an array");
        List<Object> items = new ArrayList<>();
        for (int p = a.firstPos(); p >= 0; p = a.nextPos(p)) items.add(a.rawValueAt(p));
        int i = 0;
        need(items, i, no);
        Object kind = Values.deref(items.get(i++));
        if (!Values.isString(kind)) {
            throw FatalError.here("phpgo: select(): case " + no + ": invalid case type, expect 'case' or 'default'");
        }
        String k = Convert.toStr(kind);
        boolean isDefault;
        if (k.equalsIgnoreCase("case")) isDefault = false;
        else if (k.equalsIgnoreCase("default")) isDefault = true;
        else throw FatalError.here("phpgo: select(): case " + no + ": invalid case type " + k);
        need(items, i, no);
        if (isDefault) return new SelectCase(true, null, false, null, null, callback(ctx, items, i, no));
        Object ch = Values.deref(items.get(i++));
        if (!(ch instanceof PhpObject o)) {
            throw FatalError.here("phpgo: select(): case " + no + ": invalid parameter type, object of go\\Chan expected");
        }
        Channel channel = ChanMethods.channel(o);
        need(items, i, no);
        Object op = Values.deref(items.get(i));
        if (!Values.isString(op)) {
            if (Callbacks.is_callable(ctx, op)) return new SelectCase(false, channel, false, null, null, callback(ctx, items, i, no));
            throw FatalError.here("phpgo: select(): case " + no + ": invalid operation type, expect '<-' or '->'");
        }
        String opStr = Convert.toStr(op);
        boolean send;
        if (opStr.equals("->")) send = false;
        else if (opStr.equals("<-")) send = true;
        else throw FatalError.here("phpgo: select(): case " + no + ": invalid operation type " + opStr);
        i++;
        need(items, i, no);
        Object v = items.get(i);
        if (!send) {
            if (Callbacks.is_callable(ctx, Values.deref(v))) {
                return new SelectCase(false, channel, false, null, null, callback(ctx, items, i, no));
            }
            if (!(v instanceof Ref r)) {
                throw FatalError.here("phpgo: select(): case " + no + ": variable must be reference if not ommited");
            }
            i++;
            need(items, i, no);
            return new SelectCase(false, channel, false, null, r, callback(ctx, items, i, no));
        }
        i++;
        need(items, i, no);
        return new SelectCase(false, channel, true, ChanMethods.stored(v), null, callback(ctx, items, i, no));
    }

    private static void need(List<Object> items, int i, int no) {
        if (i >= items.size()) throw FatalError.here("phpgo: select(): case " + no + ": insufficient parameter count");
    }

    /** The callable at {@code items[i]}, the last item of a case (extra items: phpgo's warning). */
    private static Object callback(Context ctx, List<Object> items, int i, int no) {
        Object cb = Values.deref(items.get(i));
        if (!Callbacks.is_callable(ctx, cb)) {
            throw FatalError.here("phpgo: case " + no + ": function '" + callableName(cb) + "' is not callable");
        }
        if (i + 1 < items.size()) {
            ctx.warning("phpgo: select(): case " + no + ": unexpected extra parameter detected after the callable, ommited");
        }
        return cb;
    }

    private static String callableName(Object v) {
        if (Values.isString(v)) return Convert.toStr(v);
        if (v instanceof PhpArray a && a.size() == 2) {
            Object c = a.lookup(0L), m = a.lookup(1L);
            String cls = c instanceof PhpObject o ? o.cls.name : Convert.toStr(c);
            return cls + "::" + Convert.toStr(m);
        }
        if (v instanceof PhpObject o) return o.cls.name + "::__invoke";
        return Convert.toStr(v);
    }

    /** Runs one select over the cases of {@code p}: waits for a ready case, assigns its variable, calls its callback. */
    static void run(Context ctx, Plan p) {
        Selection.Case[] chanCases = p.chanCases();
        if (p.hasSend()) {
            chanCases = chanCases.clone();
            for (int i = 0; i < chanCases.length; i++) {
                SelectCase c = p.byIndex()[i];
                if (c.send()) chanCases[i] = new Selection.Case(c.channel(), true, ChanMethods.inbound(c.channel(), c.value()));
            }
        }
        Selection.Result r = Selection.select(RoutineScheduler.running(ctx), chanCases, p.lockOrder(), p.dflt() != null,
                n -> (int) phpgoc.runtime.ext.standard.Math.mt_rand(ctx, 0L, (long) (n - 1)));
        if (r.index() < 0) {
            Calls.callValue(ctx, p.dflt().callback(), new Object[0]);
            return;
        }
        SelectCase c = p.byIndex()[r.index()];
        Object v = r.value();
        if (c.var() != null) c.var().set(Values.copyOnAssign(v));
        Calls.callValue(ctx, c.callback(), new Object[] {v});
    }

    // ---- Selector

    private static final Plan NO_CASES = Plan.of(List.of());

    private static Plan plan(Object self) {
        PhpObject o = (PhpObject) self;
        return o.internal instanceof SelectorState s ? s.plan() : NO_CASES;
    }

    static Object select(Context ctx, ClassTemplate self, Object t) {
        Plan p = plan(t);
        if (p.byIndex().length > 0 || p.dflt() != null) run(ctx, p);
        return t;
    }

    /** Runs {@code select()} until {@code $done} has a value (returned) or is closed (NULL). */
    static Object loop(Context ctx, ClassTemplate self, Object t, Object done) {
        Object d = Values.deref(done);
        if (!(d instanceof PhpObject o) || !(o.internal instanceof ChanMethods.ChanState)) {
            throw FatalError.here("phpgo: Selector::loop(): null channel handle");
        }
        Channel ch = ChanMethods.channel(o);
        Plan p = plan(t);
        while (true) {
            Object v = ch.tryReceive();
            if (v != Channel.EMPTY) return v == Channel.CLOSED ? null : v;
            run(ctx, p);
        }
    }
}
