package phpgoc.runtime;

/**
 * php's "graceful exit" unwind of a fiber being destroyed: thrown at the fiber's suspend point, it
 * runs the finally blocks on its way out ({@link Throwables#replaced}) and is never caught
 * ({@link Throwables#caught} rethrows it).
 */
public final class GracefulExit extends PhpError {
    public GracefulExit() { super("GracefulExit", "", null, 0); }
}
