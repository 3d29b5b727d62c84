package phpgoc.parse;

import java.lang.reflect.RecordComponent;
import java.util.List;
import phpgoc.ast.Span;

/** A compact s-expression form of AST nodes for tests: record name and components, spans left out. */
final class AstPrinter {
    private AstPrinter() {}

    static String print(Object o) {
        StringBuilder sb = new StringBuilder();
        print(o, sb);
        return sb.toString();
    }

    private static void print(Object o, StringBuilder sb) {
        if (o == null) {
            sb.append("null");
        } else if (o instanceof List<?> l) {
            sb.append('[');
            for (int i = 0; i < l.size(); i++) {
                if (i > 0) sb.append(' ');
                print(l.get(i), sb);
            }
            sb.append(']');
        } else if (o instanceof String s) {
            sb.append('"').append(s.replace("\n", "\\n")).append('"');
        } else if (o instanceof phpgoc.ast.Name n) {
            sb.append(n.kind() == phpgoc.ast.Name.Kind.FULLY_QUALIFIED ? "\\" : "").append(n.text());
        } else if (o.getClass().isRecord()) {
            sb.append('(').append(o.getClass().getSimpleName());
            for (RecordComponent c : o.getClass().getRecordComponents()) {
                if (c.getType() == Span.class) continue;
                try {
                    Object v = c.getAccessor().invoke(o);
                    if (v instanceof List<?> l && l.isEmpty() && !c.getName().equals("items")) continue;
                    if (v instanceof Boolean b && !b) continue;
                    if (v == null) continue;
                    sb.append(' ');
                    if (v instanceof Boolean) sb.append(c.getName());
                    else print(v, sb);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
            sb.append(')');
        } else {
            sb.append(o);
        }
    }
}
