package vn.chidao.app.web;

import java.util.List;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import vn.chidao.kernel.Messages;
import vn.chidao.reporting.ReportsBusy;

/** Every report worker busy: 503 with Retry-After, so the client waits instead of piling on. */
@Provider
public class ReportsBusyMapper implements ExceptionMapper<ReportsBusy> {

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(ReportsBusy busy) {
        return Response.fromResponse(Problem.answer(503, Messages.text(Problem.language(headers), "report.busy",
                busy.retryAfterSeconds()), List.of())).header("Retry-After", String.valueOf(busy.retryAfterSeconds())).build();
    }
}
