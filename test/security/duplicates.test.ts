import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, createWorld, neighbourhood, type TestWorld } from '../support/app.js';

/**
 * Duplicate detection joins one sender's petitions into one matter across the province (NĐ 55/2022: one
 * matter, one case file), but a user learns of the other petition only what his scope allows. Before: a
 * Hà Tu officer's intake got Bãi Cháy's tracking code back as `duplicateOf`, wrote it into a public
 * step, and counted Bãi Cháy's petition among "its" duplicates; two strangers sharing a name were joined.
 */

let world: TestWorld;
let units: Awaited<ReturnType<typeof neighbourhood>>;
let haTu: Client;
let baiChay: Client;

const complaint = (unitId: string, sender: Record<string, unknown>) => ({
  unitId,
  channel: 'post',
  kind: 'complaint',
  subject: 'Khiếu nại quyết định thu hồi đất số 77/QĐ-UBND',
  content: 'Khiếu nại quyết định thu hồi đất số 77/QĐ-UBND vì mức bồi thường thấp hơn giá thị trường',
  sender,
});

beforeAll(async () => {
  world = await createWorld();
  units = await neighbourhood(world);
  await world.newUser('hatu.tiepdan', [['reception_officer', units.haTu]]);
  await world.newUser('baichay.tiepdan', [['reception_officer', units.baiChay]]);
  await world.newUser('qn.lanhdao', [['leader', units.province]]);
  haTu = await world.as('hatu.tiepdan');
  baiChay = await world.as('baichay.tiepdan');
});

afterAll(async () => {
  await world?.close();
});

describe('a petition matching one of another ward', () => {
  it('joins its matter and names only the ward to the officer who cannot see it', async () => {
    const sender = { name: 'Phạm Thị Trùng', idNumber: '022188007777' };
    const first = (await baiChay.post('/api/petitions', complaint(units.baiChay.id, sender))).json();
    const again = await haTu.post('/api/petitions', complaint(units.haTu.id, sender));
    expect(again.statusCode).toBe(201);
    expect(again.json()).toMatchObject({ duplicateOf: null, duplicateAt: 'Phường Bãi Cháy' });
    expect(again.body).not.toContain(first.trackingCode);

    const mine = (await haTu.get(`/api/petitions/${again.json().id}`)).json();
    const theirs = (await baiChay.get(`/api/petitions/${first.id}`)).json();
    // One matter across the two wards; each ward counts only what it sees.
    expect(mine.matterId).toBe(theirs.matterId);
    expect(mine.duplicates).toBe(0);
    expect(theirs.duplicates).toBe(0);
    const province = await world.as('qn.lanhdao');
    expect((await province.get(`/api/petitions/${again.json().id}`)).json().duplicates).toBe(1);

    // Neither the staff history nor the sender's public page carries the other ward's code.
    const events = await haTu.get(`/api/petitions/${again.json().id}/events`);
    expect(events.body).toContain('Phường Bãi Cháy');
    expect(events.body).not.toContain(first.trackingCode);
    const status = await world.anonymous().get(`/api/public/petitions/${again.json().trackingCode}`);
    expect(status.statusCode).toBe(200);
    expect(status.body).not.toContain(first.trackingCode);
    expect(status.body).not.toContain('Trùng nội dung');
  });

  it('gives the code back to an officer who may see both', async () => {
    const sender = { name: 'Đỗ Văn Lặp', idNumber: '022188006666' };
    const first = (await haTu.post('/api/petitions', complaint(units.haTu.id, sender))).json();
    const again = await haTu.post('/api/petitions', complaint(units.haTu.id, sender));
    expect(again.json()).toMatchObject({ duplicateOf: first.trackingCode, duplicateAt: null });
    const status = await world.anonymous().get(`/api/public/petitions/${again.json().trackingCode}`);
    expect(status.body).not.toContain(first.trackingCode);
  });

  it('never joins two senders by a name alone', async () => {
    const first = (
      await haTu.post('/api/petitions', complaint(units.haTu.id, { name: 'Nguyễn Văn An' }))
    ).json();
    const again = await haTu.post('/api/petitions', complaint(units.haTu.id, { name: 'Nguyen Van An' }));
    expect(again.json()).toMatchObject({ duplicateOf: null, duplicateAt: null });
    const a = (await haTu.get(`/api/petitions/${first.id}`)).json();
    const b = (await haTu.get(`/api/petitions/${again.json().id}`)).json();
    expect(b.matterId).not.toBe(a.matterId);
  });
});
