/**
 * Reporting: the committee's briefings (Báo cáo tình hình thực hiện nhiệm vụ), unit scorecards and
 * task sheets as JasperReports PDFs laid out as Vietnamese administrative documents, with Excel
 * versions of their tables; every report taken from one consistent snapshot and archived with its
 * parameters, author, time and SHA-256; weekly, monthly or quarterly briefings on a schedule.
 *
 * <p>API (this package): {@link vn.chidao.reporting.Reports} (generate, archive, download, schedules),
 * {@link vn.chidao.reporting.ReportRequest}, {@link vn.chidao.reporting.ArchivedReport}, IDs and enums.
 * Reads {@code organization}, {@code plan} and {@code tasks} through their APIs only.
 * Templates and fonts come from the top-level {@code reports/} folder.
 *
 * <p>Publishes {@link vn.chidao.reporting.BriefingReady} when a scheduled briefing is archived (inside
 * the archiving transaction, for the notification module's outbox). Consumes no events.
 */
package vn.chidao.reporting;
