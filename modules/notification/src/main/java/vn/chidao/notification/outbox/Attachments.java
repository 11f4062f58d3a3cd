package vn.chidao.notification.outbox;


import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import vn.chidao.reporting.ReportId;
import vn.chidao.reporting.Reports;
import vn.chidao.organization.Caller;

/** The archived report a message carries, read at sending time from the report archive. */
@ApplicationScoped
public class Attachments {

    private static final Caller POSTMAN = Caller.system();

    @Inject
    Reports reports;

    Mailer.Attachment of(long report) {
        return reports.download(new ReportId(report), POSTMAN)
                .map(d -> new Mailer.Attachment(d.report().fileName(), d.report().format().mediaType(), d.content()))
                .orElse(null);
    }
}
