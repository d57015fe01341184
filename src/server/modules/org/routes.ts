import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { problem } from '../../http/problem.js';
import { authed } from '../../http/request.js';
import { readOneFile } from '../../http/upload.js';
import { importRefused, importUnits, readTable } from './import.js';
import { createOrganization, listOrganizations, updateOrganization } from './organizations.js';
import * as repo from './repo.js';
import {
  HomeStats,
  IdParam,
  ImportResult,
  Kind,
  Organization,
  OrganizationCreate,
  OrganizationQuery,
  OrganizationUpdate,
  UnitCreate,
  UnitDetail,
  UnitListQuery,
  UnitMove,
  UnitPage,
  UnitSearchQuery,
  UnitSearchResult,
  UnitUpdate,
} from './schemas.js';
import { createUnit, getUnit, homeStats, listUnits, moveUnit, searchUnits, updateUnit } from './service.js';

const tags = ['Đơn vị, tổ chức'];
const ImportFields = z.object({
  mode: z.enum(['all', 'valid']).default('all'),
  dryRun: z.enum(['true', 'false']).default('false'),
});

export const orgRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/unit-kinds',
    { schema: { tags, summary: 'Danh mục loại đơn vị', response: { 200: z.array(Kind) } } },
    (req) => repo.listUnitKinds(authed(req).db),
  );
  app.get(
    '/organization-kinds',
    { schema: { tags, summary: 'Danh mục loại tổ chức', response: { 200: z.array(Kind) } } },
    (req) => repo.listOrganizationKinds(authed(req).db),
  );
  app.get(
    '/units',
    {
      schema: { tags, summary: 'Đơn vị trực thuộc', querystring: UnitListQuery, response: { 200: UnitPage } },
    },
    (req) => listUnits(authed(req), req.query),
  );
  app.get(
    '/units/search',
    {
      schema: {
        tags,
        summary: 'Tìm đơn vị (không phân biệt dấu)',
        querystring: UnitSearchQuery,
        response: { 200: UnitSearchResult },
      },
    },
    (req) => searchUnits(authed(req), req.query.q),
  );
  app.get(
    '/units/:id',
    { schema: { tags, summary: 'Chi tiết đơn vị', params: IdParam, response: { 200: UnitDetail } } },
    (req) => getUnit(authed(req), req.params.id),
  );
  app.post(
    '/units',
    { schema: { tags, summary: 'Thêm đơn vị', body: UnitCreate, response: { 201: UnitDetail } } },
    async (req, reply) => reply.code(201).send(await createUnit(authed(req), req.body)),
  );
  app.patch(
    '/units/:id',
    {
      schema: {
        tags,
        summary: 'Sửa đơn vị',
        params: IdParam,
        body: UnitUpdate,
        response: { 200: UnitDetail },
      },
    },
    (req) => updateUnit(authed(req), req.params.id, req.body),
  );
  app.post(
    '/units/:id/move',
    {
      schema: {
        tags,
        summary: 'Chuyển đơn vị cấp trên',
        params: IdParam,
        body: UnitMove,
        response: { 200: UnitDetail },
      },
    },
    (req) => moveUnit(authed(req), req.params.id, req.body.parentId),
  );
  app.post(
    '/units/import',
    {
      schema: {
        tags,
        summary: 'Nhập đơn vị từ tệp CSV/Excel',
        description:
          'multipart/form-data: file (.csv hoặc .xlsx; cột ma, ten, loai, ma_cap_tren, vung_kho_khan, hieu_luc_tu), mode (all|valid), dryRun (true|false)',
        response: { 200: ImportResult },
      },
    },
    async (req) => {
      const ctx = authed(req);
      const { file, fields } = await readOneFile(req);
      if (!file) throw problem.validation([{ path: 'file', message: 'Chưa chọn tệp' }]);
      const opts = ImportFields.safeParse(fields);
      if (!opts.success) {
        throw problem.validation(
          opts.error.issues.map((i) => ({ path: String(i.path[0] ?? ''), message: i.message })),
        );
      }
      const records = await readTable(file.name, file.data);
      if (records.length === 0)
        throw problem.validation([{ path: 'file', message: 'Tệp không có dòng dữ liệu nào' }]);
      const result = await importUnits(ctx, records, opts.data.mode, opts.data.dryRun === 'true');
      const refused = importRefused(result, opts.data.mode);
      if (refused) throw refused;
      return result;
    },
  );
  app.get(
    '/organizations',
    {
      schema: {
        tags,
        summary: 'Tổ chức của đơn vị',
        querystring: OrganizationQuery,
        response: { 200: z.array(Organization) },
      },
    },
    (req) => listOrganizations(authed(req), req.query.unitId, req.query.q),
  );
  app.post(
    '/organizations',
    { schema: { tags, summary: 'Thêm tổ chức', body: OrganizationCreate, response: { 201: Organization } } },
    async (req, reply) => reply.code(201).send(await createOrganization(authed(req), req.body)),
  );
  app.patch(
    '/organizations/:id',
    {
      schema: {
        tags,
        summary: 'Sửa tổ chức',
        params: IdParam,
        body: OrganizationUpdate,
        response: { 200: Organization },
      },
    },
    (req) => updateOrganization(authed(req), req.params.id, req.body),
  );
  app.get(
    '/stats/home',
    { schema: { tags: ['Tổng quan'], summary: 'Số liệu trang chủ', response: { 200: HomeStats } } },
    (req) => homeStats(authed(req)),
  );
};
