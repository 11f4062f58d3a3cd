package vn.chidao.organization;

import java.util.List;

/** A named group of units ("UBND các xã, phường") and its members, ended ones included. */
public record UnitGroupView(long id, String name, List<UnitId> members, long version) {

    public UnitGroupView {
        members = List.copyOf(members);
    }
}
