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
                TargetView target = planning.createTarget(new NewTarget(document.id(), Pillar.valueOf(t[1]), t[2], t[3],
                        new BigDecimal(t[4]), LocalDate.parse(t[5]), new BigDecimal(t[6]), LocalDate.parse(t[7]),
                        Direction.HIGHER_IS_BETTER));
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
}
