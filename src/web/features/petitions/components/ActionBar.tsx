import { Button, Flex, Typography } from 'antd';
import { useState } from 'react';
import { useCan } from '../../../app/session';
import { actionButtonLabels, availableActions, nextStep } from '../actions';
import type { Petition, WorkflowAction } from '../types';
import { useActor } from '../useActor';
import { ActionModal } from './ActionModal';

/** The workflow steps the signed-in user may take now, as checkTransition() decides for his roles. */
export function ActionBar({ petition }: { petition: Petition }) {
  const actor = useActor(petition);
  const canWrite = useCan('petition.write');
  const canListUsers = useCan('user.read');
  const [open, setOpen] = useState<WorkflowAction | null>(null);
  const actions = canWrite ? availableActions(petition, actor, canListUsers) : [];
  const primary = nextStep(petition);
  if (actions.length === 0)
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
      </Flex>
      <ActionModal
        petition={petition}
        action={open}
        canListUsers={canListUsers}
        onClose={() => setOpen(null)}
      />
    </>
  );
}
