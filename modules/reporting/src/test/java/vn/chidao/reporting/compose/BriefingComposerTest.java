package vn.chidao.reporting.compose;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.chidao.tasks.StatusClass;

/** The pie chart and the facts table say the same shares, to the same decimal. */
class BriefingComposerTest {

    @Test
    void eachSliceSaysItsShareAsTheTableDoes() {
        Map<StatusClass, Long> totals = new EnumMap<>(StatusClass.class);
        totals.put(StatusClass.OVERDUE, 1L);
        totals.put(StatusClass.DONE_ON_TIME, 13L);
        totals.put(StatusClass.IN_PROGRESS_ON_TIME, 7L);

        assertThat(BriefingComposer.slices(totals)).extracting(s -> s.get("text"))
                // 1/21 is 4,8% in the table; JFreeChart's own label would have said 5%
                .containsExactly("7" + Wording.share(7, 21), "1" + Wording.share(1, 21), "13" + Wording.share(13, 21))
                .containsExactly("7 (33,3%)", "1 (4,8%)", "13 (61,9%)");
    }
}
