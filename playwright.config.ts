import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';

/**
 * End-to-end tests against the built site: `dist/` served by `astro preview`,
 * and a sub-path build (`dist-subpath/`, BASE_PATH=/explainer/) served by a
 * static server that behaves like GitHub Pages (scripts/static-server.mjs),
 * and two fixture builds: a renamed section (`dist-renamed/`) and 45 synthetic
 * articles under /explainer/ (`dist-scale/`, where listing pages split into pages).
 * Build them all first: `npm run build:all` (npm run test:e2e does it).
 */

// Debian's Chromium where it exists (Playwright cannot download browsers on this
// machine); Playwright's own browser elsewhere (`npx playwright install`).
const SYSTEM_CHROMIUM = '/usr/bin/chromium';
const executablePath = process.env.CHROMIUM_PATH ?? (existsSync(SYSTEM_CHROMIUM) ? SYSTEM_CHROMIUM : undefined);
// The closed network here refuses Chromium's background connections.
const args = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export const ROOT_PORT = 4321;
export const SUBPATH_PORT = 4322;
export const RENAMED_PORT = 4323;
export const SCALE_PORT = 4324;
const node = process.execPath;

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: 0,
  forbidOnly: !!process.env.CI,
  reporter: [['list'], ['json', { outputFile: 'test-results/playwright.json' }]],
  use: {
    launchOptions: { executablePath, args },
    trace: 'retain-on-failure',
  },
  projects: [
    {
      name: 'desktop',
      testIgnore: /(subpath|renamed|scale)\//,
      use: { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 800 }, baseURL: `http://127.0.0.1:${ROOT_PORT}/` },
    },
    {
      name: 'phone',
      testIgnore: /(subpath|renamed|scale)\//,
      grep: /@phone/,
      use: { ...devices['Desktop Chrome'], viewport: { width: 375, height: 667 }, isMobile: true, hasTouch: true, baseURL: `http://127.0.0.1:${ROOT_PORT}/` },
    },
    {
      name: 'subpath',
      testMatch: /subpath\/.*\.spec\.ts/,
      use: { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 800 }, baseURL: `http://127.0.0.1:${SUBPATH_PORT}/explainer/` },
    },
    {
      name: 'renamed',
      testMatch: /renamed\/.*\.spec\.ts/,
      use: { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 800 }, baseURL: `http://127.0.0.1:${RENAMED_PORT}/` },
    },
    {
      name: 'scale',
      testMatch: /scale\/.*\.spec\.ts/,
      use: { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 800 }, baseURL: `http://127.0.0.1:${SCALE_PORT}/explainer/` },
    },
  ],
  webServer: [
    {
      command: `"${node}" node_modules/astro/bin/astro.mjs preview --force --host 127.0.0.1 --port ${ROOT_PORT}`,
      url: `http://127.0.0.1:${ROOT_PORT}/`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
    {
      command: `"${node}" scripts/static-server.mjs dist-subpath --base /explainer/ --port ${SUBPATH_PORT}`,
      url: `http://127.0.0.1:${SUBPATH_PORT}/explainer/`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
    {
      command: `"${node}" scripts/static-server.mjs dist-renamed --base / --port ${RENAMED_PORT}`,
      url: `http://127.0.0.1:${RENAMED_PORT}/`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
    {
      command: `"${node}" scripts/static-server.mjs dist-scale --base /explainer/ --port ${SCALE_PORT}`,
      url: `http://127.0.0.1:${SCALE_PORT}/explainer/`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
  ],
});
