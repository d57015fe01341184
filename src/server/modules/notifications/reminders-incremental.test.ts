import { type KyselyPlugin, RawNode, SelectQueryNode } from 'kysely';
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
  subject: 'Khiếu nại quyết định thu hồi đất',
  content: 'Khiếu nại quyết định thu hồi đất nông nghiệp để mở rộng đường liên xã',
  sender: { name: 'Lê Thị Hoa' },
});

beforeAll(async () => {
  world = await createWorld();
  units = await neighbourhood(world);
  await world.newUser('hatu.tiepdan', [['reception_officer', units.haTu]]);
  await world.newUser('hatu.lanhdao', [['leader', units.haTu]]);
  handlerId = await world.newUser('hatu.thuly', [['case_handler', units.haTu]]);
  officer = await world.as('hatu.tiepdan');
});
afterAll(() => world.close());

const run = (today: string) => runDeadlineReminders(world.database.db, today, 2);
const inbox = async (username: string) => (await (await world.as(username)).get('/api/notifications')).json();

/** The statements a run sends, each as whether it only reads. */
function recordStatements() {
  const reads: boolean[] = [];
  const plugin: KyselyPlugin = {
    transformQuery: ({ node }) => {
      const raw = RawNode.is(node) ? node.sqlFragments.join('?').trim().toLowerCase() : '';
      reads.push(SelectQueryNode.is(node) || raw.startsWith('select'));
      return node;
    },
    transformResult: async ({ result }) => result,
  };
  return { db: world.database.db.withPlugin(plugin), reads };
}

describe('deadline reminders, run after run', () => {
  it('sends once, and a second run the same day reads a few rows and writes nothing', async () => {
    // Received Monday 02/11/2026, nobody assigned: handling was due 16/11/2026.
    await officer.post('/api/petitions', complaint('2026-11-02'));
    expect(await run('2026-11-18')).toEqual({ full: true, checked: 1, created: 1 });
    const recorded = recordStatements();
    expect(await runDeadlineReminders(recorded.db, '2026-11-18', 2)).toEqual({
      full: false,
      checked: 0,
      created: 0,
    });
    expect(recorded.reads.length).toBeLessThanOrEqual(6);
    expect(recorded.reads.every(Boolean)).toBe(true);
  });

  it('reminds of a petition accepted since the last run on the next run the same day, and of it alone', async () => {
    const { id } = (await officer.post('/api/petitions', complaint('2026-11-17'))).json();
    const leader = await world.as('hatu.lanhdao');
    await officer.post(`/api/petitions/${id}/actions`, {
      action: 'classify',
      kind: 'complaint',
      competence: 'in',
    });
    // Accepted 21/10/2026: 30 days (Luật Khiếu nại Điều 28) end on Friday 20/11/2026.
    await leader.post(`/api/petitions/${id}/actions`, { action: 'accept', handlerId, on: '2026-10-21' });
    expect(await run('2026-11-18')).toEqual({ full: false, checked: 1, created: 1 });
    const notes = await inbox('hatu.thuly');
    expect(notes).toEqual([expect.objectContaining({ kind: 'due_soon', dueOn: '2026-11-20' })]);
    expect(notes[0].message).toMatch(/^Đơn \S+ sắp đến hạn giải quyết: 20\/11\/2026$/);
  });

  it("escalates a deadline passed overnight on the next working day's run, without walking every petition", async () => {
    // Unchanged since: only the deadlines from 17/11 to the new horizon are looked at.
    expect(await run('2026-11-23')).toEqual({ full: false, checked: 1, created: 2 });
    expect((await inbox('hatu.thuly')).map((n: { kind: string }) => n.kind).sort()).toEqual([
      'due_soon',
      'overdue',
    ]);
    const escalated = (await inbox('hatu.lanhdao')).filter(
      (n: { dueOn: string }) => n.dueOn === '2026-11-20',
    );
    expect(escalated).toEqual([expect.objectContaining({ kind: 'escalated' })]);
    expect(escalated[0].message).toMatch(/quá hạn giải quyết \(hạn 20\/11\/2026\)$/);
    expect(await run('2026-11-23')).toEqual({ full: false, checked: 0, created: 0 });
  });

  it('tells a newly appointed leader of what is overdue in his unit, once', async () => {
    await world.newUser('hatu.phochutich', [['leader', units.haTu]]);
    expect(await run('2026-11-23')).toEqual({ full: true, checked: 2, created: 2 });
    const his = await inbox('hatu.phochutich');
    expect(his.map((n: { kind: string; dueOn: string }) => `${n.kind} ${n.dueOn}`).sort()).toEqual([
      'escalated 2026-11-16',
      'escalated 2026-11-20',
    ]);
    expect(await run('2026-11-23')).toEqual({ full: false, checked: 0, created: 0 });
  });
});
