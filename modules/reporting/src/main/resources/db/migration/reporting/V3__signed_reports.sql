-- A signed briefing is kept as a report of its own beside the unsigned one it signs: the signature is an incremental
-- update, so the signed file begins with the unsigned file's bytes and the unsigned one's SHA-256 still holds for them.

ALTER TABLE rpt_report
    ADD COLUMN signed_from BIGINT       NULL,
    ADD COLUMN signer      VARCHAR(500) NULL,
    ADD COLUMN signed_at   TIMESTAMP(3) NULL,
    ADD CONSTRAINT rpt_report_signed_from_fk FOREIGN KEY (signed_from) REFERENCES rpt_report (id),
    -- one signed copy per report
    ADD CONSTRAINT rpt_report_signed_from_uk UNIQUE (signed_from);
