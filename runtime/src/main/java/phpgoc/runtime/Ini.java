package phpgoc.runtime;

/** The ini settings phpgoc honours, with php's built-in defaults (as {@code php -n}). */
public final class Ini {
    public int errorReporting = Context.E_ALL;
    public boolean displayErrors = true;
    public int precision = 14;
    public int serializePrecision = -1;

    /** Applies {@code -d key=value}; unknown keys are accepted and ignored, as php does. */
    public void set(String key, String value) {
        switch (key) {
            case "error_reporting" -> errorReporting = (int) Convert.toLong(value);
            case "display_errors" -> displayErrors = parseBool(value);
            case "precision" -> precision = (int) Convert.toLong(value);
            case "serialize_precision" -> serializePrecision = (int) Convert.toLong(value);
            default -> { }
        }
    }

    private static boolean parseBool(String v) {
        String s = v.trim().toLowerCase(java.util.Locale.ROOT);
        return s.equals("1") || s.equals("on") || s.equals("yes") || s.equals("true") || s.equals("stdout");
    }
}
