/**
 * Organization: the units that receive tasks (provincial departments, district and commune
 * People's Committees, the steering committee, press, partners) with their succession when
 * they merge, and the people who sign in with their roles.
 *
 * <p>API (this package): {@link vn.chidao.organization.Organization} (units, succession,
 * "who is responsible for this unit's work today", people), the view records and IDs,
 * {@link vn.chidao.organization.RuleViolation} for refused requests, and
 * {@link vn.chidao.organization.ModuleSchema}, with which every module migrates its own tables.
 *
 * <p>Publishes {@link vn.chidao.organization.UnitMerged} after a merge commits, so that the
 * tasks module can move the merged unit's open work. Consumes no events.
 */
package vn.chidao.organization;
