import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, createWorld, neighbourhood, type TestWorld } from '../../../../test/support/app.js';
import { portalForm } from '../../../../test/support/multipart.js';

let world: TestWorld;
let units: Awaited<ReturnType<typeof neighbourhood>>;
let officer: Client;
let leader: Client;
let handlerId: string;

const body = (extra: Record<string, unknown> = {}) => ({
  unitId: units.haTu.id,
  channel: 'post',
  kind: 'complaint',
  subject: 'Đơn khiếu nại và tố cáo',
  content: 'Khiếu nại quyết định thu hồi đất và tố cáo cán bộ địa chính nhận tiền của dân',
  sender: { name: 'Trương Văn Bình', idNumber: '022080007777' },
  ...extra,
});

async function upload(c: Client, petitionId: string, fileName: string, content: Buffer) {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(content)]), fileName);
  const encoded = new Response(form);
  return c.request({
    method: 'POST',
    url: `/api/petitions/${petitionId}/attachments`,
    payload: Buffer.from(await encoded.arrayBuffer()),
    headers: { 'content-type': encoded.headers.get('content-type') ?? '' },
  });
}
const pdf = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.from('noi dung don')]);

beforeAll(async () => {
  world = await createWorld();
  units = await neighbourhood(world);
  await world.newUser('hatu.tiepdan', [['reception_officer', units.haTu]]);
  await world.newUser('hatu.lanhdao', [['leader', units.haTu]]);
  handlerId = await world.newUser('hatu.thuly', [['case_handler', units.haTu]]);
  await world.newUser('baichay.thuly', [['case_handler', units.baiChay]]);
  await world.newUser('congdan.binh', [['citizen', units.haTu]], { kind: 'citizen' });
  officer = await world.as('hatu.tiepdan');
  leader = await world.as('hatu.lanhdao');
});
afterAll(() => world.close());

describe('attachments', () => {
  it('keeps a PDF scan with the petition and refuses other types or a disguised file', async () => {
    const { id } = (await officer.post('/api/petitions', body())).json();
    const ok = await upload(officer, id, 'Đơn khiếu nại.pdf', pdf);
    expect(ok.statusCode).toBe(201);
    expect(ok.json()).toMatchObject({
      fileName: 'Đơn khiếu nại.pdf',
      mimeType: 'application/pdf',
      sizeBytes: pdf.length,
    });
    expect((await upload(officer, id, 'virus.exe', pdf)).json().errors[0]).toMatchObject({ path: 'file' });
    const fake = await upload(officer, id, 'anh.png', Buffer.from('không phải ảnh'));
    expect(fake.json().errors[0].message).toBe('Nội dung tệp không khớp với đuôi tệp');
    const file = await officer.get(`/api/petitions/${id}/attachments/${ok.json().id}`);
    expect(file.headers['content-type']).toBe('application/pdf');
    expect(file.rawPayload.equals(pdf)).toBe(true);
  });

  it('hides a denunciation file and its name from all but the assigned handler, and audits the opening', async () => {
    const { id } = (await officer.post('/api/petitions', body({ kind: 'denunciation' }))).json();
    const up = await upload(officer, id, 'Don to cao - Truong Van Binh.pdf', pdf);
    expect(up.json().fileName).toBe('Tài liệu 1 (được bảo mật)');
    await officer.post(`/api/petitions/${id}/actions`, {
      action: 'classify',
      kind: 'denunciation',
      competence: 'in',
    });
    await leader.post(`/api/petitions/${id}/actions`, { action: 'assign', handlerId });
    expect((await leader.get(`/api/petitions/${id}/attachments`)).body).not.toContain('Truong Van Binh');
    expect((await leader.get(`/api/petitions/${id}/attachments/${up.json().id}`)).statusCode).toBe(403);
    const handler = await world.as('hatu.thuly');
    expect((await handler.get(`/api/petitions/${id}/attachments`)).json()[0].fileName).toBe(
      'Don to cao - Truong Van Binh.pdf',
    );
    expect((await handler.get(`/api/petitions/${id}/attachments/${up.json().id}`)).statusCode).toBe(200);
    const audit = await world.database.db
      .selectFrom('audit_log')
      .select('summary')
      .where('action', '=', 'reveal')
      .execute();
    expect(audit.map((a) => a.summary)).toEqual([expect.stringContaining('Mở tài liệu của đơn tố cáo')]);
    const neighbour = await world.as('baichay.thuly');
    expect((await neighbour.get(`/api/petitions/${id}/attachments`)).statusCode).toBe(404);
  });
});

