import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, createWorld, neighbourhood, type TestWorld } from '../../../../test/support/app.js';

// Forwarding to a unit of the system (TT 05/2021/TT-TTCP: chuyển đơn đến cơ quan có thẩm quyền, once):
// the petition arrives there as a petition of its own, on the same matter.

let world: TestWorld;
let units: Awaited<ReturnType<typeof neighbourhood>>;
let haTuOfficer: Client;
let baiChayOfficer: Client;
let baiChayLeader: Client;
let baiChayHandler: Client;
let baiChayHandlerId: string;

const act = (c: Client, id: string, body: Record<string, unknown>) =>
  c.post(`/api/petitions/${id}/actions`, body);

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

const denunciation = {
  channel: 'post',
  kind: 'denunciation',
  subject: 'Tố cáo tổ trưởng khu phố 3 Bãi Cháy thu tiền sai quy định',
  content:
    'Tố cáo ông tổ trưởng khu phố 3 phường Bãi Cháy thu tiền vệ sinh của các hộ kinh doanh sai quy định',
  sender: { name: 'Đặng Thị Hoa', idNumber: '022185007777', phone: '0904111222' },
  accusedName: 'Tổ trưởng khu phố 3',
};

/** Takes a petition received at Hà Tu to "not in competence". */
async function receivedOutOfCompetence(body: Record<string, unknown> = denunciation) {
  const created = await haTuOfficer.post('/api/petitions', { unitId: units.haTu.id, ...body });
  expect(created.statusCode).toBe(201);
  const { id, trackingCode } = created.json();
  const kind = (body.kind as string) ?? 'denunciation';
  expect((await act(haTuOfficer, id, { action: 'classify', kind, competence: 'out' })).statusCode).toBe(200);
  return { id: id as string, trackingCode: trackingCode as string };
}

beforeAll(async () => {
  world = await createWorld();
  units = await neighbourhood(world);
  await world.newUser('hatu.tiepdan', [['reception_officer', units.haTu]]);
  await world.newUser('baichay.tiepdan', [['reception_officer', units.baiChay]]);
  await world.newUser('baichay.lanhdao', [['leader', units.baiChay]]);
  baiChayHandlerId = await world.newUser('baichay.thuly', [['case_handler', units.baiChay]]);
  await world.newUser('qn.tiepdan', [['reception_officer', units.province]]);
  haTuOfficer = await world.as('hatu.tiepdan');
  baiChayOfficer = await world.as('baichay.tiepdan');
  baiChayLeader = await world.as('baichay.lanhdao');
  baiChayHandler = await world.as('baichay.thuly');
});
afterAll(() => world.close());

