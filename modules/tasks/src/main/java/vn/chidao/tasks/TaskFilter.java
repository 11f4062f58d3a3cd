package vn.chidao.tasks;

import java.time.LocalDate;

import vn.chidao.organization.UnitId;
import vn.chidao.plan.DocumentId;
import vn.chidao.plan.Pillar;

/**
 * Which tasks a list or count covers; every field may be null (no restriction). {@code asOf}
 * judges status classes as of that day instead of today, leaving out tasks assigned after it; {@code risk} keeps the
 * tasks of one early-warning class; {@code words} keeps the tasks whose code, title, details, output, lead unit or
 * document holds every word, whatever the case and the diacritics ("so hoa ho so" finds "Số hóa hồ sơ").
 */
public record TaskFilter(UnitId unit, DocumentId document, Pillar pillar, StatusClass status, LocalDate dueFrom,
                         LocalDate dueTo, LocalDate asOf, RiskClass risk, String words) {

    public TaskFilter(UnitId unit, DocumentId document, Pillar pillar, StatusClass status, LocalDate dueFrom,
                      LocalDate dueTo, LocalDate asOf, RiskClass risk) {
        this(unit, document, pillar, status, dueFrom, dueTo, asOf, risk, null);
    }

    public TaskFilter(UnitId unit, DocumentId document, Pillar pillar, StatusClass status, LocalDate dueFrom,
                      LocalDate dueTo, LocalDate asOf) {
        this(unit, document, pillar, status, dueFrom, dueTo, asOf, null);
    }

    public TaskFilter(UnitId unit, DocumentId document, Pillar pillar, StatusClass status, LocalDate dueFrom,
                      LocalDate dueTo) {
        this(unit, document, pillar, status, dueFrom, dueTo, null);
    }

    public static TaskFilter all() {
        return new TaskFilter(null, null, null, null, null, null, null, null, null);
    }

    public TaskFilter asOf(LocalDate day) {
        return new TaskFilter(unit, document, pillar, status, dueFrom, dueTo, day, risk, words);
    }

    public TaskFilter unit(UnitId lead) {
        return new TaskFilter(lead, document, pillar, status, dueFrom, dueTo, asOf, risk, words);
    }

    public TaskFilter risk(RiskClass level) {
        return new TaskFilter(unit, document, pillar, status, dueFrom, dueTo, asOf, level, words);
    }

    /** The tasks holding every word of {@code text} (blank: no restriction). */
    public TaskFilter search(String text) {
        return new TaskFilter(unit, document, pillar, status, dueFrom, dueTo, asOf, risk,
                text == null || text.isBlank() ? null : text.strip());
    }

    /** The words searched for, at most eight, each at most 50 characters. */
    public java.util.List<String> searchWords() {
        return words == null ? java.util.List.of() : java.util.Arrays.stream(words.split("\\s+")).filter(w -> !w.isEmpty())
                .map(w -> w.length() > 50 ? w.substring(0, 50) : w).limit(8).toList();
    }
}
