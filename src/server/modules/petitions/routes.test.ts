import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, createWorld, neighbourhood, type TestWorld } from '../../../../test/support/app.js';

let world: TestWorld;
let units: Awaited<ReturnType<typeof neighbourhood>>;
let officer: Client;
let leader: Client;
let handler: Client;
let handlerId: string;

const complaint = (extra: Record<string, unknown> = {}) => ({
  unitId: units.haTu.id,
  channel: 'in_person',
  kind: 'complaint',
  subject: 'Khiếu nại quyết định thu hồi đất',
  content: 'Khiếu nại Quyết định thu hồi đất số 125/QĐ-UBND vì mức bồi thường thấp hơn giá thị trường',
  sender: { name: 'Nguyễn Văn Hùng', idNumber: '022087001234', phone: '0912345678' },
  ...extra,
});
const act = (c: Client, id: string, body: Record<string, unknown>) =>
  c.post(`/api/petitions/${id}/actions`, body);

beforeAll(async () => {
  world = await createWorld();
  units = await neighbourhood(world);
  await world.newUser('hatu.tiepdan', [['reception_officer', units.haTu]]);
  await world.newUser('hatu.lanhdao', [['leader', units.haTu]]);
  handlerId = await world.newUser('hatu.thuly', [['case_handler', units.haTu]]);
  await world.newUser('hatu.thuly2', [['case_handler', units.haTu]]);
  await world.newUser('baichay.thuly', [['case_handler', units.baiChay]]);
  officer = await world.as('hatu.tiepdan');
  leader = await world.as('hatu.lanhdao');
  handler = await world.as('hatu.thuly');
});
afterAll(() => world.close());

describe('intake', () => {
  it('records a complaint with a tracking code and the handling deadline of TT 05/2021', async () => {
    const res = await officer.post('/api/petitions', complaint({ receivedOn: '2026-11-23' }));
    expect(res.statusCode).toBe(201);
    expect(res.json().trackingCode).toMatch(/^[A-Z0-9]+-26[A-Z0-9]{10}$/);
    const p = (await officer.get(`/api/petitions/${res.json().id}`)).json();
    expect(p).toMatchObject({ status: 'received', kind: 'complaint', handlingDue: { dueOn: '2026-12-07' } });
    expect(p.sender.name).toBe('Nguyễn Văn Hùng');
  });

  it('links a repeat of the same sender on similar content to one matter', async () => {
    const first = (
      await officer.post(
        '/api/petitions',
        complaint({ sender: { name: 'Trần Thị Lan', idNumber: '022190005555' } }),
      )
    ).json();
    const again = await officer.post(
      '/api/petitions',
      complaint({
        sender: { name: 'Tran Thi Lan', idNumber: '022190005555' },
        content:
          'Khiếu nại lại Quyết định thu hồi đất số 125/QĐ-UBND vì mức bồi thường thấp hơn giá thị trường',
      }),
    );
    expect(again.json().duplicateOf).toBe(first.trackingCode);
    const a = (await officer.get(`/api/petitions/${first.id}`)).json();
    const b = (await officer.get(`/api/petitions/${again.json().id}`)).json();
    expect(b.matterId).toBe(a.matterId);
    expect(b.duplicates).toBe(1);
  });

  it('finds petitions without diacritics', async () => {
    const res = await officer.get(`/api/petitions?q=${encodeURIComponent('nguyen van hung')}`);
    expect(res.json().items.length).toBeGreaterThan(0);
  });
});

