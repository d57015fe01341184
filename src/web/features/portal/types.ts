import type { PetitionKind } from '../../../domain/petition-workflow';

/** Shapes of the public endpoints (src/server/modules/petitions/routes.ts, publicPetitionRoutes). */

export interface PublicUnit {
  id: string;
  name: string;
  code: string;
  provinceName: string;
}

export type PublicKind = PetitionKind;

export interface PublicSubmission {
  unitId: string;
  kind: PublicKind;
  subject: string;
  content: string;
  location?: string | null;
  accusedName?: string | null;
  sender: {
    name: string;
    idNumber?: string | null;
    address?: string | null;
    phone?: string | null;
    email?: string | null;
  };
}

export interface PublicStatus {
  trackingCode: string;
  subject: string;
  kind: PetitionKind | null;
  status: string;
  statusName: string;
  receivedOn: string;
  unitName: string;
  dueOn: string | null;
  resultSummary: string | null;
  canRate: boolean;
  rating: number | null;
  /** After a complaint decision: until when a second complaint may be lodged, when it takes effect. */
  decisionPeriods: DecisionPeriods | null;
  timeline: { at: string; statusName: string; note: string | null }[];
}

export interface DecisionPeriods {
  secondComplaintUntil: { dueOn: string; basis: string } | null;
  effectiveAfter: { dueOn: string; basis: string };
}
