import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createWorld, neighbourhood, type TestWorld } from '../../../../test/support/app.js';
import { portalForm } from '../../../../test/support/multipart.js';

/* Issue 11, §4: the portal's files arrive as streamed multipart parts, never as base64 in memory. */

let world: TestWorld;
let unitId: string;

// A temporary directory of this file's own (each test file runs in its own process), so the check
// that nothing is left behind sees only this file's uploads.
const privateTmp = mkdtempSync(join(tmpdir(), 'dvs-upload-test-'));
process.env.TMPDIR = privateTmp;

beforeAll(async () => {
  world = await createWorld({ PUBLIC_UPLOAD_SLOTS: '1', PUBLIC_UPLOAD_QUEUE: '0' });
  unitId = (await neighbourhood(world)).haTu.id;
});
afterAll(async () => {
  await world.close();
  rmSync(privateTmp, { recursive: true, force: true });
});

const pdf = (bytes = 64) => {
  const data = Buffer.alloc(bytes, 0x41);
  Buffer.from('%PDF-1.4\n').copy(data);
  return data;
};
const petition = (subject: string) => ({
  unitId,
  kind: 'recommendation',
  subject,
  content: 'Đề nghị sửa đường bê tông tổ 7 bị sụt lún sau mưa lớn, có ảnh và biên bản kèm theo',
  sender: { name: 'Lê Thị Hoa', phone: '0912000111' },
});
const post = async (subject: string, files: { name: string; data: Buffer }[], key?: string) => {
  const { payload, headers } = await portalForm(petition(subject), files);
  return world.anonymous().request({
    method: 'POST',
    url: '/api/public/petitions',
    payload,
    headers: key ? { ...headers, 'idempotency-key': key } : headers,
  });
};
const recorded = async (subject: string) =>
  (await world.database.db.selectFrom('petition').select('id').where('subject', '=', subject).execute())
    .length;
const uploadDirs = () => readdirSync(tmpdir()).filter((d) => d.startsWith('dvs-upload-'));

