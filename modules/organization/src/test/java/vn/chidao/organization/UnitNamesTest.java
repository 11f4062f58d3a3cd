package vn.chidao.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;


class UnitNamesTest {

    private static UnitView unit(long id, String code, String name, String shortName, String... aliases) {
        return new UnitView(new UnitId(id), code, name, shortName, UnitKind.PROVINCIAL_DEPARTMENT, null, null, null, null,
                List.of(aliases));
    }

    private final UnitNames names = new UnitNames(List.of(
            unit(1, "STTTT", "Sở Thông tin và Truyền thông", "Sở TT&TT", "Sở Thông tin - Truyền thông"),
            unit(2, "SVHTTDL", "Sở Văn hóa, Thể thao và Du lịch", "Sở VHTT&DL"),
            unit(3, "CA-TINH", "Công an tỉnh Bình Phước", "Công an tỉnh"),
            unit(4, "X1", "Ban Quản lý", null),
            unit(5, "X2", "Ban quản lý", null),
            new UnitView(new UnitId(6), "XA-LOCTHANH", "Xã Lộc Thạnh", null, UnitKind.COMMUNE, null, null, null, null, List.of()),
            new UnitView(new UnitId(7), "XA-LOCTHANH-2", "Xã Lộc Thành", null, UnitKind.COMMUNE, null, null, null, null, List.of())));

    @Test
    void twoCommunesWhoseNamesDifferOnlyByTheirDiacriticsAreTwoUnits() {
        assertThat(names.find("Xã Lộc Thành")).extracting(UnitView::code).containsExactly("XA-LOCTHANH-2");
        assertThat(names.find("xã lộc thạnh")).extracting(UnitView::code).containsExactly("XA-LOCTHANH");
        // the same name in decomposed Unicode (as some keyboards send it) is the same name
        assertThat(names.find(java.text.Normalizer.normalize("Xã Lộc Thạnh", java.text.Normalizer.Form.NFD)))
                .extracting(UnitView::code).containsExactly("XA-LOCTHANH");
        assertThat(names.find("Xa Loc Thanh")).as("typed without diacritics, it could be either").hasSize(2);
    }

    @Test
    void findsAUnitByNameShortNameCodeOrAliasWhateverTheCaseAndDiacritics() {
        assertThat(names.find("sở tt & tt")).extracting(UnitView::code).containsExactly("STTTT");
        assertThat(names.find("SO THONG TIN VA TRUYEN THONG")).extracting(UnitView::code).containsExactly("STTTT");
        assertThat(names.find("sttttt")).isEmpty();
        assertThat(names.find("CA-TINH")).extracting(UnitView::code).containsExactly("CA-TINH");
    }

    @Test
    void aNameTwoUnitsShareIsNotGuessed() {
        assertThat(names.find("Ban Quản lý")).hasSize(2);
    }

    @Test
    void splitsAListWhoseNamesMayHoldCommas() {
        assertThat(names.split("Sở TT&TT, Sở Văn hóa, Thể thao và Du lịch; Công an tỉnh"))
                .containsExactly("Sở TT&TT", "Sở Văn hóa, Thể thao và Du lịch", "Công an tỉnh");
        assertThat(names.split("Sở Lạ, Công an tỉnh\nSở TT&TT")).containsExactly("Sở Lạ", "Công an tỉnh", "Sở TT&TT");
    }
}
