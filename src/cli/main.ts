import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { Command } from 'commander';
import { installVietnameseZodMessages } from '../domain/zod-vi.js';
import { openMigrated } from '../server/bootstrap.js';
import { loadConfig, restrictFileModes, withDenouncerKey } from '../server/config.js';
import { migrateToLatest } from '../server/db/migrate.js';
import { verifyAuditChains } from '../server/modules/audit/service.js';
import { importUnits, readTable } from '../server/modules/org/import.js';
import { isEmpty, seedDemo } from '../server/seed/demo.js';
import { backup, restore } from './backup.js';
import { createAdmin, systemContext } from './system.js';

installVietnameseZodMessages();
restrictFileModes();
const config = loadConfig();
const program = new Command('danvan').description('Dân Vận Số — công cụ quản trị dòng lệnh');

async function withDatabase<T>(fn: (database: Awaited<ReturnType<typeof openMigrated>>) => Promise<T>) {
  const database = await openMigrated(config);
  try {
    return await fn(database);
  } finally {
    await database.close();
  }
}

program
  .command('migrate')
  .description('Chạy các migration còn thiếu')
  .action(() =>
    withDatabase(async ({ db }) => {
      const applied = await migrateToLatest(db);
      console.log(
        applied.length ? `Đã áp dụng: ${applied.join(', ')}` : 'Cơ sở dữ liệu đã ở phiên bản mới nhất',
      );
    }),
  );

program
  .command('seed-demo')
  .description('Nạp dữ liệu mẫu (tỉnh Quảng Ninh) vào cơ sở dữ liệu trống')
  .action(() =>
    withDatabase(async ({ db }) => {
      if (!(await isEmpty(db)))
        throw new Error('Cơ sở dữ liệu đã có dữ liệu; dữ liệu mẫu chỉ nạp vào cơ sở dữ liệu trống');
      const r = await seedDemo(db, withDenouncerKey(config).DENOUNCER_KEY ?? '');
      console.log(`Đã nạp ${r.units} đơn vị cấp tỉnh/xã và ${r.users} tài khoản mẫu`);
    }),
  );

program
  .command('create-admin')
  .description('Tạo tài khoản quản trị hệ thống (cấp quyền trên đơn vị gốc)')
  .requiredOption('-u, --username <username>', 'tên đăng nhập')
  .requiredOption('-n, --full-name <name>', 'họ và tên')
  .option('-p, --password <password>', 'mật khẩu (mặc định đọc từ biến DANVAN_ADMIN_PASSWORD)')
  .action((opts: { username: string; fullName: string; password?: string }) =>
    withDatabase(async ({ db }) => {
      const password = opts.password ?? process.env.DANVAN_ADMIN_PASSWORD;
      if (!password) throw new Error('Cần mật khẩu: --password hoặc biến DANVAN_ADMIN_PASSWORD');
      await createAdmin(db, opts.username, opts.fullName, password);
      console.log(`Đã tạo tài khoản quản trị ${opts.username}`);
    }),
  );

program
  .command('import-units <file>')
  .description(
    'Nhập đơn vị hành chính từ tệp .csv/.xlsx (cột ma, ten, loai, ma_cap_tren, vung_kho_khan, hieu_luc_tu, hieu_luc_den)',
  )
  .option('--mode <mode>', 'all: không nhập gì nếu có dòng lỗi; valid: nhập các dòng hợp lệ', 'all')
  .option('--dry-run', 'chỉ kiểm tra, không ghi')
  .action((file: string, opts: { mode: string; dryRun?: boolean }) =>
    withDatabase(async ({ db }) => {
      if (opts.mode !== 'all' && opts.mode !== 'valid') throw new Error('--mode phải là all hoặc valid');
      const ctx = await systemContext(db, config);
      const records = await readTable(basename(file), await readFile(file));
      const r = await importUnits(ctx, records, opts.mode, Boolean(opts.dryRun));
      for (const e of r.errors) console.log(`Dòng ${e.row} ${e.field}: ${e.message}`);
      const refused = opts.mode === 'all' && r.errors.length > 0 && !r.dryRun;
      const verb = r.dryRun ? 'Kiểm tra: có thể nhập' : 'Đã nhập';
      console.log(
        refused
          ? `Không nhập dòng nào vì có ${r.errors.length} lỗi`
          : `${verb} ${r.imported}/${r.total} dòng, ${r.errors.length} lỗi`,
      );
      if (r.errors.length) process.exitCode = 1;
    }),
  );

program
  .command('verify-audit')
  .description('Kiểm tra chuỗi băm của nhật ký hệ thống')
  .action(() =>
    withDatabase(async ({ db }) => {
      const r = await verifyAuditChains(db, null);
      if (r.ok) console.log(`Nhật ký toàn vẹn: đã kiểm tra ${r.checked} bản ghi`);
      else {
        console.error(`Nhật ký bị sửa tại bản ghi ${r.brokenAt?.id} (chuỗi ${r.brokenAt?.provinceId})`);
        process.exitCode = 2;
      }
    }),
  );

program
  .command('backup <file>')
  .description('Sao lưu: PGlite → tệp .tar.gz của thư mục dữ liệu; PostgreSQL → tệp SQL (pg_dump)')
  .action(async (file: string) => {
    await backup(config, file);
    console.log(`Đã sao lưu vào ${file}`);
  });

program
  .command('restore <file>')
  .description('Khôi phục từ tệp sao lưu (PGlite: giữ lại thư mục dữ liệu cũ; PostgreSQL: psql)')
  .action(async (file: string) => {
    await restore(config, file);
    console.log(`Đã khôi phục từ ${file}`);
  });

await program.parseAsync(process.argv).catch((err: unknown) => {
  console.error(`Lỗi: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
