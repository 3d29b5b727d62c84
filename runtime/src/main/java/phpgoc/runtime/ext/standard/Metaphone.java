package phpgoc.runtime.ext.standard;

import phpgoc.runtime.Args;

/** metaphone() as php's metaphone.c computes it (its "traditional" rules), letter for letter. */
public final class Metaphone {
    private Metaphone() {}

    //                                       A  B   C  D   E  F  G  H   I  J  K  L  M  N  O  P  Q  R  S  T  U  V  W  X  Y  Z
    private static final int[] CODES = {1, 16, 4, 16, 9, 2, 4, 16, 9, 2, 0, 2, 2, 2, 1, 4, 0, 2, 4, 4, 1, 0, 0, 0, 8, 0};

    private static boolean alpha(char c) { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'; }

    private static char upper(char c) { return c >= 'a' && c <= 'z' ? (char) (c - 32) : c; }

    private static int encode(char c) { return alpha(c) ? CODES[upper(c) - 'A'] : 0; }

    private static boolean vowel(char c) { return (encode(c) & 1) != 0; }

    private static boolean affectH(char c) { return (encode(c) & 4) != 0; }

    private static boolean makeSoft(char c) { return (encode(c) & 8) != 0; }

    private static boolean noGhToF(char c) { return (encode(c) & 16) != 0; }

    public static String metaphone(Object string) { return metaphone(string, 0L); }

    public static String metaphone(Object string, Object max_phonemes) {
        String w = Args.str(string, "metaphone", 1, "string");
        long max = Args.toInt(max_phonemes, "metaphone", 2, "max_phonemes");
        if (max < 0) throw Strings.valueError("metaphone", 2, "max_phonemes", "must be greater than or equal to 0");
        int nul = w.indexOf('\0');
        if (nul >= 0) w = w.substring(0, nul);
        return new Metaphone.Run(w).run(max);
    }

    private static final class Run {
        final String word;
        final StringBuilder out = new StringBuilder();
        int i;

        Run(String word) { this.word = word; }

        char at(int k) { return k >= 0 && k < word.length() ? upper(word.charAt(k)) : '\0'; }
        char cur() { return at(i); }
        char next() { return at(i + 1); }
        char afterNext() { return next() != '\0' ? at(i + 2) : '\0'; }
        char back(int n) { return i >= n ? at(i - n) : '\0'; }
        char prev() { return back(1); }
        char ahead(int n) {
            int k = 0;
            while (i + k < word.length() && k < n) k++;
            return at(i + k);
        }

        String run(long max) {
            for (; !alpha(cur()); i++) if (cur() == '\0') return "";
            switch (cur()) {
                case 'A' -> {
                    if (next() == 'E') {
                        out.append('E');
                        i += 2;
                    } else {
                        out.append('A');
                        i++;
                    }
                }
                case 'G', 'K', 'P' -> {
                    if (next() == 'N') {
                        out.append('N');
                        i += 2;
                    }
                }
                case 'W' -> {
                    if (next() == 'R') {
                        out.append('R');
                        i += 2;
                    } else if (next() == 'H' || vowel(next())) {
                        out.append('W');
                        i += 2;
                    }
                }
                case 'X' -> {
                    out.append('S');
                    i++;
                }
                case 'E', 'I', 'O', 'U' -> {
                    out.append(cur());
                    i++;
                }
                default -> { }
            }
            for (; cur() != '\0' && (max == 0 || out.length() < max); i++) {
                int skip = 0;
                char c = cur();
                if (!alpha(c)) continue;
                if (c == prev() && c != 'C') continue;
                switch (c) {
                    case 'B' -> {
                        if (prev() != 'M') out.append('B');
                    }
                    case 'C' -> {
                        if (makeSoft(next())) {
                            if (afterNext() == 'A' && next() == 'I') out.append('X');
                            else if (prev() != 'S') out.append('S');
                        } else if (next() == 'H') {
                            out.append('X');
                            skip++;
                        } else {
                            out.append('K');
                        }
                    }
                    case 'D' -> {
                        if (next() == 'G' && makeSoft(afterNext())) {
                            out.append('J');
                            skip++;
                        } else {
                            out.append('T');
                        }
                    }
                    case 'G' -> {
                        if (next() == 'H') {
                            if (!(noGhToF(back(3)) || back(4) == 'H')) {
                                out.append('F');
                                skip++;
                            }
                        } else if (next() == 'N') {
                            if (!(!alpha(afterNext()) || afterNext() == 'E' && ahead(3) == 'D')) out.append('K');
                        } else if (makeSoft(next()) && prev() != 'G') {
                            out.append('J');
                        } else {
                            out.append('K');
                        }
                    }
                    case 'H' -> {
                        if (vowel(next()) && !affectH(prev())) out.append('H');
                    }
                    case 'K' -> {
                        if (prev() != 'C') out.append('K');
                    }
                    case 'P' -> out.append(next() == 'H' ? 'F' : 'P');
                    case 'Q' -> out.append('K');
                    case 'S' -> {
                        if (next() == 'I' && (afterNext() == 'O' || afterNext() == 'A')) {
                            out.append('X');
                        } else if (next() == 'H') {
                            out.append('X');
                            skip++;
                        } else {
                            out.append('S');
                        }
                    }
                    case 'T' -> {
                        if (next() == 'I' && (afterNext() == 'O' || afterNext() == 'A')) {
                            out.append('X');
                        } else if (next() == 'H') {
                            out.append('0');
                            skip++;
                        } else if (!(next() == 'C' && afterNext() == 'H')) {
                            out.append('T');
                        }
                    }
                    case 'V' -> out.append('F');
                    case 'W' -> {
                        if (vowel(next())) out.append('W');
                    }
                    case 'X' -> out.append("KS");
                    case 'Y' -> {
                        if (vowel(next())) out.append('Y');
                    }
                    case 'Z' -> out.append('S');
                    case 'F', 'J', 'L', 'M', 'N', 'R' -> out.append(c);
                    default -> { }
                }
                i += skip;
            }
            return out.toString();
        }
    }
}
