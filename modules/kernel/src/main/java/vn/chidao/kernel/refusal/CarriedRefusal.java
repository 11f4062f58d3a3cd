package vn.chidao.kernel.refusal;

import vn.chidao.kernel.RuleViolation;

/** A refusal on its way through the transaction interceptor: checked, so Liberty writes no incident for it. */
final class CarriedRefusal extends Exception {

    private static final long serialVersionUID = 1L;

    CarriedRefusal(RuleViolation refusal) {
        super(refusal.getMessage(), refusal, false, false);
    }

    RuleViolation refusal() {
        return (RuleViolation) getCause();
    }
}
