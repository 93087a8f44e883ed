import { describe, expect, it, vi } from 'vitest';
import { SettingsSchema } from '../../electron/shared/schemas/settings';
import { boundsToSave, restoreBounds } from '../../electron/main/windowBounds';

const laptop = { x: 0, y: 0, width: 1440, height: 875 };
const external = { x: 1440, y: 0, width: 2560, height: 1415 };
const fallback = { width: 1200, height: 800 };

describe('restoreBounds', () => {
  it('opens at the default size, centred, the first time', () => {
    expect(restoreBounds(undefined, [laptop], fallback)).toEqual({ width: 1200, height: 800 });
  });

  it('reopens where the window was', () => {
    expect(restoreBounds({ x: 100, y: 50, width: 1000, height: 700, maximized: false }, [laptop], fallback)).toEqual({ x: 100, y: 50, width: 1000, height: 700 });
    expect(restoreBounds({ x: 2000, y: 100, width: 1600, height: 1000, maximized: false }, [laptop, external], fallback)).toEqual({ x: 2000, y: 100, width: 1600, height: 1000 });
  });

  it('centres on the primary display when the display it was on is gone', () => {
    expect(restoreBounds({ x: 2000, y: 100, width: 1600, height: 1000, maximized: false }, [laptop], fallback)).toEqual({ width: 1440, height: 875 });
  });

  it('pulls a window hanging off the edge back inside, and shrinks it to fit', () => {
    expect(restoreBounds({ x: 1300, y: -20, width: 900, height: 2000, maximized: false }, [laptop], fallback)).toEqual({ x: 540, y: 0, width: 900, height: 875 });
  });

  it('saves whole pixels and the maximised flag, which the settings accept', () => {
    const saved = boundsToSave({ x: 10.4, y: 20.6, width: 1000, height: 700 }, true);
    expect(saved).toEqual({ x: 10, y: 21, width: 1000, height: 700, maximized: true });
    expect(SettingsSchema.parse({ window: saved }).window).toEqual(saved);
  });
});

describe('trackBounds', () => {
  it('saves once a move settles, and on close', async () => {
    const { trackBounds } = await import('../../electron/main/trackBounds');
    const listeners = new Map<string, () => void>();
    let bounds = { x: 10, y: 20, width: 900, height: 600 };
    const window = {
      on: (event: string, listener: () => void) => listeners.set(event, listener),
      isDestroyed: () => false,
      isMinimized: () => false,
      isMaximized: () => false,
      getNormalBounds: () => bounds,
    };
    const saved: unknown[] = [];
    vi.useFakeTimers();
    try {
      trackBounds(window as unknown as Parameters<typeof trackBounds>[0], (b) => saved.push(b));
      listeners.get('move')?.();
      bounds = { ...bounds, x: 50 };
      listeners.get('move')?.();
      expect(saved).toEqual([]);
      vi.runAllTimers();
      expect(saved).toEqual([{ x: 50, y: 20, width: 900, height: 600, maximized: false }]);
      bounds = { ...bounds, width: 1000 };
      listeners.get('close')?.();
      expect(saved).toHaveLength(2);
      expect(saved[1]).toEqual({ x: 50, y: 20, width: 1000, height: 600, maximized: false });
    } finally {
      vi.useRealTimers();
    }
  });
});
