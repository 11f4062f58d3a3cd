package vn.chidao.app.ui;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import vn.chidao.kernel.RuleViolation;
import vn.chidao.organization.UnitGroupView;
import vn.chidao.organization.UnitGroups;
import vn.chidao.organization.UnitId;

/** The units page's groups ("UBND các xã, phường"): named sets the imports read as one task per member. */
@Named
@ViewScoped
public class UnitGroupsPanel implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    UnitGroups groups;

    private String name;
    private List<Long> members = new ArrayList<>();
    private List<UnitGroupView> all;

    public List<UnitGroupView> getAll() {
        if (all == null) {
            all = groups.all();
        }
        return all;
    }

    /** Fills the form with a group to change its members. */
    public void edit(UnitGroupView group) {
        name = group.name();
        members = new ArrayList<>(group.members().stream().map(UnitId::value).toList());
    }

    public void save() {
        try {
            UnitGroupView saved = groups.save(name, members.stream().map(UnitId::new).toList());
            Feedback.done("units.groups.saved", saved.name(), saved.members().size());
            all = null;
            name = null;
            members = new ArrayList<>();
        } catch (RuleViolation violation) {
            Feedback.problems(violation);
        }
    }

    public void delete(UnitGroupView group) {
        try {
            groups.delete(group.id());
            Feedback.done("units.groups.deleted", group.name());
            all = null;
        } catch (RuleViolation violation) {
            Feedback.problems(violation);
        }
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public List<Long> getMembers() {
        return members;
    }

    public void setMembers(List<Long> members) {
        this.members = members;
    }
}
