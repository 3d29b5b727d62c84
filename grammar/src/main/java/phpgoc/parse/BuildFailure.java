package phpgoc.parse;

/** Carries a {@link ParseError} out of the tree walk; unwrapped by {@link Parser}. */
final class BuildFailure extends RuntimeException {
    final ParseError error;

    BuildFailure(ParseError error) {
        super(error.getMessage(), null, false, false);
        this.error = error;
    }
}
