package vn.chidao.app.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;

import jakarta.faces.application.ProtectedViewException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.faces.event.PhaseId;

/**
 * A post whose view state is unknown (expired, or forged by another site) and a protected view
 * opened without its token lead to the error page, which says so — nothing of the request is done.
 * Works for ordinary and AJAX requests (a redirect either way).
 */
public class ExpiredViews extends ExceptionHandlerFactory {

    public ExpiredViews(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new Handler(getWrapped().getExceptionHandler());
    }

    static final class Handler extends ExceptionHandlerWrapper {

        Handler(ExceptionHandler wrapped) {
            super(wrapped);
        }

        @Override
        public void handle() {
            FacesContext faces = FacesContext.getCurrentInstance();
            for (Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator(); events.hasNext();) {
                Throwable problem = events.next().getContext().getException();
                // an unreadable view state fails while the view is restored: treated as an expired one
                boolean restoring = faces.getCurrentPhaseId() == PhaseId.RESTORE_VIEW && faces.isPostback();
                if ((expired(problem) || restoring) && !faces.getResponseComplete()) {
                    events.remove();
                    ExternalContext context = faces.getExternalContext();
                    try {
                        context.redirect(context.getRequestContextPath() + "/error.xhtml?reason=expired");
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    faces.responseComplete();
                }
            }
            getWrapped().handle();
        }

        private static boolean expired(Throwable problem) {
            for (Throwable cause = problem; cause != null; cause = cause.getCause()) {
                if (cause instanceof ViewExpiredException || cause instanceof ProtectedViewException) {
                    return true;
                }
            }
            return false;
        }
    }
}
