package vn.chidao.kernel.refusal;

import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.transaction.TransactionalException;

/**
 * Outside the transaction interceptor: the caller gets the refusal itself, as if nothing had carried it. Liberty
 * hands a checked exception back either as it is or wrapped in a {@link TransactionalException}; both are opened.
 */
@Interceptor
@RefusalsPassQuietly
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 150)
public class DeliverRefusal {

    @AroundInvoke
    Object deliver(InvocationContext call) throws Exception {
        try {
            return call.proceed();
        } catch (CarriedRefusal carried) {
            throw carried.refusal();
        } catch (TransactionalException wrapped) {
            if (wrapped.getCause() instanceof CarriedRefusal carried) {
                throw carried.refusal();
            }
            throw wrapped;
        }
    }
}
