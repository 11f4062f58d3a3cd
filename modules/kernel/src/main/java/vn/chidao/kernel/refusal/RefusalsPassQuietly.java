package vn.chidao.kernel.refusal;

import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import jakarta.enterprise.util.AnnotationLiteral;
import jakarta.interceptor.InterceptorBinding;

/** Binds {@link CarryRefusal} and {@link DeliverRefusal}; {@link QuietRefusals} puts it on every transactional bean. */
@InterceptorBinding
@Inherited
@Retention(RUNTIME)
@Target({TYPE, METHOD})
public @interface RefusalsPassQuietly {

    final class Literal extends AnnotationLiteral<RefusalsPassQuietly> implements RefusalsPassQuietly {
        private static final long serialVersionUID = 1L;
        static final Literal INSTANCE = new Literal();
    }
}
