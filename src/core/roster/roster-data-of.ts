/**
 * The people and the plan of a parsed configuration, in committee.yaml's own form: what the
 * committee workbook holds, and what reading it back gives.
 */
import type { CommitteeConfig } from '../config-schema.js';
import type { HolidayCorrection } from '../holidays.js';
import type { RosterData } from './roster-data.js';

type Person = { name: string; email: string; locale?: string | undefined };

/** A person as committee.yaml writes one: the language only when given. */
function personOf<P extends Person>(p: P): Person {
  return { name: p.name, email: p.email, ...(p.locale ? { locale: p.locale } : {}) };
}

/** `2019-06-05`, or ISO 8601's interval `2019-06-05/2019-06-06`. */
export function daySpanText(day: { from: string; to: string }): string {
  return day.from === day.to ? day.from : `${day.from}/${day.to}`;
}

/** A holiday added: its span, with its name when it has one. */
function addedDay(day: HolidayCorrection): string | { date: string; name: string } {
  return day.name ? { date: daySpanText(day), name: day.name } : daySpanText(day);
}

/**
 * The people and plan of `config` ({@link ROSTER_KEYS}), as committee.yaml would write them:
 * what the country implies (currency, weekend) written out, so the workbook shows it.
 */
export function rosterDataOf(config: CommitteeConfig): RosterData {
  const { committee } = config;
  return {
    committee: {
      name: committee.name,
      country: committee.country,
      timezone: committee.timezone,
      locale: committee.locale,
      digits: committee.digits,
      currency: committee.currency,
      weekend: [...committee.weekend],
    },
    secretariat: { name: config.secretariat.name, emails: [...config.secretariat.emails] },
    plan: { name: config.plan.name, start: config.plan.start, end: config.plan.end },
    commitments: config.commitments.map((c) => ({
      id: c.id,
      title: c.title,
      institution: c.institution,
      ...(c.axis !== undefined ? { axis: c.axis } : {}),
      focalPoint: personOf(c.focalPoint) as never,
      substitutes: c.substitutes.map(personOf) as never,
      communicationOfficers: c.communicationOfficers.map(personOf) as never,
      ...(c.source ? { source: { ...c.source } } : {}),
      ...(c.completion ? { completion: { ...c.completion } } : {}),
      ...(c.milestones ? { milestones: c.milestones.map((m) => ({ ...m })) } : {}),
    })),
    committees: {
      steering: config.committees.steering.map((m) => ({ ...m })),
      implementation: config.committees.implementation.map((m) => ({ ...m })),
    },
    meetings: config.meetings.map((m) => ({
      kind: m.kind,
      ...(m.title !== undefined ? { title: m.title } : {}),
      date: m.date,
      ...(m.time !== undefined ? { time: m.time } : {}),
      ...(m.place !== undefined ? { place: m.place } : {}),
      agenda: [...m.agenda],
      invite: [...m.invite],
    })),
    campaigns: config.campaigns.map((c) => ({ ...c })),
    holidays: {
      add: config.holidays.add.map(addedDay),
      remove: config.holidays.remove.map(daySpanText),
      ...(config.holidays.types ? { types: [...config.holidays.types] } : {}),
    },
  };
}
