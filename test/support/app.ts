import { randomUUID } from 'node:crypto';
import type { FastifyInstance, InjectOptions } from 'fastify';
import type { Role } from '../../src/domain/roles.js';
import { buildApp } from '../../src/server/app.js';
import { loadConfig } from '../../src/server/config.js';
import type { Database } from '../../src/server/db/database.js';
import { hashPassword } from '../../src/server/modules/auth/password.js';
import { insertUnit } from '../../src/server/modules/org/repo.js';
import { createTestDatabase } from './db.js';

// Strong enough for the password rule, since some tests create users with it through the API.
export const PASSWORD = 'Mùa thu Hà Tu 2026';

export interface TestUnit {
  id: string;
  code: string;
  name: string;
  path: string;
  provinceId: string;
}

/** A signed-in API caller: keeps the session cookie and sends the CSRF token on writes. */
export class Client {
  constructor(
    readonly app: FastifyInstance,
    private cookie = '',
    private csrf = '',
  ) {}

  async login(username: string, password = PASSWORD, totpCode?: string) {
    const res = await this.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username, password, totpCode },
    });
    const set = res.cookies.find((c) => c.name === 'dvs_session');
    if (set) this.cookie = `dvs_session=${set.value}`;
    if (res.statusCode === 200) this.csrf = res.json().csrfToken;
    return res;
  }

  request(opts: InjectOptions & { method: string; url: string }) {
    const headers: Record<string, string> = { ...(opts.headers as Record<string, string>) };
    if (this.cookie) headers.cookie = this.cookie;
    if (this.csrf && opts.method !== 'GET') headers['x-csrf-token'] = this.csrf;
    return this.app.inject({ ...opts, headers });
  }

  /** The session cookie alone, to forge a request that lacks the CSRF header. */
  get sessionCookie() {
    return this.cookie;
  }

  get = (url: string) => this.request({ method: 'GET', url });
  post = (url: string, payload?: unknown) =>
    this.request({ method: 'POST', url, payload: payload as InjectOptions['payload'] });
  patch = (url: string, payload?: unknown) =>
    this.request({ method: 'PATCH', url, payload: payload as InjectOptions['payload'] });
  delete = (url: string) => this.request({ method: 'DELETE', url });
}

export interface TestWorld {
  app: FastifyInstance;
  database: Database;
  newUnit(
    parent: TestUnit | null,
    kind: string,
    name?: string,
    opts?: { isRemote?: boolean },
  ): Promise<TestUnit>;
  newUser(
    username: string,
    grants: [Role, TestUnit][],
    opts?: { kind?: 'staff' | 'citizen'; home?: TestUnit },
  ): Promise<string>;
  as(username: string): Promise<Client>;
  anonymous(): Client;
  close(): Promise<void>;
}

let codeSeq = 0;
const passwordHash = hashPassword(PASSWORD);

/** The app on a fresh database, with small factories that write straight to the tables. */
export async function createWorld(env: Record<string, string> = {}): Promise<TestWorld> {
  const database = await createTestDatabase();
  const config = loadConfig({
    LOG_LEVEL: 'silent',
    WEB_DIST: '/nonexistent',
    DENOUNCER_KEY: Buffer.alloc(32, 7).toString('base64'),
    ...env,
  });
  const app = await buildApp({ config, database });
  const { db } = database;
  const world: TestWorld = {
    app,
    database,
    async newUnit(parent, kind, name, opts) {
      const id = randomUUID();
      codeSeq += 1;
      const code = `T${process.pid}${codeSeq}`;
      const unitName = name ?? `Đơn vị ${code}`;
      const path = await insertUnit(db, {
        id,
        parentId: parent?.id ?? null,
        parentPath: parent?.path ?? null,
        provinceId: parent && kind !== 'province' ? parent.provinceId : null,
        code,
        name: unitName,
        kind,
        isRemote: opts?.isRemote ?? false,
      });
      return {
        id,
        code,
        name: unitName,
        path,
        provinceId: parent && kind !== 'province' ? parent.provinceId : id,
      };
    },
    async newUser(username, grants, opts) {
      const id = randomUUID();
      const home = opts?.home ?? grants[0]?.[1];
      await db
        .insertInto('app_user')
        .values({
          id,
          username,
          full_name: `Cán bộ ${username}`,
          kind: opts?.kind ?? 'staff',
          home_unit_id: home?.id ?? null,
          password_hash: await passwordHash,
        })
        .execute();
      for (const [role, unit] of grants) {
        await db
          .insertInto('user_grant')
          .values({ id: randomUUID(), user_id: id, role, admin_unit_id: unit.id })
          .execute();
      }
      return id;
    },
    async as(username) {
      const client = new Client(app);
      const res = await client.login(username);
      if (res.statusCode !== 200) throw new Error(`login ${username} failed: ${res.body}`);
      return client;
    },
    anonymous: () => new Client(app),
    async close() {
      await app.close();
      await database.close();
    },
  };
  return world;
}

/** The usual two neighbouring communes of one province, each with a village. */
export async function neighbourhood(world: TestWorld) {
  const country = await world.newUnit(null, 'country', 'Việt Nam');
  const province = await world.newUnit(country, 'province', 'Tỉnh Quảng Ninh');
  const haTu = await world.newUnit(province, 'ward', 'Phường Hà Tu');
  const baiChay = await world.newUnit(province, 'ward', 'Phường Bãi Cháy');
  const haTuVillage = await world.newUnit(haTu, 'residential_group', 'Tổ dân phố 1');
  const baiChayVillage = await world.newUnit(baiChay, 'quarter', 'Khu phố 3');
  return { country, province, haTu, baiChay, haTuVillage, baiChayVillage };
}
