package phpgoc.runtime;

/** {@code exit}/{@code die}: unwinds to the script's runner, which ends with {@code status}. */
public final class ExitException extends RuntimeException {
    public final int status;

    public ExitException(int status) {
        super(null, null, false, false);
        this.status = status;
    }
}