describe('forwarding to a unit of the system (TT 05/2021/TT-TTCP)', () => {
  it('creates the petition at the receiving unit with its papers, sealed denouncer and a notice to its officers', async () => {
    const { id, trackingCode } = await receivedOutOfCompetence();
    expect(
      (await upload(haTuOfficer, id, 'don-to-cao.pdf', Buffer.from('%PDF-1.4\nto cao'))).statusCode,
    ).toBe(201);
    const res = await act(haTuOfficer, id, {
      action: 'forward',
      targetUnitId: units.baiChay.id,
      note: 'Người bị tố cáo thuộc phường Bãi Cháy quản lý',
      documentNo: '12/PC-UBND',
    });
    expect(res.statusCode).toBe(200);
    const original = res.json();
    expect(original).toMatchObject({ status: 'forwarded', forwardedTo: 'Phường Bãi Cháy' });
    expect(original.forwardedToId).toEqual(expect.any(String));

    // The receiving ward has it, on the same matter, received today with its own handling deadline.
    const copy = (await baiChayOfficer.get(`/api/petitions/${original.forwardedToId}`)).json();
    expect(copy).toMatchObject({
      unitId: units.baiChay.id,
      channel: 'forwarded',
      status: 'received',
      kind: 'denunciation',
      matterId: original.matterId,
      forwardedFromId: id,
      sender: null,
      senderHidden: true,
    });
    // The sender unit and its paper, never its tracking code: codes stay in the unit that issued them.
    expect(copy.forwardedBy).toBe('Phường Hà Tu, phiếu chuyển số 12/PC-UBND');
    const events = await baiChayOfficer.get(`/api/petitions/${copy.id}/events`);
    expect(events.body).toContain('Nhận đơn do Phường Hà Tu, phiếu chuyển số 12/PC-UBND chuyển đến');
    expect(events.body).not.toContain(trackingCode);
    expect(copy.trackingCode).not.toBe(trackingCode);

    // A denunciation's papers are the handler's alone, at the new unit as at the first one.
    const sealed = (await baiChayOfficer.get(`/api/petitions/${copy.id}/attachments`)).json();
    expect(sealed.map((a: { fileName: string }) => a.fileName)).toEqual(['Tài liệu 1 (được bảo mật)']);

    // Its officers and leader are told; the handler it is later assigned to may reveal the denouncer.
    for (const c of [baiChayOfficer, baiChayLeader]) {
      const notes = (await c.get('/api/notifications')).json();
      expect(notes).toContainEqual(
        expect.objectContaining({
          kind: 'forwarded',
          petitionId: copy.id,
          message: expect.stringContaining('Phường Hà Tu'),
        }),
      );
    }
    expect(
      (await act(baiChayOfficer, copy.id, { action: 'classify', kind: 'denunciation', competence: 'in' }))
        .statusCode,
    ).toBe(200);
    expect(
      (await act(baiChayLeader, copy.id, { action: 'assign', handlerId: baiChayHandlerId })).statusCode,
    ).toBe(200);
    expect((await baiChayHandler.get(`/api/petitions/${copy.id}/denouncer`)).json()).toMatchObject({
      name: 'Đặng Thị Hoa',
      idNumber: '022185007777',
    });
    const papers = (await baiChayHandler.get(`/api/petitions/${copy.id}/attachments`)).json();
    expect(papers.map((a: { fileName: string }) => a.fileName)).toEqual(['don-to-cao.pdf']);
  });

  it('keeps each unit to its own side: neither reads the other’s petition', async () => {
    const { id } = await receivedOutOfCompetence({
      ...denunciation,
      sender: null,
      subject: 'Tố cáo nặc danh về thu tiền',
    });
    const copyId = (await act(haTuOfficer, id, { action: 'forward', targetUnitId: units.baiChay.id })).json()
      .forwardedToId;
    expect((await haTuOfficer.get(`/api/petitions/${copyId}`)).statusCode).toBe(404);
    expect((await baiChayOfficer.get(`/api/petitions/${id}`)).statusCode).toBe(404);
    expect((await haTuOfficer.get('/api/notifications')).json()).toEqual([]);
  });

  it('tells the citizen where it went and the code to follow it there', async () => {
    const feedback = {
      channel: 'in_person',
      kind: 'feedback',
      subject: 'Phản ánh bến xe khách Bãi Cháy lấn chiếm vỉa hè',
      content: 'Phản ánh các nhà xe tại bến xe Bãi Cháy đỗ xe lấn chiếm vỉa hè gây ùn tắc vào giờ cao điểm',
      sender: { name: 'Vũ Minh Tuấn', phone: '0915000333' },
    };
    const { id, trackingCode } = await receivedOutOfCompetence(feedback);
    const copy = (await act(haTuOfficer, id, { action: 'forward', targetUnitId: units.baiChay.id })).json();
    const copyCode = (await baiChayOfficer.get(`/api/petitions/${copy.forwardedToId}`)).json().trackingCode;
    const citizen = world.anonymous();
    const status = (await citizen.get(`/api/public/petitions/${trackingCode}`)).json();
    expect(status.statusName).toBe('Đã chuyển đơn');
    expect(status.timeline.map((e: { note: string | null }) => e.note).join(' ')).toContain(
      `Đã chuyển đến Phường Bãi Cháy; tra cứu tiếp tại đó bằng mã ${copyCode}`,
    );
    const there = (await citizen.get(`/api/public/petitions/${copyCode}`)).json();
    expect(there).toMatchObject({ unitName: 'Phường Bãi Cháy', statusName: 'Mới tiếp nhận' });
    // The sender is carried over: the receiving unit answers him.
    expect((await baiChayOfficer.get(`/api/petitions/${copy.forwardedToId}`)).json().sender.name).toBe(
      'Vũ Minh Tuấn',
    );
  });

  it('forwards a matter once per unit; the receiving unit may still pass it on', async () => {
    // A feedback, not a denunciation: a denouncer's petitions never join a matter by his identity.
    const body = {
      ...denunciation,
      kind: 'feedback',
      accusedName: null,
      sender: { name: 'Ngô Văn Sơn', idNumber: '022060004444' },
      subject: 'Phản ánh việc xây dựng trái phép trên đất nông nghiệp',
      content: 'Phản ánh hộ ông X xây dựng nhà trái phép trên đất nông nghiệp tại khu phố 3 phường Bãi Cháy',
    };
    const first = await receivedOutOfCompetence(body);
    const second = await receivedOutOfCompetence(body);
    const copyId = (
      await act(haTuOfficer, first.id, { action: 'forward', targetUnitId: units.baiChay.id })
    ).json().forwardedToId;
    const again = await act(haTuOfficer, second.id, { action: 'forward', targetUnitId: units.baiChay.id });
    expect(again.statusCode).toBe(400);
    expect(again.json().errors[0]).toMatchObject({
      path: 'action',
      message: expect.stringContaining(first.trackingCode),
    });

    await act(baiChayOfficer, copyId, { action: 'classify', kind: 'feedback', competence: 'out' });
    const onward = await act(baiChayOfficer, copyId, { action: 'forward', targetUnitId: units.province.id });
    expect(onward.statusCode).toBe(200);
    const atProvince = (
      await (await world.as('qn.tiepdan')).get(`/api/petitions/${onward.json().forwardedToId}`)
    ).json();
    expect(atProvince).toMatchObject({ unitId: units.province.id, matterId: onward.json().matterId });
  });

  it('refuses a target that is the unit itself, unknown, or given to a guidance', async () => {
    const { id } = await receivedOutOfCompetence({
      ...denunciation,
      subject: 'Tố cáo lần ba',
      sender: { name: 'Lý Văn Ba' },
    });
    const self = await act(haTuOfficer, id, { action: 'forward', targetUnitId: units.haTu.id });
    expect(self.json().errors).toContainEqual(expect.objectContaining({ path: 'targetUnitId' }));
    const unknown = await act(haTuOfficer, id, {
      action: 'forward',
      targetUnitId: '00000000-0000-4000-8000-000000000000',
    });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().errors[0]).toMatchObject({
      path: 'targetUnitId',
      message: expect.stringMatching(/không tồn tại/),
    });
    const village = await act(haTuOfficer, id, { action: 'forward', targetUnitId: units.baiChayVillage.id });
    expect(village.json().errors[0]).toMatchObject({ path: 'targetUnitId' });
    const guide = await act(haTuOfficer, id, { action: 'guide', targetUnitId: units.baiChay.id });
    expect(guide.json().errors[0]).toMatchObject({ path: 'targetUnitId' });
    // Nothing was half-done: the petition still waits, and no copy exists.
    const after = (await haTuOfficer.get(`/api/petitions/${id}`)).json();
    expect(after).toMatchObject({ status: 'classified', forwardedToId: null });
  });

  it('finds receiving units across the province without diacritics, for staff only', async () => {
    const found = (
      await haTuOfficer.get(`/api/petitions/forward-targets?q=${encodeURIComponent('bai chay')}`)
    ).json();
    expect(found.map((u: { name: string }) => u.name)).toEqual(['Phường Bãi Cháy']);
    const province = (
      await haTuOfficer.get(`/api/petitions/forward-targets?q=${encodeURIComponent('quang ninh')}`)
    ).json();
    expect(province.map((u: { name: string }) => u.name)).toContain('Tỉnh Quảng Ninh');
    await world.newUser('congdan.test', [['citizen', units.haTu]]);
    expect(
      (await (await world.as('congdan.test')).get('/api/petitions/forward-targets?q=bai')).statusCode,
    ).toBe(403);
  });
});

