package vn.chidao.notification.letters;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.chidao.notification.NoticeKind;
import vn.chidao.kernel.Messages;

class LettersTest {

    @Test
    void aTitleWithLineBreaksStaysOnTheSubjectLine() {
        Letter letter = Letters.write(NoticeKind.TASK_ASSIGNED, Messages.VIETNAMESE,
                List.of("NV-1. Báo cáo\r\nBcc: ke-gian@example.com\nX-Injected: 1"), Map.of(), null);

        assertThat(letter.subject()).doesNotContain("\r", "\n")
                .isEqualTo("[Chỉ Đạo] Nhiệm vụ mới: NV-1. Báo cáo Bcc: ke-gian@example.com X-Injected: 1");
    }

    @Test
    void dataInTheHtmlIsEscapedAndTheTextSaysTheSameInTheReadersLanguage() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("task", "<script>alert('x')</script>");
        fields.put("deadline", LocalDate.of(2026, 3, 1));
        Letter vi = Letters.write(NoticeKind.REMINDER, Messages.VIETNAMESE, List.of("<b>NV-2</b>", 3), fields, "http://x/api/tasks/2");
        Letter en = Letters.write(NoticeKind.REMINDER, Locale.ENGLISH, List.of("NV-2", 3), fields, null);

        assertThat(vi.html()).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;", "&lt;b&gt;NV-2&lt;/b&gt;").doesNotContain("<script>");
        assertThat(vi.text()).contains("Nhiệm vụ: <script>alert('x')</script>", "Thời hạn: 01/03/2026", "Xem chi tiết: http://x/api/tasks/2");
        assertThat(vi.subject()).isEqualTo("[Chỉ Đạo] Nhắc hạn: <b>NV-2</b> (còn 3 ngày)");
        assertThat(en.subject()).isEqualTo("[Chỉ Đạo] Deadline reminder: NV-2 (3 days left)");
        assertThat(en.text()).contains("Deadline: 01/03/2026");
    }

    @Test
    void everyKindHasItsWordsInBothLanguages() {
        for (NoticeKind kind : NoticeKind.values()) {
            for (Locale language : List.of(Messages.VIETNAMESE, Locale.ENGLISH)) {
                Letter letter = Letters.write(kind, language, List.of("X", 1), Map.of(), null);
                assertThat(letter.subject()).as(kind + " " + language).startsWith("[Chỉ Đạo]");
                assertThat(letter.text()).as(kind + " " + language).doesNotContain("ntf.");
            }
        }
    }
}
