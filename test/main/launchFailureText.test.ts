import { describe, expect, it } from 'vitest';
import { WorkspaceLockedError } from '../../electron/core/store/WorkspaceLockedError';
import { launchFailureText } from '../../electron/main/launchFailureText';

const holder = { pid: 4242, host: 'laptop', owner: 'cli' as const, startedAt: '2026-11-28T09:15:00.000Z' };
const now = new Date('2026-11-28T10:00:00.000Z');

describe('the error box when the workspace cannot be opened', () => {
  it('speaks the OS language: a workspace in use, in Russian on a Russian system', () => {
    const error = new WorkspaceLockedError(holder, { kind: 'alive' }, now);
    const { title, content } = launchFailureText(error, 'ru-RU');
    expect(title).toBe('Liaison не может открыть рабочую папку');
    expect(content).not.toBe(error.message);
    expect(content).toMatch(/[а-яё]/i);
    expect(content).toContain('4242');
  });

  it('keeps the English title and core’s English sentence elsewhere, and for errors said in no phrase', () => {
    const error = new WorkspaceLockedError(holder, { kind: 'alive' }, now);
    expect(launchFailureText(error, 'en-US')).toEqual({ title: 'Liaison cannot open its workspace', content: error.message });
    expect(launchFailureText(new Error('The disk is gone.'), 'ru')).toEqual({ title: 'Liaison не может открыть рабочую папку', content: 'The disk is gone.' });
  });
});