describe('complaint workflow (Luật Khiếu nại 2011)', () => {
  it('classifies, assigns, accepts with the Điều 28 deadline, resolves with a decision, and the citizen rates it', async () => {
    const { id, trackingCode, pin } = (await officer.post('/api/petitions', complaint())).json();
    expect(pin).toMatch(/^\d{6}$/);
    expect((await act(leader, id, { action: 'accept' })).statusCode).toBe(409);
    expect(
      (await act(officer, id, { action: 'classify', kind: 'complaint', competence: 'in' })).json().status,
    ).toBe('classified');
    expect((await act(officer, id, { action: 'accept', handlerId })).statusCode).toBe(403);
    expect((await act(leader, id, { action: 'assign', handlerId })).json().handlerName).toBe(
      'Cán bộ hatu.thuly',
    );
    const accepted = await act(handler, id, {
      action: 'accept',
      on: '2026-03-02',
      note: 'ghi chú nội bộ: hồ sơ thiếu bản đồ',
    });
    expect(accepted.json()).toMatchObject({
      status: 'accepted',
      resolutionDue: { dueOn: '2026-04-01', basis: 'Luật Khiếu nại 02/2011/QH13, Điều 28' },
    });
    const other = await world.as('hatu.thuly2');
    expect(
      (await act(other, id, { action: 'resolve', resultSummary: 'Giữ nguyên quyết định' })).statusCode,
    ).toBe(403);
    const noDecision = await act(handler, id, { action: 'resolve', resultSummary: 'Giữ nguyên quyết định' });
    expect(noDecision.json().errors.map((e: { path: string }) => e.path)).toEqual([
      'decisionNo',
      'decisionDate',
    ]);
    const resolved = await act(handler, id, {
      action: 'resolve',
      decisionNo: '45/QĐ-UBND',
      decisionDate: '2026-03-25',
      resultSummary: 'Công nhận một phần nội dung khiếu nại, điều chỉnh mức bồi thường',
    });
    expect(resolved.json().status).toBe('resolved');
    // Luật Khiếu nại Điều 33 and 44: a second complaint until 24/04/2026; in effect after that day.
    const periods = {
      secondComplaintUntil: { dueOn: '2026-04-24', basis: 'Luật Khiếu nại 02/2011/QH13, Điều 33' },
      effectiveAfter: { dueOn: '2026-04-24', basis: 'Luật Khiếu nại 02/2011/QH13, Điều 44' },
    };
    expect(resolved.json().decisionPeriods).toEqual(periods);
    expect((await officer.get('/api/petitions?status=resolved')).json().items[0].decisionPeriods).toBeNull();

    const citizen = world.anonymous();
    const status = await citizen.get(`/api/public/petitions/${trackingCode}`);
    expect(status.json()).toMatchObject({
      statusName: 'Đã giải quyết',
      canRate: true,
      decisionPeriods: periods,
    });
    expect(status.body).not.toContain('ghi chú nội bộ');
    expect(status.body).not.toContain('Nguyễn Văn Hùng');
    // The code alone does not let one rate (and so close) it: the sender's PIN does.
    const noPin = await citizen.post(`/api/public/petitions/${trackingCode}/rating`, { rating: 1 });
    expect(noPin.statusCode).toBe(400);
    expect(noPin.json().errors[0].path).toBe('pin');
    const wrong = pin === '000000' ? '000001' : '000000';
    const guessed = await citizen.post(`/api/public/petitions/${trackingCode}/rating`, {
      rating: 1,
      pin: wrong,
    });
    expect(guessed.statusCode).toBe(403);
    const rated = await citizen.post(`/api/public/petitions/${trackingCode}/rating`, {
      rating: 4,
      comment: 'Giải quyết đúng hạn',
      pin,
    });
    expect(rated.json()).toMatchObject({ status: 'closed', rating: 4 });
    expect(
      (await citizen.post(`/api/public/petitions/${trackingCode}/rating`, { rating: 5, pin })).statusCode,
    ).toBe(409);
  });

  it('records the paper each step issues, with its number and date, and tells the citizen', async () => {
    const { id, trackingCode } = (
      await officer.post(
        '/api/petitions',
        complaint({ sender: { name: 'Đoàn Văn Minh', idNumber: '022066001010' } }),
      )
    ).json();
    await act(officer, id, { action: 'classify', kind: 'complaint', competence: 'in' });
    const future = await act(leader, id, {
      action: 'accept',
      handlerId,
      documentNo: '15/TB-UBND',
      documentDate: '2099-01-01',
    });
    expect(future.json().errors).toEqual([
      { path: 'documentDate', message: 'Ngày văn bản không được sau ngày hôm nay' },
    ]);
    const accepted = await act(leader, id, {
      action: 'accept',
      handlerId,
      on: '2026-03-02',
      documentNo: '15/TB-UBND',
      documentDate: '2026-03-02',
    });
    expect(accepted.statusCode).toBe(200);
    const events = (await officer.get(`/api/petitions/${id}/events`)).json();
    expect(events.at(-1)).toMatchObject({
      action: 'accept',
      document: { no: '15/TB-UBND', date: '2026-03-02' },
    });
    expect(events[0].document).toBeNull();
    const status = (await world.anonymous().get(`/api/public/petitions/${trackingCode}`)).json();
    expect(status.timeline.at(-1).note).toContain('(văn bản số 15/TB-UBND ngày 02/03/2026)');
  });

  it('Luật Khiếu nại Điều 28: a remote-area complaint gets 45 days', async () => {
    const remote = await world.newUnit(units.province, 'commune', 'Xã Hoành Mô', { isRemote: true });
    await world.newUser('hoanhmo.lanhdao', [['leader', remote]]);
    const l = await world.as('hoanhmo.lanhdao');
    const { id } = (await l.post('/api/petitions', complaint({ unitId: remote.id }))).json();
    await act(l, id, { action: 'classify', kind: 'complaint', competence: 'in' });
    const res = await act(l, id, {
      action: 'accept',
      handlerId: (await l.get('/api/auth/me')).json().user.id,
      on: '2026-03-02',
    });
    expect(res.json().resolutionDue.dueOn).toBe('2026-04-16');
  });

  it('guides a matter outside competence once; the repeat must be filed (TT 05/2021)', async () => {
    const body = complaint({
      sender: { name: 'Phạm Văn Đức', idNumber: '022095000111' },
      subject: 'Tranh chấp đất đai với hộ liền kề',
    });
    const first = (await officer.post('/api/petitions', body)).json();
    const second = (await officer.post('/api/petitions', body)).json();
    for (const p of [first, second])
      await act(officer, p.id, { action: 'classify', kind: 'complaint', competence: 'out' });
    expect(
      (
        await act(officer, first.id, { action: 'guide', target: 'Tòa án nhân dân khu vực 1 - Quảng Ninh' })
      ).json().status,
    ).toBe('guided');
    const again = await act(officer, second.id, {
      action: 'guide',
      target: 'Tòa án nhân dân khu vực 1 - Quảng Ninh',
    });
    expect(again.statusCode).toBe(400);
    expect(again.json().errors[0]).toMatchObject({ path: 'action' });
    expect(
      (await act(officer, second.id, { action: 'file', note: 'Đơn trùng, đã hướng dẫn một lần' })).json()
        .status,
    ).toBe('filed');
  });

  it('lists overdue petitions', async () => {
    const { id } = (
      await officer.post(
        '/api/petitions',
        complaint({ receivedOn: '2026-01-05', subject: 'Đơn để quá hạn xử lý' }),
      )
    ).json();
    const overdue = (await officer.get('/api/petitions?overdue=true'))
      .json()
      .items.map((p: { id: string }) => p.id);
    expect(overdue).toContain(id);
  });
});

