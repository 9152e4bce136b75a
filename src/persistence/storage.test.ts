import { describe, expect, it } from 'vitest';
import { backupDue } from './storage';

const now = Date.parse('2026-03-20T12:00:00Z');
const daysAgo = (n: number) => new Date(now - n * 24 * 60 * 60 * 1000).toISOString();

describe('backup reminder', () => {
  it('is due when boards changed since a backup more than a week old', () => {
    expect(backupDue({ now, lastBackup: daysAgo(8), lastChange: daysAgo(1) })).toBe(true);
    expect(backupDue({ now, lastBackup: daysAgo(6), lastChange: daysAgo(1) })).toBe(false); // backed up this week
    expect(backupDue({ now, lastBackup: daysAgo(8), lastChange: daysAgo(9) })).toBe(false); // nothing changed since
  });
  it('counts from the first use when there was never a backup, and waits a week after a dismissal', () => {
    expect(backupDue({ now, firstUse: daysAgo(10), lastChange: daysAgo(2) })).toBe(true);
    expect(backupDue({ now, firstUse: daysAgo(2), lastChange: daysAgo(1) })).toBe(false);
    expect(backupDue({ now, firstUse: daysAgo(10), lastChange: daysAgo(2), dismissed: daysAgo(3) })).toBe(false);
    expect(backupDue({ now, firstUse: daysAgo(30), lastChange: daysAgo(2), dismissed: daysAgo(8) })).toBe(true);
    expect(backupDue({ now, firstUse: daysAgo(30) })).toBe(false); // no boards
  });
});
