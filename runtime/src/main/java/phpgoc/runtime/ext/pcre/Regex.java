package phpgoc.runtime.ext.pcre;

import java.util.regex.Pattern;

/**
 * A compiled PHP regex: the Java pattern, whether it works on UTF-8 (the u modifier), its number of
 * capture groups and their names ({@code names[i]} is group i's name or null; index 0 is the whole match).
 * {@code nonEmpty} is the pattern that must not match empty where it starts (PCRE2_NOTEMPTY_ATSTART):
 * after an empty match php retries there with it before stepping on.
 */
public record Regex(Pattern pattern, Pattern nonEmpty, boolean utf8, int groupCount, String[] names) {
    boolean hasNames() {
        for (String n : names) if (n != null) return true;
        return false;
    }
}
