import type { WorkingCalendar } from '../../../../domain/calendar.js';
import { type Respondent, suggestCompetence } from '../../../../domain/competence.js';
import { todayInVietnam } from '../../../../domain/dates.js';
import { complaintDecisionPeriods, computeDeadline, type Deadline } from '../../../../domain/legal-rules.js';
import { type PetitionStatus, petitionStatusName } from '../../../../domain/petition-workflow.js';
import { runningDeadline } from '../../../../domain/running-deadline.js';
import { secretBox } from '../../../crypto/secret-box.js';
import type { PetitionRow } from '../repo.js';
import type { Petition, Sender } from '../schemas.js';

export { secretBox };

export function isOverdue(r: PetitionRow, today = todayInVietnam()): boolean {
  const running = runningDeadline(r.status, r.handling_due_on, r.resolution_due_on);
  return running !== null && running.due < today;
}

function senderOf(r: PetitionRow): Sender | null {
  if (!r.sender_name) return null;
  return {
    name: r.sender_name,
    idNumber: r.sender_id_number,
    address: r.sender_address,
    phone: r.sender_phone,
    email: r.sender_email,
  };
}

function respondentOf(r: PetitionRow): Respondent | null {
  if (!r.respondent_org_id || !r.respondent_unit_id) return null;
  return {
    orgName: r.respondent_name ?? '',
    unitId: r.respondent_unit_id,
    unitName: r.respondent_unit_name ?? '',
    parentUnitId: r.respondent_parent_unit_id,
    parentUnitName: r.respondent_parent_unit_name,
  };
}

/** The Điều 33 and Điều 44 periods of a decided complaint; null for anything else. */
export function decisionPeriodsOf(
  r: PetitionRow,
  cal: WorkingCalendar | undefined,
): Petition['decisionPeriods'] {
  if (!cal || r.kind !== 'complaint' || !r.decision_date) return null;
  if (r.status !== 'resolved' && r.status !== 'closed') return null;
  const traits = { remote: r.is_remote, complex: r.complexity !== 'normal' };
  const p = complaintDecisionPeriods(r.decision_date, r.instance === 2 ? 2 : 1, traits, cal);
  const brief = (d: Deadline) => ({ dueOn: d.dueOn, basis: d.basis });
  return {
    secondComplaintUntil: p.secondComplaintUntil ? brief(p.secondComplaintUntil) : null,
    effectiveAfter: brief(p.effectiveAfter),
  };
}

/** A concluded denunciation goes to the denouncer within 5 working days (Luật Tố cáo Điều 35 k3). */
function conclusionNoticeOf(
  r: PetitionRow,
  cal: WorkingCalendar | undefined,
): Petition['conclusionNoticeDue'] {
  if (!cal || r.kind !== 'denunciation' || !r.decision_date || r.is_anonymous) return null;
  const d = computeDeadline(
    'denunciation_conclusion_notice',
    r.decision_date,
    { remote: false, complex: false },
    cal,
  );
  return { dueOn: d.dueOn, basis: d.basis };
}

/**
 * The petition as staff see it. A denouncer's identity is never part of it: not in lists, not in the
 * detail, not in exports; the assigned handler asks for it through the audited reveal. With the working
 * calendar (the detail, not the lists) a decided complaint also carries its second-complaint window
 * and the day its decision takes effect.
 */
export function toPetition(r: PetitionRow, cal?: WorkingCalendar): Petition {
  const status = r.status as PetitionStatus;
  return {
    id: r.id,
    trackingCode: r.tracking_code,
    unitId: r.admin_unit_id,
    unitName: r.unit_name,
    matterId: r.matter_id,
    channel: r.channel,
    receivedOn: r.received_on,
    kind: r.kind,
    status,
    statusName: petitionStatusName(status),
    instance: r.instance,
    subject: r.subject,
    content: r.content,
    location: r.location,
    isAnonymous: r.is_anonymous,
    signerCount: r.signer_count,
    sender: r.denouncer_secret ? null : senderOf(r),
    senderHidden: r.denouncer_secret !== null,
    accusedName: r.accused_name,
    accusedPosition: r.accused_position,
    visitId: r.visit_id,
    parentId: r.parent_id,
    forwardedBy: r.forwarded_by,
    acceptedOn: r.accepted_on,
    resolvedOn: r.resolved_on,
    ratingComment: r.rating_comment,
    competence: r.competence,
    handlerId: r.handler_id,
    handlerName: r.handler_name,
    complexity: r.complexity,
    isRemote: r.is_remote,
    handlingDue: {
      dueOn: r.handling_due_on,
      basis: r.kind === 'denunciation' ? 'Luật Tố cáo 2018, Điều 24 khoản 1' : 'Thông tư 05/2021/TT-TTCP',
    },
    resolutionDue: r.resolution_due_on
      ? { dueOn: r.resolution_due_on, basis: r.resolution_basis ?? '' }
      : null,
    decisionPeriods: decisionPeriodsOf(r, cal),
    conclusionNoticeDue: conclusionNoticeOf(r, cal),
    extensions: r.extensions,
    overdue: isOverdue(r),
    decisionNo: r.decision_no,
    decisionDate: r.decision_date,
    resultSummary: r.result_summary,
    guidedTo: r.guided_to,
    forwardedTo: r.forwarded_to,
    forwardedFromId: r.forwarded_from_id,
    respondent: respondentOf(r)
      ? {
          id: r.respondent_org_id ?? '',
          name: r.respondent_name ?? '',
          unitId: r.respondent_unit_id ?? '',
          unitName: r.respondent_unit_name ?? '',
        }
      : null,
    competenceHint: suggestCompetence(
      { kind: r.kind, instance: r.instance, unitId: r.admin_unit_id },
      respondentOf(r),
    ),
    forwardedToId: r.forwarded_to_id,
    rating: r.rating,
    duplicates: r.duplicates,
  };
}