describe('competence from the body the petition is about', () => {
  const org = async (unitId: string, kind: string, name: string) => {
    const id = crypto.randomUUID();
    await world.database.db
      .insertInto('organization')
      .values({ id, admin_unit_id: unitId, parent_id: null, kind, name, code: null })
      .execute();
    return id;
  };

  it('suggests the level whose decision is complained of, and the forward goes there', async () => {
    const department = await org(units.province.id, 'agency', 'Sở Xây dựng tỉnh Quảng Ninh');
    const wardCommittee = await org(units.haTu.id, 'people_committee', 'Ủy ban nhân dân phường Hà Tu');
    const found = (
      await haTuOfficer.get(`/api/petitions/respondents?q=${encodeURIComponent('so xay dung')}`)
    ).json();
    expect(found).toEqual([
      {
        id: department,
        name: 'Sở Xây dựng tỉnh Quảng Ninh',
        unitId: units.province.id,
        unitName: 'Tỉnh Quảng Ninh',
      },
    ]);

    const about = (respondentOrgId: string) =>
      haTuOfficer.post('/api/petitions', {
        unitId: units.haTu.id,
        channel: 'post',
        kind: 'complaint',
        subject: 'Khiếu nại quyết định xử phạt vi phạm hành chính về xây dựng',
        content:
          'Khiếu nại Quyết định xử phạt vi phạm hành chính trong lĩnh vực xây dựng vì áp dụng sai mức phạt',
        sender: { name: 'Trịnh Văn Khải', idNumber: '022079003333' },
        respondentOrgId,
      });
    const theirs = (await haTuOfficer.get(`/api/petitions/${(await about(department)).json().id}`)).json();
    expect(theirs.respondent).toMatchObject({
      name: 'Sở Xây dựng tỉnh Quảng Ninh',
      unitName: 'Tỉnh Quảng Ninh',
    });
    expect(theirs.competenceHint).toMatchObject({
      competence: 'out',
      unitId: units.province.id,
      reason: 'khiếu nại lần đầu do người đứng đầu Sở Xây dựng tỉnh Quảng Ninh giải quyết',
    });
    const ours = (await haTuOfficer.get(`/api/petitions/${(await about(wardCommittee)).json().id}`)).json();
    expect(ours.competenceHint).toMatchObject({ competence: 'in', unitId: units.haTu.id });

    await act(haTuOfficer, theirs.id, { action: 'classify', kind: 'complaint', competence: 'out' });
    const sent = (
      await act(haTuOfficer, theirs.id, { action: 'forward', targetUnitId: theirs.competenceHint.unitId })
    ).json();
    const atProvince = (
      await (await world.as('qn.tiepdan')).get(`/api/petitions/${sent.forwardedToId}`)
    ).json();
    // At the province the same body is its own: the hint turns to "in competence".
    expect(atProvince.competenceHint).toMatchObject({ competence: 'in', unitId: units.province.id });
  });

  it('refuses a body that does not exist, naming the field', async () => {
    const res = await haTuOfficer.post('/api/petitions', {
      unitId: units.haTu.id,
      channel: 'post',
      kind: 'feedback',
      subject: 'Phản ánh về vệ sinh môi trường',
      content: 'Phản ánh rác thải tồn đọng nhiều ngày tại khu chợ',
      respondentOrgId: '00000000-0000-4000-8000-000000000000',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors).toEqual([
      { path: 'respondentOrgId', message: 'Cơ quan, tổ chức không tồn tại' },
    ]);
  });
});
