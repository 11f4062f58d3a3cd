package vn.chidao.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class WordsOrderTest {

    @Test
    void unitsSortAsAVietnameseReaderExpects() {
        List<String> names = new ArrayList<>(List.of("Viettel Đồng Nai", "Ủy ban nhân dân xã Bù Đăng", "Đài Phát thanh - Truyền hình",
                "Văn phòng UBND tỉnh", "Sở Y tế", "Công an tỉnh", "Dân tộc và Tôn giáo", "Báo Đồng Nai"));
        names.sort(Words.vietnameseOrder());
        assertThat(names).containsExactly("Báo Đồng Nai", "Công an tỉnh", "Dân tộc và Tôn giáo", "Đài Phát thanh - Truyền hình",
                "Sở Y tế", "Ủy ban nhân dân xã Bù Đăng", "Văn phòng UBND tỉnh", "Viettel Đồng Nai");
    }
}
