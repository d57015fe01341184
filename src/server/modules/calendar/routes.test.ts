import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWorld, neighbourhood, type TestWorld } from '../../../../test/support/app.js';

let world: TestWorld;

beforeAll(async () => {
  world = await createWorld();
  const units = await neighbourhood(world);
  await world.newUser('quantri.tw', [['system_admin', units.country]]);
  await world.newUser('hatu.quantri', [['unit_admin', units.haTu]]);
});
afterAll(() => world.close());

describe('working-day calendar', () => {
  it('shows the shipped days off of 2026 with the Saturdays worked', async () => {
    const client = await world.as('hatu.quantri');
    const res = await client.get('/api/calendar/2026');
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.source).toBe('shipped');
    expect(body.workingDays).toEqual(['2026-01-10', '2026-08-22']);
    expect(body.daysOff.map((d: { date: string }) => d.date)).toEqual(
      expect.arrayContaining(['2026-02-16', '2026-02-17', '2026-04-27', '2026-08-31']),
    );
  });

  it('computes a year nobody decided yet (2028) from the Labour Code', async () => {
    const body = (await (await world.as('hatu.quantri')).get('/api/calendar/2028')).json();
    expect(body.source).toBe('computed');
    expect(body.daysOff.find((d: { name: string }) => d.name === 'Giỗ Tổ Hùng Vương')?.date).toBe(
      '2028-04-04',
    );
  });

  it('lets a system admin enter the decided days of 2027, which then drive deadlines', async () => {
    const admin = await world.as('quantri.tw');
    const res = await admin.request({
      method: 'PUT',
      url: '/api/calendar/2027',
      payload: {
        basis: 'Thông báo lịch nghỉ Tết Đinh Mùi 2027 (nhập thử)',
        daysOff: [
          { date: '2027-02-04', name: 'Tết Nguyên đán' },
          { date: '2027-02-05', name: 'Tết Nguyên đán' },
          { date: '2027-02-08', name: 'Tết Nguyên đán' },
          { date: '2027-02-09', name: 'Tết Nguyên đán' },
          { date: '2027-02-10', name: 'Tết Nguyên đán' },
        ],
        workingDays: ['2027-01-30'],
      },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().source).toBe('admin');
    const preview = await admin.get('/api/deadlines/preview?rule=denunciation_forwarding&from=2027-02-03');
    // 5 working days from Wednesday 3/2/2027 skip 4/2–10/2: 11, 12, 15, 16, 17
    expect(preview.json()).toMatchObject({
      dueOn: '2027-02-17',
      dayCount: 'working',
      basis: 'Luật Tố cáo 25/2018/QH14, Điều 24 khoản 2',
    });
    expect(preview.json().daysOffSkipped.map((d: { date: string }) => d.date)).toContain('2027-02-08');
    const audit = await admin.get('/api/audit?entity=calendar_year');
    expect(audit.json().items[0].summary).toContain('Cập nhật lịch nghỉ năm 2027');
  });

  it('refuses a day of another year, naming the field', async () => {
    const admin = await world.as('quantri.tw');
    const res = await admin.request({
      method: 'PUT',
      url: '/api/calendar/2027',
      payload: {
        basis: 'Thông báo thử nghiệm',
        daysOff: [{ date: '2026-12-31', name: 'Sai năm' }],
        workingDays: [],
      },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors).toEqual([{ path: 'daysOff.0.date', message: 'Ngày phải thuộc năm 2027' }]);
  });

  it('lets only a system admin change the calendar', async () => {
    const res = await (await world.as('hatu.quantri')).request({
      method: 'PUT',
      url: '/api/calendar/2029',
      payload: { basis: 'Không có quyền', daysOff: [], workingDays: [] },
    });
    expect(res.statusCode).toBe(403);
  });

  it('switches Ngày Văn hóa Việt Nam (24/11) on as a day off when decided', async () => {
    const admin = await world.as('quantri.tw');
    const before = await admin.get('/api/deadlines/preview?rule=denunciation_forwarding&from=2026-11-23');
    expect(before.json().dueOn).toBe('2026-11-30');
    expect(
      (await admin.request({ method: 'PUT', url: '/api/calendar/pending/11-24', payload: { enabled: true } }))
        .statusCode,
    ).toBe(204);
    const after = await admin.get('/api/deadlines/preview?rule=denunciation_forwarding&from=2026-11-23');
    expect(after.json().dueOn).toBe('2026-12-01');
    expect(after.json().daysOffSkipped).toEqual([{ date: '2026-11-24', reason: 'Ngày Văn hóa Việt Nam' }]);
  });
});
