import dayjs, { type Dayjs } from 'dayjs';
import type { PetitionKind } from '../../../../domain/petition-workflow';
import { toIsoDate } from '../../../lib/format';
import type { VisitSummary } from '../api';
import { orNull } from '../formErrors';
import type { PetitionChannel, PetitionCreate } from '../types';

/** The intake form's values and how they become the API's PetitionCreate. */
export interface IntakeValues {
  unitId?: string;
  channel: PetitionChannel;
  forwardedBy?: string;
  receivedOn?: Dayjs | null;
  kind?: PetitionKind;
  subject?: string;
  content?: string;
  location?: string;
  signerCount?: number | null;
  anonymous?: boolean;
  sender?: { name?: string; idNumber?: string; address?: string; phone?: string; email?: string };
  accusedName?: string;
  accusedPosition?: string;
  respondentOrgId?: string | null;
  visitId?: string;
}

const senderPaths = [
  'sender',
  'sender.name',
  'sender.idNumber',
  'sender.address',
  'sender.phone',
  'sender.email',
];
const basePaths = [
  'unitId',
  'channel',
  'receivedOn',
  'kind',
  'subject',
  'content',
  'location',
  'signerCount',
  'visitId',
  'respondentOrgId',
];

/** The fields on screen: an error on a hidden one goes above the form instead. */
export function shownPaths(v: IntakeValues): string[] {
  return [
    ...basePaths,
    ...(v.channel === 'forwarded' ? ['forwardedBy'] : []),
    ...(v.anonymous ? [] : senderPaths),
    ...(v.kind === 'denunciation' ? ['accusedName', 'accusedPosition'] : []),
  ];
}

export function toInput(v: IntakeValues): PetitionCreate {
  const s = v.sender;
  return {
    unitId: v.unitId ?? '',
    channel: v.channel,
    forwardedBy: v.channel === 'forwarded' ? orNull(v.forwardedBy) : null,
    receivedOn: toIsoDate(v.receivedOn),
    visitId: orNull(v.visitId),
    kind: v.kind ?? null,
    subject: v.subject?.trim() ?? '',
    content: v.content?.trim() ?? '',
    location: orNull(v.location),
    signerCount: v.signerCount ?? 1,
    sender:
      v.anonymous || !s
        ? null
        : {
            name: s.name?.trim() ?? '',
            idNumber: orNull(s.idNumber),
            address: orNull(s.address),
            phone: orNull(s.phone),
            email: orNull(s.email),
          },
    accusedName: v.kind === 'denunciation' ? orNull(v.accusedName) : null,
    accusedPosition: v.kind === 'denunciation' ? orNull(v.accusedPosition) : null,
    respondentOrgId: v.respondentOrgId ?? null,
  };
}

/** What a reception visit already knows: its unit, day, content and the group's representative. */
export function fromVisit(visit: VisitSummary): Partial<IntakeValues> {
  const known = {
    unitId: visit.unitId,
    channel: 'in_person' as const,
    receivedOn: dayjs(visit.receivedOn),
    content: visit.content,
    signerCount: visit.groupSize,
  };
  // A sealed visit shows placeholders: the server attaches the sealed denouncer to the denunciation.
  if (visit.citizensSealed) return { ...known, kind: 'denunciation', anonymous: true, sender: undefined };
  const lead = visit.citizens.find((c) => c.isRepresentative) ?? visit.citizens[0];
  return {
    ...known,
    anonymous: !lead,
    sender: lead
      ? {
          name: lead.fullName,
          idNumber: lead.idNumber ?? undefined,
          address: lead.address ?? undefined,
          phone: lead.phone ?? undefined,
        }
      : undefined,
  };
}
