import { describe, expect, it } from 'vitest';
import type { KeyPress } from './keys';
import { markingCommand } from './keys';

const press = (key: string, mods: Partial<KeyPress> = {}): KeyPress => ({
  key,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  ...mods,
});

describe('markingCommand', () => {
  it.each([
    ['1', { type: 'level', index: 0 }],
    ['9', { type: 'level', index: 8 }],
    ['j', { type: 'criterion', step: 1 }],
    ['ArrowDown', { type: 'criterion', step: 1 }],
    ['k', { type: 'criterion', step: -1 }],
    ['ArrowUp', { type: 'criterion', step: -1 }],
    ['c', { type: 'comment' }],
    ['b', { type: 'saveToBank' }],
    ['r', { type: 'reopen' }],
    ['e', { type: 'compareEvidence' }],
    ['g', { type: 'acrossLearners' }],
    ['n', { type: 'nextUnmarked' }],
    ['m', { type: 'decideMeets' }],
    ['y', { type: 'decideNotYet' }],
  ])('maps %s outside text fields', (key, command) => {
    expect(markingCommand(press(key), false)).toEqual(command);
  });

  it('leaves letters and digits to text fields', () => {
    for (const key of ['1', 'j', 'c', 'b', 'r', 'e', 'g', 'n', 'm', 'y', 'ArrowDown']) {
      expect(markingCommand(press(key), true)).toBeNull();
    }
    expect(markingCommand(press('¡', { altKey: true, code: 'Digit1' }), true)).toBeNull();
  });

  it('keeps undo, redo and finalise in text fields too', () => {
    for (const typing of [false, true]) {
      expect(markingCommand(press('z', { ctrlKey: true }), typing)).toEqual({ type: 'undo' });
      expect(markingCommand(press('Z', { ctrlKey: true, shiftKey: true }), typing)).toEqual({
        type: 'redo',
      });
      expect(markingCommand(press('y', { ctrlKey: true }), typing)).toEqual({ type: 'redo' });
      expect(markingCommand(press('z', { metaKey: true }), typing)).toEqual({ type: 'undo' });
      expect(markingCommand(press('Enter', { ctrlKey: true }), typing)).toEqual({
        type: 'finalise',
      });
    }
  });

  it('inserts bank comments with Alt+digit, by physical key (macOS Option+1 types ¡)', () => {
    expect(markingCommand(press('1', { altKey: true, code: 'Digit1' }), false)).toEqual({
      type: 'insertBank',
      index: 0,
    });
    expect(markingCommand(press('¡', { altKey: true, code: 'Digit1' }), false)).toEqual({
      type: 'insertBank',
      index: 0,
    });
    expect(markingCommand(press('3', { altKey: true }), false)).toEqual({
      type: 'insertBank',
      index: 2,
    });
    expect(markingCommand(press('n', { altKey: true }), false)).toBeNull();
    expect(
      markingCommand(press('!', { altKey: true, shiftKey: true, code: 'Digit1' }), false),
    ).toBeNull();
  });

  it('ignores other modified keys and unmapped keys', () => {
    expect(markingCommand(press('1', { ctrlKey: true }), false)).toBeNull();
    expect(markingCommand(press('0'), false)).toBeNull();
    expect(markingCommand(press('!', { shiftKey: true, code: 'Digit1' }), false)).toBeNull();
    expect(markingCommand(press('x'), false)).toBeNull();
  });
});
