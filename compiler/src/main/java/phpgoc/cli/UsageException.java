package phpgoc.cli;

/** A command line phpgoc cannot make sense of; the message is shown to the user as is. */
final class UsageException extends Exception {
    UsageException(String message) {
        super(message);
    }
}
