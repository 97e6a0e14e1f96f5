import type { BrowserContext, Worker } from 'playwright-core';
import type { TabEvidence } from '../src/evidence';
import type { Report } from '../src/report';

export const root: string;
export const extensionDir: string;
export const enterpriseDir: string;
export class UsageError extends Error {}
export function chromiumPath(): string;
export function resolverRule(entry: string): string;
export interface Extension {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  close(): Promise<void>;
}
export function launchWithExtension(options?: {
  dir?: string;
  extensionId?: string;
  resolve?: string[];
  insecure?: boolean;
  headless?: boolean;
  lang?: string;
  withExtension?: boolean;
  fakeMedia?: boolean;
  /** Use (and keep) this profile directory instead of a fresh temporary one. */
  userDataDir?: string;
}): Promise<Extension>;
export function storedTab(worker: Worker, tabId: number): Promise<TabEvidence | null>;
export function meetingTabId(worker: Worker): Promise<number | undefined>;
export function requestReport(
  extension: Extension,
  tabId: number,
  lang?: string,
  role?: 'participant' | 'host' | 'organisation',
): Promise<Report | null>;
export function waitForSettled(
  worker: Worker,
  tabId: number,
  options?: { quietMs?: number; maxMs?: number },
): Promise<TabEvidence | null>;
export function unpackedExtensionId(dir?: string): string;
export function pressToolbarButton(extension: Extension, url: string): Promise<void>;