describe('denunciations (Luật Tố cáo 2018)', () => {
  const denunciation = (extra: Record<string, unknown> = {}) =>
    complaint({
      kind: 'denunciation',
      subject: 'Tố cáo cán bộ địa chính nhận tiền',
      content: 'Tố cáo cán bộ địa chính phường nhận tiền của người dân khi làm hồ sơ cấp giấy chứng nhận',
      sender: { name: 'Hoàng Văn Tố', idNumber: '022080009999', phone: '0987654321' },
      accusedName: 'Cán bộ địa chính X',
      ...extra,
    });

  it('keeps the denouncer secret from everyone but the assigned handler, and audits each reveal', async () => {
    const { id } = (await officer.post('/api/petitions', denunciation())).json();
    const asOfficer = await officer.get(`/api/petitions/${id}`);
    expect(asOfficer.json()).toMatchObject({ sender: null, senderHidden: true });
    expect(asOfficer.body).not.toContain('Hoàng Văn Tố');
    expect((await officer.get('/api/petitions?q=hoang%20van%20to')).json().items).toEqual([]);
    expect((await officer.get('/api/petitions')).body).not.toContain('022080009999');
    await act(officer, id, { action: 'classify', kind: 'denunciation', competence: 'in' });
    await act(leader, id, { action: 'assign', handlerId });
    // The leader of the same unit, without the assignment, may not see who denounced.
    expect((await leader.get(`/api/petitions/${id}/denouncer`)).statusCode).toBe(403);
    const neighbour = await world.as('baichay.thuly');
    expect((await neighbour.get(`/api/petitions/${id}/denouncer`)).statusCode).toBe(404);
    const revealed = await handler.get(`/api/petitions/${id}/denouncer`);
    expect(revealed.json()).toMatchObject({ name: 'Hoàng Văn Tố', idNumber: '022080009999' });
    const rows = await world.database.db
      .selectFrom('audit_log')
      .select(['action', 'summary', 'after'])
      .execute();
    expect(rows.some((r) => r.action === 'reveal')).toBe(true);
    expect(JSON.stringify(rows)).not.toContain('Hoàng Văn Tố');
    const stored = await world.database.db
      .selectFrom('petition')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    expect(JSON.stringify(stored)).not.toContain('Hoàng Văn Tố');
  });

  it('Luật Tố cáo Điều 25: an anonymous denunciation is not accepted as one, but may be filed', async () => {
    const { id } = (await officer.post('/api/petitions', denunciation({ sender: null }))).json();
    await act(officer, id, { action: 'classify', kind: 'denunciation', competence: 'in' });
    const res = await act(leader, id, { action: 'accept', handlerId });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0].message).toContain('Điều 25');
    expect(
      (await act(leader, id, { action: 'file', note: 'Nặc danh, không có tài liệu chứng cứ cụ thể' })).json()
        .status,
    ).toBe('filed');
  });

  it('Luật Tố cáo Điều 30: extends only a complex case, once', async () => {
    const { id } = (
      await officer.post(
        '/api/petitions',
        denunciation({ sender: { name: 'Lê Văn Mạnh', idNumber: '022070001111' } }),
      )
    ).json();
    await act(officer, id, {
      action: 'classify',
      kind: 'denunciation',
      competence: 'in',
      complexity: 'complex',
    });
    const accepted = (await act(leader, id, { action: 'accept', handlerId, on: '2026-01-15' })).json();
    expect(accepted.resolutionDue.dueOn).toBe('2026-02-23');
    const extended = await act(leader, id, { action: 'extend', note: 'Quyết định gia hạn số 12/QĐ-UBND' });
    expect(extended.json()).toMatchObject({ extensions: 1, resolutionDue: { dueOn: '2026-03-25' } });
    expect((await act(leader, id, { action: 'extend', note: 'Lần hai' })).statusCode).toBe(400);
  });
});

