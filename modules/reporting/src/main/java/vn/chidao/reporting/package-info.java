/**
 * Reporting: JasperReports briefings for the steering committee laid out as Vietnamese
 * administrative documents, unit scorecards, task sheets, Excel exports and the report archive.
 *
 * <p>API (this package): not yet published. Reads {@code organization}, {@code plan} and
 * {@code tasks} through their APIs only; will publish an event when a scheduled briefing is ready.
 */
package vn.chidao.reporting;
