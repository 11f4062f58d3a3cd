/**
 * Plan: the directive documents the steering committee follows (resolutions, plans such as
 * KH 382/KH-UBND, programmes, decisions, schemes), the five pillars of digital transformation,
 * and the numeric targets with their dated measurements.
 *
 * <p>API (this package): not yet published; it arrives with the plans/targets/tasks issue.
 * Depends on {@code organization} for unit identities. Publishes and consumes no events yet.
 */
package vn.chidao.plan;
