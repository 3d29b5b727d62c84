package phpgoc.runtime;

/**
 * The result of {@code .=}: an immutable view (buffer, length) on a growable byte buffer shared by
 * the views appended from it. Appending to the view whose length is the buffer's used length writes
 * in place; any other view copies first. So {@code $s .= $x} is amortised O(1) and older values
 * stay unchanged.
 */
public final class ConcatString implements CharSequence {
    @Override public int length() { throw Convert.todo(); }
    @Override public char charAt(int index) { throw Convert.todo(); }
    @Override public CharSequence subSequence(int start, int end) { throw Convert.todo(); }
    @Override public String toString() { throw Convert.todo(); }
}
