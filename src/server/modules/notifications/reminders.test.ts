import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, createWorld, neighbourhood, type TestWorld } from '../../../../test/support/app.js';
import { runDeadlineReminders } from './reminders.js';

let world: TestWorld;
let units: Awaited<ReturnType<typeof neighbourhood>>;
let officer: Client;
let handlerId: string;

const complaint = (receivedOn: string) => ({
  unitId: units.haTu.id,
  channel: 'post',
  kind: 'complaint',
  receivedOn,
  subject: 'Khiếu nại quyết định xử phạt',
  content: 'Khiếu nại quyết định xử phạt vi phạm hành chính về trật tự xây dựng',
  sender: { name: 'Đinh Văn Khoa' },
});

beforeAll(async () => {
  world = await createWorld();
  units = await neighbourhood(world);
  await world.newUser('hatu.tiepdan', [['reception_officer', units.haTu]]);
  await world.newUser('hatu.lanhdao', [['leader', units.haTu]]);
  await world.newUser('tinh.lanhdao', [['leader', units.province]]);
  await world.newUser('baichay.lanhdao', [['leader', units.baiChay]]);
  handlerId = await world.newUser('hatu.thuly', [['case_handler', units.haTu]]);
  officer = await world.as('hatu.tiepdan');
});
afterAll(() => world.close());

const inbox = async (username: string) => (await (await world.as(username)).get('/api/notifications')).json();

describe('deadline reminders and escalation', () => {
  it('escalates an unassigned overdue petition to the nearest leaders only, once', async () => {
    // Received Monday 02/11/2026: 10 working days of handling end on 16/11/2026.
    await officer.post('/api/petitions', complaint('2026-11-02'));
    const first = await runDeadlineReminders(world.database.db, '2026-11-23', 2);
    expect(first.created).toBe(1);
    const mine = await inbox('hatu.lanhdao');
    expect(mine).toEqual([expect.objectContaining({ kind: 'escalated', dueOn: '2026-11-16', read: false })]);
    expect(mine[0].message).toContain('quá hạn xử lý đơn (hạn 16/11/2026), chưa giao cán bộ thụ lý');
    expect(await inbox('tinh.lanhdao')).toEqual([]);
    expect(await inbox('baichay.lanhdao')).toEqual([]);
    expect((await runDeadlineReminders(world.database.db, '2026-11-23', 2)).created).toBe(0);
  });

  it('reminds the assigned handler two working days before the resolution deadline', async () => {
    const { id } = (await officer.post('/api/petitions', complaint('2026-11-20'))).json();
    const leader = await world.as('hatu.lanhdao');
    await officer.post(`/api/petitions/${id}/actions`, {
      action: 'classify',
      kind: 'complaint',
      competence: 'in',
    });
    // Accepted 21/10/2026: 30 days of Luật Khiếu nại Điều 28 end on Friday 20/11 → due 20/11.
    await leader.post(`/api/petitions/${id}/actions`, { action: 'accept', handlerId, on: '2026-10-21' });
    await runDeadlineReminders(world.database.db, '2026-11-18', 2);
    const handler = await world.as('hatu.thuly');
    const notes = (await handler.get('/api/notifications')).json();
    expect(notes).toEqual([expect.objectContaining({ kind: 'due_soon', dueOn: '2026-11-20' })]);
    expect((await handler.post(`/api/notifications/${notes[0].id}/read`)).statusCode).toBe(204);
    expect((await handler.get('/api/notifications')).json()[0].read).toBe(true);
    // Somebody else's notification is not his to mark.
    const other = (await inbox('hatu.lanhdao'))[0];
    expect((await handler.post(`/api/notifications/${other.id}/read`)).statusCode).toBe(404);
  });

  it("marks all of one's own reminders read, and nobody else's", async () => {
    const leader = await world.as('hatu.lanhdao');
    expect((await inbox('hatu.lanhdao')).some((n: { read: boolean }) => !n.read)).toBe(true);
    const officerBefore = await world.database.db
      .selectFrom('notification')
      .select('id')
      .where('read_at', 'is', null)
      .execute();
    expect((await leader.post('/api/notifications/read-all')).statusCode).toBe(204);
    expect((await inbox('hatu.lanhdao')).every((n: { read: boolean }) => n.read)).toBe(true);
    const leaderRows = (await inbox('hatu.lanhdao')).length;
    const after = await world.database.db
      .selectFrom('notification')
      .select('id')
      .where('read_at', 'is', null)
      .execute();
    expect(after.length).toBe(officerBefore.length - leaderRows);
  });
});
