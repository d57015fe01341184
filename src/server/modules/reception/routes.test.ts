import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, createWorld, neighbourhood, type TestWorld } from '../../../../test/support/app.js';

let world: TestWorld;
let units: Awaited<ReturnType<typeof neighbourhood>>;
let officer: Client;

const citizen = (fullName: string, extra: Record<string, unknown> = {}) => ({ fullName, ...extra });
const visit = (extra: Record<string, unknown> = {}) => ({
  unitId: units.haTu.id,
  place: 'Trụ sở Đảng ủy - HĐND - UBND phường Hà Tu',
  kind: 'regular',
  citizens: [citizen('Nguyễn Văn Hùng', { idNumber: '022087001234' })],
  content: 'Đề nghị xem xét việc cấp giấy chứng nhận quyền sử dụng đất tại tổ 5',
  outcome: 'guided',
  guidance: 'Hướng dẫn nộp hồ sơ tại bộ phận một cửa',
  ...extra,
});

beforeAll(async () => {
  world = await createWorld();
  units = await neighbourhood(world);
  await world.newUser('hatu.tiepdan', [['reception_officer', units.haTu]]);
  await world.newUser('hatu.lanhdao', [['leader', units.haTu]]);
  await world.newUser('hatu.quantri', [['unit_admin', units.haTu]]);
  await world.newUser('baichay.tiepdan', [['reception_officer', units.baiChay]]);
  await world.newUser('tinh.thanhtra', [['inspector', units.province]]);
  officer = await world.as('hatu.tiepdan');
});
afterAll(() => world.close());

describe('reception logbook', () => {
  it('logs a visit and numbers its receipt per unit and year', async () => {
    const first = await officer.post('/api/reception/visits', visit({ receivedAt: '2026-11-20T02:00:00Z' }));
    expect(first.statusCode).toBe(201);
    expect(first.json()).toMatchObject({
      receiverName: 'Cán bộ hatu.tiepdan',
      receivedOn: '2026-11-20',
      groupSize: 1,
    });
    expect(first.json().receiptNo).toMatch(/^0001\/2026\/TCD-/);
    const second = await officer.post('/api/reception/visits', visit({ receivedAt: '2026-11-21T02:00:00Z' }));
    expect(second.json().receiptNo).toMatch(/^0002\/2026\/TCD-/);
  });

  it('Luật TCD Điều 28 k1: a visit at which a petition is received promises an answer within 10 working days', async () => {
    const res = await officer.post(
      '/api/reception/visits',
      visit({ outcome: 'petition_received', guidance: null, receivedAt: '2026-08-28T02:00:00Z' }),
    );
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().replyDue).toEqual({
      dueOn: '2026-09-16',
      basis: 'Luật Tiếp công dân 2013, Điều 28 khoản 1',
    });
    const listed = (await officer.get('/api/reception/visits?from=2026-08-28&to=2026-08-28')).json().items;
    expect(listed[0].replyDue).toBeNull();
    const guided = (await officer.post('/api/reception/visits', visit())).json();
    expect(guided.replyDue).toBeNull();
  });

  it('Luật TCD Điều 9: a refusal must give one of the grounds of the law', async () => {
    const res = await officer.post('/api/reception/visits', visit({ outcome: 'refused' }));
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0]).toMatchObject({ path: 'refusalReason' });
    const ok = await officer.post(
      '/api/reception/visits',
      visit({ outcome: 'refused', refusalReason: 'disorderly' }),
    );
    expect(ok.statusCode).toBe(201);
    expect(ok.json().refusalBasis).toContain('Luật Tiếp công dân 2013, Điều 9');
  });

  it('Luật TCD Điều 29: a group of 12 sends between 1 and 5 representatives', async () => {
    const none = await officer.post('/api/reception/visits', visit({ groupSize: 12 }));
    expect(none.json().errors).toEqual([expect.objectContaining({ path: 'citizens' })]);
    const reps = ['Trần Văn An', 'Lê Thị Bình'].map((n) => citizen(n, { isRepresentative: true }));
    const res = await officer.post('/api/reception/visits', visit({ groupSize: 12, citizens: reps }));
    expect(res.statusCode).toBe(201);
  });

  it('refuses a malformed ID number, naming the field', async () => {
    const res = await officer.post(
      '/api/reception/visits',
      visit({ citizens: [citizen('Phạm Văn C', { idNumber: '12ab' })] }),
    );
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0].path).toBe('citizens.0.idNumber');
  });

  it('finds visits without diacritics, by name and by ID number', async () => {
    const byName = await officer.get(`/api/reception/visits?q=${encodeURIComponent('nguyen van hung')}`);
    expect(byName.json().items.length).toBeGreaterThan(0);
    const byId = await officer.get('/api/reception/visits?q=022087001234');
    expect(
      byId
        .json()
        .items.every(
          (v: { citizens: { idNumber?: string }[] }) => v.citizens[0]?.idNumber === '022087001234',
        ),
    ).toBe(true);
  });

  it('keeps a neighbouring ward out: Bãi Cháy sees none of Hà Tu visits and cannot log into Hà Tu', async () => {
    const neighbour = await world.as('baichay.tiepdan');
    const list = await neighbour.get('/api/reception/visits');
    expect(list.json().items).toEqual([]);
    const one = (await officer.get('/api/reception/visits')).json().items[0];
    expect((await neighbour.get(`/api/reception/visits/${one.id}`)).statusCode).toBe(404);
    const write = await neighbour.post('/api/reception/visits', visit());
    expect(write.statusCode).toBe(400);
    expect(write.json().errors[0].path).toBe('unitId');
  });
});

