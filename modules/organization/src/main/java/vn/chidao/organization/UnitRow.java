package vn.chidao.organization;

import java.time.LocalDate;
import java.util.List;

/** One row of a units sheet as read, then matched to a recorded unit and linked to its parent and successor. */
final class UnitRow {
    int row;
    String code;
    String name;
    String shortName;
    UnitKind kind;
    boolean kindFromName;
    boolean kindRefused;
    String parentText = "";
    String successorText = "";
    LocalDate from;
    LocalDate to;
    List<String> aliases = List.of();
    List<String> groupNames = List.of();
    UnitView existing;
    UnitRow parent;
    UnitView parentUnit;
    UnitRow successor;
    UnitView successorUnit;
    UnitId id;
}
