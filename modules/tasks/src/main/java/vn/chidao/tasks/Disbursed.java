package vn.chidao.tasks;

/** What a progress report says was disbursed since the previous one from one source, in đồng. */
public record Disbursed(Long source, Long amount) {
}
