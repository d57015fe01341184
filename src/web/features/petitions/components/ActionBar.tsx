import { Button, Flex, Typography } from 'antd';
import { useState } from 'react';
import { useCan } from '../../../app/session';
import { actionButtonLabels, availableActions, nextStep } from '../actions';
import type { Petition, WorkflowAction } from '../types';
import { useActor } from '../useActor';
import { ActionModal } from './ActionModal';
import { AppealModal } from './AppealModal';
import { SplitModal } from './SplitModal';

/** Tách đơn: only a petition not yet accepted (the server refuses the others). */
const canSplit = (p: Petition) => p.status === 'received' || p.status === 'classified';
/** Khiếu nại lần hai: against a first-instance complaint already resolved, lodged at a higher level. */
const canAppeal = (p: Petition) =>
  p.kind === 'complaint' && p.instance !== 2 && (p.status === 'resolved' || p.status === 'closed');

/** The workflow steps the signed-in user may take now, as checkTransition() decides for his roles. */
export function ActionBar({ petition }: { petition: Petition }) {
  const actor = useActor(petition);
  const canWrite = useCan('petition.write');
  // The handler list comes from GET /api/petitions/:id/handlers, which needs only petition.read.
  const canListUsers = useCan('petition.read');
  const [open, setOpen] = useState<WorkflowAction | null>(null);
  const [extra, setExtra] = useState<'split' | 'appeal' | null>(null);
  const actions = canWrite ? availableActions(petition, actor, canListUsers) : [];
  const split = canWrite && canSplit(petition);
  const appeal = canWrite && actor.writesAbove && canAppeal(petition);
  const primary = nextStep(petition);
  if (actions.length === 0 && !split && !appeal)
    return (
      <Typography.Text type="secondary" data-testid="petition-no-actions">
        Không có thao tác nào bạn có thể thực hiện ở trạng thái này.
      </Typography.Text>
    );
  return (
    <>
      <Flex wrap gap={8} data-testid="petition-actions">
        {actions.map((a) => (
          <Button
            key={a}
            type={a === primary ? 'primary' : 'default'}
            danger={a === 'file' || a === 'withdraw'}
            onClick={() => setOpen(a)}
          >
            {actionButtonLabels[a]}
          </Button>
        ))}
        {split && <Button onClick={() => setExtra('split')}>Tách đơn</Button>}
        {appeal && <Button onClick={() => setExtra('appeal')}>Khiếu nại lần hai</Button>}
      </Flex>
      <ActionModal
        petition={petition}
        action={open}
        canListUsers={canListUsers}
        onClose={() => setOpen(null)}
      />
      {split && <SplitModal petition={petition} open={extra === 'split'} onClose={() => setExtra(null)} />}
      {appeal && <AppealModal petition={petition} open={extra === 'appeal'} onClose={() => setExtra(null)} />}
    </>
  );
}
