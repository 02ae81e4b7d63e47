import { describe, expect, it } from 'vitest';
import {
  suggestionKeys,
  suggestionShortcuts,
  type SuggestionKeyEvent,
} from '../../../renderer/components/suggestion-keys.ts';

/** Presses `key` on a suggestion whose neighbours exist (`canMove`): what it did, and whether it kept the key. */
function press(keys: readonly (string | Pressed)[], canMove = true): { done: string[]; kept: boolean[] } {
  const done: string[] = [];
  const kept: boolean[] = [];
  for (const pressed of keys) {
    const {
      key,
      repeat = false,
      shiftKey = false,
    }: Pressed = typeof pressed === 'string' ? { key: pressed } : pressed;
    let prevented = false;
    const event: SuggestionKeyEvent = {
      key,
      repeat,
      shiftKey,
      ctrlKey: false,
      metaKey: false,
      altKey: false,
      defaultPrevented: false,
      preventDefault: () => {
        prevented = true;
      },
    };
    suggestionKeys(event, {
      onLink: () => done.push('link'),
      onDismiss: () => done.push('dismiss'),
      onMove: (step) => {
        done.push(`move ${step}`);
        return canMove;
      },
    });
    kept.push(prevented);
  }
  return { done, kept };
}

/** A key as pressed: held down (a repeat), with Shift. */
interface Pressed {
  readonly key: string;
  readonly repeat?: boolean;
  readonly shiftKey?: boolean;
}

const held = (key: string): Pressed => ({ key, repeat: true });
const shifted = (key: string): Pressed => ({ key, shiftKey: true });

describe('keys on a related suggestion', () => {
  it('dismisses once when D is held down: the repeats do not dismiss the next suggestion', () => {
    expect(press(['d', held('d'), held('d'), held('d')]).done).toEqual(['dismiss']);
  });

  it('opens the Link dialog once when A is held down, and keeps the repeats from the window', () => {
    expect(press(['A', held('a'), held('a')])).toEqual({ done: ['link'], kept: [true, true, true] });
  });

  it('moves with the arrows, and leaves them to the browser past the first or the last suggestion', () => {
    expect(press(['ArrowDown', 'ArrowUp'])).toEqual({ done: ['move 1', 'move -1'], kept: [true, true] });
    expect(press(['ArrowUp', 'ArrowDown'], false)).toEqual({
      done: ['move -1', 'move 1'],
      kept: [false, false],
    });
  });

  it('leaves Shift+A, Shift+D and Shift+arrows to the browser: only the plain keys act', () => {
    expect(press([shifted('A'), shifted('D'), shifted('ArrowDown'), shifted('ArrowUp')])).toEqual({
      done: [],
      kept: [false, false, false, false],
    });
  });

  it('still takes a capital A or D typed with Caps Lock on (no Shift) as A or D', () => {
    expect(press(['A', 'D'])).toEqual({ done: ['link', 'dismiss'], kept: [true, true] });
  });

  it('lists the arrows among its shortcuts, beside A and D', () => {
    expect(suggestionShortcuts.split(' ')).toEqual(['A', 'D', 'ArrowUp', 'ArrowDown']);
  });
});
