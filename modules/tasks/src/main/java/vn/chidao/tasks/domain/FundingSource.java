package vn.chidao.tasks.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import vn.chidao.tasks.FundingSourceView;

/** A source of funding (nguồn vốn) in the list the secretariat keeps; retired, never deleted, once amounts name it. */
@Entity
@Table(name = "funding_source")
public class FundingSource {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 32)
    private String code;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false)
    private boolean active = true;

    @Version
    private long version;

    protected FundingSource() {
    }

    public FundingSource(String code, String name, int position) {
        this.code = code;
        this.name = name;
        this.position = position;
    }

    public void change(String name, int position, boolean active) {
        this.name = name;
        this.position = position;
        this.active = active;
    }

    public FundingSourceView view() {
        return new FundingSourceView(id, code, name, position, active, version);
    }

    public Long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public boolean active() {
        return active;
    }

    public long version() {
        return version;
    }
}
