package vn.chidao.plan.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import vn.chidao.kernel.DemoFiles;
import vn.chidao.plan.Direction;
import vn.chidao.plan.DocumentId;
import vn.chidao.plan.DocumentKind;
import vn.chidao.plan.DocumentView;
import vn.chidao.plan.NewDocument;
import vn.chidao.plan.NewMilestone;
import vn.chidao.plan.NewTarget;
import vn.chidao.plan.Pillar;
import vn.chidao.plan.Planning;
import vn.chidao.plan.TargetView;

/**
 * The Bình Phước documents and KH 382/KH-UBND's targets from the seed articles, with a few
 * measurements. Loaded once: a document that exists is left alone with its targets.
 */
@ApplicationScoped
public class PlanDemoData {

    private static final Logger LOG = Logger.getLogger(PlanDemoData.class.getName());

    @Inject
    Planning planning;

    @Transactional
    public void load() {
        int documents = 0;
        int targets = 0;
        List<String[]> targetRows = DemoFiles.rows("demo/plan/targets.csv", 9);
        for (String[] row : DemoFiles.rows("demo/plan/documents.csv", 8)) {
            if (planning.documentByNumber(row[1]).isPresent()) {
                continue;
            }
            List<DocumentId> implemented = row[7].isEmpty() ? List.of() : Arrays.stream(row[7].split("\\|"))
                    .map(n -> planning.documentByNumber(n).orElseThrow().id()).toList();
            planning.createDocument(new NewDocument(DocumentKind.valueOf(row[0]), row[1], LocalDate.parse(row[2]), row[3],
                    row[4], row[5].isEmpty() ? null : Integer.valueOf(row[5]), row[6].isEmpty() ? null : Integer.valueOf(row[6]),
                    implemented));
            documents++;
            for (String[] t : targetRows) {
                if (!t[0].equals(row[1])) {
                    continue;
                }
                DocumentView document = planning.documentByNumber(t[0]).orElseThrow();
                TargetView target = planning.createTarget(target(document, t));
                targets++;
                if (!t[8].isEmpty()) {
                    for (String m : t[8].split("\\|")) {
                        String[] dateValue = m.split("=");
                        planning.recordMeasurement(target.id(), new BigDecimal(dateValue[1]), LocalDate.parse(dateValue[0]),
                                "Báo cáo của cơ quan thường trực (dữ liệu minh họa)", null, "demo");
                    }
                }
            }
        }
        int d = documents, t = targets;
        LOG.info(() -> "Plan demo data: " + d + " documents and " + t + " targets added.");
    }

    /**
     * A target row: a baseline only where the row gives one; the target either one value by a date or horizons as the
     * plan words them ("2025=15% đến 20%|2030=tối thiểu 30%"), each due at the end of its year. Horizons that are all
     * ceilings ("không quá 2") make a target reached by going down.
     */
    private static NewTarget target(DocumentView document, String[] t) {
        BigDecimal baseline = t[4].isEmpty() ? null : new BigDecimal(t[4]);
        LocalDate baselineDate = t[5].isEmpty() ? null : LocalDate.parse(t[5]);
        if (!t[6].contains("=")) {
            return new NewTarget(document.id(), Pillar.valueOf(t[1]), t[2], t[3], baseline, baselineDate, new BigDecimal(t[6]),
                    LocalDate.parse(t[7]), Direction.HIGHER_IS_BETTER);
        }
        List<NewMilestone> horizons = Arrays.stream(t[6].split("\\|")).map(h -> h.split("=", 2))
                .map(h -> new NewMilestone(h[1], LocalDate.of(Integer.parseInt(h[0]), 12, 31))).toList();
        boolean ceilings = horizons.stream().allMatch(h -> h.text().toLowerCase(java.util.Locale.ROOT).startsWith("không quá"));
        return new NewTarget(document.id(), Pillar.valueOf(t[1]), t[2], t[3], baseline, baselineDate, null, null, horizons,
                ceilings ? Direction.LOWER_IS_BETTER : Direction.HIGHER_IS_BETTER);
    }
}
