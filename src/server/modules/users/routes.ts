import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { authed } from '../../http/request.js';
import {
  Grant,
  GrantCreate,
  GrantParams,
  PasswordReset,
  User,
  UserCreate,
  UserIdParam,
  UserListQuery,
  UserPage,
  UserUpdate,
} from './schemas.js';
import {
  addGrant,
  createUser,
  getUser,
  listUsers,
  removeGrant,
  resetPassword,
  updateUser,
} from './service.js';

const tags = ['Người dùng, phân quyền'];

export const userRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/users',
    {
      schema: {
        tags,
        summary: 'Danh sách người dùng',
        querystring: UserListQuery,
        response: { 200: UserPage },
      },
    },
    (req) => listUsers(authed(req), req.query),
  );
  app.get(
    '/users/:id',
    { schema: { tags, summary: 'Chi tiết người dùng', params: UserIdParam, response: { 200: User } } },
    (req) => getUser(authed(req), req.params.id),
  );
  app.post(
    '/users',
    { schema: { tags, summary: 'Tạo người dùng', body: UserCreate, response: { 201: User } } },
    async (req, reply) => reply.code(201).send(await createUser(authed(req), req.body)),
  );
  app.patch(
    '/users/:id',
    {
      schema: {
        tags,
        summary: 'Sửa người dùng',
        params: UserIdParam,
        body: UserUpdate,
        response: { 200: User },
      },
    },
    (req) => updateUser(authed(req), req.params.id, req.body),
  );
  app.post(
    '/users/:id/password',
    {
      schema: {
        tags,
        summary: 'Đặt lại mật khẩu',
        params: UserIdParam,
        body: PasswordReset,
        response: { 204: z.null() },
      },
    },
    async (req, reply) => {
      await resetPassword(authed(req), req.params.id, req.body.password);
      return reply.code(204).send(null);
    },
  );
  app.post(
    '/users/:id/grants',
    {
      schema: {
        tags,
        summary: 'Cấp vai trò',
        params: UserIdParam,
        body: GrantCreate,
        response: { 201: Grant },
      },
    },
    async (req, reply) => reply.code(201).send(await addGrant(authed(req), req.params.id, req.body)),
  );
  app.delete(
    '/users/:id/grants/:grantId',
    { schema: { tags, summary: 'Thu hồi vai trò', params: GrantParams, response: { 204: z.null() } } },
    async (req, reply) => {
      await removeGrant(authed(req), req.params.id, req.params.grantId);
      return reply.code(204).send(null);
    },
  );
};
