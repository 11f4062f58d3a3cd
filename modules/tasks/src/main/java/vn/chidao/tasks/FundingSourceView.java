package vn.chidao.tasks;

/** A source of funding (nguồn vốn) in the secretariat's list; a retired one stays on the amounts that name it. */
public record FundingSourceView(Long id, String code, String name, int position, boolean active, long version) {
}
