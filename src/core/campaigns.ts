/**
 * Collection rounds: each campaign's deadlines (a fixed date, or N working days before each
 * meeting), and which round is the one being collected on a given day.
 */
import type { IsoDate } from './calendar-date.js';
import type { CommitteeConfig } from './config-schema.js';
import { committeeMeetings } from './roles.js';
import { addDays, workingDaysBefore } from './working-days.js';

/** One deadline of one campaign. */
export interface CampaignRound {
  campaignId: string;
  title: string;
  due: IsoDate;
  /** The meeting this round prepares, for before-meeting campaigns. */
  meeting?: IsoDate;
  /** Submissions dated after this day count for the round (the previous round's deadline). */
  opensAfter: IsoDate | null;
}

/** Every round of every campaign, by deadline. */
export function campaignRounds(config: CommitteeConfig): CampaignRound[] {
  const rounds: Omit<CampaignRound, 'opensAfter'>[] = [];
  for (const campaign of config.campaigns) {
    if ('due' in campaign) {
      rounds.push({ campaignId: campaign.id, title: campaign.title, due: campaign.due });
    } else {
      // Before each committee meeting: a training workshop asks for no sheet.
      for (const meeting of committeeMeetings(config)) {
        rounds.push({
          campaignId: campaign.id,
          title: campaign.title,
          due: workingDaysBefore(meeting.date, campaign.dueBeforeEachMeeting, config.calendar),
          meeting: meeting.date,
        });
      }
    }
  }
  rounds.sort((a, b) => a.due.localeCompare(b.due) || a.campaignId.localeCompare(b.campaignId));
  return rounds.map((round, i) => ({
    ...round,
    opensAfter: i > 0 ? (rounds[i - 1]?.due ?? null) : null,
  }));
}

/**
 * The round being collected on `today`: the first whose deadline is ahead, or passed by no
 * more than the last overdue reminder's offset (late submissions are still chased). After
 * the last round, the last one; null without campaigns.
 */
export function currentRound(config: CommitteeConfig, today: IsoDate): CampaignRound | null {
  const rounds = campaignRounds(config);
  const chase = Math.max(0, ...config.reminders.after);
  return rounds.find((r) => today <= addDays(r.due, chase)) ?? rounds.at(-1) ?? null;
}
