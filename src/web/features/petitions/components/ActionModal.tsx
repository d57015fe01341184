import { Alert, App, Form, Modal, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { type PetitionKind, petitionActionName, transitions } from '../../../../domain/petition-workflow';
import { toIsoDate } from '../../../lib/format';
import { usePetitionAction } from '../api';
import { applyFieldErrors, clearEditedErrors, orNull } from '../formErrors';
import type { ActionBody, Competence, Complexity, Petition, WorkflowAction } from '../types';
import { ActionFields, actionFieldPaths } from './ActionFields';

interface Values {
  kind?: PetitionKind;
  competence?: Competence;
  complexity?: Complexity;
  instance?: 1 | 2;
  handlerId?: string;
  on?: Dayjs | null;
  target?: string;
  targetUnitId?: string;
  note?: string;
  decisionNo?: string;
  decisionDate?: Dayjs | null;
  resultSummary?: string;
  documentNo?: string;
  documentDate?: Dayjs | null;
}

/** The paper issued at the step, when its number was entered. */
function documentOf(v: Values): Pick<ActionBody, 'documentNo' | 'documentDate'> {
  const no = v.documentNo?.trim();
  return no ? { documentNo: no, documentDate: toIsoDate(v.documentDate) } : {};
}

function toBody(action: WorkflowAction, v: Values): ActionBody {
  return { ...stepBody(action, v), ...documentOf(v) };
}

function stepBody(action: WorkflowAction, v: Values): ActionBody {
  const note = orNull(v.note);
  switch (action) {
    case 'classify':
      return {
        action,
        note,
        kind: v.kind,
        competence: v.competence,
        complexity: v.complexity,
        instance: v.kind === 'complaint' ? v.instance : undefined,
      };
    case 'assign':
      return { action, note, handlerId: v.handlerId };
    case 'accept':
      return { action, note, handlerId: v.handlerId, on: toIsoDate(v.on) };
    case 'guide':
      return { action, note, target: v.target?.trim() };
    case 'forward':
      return { action, note, target: v.target?.trim() || undefined, targetUnitId: v.targetUnitId };
    case 'resolve':
      return {
        action,
        note,
        decisionNo: orNull(v.decisionNo) ?? undefined,
        decisionDate: toIsoDate(v.decisionDate),
        resultSummary: v.resultSummary?.trim(),
      };
    default:
      return { action, note };
  }
}

/** Only a text of law is shown as "Căn cứ"; some steps ("Phân công thụ lý") are internal. */
const citesLaw = (basis: string) => /Luật|Thông tư|Nghị định/.test(basis);

function initialValues(p: Petition): Values {
  return {
    kind: p.kind ?? undefined,
    // The suggestion from the body the petition is about fills the form; the officer decides.
    competence: p.competence ?? p.competenceHint?.competence ?? undefined,
    targetUnitId: p.competenceHint?.competence === 'out' ? p.competenceHint.unitId : undefined,
    complexity: p.complexity === 'complex' || p.complexity === 'especially_complex' ? p.complexity : 'normal',
    instance: p.instance === 2 ? 2 : 1,
    handlerId: p.handlerId ?? undefined,
    on: dayjs(),
    decisionDate: dayjs(),
    documentDate: dayjs(),
  };
}

/** One step of the workflow as a modal form; the server's field errors land on their fields. */
export function ActionModal(props: {
  petition: Petition;
  action: WorkflowAction | null;
  canListUsers: boolean;
  onClose: () => void;
}) {
  const { petition, action, canListUsers, onClose } = props;
  const [form] = Form.useForm<Values>();
  const run = usePetitionAction(petition.id);
  const { message } = App.useApp();
  const [otherErrors, setOtherErrors] = useState<string[]>([]);
  const kind = Form.useWatch('kind', form);
  // Accepting without an assigned handler names one at the same time (a leader may do both at once).
  const withHandler = action === 'accept' && !petition.handlerId && canListUsers;

  const close = () => {
    setOtherErrors([]);
    onClose();
  };
  const submit = (v: Values) => {
    if (!action) return;
    setOtherErrors([]);
    run.mutate(toBody(action, v), {
      onSuccess: (p) => {
        message.success(`${petitionActionName(action)}: đơn ${p.trackingCode} — ${p.statusName}`);
        close();
      },
      onError: (e) =>
        setOtherErrors(applyFieldErrors(form, e, actionFieldPaths(action, v.kind, withHandler))),
    });
  };

  return (
    <Modal
      title={action ? `${petitionActionName(action)} — đơn ${petition.trackingCode}` : ''}
      open={action !== null}
      onCancel={close}
      onOk={() => form.submit()}
      okText="Xác nhận"
      cancelText="Hủy"
      confirmLoading={run.isPending}
      destroyOnHidden
      width={600}
    >
      {action && (
        <Form<Values>
          form={form}
          layout="vertical"
          name={`petition-action-${action}`}
          initialValues={initialValues(petition)}
          onValuesChange={(changed: Record<string, unknown>) => clearEditedErrors(form, changed)}
          onFinish={submit}
          style={{ marginTop: 16 }}
        >
          {otherErrors.length > 0 && (
            <Alert type="error" showIcon title={otherErrors.join('; ')} style={{ marginBottom: 16 }} />
          )}
          <ActionFields action={action} petition={petition} kind={kind} withHandler={withHandler} />
          {citesLaw(transitions[action].basis) && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              Căn cứ: {transitions[action].basis}
            </Typography.Text>
          )}
        </Form>
      )}
    </Modal>
  );
}
