/** Shapes of src/server/modules/notifications/routes.ts, as the web sees them. */

export type NotificationKind = 'due_soon' | 'overdue' | 'escalated' | 'forwarded';

export interface Notification {
  id: string;
  petitionId: string;
  kind: NotificationKind;
  dueOn: string;
  message: string;
  createdAt: string;
  read: boolean;
}
