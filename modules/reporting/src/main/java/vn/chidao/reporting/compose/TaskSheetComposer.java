package vn.chidao.reporting.compose;

import static vn.chidao.reporting.compose.Wording.day;
import static vn.chidao.reporting.compose.Wording.describe;
import static vn.chidao.reporting.compose.Wording.documentName;
import static vn.chidao.reporting.compose.Wording.row;
import static vn.chidao.reporting.compose.Wording.size;
import static vn.chidao.reporting.compose.Wording.slug;
import static vn.chidao.reporting.compose.Wording.status;
import static vn.chidao.reporting.compose.Wording.taskName;
import static vn.chidao.reporting.compose.Wording.text;
import static vn.chidao.reporting.compose.Wording.unitName;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import vn.chidao.kernel.Messages;
import vn.chidao.organization.Caller;
import vn.chidao.organization.UnitView;
import vn.chidao.plan.Planning;
import vn.chidao.reporting.engine.ReportContent;
import vn.chidao.reporting.engine.Table;
import vn.chidao.reporting.engine.Table.Column;
import vn.chidao.tasks.CommentKind;
import vn.chidao.tasks.CommentView;
import vn.chidao.tasks.EvidenceView;
import vn.chidao.tasks.TaskAssignment;
import vn.chidao.tasks.TaskConversation;
import vn.chidao.tasks.TaskEvidence;
import vn.chidao.tasks.TaskHistory;
import vn.chidao.tasks.TaskId;
import vn.chidao.tasks.TaskView;
import vn.chidao.tasks.TimelineEntry;

/** One task's sheet (Phiếu theo dõi nhiệm vụ): its particulars, its whole timeline and its evidence. */
@ApplicationScoped
public class TaskSheetComposer {

    @Inject
    TaskAssignment assignment;

    @Inject
    TaskHistory history;

    @Inject
    TaskEvidence evidence;

    @Inject
    TaskConversation conversation;

    @Inject
    Planning planning;

    @Inject
    Letterhead letterhead;