describe('a concluded denunciation', () => {
  it('Luật Tố cáo Điều 35 k3: shows when the conclusion must reach the denouncer', async () => {
    const { id } = (
      await officer.post(
        '/api/petitions',
        complaint({
          kind: 'denunciation',
          subject: 'Tố cáo cán bộ thu phí sai quy định',
          content: 'Tố cáo cán bộ phường thu phí vệ sinh của hộ kinh doanh cao hơn mức quy định',
          sender: { name: 'Mai Văn Kết', idNumber: '022075008888' },
        }),
      )
    ).json();
    await act(officer, id, { action: 'classify', kind: 'denunciation', competence: 'in' });
    await act(leader, id, { action: 'accept', handlerId, on: '2026-11-02' });
    const resolved = await act(handler, id, {
      action: 'resolve',
      decisionNo: '12/KL-UBND',
      decisionDate: '2026-11-26',
      resultSummary: 'Tố cáo đúng một phần; yêu cầu hoàn trả khoản thu sai',
    });
    expect(resolved.json()).toMatchObject({
      status: 'resolved',
      decisionPeriods: null,
      conclusionNoticeDue: { dueOn: '2026-12-03', basis: 'Luật Tố cáo 25/2018/QH14, Điều 35 khoản 3' },
    });
  });
});

describe('citizen portal', () => {
  it('accepts a feedback once per Idempotency-Key and shows its status by tracking code', async () => {
    const body = {
      unitId: units.haTu.id,
      kind: 'feedback',
      subject: 'Đèn đường hỏng tại tổ 5',
      content: 'Ba cột đèn đường trên phố Hà Tu tổ 5 không sáng đã hai tuần, đi lại ban đêm rất nguy hiểm',
      sender: { name: 'Vũ Thị Mai', phone: '0901234567' },
    };
    const citizen = world.anonymous();
    const send = () =>
      citizen.request({
        method: 'POST',
        url: '/api/public/petitions',
        payload: body,
        headers: { 'idempotency-key': 'khoa-gui-lai-0001' },
      });
    const first = await send();
    const again = await send();
    expect(first.statusCode).toBe(201);
    expect(again.statusCode).toBe(200);
    expect(again.json().trackingCode).toBe(first.json().trackingCode);
    const status = await citizen.get(`/api/public/petitions/${first.json().trackingCode.toLowerCase()}`);
    expect(status.json()).toMatchObject({
      statusName: 'Mới tiếp nhận',
      unitName: 'Phường Hà Tu',
      canRate: false,
    });
    expect((await citizen.get('/api/public/petitions/22-26AAAAAAAA')).statusCode).toBe(404);
  });

  it('refuses a public petition without a name, naming the field', async () => {
    const res = await world.anonymous().post('/api/public/petitions', {
      unitId: units.haTu.id,
      kind: 'feedback',
      subject: 'Đèn hỏng',
      content: 'Đèn đường hỏng đã lâu',
      sender: {},
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors.map((e: { path: string }) => e.path)).toContain('sender.name');
  });
});
