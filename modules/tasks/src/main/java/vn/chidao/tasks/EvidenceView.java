package vn.chidao.tasks;

import java.time.Instant;

import vn.chidao.organization.UnitId;

public record EvidenceView(long id, TaskId task, long progress, UnitId unit, String fileName, String mediaType,
                           long sizeBytes, String sha256, String uploadedBy, Instant uploadedAt) {
}
