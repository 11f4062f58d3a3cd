package vn.chidao.kernel.history;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.envers.RevisionEntity;
import org.hibernate.envers.RevisionNumber;
import org.hibernate.envers.RevisionTimestamp;

/**
 * One committed change set of the history (Hibernate Envers): when and by whom. Every module's
 * audited tables point at it by {@code rev}; modules read it through Envers projections by
 * property name ({@code timestamp}, {@code actor}), never through this class.
 */
@Entity
@Table(name = "org_revision")
@RevisionEntity(RevisionActor.class)
public class Revision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @RevisionNumber
    private Long id;

    @RevisionTimestamp
    @Column(name = "at_epoch_ms", nullable = false)
    private long timestamp;

    @Column(nullable = false, length = 254)
    private String actor;

    void actor(String who) {
        this.actor = who;
    }
}