    public ReportContent taskSheet(TaskId id, Caller caller, Instant now) {
        TaskView task = assignment.task(id, caller);
        Map<Long, UnitView> units = letterhead.units();
        List<TimelineEntry> timeline = history.timeline(id, caller, Wording.VI);
        List<EvidenceView> files = evidence.evidence(id, caller);
        LocalDate today = assignment.today();

        List<Map<String, Object>> facts = new ArrayList<>();
        facts.add(row("label", text("sheet.code"), "value", task.code()));
        facts.add(row("label", text("sheet.task"), "value", task.title()));
        facts.add(row("label", text("sheet.description"), "value", task.description()));
        facts.add(row("label", text("sheet.output"), "value", task.expectedOutput()));
        facts.add(row("label", text("sheet.mandates"), "value", task.mandates().stream()
                .map(d -> planning.document(d).map(Wording::documentName).orElse("#" + d.value())).collect(Collectors.joining("; "))));
        facts.add(row("label", text("sheet.pillar"), "value", task.pillar() == null ? null
                : Messages.text(Wording.VI, "report.pillar." + task.pillar().name())));
        facts.add(row("label", text("col.leadUnit"), "value", task.leadUnit().equals(task.originalLeadUnit()) ? unitName(units, task.leadUnit())
                : text("sheet.lead.moved", unitName(units, task.leadUnit()), unitName(units, task.originalLeadUnit()))));
        facts.add(row("label", text("sheet.cooperating"), "value", task.cooperation().isEmpty() ? text("sheet.cooperating.none")
                : task.cooperation().stream()
                .map(c -> (c.subDueDate() == null ? unitName(units, c.unit()) : text("sheet.part.due", unitName(units, c.unit()), day(c.subDueDate())))
                        + ": " + c.percent() + "%")
                .collect(Collectors.joining("\n"))));
        facts.add(row("label", text("sheet.deadline"), "value", task.deadline().label() == null ? day(task.originalDueDate())
                : task.deadline().label()));
        // a periodic task has no first deadline: each period has its own; the one shown is the oldest still owed
        facts.add(task.deadline().kind().periodic()
                ? row("label", text("sheet.periodDue"), "value", day(task.dueDate()))
                : row("label", text("sheet.dues"), "value", day(task.originalDueDate()) + " / " + day(task.dueDate())
                        + (task.extensionCount() == 0 ? "" : " " + text("sheet.extended", Integer.toString(task.extensionCount())))));
        facts.add(row("label", text("sheet.assignedOn"), "value", day(task.assignedOn())));
        facts.add(row("label", text("col.status"), "value", status(task.status())
                + (task.daysOverdue() > 0 ? text("sheet.overdueDays", Long.toString(task.daysOverdue())) : "")
                + " " + text("sheet.asOf", day(today))));
        facts.add(row("label", text("sheet.progress"), "value", task.percent() + "%" + (task.lastProgressOn() == null
                ? text("sheet.progress.none") : text("sheet.progress.last", day(task.lastProgressOn())))));

        DateTimeFormatter stamp = letterhead.stamp();
        List<Map<String, Object>> events = timeline.stream()
                .map(e -> row("at", day(e.on()), "actor", "system".equals(e.actor()) ? text("sheet.system") : e.actor(), "text", describe(e)))
                .toList();
        // the conversation, directions marked: what the committee said stands in the record of the task
        List<CommentView> said = conversation.comments(id, caller);
        List<Map<String, Object>> conversationRows = said.stream()
                .map(c -> row("at", stamp.format(c.writtenAt()), "actor", (c.authorName() == null ? c.author() : c.authorName())
                        + (c.unit() == null ? "" : "\n" + unitName(units, c.unit())),
                        "text", text("sheet.comment." + c.kind().name()) + ": " + c.text()))
                .toList();
        List<Map<String, Object>> evidenceRows = files.stream()
                .map(f -> row("file", f.fileName(), "size", size(f.sizeBytes()), "bytes", f.sizeBytes(),
                        "uploaded", f.uploadedBy() + ", " + stamp.format(f.uploadedAt()), "sha256", f.sha256()))
                .toList();

        Map<String, Object> p = letterhead.heading(now);
        p.put("TITLE", text("sheet.title"));
        p.put("SUBTITLE", taskName(task.code(), task.title()));
        p.put("FACTS", facts);
        p.put("TIMELINE", events);
        p.put("CONVERSATION", conversationRows);
        p.put("CONVERSATION_NOTE", said.isEmpty() ? text("sheet.conversation.none")
                : text("sheet.conversation.some", Integer.toString(said.size()),
                        Long.toString(said.stream().filter(c -> c.kind() == CommentKind.DIRECTION).count())));
        p.put("EVIDENCE", evidenceRows);
        p.put("EVIDENCE_NOTE", files.isEmpty() ? text("sheet.evidence.none") : text("sheet.evidence.some", Integer.toString(files.size())));
        p.put("FOOTNOTE", letterhead.extracted(now));
        return new ReportContent("tasksheet", text("sheet.name", taskName(task.code(), task.title())),
                (String) p.get("SUBTITLE"), "phieu-nhiem-vu-" + (task.code() == null ? id.value() : slug(task.code())), p, List.of(
                new Table(text("sheet.facts.sheet"), text("sheet.facts.title"), List.of(Column.text("label", text("sheet.facts.label")),
                        Column.text("value", text("sheet.facts.value"))), facts),
                new Table(text("sheet.timeline.sheet"), text("sheet.timeline.title"), List.of(Column.moment("at", text("col.at")),
                        Column.text("actor", text("col.actor")), Column.text("text", text("col.text"))), events),
                new Table(text("sheet.conversation.sheet"), text("sheet.conversation.title"), List.of(Column.moment("at", text("col.at")),
                        Column.text("actor", text("col.actor")), Column.text("text", text("col.text"))), conversationRows),
                new Table(text("sheet.evidence.sheet"), text("sheet.evidence.title"), List.of(Column.text("file", text("col.file")),
                        Column.number("bytes", text("col.bytes")), Column.moment("uploaded", text("col.uploaded")),
                        Column.text("sha256", "SHA-256")), evidenceRows)));
    }
}
