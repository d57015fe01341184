import type { PetitionAction, PetitionKind, PetitionStatus } from '../../../domain/petition-workflow';

/** Shapes of src/server/modules/petitions/schemas.ts, as the web sees them. */

export type PetitionChannel = 'in_person' | 'post' | 'online' | 'hotline' | 'forwarded';
export type Competence = 'in' | 'out';
export type Complexity = 'normal' | 'complex' | 'especially_complex';

export interface Sender {
  name: string;
  idNumber?: string | null;
  address?: string | null;
  phone?: string | null;
  email?: string | null;
}

export interface Deadline {
  dueOn: string;
  basis: string;
}

export interface Petition {
  id: string;
  trackingCode: string;
  unitId: string;
  unitName: string;
  matterId: string;
  channel: string;
  receivedOn: string;
  kind: PetitionKind | null;
  status: PetitionStatus;
  statusName: string;
  instance: number | null;
  subject: string;
  content: string;
  location: string | null;
  isAnonymous: boolean;
  signerCount: number;
  /** Null for a denunciation: the denouncer is read only through the audited reveal. */
  sender: Sender | null;
  senderHidden: boolean;
  accusedName: string | null;
  competence: Competence | null;
  handlerId: string | null;
  handlerName: string | null;
  complexity: string;
  isRemote: boolean;
  handlingDue: Deadline | null;
  resolutionDue: Deadline | null;
  extensions: number;
  overdue: boolean;
  decisionNo: string | null;
  decisionDate: string | null;
  resultSummary: string | null;
  guidedTo: string | null;
  forwardedTo: string | null;
  rating: number | null;
  /** Other petitions of the same matter (NĐ 55/2022: one matter, one case file). */
  duplicates: number;
}

export interface PetitionEvent {
  at: string;
  actorName: string | null;
  action: string;
  toStatus: string;
  note: string | null;
}

export interface PetitionCreate {
  unitId: string;
  channel: PetitionChannel;
  forwardedBy?: string | null;
  receivedOn?: string;
  visitId?: string | null;
  kind?: PetitionKind | null;
  subject: string;
  content: string;
  location?: string | null;
  signerCount: number;
  sender?: Sender | null;
  accusedName?: string | null;
  accusedPosition?: string | null;
}

export interface PetitionCreated {
  id: string;
  trackingCode: string;
  /** The tracking code of the earlier petition of the same matter, when this one repeats it. */
  duplicateOf: string | null;
}

export type WorkflowAction = Exclude<PetitionAction, 'rate'>;

export interface ActionBody {
  action: WorkflowAction;
  note?: string | null;
  kind?: PetitionKind;
  competence?: Competence;
  instance?: 1 | 2;
  handlerId?: string;
  complexity?: Complexity;
  target?: string;
  decisionNo?: string;
  decisionDate?: string;
  resultSummary?: string;
  on?: string;
}

export interface PetitionFilter {
  unitId?: string;
  kind?: PetitionKind;
  status?: PetitionStatus;
  overdue?: boolean;
  q?: string;
}
