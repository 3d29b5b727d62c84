package phpgoc.runtime.go;

import static phpgoc.runtime.BuiltinMethods.params;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.HashMap;
import java.util.Map;
import phpgoc.runtime.BuiltinMethods;
import phpgoc.runtime.ClassTemplate;
import phpgoc.runtime.Context;
import phpgoc.runtime.PhpClass;
import phpgoc.runtime.PhpObject;

/**
 * The classes of namespace {@code go} ({@code Chan}, {@code Selector}, {@code Mutex},
 * {@code WaitGroup}, {@code Scheduler}, {@code Runtime}, {@code Time}) as built-in class templates;
 * their method bodies are in {@link ChanMethods}, {@link SelectMethods} and {@link StaticMethods}.
 */
public final class GoClasses {
    private GoClasses() {}

    private static final int PUB = ClassTemplate.PUBLIC, STATIC = ClassTemplate.STATIC, FINAL = ClassTemplate.FINAL;
    private static final Map<String, ClassTemplate> TEMPLATES = new HashMap<>();
    /** {@code Time}'s constants in declaration order: NANOSECOND ... HOUR. */
    private static final long[] TIME_UNITS = {1L, 1_000L, 1_000_000L, 1_000_000_000L, 60_000_000_000L, 3_600_000_000_000L};

    static {
        MethodHandles.Lookup chan = ChanMethods.LOOKUP, sel = SelectMethods.LOOKUP, st = StaticMethods.LOOKUP;
        ClassTemplate c = cls("Chan", 0, null);
        c.prop("name", PUB, -1).prop("capacity", PUB, -1).prop("copy", PUB, -1);
        c.method("__construct", PUB, h(chan, "construct", 1), params("?capacity"))
                .method("push", PUB, h(chan, "push", 1), params("value"))
                .method("pop", PUB, h(chan, "pop", 0), params())
                .method("tryPush", PUB, h(chan, "tryPush", 1), params("value"))
                .method("tryPop", PUB, h(chan, "tryPop", 0), params())
                .method("close", PUB, h(chan, "close", 0), params())
                .method("len", PUB, h(chan, "len", 0), params())
                .method("cap", PUB, h(chan, "cap", 0), params())
                .method("isClosed", PUB, h(chan, "isClosed", 0), params());
        cls("Selector", FINAL, null).method("select", PUB, h(sel, "select", 0), params())
                .method("loop", PUB, h(sel, "loop", 1), params("done"));
        cls("Mutex", 0, null).method("__construct", PUB, h(chan, "mutexConstruct", 1), params("?signaled"))
                .method("lock", PUB, h(chan, "lock", 0), params())
                .method("unlock", PUB, h(chan, "unlock", 0), params())
                .method("tryLock", PUB, h(chan, "tryLock", 0), params())
                .method("isLock", PUB, h(chan, "isLock", 0), params());
        cls("WaitGroup", 0, null).method("__construct", PUB, h(chan, "waitGroupConstruct", 0), params())
                .method("add", PUB, h(chan, "add", 1), params("delta"))
                .method("done", PUB, h(chan, "done", 0), params())
                .method("count", PUB, h(chan, "count", 0), params())
                .method("wait", PUB, h(chan, "await", 0), params());
        cls("Scheduler", 0, null).method("join", PUB | STATIC, h(st, "join", 1), params("?tasksLeft"))
                .method("run", PUB | STATIC, h(st, "run", 0), params())
                .method("loop", PUB | STATIC, h(st, "loop", 0), params());
        cls("Runtime", 0, null).method("numGoroutine", PUB | STATIC, h(st, "numGoroutine", 0), params())
                .method("gosched", PUB | STATIC, h(st, "gosched", 0), params())
                .method("goid", PUB | STATIC, h(st, "goid", 0), params())
                .method("quit", PUB | STATIC, h(st, "quit", 1), params("?status"));
        MethodHandle init;
        try {
            init = MethodHandles.lookup().findStatic(GoClasses.class, "timeUnit",
                    MethodType.methodType(Object.class, Context.class, int.class));
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
        ClassTemplate t = cls("Time", 0, init);
        String[] units = {"NANOSECOND", "MICROSECOND", "MILLISECOND", "SECOND", "MINUTE", "HOUR"};
        for (int i = 0; i < units.length; i++) t.constant(units[i], PUB, i);
        t.method("sleep", PUB | STATIC, h(st, "sleep", 1), params("nanoseconds"))
                .method("after", PUB | STATIC, h(st, "after", 1), params("nanoseconds"))
                .method("tick", PUB | STATIC, h(st, "tick", 1), params("nanoseconds"));
    }

    private static ClassTemplate cls(String name, int flags, MethodHandle init) {
        ClassTemplate t = new ClassTemplate("go\\" + name, ClassTemplate.KIND_CLASS, flags, null, new String[0], init, null, 0);
        TEMPLATES.put("go\\" + name.toLowerCase(java.util.Locale.ROOT), t);
        return t;
    }

    private static MethodHandle h(MethodHandles.Lookup owner, String name, int n) { return BuiltinMethods.body(owner, name, n); }

    private static Object timeUnit(Context ctx, int i) { return TIME_UNITS[i]; }

    /** The template of built-in class {@code lower} ("go\chan", ...), or null. */
    public static ClassTemplate template(String lower) { return TEMPLATES.get(lower); }

    /** A new instance of {@code go\<name>} in {@code ctx}, without running a constructor. */
    static PhpObject instantiate(Context ctx, String name) {
        PhpClass c = ctx.findClass("go\\" + name);
        return c.instantiate();
    }
}
