import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// API_URL lets a developer point the dev server at an API started on another port.
const server = process.env.API_URL ?? 'http://127.0.0.1:3000';

// The web app is served by the Fastify server from dist/web in production; in development Vite
// serves it and forwards the API so the session cookie stays on one origin.
export default defineConfig({
  root: '.',
  plugins: [react()],
  build: {
    outDir: 'dist/web',
    emptyOutDir: true,
    // React, antd and the router together weigh ~600 kB minified (~200 kB gzip); pages are split off.
    chunkSizeWarningLimit: 800,
  },
  server: {
    port: 5173,
    proxy: {
      '/api': { target: server, changeOrigin: false },
      '/healthz': { target: server, changeOrigin: false },
    },
  },
});
