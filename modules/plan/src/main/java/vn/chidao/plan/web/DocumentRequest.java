package vn.chidao.plan.web;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import vn.chidao.plan.DocumentKind;

public record DocumentRequest(
        @NotNull(message = "{document.kind.required}") DocumentKind kind,
        @NotBlank(message = "{document.number.required}") @Size(max = 64, message = "{document.number.size}") String number,
        @NotNull(message = "{document.issueDate.required}") LocalDate issueDate,
        @NotBlank(message = "{document.issuingBody.required}") @Size(max = 255) String issuingBody,
        @NotBlank(message = "{document.summary.required}") @Size(max = 2000, message = "{document.summary.size}") String summary,
        @Min(1945) @Max(2100) Integer periodFrom,
        @Min(1945) @Max(2100) Integer periodTo,
        List<Long> implementsDocumentIds) {
}