describe('matters of returning citizens', () => {
  it('finds the matter a citizen came about by his ID number or its subject, and counts his return on it', async () => {
    const first = (
      await officer.post(
        '/api/reception/visits',
        visit({
          groupSize: 6,
          citizens: [citizen('Lương Văn Tài', { idNumber: '022071006666', isRepresentative: true })],
          content: 'Sáu hộ tổ 9 phản ánh việc bồi thường giải phóng mặt bằng dự án đường bao biển',
          receivedAt: '2026-10-05T02:00:00Z',
        }),
      )
    ).json();
    const byId = (await officer.get('/api/reception/matters?idNumber=022071006666')).json();
    expect(byId).toEqual([
      expect.objectContaining({ id: first.matterId, visits: 1, largestGroup: 6, unitName: 'Phường Hà Tu' }),
    ]);
    const bySubject = (
      await officer.get(
        `/api/reception/matters?q=${encodeURIComponent('giai phong mat bang duong bao bien')}`,
      )
    ).json();
    expect(bySubject.map((m: { id: string }) => m.id)).toEqual([first.matterId]);

    // He comes back with others: the new visit joins the matter, and it is counted once.
    const again = await officer.post(
      '/api/reception/visits',
      visit({
        groupSize: 11,
        matterId: first.matterId,
        citizens: [
          citizen('Lương Văn Tài', { idNumber: '022071006666', isRepresentative: true }),
          citizen('Phí Thị Hằng', { idNumber: '022180007777', isRepresentative: true }),
        ],
        content: 'Các hộ tổ 9 tiếp tục kiến nghị về bồi thường giải phóng mặt bằng',
        receivedAt: '2026-10-19T02:00:00Z',
      }),
    );
    expect(again.json().matterId).toBe(first.matterId);
    const after = (await officer.get('/api/reception/matters?idNumber=022180007777')).json();
    expect(after).toEqual([
      expect.objectContaining({ id: first.matterId, visits: 2, largestGroup: 11, lastVisitOn: '2026-10-19' }),
    ]);
    const stats = (
      await officer.get(`/api/reception/stats?unitId=${units.haTu.id}&from=2026-10-01&to=2026-10-31`)
    ).json();
    expect(stats.current).toMatchObject({ visits: 2, groups5: 2, groups10: 1, matters: 1 });
  });

  it('asks for an ID number or words to look for, and keeps the neighbour’s matters out', async () => {
    const none = await officer.get('/api/reception/matters');
    expect(none.statusCode).toBe(400);
    expect(none.json().errors[0]).toMatchObject({ path: 'q', message: 'Nhập nội dung cần tìm hoặc số CCCD' });
    const neighbour = await world.as('baichay.tiepdan');
    expect((await neighbour.get('/api/reception/matters?idNumber=022071006666')).json()).toEqual([]);
  });
});

