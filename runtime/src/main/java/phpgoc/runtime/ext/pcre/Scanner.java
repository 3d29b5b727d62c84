package phpgoc.runtime.ext.pcre;

import java.util.regex.Matcher;

/**
 * Successive matches of a regex over a subject as php's global loops find them: after an empty match
 * it first tries a non-empty match at the same place (PCRE2_NOTEMPTY_ATSTART | ANCHORED), and only then
 * steps one character on (Java's own find() would step on at once).
 */
final class Scanner {
    private final Regex re;
    private final Subject sub;
    private final Matcher any;
    private Matcher nonEmpty;
    private Matcher current;
    private int pos;
    private boolean lastEmpty;

    Scanner(Regex re, Subject sub, int from) {
        this.re = re;
        this.sub = sub;
        this.any = Pcre.matcher(re, sub, from);
        this.pos = from;
    }

    /** Finds the next match; false when there is none. */
    boolean next() {
        int len = sub.text.length();
        if (lastEmpty) {
            if (nonEmpty == null) {
                nonEmpty = re.nonEmpty().matcher(sub.text);
                nonEmpty.useTransparentBounds(true);
                nonEmpty.useAnchoringBounds(false);
            }
            nonEmpty.region(pos, len);
            if (nonEmpty.lookingAt()) return found(nonEmpty);
            if (pos >= len) return false;
            pos += Character.isHighSurrogate(sub.text.charAt(pos)) && pos + 1 < len ? 2 : 1;
        }
        any.region(pos, len);
        return any.find() && found(any);
    }

    private boolean found(Matcher m) {
        current = m;
        lastEmpty = m.end() == m.start();
        pos = m.end();
        return true;
    }

    /** Byte offsets of the current match's groups. */
    int[] offsets() { return Pcre.offsets(current, sub, re.groupCount()); }
}
