import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWorld, neighbourhood, type TestWorld } from '../support/app.js';

/*
 * Issue 11, §2: an Idempotency-Key replayed with another body (or by another sender) used to answer
 * 200 with the first sender's tracking code. The key is now bound to the request's hash.
 */

let world: TestWorld;
let unitId: string;

beforeAll(async () => {
  world = await createWorld();
  unitId = (await neighbourhood(world)).haTu.id;
});
afterAll(() => world.close());

const denunciation = (name: string, idNumber: string) => ({
  unitId,
  kind: 'denunciation',
  subject: 'Tố cáo cán bộ địa chính nhận tiền',
  content: 'Cán bộ địa chính phường nhận tiền của dân để làm nhanh giấy chứng nhận quyền sử dụng đất',
  sender: { name, idNumber },
});

const send = (body: unknown, key: string) =>
  world.anonymous().request({
    method: 'POST',
    url: '/api/public/petitions',
    payload: body as Record<string, unknown>,
    headers: { 'idempotency-key': key },
  });

describe('Idempotency-Key on the portal', () => {
  it('replays the first answer for the same key and the same body', async () => {
    const body = denunciation('Trần Văn Tố', '022080001111');
    const first = await send(body, 'khoa-lap-lai-0001');
    const again = await send({ ...body, subject: `  ${body.subject}  ` }, 'khoa-lap-lai-0001');
    expect(first.statusCode).toBe(201);
    expect(again.statusCode).toBe(200);
    expect(again.json().trackingCode).toBe(first.json().trackingCode);
  });

  it("refuses the same key with another sender's body, without giving out the first tracking code", async () => {
    const first = await send(denunciation('Trần Văn Tố', '022080002222'), 'khoa-bi-do-0002');
    expect(first.statusCode).toBe(201);
    const other = await send(denunciation('Kẻ Dò Tìm', '022080009999'), 'khoa-bi-do-0002');
    expect(other.statusCode).toBe(422);
    expect(other.headers['content-type']).toContain('application/problem+json');
    expect(other.json()).toMatchObject({
      type: '/problems/idempotency-mismatch',
      status: 422,
      title: expect.stringMatching(/[à-ỹđ]/i),
    });
    expect(other.body).not.toContain(first.json().trackingCode);
    const recorded = await world.database.db
      .selectFrom('petition')
      .select('id')
      .where('subject', '=', 'Tố cáo cán bộ địa chính nhận tiền')
      .execute();
    expect(recorded).toHaveLength(2);
  });
});
