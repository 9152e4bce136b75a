import { z, type ZodType } from 'zod';
import { PAPER_SIZES } from '../model';
import type { BlueprintDB } from './db';

const board = (prefix: string) => (id: string) => `${prefix}${id}`;
const only = (key: string) => () => key;

/**
 * Every setting kept on this device (the `settings` table): how its key is made (some are per
 * board) and the shape its value must have. One home for every key: a stored value of another
 * shape (an older build's, a damaged one) reads as absent rather than reaching the app.
 */
export const SETTINGS = {
  /** When the last backup was made, when the app was first used, when the reminder was put off (ISO times). */
  backupLast: { key: only('backup:last'), value: z.string() },
  backupDismissed: { key: only('backup:dismissed'), value: z.string() },
  firstUse: { key: only('firstUse'), value: z.string() },
  /** The first-run sample was made once (it is never made again, even when deleted). */
  sampleCreated: { key: only('sampleCreated'), value: z.boolean() },
  /** The sync server last used to share. */
  shareServer: { key: only('shareServer'), value: z.string().max(2000) },
  /** This device's name and colour on shared boards. */
  me: { key: only('me'), value: z.object({ name: z.string().max(60), color: z.string().max(32) }) },
  /** The mini map is hidden. */
  minimapHidden: { key: only('minimapHidden'), value: z.boolean() },
  /** Where a board was last looked at. */
  viewport: { key: board('viewport:'), value: z.object({ x: z.number(), y: z.number(), zoom: z.number().positive() }) },
  /** The comments of a board this device has shown (to mark the others as new). */
  seenComments: { key: board('seenComments:'), value: z.array(z.string().max(100)).max(50_000) },
  /** A board's PDF page choices. */
  pdf: {
    key: board('pdf:'),
    value: z.object({ paper: z.enum(PAPER_SIZES), orientation: z.enum(['portrait', 'landscape']), mode: z.enum(['fit', 'tile']) }).partial(),
  },
} satisfies Record<string, { key: (...where: string[]) => string; value: ZodType }>;

export type SettingName = keyof typeof SETTINGS;
export type SettingValue<N extends SettingName> = z.infer<(typeof SETTINGS)[N]['value']>;
/** The board a per-board setting is for (nothing for the others). */
export type SettingWhere<N extends SettingName> = Parameters<(typeof SETTINGS)[N]['key']>;

export const settingKey = <N extends SettingName>(name: N, ...where: SettingWhere<N>): string =>
  (SETTINGS[name].key as (...w: string[]) => string)(...where);

/** A stored value as the setting's type, or undefined when absent or of another shape. */
export function settingValue<N extends SettingName>(name: N, stored: unknown): SettingValue<N> | undefined {
  const parsed = SETTINGS[name].value.safeParse(stored);
  return parsed.success ? (parsed.data as SettingValue<N>) : undefined;
}

/** The settings as stored: each read checked against its shape. */
export class SettingsStore {
  constructor(private readonly db: BlueprintDB) {}

  /** A setting, checked against its shape: undefined when absent or not of it. */
  async get<N extends SettingName>(name: N, ...where: SettingWhere<N>): Promise<SettingValue<N> | undefined> {
    return settingValue(name, (await this.db.settings.get(settingKey(name, ...where)))?.value);
  }

  async set<N extends SettingName>(name: N, value: SettingValue<N>, ...where: SettingWhere<N>): Promise<void> {
    await this.db.settings.put({ key: settingKey(name, ...where), value });
  }
}
