package vn.chidao.reporting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An evaluation of every unit for a period: live while the period is open (computed from today's data with today's
 * criteria), frozen once the secretariat closes it ({@code closedBy}, {@code closedAt}, the criteria and figures of that
 * moment).
 */
public record EvaluationView(String period, String label, LocalDate from, LocalDate to, LocalDate asOf, boolean closed,
                             String closedBy, Instant closedAt, EvaluationCriteria criteria, List<EvaluationRow> rows) {
}
