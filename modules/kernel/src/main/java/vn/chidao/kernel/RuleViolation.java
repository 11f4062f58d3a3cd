package vn.chidao.kernel;

import java.util.List;

/**
 * A request the business rules refuse. It names the field at fault and a message key that the
 * web layer turns into the user's language; nothing has been changed when it is thrown.
 */
public class RuleViolation extends RuntimeException {

    /**
     * How the refusal answers over HTTP: 400, 404, 409, 403, 422 for a field the caller may not set, 429 for a caller who
     * must wait (the first argument is the seconds, sent as Retry-After), 503 when a service the request needs is down.
     */
    public enum Kind { INVALID, NOT_FOUND, CONFLICT, FORBIDDEN, UNPROCESSABLE, TOO_MANY, UNAVAILABLE }

    /** One field's problem; {@code field} is null when the whole request is at fault. */
    public record Problem(String field, String messageKey, List<Object> arguments) {
        public Problem {
            arguments = List.copyOf(arguments);
        }
    }

    private final Kind kind;
    private final List<Problem> problems;

    public RuleViolation(Kind kind, List<Problem> problems) {
        super(problems.isEmpty() ? kind.name() : problems.get(0).messageKey());
        this.kind = kind;
        this.problems = List.copyOf(problems);
    }

    public static RuleViolation invalid(String field, String messageKey, Object... arguments) {
        return new RuleViolation(Kind.INVALID, List.of(new Problem(field, messageKey, List.of(arguments))));
    }

    public static RuleViolation conflict(String field, String messageKey, Object... arguments) {
        return new RuleViolation(Kind.CONFLICT, List.of(new Problem(field, messageKey, List.of(arguments))));
    }

    public static RuleViolation notFound(String messageKey, Object... arguments) {
        return new RuleViolation(Kind.NOT_FOUND, List.of(new Problem(null, messageKey, List.of(arguments))));
    }

    /** A field the caller may not set in this request (422); {@code messageKey} names the field as {0}. */
    public static RuleViolation readOnly(String field, String messageKey) {
        return new RuleViolation(Kind.UNPROCESSABLE, List.of(new Problem(field, messageKey, List.of(field))));
    }

    public static RuleViolation forbidden(String messageKey, Object... arguments) {
        return new RuleViolation(Kind.FORBIDDEN, List.of(new Problem(null, messageKey, List.of(arguments))));
    }

    /** The caller must wait {@code seconds} before trying again (429 with Retry-After). */
    public static RuleViolation tooMany(String messageKey, long seconds) {
        return new RuleViolation(Kind.TOO_MANY, List.of(new Problem(null, messageKey, List.of(seconds))));
    }

    /** A service the request needs (the virus scanner, say) is down: nothing was done, try again later (503). */
    public static RuleViolation unavailable(String field, String messageKey, Object... arguments) {
        return new RuleViolation(Kind.UNAVAILABLE, List.of(new Problem(field, messageKey, List.of(arguments))));
    }

    public Kind kind() {
        return kind;
    }

    public List<Problem> problems() {
        return problems;
    }
}
