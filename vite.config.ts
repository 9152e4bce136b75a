/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';

/**
 * The built page's Content-Security-Policy: scripts only from the app itself (no inline script,
 * no eval), nothing fetched from other places but the sync server the user names (WebSocket and
 * its HTTP API), images from the app and from data/blob URLs it makes (PNG export). Styles allow
 * inline style attributes, which React and React Flow set. Not in the dev server, whose hot reload
 * injects inline scripts. Hosting may send the same policy as a header (README).
 */
export const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self' ws: wss: http: https:",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

export default defineConfig({
  plugins: [
    react(),
    {
      name: 'content-security-policy',
      apply: 'build',
      transformIndexHtml: (html) => html.replace('<head>', `<head>\n    <meta http-equiv="Content-Security-Policy" content="${CSP}" />`),
    },
    // Offline and installable: the service worker precaches the app (lazy parts included, so
    // exports work offline); the Chinese PDF font is cached the first time it is used. A new
    // version waits until the user asks for it (registerType 'prompt', see app/serviceWorker.ts).
    VitePWA({
      registerType: 'prompt',
      injectRegister: false,
      includeAssets: ['favicon.svg'],
      manifest: {
        name: 'Blueprint Studio · 服务蓝图',
        short_name: 'Blueprint Studio',
        description: 'Service blueprints and journey maps, saved on this device · 服务蓝图与客户旅程地图，保存在本设备上',
        lang: 'en',
        theme_color: '#1f4e8c',
        background_color: '#ffffff',
        display: 'standalone',
        start_url: '.',
        icons: [
          { src: 'icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: 'icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: 'favicon.svg', sizes: 'any', type: 'image/svg+xml' },
        ],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,png}'],
        maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
        navigateFallback: 'index.html',
        clientsClaim: true,
        runtimeCaching: [{ urlPattern: /\.ttf$/, handler: 'CacheFirst', options: { cacheName: 'fonts', expiration: { maxEntries: 8 } } }],
      },
    }),
  ],
  server: { port: 5173 },
  preview: { port: 4173, strictPort: true },
  // The shell budget (design.md §5) is checked on gzip size; Rollup's raw-size warning is noise here.
  build: { chunkSizeWarningLimit: 900 },
  test: {
    // Node unless a file asks for a DOM (`// @vitest-environment jsdom`): setting up jsdom for
    // each of the model's, files' and servers' tests took a minute of the suite.
    environment: 'node',
    // Both cores: vitest's default leaves one idle on a 2-core machine, and the servers' tests
    // mostly wait on their processes.
    maxWorkers: 2,
    include: ['src/**/*.test.{ts,tsx}', 'test/component/**/*.test.{ts,tsx}', 'server/**/*.test.mjs'],
    setupFiles: ['test/setup.ts'],
    globalSetup: ['server/buildOnce.mjs'],
    // Property tests run hundreds of op sequences; on a loaded 2-core machine they take seconds.
    testTimeout: 30_000,
  },
});
