package vn.chidao.organization.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;

/** The installation's emblem or logo: one row, apart from the settings so that reading them does not read it. */
@Entity
@Table(name = "org_logo")
public class Logo {

    public static final long ID = 1;

    @Id
    private Long id;

    @Lob
    @Column(nullable = false, columnDefinition = "mediumblob")
    private byte[] content;

    @Column(name = "content_type", nullable = false, length = 32)
    private String contentType;

    protected Logo() {
    }

    public Logo(byte[] content, String contentType) {
        this.id = ID;
        replace(content, contentType);
    }

    public void replace(byte[] newContent, String newContentType) {
        this.content = newContent.clone();
        this.contentType = newContentType;
    }

    public byte[] content() {
        return content.clone();
    }

    public String contentType() {
        return contentType;
    }
}
