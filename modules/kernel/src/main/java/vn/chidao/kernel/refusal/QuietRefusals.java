package vn.chidao.kernel.refusal;

import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.Extension;
import jakarta.enterprise.inject.spi.ProcessAnnotatedType;
import jakarta.enterprise.inject.spi.WithAnnotations;
import jakarta.transaction.Transactional;

/**
 * A refused request is not an incident. Liberty's {@code @Transactional} interceptor writes an FFDC incident
 * file for every unchecked exception that leaves a transactional method, so each 4xx answer ({@code
 * RuleViolation}) left one. This extension binds two interceptors around that one on every bean with
 * {@code @Transactional} anywhere: inside it, {@link CarryRefusal} marks the transaction for rollback and
 * carries the refusal through as a checked exception (which Liberty treats as the application's logic);
 * outside it, {@link DeliverRefusal} throws the refusal itself again. Callers see exactly what they saw
 * before; the transaction rolls back exactly as before; any other failure still writes its incident.
 */
public class QuietRefusals implements Extension {

    void bind(@Observes @WithAnnotations(Transactional.class) ProcessAnnotatedType<?> type) {
        type.configureAnnotatedType().add(RefusalsPassQuietly.Literal.INSTANCE);
    }
}
