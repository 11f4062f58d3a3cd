/**
 * Plan: the directive documents the steering committee follows (resolutions, plans such as
 * KH 382/KH-UBND, programmes, decisions, schemes), the five pillars of digital transformation,
 * and the numeric targets with their dated measurements and their progress against a
 * straight-line trajectory from baseline to target.
 *
 * <p>API (this package): {@link vn.chidao.plan.Planning} and its view records and IDs.
 * Depends on {@code organization} (reporting units). Publishes and consumes no events.
 */
package vn.chidao.plan;
