import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import type { Notification } from './types';

export const notificationKeys = {
  all: ['notifications'] as const,
};

/** The signed-in user's reminders, unread first; polled so a new one shows without a reload. */
export function useNotifications() {
  return useQuery({
    queryKey: notificationKeys.all,
    queryFn: ({ signal }) => api<Notification[]>('/api/notifications', { signal }),
    refetchInterval: 60_000,
    // The header lives as long as the session: the list must not look fresh when it is not.
    staleTime: 0,
  });
}

export function useMarkNotificationRead() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) =>
      api<void>(`/api/notifications/${encodeURIComponent(id)}/read`, { method: 'POST' }),
    // The badge drops at once; the refetch afterwards brings back the truth if the write failed.
    onMutate: async (id) => {
      await client.cancelQueries({ queryKey: notificationKeys.all });
      client.setQueryData<Notification[]>(notificationKeys.all, (list) =>
        list?.map((n) => (n.id === id ? { ...n, read: true } : n)),
      );
    },
    onSettled: () => client.invalidateQueries({ queryKey: notificationKeys.all }),
  });
}

export function useMarkAllNotificationsRead() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => api<void>('/api/notifications/read-all', { method: 'POST' }),
    onMutate: async () => {
      await client.cancelQueries({ queryKey: notificationKeys.all });
      client.setQueryData<Notification[]>(notificationKeys.all, (list) =>
        list?.map((n) => ({ ...n, read: true })),
      );
    },
    onSettled: () => client.invalidateQueries({ queryKey: notificationKeys.all }),
  });
}
