import type { RefusalReason } from '../../../domain/reception';

/** Shapes of src/server/modules/reception/schemas.ts, as the web sees them. */

export type VisitKind = 'regular' | 'leader_periodic' | 'unannounced';
export type VisitChannel = 'in_person' | 'online';
export type VisitOutcome = 'guided' | 'petition_received' | 'answered' | 'refused';
export type ReceptionFrequency = 'weekly' | 'monthly' | 'fixed_days';
export type SessionStatus = 'planned' | 'held' | 'cancelled';

export interface VisitCitizen {
  fullName: string;
  idNumber?: string | null;
  address?: string | null;
  phone?: string | null;
  isRepresentative: boolean;
}

export interface Visit {
  id: string;
  unitId: string;
  unitName: string;
  receivedOn: string;
  receivedAt: string;
  place: string;
  kind: VisitKind;
  channel: VisitChannel;
  receiverName: string;
  receiverIsLeader: boolean;
  sessionId: string | null;
  matterId: string;
  groupSize: number;
  citizens: VisitCitizen[];
  content: string;
  outcome: VisitOutcome;
  refusalReason: string | null;
  /** The legal ground spelled out by the server ("Luật Tiếp công dân 2013, Điều 9: …"). */
  refusalBasis: string | null;
  refusalNote: string | null;
  guidance: string | null;
  receiptNo: string;
  /** A denunciation was received: the citizens are sealed, the list holds placeholders (Điều 47). */
  citizensSealed?: boolean;
  /** A petition received: the day the citizen must be answered by (Luật TCD Điều 28 k1). */
  replyDue?: { dueOn: string; basis: string } | null;
}

export interface VisitCreate {
  unitId: string;
  /** An earlier matter the citizen comes back about; none starts a new one. */
  matterId?: string | null;
  receivedAt?: string;
  place: string;
  kind: VisitKind;
  channel: VisitChannel;
  receiverName?: string;
  receiverIsLeader: boolean;
  sessionId?: string | null;
  groupSize: number;
  citizens: VisitCitizen[];
  content: string;
  outcome: VisitOutcome;
  refusalReason?: RefusalReason | null;
  refusalNote?: string | null;
  guidance?: string | null;
  /** The citizen came to denounce: his identity is sealed from the start. */
  denunciation?: boolean;
}

export interface VisitFilter {
  unitId?: string;
  from?: string;
  to?: string;
  kind?: VisitKind;
  groupsOnly?: boolean;
  q?: string;
}

export interface Period {
  from: string;
  to: string;
}

export interface ReceptionFigures {
  visits: number;
  people: number;
  regular: number;
  leaderPeriodic: number;
  unannounced: number;
  byLeaders: number;
  groups5: number;
  groups5People: number;
  groups10: number;
  groups10People: number;
  groups10Matters: number;
  matters: number;
  refused: number;
  petitionsReceived: number;
}

export interface ReceptionStats {
  from: string;
  to: string;
  current: ReceptionFigures;
  previousYear: ReceptionFigures;
  /** Percent change against the same period a year earlier; null when that period had none. */
  change: Partial<Record<keyof ReceptionFigures, number | null>>;
}

export interface ReceptionRule {
  id: string;
  unitId: string;
  unitName: string;
  leaderTitle: string;
  leaderUserId: string | null;
  frequency: ReceptionFrequency;
  minPerPeriod: number;
  fixedDays: number[];
  basis: string;
}

export interface RuleCreate {
  unitId: string;
  leaderTitle: string;
  frequency: ReceptionFrequency;
  minPerPeriod: number;
  fixedDays: number[];
  basis: string;
}

export interface ReceptionSession {
  id: string;
  unitId: string;
  unitName: string;
  ruleId: string | null;
  leaderUserId: string | null;
  leaderName: string;
  plannedOn: string;
  channel: VisitChannel;
  status: SessionStatus;
  heldByName: string | null;
  delegated: boolean;
  visitCount: number;
  note: string | null;
}

export interface SessionCreate {
  unitId: string;
  ruleId?: string | null;
  leaderName: string;
  plannedOn: string;
  channel: VisitChannel;
  note?: string | null;
}

export interface SessionHeld {
  heldByName: string;
  channel?: VisitChannel;
}

export interface ComplianceItem {
  ruleId: string;
  unitId: string;
  unitName: string;
  leaderTitle: string;
  leaderName: string | null;
  frequency: ReceptionFrequency;
  basis: string;
  required: number;
  held: number;
  delegated: number;
  compliant: boolean;
}

export interface Compliance {
  from: string;
  to: string;
  items: ComplianceItem[];
}

/** A matter (vụ việc) citizens came about, as GET /api/reception/matters lists it. */
export interface Matter {
  id: string;
  title: string;
  unitId: string;
  unitName: string;
  visits: number;
  lastVisitOn: string | null;
  largestGroup: number;
  petitions: number;
}
