package vn.chidao.app.ui;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.chidao.plan.NewMilestone;
import vn.chidao.plan.TargetView;

/** The correction of one target of the chosen document: its name and its horizons as the plan words them. */
public class TargetCorrectionForm implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("dd/MM/uuuu").withResolverStyle(ResolverStyle.STRICT);
    private static final Pattern LINE = Pattern.compile("(\\d{4}|\\d{1,2}/\\d{1,2}/\\d{4})\\s*[:=]\\s*(.+)");

    private Long target;
    private String name;
    private String horizons;

    void fill(TargetView picked) {
        name = picked.name();
        horizons = String.join("\n", picked.milestones().stream().map(m -> (m.due().getMonthValue() == 12 && m.due().getDayOfMonth() == 31
                ? Integer.toString(m.due().getYear()) : m.due().format(DMY)) + ": " + (m.wording() != null ? m.wording() : m.written())).toList());
    }

    /**
     * The horizons as typed, one per line — "2025: 15% đến 20%" (to the end of that year) or "30/06/2026: trên 50%";
     * empty when none was typed. A line that is not "year or day: words" is returned in {@code wrong}.
     */
    List<NewMilestone> milestones(List<String> wrong) {
        List<NewMilestone> read = new ArrayList<>();
        for (String line : horizons == null ? new String[0] : horizons.split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            Matcher m = LINE.matcher(line.strip());
            if (!m.matches()) {
                wrong.add(line.strip());
                continue;
            }
            try {
                LocalDate due = m.group(1).contains("/") ? LocalDate.parse(m.group(1), DMY) : LocalDate.of(Integer.parseInt(m.group(1)), 12, 31);
                read.add(new NewMilestone(m.group(2).strip(), due));
            } catch (DateTimeParseException notADay) {
                wrong.add(line.strip());
            }
        }
        return read;
    }

    public Long getTarget() {
        return target;
    }

    public void setTarget(Long target) {
        this.target = target;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getHorizons() {
        return horizons;
    }

    public void setHorizons(String horizons) {
        this.horizons = horizons;
    }
}