describe('reception statistics', () => {
  it('counts visits, leaders, groups of 5+ and 10+, distinct matters, and the change on a year earlier', async () => {
    const leader = await world.as('hatu.lanhdao');
    const reps = [citizen('Đại diện Một', { isRepresentative: true })];
    const g1 = await leader.post(
      '/api/reception/visits',
      visit({
        receivedAt: '2025-11-10T02:00:00Z',
        kind: 'leader_periodic',
        receiverIsLeader: true,
        groupSize: 15,
        citizens: reps,
      }),
    );
    await leader.post(
      '/api/reception/visits',
      visit({
        receivedAt: '2025-11-11T02:00:00Z',
        groupSize: 11,
        citizens: reps,
        matterId: g1.json().matterId,
      }),
    );
    await leader.post(
      '/api/reception/visits',
      visit({ receivedAt: '2025-11-12T02:00:00Z', groupSize: 6, citizens: reps }),
    );
    await leader.post('/api/reception/visits', visit({ receivedAt: '2024-11-12T02:00:00Z' }));
    const inspector = await world.as('tinh.thanhtra');
    const res = await inspector.get(
      `/api/reception/stats?from=2025-11-01&to=2025-11-30&unitId=${units.haTu.id}`,
    );
    expect(res.statusCode).toBe(200);
    const { current, previousYear, change } = res.json();
    expect(current).toMatchObject({
      visits: 3,
      people: 32,
      leaderPeriodic: 1,
      byLeaders: 1,
      groups5: 3,
      groups10: 2,
      groups10People: 26,
      groups10Matters: 1,
      matters: 2,
    });
    expect(previousYear.visits).toBe(1);
    expect(change.visits).toBe(200);
  });
});

describe('leader reception calendar', () => {
  it('shows a chairman below the weekly minimum, and from 01/7/2026 a deputy does not count', async () => {
    const admin = await world.as('hatu.quantri');
    const rule = await admin.post('/api/reception/rules', {
      unitId: units.haTu.id,
      leaderTitle: 'Chủ tịch UBND phường Hà Tu',
      frequency: 'weekly',
      basis: 'Luật Tiếp công dân 2013, Điều 15 khoản 2 điểm d',
    });
    expect(rule.statusCode).toBe(201);
    const leader = await world.as('hatu.lanhdao');
    const plan = async (plannedOn: string) =>
      (
        await leader.post('/api/reception/sessions', {
          unitId: units.haTu.id,
          ruleId: rule.json().id,
          leaderName: 'Lê Văn Thắng',
          plannedOn,
        })
      ).json();
    for (const [day, by] of [
      ['2026-11-05', 'Lê Văn Thắng'],
      ['2026-11-12', 'Lê Văn Thắng'],
      ['2026-11-19', 'Phó Chủ tịch Nguyễn Văn Phó'],
    ] as const) {
      const s = await plan(day);
      expect((await leader.post(`/api/reception/sessions/${s.id}/held`, { heldByName: by })).statusCode).toBe(
        200,
      );
    }
    const res = await leader.get(
      `/api/reception/compliance?unitId=${units.haTu.id}&from=2026-11-02&to=2026-11-29`,
    );
    expect(res.json().items[0]).toMatchObject({ required: 4, held: 2, delegated: 1, compliant: false });
  });

  it('refuses a rule of fixed days without the days', async () => {
    const admin = await world.as('hatu.quantri');
    const res = await admin.post('/api/reception/rules', {
      unitId: units.haTu.id,
      leaderTitle: 'Bí thư Đảng ủy',
      frequency: 'fixed_days',
      basis: 'Quy định của phường',
    });
    expect(res.json().errors[0].path).toBe('fixedDays');
  });
});
