package vn.chidao.tasks;

/** A task-list filter someone named and kept: {@code query} is the list page's query string. */
public record SavedFilter(long id, String name, String query) {
}
