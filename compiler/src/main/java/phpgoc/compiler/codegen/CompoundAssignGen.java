package phpgoc.compiler.codegen;

import org.objectweb.asm.Label;
import phpgoc.ast.Expr;
import phpgoc.ast.Expr.BinaryOp;

/**
 * Read-modify-write of a variable, element or property: compound assignments ({@code .=},
 * {@code +=}, {@code ??=}, ...) and {@code ++}/{@code --}, each reading its target once.
 */
final class CompoundAssignGen {
    private final Gen g;
    private final Builder b;
    private final AssignGen writes;

    CompoundAssignGen(Gen g) {
        this.g = g;
        this.b = g.b;
        this.writes = g.assign;
    }

    /** {@code target op= value}; pushes the result. */
    void compound(Expr.CompoundAssign a) {
        if (a.op() == BinaryOp.COALESCE) {
            Label end = b.label();
            g.expr.genQuiet(a.target());
            b.dup();
            b.jumpIfNonNull(end);
            b.pop();
            writes.assign(new Expr.Assign(a.target(), a.value(), a.span()), true);
            b.mark(end);
            return;
        }
        if (writes.isGlobals(a.target())) {
            writes.globalRef(a.target());
            b.dup();
            b.call(Rt.REF_GET);
            g.expr.gen(a.value());
            b.line(a.span().line());
            operator(a.op());
            b.dupX1();
            b.putField(Rt.REF_VALUE);
            return;
        }
        switch (a.target()) {
            case Expr.Var v -> {
                writes.checkThis(v);
                b.loadVar(v.name());
                g.expr.gen(a.value());
                b.line(a.span().line());
                operator(a.op());
                b.dup();
                b.storeVar(v.name());
            }
            case Expr.Dim d -> {
                int arr = b.newTemp(), key = b.newTemp(), result = b.newTemp();
                writes.containerOrObject(d.base());
                b.store(arr);
                if (d.index() != null) g.expr.gen(d.index()); else b.pushUndef();
                b.store(key);
                b.load(arr);
                b.load(key);
                b.line(a.span().line());
                b.call(ObjRt.GET_FOR_UPDATE_ANY);
                g.expr.gen(a.value());
                b.line(a.span().line());
                operator(a.op());
                b.store(result);
                b.load(arr);
                b.load(key);
                b.load(result);
                b.call(ObjRt.PUT_DIM_ANY);
                b.load(result);
            }
            case Expr.Prop p -> {
                String name = g.objects.name(p);
                int obj = b.newTemp(), result = b.newTemp();
                ObjectGen.checkWritable(p.object());
                g.expr.gen(p.object());
                b.store(obj);
                b.load(obj);
                g.objects.getProp(name, p.span().line());
                g.expr.gen(a.value());
                b.line(a.span().line());
                operator(a.op());
                b.store(result);
                b.load(obj);
                b.load(result);
                g.objects.setProp(name, p.span().line());
                b.load(result);
            }
            case Expr.StaticProp p -> {
                g.objects.staticPropRef(p);
                b.dup();
                b.call(ObjRt.STATIC_READ);
                g.expr.gen(a.value());
                b.line(a.span().line());
                operator(a.op());
                b.pushBoolean(g.unit.strictTypes);
                b.call(ObjRt.STATIC_ASSIGN_OP);
            }
            default -> throw writes.writeTarget(a.target());
        }
    }

    private void operator(BinaryOp op) {
        b.call(op == BinaryOp.CONCAT ? Rt.APPEND : ExprGen.arith(op));
        if (op == BinaryOp.LOGICAL_XOR) b.checkCast(Boolean.class);
    }

    /** {@code ++$x}, {@code $x--}, on variables and array elements; pushes the expression's value. */
    void incDec(Expr.IncDec i) {
        var op = i.increment() ? Rt.INC : Rt.DEC;
        if (writes.isGlobals(i.target())) {
            int old = b.newTemp();
            writes.globalRef(i.target());
            b.dup();
            b.call(Rt.REF_GET);
            b.dup();
            b.store(old);
            b.call(op);
            b.dupX1();
            b.putField(Rt.REF_VALUE);
            if (!i.prefix()) { b.pop(); b.load(old); }
            return;
        }
        switch (i.target()) {
            case Expr.Var v when b.isRef(v.name()) && !v.name().equals("this") -> {
                // a reference a typed property holds may not overflow either
                int old = b.newTemp();
                b.loadVar(v.name());
                b.store(old);
                b.loadRef(v.name());
                b.load(old);
                b.line(i.span().line());
                b.call(op);
                b.load(old);
                b.pushBoolean(i.increment());
                b.call(ObjRt.REF_INC_DEC);
                if (!i.prefix()) { b.pop(); b.load(old); }
            }
            case Expr.Var v -> {
                writes.checkThis(v);
                b.loadVar(v.name());
                b.line(i.span().line());
                if (i.prefix()) {
                    b.call(op);
                    b.dup();
                } else {
                    b.dup();
                    b.call(op);
                }
                b.storeVar(v.name());
            }
            case Expr.Dim d -> {
                int arr = b.newTemp(), key = b.newTemp(), old = b.newTemp(), result = b.newTemp();
                writes.containerOrObject(d.base());
                b.store(arr);
                if (d.index() != null) g.expr.gen(d.index()); else b.pushUndef();
                b.store(key);
                b.load(arr);
                b.load(key);
                b.line(i.span().line());
                b.call(ObjRt.INC_DEC_TARGET);
                b.store(arr);
                b.load(arr);
                b.load(key);
                b.call(ObjRt.GET_FOR_UPDATE_ANY);
                b.dup();
                b.store(old);
                b.call(op);
                b.store(result);
                b.load(arr);
                b.load(key);
                b.load(result);
                b.call(ObjRt.PUT_INC_DEC_ANY);
                b.load(i.prefix() ? result : old);
            }
            case Expr.Prop p -> {
                String name = g.objects.name(p);
                int obj = b.newTemp(), old = b.newTemp(), result = b.newTemp();
                ObjectGen.checkWritable(p.object());
                g.expr.gen(p.object());
                b.store(obj);
                b.load(obj);
                g.objects.getProp(name, p.span().line());
                b.dup();
                b.store(old);
                b.line(i.span().line());
                b.call(op);
                b.load(old);
                b.load(obj);
                b.pushString(name);
                b.pushBoolean(i.increment());
                b.call(ObjRt.PROP_INC_DEC);
                b.store(result);
                b.load(obj);
                b.load(result);
                g.objects.setProp(name, p.span().line());
                b.load(i.prefix() ? result : old);
            }
            case Expr.StaticProp p -> {
                int old = b.newTemp();
                g.objects.staticPropRef(p);
                b.dup();
                b.call(ObjRt.STATIC_READ);
                b.dup();
                b.store(old);
                b.call(op);
                b.load(old);
                b.pushBoolean(i.increment());
                b.pushBoolean(g.unit.strictTypes);
                b.line(i.span().line());
                b.call(ObjRt.STATIC_INC_DEC);
                if (!i.prefix()) { b.pop(); b.load(old); }
            }
            default -> throw writes.writeTarget(i.target());
        }
    }
}
