package vn.chidao.kernel.refusal;

import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.transaction.TransactionSynchronizationRegistry;

import vn.chidao.kernel.RuleViolation;

/** Inside the transaction interceptor (which has PLATFORM_BEFORE + 200): rolls back, then carries the refusal out. */
@Interceptor
@RefusalsPassQuietly
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 250)
public class CarryRefusal {

    @Resource(lookup = "java:comp/TransactionSynchronizationRegistry")
    TransactionSynchronizationRegistry transactions;

    @AroundInvoke
    Object carry(InvocationContext call) throws Exception {
        try {
            return call.proceed();
        } catch (RuleViolation refusal) {
            if (transactions.getTransactionKey() != null) {
                transactions.setRollbackOnly();
            }
            throw new CarriedRefusal(refusal);
        }
    }
}