describe('attachments sent from the portal', () => {
  const png = Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    Buffer.from('anh'),
  ]);
  const feedback = {
    unitId: '',
    kind: 'feedback',
    subject: 'Rác thải đổ trộm cạnh mương tổ 4',
    content: 'Rác thải xây dựng bị đổ trộm cạnh mương thoát nước tổ 4 phường Hà Tu, có ảnh chụp kèm theo',
    sender: { name: 'Đinh Thị Nga', phone: '0936222111' },
  };
  const send = async (files: { name: string; data: Buffer }[]) =>
    world.anonymous().request({
      method: 'POST',
      url: '/api/public/petitions',
      ...(await portalForm({ ...feedback, unitId: units.haTu.id }, files)),
    });

  it('stores the photos with the petition in the same step, for the officer to open', async () => {
    const sent = await send([
      { name: 'anh-muong-to-4.png', data: png },
      { name: 'bien-ban.pdf', data: pdf },
    ]);
    expect(sent.statusCode).toBe(201);
    const found = (await officer.get(`/api/petitions?q=${sent.json().trackingCode}`)).json().items[0];
    const files = (await officer.get(`/api/petitions/${found.id}/attachments`)).json();
    expect(files.map((f: { fileName: string; mimeType: string }) => [f.fileName, f.mimeType])).toEqual([
      ['anh-muong-to-4.png', 'image/png'],
      ['bien-ban.pdf', 'application/pdf'],
    ]);
    const photo = await officer.get(`/api/petitions/${found.id}/attachments/${files[0].id}`);
    expect(Buffer.from(photo.rawPayload).equals(png)).toBe(true);
  });

  it('names every bad file and records nothing when one is bad', async () => {
    const before = await world.database.db.selectFrom('petition').select('id').execute();
    const res = await send([
      { name: 'anh.png', data: png },
      { name: 'virus.exe', data: pdf },
      { name: 'gia.png', data: Buffer.from('không phải ảnh') },
    ]);
    expect(res.statusCode).toBe(400);
    expect(res.json().errors).toEqual([
      { path: 'attachments.1', message: 'virus.exe: Chỉ nhận tệp PDF, JPG, PNG hoặc DOCX' },
      { path: 'attachments.2', message: 'gia.png: Nội dung tệp không khớp với đuôi tệp' },
    ]);
    expect(await world.database.db.selectFrom('petition').select('id').execute()).toHaveLength(before.length);
  });
});

