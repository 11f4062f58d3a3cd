/**
 * Kernel: what every module shares and none owns. {@link vn.chidao.kernel.RuleViolation} for refused
 * requests (turned into 4xx answers by the application, and kept out of the server's incident files by
 * {@code refusal}); {@link vn.chidao.kernel.Messages}, the users' texts, read from every module's bundle
 * found by convention; {@link vn.chidao.kernel.ModuleSchema}, with which each module migrates its own
 * tables; {@link vn.chidao.kernel.History}, one entity's recorded changes, over the one revision table
 * ({@code history}); {@link vn.chidao.kernel.DemoFiles}, the demo data's file format.
 *
 * <p>Depends on no other module. Publishes and consumes no events.
 */
package vn.chidao.kernel;