describe('portal submission as multipart/form-data', () => {
  it('records three good files with the petition, and leaves no temporary file behind', async () => {
    const res = await post('Ba tệp đều hợp lệ', [
      { name: 'a.pdf', data: pdf() },
      { name: 'b.pdf', data: pdf(1000) },
      { name: 'c.pdf', data: pdf(5 * 1024 * 1024) },
    ]);
    expect(res.statusCode, res.body).toBe(201);
    const rows = await world.database.db
      .selectFrom('petition_attachment as a')
      .innerJoin('petition as p', 'p.id', 'a.petition_id')
      .select(['a.file_name', 'a.size_bytes'])
      .where('p.tracking_code', '=', res.json().trackingCode)
      .orderBy('a.file_name')
      .execute();
    expect(rows.map((r) => [r.file_name, Number(r.size_bytes)])).toEqual([
      ['a.pdf', 64],
      ['b.pdf', 1000],
      ['c.pdf', 5 * 1024 * 1024],
    ]);
    await vi.waitFor(() => expect(uploadDirs()).toEqual([]));
  });

  it('refuses a fourth file and records nothing', async () => {
    const files = Array.from({ length: 4 }, (_, i) => ({ name: `${i}.pdf`, data: pdf() }));
    const res = await post('Bốn tệp là quá nhiều', files);
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.json().errors).toEqual([{ path: 'attachments', message: 'Gửi tối đa 3 tệp đính kèm' }]);
    expect(await recorded('Bốn tệp là quá nhiều')).toBe(0);
  });

  it('names a file over 5 MB, with any other bad file, and records nothing', async () => {
    const res = await post('Một tệp quá lớn', [
      { name: 'nho.pdf', data: pdf() },
      { name: 'qua-lon.pdf', data: pdf(5 * 1024 * 1024 + 1) },
      { name: 'virus.exe', data: pdf() },
    ]);
    expect(res.statusCode).toBe(400);
    expect(res.json().errors).toEqual([
      { path: 'attachments.1', message: 'qua-lon.pdf: Tệp lớn hơn 5 MB' },
      { path: 'attachments.2', message: 'virus.exe: Chỉ nhận tệp PDF, JPG, PNG hoặc DOCX' },
    ]);
    expect(await recorded('Một tệp quá lớn')).toBe(0);
  });

  it('answers 400 to a truncated body and records nothing', async () => {
    const { payload, headers } = await portalForm(petition('Thân yêu cầu bị cắt'), [
      { name: 'a.pdf', data: pdf(4096) },
    ]);
    const res = await world.anonymous().request({
      method: 'POST',
      url: '/api/public/petitions',
      payload: payload.subarray(0, payload.length - 1000),
      headers,
    });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ type: '/problems/validation', title: 'Dữ liệu không hợp lệ' });
    expect(await recorded('Thân yêu cầu bị cắt')).toBe(0);
  });

  it('validates the petition field with the same schema, naming the field', async () => {
    const { payload, headers } = await portalForm({ ...petition('Thiếu tên'), sender: { name: '' } });
    const res = await world
      .anonymous()
      .request({ method: 'POST', url: '/api/public/petitions', payload, headers });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors.map((e: { path: string }) => e.path)).toContain('sender.name');
    const nul = await portalForm({ ...petition('Có ký tự NUL'), location: 'tổ\u00007' });
    const bad = await world.anonymous().request({ method: 'POST', url: '/api/public/petitions', ...nul });
    expect(bad.json().errors).toEqual([{ path: 'location', message: 'Chứa ký tự không hợp lệ' }]);
  });

  it('refuses files as base64 inside JSON, the old way', async () => {
    const res = await world.anonymous().post('/api/public/petitions', {
      ...petition('Tệp trong JSON'),
      attachments: [{ fileName: 'a.pdf', contentBase64: pdf().toString('base64') }],
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors.map((e: { path: string }) => e.path)).toEqual(['attachments']);
  });

  it('binds an Idempotency-Key to the files too: another file under the same key is a 422', async () => {
    const first = await post('Cùng khóa, khác tệp', [{ name: 'a.pdf', data: pdf(100) }], 'khoa-tep-0001');
    const again = await post('Cùng khóa, khác tệp', [{ name: 'a.pdf', data: pdf(100) }], 'khoa-tep-0001');
    const other = await post('Cùng khóa, khác tệp', [{ name: 'a.pdf', data: pdf(101) }], 'khoa-tep-0001');
    expect([first.statusCode, again.statusCode, other.statusCode]).toEqual([201, 200, 422]);
    expect(again.json().trackingCode).toBe(first.json().trackingCode);
    expect(await recorded('Cùng khóa, khác tệp')).toBe(1);
  });

  it('streams to a private temporary file, and answers 503 with Retry-After past the bound', async () => {
    const { payload, headers } = await portalForm(petition('Tải lên chậm'), [
      { name: 'a.pdf', data: pdf(200_000) },
    ]);
    const slow = new PassThrough();
    const first = world
      .anonymous()
      .request({ method: 'POST', url: '/api/public/petitions', payload: slow, headers });
    slow.write(payload.subarray(0, 100_000));
    await new Promise((r) => setTimeout(r, 200));
    const [dir] = uploadDirs();
    expect(dir).toBeDefined();
    const path = join(tmpdir(), dir ?? '');
    expect(statSync(path).mode & 0o777).toBe(0o700);
    expect(statSync(join(path, '0')).mode & 0o777).toBe(0o600);
    const busy = await post('Đến khi đang bận', [{ name: 'a.pdf', data: pdf() }]);
    expect(busy.statusCode).toBe(503);
    expect(busy.headers['retry-after']).toBe('30');
    expect(busy.json()).toMatchObject({ type: '/problems/busy', status: 503 });
    slow.end(payload.subarray(100_000));
    expect((await first).statusCode).toBe(201);
    await vi.waitFor(() => expect(uploadDirs()).toEqual([]));
  });

  it('counts the rate limit before reading the body: past it, even a truncated upload gets 429', async () => {
    const limited = await createWorld({ PUBLIC_RATE_LIMIT: '1' });
    try {
      const { payload, headers } = await portalForm(petition('Quá nhịp gửi'), [
        { name: 'a.pdf', data: pdf() },
      ]);
      const send = (body: Buffer) =>
        limited.anonymous().request({ method: 'POST', url: '/api/public/petitions', payload: body, headers });
      expect((await send(payload.subarray(0, payload.length - 10))).statusCode).toBe(400);
      const over = await send(payload.subarray(0, payload.length - 10));
      expect(over.statusCode).toBe(429);
      expect(over.json()).toMatchObject({ type: '/problems/rate-limited' });
    } finally {
      await limited.close();
    }
  });
});