describe('split and assignment', () => {
  it('TT 05/2021 Điều 6: splits a petition of mixed content into one petition per content, and files the original', async () => {
    const { id } = (await officer.post('/api/petitions', body({ sender: null }))).json();
    const res = await officer.post(`/api/petitions/${id}/split`, {
      parts: [
        {
          kind: 'complaint',
          subject: 'Khiếu nại thu hồi đất',
          content: 'Khiếu nại quyết định thu hồi đất số 125',
        },
        {
          kind: 'denunciation',
          subject: 'Tố cáo cán bộ địa chính',
          content: 'Tố cáo cán bộ địa chính nhận tiền của dân',
        },
      ],
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().petition.status).toBe('filed');
    expect(res.json().parts).toHaveLength(2);
    const children = (await officer.get('/api/petitions?status=received'))
      .json()
      .items.filter((p: { parentId: string }) => p.parentId === id);
    expect(children.map((c: { kind: string }) => c.kind).sort()).toEqual(['complaint', 'denunciation']);
    expect((await officer.post(`/api/petitions/${id}/split`, { parts: [] })).json().errors[0].path).toBe(
      'parts',
    );
  });

  it('refuses to split out a denunciation whose sender was entered in clear', async () => {
    const { id } = (await officer.post('/api/petitions', body())).json();
    const res = await officer.post(`/api/petitions/${id}/split`, {
      parts: [
        {
          kind: 'complaint',
          subject: 'Khiếu nại thu hồi đất',
          content: 'Khiếu nại quyết định thu hồi đất số 125',
        },
        { kind: 'denunciation', subject: 'Tố cáo cán bộ', content: 'Tố cáo cán bộ địa chính nhận tiền' },
      ],
    });
    expect(res.statusCode).toBe(400);
  });

  it('lists the handlers who may take the petition: those of its unit, not of the neighbour', async () => {
    const { id } = (await officer.post('/api/petitions', body())).json();
    const names = (await leader.get(`/api/petitions/${id}/handlers`))
      .json()
      .map((h: { fullName: string }) => h.fullName);
    expect(names).toEqual(expect.arrayContaining(['Cán bộ hatu.thuly', 'Cán bộ hatu.lanhdao']));
    expect(names).not.toContain('Cán bộ baichay.thuly');
  });
});

describe('a signed-in citizen', () => {
  it('finds the petitions he sent from the portal in his history', async () => {
    const citizen = await world.as('congdan.binh');
    const sent = await citizen.post('/api/public/petitions', {
      unitId: units.haTu.id,
      kind: 'recommendation',
      subject: 'Kiến nghị lắp đèn đường',
      content: 'Kiến nghị lắp đèn chiếu sáng ngõ 12 tổ 3 phường Hà Tu',
      sender: { name: 'Công dân Bình' },
    });
    expect(sent.statusCode).toBe(201);
    const mine = (await citizen.get('/api/public/my-petitions')).json();
    expect(mine).toEqual([
      expect.objectContaining({ trackingCode: sent.json().trackingCode, statusName: 'Mới tiếp nhận' }),
    ]);
    expect((await world.anonymous().get('/api/public/my-petitions')).statusCode).toBe(401);
    expect((await officer.get('/api/public/my-petitions')).json()).toEqual([]);
  });
});

describe('second complaint (Luật Khiếu nại 2011, Điều 33 and 37)', () => {
  it('goes to the higher level within 30 days of the first decision, then takes the 45-day deadline', async () => {
    await world.newUser('tinh.lanhdao', [['leader', units.province]]);
    const province = await world.as('tinh.lanhdao');
    const { id } = (
      await officer.post(
        '/api/petitions',
        body({ sender: { name: 'Mai Văn Lợi', idNumber: '022080006666' } }),
      )
    ).json();
    await officer.post(`/api/petitions/${id}/actions`, {
      action: 'classify',
      kind: 'complaint',
      competence: 'in',
    });
    await leader.post(`/api/petitions/${id}/actions`, { action: 'accept', handlerId, on: '2026-09-01' });
    const resolved = await leader.post(`/api/petitions/${id}/actions`, {
      action: 'resolve',
      decisionNo: '88/QĐ-UBND',
      decisionDate: '2026-10-01',
      resultSummary: 'Không công nhận nội dung khiếu nại',
    });
    expect(resolved.json().status).toBe('resolved');
    const appeal = (extra: Record<string, unknown>) =>
      province.post(`/api/petitions/${id}/appeal`, {
        unitId: units.province.id,
        content: 'Không đồng ý với Quyết định 88/QĐ-UBND, khiếu nại lần hai',
        ...extra,
      });
    // 30 days from 01/10/2026 end on Saturday 31/10 → Monday 02/11/2026.
    const late = await appeal({ receivedOn: '2026-11-03' });
    expect(late.statusCode).toBe(400);
    expect(late.json().errors[0]).toMatchObject({ path: 'lateReason' });
    expect(late.json().errors[0].message).toContain('02/11/2026');
    expect(
      (await appeal({ receivedOn: '2026-11-03', lateReason: 'Ốm nằm viện từ 20/10 đến 02/11/2026' }))
        .statusCode,
    ).toBe(201);
    const second = await appeal({ receivedOn: '2026-10-20' });
    expect(second.statusCode).toBe(201);
    const sid = second.json().id;
    const p = (await province.get(`/api/petitions/${sid}`)).json();
    expect(p).toMatchObject({ instance: 2, parentId: id, unitName: 'Tỉnh Quảng Ninh' });
    await province.post(`/api/petitions/${sid}/actions`, {
      action: 'classify',
      kind: 'complaint',
      competence: 'in',
    });
    const accepted = await province.post(`/api/petitions/${sid}/actions`, {
      action: 'accept',
      handlerId: (await province.get('/api/auth/me')).json().user.id,
      on: '2026-10-22',
    });
    expect(accepted.json().resolutionDue).toEqual({
      dueOn: '2026-12-07',
      basis: 'Luật Khiếu nại 02/2011/QH13, Điều 37',
    });
  });

  it('must go to a higher level, not to a neighbour', async () => {
    const { id } = (
      await officer.post('/api/petitions', body({ sender: { name: 'Hà Văn Tư', idNumber: '022080005555' } }))
    ).json();
    await officer.post(`/api/petitions/${id}/actions`, {
      action: 'classify',
      kind: 'complaint',
      competence: 'in',
    });
    await leader.post(`/api/petitions/${id}/actions`, { action: 'accept', handlerId, on: '2026-09-01' });
    await leader.post(`/api/petitions/${id}/actions`, {
      action: 'resolve',
      decisionNo: '89/QĐ-UBND',
      decisionDate: '2026-10-01',
      resultSummary: 'Giữ nguyên',
    });
    const res = await leader.post(`/api/petitions/${id}/appeal`, {
      unitId: units.haTu.id,
      receivedOn: '2026-10-10',
      content: 'Khiếu nại lần hai về quyết định 89',
    });
    expect(res.json().errors[0].path).toBe('unitId');
  });
});
