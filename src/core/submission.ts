/** What a submission holds once read: the typed rows the consolidation works on. */
import type { IsoDate } from './calendar-date.js';
import type { Issue } from './issue.js';
import type {
  ActionStatus,
  CompletionLevel,
  FundingSource,
} from '../../sheets-templates/vocabulary.js';

/** The Engagement sheet's label/value rows. */
export interface EngagementInfo {
  commitmentId: number | null;
  commitmentTitle: string | null;
  institution: string | null;
  focalPoint: string | null;
  email: string | null;
  updatedAt: IsoDate | null;
}

/** An Engagement sheet with nothing in it. */
export function emptyEngagement(): EngagementInfo {
  return {
    commitmentId: null,
    commitmentTitle: null,
    institution: null,
    focalPoint: null,
    email: null,
    updatedAt: null,
  };
}

/** One communication action. Unreadable values are null; their issue says why. */
export interface ActionRecord {
  /** The row in the source sheet. */
  row: number;
  ref: string | null;
  type: string | null;
  title: string | null;
  audience: string[];
  channel: string | null;
  plannedDate: IsoDate | null;
  doneDate: IsoDate | null;
  status: ActionStatus | null;
  budget: number | null;
  funding: FundingSource | null;
  indicator: string | null;
  target: number | null;
  achieved: number | null;
  hashtags: string | null;
  logo: boolean | null;
  evidence: string | null;
  comment: string | null;
  /** What was typed in cells that could not be read (field → text), so nothing is lost. */
  invalid: Record<string, string>;
}

/** One milestone of the commitment. */
export interface MilestoneRecord {
  row: number;
  ref: string | null;
  title: string | null;
  start: IsoDate | null;
  end: IsoDate | null;
  progress: number | null;
  completion: CompletionLevel | null;
  evidence: string | null;
  difficulties: string | null;
  comment: string | null;
  /** What was typed in cells that could not be read (field → text). */
  invalid: Record<string, string>;
}

/** A submission as read and checked: its data and every issue, errors and warnings. */
export interface SubmissionReading {
  engagement: EngagementInfo;
  actions: ActionRecord[];
  milestones: MilestoneRecord[];
  issues: Issue[];
}
