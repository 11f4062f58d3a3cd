/**
 * Organization: the units that receive tasks (provincial departments, district and commune
 * People's Committees, the steering committee, press, partners) with their succession when
 * they merge, and the people who sign in with their roles.
 *
 * <p>API (this package): {@link vn.chidao.organization.Organization} (units, succession,
 * "who is responsible for this unit's work today", people), the view records and IDs, and
 * {@link vn.chidao.organization.Caller}: who asks, as every module's rules need it (a person, or the
 * system for scheduled work).
 *
 * <p>Publishes {@link vn.chidao.organization.UnitMerged} inside the merging transaction, so that the
 * tasks module moves the merged unit's open work in the same commit. Consumes no events.
 */
package vn.chidao.organization;
