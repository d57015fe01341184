import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, createWorld, neighbourhood, type TestWorld } from '../../../../test/support/app.js';

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
